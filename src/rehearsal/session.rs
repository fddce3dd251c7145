//! What one rehearsal leaves behind: the questions asked, the answers given,
//! the findings against the statement, and the attorney's notes and marks.
//!
//! Plain data with serde, versioned, shared by the app, the headless
//! `rehearse` command, the store and the reports. Optional fields default so an
//! older file still reads.

use serde::{Deserialize, Serialize};

use crate::consistency::{Finding, FindingKind, Severity};
use crate::scenario::{Topic, Weight};

/// The `format_version` this build writes. Version 1 is the first.
pub const SESSION_FORMAT_VERSION: u32 = 1;

/// One rehearsal of one scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub format_version: u32,
    /// Stable identifier, also the folder name in the workspace.
    pub id: String,
    pub scenario_id: String,
    pub scenario_title: String,
    /// Plain words, e.g. "US asylum office".
    pub jurisdiction: String,
    /// The seed of the plan, so the same interview can be replayed.
    pub seed: u64,
    /// RFC 3339, UTC.
    pub started_at: String,
    /// Set when the interview reached its end or was ended; `None` means it was
    /// interrupted and can be recovered.
    #[serde(default)]
    pub finished_at: Option<String>,
    /// The client's alias, when the session belongs to a client.
    #[serde(default)]
    pub client: Option<String>,
    #[serde(default)]
    pub exchanges: Vec<Exchange>,
    /// How many breaks were taken.
    #[serde(default)]
    pub breaks: u32,
    /// The attorney's note on the whole session.
    #[serde(default)]
    pub note: String,
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    /// 1-based position in the interview as it was asked.
    pub number: u32,
    pub question_id: String,
    /// The words the officer used.
    pub asked: String,
    /// Who asked ("The officer", "Government counsel", ...).
    pub speaker: String,
    pub topic: Topic,
    pub weight: Weight,
    /// The question this one followed up, if it is a follow-up.
    #[serde(default)]
    pub follow_up_of: Option<String>,
    pub answer: Answer,
    /// Consistency with the statement, 0–100; `None` when not checked.
    #[serde(default)]
    pub score: Option<f64>,
    #[serde(default)]
    pub findings: Vec<SavedFinding>,
    /// The attorney's note on this answer.
    #[serde(default)]
    pub note: String,
}

/// How an answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerHow {
    Spoken,
    Typed,
    /// "I don't remember": a valid answer, never held against anyone.
    DontRemember,
    Skipped,
}

/// An answer, spoken or typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub how: AnswerHow,
    /// The transcript or the typed text, in the language spoken.
    #[serde(default)]
    pub text: String,
    /// The English translation, when the answer was in another language.
    #[serde(default)]
    pub translation: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    /// Length of the recording in seconds (spoken answers).
    #[serde(default)]
    pub duration_s: Option<f64>,
    /// File name of the recording inside the session's `audio/` folder.
    #[serde(default)]
    pub audio: Option<String>,
    #[serde(default)]
    pub segments: Vec<SavedSegment>,
}

impl Answer {
    pub fn typed(text: &str) -> Answer {
        Answer {
            how: AnswerHow::Typed,
            text: text.trim().to_string(),
            translation: None,
            language: None,
            duration_s: None,
            audio: None,
            segments: Vec::new(),
        }
    }

    pub fn dont_remember() -> Answer {
        Answer {
            how: AnswerHow::DontRemember,
            text: "I don't remember.".to_string(),
            ..Answer::typed("")
        }
    }

    pub fn skipped() -> Answer {
        Answer {
            how: AnswerHow::Skipped,
            ..Answer::typed("")
        }
    }

    /// The text the consistency check reads: the English where there is one.
    pub fn text_for_checking(&self) -> &str {
        self.translation.as_deref().unwrap_or(&self.text)
    }

    /// Seconds the answer took: measured for speech, estimated for typing
    /// (150 words a minute, an unhurried speaking pace).
    pub fn seconds(&self) -> f64 {
        self.duration_s
            .unwrap_or_else(|| self.text.split_whitespace().count() as f64 / 2.5)
    }
}

/// A transcribed stretch of a spoken answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSegment {
    pub start_s: f64,
    pub end_s: f64,
    pub text: String,
    pub confidence: f32,
}

/// Below this segment confidence a finding says "check the audio".
pub const UNSURE_CONFIDENCE: f32 = 0.6;

/// The attorney's verdict on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mark {
    /// The client explained it well.
    Explained,
    /// The declaration is wrong and needs correcting.
    FixDeclaration,
    /// Not a real discrepancy.
    NotAnIssue,
}

impl Mark {
    pub const ALL: [Mark; 3] = [Mark::Explained, Mark::FixDeclaration, Mark::NotAnIssue];

    pub fn label(self) -> &'static str {
        match self {
            Mark::Explained => "explained",
            Mark::FixDeclaration => "fix the declaration",
            Mark::NotAnIssue => "not an issue",
        }
    }
}

/// A finding as kept in a session, with the attorney's mark and note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedFinding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub statement_excerpt: String,
    pub answer_excerpt: String,
    /// 0 for none.
    pub statement_paragraph: u32,
    pub explanation: String,
    /// Byte range of the conflicting words in the statement text.
    #[serde(default)]
    pub statement_span: Option<(usize, usize)>,
    /// Byte range of the conflicting words in the checked answer text.
    #[serde(default)]
    pub answer_span: Option<(usize, usize)>,
    /// The words it rests on were transcribed with low confidence.
    #[serde(default)]
    pub check_audio: bool,
    /// Where in the recording the words were said.
    #[serde(default)]
    pub audio_time_s: Option<f64>,
    #[serde(default)]
    pub mark: Option<Mark>,
    #[serde(default)]
    pub note: String,
}

