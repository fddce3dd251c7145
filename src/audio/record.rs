//! Recording to a 16 kHz mono WAV that is valid on disk at every moment that
//! matters: the header is rewritten at least twice a second, so a crash or a
//! power cut loses at most the last second. Faults stop the recording and keep
//! what was captured.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

use super::capture::{Capture, CaptureError, CaptureEvent};
use super::wav::SPEECH_RATE;

/// Why a recording ended early or could not start.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    Capture(#[from] CaptureError),
    #[error("cannot write {path}: {detail}; check the folder exists and the disk has space")]
    Create { path: PathBuf, detail: String },
    #[error(
        "writing {path} failed ({detail}); free some disk space (or choose another folder) and record again; what was written before stays playable"
    )]
    Write { path: PathBuf, detail: String },
    #[error("the recording stopped: {reason}; the first {kept_s:.1} seconds are saved in {path}")]
    Stopped {
        reason: String,
        kept_s: f64,
        path: PathBuf,
    },
}

/// Turns audio at any rate into 16 kHz as it streams in.
pub struct StreamResampler {
    inner: Option<Fft<f32>>,
    pending: Vec<f32>,
}

impl StreamResampler {
    pub fn new(rate: u32) -> Result<StreamResampler, String> {
        let inner = if rate == SPEECH_RATE {
            None
        } else {
            Some(
                Fft::<f32>::new(
                    rate as usize,
                    SPEECH_RATE as usize,
                    1024,
                    1,
                    FixedSync::Input,
                )
                .map_err(|e| e.to_string())?,
            )
        };
        Ok(StreamResampler {
            inner,
            pending: Vec::new(),
        })
    }

    /// Resamples what can be resampled so far.
    pub fn push(&mut self, samples: &[f32]) -> Vec<f32> {
        let Some(inner) = self.inner.as_mut() else {
            return samples.to_vec();
        };
        self.pending.extend_from_slice(samples);
        let mut out = Vec::new();
        loop {
            let need = inner.input_frames_next();
            if self.pending.len() < need {
                break;
            }
            let chunk: Vec<f32> = self.pending.drain(..need).collect();
            let frames = inner.output_frames_next();
            let mut buffer = vec![0f32; frames];
            let (Ok(input), Ok(mut output)) = (
                InterleavedSlice::new(&chunk[..], 1, need),
                InterleavedSlice::new_mut(&mut buffer[..], 1, frames),
            ) else {
                break;
            };
            match inner.process_into_buffer(&input, &mut output, None) {
                Ok((_, written)) => out.extend_from_slice(&buffer[..written]),
                Err(_) => break,
            }
        }
        out
    }
}

/// How a finished recording went.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: PathBuf,
    pub seconds: f64,
    pub device: String,
    /// RMS and peak level of the whole recording, dBFS.
    pub rms_db: f32,
    pub peak_db: f32,
}

/// Records `seconds` from `device` (or the default microphone) into `out`.
pub fn record(out: &Path, seconds: f64, device: Option<&str>) -> Result<Recorded, RecordError> {
    let capture = Capture::start(device)?;
    let create_err = |detail: String| RecordError::Create {
        path: out.to_path_buf(),
        detail,
    };
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SPEECH_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(out, spec).map_err(|e| create_err(e.to_string()))?;
    let mut resampler = StreamResampler::new(capture.sample_rate).map_err(create_err)?;
    let wanted = (seconds.max(0.0) * f64::from(SPEECH_RATE)) as usize;
    let mut written = 0usize;
    let (mut energy, mut peak) = (0f64, 0f32);
    let mut last_flush = Instant::now();
    let mut last_audio = Instant::now();
    let mut stop: Option<String> = None;
    let mut write_failed: Option<String> = None;
    while written < wanted {
        match capture.events.recv_timeout(Duration::from_millis(100)) {
            Ok(CaptureEvent::Audio(samples)) => {
                last_audio = Instant::now();
                for s in resampler.push(&samples) {
                    if written >= wanted {
                        break;
                    }
                    let clamped = s.clamp(-1.0, 1.0);
                    energy += f64::from(clamped * clamped);
                    peak = peak.max(clamped.abs());
                    if let Err(e) = writer.write_sample((clamped * 32767.0) as i16) {
                        write_failed = Some(e.to_string());
                        break;
                    }
                    written += 1;
                }
            }
            Ok(CaptureEvent::Fault(reason)) => {
                stop = Some(format!("the microphone failed ({reason})"))
            }
            Err(mpsc_timeout) => {
                if matches!(
                    mpsc_timeout,
                    std::sync::mpsc::RecvTimeoutError::Disconnected
                ) {
                    stop = Some("the microphone went away".into());
                }
            }
        }
        if stop.is_none() && last_audio.elapsed() > Duration::from_secs(3) {
            stop = Some("the microphone stopped sending sound; check it is still connected".into());
        }
        if last_flush.elapsed() >= Duration::from_millis(500) {
            if let Err(e) = writer.flush() {
                write_failed = Some(e.to_string());
            }
            last_flush = Instant::now();
        }
        if stop.is_some() || write_failed.is_some() {
            break;
        }
    }
    let device_name = capture.device.clone();
    capture.stop();
    let finalized = writer.finalize();
    let kept_s = written as f64 / f64::from(SPEECH_RATE);
    if let Some(detail) = write_failed.or_else(|| {
        finalized
            .as_ref()
            .err()
            .filter(|_| stop.is_none())
            .map(|e| e.to_string())
    }) {
        return Err(RecordError::Write {
            path: out.to_path_buf(),
            detail,
        });
    }
    if let Some(reason) = stop {
        return Err(RecordError::Stopped {
            reason,
            kept_s,
            path: out.to_path_buf(),
        });
    }
    let db = |v: f64| (20.0 * v.max(1e-6).log10()) as f32;
    Ok(Recorded {
        path: out.to_path_buf(),
        seconds: kept_s,
        device: device_name,
        rms_db: db((energy / written.max(1) as f64).sqrt()),
        peak_db: db(f64::from(peak)),
    })
}
