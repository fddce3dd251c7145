//! Reports for the attorney: a one-page summary first (scenario, date, counts
//! of findings by kind and weight, the few that matter most), then every
//! question with its answer, each finding with both quotes, the statement
//! paragraph and the time in the audio, and the attorney's notes and marks.
//!
//! Markdown for editing and sharing inside the firm; self-contained HTML (no
//! external files, no scripts) that prints well. Pure: renders a session handed in.

mod html;
mod markdown;

pub use html::html;
pub use markdown::markdown;

use crate::rehearsal::{AnswerHow, Exchange, SavedFinding};

/// How many findings the summary lists.
pub const TOP_FINDINGS: usize = 5;

/// What every report says about itself.
pub const DISCLAIMER: &str = "A practice tool, not legal advice. Findings measure consistency between the rehearsal answers and the written statement; they never judge truthfulness. Memory is affected by trauma, and \"I don't remember\" is a valid answer.";

/// `m:ss` for a time in the audio.
pub fn clock(seconds: f64) -> String {
    let total = seconds.max(0.0).round() as u64;
    format!("{}:{:02}", total / 60, total % 60)
}

/// The answer as the report shows it.
pub fn answer_text(exchange: &Exchange) -> String {
    match exchange.answer.how {
        AnswerHow::Skipped => "(skipped)".to_string(),
        _ if exchange.answer.text.trim().is_empty() => "(no words were recognised)".to_string(),
        _ => exchange.answer.text.clone(),
    }
}

/// How the answer was given, in plain words.
pub fn answer_how(exchange: &Exchange) -> String {
    let answer = &exchange.answer;
    match answer.how {
        AnswerHow::Spoken => match answer.duration_s {
            Some(d) => format!("spoken, {}", clock(d)),
            None => "spoken".to_string(),
        },
        AnswerHow::Typed => "typed".to_string(),
        AnswerHow::DontRemember => "\"I don't remember\"".to_string(),
        AnswerHow::Skipped => "skipped".to_string(),
    }
}

/// The finding's headline: "High · date · ¶ 3 · at 0:42 · check the audio".
pub fn finding_headline(finding: &SavedFinding) -> String {
    let mut parts = vec![
        capitalised(finding.severity.as_str()),
        finding.kind.as_str().to_string(),
    ];
    if finding.statement_paragraph > 0 {
        parts.push(format!("statement ¶ {}", finding.statement_paragraph));
    }
    if let Some(at) = finding.audio_time_s {
        parts.push(format!("at {} in the audio", clock(at)));
    }
    if finding.check_audio {
        parts.push("check the audio: the transcription was unsure here".to_string());
    }
    if let Some(mark) = finding.mark {
        parts.push(format!("marked: {}", mark.label()));
    }
    parts.join(" · ")
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{FindingKind, Severity};
    use crate::rehearsal::{Answer, Mark, Rehearsal};
    use crate::scenario::built_in;

    fn session() -> crate::rehearsal::Session {
        let scenario = built_in()
            .into_iter()
            .find(|e| e.scenario.id.contains("warm"))
            .expect("warm-up ships")
            .scenario;
        let mut r = Rehearsal::new(scenario, 1, "s1", "2026-11-23T10:00:00Z");
        let finding = SavedFinding {
            kind: FindingKind::Date,
            severity: Severity::High,
            statement_excerpt: "On 14 March 2019 <they> came.".to_string(),
            answer_excerpt: "in May 2019".to_string(),
            statement_paragraph: 3,
            explanation: "The statement says 14 March 2019; the answer says May 2019.".to_string(),
            statement_span: None,
            answer_span: None,
            check_audio: true,
            audio_time_s: Some(42.0),
            mark: Some(Mark::FixDeclaration),
            note: "Ask about the month.".to_string(),
        };
        r.answer(
            Answer::typed("It was in May 2019 & at night."),
            Some(70.0),
            vec![finding],
        );
        r.skip();
        r.finish("2026-11-23T10:30:00Z");
        r.session().clone()
    }

    #[test]
    fn both_formats_hold_every_answer_and_finding() {
        let s = session();
        let md = markdown(&s);
        let page = html(&s);
        for text in [&md, &page] {
            assert!(text.contains("May 2019"));
            assert!(text.contains("14 March 2019"));
            assert!(text.contains("statement ¶ 3"));
            assert!(text.contains("at 0:42"));
            assert!(text.contains("check the audio"));
            assert!(text.contains("fix the declaration"));
            assert!(text.contains("Ask about the month."));
            assert!(text.contains("not legal advice"));
            assert!(text.contains("(skipped)"));
        }
        for exchange in &s.exchanges {
            assert!(md.contains(&exchange.asked), "{}", exchange.asked);
        }
        assert!(page.contains("&lt;they&gt;"), "HTML is escaped");
        assert!(!page.contains("<they>"));
        assert!(page.contains("@media print"));
        assert!(
            !page.contains("http://") && !page.contains("https://"),
            "self-contained"
        );
    }
}
