//! Real Whisper on real (synthetic) speech: espeak-ng speaks, sox converts, the
//! installed `base` model transcribes. `scripts/test.sh` installs all three.
//! One transcription at a time, on one thread.

mod common;

use std::path::{Path, PathBuf};

use common::{speech, tool, wer, words};
use std::sync::Mutex;

use mock_hearing::audio::wav;
use mock_hearing::speech::store;
use mock_hearing::speech::transcribe::{Options, Transcriber};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const ENGLISH: &str = "The soldiers came to our village at night and took my brother away. \
    We did not see him again for many weeks. My mother went to the police station every day, \
    but nobody would tell her where he was.";

fn model(name: &str) -> PathBuf {
    store::resolve(Some(name)).unwrap_or_else(|e| {
        panic!("{e} (scripts/test.sh installs the models before the tests run)")
    })
}

fn transcribe(
    model_name: &str,
    file: &Path,
    language: &str,
    translate: bool,
) -> mock_hearing::speech::transcribe::Transcript {
    let samples = wav::read_speech(file).expect("readable WAV");
    let transcriber = Transcriber::load(&model(model_name)).expect("model loads");
    let options = Options {
        language: Some(language.to_string()),
        translate,
        threads: 1,
    };
    transcriber
        .transcribe(&samples, &options)
        .expect("transcribes")
}

#[test]
fn clear_english_at_several_rates_and_channel_counts() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let variants: [(&str, &[&str]); 4] = [
        ("16k-mono", &["-r", "16000", "-c", "1"]),
        ("44k-stereo", &["-r", "44100", "-c", "2"]),
        (
            "48k-float",
            &["-r", "48000", "-c", "1", "-e", "floating-point", "-b", "32"],
        ),
        ("8k-24bit", &["-r", "8000", "-c", "1", "-b", "24"]),
    ];
    for (name, sox_args) in variants {
        let file = speech(dir.path(), name, "en-us+m3", ENGLISH, sox_args);
        let t = transcribe("base", &file, "auto", false);
        let rate = wer(ENGLISH, &t.text);
        println!(
            "{name}: wer={rate:.3} language={} text={:?}",
            t.language, t.text
        );
        assert_eq!(t.language, "en", "{name}");
        // 8 kHz telephone audio loses the top of the voice; it gets more room.
        let limit = if name == "8k-24bit" { 0.2 } else { 0.10 };
        assert!(
            rate <= limit,
            "{name}: word error rate {rate:.3} above {limit}: {:?}",
            t.text
        );
        assert!(!t.segments.is_empty());
        for s in &t.segments {
            assert!(s.confidence > 0.0 && s.confidence <= 1.0);
            assert!(s.end_s >= s.start_s && s.end_s <= t.duration_s + 1.0);
        }
    }
}

#[test]
fn silence_and_low_noise_give_no_words() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let silence = dir.path().join("silence.wav");
    let noise = dir.path().join("noise.wav");
    let hum = dir.path().join("hum.wav");
    tool(
        "sox",
        &[
            "-n",
            "-r",
            "16000",
            "-c",
            "1",
            silence.to_str().expect("path"),
            "trim",
            "0",
            "8",
        ],
    );
    tool(
        "sox",
        &[
            "-n",
            "-r",
            "16000",
            "-c",
            "1",
            noise.to_str().expect("path"),
            "synth",
            "8",
            "whitenoise",
            "vol",
            "0.02",
        ],
    );
    tool(
        "sox",
        &[
            "-n",
            "-r",
            "44100",
            "-c",
            "2",
            hum.to_str().expect("path"),
            "synth",
            "8",
            "sine",
            "50",
            "vol",
            "0.05",
        ],
    );
    for file in [&silence, &noise, &hum] {
        let t = transcribe("base", file, "auto", false);
        assert_eq!(t.text, "", "{}: invented {:?}", file.display(), t.text);
        assert!(t.segments.is_empty());
    }
}

