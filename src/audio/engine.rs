//! The capture engine the app uses: a worker thread owns the microphone and
//! the answer's WAV file; the UI sends commands (pause, resume, stop) and
//! receives events (levels ~30 times a second, 16 kHz samples for the
//! streaming transcriber, and how it ended). The UI thread never touches the
//! device or the disk.

use std::io;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::capture::{Capture, CaptureEvent, levels};
use super::record::StreamResampler;
use super::sink::{SampleSink, WavSink};
use super::wav::SPEECH_RATE;

/// Sent to the engine.
#[derive(Debug, Clone, Copy)]
pub enum EngineCommand {
    Pause,
    Resume,
    Stop,
}

/// Reported by the engine.
#[derive(Debug, Clone)]
pub enum EngineEvent {
    /// The device is open and recording.
    Started { device: String },
    /// Level of the last ~33 ms, dBFS.
    Level { rms_db: f32, peak_db: f32 },
    /// New 16 kHz mono samples (already written to the file).
    Samples(Vec<f32>),
    /// Recording ended; `reason` is `None` after Stop or the maximum length.
    Ended {
        seconds: f64,
        reason: Option<String>,
        reached_max: bool,
    },
}

/// A running recording of one answer.
pub struct RecordingEngine {
    commands: Sender<EngineCommand>,
    pub events: Receiver<EngineEvent>,
    worker: Option<JoinHandle<()>>,
}

impl RecordingEngine {
    /// Starts recording into `out` (16 kHz mono WAV, flushed twice a second),
    /// for at most `max_seconds`.
    pub fn start(out: &Path, device: Option<String>, max_seconds: f64) -> RecordingEngine {
        let path = out.to_path_buf();
        RecordingEngine::start_into(
            out,
            move || Ok(Box::new(WavSink::create(&path)?) as Box<dyn SampleSink>),
            device,
            max_seconds,
        )
    }

    /// Starts recording into the sink that `open` makes on the worker thread
    /// (`shown_as` names it in messages), flushed twice a second.
    pub fn start_into(
        shown_as: &Path,
        open: impl FnOnce() -> io::Result<Box<dyn SampleSink>> + Send + 'static,
        device: Option<String>,
        max_seconds: f64,
    ) -> RecordingEngine {
        let (commands, inbox) = mpsc::channel();
        let (outbox, events) = mpsc::channel();
        let shown_as = shown_as.to_path_buf();
        let worker = std::thread::Builder::new()
            .name("recording".into())
            .spawn(move || {
                run(
                    &shown_as,
                    open,
                    device.as_deref(),
                    max_seconds,
                    &inbox,
                    &outbox,
                )
            })
            .ok();
        RecordingEngine {
            commands,
            events,
            worker,
        }
    }

    pub fn send(&self, command: EngineCommand) {
        let _ = self.commands.send(command);
    }
}

impl Drop for RecordingEngine {
    fn drop(&mut self) {
        let _ = self.commands.send(EngineCommand::Stop);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

/// Samples per level report: ~30 a second.
const LEVEL_EVERY: usize = SPEECH_RATE as usize / 30;

fn run(
    out: &Path,
    open: impl FnOnce() -> io::Result<Box<dyn SampleSink>>,
    device: Option<&str>,
    max_seconds: f64,
    inbox: &Receiver<EngineCommand>,
    outbox: &Sender<EngineEvent>,
) {
    let ended = |seconds: f64, reason: Option<String>, reached_max: bool| {
        let _ = outbox.send(EngineEvent::Ended {
            seconds,
            reason,
            reached_max,
        });
    };
    let capture = match Capture::start(device) {
        Ok(c) => c,
        Err(e) => return ended(0.0, Some(e.to_string()), false),
    };
    let mut writer = match open() {
        Ok(w) => w,
        Err(e) => {
            return ended(
                0.0,
                Some(format!(
                    "cannot write {}: {e}; check the disk has space",
                    out.display()
                )),
                false,
            );
        }
    };
    let mut resampler = match StreamResampler::new(capture.sample_rate) {
        Ok(r) => r,
        Err(e) => return ended(0.0, Some(e), false),
    };
    let _ = outbox.send(EngineEvent::Started {
        device: capture.device.clone(),
    });
    let max = (max_seconds.max(0.0) * f64::from(SPEECH_RATE)) as usize;
    let mut written = 0usize;
    let mut meter: Vec<f32> = Vec::with_capacity(LEVEL_EVERY);
    let mut last_flush = Instant::now();
    let mut paused = false;
    let mut reason = None;
    let mut reached_max = false;
    'recording: loop {
        while let Ok(command) = inbox.try_recv() {
            match command {
                EngineCommand::Pause => {
                    paused = true;
                    capture.pause();
                }
                EngineCommand::Resume => {
                    paused = false;
                    capture.resume();
                }
                EngineCommand::Stop => break 'recording,
            }
        }
        match capture.events.recv_timeout(Duration::from_millis(50)) {
            Ok(CaptureEvent::Audio(samples)) if !paused => {
                let mut fresh = resampler.push(&samples);
                fresh.truncate(max.saturating_sub(written));
                if let Err(e) = writer.write(&fresh) {
                    reason = Some(format!("writing failed ({e}); check the disk has space"));
                    break 'recording;
                }
                for s in &fresh {
                    meter.push(*s);
                    if meter.len() >= LEVEL_EVERY {
                        let (rms_db, peak_db) = levels(&meter);
                        let _ = outbox.send(EngineEvent::Level { rms_db, peak_db });
                        meter.clear();
                    }
                }
                written += fresh.len();
                if !fresh.is_empty() {
                    let _ = outbox.send(EngineEvent::Samples(fresh));
                }
                if written >= max {
                    reached_max = true;
                    break 'recording;
                }
            }
            Ok(CaptureEvent::Audio(_)) => {}
            Ok(CaptureEvent::Fault(e)) => {
                reason = Some(format!(
                    "the microphone failed ({e}); what was said before is kept"
                ));
                break 'recording;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                reason = Some("the microphone went away; what was said before is kept".into());
                break 'recording;
            }
        }
        if last_flush.elapsed() >= Duration::from_millis(500) {
            if let Err(e) = writer.flush() {
                reason = Some(format!("writing failed ({e}); check the disk has space"));
                break 'recording;
            }
            last_flush = Instant::now();
        }
    }
    capture.stop();
    if let Err(e) = writer.finish()
        && reason.is_none()
    {
        reason = Some(format!("writing failed ({e})"));
    }
    ended(written as f64 / f64::from(SPEECH_RATE), reason, reached_max);
}
