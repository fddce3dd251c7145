//! The workspace and the session files, through the real command line:
//! `rehearse` writes a session exactly as the app would, sealed when
//! MOCK_HEARING_PASSPHRASE is set; `report` reads it back. Nothing of the
//! testimony may be readable on disk; a wrong passphrase is refused plainly.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use mock_hearing::rehearsal::{AnswerHow, SESSION_FORMAT_VERSION, Session};
use mock_hearing::store::SessionDir;

const PASSPHRASE: &str = "blue river quiet morning";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(mut command: Command) -> Output {
    let out = command.output().expect("mock-hearing runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    out
}

fn rehearse(answers: &Path, out: &Path, passphrase: Option<&str>) -> Output {
    let mut command = bin();
    command
        .args(["rehearse", "--scenario"])
        .arg(root().join("scenarios/us-asylum-office.ron"))
        .arg("--statement")
        .arg(root().join("assets/sample-client/statement.txt"))
        .arg("--answers")
        .arg(answers)
        .arg("--out")
        .arg(out)
        .env("MOCK_HEARING_THREADS", "1")
        .env_remove("MOCK_HEARING_PASSPHRASE");
    if let Some(p) = passphrase {
        command.env("MOCK_HEARING_PASSPHRASE", p);
    }
    run(command)
}

fn report(dir: &Path, format: &str, passphrase: Option<&str>) -> Output {
    let mut command = bin();
    command
        .arg("report")
        .arg(dir)
        .args(["--format", format])
        .env_remove("MOCK_HEARING_PASSPHRASE");
    if let Some(p) = passphrase {
        command.env("MOCK_HEARING_PASSPHRASE", p);
    }
    run(command)
}

/// The sample client's typed answers, with the fear-of-return answer spoken
/// instead (real espeak-ng speech, transcribed by the real model).
fn answers_with_speech(dir: &Path) -> PathBuf {
    let answers = dir.join("answers");
    std::fs::create_dir_all(&answers).expect("answers folder");
    for entry in std::fs::read_dir(root().join("assets/sample-client/answers")).expect("samples") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") && !path.ends_with("fear-return.txt") {
            std::fs::copy(&path, answers.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    let spoken = common::speech(
        dir,
        "fear-return",
        "en-us+m3",
        "I am afraid the police will arrest me at the airport and put me in prison.",
        &["-r", "16000", "-c", "1"],
    );
    std::fs::rename(spoken, answers.join("fear-return.wav")).expect("move");
    answers
}

fn every_file(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("lists").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(every_file(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Distinctive phrases of the testimony: from every answer, the statement and the speech.
fn testimony_phrases(answers: &Path) -> Vec<String> {
    let mut phrases = vec![
        "CASTILLO".to_string(),
        "Castillo".to_string(),
        "Elena".to_string(),
        "airport".to_string(),
        "prison".to_string(),
        "RIFF".to_string(),
    ];
    for entry in std::fs::read_dir(answers).expect("lists").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("reads");
            let words: Vec<&str> = text.split_whitespace().collect();
            phrases.push(words.iter().take(4).copied().collect::<Vec<_>>().join(" "));
        }
    }
    phrases
}

#[test]
fn an_encrypted_session_holds_no_word_of_testimony_and_reports_everything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = answers_with_speech(dir.path());
    let out = dir.path().join("session");
    let done = rehearse(&answers, &out, Some(PASSPHRASE));
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );

    // No word of testimony in plaintext anywhere under the session.
    let phrases = testimony_phrases(&answers);
    let files = every_file(&out);
    assert!(files.len() >= 5, "{files:?}");
    for file in &files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        assert!(name.ends_with(".age"), "{name} is not sealed");
        assert!(!name.ends_with(".tmp"), "a temporary file was left: {name}");
        let bytes = std::fs::read(file).expect("reads");
        for phrase in &phrases {
            assert!(
                !bytes.windows(phrase.len()).any(|w| w == phrase.as_bytes()),
                "{} holds {phrase:?} in plaintext",
                file.display()
            );
        }
    }

    // With the passphrase the session reads back, speech included.
    let session_dir = SessionDir::open(&out, Some(PASSPHRASE)).expect("opens");
    let session: Session = session_dir.load().expect("loads");
    assert_eq!(session.format_version, SESSION_FORMAT_VERSION);
    assert!(session.finished_at.is_some());
    let spoken = session
        .exchanges
        .iter()
        .find(|e| e.answer.how == AnswerHow::Spoken)
        .expect("the spoken answer");
    let words = spoken.answer.text.to_lowercase();
    assert!(
        words.contains("airport") && words.contains("prison"),
        "{words}"
    );
    let audio = spoken.answer.audio.as_deref().expect("audio kept");
    let samples = session_dir.read_audio(audio).expect("audio reads back");
    assert!(samples.len() > 16_000 * 2, "{} samples", samples.len());
    let typed = session
        .exchanges
        .iter()
        .filter(|e| e.answer.how == AnswerHow::Typed)
        .count();
    assert_eq!(typed, 12, "every typed sample answer is kept");
    assert!(
        session.findings().count() > 0,
        "the sample holds discrepancies"
    );

    // Reports in both formats hold every question, answer and finding.
    for format in ["md", "html"] {
        let page = report(&out, format, Some(PASSPHRASE));
        assert!(
            page.status.success(),
            "{}",
            String::from_utf8_lossy(&page.stderr)
        );
        let text = String::from_utf8_lossy(&page.stdout);
        let unescape = |s: &str| {
            if format == "html" {
                s.replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;")
                    .replace('\'', "&#39;")
            } else {
                s.to_string()
            }
        };
        for exchange in &session.exchanges {
            assert!(
                text.contains(&unescape(&exchange.asked)),
                "{format}: {}",
                exchange.asked
            );
            if exchange.answer.how != AnswerHow::Skipped {
                assert!(
                    text.contains(&unescape(exchange.answer.text.trim())),
                    "{format}: answer to {}",
                    exchange.question_id
                );
            }
            for finding in &exchange.findings {
                assert!(text.contains(&unescape(finding.statement_excerpt.trim())));
                assert!(text.contains(&unescape(finding.answer_excerpt.trim())));
                assert!(text.contains(&unescape(&finding.explanation)));
            }
        }
        assert!(text.contains("not legal advice"));
    }
}

