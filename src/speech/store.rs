//! Where models live: `<data dir>/models/<name>.bin`, each with a
//! `<name>.sha256` written when it was installed, so a damaged file is noticed.
//! The data directory is the platform's (via `directories`), or
//! `MOCK_HEARING_DATA_DIR` when set.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// Why a model cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error(
        "no speech model is installed; run `mock-hearing models install` (it downloads once, then everything works offline)"
    )]
    NoneInstalled,
    #[error(
        "the speech model {0:?} is not installed; run `mock-hearing models install {0}` or `mock-hearing models list` to see what is"
    )]
    NotInstalled(String),
    #[error(
        "the speech model {name:?} is damaged (its checksum does not match); run `mock-hearing models install {name}` to replace it"
    )]
    Corrupt { name: String },
    #[error(
        "cannot find a data folder for this user; set MOCK_HEARING_DATA_DIR to a folder Mock Hearing may write to"
    )]
    NoDataDir,
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The app's data directory.
pub fn data_dir() -> Result<PathBuf, ModelError> {
    if let Some(dir) = std::env::var_os("MOCK_HEARING_DATA_DIR") {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Mock Hearing", "mock-hearing")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or(ModelError::NoDataDir)
}

pub fn models_dir() -> Result<PathBuf, ModelError> {
    Ok(data_dir()?.join("models"))
}

/// An installed model.
#[derive(Debug, Clone)]
pub struct InstalledModel {
    pub name: String,
    pub path: PathBuf,
    pub bytes: u64,
}

/// Preference when no model is named: the best installed one first.
pub const PREFERENCE: [&str; 4] = ["base", "base-f16", "tiny.en", "tiny.en-f16"];

/// Models in the store, best first.
pub fn list() -> Result<Vec<InstalledModel>, ModelError> {
    let dir = models_dir()?;
    let mut found = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "bin")
                && let Some(name) = path.file_stem().map(|s| s.to_string_lossy().into_owned())
            {
                let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
                found.push(InstalledModel { name, path, bytes });
            }
        }
    }
    found.sort_by_key(|m| {
        (
            PREFERENCE
                .iter()
                .position(|p| *p == m.name)
                .unwrap_or(PREFERENCE.len()),
            m.name.clone(),
        )
    });
    Ok(found)
}

/// The model file to use for `name_or_path`: a path to a file, an installed
/// model's name, or (when `None`) the best installed model. Verifies its checksum.
pub fn resolve(name_or_path: Option<&str>) -> Result<PathBuf, ModelError> {
    if let Some(given) = name_or_path {
        let as_path = Path::new(given);
        if as_path.is_file() {
            return Ok(as_path.to_path_buf());
        }
        let path = models_dir()?.join(format!("{given}.bin"));
        if !path.is_file() {
            return Err(ModelError::NotInstalled(given.to_string()));
        }
        verify(given, &path)?;
        return Ok(path);
    }
    let best = list()?
        .into_iter()
        .next()
        .ok_or(ModelError::NoneInstalled)?;
    verify(&best.name, &best.path)?;
    Ok(best.path)
}

/// SHA-256 of a file, as lowercase hex.
pub fn sha256_of(path: &Path) -> Result<String, ModelError> {
    let io = |source| ModelError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buffer).map_err(io)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

fn checksum_path(model: &Path) -> PathBuf {
    model.with_extension("sha256")
}

/// Records the checksum of a freshly installed model.
pub fn record_checksum(model: &Path) -> Result<String, ModelError> {
    let sum = sha256_of(model)?;
    std::fs::write(checksum_path(model), format!("{sum}\n")).map_err(|source| ModelError::Io {
        path: checksum_path(model),
        source,
    })?;
    Ok(sum)
}

/// Checks a model against its recorded checksum. A model without one (copied
/// in by hand) is accepted.
pub fn verify(name: &str, model: &Path) -> Result<(), ModelError> {
    let Ok(expected) = std::fs::read_to_string(checksum_path(model)) else {
        return Ok(());
    };
    if sha256_of(model)? != expected.trim() {
        return Err(ModelError::Corrupt {
            name: name.to_string(),
        });
    }
    Ok(())
}
