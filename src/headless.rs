//! The headless rehearsal behind `mock-hearing rehearse`: plays a scenario
//! with answers from a folder (`.wav` transcribed, `.txt` typed), through the
//! same state machine as the app, and writes the session as the app would.
//!
//! Answers are looked up as `<question-id>.wav|.txt`, then, for main
//! questions, by their two-digit position among the main questions
//! (`01.wav`, `02.txt`). A missing answer is a skipped question.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::audio::wav;
use crate::consistency::Checker;
use crate::rehearsal::{Answer, AnswerHow, Rehearsal, SavedSegment, Session, check_answer};
use crate::scenario::{self, ScenarioError};
use crate::speech::store::{self as models, ModelError};
use crate::speech::transcribe::{Options, TranscribeError, Transcriber, Transcript};
use crate::statement::{Statement, StatementError};
use crate::store::{SessionDir, StoreError, VAULT_FILE, Vault};

/// Why a headless rehearsal could not run.
#[derive(Debug, thiserror::Error)]
pub enum HeadlessError {
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
    #[error("cannot read the statement {path}: {source}; check the file exists")]
    ReadStatement {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the statement {path}: {source}")]
    Statement {
        path: PathBuf,
        source: StatementError,
    },
    #[error(
        "the answers folder {0} does not exist; give the folder that holds 01.txt, 02.wav, ..."
    )]
    NoAnswers(PathBuf),
    #[error("cannot read the answer {path}: {why}")]
    Answer { path: PathBuf, why: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error(transparent)]
    Transcribe(#[from] TranscribeError),
}

/// What to rehearse.
#[derive(Debug, Clone)]
pub struct HeadlessRun {
    pub scenario: PathBuf,
    pub statement: PathBuf,
    pub answers: PathBuf,
    pub out: PathBuf,
    /// Seals the session folder when set.
    pub passphrase: Option<String>,
    /// Speech model name or path; the best installed one when `None`.
    pub model: Option<String>,
    pub threads: usize,
    /// Seed of the plan (order and wording).
    pub seed: u64,
}

/// Now, as RFC 3339 UTC to the second.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// Turns a transcript into a spoken answer.
pub fn spoken_answer(transcript: &Transcript, audio: Option<String>) -> Answer {
    Answer {
        how: AnswerHow::Spoken,
        text: transcript.text.clone(),
        translation: transcript.translation.clone(),
        language: Some(transcript.language.clone()),
        duration_s: Some(transcript.duration_s),
        audio,
        segments: transcript
            .segments
            .iter()
            .map(|s| SavedSegment {
                start_s: s.start_s,
                end_s: s.end_s,
                text: s.text.clone(),
                confidence: s.confidence,
            })
            .collect(),
    }
}

/// Runs the rehearsal; `progress` hears one line per question.
pub fn rehearse(
    run: &HeadlessRun,
    mut progress: impl FnMut(&str),
) -> Result<Session, HeadlessError> {
    let scenario_text = std::fs::read(&run.scenario).map_err(|source| ScenarioError::Read {
        path: run.scenario.clone(),
        source,
    })?;
    let scenario =
        scenario::parse_bytes(&scenario_text).map_err(|problems| ScenarioError::Invalid {
            path: run.scenario.clone(),
            problems,
        })?;
    let statement_bytes =
        std::fs::read(&run.statement).map_err(|source| HeadlessError::ReadStatement {
            path: run.statement.clone(),
            source,
        })?;
    let statement =
        Statement::from_bytes(&statement_bytes).map_err(|source| HeadlessError::Statement {
            path: run.statement.clone(),
            source,
        })?;
    if !run.answers.is_dir() {
        return Err(HeadlessError::NoAnswers(run.answers.clone()));
    }
    let vault = match &run.passphrase {
        Some(passphrase) if run.out.join(VAULT_FILE).is_file() => {
            Vault::unlock(&run.out, passphrase)?
        }
        Some(passphrase) => {
            std::fs::create_dir_all(&run.out).map_err(|e| StoreError::write(&run.out, e))?;
            Vault::create(&run.out, passphrase)?
        }
        None => Vault::Plain,
    };
    let dir = SessionDir::create(&run.out, vault)?;
    dir.save_statement(&statement.text)?;
    dir.save_scenario(&String::from_utf8_lossy(&scenario_text))?;
    let checker = Checker::new(statement);
    let session_id = run
        .out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".to_string());
    let mut rehearsal = Rehearsal::new(scenario, run.seed, &session_id, &now_rfc3339());
    dir.save(rehearsal.session())?;
    let mut transcriber: Option<Transcriber> = None;
    let mut main_position = 0usize;
    while let Some(prompt) = rehearsal.current().cloned() {
        if prompt.follow_up_of.is_none() {
            main_position += 1;
        }
        let number = rehearsal.current_number();
        let found = find_answer(
            &run.answers,
            &prompt.question_id,
            prompt.follow_up_of.is_none().then_some(main_position),
        );
        let answer = match found {
            None => Answer::skipped(),
            Some(path) if is_wav(&path) => {
                let samples = wav::read_speech(&path).map_err(|e| HeadlessError::Answer {
                    path: path.clone(),
                    why: e.to_string(),
                })?;
                if transcriber.is_none() {
                    transcriber = Some(Transcriber::load(&models::resolve(run.model.as_deref())?)?);
                }
                let Some(model) = transcriber.as_ref() else {
                    unreachable!("loaded just above")
                };
                let options = Options {
                    language: None,
                    translate: true,
                    threads: run.threads,
                };
                let transcript = model.transcribe(&samples, &options)?;
                let name = dir.audio_name(number, &prompt.question_id);
                dir.write_audio(&name, &samples)?;
                spoken_answer(&transcript, Some(name))
            }
            Some(path) => {
                let bytes = std::fs::read(&path).map_err(|e| HeadlessError::Answer {
                    path: path.clone(),
                    why: e.to_string(),
                })?;
                let text = String::from_utf8(bytes).map_err(|_| HeadlessError::Answer {
                    path: path.clone(),
                    why: "it is not UTF-8 text; save it as plain text".to_string(),
                })?;
                if text.trim().is_empty() {
                    Answer::skipped()
                } else {
                    Answer::typed(&text)
                }
            }
        };
        let (score, findings) = check_answer(&checker, &prompt.words, &answer);
        progress(&format!(
            "{number:>2}. {} — {}{}",
            prompt.question_id,
            match answer.how {
                AnswerHow::Skipped => "skipped".to_string(),
                AnswerHow::Spoken =>
                    format!("spoken, {} words", answer.text.split_whitespace().count()),
                _ => format!("typed, {} words", answer.text.split_whitespace().count()),
            },
            if findings.is_empty() {
                String::new()
            } else {
                format!(", {} finding(s)", findings.len())
            }
        ));
        rehearsal.answer(answer, score, findings);
        // Saved after every answer, as the app does.
        dir.save(rehearsal.session())?;
    }
    rehearsal.finish(&now_rfc3339());
    dir.save(rehearsal.session())?;
    Ok(rehearsal.session().clone())
}

fn is_wav(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("wav"))
}

/// The answer file for a question: by id, then by main position.
fn find_answer(dir: &Path, id: &str, main_position: Option<usize>) -> Option<PathBuf> {
    let mut stems = vec![id.to_string()];
    if let Some(n) = main_position {
        stems.push(format!("{n:02}"));
    }
    stems.iter().find_map(|stem| {
        ["wav", "txt"]
            .iter()
            .map(|ext| dir.join(format!("{stem}.{ext}")))
            .find(|p| p.is_file())
    })
}
