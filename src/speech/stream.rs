//! Streaming transcription: audio is handed in as it is recorded; whenever the
//! speaker pauses, the speech before the pause is transcribed on a worker
//! thread while they go on, so at the end only the last stretch is left and
//! the final transcript is ready moments after they stop. Cuts fall in pauses
//! (or, in a long unbroken stretch, at its quietest moment), never mid-word.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use super::transcribe::{Options, Segment, TranscribeError, Transcriber, Transcript, join};
use super::vad;

const RATE: usize = 16_000;
/// A pause this long (between sentences, say) can close a piece.
const PAUSE: usize = RATE / 4;
/// Pieces shorter than this wait for more speech: Whisper does better with
/// context (on a 71 s answer, 8 s gave WER 0.02 and 0.32 s latency; 2 s gave
/// WER 0.09).
const MIN_PIECE: usize = RATE * 8;
/// An unbroken stretch is cut at its quietest moment once this long.
const MAX_PIECE: usize = RATE * 20;

enum Message {
    Audio(Vec<f32>),
    Finish,
}

/// What the worker reports.
#[derive(Debug, Clone)]
pub enum StreamEvent {
    /// The transcript so far (completed pieces only).
    Partial(String),
    /// The whole transcript, after `finish`, and the seconds spent transcribing.
    Final(Transcript, f64),
    Failed(String),
}

/// A transcription that runs alongside recording.
pub struct StreamingTranscriber {
    audio: Sender<Message>,
    events: Receiver<StreamEvent>,
    worker: Option<JoinHandle<()>>,
}

impl StreamingTranscriber {
    /// Starts the worker thread.
    pub fn start(transcriber: Arc<Transcriber>, options: Options) -> StreamingTranscriber {
        let (audio, inbox) = mpsc::channel();
        let (outbox, events) = mpsc::channel();
        let worker = std::thread::Builder::new()
            .name("transcription".into())
            .spawn(move || work(&transcriber, &options, &inbox, &outbox))
            .ok();
        StreamingTranscriber {
            audio,
            events,
            worker,
        }
    }

    /// Hands in 16 kHz mono samples as they arrive. Never blocks.
    pub fn push(&self, samples: &[f32]) {
        let _ = self.audio.send(Message::Audio(samples.to_vec()));
    }

    /// The next report, if one is waiting (for a UI polling each frame).
    pub fn try_event(&self) -> Option<StreamEvent> {
        self.events.try_recv().ok()
    }

    /// Ends the stream and waits for the final transcript; also gives the
    /// seconds the worker spent transcribing.
    pub fn finish(mut self) -> Result<(Transcript, f64), TranscribeError> {
        let _ = self.audio.send(Message::Finish);
        let mut result = Err(TranscribeError::Whisper(
            "the transcription worker stopped".into(),
        ));
        while let Ok(event) = self.events.recv() {
            match event {
                StreamEvent::Final(t, busy) => {
                    result = Ok((t, busy));
                    break;
                }
                StreamEvent::Failed(e) => {
                    result = Err(TranscribeError::Whisper(e));
                    break;
                }
                StreamEvent::Partial(_) => {}
            }
        }
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
        result
    }
}

struct State {
    audio: Vec<f32>,
    /// Level of every complete frame of `audio`, kept as it arrives so the
    /// speech threshold is not measured over the whole recording again.
    levels: Vec<f32>,
    /// Samples already transcribed.
    done: usize,
    segments: Vec<Segment>,
    language: Option<String>,
    busy_s: f64,
}