#[test]
fn a_wrong_or_missing_passphrase_is_refused_without_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = dir.path().join("answers");
    std::fs::create_dir_all(&answers).expect("folder");
    std::fs::write(answers.join("why-leave.txt"), "Because the police beat me.").expect("answer");
    let out = dir.path().join("session");
    assert!(rehearse(&answers, &out, Some(PASSPHRASE)).status.success());

    let wrong = report(&out, "md", Some("not the passphrase"));
    assert_eq!(wrong.status.code(), Some(1));
    let message = String::from_utf8_lossy(&wrong.stderr);
    assert!(message.contains("passphrase is wrong"), "{message}");
    assert!(wrong.stdout.is_empty());

    let missing = report(&out, "md", None);
    assert_eq!(missing.status.code(), Some(1));
    let message = String::from_utf8_lossy(&missing.stderr);
    assert!(message.contains("MOCK_HEARING_PASSPHRASE"), "{message}");

    // Rehearsing again into the same folder with a wrong passphrase changes nothing.
    let again = rehearse(&answers, &out, Some("not the passphrase"));
    assert_eq!(again.status.code(), Some(1));
    assert!(report(&out, "md", Some(PASSPHRASE)).status.success());
}

#[test]
fn answers_by_position_missing_ones_skipped_and_a_plain_session_without_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = dir.path().join("answers");
    std::fs::create_dir_all(&answers).expect("folder");
    std::fs::write(answers.join("01.txt"), "Yes, I swear.").expect("answer");
    std::fs::write(answers.join("03.txt"), "No corrections.").expect("answer");
    let out = dir.path().join("session");
    let done = rehearse(&answers, &out, None);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let text = std::fs::read_to_string(out.join("session.json")).expect("plain session file");
    let session: Session = serde_json::from_str(&text).expect("reads");
    let how: Vec<AnswerHow> = session
        .exchanges
        .iter()
        .take(3)
        .map(|e| e.answer.how)
        .collect();
    assert_eq!(
        how,
        [AnswerHow::Typed, AnswerHow::Skipped, AnswerHow::Typed]
    );
    assert_eq!(session.exchanges[0].answer.text, "Yes, I swear.");
}

#[test]
fn a_session_file_of_format_version_1_still_reads() {
    // Written by hand in the version-1 layout; later versions must keep reading it.
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        root().join("tests/fixtures/session-v1.json"),
        dir.path().join("session.json"),
    )
    .expect("fixture");
    let session = SessionDir::open(dir.path(), None)
        .expect("opens")
        .load()
        .expect("version 1 reads");
    assert_eq!(session.exchanges.len(), 2);
    assert_eq!(session.exchanges[1].findings.len(), 1);
    let page = report(dir.path(), "md", None);
    assert!(String::from_utf8_lossy(&page.stdout).contains("14 March 2019"));
}

#[test]
fn a_missing_session_folder_says_what_is_wrong() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = report(dir.path(), "html", None);
    assert_eq!(out.status.code(), Some(1));
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("not a Mock Hearing session folder"),
        "{message}"
    );
}
