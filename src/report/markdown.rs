//! The Markdown report.

use std::fmt::Write;

use crate::rehearsal::Session;

use super::{DISCLAIMER, TOP_FINDINGS, answer_how, answer_text, finding_headline};

/// Renders `session` as Markdown.
pub fn markdown(session: &Session) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Rehearsal report: {}", session.scenario_title);
    let _ = writeln!(out);
    let _ = writeln!(out, "> {DISCLAIMER}");
    let _ = writeln!(out);
    let _ = writeln!(out, "## Summary");
    let _ = writeln!(out);
    if let Some(client) = &session.client {
        let _ = writeln!(out, "- **Client:** {client}");
    }
    let _ = writeln!(
        out,
        "- **Scenario:** {} ({})",
        session.scenario_title, session.jurisdiction
    );
    let _ = writeln!(out, "- **Date:** {}", session.started_at);
    let answered = session
        .exchanges
        .iter()
        .filter(|e| e.answer.how != crate::rehearsal::AnswerHow::Skipped)
        .count();
    let _ = writeln!(
        out,
        "- **Questions:** {} asked, {} answered, {} break(s)",
        session.exchanges.len(),
        answered,
        session.breaks
    );
    if session.finished_at.is_none() {
        let _ = writeln!(out, "- **Status:** interrupted before the end");
    }
    let total = session.findings().count();
    let by_weight: Vec<String> = session
        .findings_by_severity()
        .iter()
        .map(|(severity, n)| format!("{n} {severity}"))
        .collect();
    let _ = writeln!(out, "- **Findings:** {total} ({})", by_weight.join(", "));
    let by_kind: Vec<String> = session
        .findings_by_kind()
        .iter()
        .map(|(kind, n)| format!("{kind}: {n}"))
        .collect();
    if !by_kind.is_empty() {
        let _ = writeln!(out, "- **By kind:** {}", by_kind.join(", "));
    }
    if !session.note.trim().is_empty() {
        let _ = writeln!(out, "- **Attorney's note:** {}", session.note.trim());
    }
    let top = session.top_findings(TOP_FINDINGS);
    if !top.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "### What matters most");
        let _ = writeln!(out);
        for (exchange, finding) in top {
            let _ = writeln!(
                out,
                "1. **Q{}** ({}): {}",
                exchange.number,
                finding_headline(finding),
                finding.explanation
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "## Questions and answers");
    for exchange in &session.exchanges {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "### Q{}. {}{}",
            exchange.number,
            exchange.asked,
            exchange
                .follow_up_of
                .as_ref()
                .map(|of| format!(" (follow-up to {of})"))
                .unwrap_or_default()
        );
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "*{} · {} · {}*",
            exchange.speaker,
            exchange.topic.label(),
            answer_how(exchange)
        );
        let _ = writeln!(out);
        let _ = writeln!(out, "> {}", answer_text(exchange).replace('\n', "\n> "));
        if let Some(english) = &exchange.answer.translation {
            let _ = writeln!(out);
            let _ = writeln!(out, "English: {english}");
        }
        if let Some(score) = exchange.score {
            let _ = writeln!(out);
            let _ = writeln!(out, "Consistency with the statement: {score:.0} / 100");
        }
        for finding in &exchange.findings {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "- **{}**: {}",
                finding_headline(finding),
                finding.explanation
            );
            let _ = writeln!(
                out,
                "  - Statement: \"{}\"",
                finding.statement_excerpt.trim()
            );
            let _ = writeln!(out, "  - Answer: \"{}\"", finding.answer_excerpt.trim());
            if !finding.note.trim().is_empty() {
                let _ = writeln!(out, "  - Note: {}", finding.note.trim());
            }
        }
        if !exchange.note.trim().is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Note: {}", exchange.note.trim());
        }
    }
    out
}
