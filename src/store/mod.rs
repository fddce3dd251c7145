//! Everything the app keeps on disk: the workspace of clients and sessions,
//! encrypted at rest with a passphrase (`vault`), written atomically
//! (`atomic`), with answer audio encrypted chunk by chunk as it is recorded
//! (`sealed_audio`) so a crash keeps all but the last moment.
//!
//! Never writes testimony in plaintext when a vault is sealed, never leaves a
//! half-written file in place of a good one, and never talks to the network.

mod atomic;
mod recovery;
mod sealed_audio;
mod session_dir;
mod vault;
mod workspace;

pub use atomic::write_atomic;
pub use recovery::{Interrupted, PartialAnswer};
pub use sealed_audio::{SealedAudioWriter, read_sealed_audio};
pub use session_dir::{SESSION_FILE, SessionDir};
pub use vault::{PASSPHRASE_ENV, VAULT_FILE, Vault};
pub use workspace::{CLIENT_FORMAT_VERSION, Client, ClientSummary, Workspace};

use std::path::{Path, PathBuf};

/// Why something could not be kept or read.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the passphrase is wrong; type it again (nothing was changed)")]
    WrongPassphrase,
    #[error(
        "{0} is encrypted; set MOCK_HEARING_PASSPHRASE to its passphrase (the app asks for it) and try again"
    )]
    NeedPassphrase(PathBuf),
    #[error(
        "cannot write {path}: {source}; check that the disk has space and the folder is writable"
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is damaged ({why}); restore it from a backup or start a new session")]
    Damaged { path: PathBuf, why: String },
    #[error(
        "{path} was written by a newer version of Mock Hearing (format {found}); update the app to open it"
    )]
    NewerFormat { path: PathBuf, found: u32 },
    #[error("encryption failed: {0}")]
    Encrypt(String),
    #[error("{0} is not a Mock Hearing session folder (it has no session file)")]
    NotASession(PathBuf),
}

impl StoreError {
    pub(crate) fn write(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Write {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn read(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Read {
            path: path.to_path_buf(),
            source,
        }
    }

    pub(crate) fn damaged(path: &Path, why: impl ToString) -> StoreError {
        StoreError::Damaged {
            path: path.to_path_buf(),
            why: why.to_string(),
        }
    }
}
