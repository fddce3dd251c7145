//! Real capture through cpal from a private PulseAudio null sink (started by
//! scripts/test.sh): known espeak-ng speech is played into it with paplay and
//! recorded by `mock-hearing record`, as a user would.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use common::{play_later, require_sound_server, sound_server_up, speech, wer};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const SPOKEN: &str = "I left my country because the police were looking for me. \
    They came to my house twice and took my passport.";

fn spoken_clip(dir: &Path) -> PathBuf {
    speech(
        dir,
        "spoken",
        "en-us+m3",
        SPOKEN,
        &["-r", "16000", "-c", "1"],
    )
}

/// Waits for the first audio in `out` and returns that moment: time counts
/// from there, so a slow start-up does not count.
fn audio_on_disk(out: &Path) -> std::time::Instant {
    let wait_from = std::time::Instant::now();
    while std::fs::metadata(out).map_or(0, |m| m.len()) < 2_000
        && wait_from.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::time::Instant::now()
}

#[test]
fn records_played_speech_that_the_model_understands() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = spoken_clip(dir.path());
    let clip_s = hound::WavReader::open(&clip).expect("clip").duration() as f64 / 16_000.0;
    let out = dir.path().join("answer.wav");
    let player = play_later(&clip, Duration::from_millis(800));
    let seconds = (clip_s + 2.5).ceil();
    let status = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args([
            "record",
            "--seconds",
            &seconds.to_string(),
            "--out",
            out.to_str().expect("path"),
        ])
        .status()
        .expect("run record");
    let _ = player.join();
    assert!(status.success());

    let reader = hound::WavReader::open(&out).expect("a valid WAV");
    let spec = reader.spec();
    assert_eq!((spec.sample_rate, spec.channels), (16_000, 1));
    let recorded_s = reader.duration() as f64 / 16_000.0;
    assert!(
        (recorded_s - seconds).abs() < 0.05,
        "recorded {recorded_s} s, asked {seconds}"
    );
    let samples: Vec<f32> = reader
        .into_samples::<i16>()
        .map_while(Result::ok)
        .map(|s| s as f32 / 32768.0)
        .collect();
    let rms = (samples.iter().map(|s| s * s).sum::<f32>() / samples.len() as f32).sqrt();
    assert!(
        20.0 * rms.log10() > -40.0,
        "the recording is nearly silent: {} dBFS",
        20.0 * rms.log10()
    );

    let out_text = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args([
            "transcribe",
            out.to_str().expect("path"),
            "--model",
            "base",
            "--language",
            "en",
        ])
        .env("MOCK_HEARING_THREADS", "1")
        .output()
        .expect("transcribe");
    let text = String::from_utf8_lossy(&out_text.stdout);
    let rate = wer(SPOKEN, &text);
    println!("recorded {recorded_s:.2} s, wer={rate:.3}: {text}");
    assert!(rate <= 0.15, "word error rate {rate:.3}: {text}");
}

#[test]
fn a_killed_recording_keeps_all_but_the_last_second() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = spoken_clip(dir.path());
    let out = dir.path().join("killed.wav");
    let player = play_later(&clip, Duration::from_millis(300));
    let mut child = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args([
            "record",
            "--seconds",
            "30",
            "--out",
            out.to_str().expect("path"),
        ])
        .spawn()
        .expect("run record");
    let started = audio_on_disk(&out);
    std::thread::sleep(Duration::from_secs(4));
    let alive_s = started.elapsed().as_secs_f64();
    // SIGKILL: no chance to finish the file.
    let killed = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let _ = child.wait();
    let _ = player.join();

    let reader = hound::WavReader::open(&out).expect("the WAV on disk is valid after SIGKILL");
    let kept_s = reader.duration() as f64 / 16_000.0;
    println!("ran {alive_s:.2} s, kept {kept_s:.2} s");
    // At most the last second may be missing (the header is rewritten twice a
    // second).
    assert!(
        kept_s >= alive_s - 1.0,
        "kept only {kept_s:.2} s of {alive_s:.2} s"
    );
    let samples: Vec<i16> = reader.into_samples::<i16>().map_while(Result::ok).collect();
    assert_eq!(
        samples.len() as f64 / 16_000.0,
        kept_s,
        "every sample the header promises is there"
    );
    assert!(
        samples.iter().any(|s| s.unsigned_abs() > 1000),
        "the played speech is in the file"
    );
}

#[test]
fn without_any_device_record_says_what_to_check() {
    let empty = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args([
            "record",
            "--seconds",
            "2",
            "--out",
            empty.path().join("x.wav").to_str().expect("path"),
        ])
        .env("XDG_RUNTIME_DIR", empty.path())
        .env("PULSE_SERVER", "unix:/nonexistent/pulse")
        .output()
        .expect("run record");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no microphone found"), "{err}");
    assert!(err.contains("mock-hearing devices"), "{err}");
}

#[test]
fn devices_lists_the_null_sink_as_default() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    require_sound_server();
    let out = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .arg("devices")
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("* ") && l.contains("PulseAudio")),
        "{text}"
    );
}