impl SavedFinding {
    /// Keeps `finding` for `answer`, noting where in the audio its words are and
    /// whether the transcription was unsure there.
    pub fn new(finding: &Finding, answer: &Answer) -> SavedFinding {
        let span = finding.answer_span.clone();
        let segment = span
            .as_ref()
            .and_then(|span| segment_at(answer, span.start));
        SavedFinding {
            kind: finding.kind,
            severity: finding.severity,
            statement_excerpt: finding.statement_excerpt.clone(),
            answer_excerpt: finding.answer_excerpt.clone(),
            statement_paragraph: finding.statement_paragraph,
            explanation: finding.explanation.clone(),
            statement_span: finding.statement_span.clone().map(|r| (r.start, r.end)),
            answer_span: span.map(|r| (r.start, r.end)),
            check_audio: segment.is_some_and(|s| s.confidence < UNSURE_CONFIDENCE),
            audio_time_s: segment.map(|s| s.start_s),
            mark: None,
            note: String::new(),
        }
    }
}

/// The segment holding byte `at` of the answer's checked text, when the
/// checked text is the transcript itself (not a translation).
fn segment_at(answer: &Answer, at: usize) -> Option<&SavedSegment> {
    if answer.translation.is_some() {
        return None;
    }
    let mut from = 0;
    for segment in &answer.segments {
        let text = segment.text.trim();
        let Some(found) = answer.text.get(from..).and_then(|rest| rest.find(text)) else {
            continue;
        };
        let start = from + found;
        let end = start + text.len();
        if at < end {
            return (at >= start.saturating_sub(1)).then_some(segment);
        }
        from = end;
    }
    None
}

impl Session {
    /// Counts of findings by kind, in the order of [`FindingKind::ALL`], leaving out zeros.
    pub fn findings_by_kind(&self) -> Vec<(FindingKind, usize)> {
        FindingKind::ALL
            .iter()
            .map(|&kind| {
                let n = self
                    .findings()
                    .filter(|(_, finding)| finding.kind == kind)
                    .count();
                (kind, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// Counts of findings by severity, high first.
    pub fn findings_by_severity(&self) -> [(Severity, usize); 3] {
        [Severity::High, Severity::Medium, Severity::Low].map(|severity| {
            let n = self
                .findings()
                .filter(|(_, finding)| finding.severity == severity)
                .count();
            (severity, n)
        })
    }

    /// Every finding with the exchange it belongs to.
    pub fn findings(&self) -> impl Iterator<Item = (&Exchange, &SavedFinding)> {
        self.exchanges
            .iter()
            .flat_map(|exchange| exchange.findings.iter().map(move |f| (exchange, f)))
    }

    /// The findings that matter most: high before medium before low, central
    /// questions first, at most `n`.
    pub fn top_findings(&self, n: usize) -> Vec<(&Exchange, &SavedFinding)> {
        let mut all: Vec<(&Exchange, &SavedFinding)> = self
            .findings()
            .filter(|(_, f)| f.mark != Some(Mark::NotAnIssue))
            .collect();
        all.sort_by_key(|(exchange, finding)| {
            (
                std::cmp::Reverse(finding.severity),
                exchange.weight != Weight::Central,
                exchange.number,
            )
        });
        all.truncate(n);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spoken() -> Answer {
        Answer {
            how: AnswerHow::Spoken,
            text: "They came at night. I think it was in May.".to_string(),
            segments: vec![
                SavedSegment {
                    start_s: 0.0,
                    end_s: 2.0,
                    text: " They came at night.".to_string(),
                    confidence: 0.9,
                },
                SavedSegment {
                    start_s: 2.0,
                    end_s: 4.5,
                    text: " I think it was in May.".to_string(),
                    confidence: 0.4,
                },
            ],
            duration_s: Some(4.5),
            ..Answer::typed("")
        }
    }

    #[test]
    fn finding_on_an_unsure_segment_says_check_the_audio() {
        let answer = spoken();
        let at = answer.text.find("May").unwrap_or(0);
        let finding = Finding {
            kind: FindingKind::Date,
            severity: Severity::High,
            statement_excerpt: "On 14 March 2019".to_string(),
            answer_excerpt: "in May".to_string(),
            statement_paragraph: 3,
            explanation: "x".to_string(),
            statement_span: None,
            answer_span: Some(at..at + 3),
        };
        let saved = SavedFinding::new(&finding, &answer);
        assert!(saved.check_audio);
        assert_eq!(saved.audio_time_s, Some(2.0));
        let early = Finding {
            answer_span: Some(0..4),
            ..finding
        };
        let saved = SavedFinding::new(&early, &answer);
        assert!(!saved.check_audio);
        assert_eq!(saved.audio_time_s, Some(0.0));
    }

    #[test]
    fn typed_answers_estimate_their_length() {
        let answer = Answer::typed("one two three four five");
        assert!((answer.seconds() - 2.0).abs() < 1e-9);
    }

    #[test]
    fn an_old_file_without_optional_fields_reads() {
        let json = r#"{"format_version":1,"id":"s1","scenario_id":"w","scenario_title":"W",
            "jurisdiction":"Practice","seed":7,"started_at":"2026-11-23T00:00:00Z"}"#;
        let session: Session = serde_json::from_str(json).expect("reads");
        assert!(session.exchanges.is_empty());
        assert_eq!(session.finished_at, None);
    }
}
