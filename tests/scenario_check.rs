//! `mock-hearing scenario check` and `scenario list`, run as a user would run them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
}

fn check(files: &[&Path]) -> Output {
    bin()
        .arg("scenario")
        .arg("check")
        .args(files)
        .output()
        .expect("run mock-hearing")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A small valid scenario, edited by each test to break one thing.
const VALID: &str = r#"// a comment
(
    format_version: 1,
    id: "tiny",
    title: "Tiny interview",
    jurisdiction: UsAsylumOffice,
    sections: [
        (
            title: "Identity",
            questions: [
                (
                    id: "name",
                    ask: "What is your name?",
                    topic: Identity,
                ),
                (
                    id: "arrest",
                    ask: "When were you arrested?",
                    topic: PersecutionEvent,
                    weight: Central,
                    follow_ups: [
                        (when: Finding(Date), ask: "Earlier you said {answer_quote}, but your statement says {statement_quote}. Can you explain?"),
                        (when: AnswerShorterThan(10), go_to: "arrest-detail"),
                    ],
                ),
                (
                    id: "arrest-detail",
                    ask: "Tell me more about the arrest.",
                    topic: PersecutionEvent,
                    follow_up_only: true,
                ),
            ],
        ),
    ],
)
"#;

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        Case {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).expect("write test file");
        path
    }
}

/// Runs `check` on one file and returns its single error line, `FILE:LINE:COL: message`,
/// split into (line, col, message).
fn single_error(path: &Path) -> (usize, usize, String) {
    let out = check(&[path]);
    assert_eq!(out.status.code(), Some(1), "expected exit 1, got {out:?}");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "expected one error line, got: {text}");
    let prefix = format!("{}:", path.display());
    let rest = lines[0]
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("line does not start with the file name: {}", lines[0]));
    let mut parts = rest.splitn(3, ':');
    let line: usize = parts
        .next()
        .and_then(|s| s.parse().ok())
        .expect("line number");
    let col: usize = parts
        .next()
        .and_then(|s| s.parse().ok())
        .expect("column number");
    let message = parts.next().expect("message").trim().to_string();
    (line, col, message)
}

