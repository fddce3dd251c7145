//! Transcription with whisper.cpp (through whisper-rs), careful not to invent
//! words: only voiced stretches are transcribed, segments Whisper itself thinks
//! are not speech are dropped, and repeated phrases are collapsed. Every
//! segment keeps a confidence, so a finding resting on an unsure word can say
//! "check the audio".

use std::ops::Range;
use std::path::Path;

use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

use super::vad;

/// Joins neighbouring voiced stretches while together (pauses included) they
/// stay within `max` samples. Whisper hears a phrase whole instead of in
/// fragments cut at every short pause, which both loses words at the cuts and
/// runs more windows.
fn pack(pieces: Vec<Range<usize>>, max: usize) -> Vec<Range<usize>> {
    let mut packed: Vec<Range<usize>> = Vec::new();
    for piece in pieces {
        match packed.last_mut() {
            Some(last) if piece.end - last.start <= max => last.end = piece.end,
            _ => packed.push(piece),
        }
    }
    packed
}

/// Streaming transcribes pieces of at most 20 s with a context fitted to
/// each: the last piece after speech ends is short, so it is quick.
const STREAM_CUT: Cut = Cut {
    max_piece_s: 20,
    fitted: Some(64),
};

/// Batch transcription: pieces of at most 24 s, each with a fitted context.
/// On six answers of 45–60 s in two voices, 24 s pieces gave a mean word
/// error rate of 0.024 against 0.028 for 28 s and 0.036 for 20 s, and took
/// about 3.6 s an answer; Whisper's full 30 s window on every piece is ~1.6×
/// slower. `benches/batch_vs_faster_whisper.sh` compares it with faster-whisper.
const BATCH_CUT: Cut = Cut {
    max_piece_s: 24,
    fitted: Some(64),
};

/// Translation keeps Whisper's full window: with a fitted one, a Spanish
/// answer of two sentences came back as only its last sentence.
const TRANSLATE_CUT: Cut = Cut {
    max_piece_s: 24,
    fitted: None,
};
/// Segments Whisper rates as this likely not speech are dropped.
const NO_SPEECH: f32 = 0.6;

/// Why transcription failed.
#[derive(Debug, thiserror::Error)]
pub enum TranscribeError {
    #[error(
        "the speech model at {0} cannot be loaded; run `mock-hearing models install` to install a working one"
    )]
    Load(String),
    #[error("transcription failed: {0}")]
    Whisper(String),
    #[error("language {0:?} is not one Whisper knows; use a code such as en, es, fr, or auto")]
    Language(String),
}

/// How to transcribe.
#[derive(Debug, Clone)]
pub struct Options {
    /// `None` or "auto" to detect, else a language code.
    pub language: Option<String>,
    /// Also give an English translation.
    pub translate: bool,
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            language: None,
            translate: false,
            threads: default_threads(),
        }
    }
}

/// `available_parallelism() - 1`, at least 1: leaves a core for the app.
pub fn default_threads() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get().saturating_sub(1))
        .unwrap_or(1)
        .max(1)
}

/// A stretch of transcribed speech.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub start_s: f64,
    pub end_s: f64,
    pub text: String,
    /// Mean probability of the segment's words (0–1).
    pub confidence: f32,
}

/// The result of transcribing one recording.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Transcript {
    pub text: String,
    pub language: String,
    pub duration_s: f64,
    pub segments: Vec<Segment>,
    /// The English translation, when asked for and the speech was not English.
    pub translation: Option<String>,
}

/// A loaded model, ready to transcribe (one transcription at a time).
pub struct Transcriber {
    context: WhisperContext,
}

/// How a pass cuts the audio and how much context Whisper gets per piece.
#[derive(Debug, Clone, Copy)]
struct Cut {
    /// Longest piece, in seconds.
    max_piece_s: usize,
    /// Margin (in frames of 20 ms) of an audio context fitted to each piece,
    /// or `None` for Whisper's full 30 s window.
    fitted: Option<usize>,
}

impl Transcriber {
    pub fn load(model: &Path) -> Result<Transcriber, TranscribeError> {
        if std::env::var_os("MOCK_HEARING_WHISPER_LOG").is_none() {
            whisper_rs::install_logging_hooks();
        }
        let path = model.to_string_lossy().into_owned();
        let context = WhisperContext::new_with_params(&path, WhisperContextParameters::default())
            .map_err(|_| TranscribeError::Load(path.clone()))?;
        Ok(Transcriber { context })
    }

    pub fn is_multilingual(&self) -> bool {
        self.context.is_multilingual()
    }

