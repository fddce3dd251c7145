//! `mock-hearing score` as a user runs it: JSON exactly as the design says, the
//! text an attorney reads, and clear refusals.

use std::io::Write;
use std::process::{Command, Stdio};

const STATEMENT: &str = "DECLARATION\n\n1. My name is Ana. I was born in 1990 in Gulu, Uganda.\n\n2. On 14 March 2019 the police arrested me and my brother Luis at our shop and held us for two days at Gulu central police station.\n\n3. I reported the beating to a lawyer, but I never went to the police again.\n";

fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mock-hearing"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run mock-hearing");
    if let Some(text) = stdin {
        // The command may exit (a usage error) before it reads its input.
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes());
    }
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn statement_file() -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(STATEMENT.as_bytes()).expect("write");
    file
}

#[test]
fn json_has_the_documented_shape() {
    let statement = statement_file();
    let path = statement.path().to_str().expect("utf-8 path");
    let (code, out, err) = run(
        &[
            "score",
            "--statement",
            path,
            "--answer",
            "-",
            "--question",
            "When were you arrested?",
            "--format",
            "json",
        ],
        Some("They arrested us in May of 2019."),
    );
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let score = json["score"].as_f64().expect("score");
    assert!((0.0..100.0).contains(&score));
    let list = json["discrepancies"].as_array().expect("discrepancies");
    assert_eq!(list.len(), 1, "{out}");
    let d = &list[0];
    let mut keys: Vec<&str> = d
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "answer_excerpt",
            "explanation",
            "kind",
            "severity",
            "statement_excerpt",
            "statement_paragraph"
        ]
    );
    assert_eq!(d["kind"], "date");
    assert_eq!(d["severity"], "high");
    assert_eq!(d["statement_paragraph"], 2);
    assert!(
        d["statement_excerpt"]
            .as_str()
            .expect("text")
            .contains("14 March 2019")
    );
    assert!(
        d["answer_excerpt"]
            .as_str()
            .expect("text")
            .contains("May of 2019")
    );
}

#[test]
fn consistent_answer_scores_100_and_text_says_so() {
    let statement = statement_file();
    let path = statement.path().to_str().expect("utf-8 path");
    let mut answer = tempfile::NamedTempFile::new().expect("temp file");
    answer
        .write_all(b"Um, it was in March 2019, the police took me and my brother, they kept us a couple of days.")
        .expect("write");
    let (code, out, _) = run(
        &[
            "score",
            "--statement",
            path,
            "--answer",
            answer.path().to_str().expect("path"),
            "--question",
            "What happened in March 2019?",
        ],
        None,
    );
    assert_eq!(code, 0);
    assert!(out.contains("100 / 100"), "{out}");
    assert!(out.contains("never a judgement of truthfulness"), "{out}");
}

#[test]
fn text_report_quotes_both_sides() {
    let statement = statement_file();
    let path = statement.path().to_str().expect("utf-8 path");
    let (code, out, _) = run(
        &[
            "score",
            "--statement",
            path,
            "--answer",
            "-",
            "--question",
            "How long were you held?",
        ],
        Some("They held us for two weeks."),
    );
    assert_eq!(code, 0);
    assert!(out.contains("number"), "{out}");
    assert!(out.contains("Statement: \"On 14 March 2019"), "{out}");
    assert!(
        out.contains("Answer:    \"They held us for two weeks.\""),
        "{out}"
    );
}

#[test]
fn bad_input_is_refused_clearly() {
    let (code, _, err) = run(
        &["score", "--statement", "/no/such/file.txt", "--answer", "-"],
        Some("x"),
    );
    assert_eq!(code, 1);
    assert!(err.contains("cannot read the statement"), "{err}");

    let mut binary = tempfile::NamedTempFile::new().expect("temp file");
    binary.write_all(&[0x00, 0xff, 0x10, 0x80]).expect("write");
    let (code, _, err) = run(
        &[
            "score",
            "--statement",
            binary.path().to_str().expect("path"),
            "--answer",
            "-",
        ],
        Some("x"),
    );
    assert_eq!(code, 1);
    assert!(err.contains("not text"), "{err}");

    let empty = tempfile::NamedTempFile::new().expect("temp file");
    let (code, _, err) = run(
        &[
            "score",
            "--statement",
            empty.path().to_str().expect("path"),
            "--answer",
            "-",
        ],
        Some("x"),
    );
    assert_eq!(code, 1);
    assert!(err.contains("empty"), "{err}");

    let (code, _, _) = run(&["score", "--answer", "-"], Some("x"));
    assert_eq!(code, 2, "a usage error exits 2");
}