#[test]
fn speech_after_silence_is_not_padded_with_invented_words() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let spoken = speech(
        dir.path(),
        "spoken",
        "en-us+m3",
        "I do not remember the exact date.",
        &["-r", "16000", "-c", "1"],
    );
    let file = dir.path().join("padded.wav");
    // Three seconds of silence before, six after.
    tool(
        "sox",
        &[
            spoken.to_str().expect("path"),
            file.to_str().expect("path"),
            "pad",
            "3",
            "6",
        ],
    );
    let t = transcribe("base", &file, "en", false);
    println!("{:?}", t.text);
    // Nothing is added around the words (Whisper's "Thank you." over silence).
    let said = words(&t.text);
    assert!(said.len() <= 8, "words were added: {:?}", t.text);
    assert!(said.contains(&"remember".to_string()), "{:?}", t.text);
    assert!(
        t.segments
            .iter()
            .all(|s| s.start_s >= 2.5 && s.end_s <= 6.5),
        "{:?}",
        t.segments
    );
}

#[test]
fn spanish_is_transcribed_and_translated_with_its_key_words() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "La policía llegó a mi casa el catorce de marzo y se llevó a mi hermano. Tengo miedo de volver a mi país.";
    let file = speech(
        dir.path(),
        "spanish",
        "es",
        text,
        &["-r", "22050", "-c", "1"],
    );
    let t = transcribe("base", &file, "es", true);
    println!("{:?} / {:?}", t.text, t.translation);
    let spanish = words(&t.text);
    for key in ["policía", "casa", "hermano", "miedo", "país"] {
        assert!(
            spanish.contains(&key.to_string()),
            "{key} missing from {:?}",
            t.text
        );
    }
    let english = words(t.translation.as_deref().unwrap_or(""));
    let kept = ["police", "house", "brother", "afraid", "country", "march"]
        .iter()
        .filter(|k| english.contains(&k.to_string()))
        .count();
    assert!(
        kept >= 4,
        "only {kept} key words kept in {:?}",
        t.translation
    );
}

#[test]
fn english_only_model_transcribes_too() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let file = speech(
        dir.path(),
        "tiny",
        "en-us+m3",
        ENGLISH,
        &["-r", "16000", "-c", "1"],
    );
    let t = transcribe("tiny.en", &file, "auto", false);
    println!("tiny.en wer={:.3}", wer(ENGLISH, &t.text));
    assert!(wer(ENGLISH, &t.text) <= 0.2, "{:?}", t.text);
}

#[test]
fn word_error_rate_is_measured_right() {
    assert_eq!(wer("a b c d", "a b c d"), 0.0);
    assert_eq!(wer("a b c d", "a x c d"), 0.25);
    assert_eq!(wer("a b c d", "a b c"), 0.25);
}

#[test]
fn streaming_gives_the_same_words_as_batch() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir().expect("temp dir");
    let text = format!("{ENGLISH} {ENGLISH}");
    let file = speech(
        dir.path(),
        "stream",
        "en-us+m3",
        &text,
        &["-r", "16000", "-c", "1"],
    );
    let samples = wav::read_speech(&file).expect("WAV");
    let transcriber = Transcriber::load(&model("base")).expect("model");
    let stream = mock_hearing::speech::stream::StreamingTranscriber::start(
        std::sync::Arc::new(transcriber),
        Options {
            language: Some("en".into()),
            translate: false,
            threads: 1,
        },
    );
    for chunk in samples.chunks(1_600) {
        stream.push(chunk);
    }
    let (t, busy_s) = stream.finish().expect("final transcript");
    let rate = wer(&text, &t.text);
    println!("stream wer={rate:.3} busy={busy_s:.2}s text={:?}", t.text);
    assert!(rate <= 0.10, "word error rate {rate:.3}: {:?}", t.text);
    assert!(t.segments.windows(2).all(|w| w[0].start_s <= w[1].start_s));
}
