//! `mock-hearing transcribe` and `models` as a user runs them: JSON as the
//! design says, and clear refusals of bad files.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args(args)
        .env("MOCK_HEARING_THREADS", "1")
        .output()
        .expect("run mock-hearing");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn json_output_has_the_documented_shape() {
    let dir = tempfile::tempdir().expect("temp dir");
    let raw = dir.path().join("raw.wav");
    let wav = dir.path().join("answer.wav");
    let status = Command::new("espeak-ng")
        .args([
            "-v",
            "en-us+m3",
            "-s",
            "135",
            "-w",
            raw.to_str().expect("path"),
            "I was born in Mexico and I left my country last year.",
        ])
        .status()
        .expect("espeak-ng (scripts/test.sh installs it)");
    assert!(status.success());
    let status = Command::new("sox")
        .args([
            raw.to_str().expect("path"),
            "-r",
            "16000",
            "-c",
            "1",
            wav.to_str().expect("path"),
        ])
        .status()
        .expect("sox");
    assert!(status.success());
    let (code, out, err) = run(&[
        "transcribe",
        wav.to_str().expect("path"),
        "--format",
        "json",
        "--model",
        "tiny.en",
    ]);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let mut keys: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, ["duration_s", "language", "segments", "text"]);
    assert_eq!(json["language"], "en");
    assert!(
        json["text"]
            .as_str()
            .expect("text")
            .to_lowercase()
            .contains("mexico")
    );
    let segment = &json["segments"][0];
    for key in ["start_s", "end_s", "text", "confidence"] {
        assert!(!segment[key].is_null(), "segment lacks {key}");
    }
}

#[test]
fn bad_files_are_refused_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = dir.path().join("notes.wav");
    std::fs::write(&text, "this is not audio").expect("write");
    let (code, _, err) = run(&["transcribe", text.to_str().expect("path")]);
    assert_eq!(code, 1);
    assert!(err.contains("not a readable WAV file"), "{err}");

    let empty = dir.path().join("empty.wav");
    std::fs::write(&empty, "").expect("write");
    let (code, _, err) = run(&["transcribe", empty.to_str().expect("path")]);
    assert_eq!(code, 1);
    assert!(err.contains("WAV"), "{err}");

    // A header with no samples after it.
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let header_only = dir.path().join("header.wav");
    hound::WavWriter::create(&header_only, spec)
        .expect("wav")
        .finalize()
        .expect("finalize");
    let (code, _, err) = run(&["transcribe", header_only.to_str().expect("path")]);
    assert_eq!(code, 1);
    assert!(err.contains("holds no audio"), "{err}");

    // A file cut off mid-way (as after a crash) still gives what it holds.
    let cut = dir.path().join("cut.wav");
    let mut writer = hound::WavWriter::create(&cut, spec).expect("wav");
    for i in 0..32_000 {
        writer
            .write_sample(((i as f32 * 0.05).sin() * 3000.0) as i16)
            .expect("sample");
    }
    writer.finalize().expect("finalize");
    let bytes = std::fs::read(&cut).expect("read");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("truncate");
    let (code, _, err) = run(&[
        "transcribe",
        cut.to_str().expect("path"),
        "--model",
        "tiny.en",
    ]);
    assert_eq!(code, 0, "{err}");

    let (code, _, err) = run(&["transcribe", "/no/such.wav"]);
    assert_eq!(code, 1);
    assert!(err.contains("check the path"), "{err}");
}

#[test]
fn a_missing_model_names_the_command_that_fixes_it() {
    let (code, _, err) = run(&["transcribe", "/dev/null", "--model", "huge-v9"]);
    assert_eq!(code, 1);
    let data = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args(["models", "list"])
        .env("MOCK_HEARING_DATA_DIR", data.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("mock-hearing models install"));
    let _ = err;
}
