//! The real app, driven through egui_kittest as a person would: create the
//! encrypted workspace, rehearse a whole interview with typed answers, review
//! the findings and mark one, and make a mistake in the scenario editor that
//! is shown at its line and column. Snapshot images of the main screens are
//! compared on software rendering (`UPDATE_SNAPSHOTS=1` accepts new ones).

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::app::{run_until, settle, type_into};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mock_hearing::rehearsal::{AnswerHow, Mark};
use mock_hearing::store::{SessionDir, Workspace};
use mock_hearing::ui::{App, AppConfig, ReviewView, Screen};

const PASSPHRASE: &str = "green tea at dawn";

fn config(dir: &Path, snapshot_mode: bool) -> AppConfig {
    AppConfig {
        workspace_root: dir.join("workspace"),
        scenarios_dir: Some(dir.join("scenarios")),
        load_speech: false,
        load_fonts: false,
        snapshot_mode,
    }
}

fn harness(config: AppConfig) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(config));
    settle(&mut harness);
    harness
}

/// Creates the workspace through the first screen.
fn create_workspace(harness: &mut Harness<'static, App>) {
    assert!(
        harness
            .query_all_by_label_contains("Choose a passphrase")
            .next()
            .is_some()
    );
    type_into(harness, Role::PasswordInput, 0, PASSPHRASE);
    type_into(harness, Role::PasswordInput, 1, PASSPHRASE);
    harness.get_by_label("Create my workspace").click();
    settle(harness);
    run_until(harness, "the workspace", |h| {
        h.state().screen() == Screen::Library
    });
}

fn submit_typed(harness: &mut Harness<'static, App>, text: &str) {
    let before = harness
        .state()
        .rehearsal()
        .map_or(0, |r| r.rehearsal().session().exchanges.len());
    type_into(harness, Role::MultilineTextInput, 0, text);
    harness.get_by_label("Submit typed answer").click();
    settle(harness);
    run_until(harness, "the answer to be checked", |h| {
        h.state()
            .rehearsal()
            .map_or(0, |r| r.rehearsal().session().exchanges.len())
            > before
    });
}

#[test]
fn the_first_frame_appears_before_the_speech_model_has_loaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = config(dir.path(), false);
    config.load_speech = true;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(config));
    harness.step();
    assert!(
        harness
            .query_all_by_label_contains("Choose a passphrase")
            .next()
            .is_some()
    );
    run_until(&mut harness, "the model", |h| !h.state().model_loading());
    assert!(
        harness
            .query_all_by_label_contains("Speech recognition is ready")
            .next()
            .is_some(),
        "the real model loaded"
    );
    let (first_frame, model_ready) = harness.state().first_frame_and_model_ready();
    let (first_frame, model_ready) = (
        first_frame.expect("a frame"),
        model_ready.expect("the model"),
    );
    assert!(
        first_frame < model_ready,
        "the first frame came {:?} after the model was ready",
        first_frame.saturating_duration_since(model_ready)
    );
}

