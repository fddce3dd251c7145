//! How long the consistency check takes: preparing a two-page statement once,
//! then scoring one answer against it. Prints figures; asserts nothing.
//!
//!     cargo bench --bench score

use std::time::Instant;

use mock_hearing::consistency::Checker;
use mock_hearing::statement::Statement;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let statement_text = std::fs::read_to_string(dir.join("assets/sample-client/statement.txt"))
        .expect("the sample statement");
    let words = statement_text.split_whitespace().count();
    let answers = [
        (
            "When were you first detained?",
            "I think it was in the end of August, twenty twenty one, they came at night, six men, and took me to the police station in Masaya.",
        ),
        (
            "Who was arrested with you?",
            "My cousin Luis was arrested with me, they kept us for three days and beat us.",
        ),
        (
            "Did you report it to the police?",
            "No, I was too afraid to go to the police after what happened to my brother.",
        ),
        (
            "How much did you pay?",
            "We paid about five thousand dollars to the man who drove us to the border, um, my uncle sent the money.",
        ),
    ];
    let runs = 200;

    let start = Instant::now();
    let mut checker = None;
    for _ in 0..20 {
        checker = Some(Checker::new(
            Statement::parse(&statement_text).expect("statement parses"),
        ));
    }
    let prepare_ms = start.elapsed().as_secs_f64() * 1000.0 / 20.0;
    let checker = checker.expect("prepared");

    let start = Instant::now();
    let mut findings = 0;
    for _ in 0..runs {
        for (question, answer) in answers {
            findings += checker.check(question, answer).findings.len();
        }
    }
    let per_answer_ms = start.elapsed().as_secs_f64() * 1000.0 / (runs * answers.len()) as f64;

    let long_answer = answers
        .iter()
        .map(|(_, a)| *a)
        .collect::<Vec<_>>()
        .join(" ")
        .repeat(6);
    let start = Instant::now();
    for _ in 0..20 {
        findings += checker
            .check("Tell me everything that happened.", &long_answer)
            .findings
            .len();
    }
    let long_ms = start.elapsed().as_secs_f64() * 1000.0 / 20.0;

    println!("statement_words={words} prepare_ms={prepare_ms:.2}");
    println!(
        "score_one_answer_ms={per_answer_ms:.3} (mean of {} answers)",
        runs * answers.len()
    );
    println!(
        "score_long_answer_ms={long_ms:.2} ({} words)",
        long_answer.split_whitespace().count()
    );
    println!("findings_total={findings}");
}
