//! A rehearsal killed with SIGKILL mid-answer is recovered on the next start:
//! every answer before it, and the recording of the current one, all but its
//! last second, readable only with the passphrase.
//!
//! The killed process is this test binary itself, re-run as a helper that does
//! what the app does during a rehearsal: an encrypted workspace, a client, two
//! typed answers saved one by one, then real cpal capture from the private
//! PulseAudio null sink (scripts/test.sh starts it) straight into the sealed
//! session while espeak-ng speech plays into the sink.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mock_hearing::audio::engine::{EngineEvent, RecordingEngine};
use mock_hearing::consistency::Checker;
use mock_hearing::rehearsal::{Answer, AnswerHow, Rehearsal, check_answer};
use mock_hearing::speech::store as models;
use mock_hearing::speech::transcribe::{Options, Transcriber};
use mock_hearing::statement::Statement;
use mock_hearing::store::{CLIENT_FORMAT_VERSION, Client, Workspace};

const PASSPHRASE: &str = "seven quiet lanterns";
const HELPER_ENV: &str = "MOCK_HEARING_RECOVERY_HELPER";
const SPOKEN: &str = "The men from the party came to our house at night and took my brother away.";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The killed process: what the app does during a rehearsal, until killed.
fn rehearse_into_a_workspace_until_killed(workspace_root: &Path) -> ! {
    let workspace = Workspace::create(workspace_root, PASSPHRASE).expect("workspace");
    let client = Client {
        format_version: CLIENT_FORMAT_VERSION,
        id: Workspace::new_id("c"),
        alias: "Elena".to_string(),
        language: "en".to_string(),
        jurisdiction: None,
        created_at: String::new(),
        sample: true,
    };
    workspace.save_client(&client).expect("client");
    let statement = std::fs::read_to_string(root().join("assets/sample-client/statement.txt"))
        .expect("statement");
    workspace
        .save_statement(&client.id, &statement)
        .expect("statement saved");
    let scenario_text =
        std::fs::read_to_string(root().join("scenarios/us-asylum-office.ron")).expect("scenario");
    let scenario = mock_hearing::scenario::parse_str(&scenario_text).expect("scenario parses");
    let dir = workspace
        .session_dir(&client.id, "s1")
        .expect("session folder");
    dir.save_statement(&statement).expect("saved");
    dir.save_scenario(&scenario_text).expect("saved");
    let checker = Checker::new(Statement::parse(&statement).expect("statement parses"));
    let mut rehearsal = Rehearsal::new(scenario, 1, "s1", "2026-11-23T10:00:00Z");
    for typed in ["Yes, I swear.", "Yes, I understand."] {
        let words = rehearsal.current().expect("a question").words.clone();
        let answer = Answer::typed(typed);
        let (score, findings) = check_answer(&checker, &words, &answer);
        rehearsal.answer(answer, score, findings);
        dir.save(rehearsal.session())
            .expect("saved after every answer");
    }
    let prompt = rehearsal.current().expect("a third question").clone();
    let name = dir.audio_name(rehearsal.current_number(), &prompt.question_id);
    let sink_dir = dir.clone();
    let engine = RecordingEngine::start_into(
        &dir.audio_path(&name),
        move || sink_dir.audio_sink(&name),
        None,
        120.0,
    );
    loop {
        match engine.events.recv() {
            Ok(EngineEvent::Started { .. }) => {
                println!("RECORDING");
                let _ = std::io::stdout().flush();
            }
            Ok(EngineEvent::Ended { reason, .. }) => panic!("recording ended: {reason:?}"),
            Ok(_) => {}
            Err(_) => panic!("the engine went away"),
        }
    }
}

#[test]
fn a_rehearsal_killed_mid_answer_is_recovered_on_the_next_start() {
    // Re-run by itself as the process to kill.
    if let Some(workspace_root) = std::env::var_os(HELPER_ENV) {
        rehearse_into_a_workspace_until_killed(Path::new(&workspace_root));
    }
    common::require_sound_server();
    let dir = tempfile::tempdir().expect("temp dir");
    let clip = common::speech(
        dir.path(),
        "answer",
        "en-us+m3",
        SPOKEN,
        &["-r", "16000", "-c", "1"],
    );
    let workspace_root = dir.path().join("workspace");
    let mut helper = Command::new(std::env::current_exe().expect("this test binary"))
        .args([
            "--exact",
            "a_rehearsal_killed_mid_answer_is_recovered_on_the_next_start",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER_ENV, &workspace_root)
        .stdout(Stdio::piped())
        .spawn()
        .expect("helper starts");
    let stdout = helper.stdout.take().expect("helper output");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("RECORDING") {
                let _ = tx.send(());
            }
        }
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("the helper starts recording");
    let started = Instant::now();
    let player = common::play_later(&clip, Duration::ZERO);
    std::thread::sleep(Duration::from_millis(6500));
    let alive_s = started.elapsed().as_secs_f64();
    let killed = Command::new("kill")
        .args(["-9", &helper.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let _ = helper.wait();
    let _ = player.join();

    // The next start: the workspace opens only with the passphrase...
    assert!(Workspace::open(&workspace_root, "wrong words").is_err());
    let workspace = Workspace::open(&workspace_root, PASSPHRASE).expect("opens");
    // ...and offers the interrupted session.
    let interrupted = workspace.interrupted();
    assert_eq!(interrupted.len(), 1, "one interrupted session");
    let (rehearsal, partial) = interrupted[0].recover().expect("recovers");
    let answers = &rehearsal.session().exchanges;
    assert_eq!(answers.len(), 2, "every answer before the kill");
    assert!(answers.iter().all(|e| e.answer.how == AnswerHow::Typed));
    assert_eq!(answers[1].answer.text, "Yes, I understand.");
    assert_eq!(
        rehearsal.current_number(),
        3,
        "back at the question that was on screen"
    );

    let partial = partial.expect("the recording of the current answer");
    let kept_s = partial.seconds();
    println!("ran {alive_s:.2} s, recovered {kept_s:.2} s");
    assert!(
        kept_s >= alive_s - 1.0,
        "recovered only {kept_s:.2} s of {alive_s:.2} s"
    );
    // The recovered recording is the speech that was played.
    let transcriber = Transcriber::load(&models::resolve(None).expect("a model")).expect("loads");
    let options = Options {
        language: Some("en".into()),
        translate: false,
        threads: 1,
    };
    let heard = transcriber
        .transcribe(&partial.samples, &options)
        .expect("transcribes");
    let error = common::wer(SPOKEN, &heard.text);
    println!("recovered speech: {:?} (WER {error:.3})", heard.text);
    assert!(error <= 0.15, "WER {error:.3}: {}", heard.text);

    // Nothing of it is readable without the passphrase.
    for file in walk(&workspace_root) {
        let bytes = std::fs::read(&file).expect("reads");
        for phrase in [&b"brother"[..], b"Elena", b"I understand", b"RIFF"] {
            assert!(
                !bytes.windows(phrase.len()).any(|w| w == phrase),
                "{} is readable",
                file.display()
            );
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("lists").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