#[test]
fn a_whole_rehearsal_with_typed_answers_then_a_review_with_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(config(dir.path(), true));
    harness.snapshot("unlock");
    create_workspace(&mut harness);

    // The sample client is there on first start, with the statement.
    assert!(
        harness
            .query_by_label_contains("Elena (sample, fictional)")
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("not legal advice")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("no one else sees this")
            .next()
            .is_some()
    );
    harness
        .get_by_label_contains("Warm-up: getting used")
        .click();
    settle(&mut harness);
    assert_eq!(harness.state().library().selected_id(), Some("warm-up"));
    harness.snapshot("library");
    harness.get_by_label_contains("Rehearse with Elena").click();
    settle(&mut harness);
    // Content warnings, if any, come first.
    if let Some(begin) = harness.query_by_label("Begin") {
        begin.click();
        settle(&mut harness);
    }
    run_until(&mut harness, "the rehearsal", |h| {
        h.state().screen() == Screen::Rehearsal
    });
    assert!(
        harness
            .query_all_by_label_contains("do you understand me")
            .next()
            .is_some()
            || harness
                .query_all_by_label_contains("understand me clearly")
                .next()
                .is_some()
    );
    harness.snapshot("rehearsal");

    // A break holds the question.
    harness.get_by_label("Take a break").click();
    settle(&mut harness);
    assert!(
        harness
            .query_all_by_label_contains("Take all the time you need")
            .next()
            .is_some()
    );
    harness.get_by_label("I'm ready to continue").click();
    settle(&mut harness);

    submit_typed(&mut harness, "Yes, I understand you.");
    submit_typed(&mut harness, "I am a little nervous but I am well.");
    submit_typed(&mut harness, "Elena Beatriz Castillo Mairena.");
    // A birth year that differs from the statement: a finding.
    submit_typed(&mut harness, "I was born on the 3rd of August 1992.");
    submit_typed(&mut harness, "Spanish, and some English.");
    submit_typed(
        &mut harness,
        "I lived in León with my mother and my son. In the mornings I took my son to school, then I taught English until two.",
    );
    // "I don't remember" is a valid answer.
    harness.get_by_label("I don't remember").click();
    settle(&mut harness);
    // Answer whatever remains, follow-ups included, until the end.
    let mut guard = 0;
    while harness
        .state()
        .rehearsal()
        .is_some_and(|r| r.rehearsal().current().is_some())
    {
        guard += 1;
        assert!(guard < 10, "the warm-up should end");
        submit_typed(&mut harness, "No, thank you. I have nothing to add.");
    }
    assert!(
        harness
            .query_all_by_label_contains("The interview is over")
            .next()
            .is_some()
    );
    let session = harness
        .state()
        .rehearsal()
        .expect("the rehearsal")
        .rehearsal()
        .session()
        .clone();
    assert!(session.finished_at.is_some());
    assert!(
        session
            .exchanges
            .iter()
            .any(|e| e.answer.how == AnswerHow::DontRemember)
    );
    assert!(session.exchanges.len() >= 8);
    let findings = session.findings().count();
    assert!(
        findings >= 2,
        "the birth year and the town differ from the statement: {findings}"
    );

    // Review: the summary, then the answer with the date finding.
    harness.get_by_label("Review this session").click();
    settle(&mut harness);
    run_until(&mut harness, "the review", |h| {
        h.state().screen() == Screen::Review
    });
    assert!(
        harness
            .query_all_by_label_contains("One-page summary")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("What matters most")
            .next()
            .is_some()
    );
    harness
        .get_by_label_contains("What is your date of birth")
        .click();
    settle(&mut harness);
    assert!(matches!(
        harness.state().review().map(|r| r.view),
        Some(ReviewView::Answer(_))
    ));
    assert!(
        harness
            .query_all_by_label_contains("3 August 1990")
            .next()
            .is_some(),
        "the statement side"
    );
    assert!(
        harness.query_all_by_label_contains("1992").next().is_some(),
        "the answer side"
    );
    assert!(
        harness
            .query_all_by_label_contains("Statement, paragraph 1")
            .next()
            .is_some()
    );
    // Wait until the list of answers shows its last question before the
    // picture: one clean run caught the list with only Q1 to Q4 drawn.
    run_until(&mut harness, "the whole list of answers", |h| {
        h.query_all_by_label_contains("Q10.").next().is_some()
    });
    harness.snapshot("review");
    harness.get_by_label("fix the declaration").click();
    settle(&mut harness);
    let marked = harness
        .state()
        .review()
        .expect("review")
        .session
        .findings()
        .any(|(_, f)| f.mark == Some(Mark::FixDeclaration));
    assert!(marked);

    // The mark is saved, encrypted, by the worker.
    let root = dir.path().join("workspace");
    let started = Instant::now();
    loop {
        let workspace = Workspace::open(&root, PASSPHRASE).expect("opens");
        let client = workspace.clients().expect("clients")[0].client.id.clone();
        let saved = workspace.sessions(&client);
        if saved.iter().any(|(_, s)| {
            s.findings()
                .any(|(_, f)| f.mark == Some(Mark::FixDeclaration))
        }) {
            let (dir, _): &(SessionDir, _) = &saved[0];
            assert!(dir.vault().is_sealed());
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the mark was never saved"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_scenario_editor_shows_a_mistake_at_its_line_and_column_as_you_type() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(config(dir.path(), true));
    create_workspace(&mut harness);
    harness.get_by_label("Scenario editor").click();
    settle(&mut harness);
    assert_eq!(harness.state().screen(), Screen::Editor);
    assert!(
        harness
            .query_all_by_label_contains("No problems")
            .next()
            .is_some()
    );
    // A typo in a field name, typed into the editor.
    harness.state_mut().editor_mut().text = harness.state().editor().text.replace(
        "    title: \"My interview\",",
        "    titel: \"My interview\",",
    );
    settle(&mut harness);
    let problems = &harness.state().editor().problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].position.line, 5);
    assert!(
        harness
            .query_all_by_label_contains("line 5, column 5")
            .next()
            .is_some()
    );
    assert!(
        harness
            .query_all_by_label_contains("titel")
            .next()
            .is_some()
    );
    harness.snapshot("editor");
    // Typing a fix clears it.
    harness.state_mut().editor_mut().text = mock_hearing::ui::SCENARIO_TEMPLATE.to_string();
    settle(&mut harness);
    assert!(
        harness
            .query_all_by_label_contains("No problems")
            .next()
            .is_some()
    );
}

