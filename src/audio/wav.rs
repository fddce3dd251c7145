//! Reading WAV files for speech: any PCM or float WAV, any sample rate, mono or
//! stereo, converted to 16 kHz mono f32 with a real resampler (rubato).

use std::path::{Path, PathBuf};

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

/// The rate Whisper listens at.
pub const SPEECH_RATE: u32 = 16_000;

/// Why a WAV file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum WavError {
    #[error("cannot open {path}: {source}; check the path")]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path} is not a readable WAV file ({reason}); record again or convert it to WAV (PCM) first"
    )]
    Format { path: PathBuf, reason: String },
    #[error("{path} holds no audio; record again")]
    Empty { path: PathBuf },
}

/// Reads a WAV file as 16 kHz mono samples in -1.0..=1.0.
pub fn read_speech(path: &Path) -> Result<Vec<f32>, WavError> {
    let format_error = |reason: String| WavError::Format {
        path: path.to_path_buf(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|source| WavError::Open {
        path: path.to_path_buf(),
        source,
    })?;
    let reader = hound::WavReader::new(std::io::BufReader::new(file))
        .map_err(|e| format_error(e.to_string()))?;
    let spec = reader.spec();
    let channels = usize::from(spec.channels.max(1));
    // A file cut short (a crash while recording) still gives what it holds.
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.into_samples::<f32>().map_while(Result::ok).collect(),
        hound::SampleFormat::Int => {
            if spec.bits_per_sample == 0 || spec.bits_per_sample > 32 {
                return Err(format_error(format!(
                    "{} bits per sample",
                    spec.bits_per_sample
                )));
            }
            let scale = 1.0 / (1u64 << (spec.bits_per_sample - 1)) as f32;
            reader
                .into_samples::<i32>()
                .map_while(Result::ok)
                .map(|s| s as f32 * scale)
                .collect()
        }
    };
    let mono: Vec<f32> = interleaved
        .chunks_exact(channels)
        .map(|frame| frame.iter().sum::<f32>() / channels as f32)
        .collect();
    if mono.is_empty() {
        return Err(WavError::Empty {
            path: path.to_path_buf(),
        });
    }
    resample(&mono, spec.sample_rate).map_err(format_error)
}

/// Resamples mono audio from `rate` to 16 kHz.
pub fn resample(mono: &[f32], rate: u32) -> Result<Vec<f32>, String> {
    if rate == SPEECH_RATE {
        return Ok(mono.to_vec());
    }
    if rate == 0 {
        return Err("a sample rate of 0".into());
    }
    let mut resampler = Fft::<f32>::new(
        rate as usize,
        SPEECH_RATE as usize,
        1024,
        1,
        FixedSync::Input,
    )
    .map_err(|e| e.to_string())?;
    let input = InterleavedSlice::new(mono, 1, mono.len()).map_err(|e| e.to_string())?;
    let needed = resampler.process_all_needed_output_len(mono.len());
    let mut out = vec![0f32; needed];
    let mut output =
        rubato::audioadapter_buffers::direct::InterleavedSlice::new_mut(&mut out, 1, needed)
            .map_err(|e| e.to_string())?;
    let (_, produced) = resampler
        .process_all_into_buffer(&input, &mut output, mono.len(), None)
        .map_err(|e| e.to_string())?;
    out.truncate(produced);
    Ok(out)
}