#[test]
fn valid_file_passes() {
    let case = Case::new();
    let path = case.file("tiny.ron", VALID.as_bytes());
    let out = check(&[&path]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn shipped_scenarios_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let out = check(&[&dir]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn syntax_error_is_positioned() {
    let case = Case::new();
    let broken = VALID.replace("title: \"Tiny interview\",", "title: \"Tiny interview\"");
    let path = case.file("syntax.ron", broken.as_bytes());
    let (line, col, message) = single_error(&path);
    assert_eq!(line, 6, "{message}");
    assert!(col >= 1);
    assert!(message.contains("comma"), "{message}");
}

#[test]
fn unknown_field_is_rejected_at_its_line() {
    let case = Case::new();
    let broken = VALID.replace(
        "topic: Identity,",
        "topic: Identity,\n                    colour: \"red\",",
    );
    let path = case.file("unknown.ron", broken.as_bytes());
    let (line, _, message) = single_error(&path);
    assert_eq!(line, 15, "{message}");
    assert!(message.contains("colour"), "{message}");
}

#[test]
fn wrong_type_is_positioned() {
    let case = Case::new();
    let broken = VALID.replace("format_version: 1,", "format_version: \"one\",");
    let path = case.file("type.ron", broken.as_bytes());
    let (line, _, message) = single_error(&path);
    assert_eq!(line, 3, "{message}");
}

#[test]
fn unknown_enum_value_is_positioned() {
    let case = Case::new();
    let broken = VALID.replace("topic: Identity,", "topic: Hobbies,");
    let path = case.file("variant.ron", broken.as_bytes());
    let (line, _, message) = single_error(&path);
    assert_eq!(line, 14, "{message}");
    assert!(message.contains("Hobbies"), "{message}");
}

#[test]
fn empty_file_is_explained() {
    let case = Case::new();
    for (name, bytes) in [
        ("empty.ron", &b""[..]),
        ("blank.ron", &b"\n  \n// only a comment\n"[..]),
    ] {
        let path = case.file(name, bytes);
        let (line, col, message) = single_error(&path);
        assert_eq!((line, col), (1, 1));
        assert!(message.contains("empty"), "{message}");
    }
}

#[test]
fn binary_file_is_not_text() {
    let case = Case::new();
    let path = case.file("binary.ron", b"(\n  id: \x00\x01\x02\xff\xfe");
    let (line, col, message) = single_error(&path);
    assert_eq!((line, col), (2, 7));
    assert!(message.contains("not a text file"), "{message}");

    let path = case.file("latin1.ron", b"(\n title: \"caf\xe9\"");
    let (line, col, message) = single_error(&path);
    assert_eq!((line, col), (2, 13));
    assert!(message.contains("not a text file"), "{message}");
}

#[test]
fn duplicate_question_id_points_at_the_second() {
    let case = Case::new();
    let broken = VALID.replace("id: \"arrest\",", "id: \"name\",");
    let path = case.file("dup.ron", broken.as_bytes());
    let out = check(&[&path]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text.contains(&format!(
            "{}:17:21: duplicate question id \"name\"",
            path.display()
        )),
        "{text}"
    );
    assert!(text.contains("line 12, column 21"), "{text}");
}

#[test]
fn follow_up_pointing_nowhere_is_reported() {
    let case = Case::new();
    let broken = VALID
        .replace("go_to: \"arrest-detail\"", "go_to: \"arest-detail\"")
        .replace("follow_up_only: true,", "");
    let path = case.file("nowhere.ron", broken.as_bytes());
    let (line, col, message) = single_error(&path);
    assert_eq!((line, col), (23, 55), "{message}");
    assert!(message.contains("\"arest-detail\""), "{message}");
}

#[test]
fn empty_question_text_is_reported() {
    let case = Case::new();
    let broken = VALID.replace("ask: \"What is your name?\"", "ask: \"  \"");
    let path = case.file("emptyask.ron", broken.as_bytes());
    let (line, col, message) = single_error(&path);
    assert_eq!((line, col), (13, 21));
    assert!(message.contains("question text is empty"), "{message}");
}

#[test]
fn unsupported_format_version_is_reported() {
    let case = Case::new();
    let broken = VALID.replace("format_version: 1,", "format_version: 7,");
    let path = case.file("version.ron", broken.as_bytes());
    let (line, col, message) = single_error(&path);
    assert_eq!((line, col), (3, 5));
    assert!(
        message.contains("format_version 7 is not supported"),
        "{message}"
    );
}

#[test]
fn missing_required_field_is_reported() {
    let case = Case::new();
    let broken = VALID.replace("jurisdiction: UsAsylumOffice,", "");
    let path = case.file("missing.ron", broken.as_bytes());
    let (_, _, message) = single_error(&path);
    assert!(message.contains("jurisdiction"), "{message}");
}

#[test]
fn several_problems_are_all_reported_and_other_files_still_checked() {
    let case = Case::new();
    let broken = VALID
        .replace("ask: \"What is your name?\"", "ask: \"\"")
        .replace("id: \"arrest\",", "id: \"name\",")
        .replace("{answer_quote}", "{answer}");
    let bad = case.file("bad.ron", broken.as_bytes());
    let good = case.file("good.ron", VALID.as_bytes());
    let missing = case.dir.path().join("missing.ron");
    let out = check(&[&bad, &good, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let bad_lines = text
        .lines()
        .filter(|l| l.starts_with(&*bad.to_string_lossy()))
        .count();
    assert_eq!(bad_lines, 3, "{text}");
    assert!(text.contains("unknown placeholder {answer}"), "{text}");
    assert!(!text.contains("good.ron"), "{text}");
    assert!(text.contains("missing.ron:1:1: cannot read"), "{text}");
}

#[test]
fn list_shows_titles_jurisdictions_and_topics() {
    let out = bin().args(["scenario", "list"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.lines().count() >= 6, "{text}");
    for needle in [
        "US asylum office",
        "US credible fear",
        "US immigration court",
        "UK screening",
        "UK substantive",
        "Practice",
        "topics:",
    ] {
        assert!(text.contains(needle), "missing {needle} in {text}");
    }

    let case = Case::new();
    case.file("tiny.ron", VALID.as_bytes());
    case.file("broken.ron", b"(");
    let out = bin()
        .args(["scenario", "list"])
        .arg(case.dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Tiny interview\tUS asylum office"), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.ron"));
}

#[test]
fn usage_errors_exit_2_and_later_commands_say_so() {
    let out = bin().args(["scenario", "check"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = bin().arg("--help").output().expect("run");
    let help = stdout(&out);
    for command in [
        "scenario",
        "models",
        "devices",
        "record",
        "transcribe",
        "score",
        "rehearse",
        "report",
        "bench",
    ] {
        assert!(help.contains(command), "--help lacks {command}");
    }
}
