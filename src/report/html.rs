//! The HTML report: one self-contained page with its own styles, made to print.

use std::fmt::Write;

use crate::rehearsal::{AnswerHow, Session};

use super::{DISCLAIMER, TOP_FINDINGS, answer_how, answer_text, finding_headline};

const STYLE: &str = "body{font-family:'Noto Sans',sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:1px solid #bbb;padding-bottom:.2rem}h3{font-size:1.05rem;margin-bottom:.3rem}
.note{background:#f4f1e8;border-left:4px solid #b59b5a;padding:.5rem .8rem}
.meta{color:#555;font-size:.9rem}.answer{background:#f6f6f6;padding:.5rem .8rem;white-space:pre-wrap}
.finding{border:1px solid #ccc;border-left:5px solid #888;padding:.4rem .8rem;margin:.5rem 0}
.high{border-left-color:#a33}.medium{border-left-color:#c80}.low{border-left-color:#68a}
.quotes{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}.quotes div{background:#fafafa;padding:.3rem .5rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
.summary{page-break-after:always}
@media print{body{margin:0;max-width:none}.finding,.exchange{break-inside:avoid}}";

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders `session` as one HTML page.
pub fn html(session: &Session) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Rehearsal report: {}</title><style>{STYLE}</style></head><body>\n",
        esc(&session.scenario_title)
    );
    let _ = writeln!(
        out,
        "<section class=\"summary\"><h1>Rehearsal report: {}</h1>",
        esc(&session.scenario_title)
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(DISCLAIMER));
    let _ = writeln!(out, "<table>");
    let mut row = |label: &str, value: String| {
        let _ = writeln!(out, "<tr><th>{label}</th><td>{}</td></tr>", esc(&value));
    };
    if let Some(client) = &session.client {
        row("Client", client.clone());
    }
    row(
        "Scenario",
        format!("{} ({})", session.scenario_title, session.jurisdiction),
    );
    row("Date", session.started_at.clone());
    let answered = session
        .exchanges
        .iter()
        .filter(|e| e.answer.how != AnswerHow::Skipped)
        .count();
    row(
        "Questions",
        format!(
            "{} asked, {answered} answered, {} break(s)",
            session.exchanges.len(),
            session.breaks
        ),
    );
    if session.finished_at.is_none() {
        row("Status", "interrupted before the end".to_string());
    }
    let by_weight: Vec<String> = session
        .findings_by_severity()
        .iter()
        .map(|(severity, n)| format!("{n} {severity}"))
        .collect();
    row(
        "Findings",
        format!("{} ({})", session.findings().count(), by_weight.join(", ")),
    );
    let by_kind: Vec<String> = session
        .findings_by_kind()
        .iter()
        .map(|(kind, n)| format!("{kind}: {n}"))
        .collect();
    if !by_kind.is_empty() {
        row("By kind", by_kind.join(", "));
    }
    if !session.note.trim().is_empty() {
        row("Attorney's note", session.note.trim().to_string());
    }
    let _ = writeln!(out, "</table>");
    let top = session.top_findings(TOP_FINDINGS);
    if !top.is_empty() {
        let _ = writeln!(out, "<h2>What matters most</h2><ol>");
        for (exchange, finding) in top {
            let _ = writeln!(
                out,
                "<li><b>Q{}</b> ({}): {}</li>",
                exchange.number,
                esc(&finding_headline(finding)),
                esc(&finding.explanation)
            );
        }
        let _ = writeln!(out, "</ol>");
    }
    let _ = writeln!(out, "</section>\n<h2>Questions and answers</h2>");
    for exchange in &session.exchanges {
        let _ = writeln!(out, "<section class=\"exchange\">");
        let follow = exchange
            .follow_up_of
            .as_ref()
            .map(|of| format!(" (follow-up to {of})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<h3>Q{}. {}{}</h3>",
            exchange.number,
            esc(&exchange.asked),
            esc(&follow)
        );
        let _ = writeln!(
            out,
            "<p class=\"meta\">{} · {} · {}</p>",
            esc(&exchange.speaker),
            esc(exchange.topic.label()),
            esc(&answer_how(exchange))
        );
        let _ = writeln!(
            out,
            "<div class=\"answer\">{}</div>",
            esc(&answer_text(exchange))
        );
        if let Some(english) = &exchange.answer.translation {
            let _ = writeln!(out, "<p><i>English:</i> {}</p>", esc(english));
        }
        if let Some(score) = exchange.score {
            let _ = writeln!(
                out,
                "<p class=\"meta\">Consistency with the statement: {score:.0} / 100</p>"
            );
        }
        for finding in &exchange.findings {
            let _ = writeln!(
                out,
                "<div class=\"finding {}\"><p><b>{}</b>: {}</p><div class=\"quotes\"><div><i>Statement</i><br>“{}”</div><div><i>Answer</i><br>“{}”</div></div>",
                finding.severity.as_str(),
                esc(&finding_headline(finding)),
                esc(&finding.explanation),
                esc(finding.statement_excerpt.trim()),
                esc(finding.answer_excerpt.trim())
            );
            if !finding.note.trim().is_empty() {
                let _ = writeln!(out, "<p><i>Note:</i> {}</p>", esc(finding.note.trim()));
            }
            let _ = writeln!(out, "</div>");
        }
        if !exchange.note.trim().is_empty() {
            let _ = writeln!(out, "<p><i>Note:</i> {}</p>", esc(exchange.note.trim()));
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</body></html>");
    out
}
