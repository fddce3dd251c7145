//! Small readings of text shared by the checks: denials, clauses, what a
//! question wants, and dates spanned.

use super::*;

/// Whether the clause around a fact, up to it, holds a negation.
/// Words that deny the thing after them: "never a bodyguard", "no lawyer".
const DENYING: &[&str] = &[
    "no", "never", "not", "without", "nor", "neither", "didn't", "wasn't", "weren't", "nobody",
    "none", "nothing",
];

/// Whether the word at `i` of `tokens` is denied outright: "no lawyer",
/// "never a bodyguard or a vehicle", "I never had a lawyer"; not "no food
/// except what my wife brought".
fn denied_at(tokens: &[Token], i: usize) -> bool {
    if tokens
        .get(i + 1)
        .is_some_and(|n| n.is_any(&["except", "but", "apart", "besides", "other"]))
    {
        return false;
    }
    let before: Vec<&Token> = tokens[i.saturating_sub(5)..i]
        .iter()
        .rev()
        .take_while(|b| b.kind == TokenKind::Word)
        .collect();
    let Some((first, rest)) = before.split_first() else {
        return false;
    };
    if first.is_any(&["no", "nor"]) {
        return true;
    }
    if !first.is_any(&["a", "an", "any"]) {
        return false;
    }
    const HAVING: &[&str] = &[
        "had", "have", "get", "got", "receive", "received", "given", "see", "saw",
    ];
    // "no a…", "never a bodyguard", "never had a lawyer", "did not get any".
    rest.first().is_some_and(|b| b.is_any(&["no", "nor"]))
        || rest
            .iter()
            .take(3)
            .position(|b| b.is_any(&["never", "not", "didn't"]))
            .is_some_and(|p| rest[..p].iter().all(|b| b.is_any(HAVING)))
        // "never a bodyguard or a vehicle"
        || rest.first().is_some_and(|b| b.is("or")) && rest[1..].iter().any(|b| b.is("never"))
}

/// Whether the word at `i` of `tokens` is said without a denial just before it.
pub(super) fn said_plainly(tokens: &[Token], i: usize) -> bool {
    !tokens[i.saturating_sub(4)..i]
        .iter()
        .any(|b| b.is_any(DENYING))
}

/// The stems `tokens` deny outright (see [`denied_at`]).
pub(super) fn denied_stems(tokens: &[Token]) -> Vec<String> {
    (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word && denied_at(tokens, i))
        .map(|i| stem(&tokens[i].lower))
        .collect()
}

/// The kinds of harm told as happening among the facts `keep` accepts.
pub(super) fn harm_kinds(facts: &TextFacts, keep: impl Fn(&Fact) -> bool) -> Vec<EventKind> {
    facts
        .facts
        .iter()
        .filter(|f| keep(f))
        .filter_map(|f| match &f.value {
            FactValue::Event(e) if e.positive && e.kind.is_harm() => Some(e.kind),
            _ => None,
        })
        .collect()
}

/// The clause of a sentence's tokens around `at`: from the break (or
/// "then") before it to the one after it.
pub(super) fn clause_around(tokens: &[Token], at: usize) -> Range<usize> {
    // "…the border patrol and they kept me…": "and" before a new subject too.
    let ends = |k: usize| {
        let t = &tokens[k];
        t.kind == TokenKind::Break
            || t.is("then")
            || (t.is("and")
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["i", "we", "they", "he", "she"])))
    };
    let at = at.min(tokens.len());
    let start = (0..at).rev().find(|&k| ends(k)).map_or(0, |b| b + 1);
    let end = (at..tokens.len())
        .find(|&k| ends(k))
        .unwrap_or(tokens.len());
    start..end
}

/// Whether a person is told as the owner of something ("my uncle's house").
pub(super) fn is_possessive(text: &str, f: &Fact) -> bool {
    text.get(f.span.clone())
        .is_some_and(|w| w.trim_end().ends_with("'s") || w.trim_end().ends_with("’s"))
}

