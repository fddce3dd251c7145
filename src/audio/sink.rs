//! Where recorded samples go: a place that takes 16 kHz mono samples as they
//! arrive and makes them durable on `flush`. A plain WAV file is one; the
//! store adds an encrypted one. The capture engine writes to either.

use std::io;
use std::path::Path;

use super::wav::SPEECH_RATE;

/// Takes recorded samples and keeps them.
pub trait SampleSink: Send {
    /// Adds samples (16 kHz mono, -1..1).
    fn write(&mut self, samples: &[f32]) -> io::Result<()>;
    /// Makes everything written so far durable and readable.
    fn flush(&mut self) -> io::Result<()>;
    /// Flushes and closes.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// A 16-bit 16 kHz mono WAV file whose header is valid after every flush.
pub struct WavSink {
    writer: hound::WavWriter<io::BufWriter<std::fs::File>>,
}

impl WavSink {
    pub fn create(path: &Path) -> io::Result<WavSink> {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: SPEECH_RATE,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let writer = hound::WavWriter::create(path, spec).map_err(to_io)?;
        Ok(WavSink { writer })
    }
}

impl SampleSink for WavSink {
    fn write(&mut self, samples: &[f32]) -> io::Result<()> {
        for s in samples {
            self.writer.write_sample(to_i16(*s)).map_err(to_io)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush().map_err(to_io)
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.writer.finalize().map_err(to_io)
    }
}

/// A sample as 16-bit PCM.
pub fn to_i16(sample: f32) -> i16 {
    (sample.clamp(-1.0, 1.0) * 32767.0) as i16
}

fn to_io(e: hound::Error) -> io::Error {
    match e {
        hound::Error::IoError(e) => e,
        other => io::Error::other(other.to_string()),
    }
}
