//! Checks a parsed scenario for what the type system cannot: duplicate ids,
//! follow-ups that point nowhere, empty words, an unsupported version.
//! Each problem is placed with the help of the [`SourceMap`].

use std::collections::{HashMap, HashSet};

use super::load::Problem;
use super::locate::SourceMap;
use super::model::{Condition, FORMAT_VERSION, PLACEHOLDERS, Scenario};

/// Every problem found, in file order.
pub fn check(scenario: &Scenario, map: &SourceMap) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut at = |path: &str, message: String| {
        problems.push(Problem::new(map.position(path), message));
    };

    if scenario.format_version != FORMAT_VERSION {
        at(
            "format_version",
            format!(
                "format_version {} is not supported; this version of Mock Hearing reads format_version {FORMAT_VERSION}",
                scenario.format_version
            ),
        );
    }
    if !is_valid_id(&scenario.id) {
        at(
            "id",
            format!(
                "scenario id {:?} must be non-empty and use only letters, digits, '-' and '_'",
                scenario.id
            ),
        );
    }
    if scenario.title.trim().is_empty() {
        at(
            "title",
            "the title is empty; give the interview a short name".into(),
        );
    }
    if !is_language_code(&scenario.language) {
        at(
            "language",
            format!(
                "language {:?} is not a language code; use a two- or three-letter code such as \"en\" or \"es\"",
                scenario.language
            ),
        );
    }
    for (i, warning) in scenario.content_warnings.iter().enumerate() {
        if warning.trim().is_empty() {
            at(
                &format!("content_warnings.{i}"),
                "a content warning is empty; remove it or write what it warns of".into(),
            );
        }
    }
    if scenario.officer.name.trim().is_empty() {
        at(
            "officer.name",
            "the officer's name is empty; write a name or a role such as \"Asylum Officer\"".into(),
        );
    }
    if scenario.sections.is_empty() {
        at(
            "sections",
            "the scenario has no sections; add at least one section with questions".into(),
        );
    }

    // First pass: ids, where they are, and which are reachable only as follow-ups.
    let mut first_seen: HashMap<&str, String> = HashMap::new();
    for (s, section) in scenario.sections.iter().enumerate() {
        let section_path = format!("sections.{s}");
        if section.title.trim().is_empty() {
            at(
                &format!("{section_path}.title"),
                "the section title is empty; name the part of the interview".into(),
            );
        }
        if section
            .speaker
            .as_deref()
            .is_some_and(|s| s.trim().is_empty())
        {
            at(
                &format!("{section_path}.speaker"),
                "the speaker is empty; remove the field to use the officer, or name who asks"
                    .into(),
            );
        }
        if section.questions.is_empty() {
            at(
                &format!("{section_path}.questions"),
                "this section has no questions; add one or remove the section".into(),
            );
        }
        for (q, question) in section.questions.iter().enumerate() {
            let path = format!("{section_path}.questions.{q}");
            if !is_valid_id(&question.id) {
                at(
                    &format!("{path}.id"),
                    format!(
                        "question id {:?} must be non-empty and use only letters, digits, '-' and '_' (answers are found by file name)",
                        question.id
                    ),
                );
            } else if let Some(previous) = first_seen.get(question.id.as_str()) {
                let earlier = map.position(previous);
                at(
                    &format!("{path}.id"),
                    format!(
                        "duplicate question id {:?}; it is already used at line {}, column {}",
                        question.id, earlier.line, earlier.col
                    ),
                );
            } else {
                first_seen.insert(&question.id, format!("{path}.id"));
            }
            if question.ask.trim().is_empty() {
                at(
                    &format!("{path}.ask"),
                    "the question text is empty; write the officer's words in `ask`".into(),
                );
            }
            for (a, alternative) in question.alternatives.iter().enumerate() {
                if alternative.trim().is_empty() {
                    at(
                        &format!("{path}.alternatives.{a}"),
                        "an alternative phrasing is empty; write it or remove it".into(),
                    );
                }
            }
            if question.time_guide_seconds == Some(0) {
                at(
                    &format!("{path}.time_guide_seconds"),
                    "time_guide_seconds is 0; give a number of seconds or remove the field".into(),
                );
            }
        }
    }

    // Second pass: follow-ups, which may point forward.
    let mut pointed_at: HashSet<&str> = HashSet::new();
    for (s, section) in scenario.sections.iter().enumerate() {
        for (q, question) in section.questions.iter().enumerate() {
            for (f, follow_up) in question.follow_ups.iter().enumerate() {
                let path = format!("sections.{s}.questions.{q}.follow_ups.{f}");
                match (&follow_up.ask, &follow_up.go_to) {
                    (Some(_), Some(_)) => at(
                        &format!("{path}.go_to"),
                        "a follow-up has both `ask` and `go_to`; keep one".into(),
                    ),
                    (None, None) => at(
                        &path,
                        "a follow-up needs either `ask: \"...\"` (the words) or `go_to: \"question-id\"`".into(),
                    ),
                    _ => {}
                }
                if let Some(words) = &follow_up.ask {
                    if words.trim().is_empty() {
                        at(
                            &format!("{path}.ask"),
                            "the follow-up text is empty; write the officer's words".into(),
                        );
                    }
                    for name in placeholders_in(words) {
                        if !PLACEHOLDERS.contains(&name.as_str()) {
                            at(
                                &format!("{path}.ask"),
                                format!(
                                    "unknown placeholder {{{name}}}; the placeholders are {{answer_quote}} and {{statement_quote}}"
                                ),
                            );
                        } else if !matches!(
                            follow_up.when,
                            Condition::Finding(_) | Condition::AnyFinding
                        ) {
                            at(
                                &format!("{path}.ask"),
                                format!(
                                    "{{{name}}} can only be filled in when the condition is `Finding(..)` or `AnyFinding`"
                                ),
                            );
                        }
                    }
                }
                if let Some(target) = &follow_up.go_to {
                    if target == &question.id {
                        at(
                            &format!("{path}.go_to"),
                            format!(
                                "the follow-up points to its own question {target:?}; point to another question"
                            ),
                        );
                    } else if !first_seen.contains_key(target.as_str()) {
                        at(
                            &format!("{path}.go_to"),
                            format!(
                                "the follow-up points to {target:?}, but no question has that id; check the spelling"
                            ),
                        );
                    } else {
                        pointed_at.insert(target.as_str());
                    }
                }
                match &follow_up.when {
                    Condition::AnswerMentions(words) | Condition::AnswerLacks(words) => {
                        if words.is_empty() {
                            at(
                                &format!("{path}.when"),
                                "the condition lists no words; add at least one, e.g. [\"police\"]"
                                    .into(),
                            );
                        }
                        if words.iter().any(|w| w.trim().is_empty()) {
                            at(
                                &format!("{path}.when"),
                                "the condition has an empty word; remove it".into(),
                            );
                        }
                    }
                    Condition::AnswerShorterThan(0) => at(
                        &format!("{path}.when"),
                        "AnswerShorterThan(0) can never hold; give a number of seconds above 0"
                            .into(),
                    ),
                    _ => {}
                }
            }
        }
    }

    // Follow-up-only questions nobody points to would never be asked.
    for (s, section) in scenario.sections.iter().enumerate() {
        for (q, question) in section.questions.iter().enumerate() {
            if question.follow_up_only && !pointed_at.contains(question.id.as_str()) {
                at(
                    &format!("sections.{s}.questions.{q}.follow_up_only"),
                    format!(
                        "question {:?} is follow_up_only but no follow-up has `go_to: {:?}`, so it is never asked",
                        question.id, question.id
                    ),
                );
            }
        }
    }

    problems.sort_by_key(|p| p.position);
    problems
}

/// Ids name answer files, so they are restricted to safe characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase())
}

/// Names between `{` and `}` in follow-up words.
fn placeholders_in(words: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = words;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(after[..close].trim().to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}