fn work(
    transcriber: &Transcriber,
    options: &Options,
    inbox: &Receiver<Message>,
    outbox: &Sender<StreamEvent>,
) {
    let mut state = State {
        audio: Vec::new(),
        levels: Vec::new(),
        done: 0,
        segments: Vec::new(),
        language: options
            .language
            .clone()
            .filter(|l| l != "auto" && !l.is_empty()),
        busy_s: 0.0,
    };
    loop {
        let Ok(message) = inbox.recv() else {
            return;
        };
        // Take everything waiting, so a slow transcription never falls behind.
        let mut finish = matches!(message, Message::Finish);
        if let Message::Audio(samples) = message {
            state.hear(samples);
        }
        while let Ok(more) = inbox.try_recv() {
            match more {
                Message::Audio(samples) => state.hear(samples),
                Message::Finish => finish = true,
            }
        }
        let result = if finish {
            let end = state.audio.len();
            transcribe_until(transcriber, options, &mut state, end).map(|()| {
                let text = join(&state.segments);
                StreamEvent::Final(
                    Transcript {
                        text,
                        language: state.language.clone().unwrap_or_else(|| "en".into()),
                        duration_s: state.audio.len() as f64 / RATE as f64,
                        segments: std::mem::take(&mut state.segments),
                        translation: None,
                    },
                    state.busy_s,
                )
            })
        } else {
            match next_cut(&state) {
                Some(cut) => transcribe_until(transcriber, options, &mut state, cut)
                    .map(|()| StreamEvent::Partial(join(&state.segments))),
                None => continue,
            }
        };
        let event = result.unwrap_or_else(|e| StreamEvent::Failed(e.to_string()));
        let last = matches!(event, StreamEvent::Final(..) | StreamEvent::Failed(_));
        if outbox.send(event).is_err() || last {
            return;
        }
    }
}

/// Where to close the next piece: in the middle of the latest pause once
/// enough speech is waiting, or at the quietest moment of a long unbroken stretch.
impl State {
    fn hear(&mut self, samples: Vec<f32>) {
        self.audio.extend(samples);
        let measured = self.levels.len() * vad::FRAME;
        let complete = self.audio.len() / vad::FRAME * vad::FRAME;
        if complete > measured {
            self.levels
                .extend(vad::frame_levels(&self.audio[measured..complete]));
        }
    }

    fn threshold(&self) -> Option<f32> {
        vad::threshold_of_levels(&self.levels)
    }
}

fn next_cut(state: &State) -> Option<usize> {
    let pending = &state.audio[state.done..];
    if pending.len() < MIN_PIECE + PAUSE {
        return None;
    }
    let threshold = state.threshold()?;
    let levels = vad::frame_levels(pending);
    let pause_frames = PAUSE / vad::FRAME;
    // Walk back from the end to the latest run of quiet frames long enough to be a pause.
    let mut run = 0;
    for i in (0..levels.len()).rev() {
        if levels[i] < threshold {
            run += 1;
            continue;
        }
        if run >= pause_frames {
            // The pause spans frames i+1 ..= i+run; cut in its middle.
            let cut = (i + 1 + run / 2) * vad::FRAME;
            let spoken_before = levels[..=i].iter().any(|l| *l >= threshold);
            if cut >= MIN_PIECE && spoken_before {
                return Some(state.done + cut);
            }
        }
        run = 0;
    }
    if pending.len() >= MAX_PIECE {
        let pieces = vad::split_at_pauses(pending, 0..pending.len(), MAX_PIECE - RATE);
        return pieces.first().map(|p| state.done + p.end);
    }
    None
}

fn transcribe_until(
    transcriber: &Transcriber,
    options: &Options,
    state: &mut State,
    end: usize,
) -> Result<(), TranscribeError> {
    if end <= state.done {
        return Ok(());
    }
    let Some(threshold) = state.threshold().or_else(|| vad::threshold(&state.audio)) else {
        state.done = end;
        return Ok(());
    };
    let piece = &state.audio[state.done..end];
    let offset = state.done as f64 / RATE as f64;
    let options = Options {
        language: state.language.clone().or_else(|| Some("auto".into())),
        ..options.clone()
    };
    let started = std::time::Instant::now();
    let (found, language) = transcriber.transcribe_piece(piece, threshold, offset, &options)?;
    state.busy_s += started.elapsed().as_secs_f64();
    if state.language.is_none() && !found.is_empty() {
        state.language = Some(language);
    }
    state.segments.extend(found);
    state.segments = super::transcribe::suppress_repeats(std::mem::take(&mut state.segments));
    state.done = end;
    Ok(())
}