#[test]
fn the_engine_reports_levels_pauses_and_stops_at_the_maximum() {
    use mock_hearing::audio::engine::{EngineCommand, EngineEvent, RecordingEngine};
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = spoken_clip(dir.path());
    let out = dir.path().join("engine.wav");
    let player = play_later(&clip, Duration::from_millis(100));
    let engine = RecordingEngine::start(&out, None, 4.0);
    let started = std::time::Instant::now();
    let (mut levels, mut loud, mut samples) = (0, 0, 0usize);
    let mut paused_at: Option<std::time::Instant> = None;
    let mut resumed = false;
    let mut ended = None;
    while ended.is_none() && started.elapsed() < Duration::from_secs(20) {
        // Resume a second after pausing.
        if !resumed && paused_at.is_some_and(|t| t.elapsed() >= Duration::from_secs(1)) {
            engine.send(EngineCommand::Resume);
            resumed = true;
        }
        let Ok(event) = engine.events.recv_timeout(Duration::from_millis(200)) else {
            continue;
        };
        match event {
            EngineEvent::Level { rms_db, .. } => {
                levels += 1;
                if rms_db > -40.0 {
                    loud += 1;
                }
            }
            EngineEvent::Samples(s) => {
                samples += s.len();
                // Pause after two seconds of audio.
                if samples >= 32_000 && paused_at.is_none() {
                    engine.send(EngineCommand::Pause);
                    paused_at = Some(std::time::Instant::now());
                }
            }
            EngineEvent::Ended {
                seconds,
                reason,
                reached_max,
            } => ended = Some((seconds, reason, reached_max)),
            EngineEvent::Started { .. } => {}
        }
    }
    let _ = player.join();
    let (seconds, reason, reached_max) = ended.expect("the engine ended");
    assert_eq!(reason, None);
    assert!(reached_max);
    assert!((seconds - 4.0).abs() < 0.01, "{seconds}");
    // About 30 level reports a second of audio, and the speech is loud.
    assert!(
        (100..=140).contains(&levels),
        "{levels} level reports for 4 s"
    );
    assert!(loud > 20, "only {loud} loud reports");
    // Four seconds of audio took at least a second longer: the pause was not recorded.
    let wall = started.elapsed().as_secs_f64();
    assert!(
        wall >= 4.8,
        "4 s recorded in {wall:.2} s despite a 1 s pause"
    );
    assert_eq!(samples, 64_000);
    let reader = hound::WavReader::open(&out).expect("valid WAV");
    assert_eq!(reader.duration(), 64_000);
}

/// Starts the private sound server again (as scripts/test.sh does) when dropped.
struct RestartSoundServer;

impl Drop for RestartSoundServer {
    fn drop(&mut self) {
        let _ = Command::new("pulseaudio")
            .args([
                "--daemonize=yes",
                "--exit-idle-time=-1",
                "-n",
                "--load=module-native-protocol-unix",
                "--load=module-null-sink sink_name=vmic rate=16000 channels=1",
                "--load=module-always-sink",
            ])
            .stderr(Stdio::null())
            .status();
        for _ in 0..20 {
            if sound_server_up() {
                break;
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }
}

#[test]
fn a_microphone_that_disappears_mid_recording_keeps_what_was_said() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = spoken_clip(dir.path());
    let player = play_later(&clip, Duration::from_millis(300));
    let out = dir.path().join("cut.wav");
    let recorder = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args(["record", "--seconds", "30", "--out"])
        .arg(&out)
        .stderr(Stdio::piped())
        .spawn()
        .expect("run record");
    let started = audio_on_disk(&out);
    std::thread::sleep(Duration::from_secs(3));
    let alive_s = started.elapsed().as_secs_f64();
    // The whole sound system goes away (a USB headset unplugged from a
    // machine with no other microphone looks the same to the program).
    let _restart = RestartSoundServer;
    let killed = Command::new("pulseaudio")
        .arg("--kill")
        .status()
        .expect("pulseaudio");
    assert!(killed.success());
    let _ = player.join();
    let done = recorder.wait_with_output().expect("record ends");
    let message = String::from_utf8_lossy(&done.stderr);
    println!("{message}");
    assert_eq!(done.status.code(), Some(1), "{message}");
    assert!(!message.contains("panicked"), "{message}");
    assert!(message.contains("saved in"), "{message}");
    let reader = hound::WavReader::open(&out).expect("what was recorded is a valid WAV");
    let kept_s = reader.duration() as f64 / 16_000.0;
    assert!(
        kept_s >= alive_s - 1.0,
        "kept only {kept_s:.2} s of {alive_s:.2} s"
    );
    let samples: Vec<i16> = reader.into_samples::<i16>().map_while(Result::ok).collect();
    assert!(
        samples.iter().any(|s| s.unsigned_abs() > 1000),
        "the speech before the cut is there"
    );
}

#[test]
fn a_full_disk_is_named_plainly() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    require_sound_server();
    // /dev/full refuses every write with "no space left on device".
    let done = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args(["record", "--seconds", "3", "--out", "/dev/full"])
        .output()
        .expect("run record");
    let message = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(1), "{message}");
    assert!(!message.contains("panicked"), "{message}");
    assert!(message.contains("No space left on device"), "{message}");
    assert!(message.contains("free some disk space"), "{message}");
}