#[test]
fn a_wrong_passphrase_is_refused_and_the_lock_asks_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(config(dir.path(), true));
    create_workspace(&mut harness);
    harness.get_by_label("Lock").click();
    settle(&mut harness);
    assert_eq!(harness.state().screen(), Screen::Unlock);
    assert!(
        harness
            .query_all_by_label_contains("Unlock your workspace")
            .next()
            .is_some()
    );
    type_into(&mut harness, Role::PasswordInput, 0, "not my passphrase");
    harness.get_by_label("Unlock").click();
    settle(&mut harness);
    run_until(&mut harness, "the refusal", |h| {
        h.query_all_by_label_contains("passphrase is wrong")
            .next()
            .is_some()
    });
    assert_eq!(harness.state().screen(), Screen::Unlock);
    type_into(&mut harness, Role::PasswordInput, 0, PASSPHRASE);
    harness.get_by_label("Unlock").click();
    settle(&mut harness);
    run_until(&mut harness, "the library", |h| {
        h.state().screen() == Screen::Library
    });
}

#[test]
fn an_interrupted_rehearsal_is_offered_on_the_next_start_with_its_recording() {
    use mock_hearing::rehearsal::{Answer, Rehearsal};
    use mock_hearing::store::{CLIENT_FORMAT_VERSION, Client};
    let dir = tempfile::tempdir().expect("temp dir");
    // What a rehearsal leaves when the app stops mid-answer: two answers
    // saved, and the recording of the third under way.
    let root = dir.path().join("workspace");
    let workspace = Workspace::create(&root, PASSPHRASE).expect("workspace");
    let client = Client {
        format_version: CLIENT_FORMAT_VERSION,
        id: Workspace::new_id("c"),
        alias: "Amina".to_string(),
        language: "en".to_string(),
        jurisdiction: None,
        created_at: String::new(),
        sample: false,
    };
    workspace.save_client(&client).expect("client");
    let entry = mock_hearing::scenario::built_in()
        .into_iter()
        .find(|e| e.scenario.id == "warm-up")
        .expect("warm-up");
    let session_dir = workspace.session_dir(&client.id, "s1").expect("session");
    let ron = ron::ser::to_string_pretty(&entry.scenario, ron::ser::PrettyConfig::default())
        .expect("scenario as RON");
    session_dir.save_scenario(&ron).expect("scenario saved");
    let mut rehearsal = Rehearsal::new(entry.scenario, 1, "s1", "2026-01-05T09:00:00Z");
    rehearsal.answer(Answer::typed("Yes."), None, vec![]);
    rehearsal.answer(Answer::typed("I am well, thank you."), None, vec![]);
    session_dir.save(rehearsal.session()).expect("saved");
    let name = session_dir.audio_name(
        3,
        &rehearsal.current().expect("a third question").question_id,
    );
    let tone: Vec<f32> = (0..16_000 * 3)
        .map(|i| (i as f32 * 0.05).sin() * 0.3)
        .collect();
    session_dir
        .write_audio(&name, &tone)
        .expect("partial recording");

    let mut harness = harness(config(dir.path(), true));
    type_into(&mut harness, Role::PasswordInput, 0, PASSPHRASE);
    harness.get_by_label("Unlock").click();
    run_until(&mut harness, "the library", |h| {
        h.state().screen() == Screen::Library
    });
    assert_eq!(harness.state().interrupted().len(), 1);
    assert!(
        harness
            .query_all_by_label_contains("An interrupted rehearsal was found")
            .next()
            .is_some()
    );
    harness.get_by_label("Recover and continue").click();
    run_until(&mut harness, "the recovered rehearsal", |h| {
        h.state().screen() == Screen::Rehearsal
    });
    let recovered = harness.state().rehearsal().expect("rehearsal").rehearsal();
    assert_eq!(recovered.session().exchanges.len(), 2);
    assert_eq!(recovered.current_number(), 3);
    assert!(
        harness
            .query_all_by_label_contains("A recording of 0:03 for this question was recovered")
            .next()
            .is_some()
    );
}

#[test]
fn names_and_statements_in_other_scripts_are_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = config(dir.path(), true);
    config.load_fonts = true;
    let mut harness = harness(config);
    create_workspace(&mut harness);
    run_until(&mut harness, "the fonts", |h| {
        h.state().font_scripts().is_some()
    });
    let scripts = harness.state().font_scripts().expect("fonts").to_vec();
    for script in ["arabic", "ethiopic", "devanagari", "cjk"] {
        assert!(
            scripts.contains(&script),
            "no {script} font: install fonts-noto-core and fonts-noto-cjk (scripts/test.sh does)"
        );
    }
    // A name in Amharic, Arabic, Hindi and Chinese: drawing a letter without a
    // font fails this test (kittest refuses missing glyphs).
    harness.get_by_label("New client").click();
    settle(&mut harness);
    let name = "ሰላም مرحبا नमस्ते 你好";
    type_into(&mut harness, Role::TextInput, 0, name);
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        0,
        "1. ተወልጄ ያደግኩት በአስመራ ነው። 我在北京出生。",
    );
    harness.get_by_label("Save client").click();
    run_until(&mut harness, "the client", |h| {
        h.query_all_by_label_contains("ሰላም").next().is_some()
    });
}
