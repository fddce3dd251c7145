//! Encrypted answer audio, written as it is recorded.
//!
//! The file is a short header (`MHAUDIO1`, sample rate) followed by records,
//! each a little-endian `u32` length and one age-encrypted chunk of 16-bit
//! PCM. Every flush seals what arrived since the last one and syncs it, so a
//! crash loses at most the chunk being gathered; a reader keeps every whole
//! record and ignores a torn last one.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use crate::audio::sink::{SampleSink, to_i16};
use crate::audio::wav::SPEECH_RATE;

use super::{StoreError, Vault};

const MAGIC: &[u8; 8] = b"MHAUDIO1";
/// A record longer than this is damage, not audio (10 minutes of samples).
const MAX_RECORD: usize = 32 << 20;

/// Writes sealed audio chunk by chunk.
pub struct SealedAudioWriter {
    file: File,
    vault: Vault,
    pending: Vec<u8>,
}

impl SealedAudioWriter {
    pub fn create(path: &Path, vault: Vault) -> io::Result<SealedAudioWriter> {
        let mut file = File::create(path)?;
        file.write_all(MAGIC)?;
        file.write_all(&SPEECH_RATE.to_le_bytes())?;
        file.sync_data()?;
        Ok(SealedAudioWriter {
            file,
            vault,
            pending: Vec::new(),
        })
    }
}

impl SampleSink for SealedAudioWriter {
    fn write(&mut self, samples: &[f32]) -> io::Result<()> {
        for s in samples {
            self.pending.extend_from_slice(&to_i16(*s).to_le_bytes());
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let sealed = self
            .vault
            .seal(&self.pending)
            .map_err(|e| io::Error::other(e.to_string()))?;
        let mut record = Vec::with_capacity(sealed.len() + 4);
        record.extend_from_slice(&(sealed.len() as u32).to_le_bytes());
        record.extend_from_slice(&sealed);
        self.file.write_all(&record)?;
        self.file.sync_data()?;
        self.pending.clear();
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.flush()
    }
}

/// Reads sealed audio back as 16 kHz mono samples, keeping every whole record.
pub fn read_sealed_audio(path: &Path, vault: &Vault) -> Result<Vec<f32>, StoreError> {
    let bytes = std::fs::read(path).map_err(|e| StoreError::read(path, e))?;
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(StoreError::damaged(path, "not a Mock Hearing audio file"));
    }
    let mut samples = Vec::new();
    let mut at = 12;
    while let Some(length) = bytes.get(at..at + 4) {
        let length = u32::from_le_bytes([length[0], length[1], length[2], length[3]]) as usize;
        let Some(record) = bytes.get(at + 4..at + 4 + length) else {
            break; // torn last record: everything before it is kept
        };
        if length > MAX_RECORD {
            break;
        }
        let pcm = vault.open(record, path)?;
        samples.extend(
            pcm.chunks_exact(2)
                .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0),
        );
        at += 4 + length;
    }
    Ok(samples)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_last_record_keeps_everything_before_it() {
        let dir = std::env::temp_dir().join(format!("mh-sealed-audio-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).ok();
        let vault = Vault::create(&dir, "pass phrase").expect("vault");
        let path = dir.join("a.audio.age");
        let mut writer = SealedAudioWriter::create(&path, vault.clone()).expect("creates");
        let tone: Vec<f32> = (0..8000).map(|i| (i as f32 * 0.05).sin() * 0.5).collect();
        writer.write(&tone).expect("writes");
        writer.flush().expect("flushes");
        writer.write(&tone).expect("writes");
        writer.flush().expect("flushes");
        drop(writer);
        let whole = read_sealed_audio(&path, &vault).expect("reads");
        assert_eq!(whole.len(), 16000);
        assert!((whole[100] - tone[100]).abs() < 1e-3);
        // Tear the last record in half.
        let bytes = std::fs::read(&path).expect("reads bytes");
        std::fs::write(&path, &bytes[..bytes.len() - 100]).expect("tears");
        let kept = read_sealed_audio(&path, &vault).expect("reads torn");
        assert_eq!(kept.len(), 8000);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
