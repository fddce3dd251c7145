//! Playback through cpal into the private PulseAudio null sink (scripts/test.sh
//! starts it), heard back through its monitor with real capture: the recorded
//! answer really plays, pauses, and seeks.

mod common;

use std::time::{Duration, Instant};

use mock_hearing::audio::capture::{Capture, CaptureEvent, levels};
use mock_hearing::audio::playback::{Player, PlayerStatus};
use mock_hearing::audio::wav;

/// The loudest level heard on the sink's monitor for `seconds`, dBFS.
fn loudest_for(capture: &Capture, seconds: f64) -> f32 {
    // What was heard before this window does not count.
    while capture.events.try_recv().is_ok() {}
    let started = Instant::now();
    let mut loudest = -120f32;
    while started.elapsed().as_secs_f64() < seconds {
        if let Ok(CaptureEvent::Audio(samples)) =
            capture.events.recv_timeout(Duration::from_millis(100))
        {
            loudest = loudest.max(levels(&samples).0);
        }
    }
    loudest
}

/// The sound server is outside our control: a call into it that never
/// returns fails the test within two minutes instead of holding up CI.
#[test]
fn an_answer_plays_pauses_and_seeks() {
    let (done, finished) = std::sync::mpsc::channel();
    let body = std::thread::spawn(move || {
        plays_pauses_and_seeks();
        let _ = done.send(());
    });
    match finished.recv_timeout(Duration::from_secs(120)) {
        Ok(()) => {}
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            if let Err(panic) = body.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            panic!("playback did not finish within two minutes: the sound server stopped answering")
        }
    }
}

fn plays_pauses_and_seeks() {
    common::require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = common::speech(
        dir.path(),
        "answer",
        "en-us",
        "They came at night and took my brother to the police station in the centre of town.",
        &["-r", "16000", "-c", "1"],
    );
    let samples = wav::read_speech(&clip).expect("clip");
    let mut player = Player::start(samples);
    let opened = Instant::now();
    while *player.status() == PlayerStatus::Opening {
        assert!(
            opened.elapsed() < Duration::from_secs(10),
            "the output never opened"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        matches!(player.status(), PlayerStatus::Ready { .. }),
        "{:?}",
        player.status()
    );
    assert!(player.duration_s() > 3.0);

    // Paused: silence on the sink.
    let capture = Capture::start(None).expect("the null sink's monitor");
    let quiet = loudest_for(&capture, 0.8);
    player.play();
    let playing = loudest_for(&capture, 1.5);
    println!("paused {quiet:.1} dBFS, playing {playing:.1} dBFS");
    assert!(
        playing > quiet + 20.0,
        "playing {playing:.1} vs paused {quiet:.1}"
    );
    assert!(player.position_s() > 0.5, "the position follows the sound");

    player.pause();
    let held = player.position_s();
    std::thread::sleep(Duration::from_millis(400));
    assert!(
        (player.position_s() - held).abs() < 0.05,
        "pause holds the position"
    );

    player.seek(3.0);
    assert!((player.position_s() - 3.0).abs() < 0.01);
    player.play();
    std::thread::sleep(Duration::from_millis(600));
    assert!(player.position_s() > 3.2, "playing goes on from the seek");

    // Playing to the end stops by itself.
    player.seek(player.duration_s() - 0.2);
    player.play();
    std::thread::sleep(Duration::from_millis(800));
    assert!(!player.is_playing());
    capture.stop();
    drop(player);
}