    /// Transcribes 16 kHz mono samples.
    pub fn transcribe(
        &self,
        samples: &[f32],
        options: &Options,
    ) -> Result<Transcript, TranscribeError> {
        let language = self.language_of(options)?;
        let mut transcript = Transcript {
            language: language.clone().unwrap_or_else(|| "en".into()),
            duration_s: samples.len() as f64 / 16_000.0,
            ..Default::default()
        };
        let Some(threshold) = vad::threshold(samples) else {
            return Ok(transcript);
        };
        let language = language.unwrap_or_else(|| "auto".into());
        let (segments, language) = self.pass(
            samples,
            threshold,
            0.0,
            &language,
            (false, options.threads),
            BATCH_CUT,
        )?;
        if segments.is_empty() {
            return Ok(transcript);
        }
        transcript.text = join(&segments);
        transcript.segments = segments;
        transcript.language = language.clone();
        if options.translate && language != "en" && self.is_multilingual() {
            let (english, _) = self.pass(
                samples,
                threshold,
                0.0,
                &language,
                (true, options.threads),
                TRANSLATE_CUT,
            )?;
            transcript.translation = Some(join(&english));
        }
        Ok(transcript)
    }

    /// Transcribes one piece of a longer recording (for streaming): `threshold`
    /// is the speech level of the whole recording so far, `offset_s` where the
    /// piece starts in it. Returns the kept segments and the language used.
    pub fn transcribe_piece(
        &self,
        piece: &[f32],
        threshold: f32,
        offset_s: f64,
        options: &Options,
    ) -> Result<(Vec<Segment>, String), TranscribeError> {
        let language = self.language_of(options)?.unwrap_or_else(|| "auto".into());
        self.pass(
            piece,
            threshold,
            offset_s,
            &language,
            (options.translate, options.threads),
            STREAM_CUT,
        )
    }

    fn language_of(&self, options: &Options) -> Result<Option<String>, TranscribeError> {
        match options.language.as_deref() {
            None | Some("auto") | Some("") if self.is_multilingual() => Ok(None),
            None | Some("auto") | Some("") => Ok(Some("en".into())),
            Some(code) if whisper_rs::get_lang_id(code).is_none() => {
                Err(TranscribeError::Language(code.to_string()))
            }
            Some(code) => Ok(Some(code.to_string())),
        }
    }

    /// Transcribes the voiced stretches of `samples`; with "auto", the first
    /// stretch detects the language and the rest keep it. `(translate,
    /// threads)` as in [`Options`].
    fn pass(
        &self,
        samples: &[f32],
        threshold: f32,
        offset_s: f64,
        language: &str,
        (translate, threads): (bool, usize),
        cut: Cut,
    ) -> Result<(Vec<Segment>, String), TranscribeError> {
        let voiced = vad::speech_ranges_above(samples, threshold);
        let max = cut.max_piece_s * 16_000;
        let pieces = pack(
            voiced
                .iter()
                .cloned()
                .flat_map(|r| vad::split_at_pauses(samples, r, max))
                .collect(),
            max,
        );

        let mut language = language.to_string();
        let mut segments: Vec<Segment> = Vec::new();
        for piece in &pieces {
            let start = offset_s + piece.start as f64 / 16_000.0;
            let (found, detected) = self.run(
                &samples[piece.clone()],
                &language,
                translate,
                threads,
                start,
                cut.fitted,
            )?;
            segments.extend(
                found
                    .into_iter()
                    .filter(|s| voiced_enough(&voiced, offset_s, piece, s)),
            );
            if language == "auto" {
                language = detected;
            }
        }
        Ok((suppress_repeats(segments), language))
    }

