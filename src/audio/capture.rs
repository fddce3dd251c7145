//! Microphone capture through cpal: chooses the host at run time (PulseAudio
//! when a sound server is reachable, else the platform default such as ALSA),
//! converts whatever the device delivers to mono f32, and hands it over through
//! a channel. Never requires a sound card at build time; never panics on a
//! missing or vanishing device.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{FromSample, SampleFormat, SizedSample};

/// Why capture could not start or went on.
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error(
        "no microphone found; check that a microphone is connected and not used by another program, and that the sound server (PulseAudio or PipeWire) is running — `mock-hearing devices` lists what this computer offers"
    )]
    NoDevice,
    #[error("no input device is called {0:?}; run `mock-hearing devices` to see the names")]
    UnknownDevice(String),
    #[error(
        "the microphone {device:?} does not offer a usable format ({detail}); choose another with --device"
    )]
    Format { device: String, detail: String },
    #[error("the microphone could not be opened ({0}); check that no other program holds it")]
    Open(String),
}

/// One input device.
#[derive(Debug, Clone)]
pub struct InputDevice {
    pub host: String,
    pub name: String,
    pub is_default: bool,
}

/// The hosts to use, best first: PulseAudio when reachable, then the default.
fn hosts() -> Vec<cpal::Host> {
    let mut hosts = Vec::new();
    #[cfg(target_os = "linux")]
    if let Ok(host) = cpal::host_from_id(cpal::HostId::PulseAudio) {
        hosts.push(host);
    }
    let default = cpal::default_host();
    if !hosts.iter().any(|h| h.id() == default.id()) {
        hosts.push(default);
    }
    hosts
}

fn device_name(device: &cpal::Device) -> String {
    device
        .description()
        .map(|d| d.name().to_string())
        .unwrap_or_else(|_| "unnamed device".into())
}

/// Every input device of every host, the default marked.
pub fn input_devices() -> Vec<InputDevice> {
    let mut out = Vec::new();
    let mut default_marked = false;
    for host in hosts() {
        let default = host.default_input_device().map(|d| device_name(&d));
        if let Ok(devices) = host.input_devices() {
            for device in devices {
                let name = device_name(&device);
                let is_default = !default_marked && default.as_deref() == Some(name.as_str());
                default_marked |= is_default;
                out.push(InputDevice {
                    host: host.id().name().to_string(),
                    name,
                    is_default,
                });
            }
        }
    }
    out
}

fn find_device(wanted: Option<&str>) -> Result<cpal::Device, CaptureError> {
    for host in hosts() {
        match wanted {
            None => {
                if let Some(device) = host.default_input_device() {
                    return Ok(device);
                }
            }
            Some(name) => {
                if let Ok(mut devices) = host.input_devices()
                    && let Some(device) = devices.find(|d| device_name(d) == name)
                {
                    return Ok(device);
                }
            }
        }
    }
    match wanted {
        Some(name) => Err(CaptureError::UnknownDevice(name.to_string())),
        None => Err(CaptureError::NoDevice),
    }
}

/// What the capture reports.
#[derive(Debug)]
pub enum CaptureEvent {
    /// Mono samples at `Capture::sample_rate`.
    Audio(Vec<f32>),
    /// The device failed (unplugged, server gone).
    Fault(String),
}

/// A running capture. Dropping it stops the device.
pub struct Capture {
    /// Taken when the capture stops; see `Drop`.
    stream: Option<cpal::Stream>,
    pub events: Receiver<CaptureEvent>,
    pub sample_rate: u32,
    pub device: String,
    paused: Arc<AtomicBool>,
}

