//! The scenarios that ship inside the program, and listing a folder of them.
//!
//! The shipped files in `scenarios/` are compiled in, so the app and the command
//! line work from any folder. Trainers' own files are read from a folder they name.

use std::path::{Path, PathBuf};

use super::load::{ScenarioError, load_file, parse_str};
use super::model::Scenario;

/// File name and text of every shipped scenario, in the order the library shows them.
pub const BUILT_IN: [(&str, &str); 6] = [
    ("warm-up.ron", include_str!("../../scenarios/warm-up.ron")),
    (
        "us-asylum-office.ron",
        include_str!("../../scenarios/us-asylum-office.ron"),
    ),
    (
        "us-credible-fear.ron",
        include_str!("../../scenarios/us-credible-fear.ron"),
    ),
    (
        "us-immigration-court.ron",
        include_str!("../../scenarios/us-immigration-court.ron"),
    ),
    (
        "uk-screening.ron",
        include_str!("../../scenarios/uk-screening.ron"),
    ),
    (
        "uk-substantive.ron",
        include_str!("../../scenarios/uk-substantive.ron"),
    ),
];

/// A scenario with where it came from.
#[derive(Debug, Clone)]
pub struct LibraryEntry {
    /// File name for shipped scenarios, the path for files on disk.
    pub source: PathBuf,
    pub scenario: Scenario,
}

/// The shipped scenarios. A shipped file that fails its checks is left out
/// (the test suite makes sure none does).
pub fn built_in() -> Vec<LibraryEntry> {
    BUILT_IN
        .iter()
        .filter_map(|(name, text)| {
            parse_str(text).ok().map(|scenario| LibraryEntry {
                source: PathBuf::from(name),
                scenario,
            })
        })
        .collect()
}

/// Every `.ron` file directly in `dir`, sorted by file name, each loaded and checked.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<(PathBuf, Result<Scenario, ScenarioError>)>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|path| {
            let loaded = load_file(&path);
            (path, loaded)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_file_is_built_in_and_valid() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("scenarios folder")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".ron"))
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = BUILT_IN.iter().map(|(n, _)| n.to_string()).collect();
        built_in.sort();
        assert_eq!(
            on_disk, built_in,
            "scenarios/ and BUILT_IN must list the same files"
        );
        for (name, text) in BUILT_IN {
            if let Err(problems) = parse_str(text) {
                panic!("{name} is invalid: {problems:?}");
            }
        }
    }
}