    /// One whisper.cpp pass over a piece; returns its kept segments and the language.
    fn run(
        &self,
        piece: &[f32],
        language: &str,
        translate: bool,
        threads: usize,
        offset_s: f64,
        fitted: Option<usize>,
    ) -> Result<(Vec<Segment>, String), TranscribeError> {
        let err = |e: whisper_rs::WhisperError| TranscribeError::Whisper(e.to_string());
        let mut state = self.context.create_state().map_err(err)?;
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(threads.max(1) as i32);
        params.set_language(Some(language));
        params.set_translate(translate);
        params.set_no_context(true);
        params.set_suppress_blank(true);
        params.set_suppress_nst(true);
        params.set_no_speech_thold(NO_SPEECH);
        params.set_print_special(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        // Whisper pads every input to 30 s; a context fitted to the piece
        // (with a margin: without one it loops and invents text) is faster.
        // Text it places over the silence after the last word is dropped by
        // `voiced_enough`.
        if let Some(fitted) = fitted {
            params.set_audio_ctx((piece.len() / 320 + fitted).min(1500) as i32);
        }
        // Whisper needs at least a second of audio; pad short pieces with silence.
        let mut padded;
        let input = if piece.len() < 16_000 + 1_600 {
            padded = piece.to_vec();
            padded.resize(16_000 + 1_600, 0.0);
            &padded[..]
        } else {
            piece
        };
        state.full(params, input).map_err(err)?;
        let detected = whisper_rs::get_lang_str(state.full_lang_id_from_state())
            .unwrap_or(language)
            .to_string();
        let eot = self.context.token_eot();
        let mut segments = Vec::new();
        for segment in state.as_iter() {
            let text = segment
                .to_str_lossy()
                .map(|t| t.trim().to_string())
                .unwrap_or_default();
            if text.is_empty() || segment.no_speech_probability() > NO_SPEECH {
                continue;
            }
            let probabilities: Vec<f32> = (0..segment.n_tokens())
                .filter_map(|i| segment.get_token(i))
                .filter(|t| t.token_id() < eot)
                .map(|t| t.token_probability())
                .collect();
            let confidence = if probabilities.is_empty() {
                0.0
            } else {
                probabilities.iter().sum::<f32>() / probabilities.len() as f32
            };
            if is_non_speech(&text) {
                continue;
            }
            segments.push(Segment {
                start_s: offset_s + segment.start_timestamp() as f64 / 100.0,
                end_s: offset_s + segment.end_timestamp() as f64 / 100.0,
                text,
                confidence,
            });
        }
        Ok((segments, detected))
    }
}

/// A segment must lie over audio that holds speech: text placed over the
/// silence after the last word ("you", "Thank you.") is invented. `voiced`
/// are the speech ranges of the samples that start at `offset_s`; `piece` the
/// part of them Whisper heard. Only that part counts: Whisper sometimes places
/// its last segment past the end of the piece, over speech it never heard.
fn voiced_enough(
    voiced: &[Range<usize>],
    offset_s: f64,
    piece: &Range<usize>,
    segment: &Segment,
) -> bool {
    let at = |s: f64| (((s - offset_s).max(0.0) * 16_000.0) as usize).clamp(piece.start, piece.end);
    let (start, end) = (at(segment.start_s), at(segment.end_s));
    if end <= start {
        return false;
    }
    let covered: usize = voiced
        .iter()
        .map(|r| r.end.min(end).saturating_sub(r.start.max(start)))
        .sum();
    covered as f64 / (end - start) as f64 >= 0.3
}

/// "[Music]", "(silence)", "*coughs*": descriptions, not words.
fn is_non_speech(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('[') && t.ends_with(']'))
        || (t.starts_with('(') && t.ends_with(')'))
        || (t.starts_with('*') && t.ends_with('*'))
        || t.chars().all(|c| !c.is_alphanumeric())
}

/// Drops a segment that repeats the one before it and collapses a phrase said
/// three or more times in a row within a segment (Whisper's loops).
pub fn suppress_repeats(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for mut s in segments {
        s.text = collapse_loops(&s.text);
        if out
            .last()
            .is_some_and(|last| normalise(&last.text) == normalise(&s.text))
        {
            continue;
        }
        out.push(s);
    }
    out
}

fn normalise(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn collapse_loops(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| normalise(w)).collect();
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut skipped = false;
        for n in (1..=6).rev() {
            if i + 3 * n > words.len() {
                continue;
            }
            let phrase = &lower[i..i + n];
            let mut repeats = 1;
            while i + (repeats + 1) * n <= words.len()
                && &lower[i + repeats * n..i + (repeats + 1) * n] == phrase
            {
                repeats += 1;
            }
            if repeats >= 3 {
                out.extend(&words[i..i + n]);
                i += repeats * n;
                skipped = true;
                break;
            }
        }
        if !skipped {
            out.push(words[i]);
            i += 1;
        }
    }
    out.join(" ")
}

/// The segments' words as one text.
pub fn join(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str) -> Segment {
        Segment {
            start_s: 0.0,
            end_s: 1.0,
            text: text.into(),
            confidence: 0.9,
        }
    }

    #[test]
    fn loops_and_repeats_are_collapsed() {
        assert_eq!(
            collapse_loops("thank you thank you thank you thank you"),
            "thank you"
        );
        assert_eq!(
            collapse_loops("I went home. I went home."),
            "I went home. I went home."
        );
        let out = suppress_repeats(vec![seg("We left."), seg("we left"), seg("Then we ran.")]);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn descriptions_are_not_speech() {
        assert!(is_non_speech("[Music]"));
        assert!(is_non_speech("(silence)"));
        assert!(is_non_speech("..."));
        assert!(!is_non_speech("They came at night."));
    }

    #[test]
    fn text_past_the_end_of_its_piece_is_not_kept() {
        // Speech from 0 to 19.9 s and again from 20.3 s; the piece Whisper
        // heard ends at 20.2 s. Its "you" at 19.96–21.96 s lies mostly over
        // speech of the next piece, which it never heard.
        let voiced = [0..318_400, 324_800..640_000];
        let piece = 0..323_200;
        let invented = Segment {
            start_s: 19.96,
            end_s: 21.96,
            ..seg("you")
        };
        assert!(!voiced_enough(&voiced, 0.0, &piece, &invented));
        let real = Segment {
            start_s: 17.96,
            end_s: 19.96,
            ..seg("was stealing from the people.")
        };
        assert!(voiced_enough(&voiced, 0.0, &piece, &real));
        // The same with the recording starting 5 s into a longer one.
        let later = Segment {
            start_s: 24.96,
            end_s: 26.96,
            ..seg("you")
        };
        assert!(!voiced_enough(&voiced, 5.0, &piece, &later));
    }
}
