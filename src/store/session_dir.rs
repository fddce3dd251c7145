//! One session on disk: the session record, the statement and scenario it was
//! rehearsed with, and the answers' audio, each sealed by the vault.
//!
//! ```text
//! SESSION/session.json[.age]    the record (questions, answers, findings, notes)
//! SESSION/statement.txt[.age]   the statement the answers were checked against
//! SESSION/scenario.ron[.age]    the scenario, so the session replays without the library
//! SESSION/audio/03-arrest.wav   or 03-arrest.audio.age when sealed
//! ```

use std::io;
use std::path::{Path, PathBuf};

use crate::audio::sink::{SampleSink, WavSink};
use crate::audio::wav;
use crate::rehearsal::{SESSION_FORMAT_VERSION, Session};

use super::sealed_audio::{SealedAudioWriter, read_sealed_audio};
use super::{StoreError, Vault};

pub const SESSION_FILE: &str = "session.json";
const STATEMENT_FILE: &str = "statement.txt";
const SCENARIO_FILE: &str = "scenario.ron";
const AUDIO_DIR: &str = "audio";

/// A session folder and the vault that seals it.
#[derive(Debug, Clone)]
pub struct SessionDir {
    pub path: PathBuf,
    vault: Vault,
}

impl SessionDir {
    /// Makes (or reuses) the folder for a session sealed by `vault`.
    pub fn create(path: &Path, vault: Vault) -> Result<SessionDir, StoreError> {
        let audio = path.join(AUDIO_DIR);
        std::fs::create_dir_all(&audio).map_err(|e| StoreError::write(&audio, e))?;
        Ok(SessionDir {
            path: path.to_path_buf(),
            vault,
        })
    }

    /// Opens an existing session folder, unlocking its vault with `passphrase`
    /// where it is sealed.
    pub fn open(path: &Path, passphrase: Option<&str>) -> Result<SessionDir, StoreError> {
        let plain = path.join(SESSION_FILE).is_file();
        let sealed = path.join(format!("{SESSION_FILE}.age")).is_file();
        if !plain && !sealed {
            return Err(StoreError::NotASession(path.to_path_buf()));
        }
        let vault = Vault::for_folder(path, passphrase)?;
        if sealed && !vault.is_sealed() {
            return Err(StoreError::NeedPassphrase(path.to_path_buf()));
        }
        Ok(SessionDir::with_vault(path, vault))
    }

    pub fn with_vault(path: &Path, vault: Vault) -> SessionDir {
        SessionDir {
            path: path.to_path_buf(),
            vault,
        }
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// Saves the record atomically.
    pub fn save(&self, session: &Session) -> Result<(), StoreError> {
        let json = serde_json::to_vec_pretty(session)
            .map_err(|e| StoreError::Encrypt(format!("cannot write the session: {e}")))?;
        self.vault.write(&self.path, SESSION_FILE, &json)?;
        Ok(())
    }

    /// Reads the record, refusing one from a newer version of the app.
    pub fn load(&self) -> Result<Session, StoreError> {
        let path = self.path.join(self.vault.file_name(SESSION_FILE));
        let bytes = self.vault.read(&self.path, SESSION_FILE)?;
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| StoreError::damaged(&path, e))?;
        let found = value
            .get("format_version")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0) as u32;
        if found > SESSION_FORMAT_VERSION {
            return Err(StoreError::NewerFormat { path, found });
        }
        serde_json::from_value(value).map_err(|e| StoreError::damaged(&path, e))
    }

    pub fn save_statement(&self, text: &str) -> Result<(), StoreError> {
        self.vault
            .write(&self.path, STATEMENT_FILE, text.as_bytes())?;
        Ok(())
    }

    /// The statement, if the session has one.
    pub fn load_statement(&self) -> Result<Option<String>, StoreError> {
        self.read_text(STATEMENT_FILE)
    }

    pub fn save_scenario(&self, ron: &str) -> Result<(), StoreError> {
        self.vault
            .write(&self.path, SCENARIO_FILE, ron.as_bytes())?;
        Ok(())
    }

    pub fn load_scenario(&self) -> Result<Option<String>, StoreError> {
        self.read_text(SCENARIO_FILE)
    }

    fn read_text(&self, name: &str) -> Result<Option<String>, StoreError> {
        if !self.vault.exists(&self.path, name) {
            return Ok(None);
        }
        let bytes = self.vault.read(&self.path, name)?;
        let path = self.path.join(self.vault.file_name(name));
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| StoreError::damaged(&path, "not text"))
    }

    /// The file name of the audio for answer `number` to `question_id`.
    pub fn audio_name(&self, number: u32, question_id: &str) -> String {
        if self.vault.is_sealed() {
            format!("{number:02}-{question_id}.audio.age")
        } else {
            format!("{number:02}-{question_id}.wav")
        }
    }

    pub fn audio_path(&self, name: &str) -> PathBuf {
        self.path.join(AUDIO_DIR).join(name)
    }

    /// A sink that records straight into the session (sealed chunk by chunk
    /// when the vault is sealed).
    pub fn audio_sink(&self, name: &str) -> io::Result<Box<dyn SampleSink>> {
        let path = self.audio_path(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        Ok(if self.vault.is_sealed() {
            Box::new(SealedAudioWriter::create(&path, self.vault.clone())?)
        } else {
            Box::new(WavSink::create(&path)?)
        })
    }

    /// Stores finished audio (16 kHz mono) under `name`.
    pub fn write_audio(&self, name: &str, samples: &[f32]) -> Result<(), StoreError> {
        let path = self.audio_path(name);
        let mut sink = self
            .audio_sink(name)
            .map_err(|e| StoreError::write(&path, e))?;
        for chunk in samples.chunks(crate::audio::wav::SPEECH_RATE as usize * 5) {
            sink.write(chunk).map_err(|e| StoreError::write(&path, e))?;
            sink.flush().map_err(|e| StoreError::write(&path, e))?;
        }
        sink.finish().map_err(|e| StoreError::write(&path, e))
    }

    /// Reads the audio stored under `name` as 16 kHz mono samples.
    pub fn read_audio(&self, name: &str) -> Result<Vec<f32>, StoreError> {
        let path = self.audio_path(name);
        if name.ends_with(".age") {
            read_sealed_audio(&path, &self.vault)
        } else {
            wav::read_speech(&path).map_err(|e| StoreError::damaged(&path, e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rehearsal::Rehearsal;
    use crate::scenario::built_in;

    #[test]
    fn a_newer_format_is_refused_with_a_clear_message() {
        let dir = std::env::temp_dir().join(format!("mh-newer-{}", std::process::id()));
        let session_dir = SessionDir::create(&dir, Vault::Plain).expect("creates");
        let scenario = built_in()
            .into_iter()
            .next()
            .expect("a shipped scenario")
            .scenario;
        let mut session = Rehearsal::new(scenario, 1, "s", "now").session().clone();
        session_dir.save(&session).expect("saves");
        assert_eq!(session_dir.load().expect("loads"), session);
        session.format_version = SESSION_FORMAT_VERSION + 1;
        session_dir.save(&session).expect("saves");
        let err = session_dir.load().expect_err("refused");
        assert!(err.to_string().contains("newer version"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
