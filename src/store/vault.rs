//! The key that seals a workspace or a session folder.
//!
//! A random age X25519 identity does the encrypting, so that sealing a file or
//! an audio chunk is fast; the identity itself is kept in `vault.age`,
//! encrypted with the user's passphrase (age's scrypt recipient). Unlocking
//! costs one scrypt (about a second); a wrong passphrase is refused there.
//! A plain vault (no passphrase) writes files as they are; it exists for the
//! command line when `MOCK_HEARING_PASSPHRASE` is not set.

use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;

use super::{StoreError, write_atomic};

/// The file holding the passphrase-encrypted key.
pub const VAULT_FILE: &str = "vault.age";
/// Where the command line takes the passphrase from.
pub const PASSPHRASE_ENV: &str = "MOCK_HEARING_PASSPHRASE";
/// The suffix of sealed files.
const SEALED_SUFFIX: &str = ".age";

/// Seals and opens files of one workspace or session folder.
#[derive(Clone)]
pub enum Vault {
    /// No encryption: files are written as they are.
    Plain,
    Sealed {
        identity: x25519::Identity,
        recipient: x25519::Recipient,
    },
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_sealed() {
            "Vault::Sealed"
        } else {
            "Vault::Plain"
        })
    }
}

/// scrypt's cost for a new key: N = 2^18 (256 MiB, about a second on a
/// laptop), fixed so that every machine seals alike.
const WORK_FACTOR: u8 = 18;
/// The most a key may cost to open: keys sealed before the cost was fixed
/// took age's measure of a fast machine, which stays well below this.
const MAX_WORK_FACTOR: u8 = 22;

impl Vault {
    /// Creates a new key in `dir`, sealed with `passphrase`.
    pub fn create(dir: &Path, passphrase: &str) -> Result<Vault, StoreError> {
        if passphrase.is_empty() {
            return Err(StoreError::Encrypt(
                "the passphrase is empty; choose one of at least a few words".to_string(),
            ));
        }
        let identity = x25519::Identity::generate();
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
        recipient.set_work_factor(WORK_FACTOR);
        let key = identity.to_string();
        let sealed = age::encrypt(&recipient, key.expose_secret().as_bytes())
            .map_err(|e| StoreError::Encrypt(e.to_string()))?;
        write_atomic(&dir.join(VAULT_FILE), &sealed)?;
        Ok(Vault::from_identity(identity))
    }

    /// Opens the key in `dir` with `passphrase`.
    pub fn unlock(dir: &Path, passphrase: &str) -> Result<Vault, StoreError> {
        let path = dir.join(VAULT_FILE);
        let sealed = std::fs::read(&path).map_err(|e| StoreError::read(&path, e))?;
        let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
        // A fixed bound, not age's measure of this machine at this moment: a
        // busy machine must not take its own key for a damaged one.
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let key = age::decrypt(&identity, &sealed).map_err(|e| match e {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys
            | age::DecryptError::InvalidMac => StoreError::WrongPassphrase,
            other => StoreError::damaged(&path, other),
        })?;
        let key = String::from_utf8(key).map_err(|_| StoreError::damaged(&path, "not a key"))?;
        let identity: x25519::Identity = key
            .trim()
            .parse()
            .map_err(|_| StoreError::damaged(&path, "not a key"))?;
        Ok(Vault::from_identity(identity))
    }

    /// Opens the vault that governs `dir`: the nearest `vault.age` in `dir` or
    /// a parent folder, unlocked with `passphrase`; a plain vault when there is
    /// none. Refuses a sealed folder without a passphrase.
    pub fn for_folder(dir: &Path, passphrase: Option<&str>) -> Result<Vault, StoreError> {
        match (Vault::find(dir), passphrase) {
            (Some(home), Some(passphrase)) => Vault::unlock(&home, passphrase),
            (Some(_), None) => Err(StoreError::NeedPassphrase(dir.to_path_buf())),
            (None, _) => Ok(Vault::Plain),
        }
    }

    /// The folder holding the `vault.age` that governs `dir`, if any.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        let start = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        start
            .ancestors()
            .find(|folder| folder.join(VAULT_FILE).is_file())
            .map(Path::to_path_buf)
    }

    /// The passphrase from `MOCK_HEARING_PASSPHRASE`, if set and not empty.
    pub fn passphrase_from_env() -> Option<String> {
        std::env::var(PASSPHRASE_ENV).ok().filter(|p| !p.is_empty())
    }

    fn from_identity(identity: x25519::Identity) -> Vault {
        let recipient = identity.to_public();
        Vault::Sealed {
            identity,
            recipient,
        }
    }

    pub fn is_sealed(&self) -> bool {
        matches!(self, Vault::Sealed { .. })
    }

    /// The name a file called `name` has on disk (`.age` added when sealed).
    pub fn file_name(&self, name: &str) -> String {
        if self.is_sealed() {
            format!("{name}{SEALED_SUFFIX}")
        } else {
            name.to_string()
        }
    }

    /// Encrypts `plain` (or returns it as it is in a plain vault).
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        match self {
            Vault::Plain => Ok(plain.to_vec()),
            Vault::Sealed { recipient, .. } => {
                age::encrypt(recipient, plain).map_err(|e| StoreError::Encrypt(e.to_string()))
            }
        }
    }

    /// Decrypts what [`Vault::seal`] made; `path` is for the message.
    pub fn open(&self, sealed: &[u8], path: &Path) -> Result<Vec<u8>, StoreError> {
        match self {
            Vault::Plain => Ok(sealed.to_vec()),
            Vault::Sealed { identity, .. } => age::decrypt(identity, sealed).map_err(|e| match e {
                age::DecryptError::NoMatchingKeys => StoreError::WrongPassphrase,
                other => StoreError::damaged(path, other),
            }),
        }
    }

    /// Writes `bytes` as `dir/name` (sealed as `dir/name.age`), atomically.
    pub fn write(&self, dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        let path = dir.join(self.file_name(name));
        write_atomic(&path, &self.seal(bytes)?)?;
        Ok(path)
    }

    /// Reads `dir/name` (or `dir/name.age`) written by [`Vault::write`].
    pub fn read(&self, dir: &Path, name: &str) -> Result<Vec<u8>, StoreError> {
        let path = dir.join(self.file_name(name));
        let bytes = std::fs::read(&path).map_err(|e| StoreError::read(&path, e))?;
        self.open(&bytes, &path)
    }

    /// Whether `dir/name` exists in this vault's form.
    pub fn exists(&self, dir: &Path, name: &str) -> bool {
        dir.join(self.file_name(name)).is_file()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_files_need_the_right_passphrase() {
        let dir = tempdir("vault");
        let vault = Vault::create(&dir, "correct horse").expect("creates");
        vault
            .write(&dir, "note.txt", b"my brother Luis")
            .expect("writes");
        let raw = std::fs::read(dir.join("note.txt.age")).expect("sealed file exists");
        assert!(!raw.windows(4).any(|w| w == b"Luis"));
        assert!(matches!(
            Vault::unlock(&dir, "wrong horse"),
            Err(StoreError::WrongPassphrase)
        ));
        assert!(matches!(
            Vault::for_folder(&dir, None),
            Err(StoreError::NeedPassphrase(_))
        ));
        let again = Vault::unlock(&dir, "correct horse").expect("unlocks");
        assert_eq!(
            again.read(&dir, "note.txt").expect("reads"),
            b"my brother Luis"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn tempdir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("mh-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).ok();
        dir
    }
}
