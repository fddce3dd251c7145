//! The scenario schema: what a trainer writes in a `.ron` file.
//!
//! Every optional field has a default (`#[serde(default)]`) and unknown fields are
//! rejected, so a typo never silently changes an interview. This module only
//! describes data; loading lives in `load`, checking in `validate`.

use serde::{Deserialize, Serialize};

use crate::consistency::FindingKind;

/// The only `format_version` this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// One mock interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Version of the file format; must be [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Short, stable, file-name-safe identifier, e.g. `"us-affirmative-asylum-office"`.
    pub id: String,
    pub title: String,
    pub jurisdiction: Jurisdiction,
    /// Language the officer speaks, as an ISO 639-1 code (`"en"`, `"es"`).
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub description: String,
    /// Rough length of the whole interview in minutes.
    #[serde(default)]
    pub estimated_minutes: u32,
    /// Shown before the interview starts, e.g. `["sexual violence", "detention"]`.
    #[serde(default)]
    pub content_warnings: Vec<String>,
    #[serde(default)]
    pub officer: Officer,
    /// Whether an interpreter takes part (the officer then speaks in short turns).
    #[serde(default)]
    pub interpreter: bool,
    /// The protected grounds this interview explores, for the library's filters.
    #[serde(default)]
    pub protected_grounds: Vec<ProtectedGround>,
    pub sections: Vec<Section>,
}

fn default_language() -> String {
    "en".to_string()
}

/// Where (and before whom) the interview takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Jurisdiction {
    /// US affirmative asylum interview at a USCIS asylum office.
    UsAsylumOffice,
    /// US credible-fear screening after arrival at the border.
    UsCredibleFear,
    /// US immigration court: direct examination and cross-examination.
    UsImmigrationCourt,
    /// UK Home Office screening interview.
    UkScreening,
    /// UK Home Office substantive asylum interview.
    UkSubstantive,
    /// A short warm-up that is not modelled on any one system.
    Practice,
}

impl Jurisdiction {
    pub const ALL: [Jurisdiction; 6] = [
        Jurisdiction::UsAsylumOffice,
        Jurisdiction::UsCredibleFear,
        Jurisdiction::UsImmigrationCourt,
        Jurisdiction::UkScreening,
        Jurisdiction::UkSubstantive,
        Jurisdiction::Practice,
    ];

    /// Plain words for people, e.g. "US asylum office".
    pub fn label(self) -> &'static str {
        match self {
            Jurisdiction::UsAsylumOffice => "US asylum office",
            Jurisdiction::UsCredibleFear => "US credible fear",
            Jurisdiction::UsImmigrationCourt => "US immigration court",
            Jurisdiction::UkScreening => "UK screening",
            Jurisdiction::UkSubstantive => "UK substantive interview",
            Jurisdiction::Practice => "Practice",
        }
    }
}

/// The person asking the questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Officer {
    pub name: String,
    pub manner: Manner,
}

impl Default for Officer {
    fn default() -> Self {
        Officer {
            name: "The officer".to_string(),
            manner: Manner::Neutral,
        }
    }
}

/// How the officer comes across; the app may use it for the spoken voice and pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Manner {
    #[default]
    Neutral,
    Formal,
    Brisk,
    Kind,
}

/// The five grounds of the Refugee Convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ProtectedGround {
    Race,
    Religion,
    Nationality,
    PoliticalOpinion,
    ParticularSocialGroup,
}

impl ProtectedGround {
    pub const ALL: [ProtectedGround; 5] = [
        ProtectedGround::Race,
        ProtectedGround::Religion,
        ProtectedGround::Nationality,
        ProtectedGround::PoliticalOpinion,
        ProtectedGround::ParticularSocialGroup,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProtectedGround::Race => "race",
            ProtectedGround::Religion => "religion",
            ProtectedGround::Nationality => "nationality",
            ProtectedGround::PoliticalOpinion => "political opinion",
            ProtectedGround::ParticularSocialGroup => "particular social group",
        }
    }
}

