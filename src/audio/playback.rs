//! Playback of a recorded answer for the review screen, through cpal: play,
//! pause, seek, and the position (so the transcript can follow along).
//!
//! A worker thread opens the output device and owns the stream; the UI only
//! sends commands and reads the position from an atomic, so a slow or stuck
//! sound server never holds up a frame. Speech is 16 kHz mono; the callback
//! steps through it at the device's rate with linear interpolation and writes
//! the same sample to every channel.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{FromSample, SampleFormat, SizedSample};

use super::wav::SPEECH_RATE;

/// What the player reports when something goes wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlayerStatus {
    Opening,
    Ready { device: String },
    Failed(String),
}

/// State shared between the UI and the audio callback.
struct Shared {
    /// Position in source samples, as `f64` bits.
    position: AtomicU64,
    playing: AtomicBool,
}

impl Shared {
    fn position(&self) -> f64 {
        f64::from_bits(self.position.load(Ordering::Relaxed))
    }

    fn set_position(&self, at: f64) {
        self.position.store(at.to_bits(), Ordering::Relaxed);
    }
}

/// Plays one recording.
pub struct Player {
    shared: Arc<Shared>,
    samples: usize,
    status: Receiver<PlayerStatus>,
    last_status: PlayerStatus,
    /// Dropping the sender ends the worker.
    _keep_alive: Sender<()>,
}

impl Player {
    /// Opens the output device on a worker and gets ready to play `samples`
    /// (16 kHz mono). Starts paused at the beginning.
    pub fn start(samples: Vec<f32>) -> Player {
        let shared = Arc::new(Shared {
            position: AtomicU64::new(0f64.to_bits()),
            playing: AtomicBool::new(false),
        });
        let (status_tx, status) = mpsc::channel();
        let (keep_alive, alive) = mpsc::channel::<()>();
        let length = samples.len();
        let worker_shared = shared.clone();
        let spawned = std::thread::Builder::new()
            .name("playback".into())
            .spawn(move || {
                match open(Arc::new(samples), worker_shared) {
                    Ok((stream, device)) => {
                        let _ = status_tx.send(PlayerStatus::Ready { device });
                        // Keep the stream until the player is dropped.
                        let _ = alive.recv();
                        drop(stream);
                    }
                    Err(e) => {
                        let _ = status_tx.send(PlayerStatus::Failed(e));
                    }
                }
            });
        let last_status = match spawned {
            Ok(_) => PlayerStatus::Opening,
            Err(e) => PlayerStatus::Failed(format!("playback could not start ({e})")),
        };
        Player {
            shared,
            samples: length,
            status,
            last_status,
            _keep_alive: keep_alive,
        }
    }

    /// Whether the device is open, still opening, or failed (with a message).
    pub fn status(&mut self) -> &PlayerStatus {
        while let Ok(status) = self.status.try_recv() {
            self.last_status = status;
        }
        &self.last_status
    }

    pub fn play(&self) {
        if self.shared.position() >= self.samples as f64 {
            self.shared.set_position(0.0);
        }
        self.shared.playing.store(true, Ordering::Relaxed);
    }

    pub fn pause(&self) {
        self.shared.playing.store(false, Ordering::Relaxed);
    }

    pub fn is_playing(&self) -> bool {
        self.shared.playing.load(Ordering::Relaxed)
    }

    /// Moves to `seconds` from the start.
    pub fn seek(&self, seconds: f64) {
        let at = (seconds.max(0.0) * f64::from(SPEECH_RATE)).min(self.samples as f64);
        self.shared.set_position(at);
    }

    pub fn position_s(&self) -> f64 {
        self.shared.position() / f64::from(SPEECH_RATE)
    }

    pub fn duration_s(&self) -> f64 {
        self.samples as f64 / f64::from(SPEECH_RATE)
    }
}

/// The output device, PulseAudio first when a sound server is reachable.
fn output_device() -> Result<cpal::Device, String> {
    #[cfg(target_os = "linux")]
    if let Ok(host) = cpal::host_from_id(cpal::HostId::PulseAudio)
        && let Some(device) = host.default_output_device()
    {
        return Ok(device);
    }
    cpal::default_host().default_output_device().ok_or_else(|| {
        "no speaker or headphones found; check that an audio output is connected and the sound server is running"
            .to_string()
    })
}

fn open(samples: Arc<Vec<f32>>, shared: Arc<Shared>) -> Result<(cpal::Stream, String), String> {
    let device = output_device()?;
    let name = device
        .description()
        .map(|d| d.name().to_string())
        .unwrap_or_else(|_| "speakers".into());
    let supported = device
        .default_output_config()
        .map_err(|e| format!("the audio output {name:?} cannot be used ({e})"))?;
    // A short buffer (50 ms), so play, pause and seek are heard at once; a
    // server's default buffer can hold seconds of what was decided before.
    let mut config = supported.config();
    config.buffer_size = cpal::BufferSize::Fixed((config.sample_rate / 20).max(64));
    let format = supported.sample_format();
    let build_with = |config: &cpal::StreamConfig| -> Result<cpal::Stream, String> {
        match format {
            SampleFormat::F32 => build::<f32>(&device, config, samples.clone(), shared.clone()),
            SampleFormat::I16 => build::<i16>(&device, config, samples.clone(), shared.clone()),
            SampleFormat::I32 => build::<i32>(&device, config, samples.clone(), shared.clone()),
            SampleFormat::U16 => build::<u16>(&device, config, samples.clone(), shared.clone()),
            other => {
                return Err(format!(
                    "the audio output uses an unsupported format ({other:?})"
                ));
            }
        }
        .map_err(|e| format!("the audio output could not be opened ({e})"))
    };
    let stream = build_with(&config).or_else(|_| {
        config.buffer_size = cpal::BufferSize::Default;
        build_with(&config)
    })?;
    stream
        .play()
        .map_err(|e| format!("the audio output could not start ({e})"))?;
    Ok((stream, name))
}

fn build<T>(
    device: &cpal::Device,
    config: &cpal::StreamConfig,
    samples: Arc<Vec<f32>>,
    shared: Arc<Shared>,
) -> Result<cpal::Stream, cpal::Error>
where
    T: SizedSample + FromSample<f32> + Send + 'static,
{
    let channels = usize::from(config.channels.max(1));
    let step = f64::from(SPEECH_RATE) / f64::from(config.sample_rate.max(1));
    let silence = T::from_sample_(0.0f32);
    device.build_output_stream::<T, _, _>(
        *config,
        move |out: &mut [T], _| {
            let start = shared.position.load(Ordering::Relaxed);
            let mut at = f64::from_bits(start);
            let playing = shared.playing.load(Ordering::Relaxed);
            for frame in out.chunks_mut(channels) {
                let value = if playing && (at as usize) < samples.len() {
                    let i = at as usize;
                    let next = samples.get(i + 1).copied().unwrap_or(samples[i]);
                    let t = (at - i as f64) as f32;
                    at += step;
                    samples[i] * (1.0 - t) + next * t
                } else {
                    0.0
                };
                let value = T::from_sample_(value);
                for sample in frame.iter_mut() {
                    *sample = if playing { value } else { silence };
                }
            }
            if playing {
                // A seek from the UI in the meantime wins.
                let _ = shared.position.compare_exchange(
                    start,
                    at.to_bits(),
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                );
                if at as usize >= samples.len() {
                    shared.playing.store(false, Ordering::Relaxed);
                }
            }
        },
        |_| {},
        None,
    )
}
