//! Garbage in never panics: empty or binary statements are refused with a
//! clear message, and any answer text (huge, binary-ish, other scripts) yields
//! a report or an empty result.

use mock_hearing::consistency::Checker;
use mock_hearing::statement::{Statement, StatementError};
use proptest::prelude::*;

const STATEMENT: &str = "1. On 14 March 2019 the police arrested me in Gulu and held me for three days.\n\n2. My uncle Peter paid 500,000 shillings and I was released.\n";

fn checker() -> Checker {
    Checker::new(Statement::parse(STATEMENT).expect("statement"))
}

#[test]
fn empty_and_binary_statements_are_refused() {
    assert_eq!(Statement::parse(""), Err(StatementError::Empty));
    assert_eq!(Statement::parse(" \n\t\n"), Err(StatementError::Empty));
    assert_eq!(
        Statement::from_bytes(&[0xff, 0xfe, 0x00, 0x41]),
        Err(StatementError::NotText)
    );
    assert_eq!(
        Statement::from_bytes(b"PK\x03\x04\x00\x00"),
        Err(StatementError::NotText)
    );
    let message = StatementError::NotText.to_string();
    assert!(message.contains("plain text"), "{message}");
}

#[test]
fn a_ten_megabyte_answer_is_handled() {
    let answer = "They arrested me on the fifteenth of March. ".repeat(240_000);
    assert!(answer.len() > 10_000_000);
    let report = checker().check("When were you arrested?", &answer);
    assert!(report.score >= 0.0 && report.score <= 100.0);
}

#[test]
fn other_scripts_give_no_findings() {
    let c = checker();
    for answer in [
        "የታሰርኩት በመጋቢት ወር ነው።",
        "我在三月被逮捕了。",
        "मुझे मार्च में गिरफ्तार किया गया था।",
        "اعتقلوني في مارس",
    ] {
        let report = c.check("When were you arrested?", answer);
        assert!(
            report.findings.is_empty(),
            "{answer}: {:?}",
            report.findings
        );
        assert_eq!(report.score, 100.0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_answer_never_panics(answer in "\\PC{0,400}", question in "\\PC{0,80}") {
        let report = checker().check(&question, &answer);
        prop_assert!((0.0..=100.0).contains(&report.score));
    }

    #[test]
    fn any_statement_never_panics(statement in "\\PC{0,600}", answer in "[a-zA-Z0-9 ,.'-]{0,200}") {
        if let Ok(s) = Statement::parse(&statement) {
            let report = Checker::new(s).check("What happened?", &answer);
            prop_assert!((0.0..=100.0).contains(&report.score));
        }
    }

    #[test]
    fn statement_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..800)) {
        if let Ok(s) = Statement::from_bytes(&bytes) {
            let _ = Checker::new(s).check("When?", "In March 2019, about five men.");
        }
    }

    /// Spoken-style answers built from the kinds of words the engine reads.
    #[test]
    fn fact_like_answers_never_panic(words in proptest::collection::vec(prop::sample::select(vec![
        "the", "fourteenth", "of", "march", "twenty", "nineteen", "two", "thousand", "and", "a",
        "couple", "days", "later", "my", "brother", "luis", "police", "arrested", "me", "not",
        "never", "in", "gulu", "$", "5,000", "shillings", "um", "no", "sorry", "then", "after",
        "first", ",", ".", "-", "14th", "may", "who", "again", "second", "time", "'s",
    ]), 0..60)) {
        let answer = words.join(" ");
        let report = checker().check("What happened?", &answer);
        prop_assert!((0.0..=100.0).contains(&report.score));
    }
}