/// A group of questions, asked in order unless `shuffle` is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    /// Who asks this part, when it is not the officer (e.g. "Government counsel").
    #[serde(default)]
    pub speaker: Option<String>,
    /// Ask the questions of this section in a random (but replayable) order.
    #[serde(default)]
    pub shuffle: bool,
    pub questions: Vec<Question>,
}

/// One question the officer asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique within the scenario; letters, digits, `-` and `_` only, because
    /// headless rehearsal looks for answers named `<id>.wav` or `<id>.txt`.
    pub id: String,
    /// The officer's words.
    pub ask: String,
    /// Other ways an officer says the same thing; one phrasing is picked per session.
    #[serde(default)]
    pub alternatives: Vec<String>,
    pub topic: Topic,
    #[serde(default)]
    pub weight: Weight,
    /// A rough guide to how long a good answer takes, in seconds.
    #[serde(default)]
    pub time_guide_seconds: Option<u32>,
    /// Asked only when a follow-up points here, never in the main order.
    #[serde(default)]
    pub follow_up_only: bool,
    /// A note for the volunteer or trainer (why officers ask this); never read aloud.
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
}

impl Question {
    /// All phrasings: the main one first, then the alternatives.
    pub fn phrasings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.ask.as_str()).chain(self.alternatives.iter().map(String::as_str))
    }
}

/// What a question is about, as officers group them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Topic {
    WarmUp,
    Identity,
    Family,
    Background,
    Documents,
    Travel,
    PersecutionEvent,
    Persecutor,
    ProtectedGround,
    Police,
    Relocation,
    FearOfReturn,
    Bars,
    Statement,
    Closing,
}

impl Topic {
    pub fn label(self) -> &'static str {
        match self {
            Topic::WarmUp => "warm-up",
            Topic::Identity => "identity",
            Topic::Family => "family",
            Topic::Background => "education and work",
            Topic::Documents => "documents",
            Topic::Travel => "travel",
            Topic::PersecutionEvent => "persecution event",
            Topic::Persecutor => "persecutor",
            Topic::ProtectedGround => "protected ground",
            Topic::Police => "police and protection",
            Topic::Relocation => "relocation",
            Topic::FearOfReturn => "fear of return",
            Topic::Bars => "bars",
            Topic::Statement => "the statement",
            Topic::Closing => "closing",
        }
    }
}

/// Central facts (who, what, when, why, fear of return) weigh more than peripheral ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Weight {
    Central,
    #[default]
    Peripheral,
}

/// A question asked after an answer when its condition holds.
///
/// Either `ask` gives the words inline, or `go_to` names another question of the
/// scenario (usually one marked `follow_up_only`). Inline words may use the
/// placeholders `{answer_quote}` and `{statement_quote}` with a `Finding` condition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    pub when: Condition,
    #[serde(default)]
    pub ask: Option<String>,
    #[serde(default)]
    pub go_to: Option<String>,
}

/// When a follow-up is asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// After every answer.
    Always,
    /// The answer contains at least one of these words or phrases.
    AnswerMentions(Vec<String>),
    /// The answer contains none of these words or phrases.
    AnswerLacks(Vec<String>),
    /// The answer lasted less than this many seconds.
    AnswerShorterThan(u32),
    /// The consistency check found a discrepancy of this kind against the statement.
    Finding(FindingKind),
    /// The consistency check found any discrepancy against the statement.
    AnyFinding,
}

/// Placeholders that follow-up words may contain.
pub const PLACEHOLDERS: [&str; 2] = ["answer_quote", "statement_quote"];

impl Scenario {
    /// The distinct topics of the questions, in schema order.
    pub fn topics(&self) -> Vec<Topic> {
        let mut topics: Vec<Topic> = self
            .sections
            .iter()
            .flat_map(|s| s.questions.iter().map(|q| q.topic))
            .collect();
        topics.sort();
        topics.dedup();
        topics
    }

    /// Number of questions in the main flow and as follow-ups.
    pub fn question_count(&self) -> usize {
        self.sections.iter().map(|s| s.questions.len()).sum()
    }
}
