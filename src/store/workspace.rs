//! The workspace in the app's data directory: clients, their statements and
//! their sessions, all sealed by one vault.
//!
//! ```text
//! WORKSPACE/vault.age                              the key, sealed with the passphrase
//! WORKSPACE/clients/<id>/client.json.age           alias, language, jurisdiction
//! WORKSPACE/clients/<id>/statement.txt.age         the prior written statement
//! WORKSPACE/clients/<id>/sessions/<id>/...         one folder per session (see session_dir)
//! ```
//! Folder names are random identifiers, so no alias shows in a file name.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::rehearsal::Session;
use crate::scenario::Jurisdiction;

use super::{SessionDir, StoreError, VAULT_FILE, Vault};

const CLIENTS: &str = "clients";
const SESSIONS: &str = "sessions";
const CLIENT_FILE: &str = "client.json";
const STATEMENT_FILE: &str = "statement.txt";
/// The `format_version` of client files this build writes.
pub const CLIENT_FORMAT_VERSION: u32 = 1;

/// Someone rehearsing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Client {
    pub format_version: u32,
    pub id: String,
    /// A name or alias; never shown outside this computer.
    pub alias: String,
    /// Interview language, ISO 639-1 (`"es"`).
    #[serde(default = "english")]
    pub language: String,
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
    #[serde(default)]
    pub created_at: String,
    /// Marks the fictional sample client shipped with the app.
    #[serde(default)]
    pub sample: bool,
}

fn english() -> String {
    "en".to_string()
}

/// A client with the count of their sessions, for lists.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientSummary {
    pub client: Client,
    pub sessions: usize,
}

/// An unlocked workspace.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    vault: Vault,
}

impl Workspace {
    /// Whether `root` already holds a workspace (and so needs its passphrase).
    pub fn exists(root: &Path) -> bool {
        root.join(VAULT_FILE).is_file()
    }

    /// Makes a new workspace sealed with `passphrase`.
    pub fn create(root: &Path, passphrase: &str) -> Result<Workspace, StoreError> {
        std::fs::create_dir_all(root.join(CLIENTS))
            .map_err(|e| StoreError::write(&root.join(CLIENTS), e))?;
        let vault = Vault::create(root, passphrase)?;
        Ok(Workspace {
            root: root.to_path_buf(),
            vault,
        })
    }

    /// Unlocks an existing workspace.
    pub fn open(root: &Path, passphrase: &str) -> Result<Workspace, StoreError> {
        let vault = Vault::unlock(root, passphrase)?;
        Ok(Workspace {
            root: root.to_path_buf(),
            vault,
        })
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    fn client_dir(&self, id: &str) -> PathBuf {
        self.root.join(CLIENTS).join(id)
    }

    /// A fresh identifier for a client or session folder.
    pub fn new_id(prefix: &str) -> String {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!("{prefix}{nanos:x}")
    }

    /// Every client, sorted by alias; a damaged client file is skipped, not fatal.
    pub fn clients(&self) -> Result<Vec<ClientSummary>, StoreError> {
        let dir = self.root.join(CLIENTS);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(Vec::new());
        };
        let mut clients = Vec::new();
        for entry in entries.flatten() {
            let folder = entry.path();
            let Ok(bytes) = self.vault.read(&folder, CLIENT_FILE) else {
                continue;
            };
            let Ok(client) = serde_json::from_slice::<Client>(&bytes) else {
                continue;
            };
            let sessions = std::fs::read_dir(folder.join(SESSIONS))
                .map(|d| d.flatten().count())
                .unwrap_or(0);
            clients.push(ClientSummary { client, sessions });
        }
        clients.sort_by(|a, b| {
            a.client
                .alias
                .to_lowercase()
                .cmp(&b.client.alias.to_lowercase())
        });
        Ok(clients)
    }

    pub fn save_client(&self, client: &Client) -> Result<(), StoreError> {
        let json = serde_json::to_vec_pretty(client)
            .map_err(|e| StoreError::Encrypt(format!("cannot write the client: {e}")))?;
        self.vault
            .write(&self.client_dir(&client.id), CLIENT_FILE, &json)?;
        Ok(())
    }

    /// Removes the client and every file of theirs: statement, sessions, audio.
    pub fn delete_client(&self, id: &str) -> Result<(), StoreError> {
        let dir = self.client_dir(id);
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| StoreError::write(&dir, e))?;
        }
        Ok(())
    }

    pub fn save_statement(&self, client_id: &str, text: &str) -> Result<(), StoreError> {
        self.vault
            .write(&self.client_dir(client_id), STATEMENT_FILE, text.as_bytes())?;
        Ok(())
    }

    /// The client's statement, if one was given.
    pub fn statement(&self, client_id: &str) -> Result<Option<String>, StoreError> {
        let dir = self.client_dir(client_id);
        if !self.vault.exists(&dir, STATEMENT_FILE) {
            return Ok(None);
        }
        let bytes = self.vault.read(&dir, STATEMENT_FILE)?;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| StoreError::damaged(&dir.join(STATEMENT_FILE), "not text"))
    }

    /// The folder for a session of the client (created if needed).
    pub fn session_dir(&self, client_id: &str, session_id: &str) -> Result<SessionDir, StoreError> {
        let path = self.client_dir(client_id).join(SESSIONS).join(session_id);
        SessionDir::create(&path, self.vault.clone())
    }

    /// The client's sessions, oldest first; damaged ones are skipped.
    pub fn sessions(&self, client_id: &str) -> Vec<(SessionDir, Session)> {
        let dir = self.client_dir(client_id).join(SESSIONS);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Vec::new();
        };
        let mut sessions: Vec<(SessionDir, Session)> = entries
            .flatten()
            .filter_map(|entry| {
                let session_dir = SessionDir::with_vault(&entry.path(), self.vault.clone());
                let session = session_dir.load().ok()?;
                Some((session_dir, session))
            })
            .collect();
        sessions.sort_by(|a, b| {
            a.1.started_at
                .cmp(&b.1.started_at)
                .then(a.1.id.cmp(&b.1.id))
        });
        sessions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deleting_a_client_removes_every_file_of_theirs() {
        let root = std::env::temp_dir().join(format!("mh-workspace-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let workspace = Workspace::create(&root, "a long passphrase").expect("creates");
        let client = Client {
            format_version: CLIENT_FORMAT_VERSION,
            id: Workspace::new_id("c"),
            alias: "Ana".to_string(),
            language: "es".to_string(),
            jurisdiction: Some(Jurisdiction::UsAsylumOffice),
            created_at: String::new(),
            sample: false,
        };
        workspace.save_client(&client).expect("saves");
        workspace
            .save_statement(&client.id, "1. I was born in León.")
            .expect("saves");
        let session = workspace.session_dir(&client.id, "s1").expect("session");
        session
            .write_audio("01-a.audio.age", &[0.1; 1600])
            .expect("audio");
        let listed = workspace.clients().expect("lists");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].client, client);
        assert_eq!(listed[0].sessions, 1);
        let reopened = Workspace::open(&root, "a long passphrase").expect("reopens");
        assert_eq!(
            reopened.statement(&client.id).expect("reads").as_deref(),
            Some("1. I was born in León.")
        );
        workspace.delete_client(&client.id).expect("deletes");
        assert!(!root.join(CLIENTS).join(&client.id).exists());
        assert!(workspace.clients().expect("lists").is_empty());
        let _ = std::fs::remove_dir_all(&root);
    }
}
