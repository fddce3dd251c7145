//! Consistency between a spoken answer and the client's prior written statement.
//!
//! This module names what a finding can be. It measures consistency only: it never
//! judges whether anyone is telling the truth.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The kind of a discrepancy between an answer and the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FindingKind {
    /// The two sides give different dates or times.
    Date,
    /// The two sides give different counts, amounts or durations.
    Number,
    /// The two sides name different places.
    Place,
    /// The two sides name different people or roles.
    Person,
    /// The two sides order events differently.
    Sequence,
    /// A fact asserted one way and denied or changed the other way.
    Contradiction,
    /// A central fact the question asks about is absent from the answer.
    Omission,
    /// A material new event that the statement does not mention.
    Addition,
}

impl FindingKind {
    pub const ALL: [FindingKind; 8] = [
        FindingKind::Date,
        FindingKind::Number,
        FindingKind::Place,
        FindingKind::Person,
        FindingKind::Sequence,
        FindingKind::Contradiction,
        FindingKind::Omission,
        FindingKind::Addition,
    ];

    /// The lowercase name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Date => "date",
            FindingKind::Number => "number",
            FindingKind::Place => "place",
            FindingKind::Person => "person",
            FindingKind::Sequence => "sequence",
            FindingKind::Contradiction => "contradiction",
            FindingKind::Omission => "omission",
            FindingKind::Addition => "addition",
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a finding weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

mod align;
mod check;
mod polarity;

pub use check::{Checker, Finding, Report};