impl Capture {
    /// Opens `device` (or the default microphone) and starts capturing.
    pub fn start(device: Option<&str>) -> Result<Capture, CaptureError> {
        let named = device.is_some();
        let device = find_device(device)?;
        let name = device_name(&device);
        let format_error = |detail: String| CaptureError::Format {
            device: name.clone(),
            detail,
        };
        // A default that cannot be opened (ALSA's "default" with no sound card)
        // means there is no microphone at all.
        let supported = device.default_input_config().map_err(|e| {
            if named {
                format_error(e.to_string())
            } else {
                CaptureError::NoDevice
            }
        })?;
        let config = supported.config();
        let channels = usize::from(config.channels.max(1));
        let (tx, events) = mpsc::channel();
        let paused = Arc::new(AtomicBool::new(false));
        let stream = match supported.sample_format() {
            SampleFormat::F32 => build::<f32>(&device, config, channels, tx, paused.clone()),
            SampleFormat::I16 => build::<i16>(&device, config, channels, tx, paused.clone()),
            SampleFormat::I32 => build::<i32>(&device, config, channels, tx, paused.clone()),
            SampleFormat::U16 => build::<u16>(&device, config, channels, tx, paused.clone()),
            SampleFormat::U8 => build::<u8>(&device, config, channels, tx, paused.clone()),
            other => return Err(format_error(format!("sample format {other:?}"))),
        }
        .map_err(|e| CaptureError::Open(e.to_string()))?;
        stream
            .play()
            .map_err(|e| CaptureError::Open(e.to_string()))?;
        Ok(Capture {
            stream: Some(stream),
            events,
            sample_rate: config.sample_rate,
            device: name,
            paused,
        })
    }

    /// Stops delivering audio until `resume`; the device stays open.
    pub fn pause(&self) {
        self.paused.store(true, Ordering::SeqCst);
    }

    pub fn resume(&self) {
        self.paused.store(false, Ordering::SeqCst);
    }

    /// Stops the device; audio stops arriving at once.
    pub fn stop(self) {
        // `Drop` does the work.
    }
}

impl Drop for Capture {
    /// Stops delivering audio at once and closes the stream on a thread of
    /// its own. Closing waits for the sound server: cpal's PulseAudio stream
    /// joins a thread that may be waiting on a reply that never comes (seen
    /// on a loaded two-core machine with an output stream open in the same
    /// program), and corking first was seen to wait about a minute. The
    /// caller, whether the recorder or the UI, never waits on that.
    fn drop(&mut self) {
        self.paused.store(true, Ordering::SeqCst);
        if let Some(stream) = self.stream.take() {
            // Should no thread be spawned, the closure, and the stream with
            // it, is dropped here instead.
            let _ = std::thread::Builder::new()
                .name("capture-close".into())
                .spawn(move || drop(stream));
        }
    }
}

fn build<T>(
    device: &cpal::Device,
    config: cpal::StreamConfig,
    channels: usize,
    tx: Sender<CaptureEvent>,
    paused: Arc<AtomicBool>,
) -> Result<cpal::Stream, cpal::Error>
where
    T: SizedSample + Send + 'static,
    f32: FromSample<T>,
{
    let faults = tx.clone();
    device.build_input_stream::<T, _, _>(
        config,
        move |data: &[T], _| {
            if paused.load(Ordering::SeqCst) {
                return;
            }
            let mono: Vec<f32> = data
                .chunks(channels)
                .map(|frame| {
                    frame.iter().map(|s| f32::from_sample_(*s)).sum::<f32>() / channels as f32
                })
                .collect();
            let _ = tx.send(CaptureEvent::Audio(mono));
        },
        move |err| {
            let _ = faults.send(CaptureEvent::Fault(err.to_string()));
        },
        None,
    )
}

/// RMS and peak of a block, in dBFS.
pub fn levels(samples: &[f32]) -> (f32, f32) {
    if samples.is_empty() {
        return (-120.0, -120.0);
    }
    let rms = (samples.iter().map(|s| s * s).sum::<f32>() / samples.len() as f32).sqrt();
    let peak = samples.iter().fold(0f32, |m, s| m.max(s.abs()));
    let db = |v: f32| 20.0 * v.max(1e-6).log10();
    (db(rms), db(peak))
}
