//! How findings are worded: titles, articles and short quotations.

use super::*;

/// The explanation where the statement says there was none of `what` and
/// the answer says there was.
pub(super) fn no_such(what: &str) -> String {
    format!("The statement says there was no {what}; the answer says there was.")
}

/// An event's plain words without their article: "beating", "arrest".
pub(super) fn bare(kind: EventKind) -> &'static str {
    kind.describe()
        .trim_start_matches("a ")
        .trim_start_matches("an ")
}

pub(super) fn with_article(s: &str) -> String {
    if s.starts_with("a ")
        || s.starts_with("an ")
        || s.chars().next().is_some_and(char::is_uppercase)
    {
        s.to_string()
    } else if s.contains(' ')
        && s.split(' ')
            .nth(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        format!("the {s}")
    } else if s.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {s}")
    } else {
        format!("a {s}")
    }
}

pub(super) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn title(raw: &str, fallback: &str) -> String {
    let raw = raw.trim();
    if raw.is_empty() {
        fallback.to_string()
    } else {
        raw.to_string()
    }
}

pub(super) fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