/// The days each date among `facts` may mean (a year alone is all of it).
pub(super) fn date_spans<'a>(facts: impl Iterator<Item = &'a Fact>) -> Vec<(i64, i64)> {
    facts
        .filter_map(|f| match &f.value {
            FactValue::Date(d) => d.loose_span(),
            _ => None,
        })
        .collect()
}

/// Whether two spans of days share a day.
pub(super) fn overlap((a, b): (i64, i64), (c, d): (i64, i64)) -> bool {
    a <= d && c <= b
}

/// What a question asks for.
#[derive(PartialEq)]
pub(super) enum Want {
    Who,
    When,
    Number,
    Where,
    Harm,
    Reason,
}

/// What a question asks for, if it is one of the kinds an answer can leave out.
pub(super) fn wanted(question: &str) -> Option<Want> {
    let q = question.trim().to_lowercase();
    let first = tokenize(&q)
        .first()
        .map(|t| t.lower.clone())
        .unwrap_or_default();
    let want = if first == "who" || q.contains(" who ") {
        Want::Who
    } else if first == "when"
        || q.contains("what date")
        || q.contains("which year")
        || q.contains("what year")
    {
        Want::When
    } else if q.starts_with("how many") || q.starts_with("how much") || q.starts_with("how long") {
        Want::Number
    } else if first == "where" {
        Want::Where
    } else if first == "why" {
        Want::Reason
    } else if q.starts_with("what happened")
        // "Tell me what happened during the four days…" (but not "Did
        // you report what happened?")
        || (q.contains("tell me what happened") || q.starts_with("describe what happened"))
        || (q.starts_with("what did") && q.contains(" do"))
        || q.starts_with("how did they treat")
        || q.starts_with("how were you treated")
        || q.contains("injuries")
        || q.starts_with("how were you hurt")
        || q.starts_with("how were you injured")
        // "Tell me about the attack on 15 April": what was done.
        || ((q.starts_with("tell me about") || q.starts_with("describe"))
            && crate::facts::events::events(&tokenize(&q))
                .iter()
                .any(|e| e.positive && e.kind.is_harm()))
    {
        Want::Harm
    } else {
        return None;
    };
    Some(want)
}

/// Kinds that count as the same event: a bare "report" matches any reporting.
pub(super) fn same_event_kind(a: EventKind, b: EventKind) -> bool {
    use EventKind::{Report, ReportOther, ReportPolice};
    a == b
        || matches!(
            (a, b),
            (Report, ReportPolice | ReportOther) | (ReportPolice | ReportOther, Report)
        )
}

/// Words that, before "time", point to a time other than the one being
/// told: "the first time", "the other time", "last time".
pub(super) const OTHER_TIMES: &[&str] = &["first", "second", "other", "last", "previous"];

/// Where `tokens` name another time ("the first time it was a corporal"):
/// the index of each word of [`OTHER_TIMES`] that is followed by "time".
pub(super) fn other_times(tokens: &[Token]) -> impl Iterator<Item = usize> + '_ {
    tokens
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0].is_any(OTHER_TIMES) && w[1].is("time"))
        .map(|(i, _)| i)
}

/// The byte spans of the answer's clauses told of a time other than the
/// one asked about: from "the first time", "the other time" or "last time"
/// (where the question does not ask of that time) to the end of the clause
/// ("…, but this time twenty").
pub(super) fn told_of_another_time(question: &TextFacts, answer: &TextFacts) -> Vec<Range<usize>> {
    let asked: Vec<&str> = question
        .tokens
        .iter()
        .filter(|t| t.is_any(OTHER_TIMES))
        .map(|t| t.lower.as_str())
        .collect();
    let mut spans = Vec::new();
    for s in 0..answer.sentences.len() {
        let tokens = answer.sentence_tokens_of(s);
        for i in other_times(tokens) {
            if asked.contains(&tokens[i].lower.as_str()) {
                continue;
            }
            let end = tokens[i + 2..]
                .iter()
                .find(|t| t.is_any(&["but", "whereas", "while", "now", "this"]))
                .or(tokens.last())
                .map_or(tokens[i + 1].span.end, |t| t.span.end);
            spans.push(tokens[i].span.start..end);
        }
    }
    spans
}
