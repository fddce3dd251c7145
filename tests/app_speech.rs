//! A spoken answer through the real app: the record button (Space) captures
//! from the private PulseAudio null sink (scripts/test.sh starts it) while
//! espeak-ng speech plays into it, the transcript grows as it is spoken, and
//! the final transcript, check and save happen on workers while frames keep
//! coming: the UI never waits on the model.

mod common;

use std::time::{Duration, Instant};

use common::app::{run_until, settle, type_into};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mock_hearing::rehearsal::AnswerHow;
use mock_hearing::ui::{App, AppConfig, Screen};

const SPOKEN: &str = "I left my country because the police came to my house and took my brother. \
    They said that he was working against the government. After that night my mother and I \
    hid with my aunt in another town for two weeks.";

#[test]
fn a_spoken_answer_streams_and_is_finished_while_frames_keep_coming() {
    common::require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = common::speech(
        dir.path(),
        "answer",
        "en-us+m3",
        SPOKEN,
        &["-r", "16000", "-c", "1"],
    );
    let config = AppConfig {
        workspace_root: dir.path().join("workspace"),
        scenarios_dir: None,
        load_speech: true,
        load_fonts: false,
        snapshot_mode: true,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(config));
    settle(&mut harness);
    type_into(&mut harness, Role::PasswordInput, 0, "a quiet harbour");
    type_into(&mut harness, Role::PasswordInput, 1, "a quiet harbour");
    harness.get_by_label("Create my workspace").click();
    run_until(&mut harness, "the workspace", |h| {
        h.state().screen() == Screen::Library
    });
    settle(&mut harness);

    // A new English-speaking client, with a statement pasted in.
    harness.get_by_label("New client").click();
    settle(&mut harness);
    type_into(&mut harness, Role::TextInput, 0, "Sam");
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        0,
        "1. I left my country in 2019 because the police came to my house and took my brother.",
    );
    harness.get_by_label("Save client").click();
    run_until(&mut harness, "the new client", |h| {
        h.query_all_by_label_contains("Rehearse with Sam")
            .next()
            .is_some()
            || h.query_all_by_label_contains("Sam\n").next().is_some()
    });
    settle(&mut harness);
    harness
        .get_by_label_contains("Warm-up: getting used")
        .click();
    settle(&mut harness);
    harness.get_by_label_contains("Rehearse with Sam").click();
    run_until(&mut harness, "the rehearsal", |h| {
        h.state().screen() == Screen::Rehearsal
    });
    run_until(&mut harness, "the model", |h| !h.state().model_loading());
    settle(&mut harness);

    // Space starts recording.
    harness.key_press(egui::Key::Space);
    run_until(&mut harness, "recording", |h| {
        h.state().rehearsal().is_some_and(|r| r.is_recording())
    });
    let player = common::play_later(&clip, Duration::ZERO);
    let speaking = Instant::now();
    let mut heard_while_speaking = String::new();
    let clip_s = hound::WavReader::open(&clip).expect("clip").duration() as f64 / 16_000.0;
    while speaking.elapsed().as_secs_f64() < clip_s + 1.0 {
        harness.step();
        if let Some(r) = harness.state().rehearsal()
            && !r.partial_transcript().is_empty()
        {
            heard_while_speaking = r.partial_transcript().to_string();
        }
        std::thread::sleep(Duration::from_millis(30));
    }
    let _ = player.join();
    // Space stops; the answer is finished on a worker while frames go on.
    harness.key_press(egui::Key::Space);
    harness.step();
    let mut frames_while_finishing = 0;
    let finishing = Instant::now();
    while harness
        .state()
        .rehearsal()
        .is_some_and(|r| r.is_recording() || r.is_finishing())
    {
        assert!(
            finishing.elapsed() < Duration::from_secs(120),
            "the answer never finished"
        );
        harness.step();
        if harness
            .state()
            .rehearsal()
            .is_some_and(|r| r.is_finishing())
        {
            frames_while_finishing += 1;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    println!(
        "heard while speaking: {heard_while_speaking:?}; frames while finishing: {frames_while_finishing}"
    );
    assert!(
        frames_while_finishing >= 3,
        "frames kept coming while the answer was transcribed"
    );
    assert!(
        !heard_while_speaking.is_empty(),
        "the transcript grew on screen while the client was still speaking"
    );

    let session = harness
        .state()
        .rehearsal()
        .expect("rehearsal")
        .rehearsal()
        .session()
        .clone();
    let answer = &session.exchanges.first().expect("the answer").answer;
    assert_eq!(answer.how, AnswerHow::Spoken);
    let error = common::wer(SPOKEN, &answer.text);
    println!("final transcript: {:?} (WER {error:.3})", answer.text);
    assert!(error <= 0.2, "WER {error:.3}: {}", answer.text);
    assert!(answer.duration_s.unwrap_or(0.0) >= clip_s - 1.0);
    assert!(
        answer
            .audio
            .as_deref()
            .is_some_and(|a| a.ends_with(".audio.age")),
        "the recording is kept, sealed"
    );

    // The review plays the sealed recording back.
    harness.get_by_label("End the interview").click();
    settle(&mut harness);
    harness.get_by_label("Review this session").click();
    run_until(&mut harness, "the review", |h| {
        h.state().screen() == Screen::Review
    });
    settle(&mut harness);
    harness.get_by_label_contains("Q1.").click();
    run_until(&mut harness, "the player", |h| {
        h.query_all_by_label("Play the answer").next().is_some()
    });
    harness.get_by_label("Play the answer").click();
    run_until(&mut harness, "playback", |h| {
        h.state().review().is_some_and(|r| r.is_playing())
    });
}
