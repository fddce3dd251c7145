//! Compares an answer with the statement and reports findings.
//!
//! For every fact in the answer, the statement facts of the same type in the
//! passages the answer speaks to are its candidates. A fact that fits a relevant
//! candidate is consistent; one that fits none, where the statement clearly
//! speaks to the same thing, is a finding. Imprecision that fits ("March 2019"
//! for "14 March 2019") is never a finding, and a fact the statement does not
//! mention is never a contradiction.

use std::ops::Range;

use crate::facts::dates::{self, DateValue};
use crate::facts::events::{EventAt, EventKind, Victim};
use crate::facts::numbers;
use crate::facts::organisations::{OrganisationAt, agent_class_of, same_organisation};
use crate::facts::people::{
    GROUP_ROLES, PersonAt, is_relative, kin_of, role_of, role_of_any, same_name,
};
use crate::facts::places::{JOURNEY_VERBS, PlaceAt, country_of, place_noun, same_place};
use crate::facts::quantities::{self, QuantityAt, Unit};
use crate::facts::tokens::{
    SUBJECT_PRONOUNS, SUBORDINATORS, Token, TokenKind, content_stems, content_words, ends_sentence,
    fold_letters, is_stopword, stem, tokenize,
};
use crate::facts::words::is_common;
use crate::facts::{Fact, FactValue, Lexicon, TextFacts, extract, extract_sentences};
use crate::statement::Statement;

use super::align::Index;
use super::polarity;
use super::{FindingKind, Severity};

/// One discrepancy between the answer and the statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// The statement sentence, quoted.
    pub statement_excerpt: String,
    /// The words of the answer, quoted.
    pub answer_excerpt: String,
    /// The statement paragraph to cite (0 for none).
    pub statement_paragraph: u32,
    /// One plain sentence saying what differs.
    pub explanation: String,
    /// The conflicting words in the statement (byte range of its text).
    pub statement_span: Option<Range<usize>>,
    /// The conflicting words in the answer (byte range of the answer).
    pub answer_span: Option<Range<usize>>,
}

/// The result of checking one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// 0–100: 100 means nothing in the answer conflicts with the statement. A
    /// consistency measure, never a credibility or truth score.
    pub score: f64,
    pub findings: Vec<Finding>,
}

/// A statement prepared for checking many answers quickly.
#[derive(Debug, Clone)]
pub struct Checker {
    statement: Statement,
    facts: TextFacts,
    /// Paragraph index of each statement sentence.
    paragraph_of: Vec<usize>,
    index: Index,
    lexicon: Lexicon,
    /// Chronological position of each sentence (a date, or text order).
    when: Vec<Option<i64>>,
    /// The stemmed content words of each sentence.
    stems: Vec<Vec<String>>,
    /// The day of each sentence, where it or an earlier sentence of its
    /// paragraph gives a full date.
    /// The days each sentence may be on (first, last): its own date, or the
    /// one told before it in its paragraph.
    day_of: Vec<Option<(i64, i64)>>,
    /// Every capitalised word of the statement, lowercase: names of places,
    /// people and groups it mentions in passing.
    proper_words: Vec<String>,
    /// Names the statement gives with a role: ("jostin", "son").
    roles_by_name: Vec<(String, &'static str)>,
    /// The methods of harm the statement names ([`HARM_METHODS`]).
    methods_told: Vec<&'static str>,
    /// The stems each sentence denies outright ("never a bodyguard").
    denied: Vec<Vec<String>>,
    /// The stems the statement says somewhere without denying them.
    said_plainly: std::collections::HashSet<String>,
    /// Surnames of the statement's people and the first name before each
    /// ("ayala" → "brayan"), so that a person called by surname is known.
    first_names: Vec<(String, String)>,
}

/// The officer's question, read once for a check.
struct Asked<'q> {
    text: &'q str,
    facts: TextFacts,
    /// Its stemmed content words.
    stems: Vec<String>,
    /// The paragraphs of the place it asks about, found once when needed
    /// (see [`Checker::setting_of`]).
    setting: std::cell::OnceCell<Option<Vec<usize>>>,
}

impl Asked<'_> {
    /// The places the question names.
    fn places(&self) -> Vec<&PlaceAt> {
        places_in(self.facts.facts.iter()).collect()
    }
}

/// The places among `facts`.
fn places_in<'a>(facts: impl Iterator<Item = &'a Fact>) -> impl Iterator<Item = &'a PlaceAt> {
    facts.filter_map(|f| match &f.value {
        FactValue::Place(p) => Some(p),
        _ => None,
    })
}

/// Words of a declaration's formal header and close, which no answer speaks
/// to.
const FORMAL_PARTS: &[&str] = &[
    "in the matter of",
    "witness statement of",
    "home office reference",
    "reference:",
    "nationality:",
    "date of birth:",
    "date of statement:",
    "a-number:",
    "case no",
    "file no",
    "read back to me",
    "read over to me",
    "translated to me",
    "interpreted to me",
    "penalty of perjury",
    "executed on",
    "statement of truth",
    "believe that the facts stated",
    "proceedings for contempt of court",
    "true and correct to the best of my",
];

/// Answers that honestly say the speaker does not know.
const DONT_KNOW: &[&str] = &[
    "don't remember",
    "do not remember",
    "can't remember",
    "cannot remember",
    "don't know",
    "do not know",
    "not sure",
    "don't recall",
    "do not recall",
    "can't recall",
    "no idea",
    "i forget",
    "i forgot",
];

impl Checker {
    pub fn new(statement: Statement) -> Checker {
        let sentences: Vec<(usize, Range<usize>)> = statement.sentences().collect();
        let ranges: Vec<Range<usize>> = sentences.iter().map(|(_, r)| r.clone()).collect();
        // First pass to learn names and places, second with them known.
        let first = extract_sentences(&statement.text, &ranges, &Lexicon::default());
        let lexicon = learn_lexicon(&first);
        let facts = extract_sentences(&statement.text, &ranges, &lexicon);
        // The extractor may split a statement sentence further; map back by position.
        let paragraph_of: Vec<usize> = facts
            .sentences
            .iter()
            .map(|s| {
                sentences
                    .iter()
                    .find(|(_, r)| r.start <= s.start && s.start < r.end.max(r.start + 1))
                    .map_or(0, |(p, _)| *p)
            })
            .collect();
        // The declaration's formal header ("Home Office reference: …", "Date
        // of birth: …") and close ("I declare under penalty of perjury…",
        // "Executed on 21 October 2022 in…", the statement of truth) tell
        // nothing of the story: no answer is read against them.
        let docs: Vec<Vec<String>> = (0..facts.sentences.len())
            .map(|s| {
                let text = statement.slice(facts.sentences[s].clone()).to_lowercase();
                if FORMAL_PARTS.iter().any(|w| text.contains(w)) {
                    Vec::new()
                } else {
                    facts.sentence_terms(s)
                }
            })
            .collect();
        let index = Index::new(&docs);
        let when = chronology(&facts);
        let stems: Vec<Vec<String>> = (0..facts.sentences.len())
            .map(|s| facts.sentence_stems(s))
            .collect();
        // One pass over the facts for each sentence's own date: its first
        // full date, else its first month.
        let mut day_of: Vec<Option<(i64, i64)>> = vec![None; facts.sentences.len()];
        for one_day in [false, true] {
            for f in facts.facts.iter().rev() {
                if let FactValue::Date(d) = &f.value
                    && d.is_one_day() == one_day
                    && let Some(span) = d.day_span()
                {
                    day_of[f.sentence] = Some(span);
                }
            }
        }
        for s in 1..day_of.len() {
            if day_of[s].is_none() && paragraph_of.get(s - 1) == paragraph_of.get(s) {
                day_of[s] = day_of[s - 1];
            }
        }
        let mut proper_words: Vec<String> = facts
            .tokens
            .iter()
            .filter(|t| t.capitalized && t.kind == TokenKind::Word)
            .flat_map(|t| t.lower.split('-').map(str::to_string).collect::<Vec<_>>())
            .filter(|w| w.len() >= 3)
            .collect();
        proper_words.sort();
        proper_words.dedup();
        let roles_by_name = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(PersonAt {
                    role: Some(role),
                    name: Some(name),
                    owner: None,
                    ..
                }) => Some((name.clone(), *role)),
                _ => None,
            })
            .collect();
        let first_names = facts
            .tokens
            .windows(2)
            .filter(|w| {
                w.iter()
                    .all(|t| t.capitalized && lexicon.names.contains(&t.lower))
                    && !w[1].sentence_start
            })
            .map(|w| (w[1].lower.clone(), w[0].lower.clone()))
            .collect();
        let denied = (0..facts.sentences.len())
            .map(|s| denied_stems(facts.sentence_tokens_of(s)))
            .collect();
        let said_plainly = (0..facts.sentences.len())
            .flat_map(|s| {
                let tokens = facts.sentence_tokens_of(s);
                (0..tokens.len())
                    .filter(|&i| said_plainly(tokens, i))
                    .map(|i| stem(&tokens[i].lower))
                    .collect::<Vec<_>>()
            })
            .collect();
        let lower = statement.text.to_lowercase();
        let mut methods_told: Vec<&'static str> = HARM_METHODS
            .iter()
            .filter(|(words, _)| words.iter().any(|w| lower.contains(w)))
            .map(|(_, name)| *name)
            .collect();
        // "My arm was broken", "a broken wrist", "they broke two of my ribs".
        if tells_broken_bone(&facts.tokens) {
            methods_told.push("broken bones");
        }
        Checker {
            methods_told,
            denied,
            said_plainly,
            first_names,
            statement,
            facts,
            paragraph_of,
            index,
            lexicon,
            when,
            stems,
            day_of,
            proper_words,
            roles_by_name,
        }
    }

    pub fn statement(&self) -> &Statement {
        &self.statement
    }

    /// Checks one answer to `question`.
    pub fn check(&self, question: &str, answer: &str) -> Report {
        // Very long input is cut to keep checking fast; a spoken answer is far shorter.
        let answer = truncate(answer, 20_000);
        let question = truncate(question, 2_000);
        let asked = Asked {
            text: question,
            facts: extract(question, &self.lexicon),
            stems: content_stems(question),
            setting: std::cell::OnceCell::new(),
        };
        let mut facts = extract(answer, &self.lexicon);
        add_yes_no_events(question, &mut facts);
        asked_person_is_him(&asked.facts, &mut facts);
        let mut findings = Vec::new();
        let answer_lower = answer.to_lowercase();
        let dont_know = DONT_KNOW.iter().any(|p| answer_lower.contains(p));

        let relevance: Vec<Vec<f64>> = (0..facts.sentences.len())
            .map(|s| self.relevance_of(&facts, s, &asked, 0..0))
            .collect();
        for fact in &facts.facts {
            let rel = &relevance[fact.sentence];
            if let Some(finding) = self.compare(fact, rel, &facts, answer, &asked) {
                findings.push(finding);
            }
        }
        if !dont_know && let Some(f) = self.who(&asked, &facts, answer) {
            findings.push(f);
        }
        if !dont_know
            && !findings.iter().any(|f| f.kind == FindingKind::Place)
            && let Some(f) = self.place_asked(&asked, &facts, answer)
        {
            findings.push(f);
        }
        if !dont_know
            && !findings
                .iter()
                .any(|f| f.kind == FindingKind::Contradiction)
            && let Some(f) = self.asked_act(&asked, answer)
        {
            findings.push(f);
        }
        if !dont_know
            && !findings
                .iter()
                .any(|f| f.kind == FindingKind::Contradiction)
            && let Some(f) = self.reply_to_demand(&asked, answer)
        {
            findings.push(f);
        }
        if !dont_know
            && !findings
                .iter()
                .any(|f| f.kind == FindingKind::Contradiction)
            && let Some(f) = self.denied_thing(&facts, answer, &relevance, &asked)
        {
            findings.push(f);
        }
        if let Some(f) = self
            .sequence(&asked, &facts, answer)
            .or_else(|| self.route_order(&facts, answer))
        {
            findings.push(f);
        }
        if !findings.iter().any(|f| f.kind == FindingKind::Date)
            && let Some(f) = self.relative_gap(&asked, &facts, answer)
        {
            findings.push(f);
        }
        // A date told relative to another event and found to differ is not
        // also left out.
        let dated = wanted(question) == Some(Want::When)
            && findings
                .iter()
                .any(|f| matches!(f.kind, FindingKind::Date | FindingKind::Sequence));
        if !dont_know
            && !dated
            && let Some(f) = self.omission(&asked, &facts, answer)
        {
            findings.push(f);
        }
        dedupe(&mut findings);
        let penalty: f64 = findings
            .iter()
            .map(|f| match f.severity {
                Severity::High => 25.0,
                Severity::Medium => 12.0,
                Severity::Low => 4.0,
            })
            .sum();
        Report {
            score: (100.0 - penalty).max(0.0),
            findings,
        }
    }

    fn sentence_text(&self, s: usize) -> &str {
        self.statement.slice(self.facts.sentences[s].clone())
    }

    fn paragraph_number(&self, s: usize) -> u32 {
        self.statement
            .paragraphs
            .get(self.paragraph_of.get(s).copied().unwrap_or(0))
            .map_or(0, |p| p.number)
    }

    fn answer_sentence<'a>(&self, facts: &TextFacts, answer: &'a str, s: usize) -> &'a str {
        answer.get(facts.sentences[s].clone()).unwrap_or("").trim()
    }

    #[allow(clippy::too_many_arguments)]
    fn finding(
        &self,
        kind: FindingKind,
        severity: Severity,
        statement_fact: Option<&Fact>,
        statement_sentence: usize,
        answer_fact: Option<&Fact>,
        answer_facts: &TextFacts,
        answer: &str,
        answer_sentence: usize,
        explanation: String,
    ) -> Finding {
        Finding {
            kind,
            severity,
            statement_excerpt: self.sentence_text(statement_sentence).trim().to_string(),
            answer_excerpt: self
                .answer_sentence(answer_facts, answer, answer_sentence)
                .to_string(),
            statement_paragraph: self.paragraph_number(statement_sentence),
            explanation,
            statement_span: statement_fact.map(|f| f.span.clone()),
            answer_span: answer_fact.map(|f| f.span.clone()),
        }
    }

    /// A person finding: the statement names one person, the answer another.
    fn person_finding(
        &self,
        against: &Fact,
        sp: &PersonAt,
        fact: &Fact,
        p: &PersonAt,
        facts: &TextFacts,
        answer: &str,
    ) -> Finding {
        self.finding(
            FindingKind::Person,
            self.weight(against.sentence),
            Some(against),
            against.sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement names {} here; the answer names {}.",
                with_article(&sp.describe()),
                with_article(&p.describe())
            ),
        )
    }

    /// High for central matters, medium for the rest.
    fn weight(&self, s: usize) -> Severity {
        if self.central(s) {
            Severity::High
        } else {
            Severity::Medium
        }
    }

    /// Is this statement sentence about a central matter (harm, persecutor, fear)?
    fn central(&self, s: usize) -> bool {
        self.facts.facts_in(s).any(|f| match &f.value {
            FactValue::Event(e) => e.kind.is_harm() || e.kind == EventKind::Threaten,
            FactValue::Organisation(_) => true,
            _ => false,
        })
    }

    fn compare(
        &self,
        fact: &Fact,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        let best_overall = rel.iter().copied().fold(0.0, f64::max);
        if best_overall < MIN_RELEVANCE {
            return None;
        }
        match &fact.value {
            FactValue::Date(d) => self.compare_date(fact, d, rel, facts, answer, asked),
            FactValue::Quantity(q) => self.compare_quantity(fact, q, rel, facts, answer, asked),
            // The owner of a house or a shop is compared where the place is asked.
            FactValue::Person(_) if is_possessive(answer, fact) => None,
            FactValue::Person(p) => self.compare_person(fact, p, rel, facts, answer),
            FactValue::Place(p) => self.compare_place(fact, p, rel, facts, answer, asked),
            FactValue::Organisation(o) => self.compare_organisation(fact, o, rel, facts, answer),
            FactValue::Event(e) => self.compare_event(fact, e, facts, answer, asked),
        }
    }

    /// Candidates of one type: (statement fact, relevance of its sentence), best first.
    fn candidates<'a, F>(&'a self, rel: &[f64], mut pick: F) -> Vec<(&'a Fact, f64)>
    where
        F: FnMut(&FactValue) -> bool,
    {
        let mut found: Vec<(&Fact, f64)> = self
            .facts
            .facts
            .iter()
            .filter(|f| pick(&f.value))
            .map(|f| (f, rel.get(f.sentence).copied().unwrap_or(0.0)))
            .collect();
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
        found
    }

    /// The common decision: consistent if a relevant candidate fits; a finding
    /// against the most relevant candidate if none does and it is relevant enough.
    fn decide<'a, F>(
        &self,
        candidates: &[(&'a Fact, f64)],
        rel: &[f64],
        fits: F,
    ) -> Option<&'a Fact>
    where
        F: FnMut(&Fact) -> bool,
    {
        self.decide_within(candidates, rel, fits, FIT_SHARE)
    }

    /// Like [`decide`](Self::decide), with the share of the top candidate's
    /// relevance a fitting candidate needs.
    fn decide_within<'a, F>(
        &self,
        candidates: &[(&'a Fact, f64)],
        rel: &[f64],
        mut fits: F,
        fit_share: f64,
    ) -> Option<&'a Fact>
    where
        F: FnMut(&Fact) -> bool,
    {
        let best_overall = rel.iter().copied().fold(0.0, f64::max);
        let (top, top_rel) = *candidates.first()?;
        if top_rel < MIN_RELEVANCE || top_rel < best_overall * TOP_SHARE {
            return None;
        }
        let consistent = candidates
            .iter()
            .any(|(c, r)| *r >= top_rel * fit_share && fits(c));
        (!consistent).then_some(top)
    }

    fn compare_date(
        &self,
        fact: &Fact,
        d: &DateValue,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        let candidates = self.candidates(rel, |v| matches!(v, FactValue::Date(_)));
        let top = candidates.first().map_or(0.0, |c| c.1);
        // "On the eleventh": the day of the month the passage dates.
        let filled;
        let d = match (d.days, d.months, candidates.first()) {
            (Some(_), None, Some((c, _))) => match &c.value {
                FactValue::Date(cd) if cd.months.is_some_and(|m| m.0 == m.1) => {
                    filled = DateValue {
                        months: cd.months,
                        year: cd.year,
                        ..*d
                    };
                    &filled
                }
                _ => return None,
            },
            (Some(_), None, None) => return None,
            _ => d,
        };
        // A vaguer date ("in 2020") fits a precise answer only where the statement
        // clearly speaks of the same thing.
        // Asked when, the date told is the answering passage's: another date
        // told in passing does not excuse it.
        let fit_share = if matches!(wanted(asked.text), Some(Want::When)) {
            TOLD_ONCE_FIT_SHARE
        } else {
            FIT_SHARE
        };
        // "I was released in January": where the most relevant date tells
        // the answer's own event, a date of something else does not excuse it.
        let told: Vec<EventKind> = facts
            .facts_in(fact.sentence)
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if e.positive => Some(e.kind),
                _ => None,
            })
            .collect();
        let tells_told = |s: usize| {
            self.facts.facts_in(s).any(
                |f| matches!(&f.value, FactValue::Event(e) if e.positive && told.contains(&e.kind)),
            )
        };
        let same_event = candidates
            .first()
            .is_some_and(|(c, _)| tells_told(c.sentence));
        let against = self.decide_within(
            &candidates,
            rel,
            |c| match &c.value {
                FactValue::Date(cd) => {
                    cd.compatible(d)
                        && (cd.precision() >= d.precision() || rel[c.sentence] >= top * 0.8)
                        && (!same_event || tells_told(c.sentence))
                }
                _ => false,
            },
            fit_share,
        )?;
        let FactValue::Date(sd) = &against.value else {
            return None;
        };
        // A month without a year ("from October to May") is weak: it conflicts
        // only if the statement never dates anything to that month (to that
        // day, where the answer gives one: "the twenty first of january").
        if d.year.is_none()
            && self.facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Date(c)
                    if c.months.is_some() && c.compatible(d) && (d.days.is_none() || c.days.is_some()))
            })
        {
            return None;
        }
        // Only compare what both sides say: a bare month against a full date of
        // another year cannot be weighed.
        let year_differs = matches!((d.year, sd.year), (Some(a), Some(b)) if a != b);
        let severity = if self.central(against.sentence) || year_differs {
            Severity::High
        } else {
            Severity::Medium
        };
        Some(self.finding(
            FindingKind::Date,
            severity,
            Some(against),
            against.sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement gives {}; the answer says {}.",
                sd.describe(),
                d.describe()
            ),
        ))
    }

    fn compare_quantity(
        &self,
        fact: &Fact,
        q: &QuantityAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        let candidates = self.candidates(
            rel,
            |v| matches!(v, FactValue::Quantity(c) if c.unit.comparable(&q.unit)),
        );
        let fitting = |c: &Fact| matches!(&c.value, FactValue::Quantity(cq) if cq.compatible(q));
        // Counts of people are everywhere in a statement: only the passage the
        // answer most clearly speaks to is compared.
        if matches!(q.unit, Unit::Count(_))
            && let Some((_, top)) = candidates.first()
            && *top < rel.iter().copied().fold(0.0, f64::max) * COUNT_SHARE
        {
            return None;
        }
        // A sum the same paragraph gives fits ("asked ten thousand, I gave five
        // thousand" where a demand and a payment are told).
        if matches!(q.unit, Unit::Money(_))
            && let Some((top, _)) = candidates.first()
        {
            let paragraph = self.paragraph_of.get(top.sentence);
            if candidates
                .iter()
                .any(|(c, _)| self.paragraph_of.get(c.sentence) == paragraph && fitting(c))
            {
                return None;
            }
        }
        let mut candidates = self.tied_to_same_event(fact, facts, asked, candidates);
        // A length of time told at another named place is another stay: "two
        // weeks in Agadez" is not the six weeks in Sabha.
        if matches!(q.unit, Unit::Duration(_)) {
            let proper_places = |f: &TextFacts, s: usize| -> Vec<PlaceAt> {
                f.facts_in(s)
                    .filter_map(|g| match &g.value {
                        FactValue::Place(p) if p.proper => Some(p.clone()),
                        _ => None,
                    })
                    .collect()
            };
            // Only a place in the number's own clause: "two weeks in that
            // cell, and then they took us to Mai Serwa" is not about Mai Serwa.
            let tokens = facts.sentence_tokens_of(fact.sentence);
            let at = tokens
                .iter()
                .position(|t| t.span.start >= fact.span.start)
                .unwrap_or(0);
            let clause = clause_around(tokens, at);
            let ours: Vec<PlaceAt> = proper_places(facts, fact.sentence)
                .into_iter()
                .filter(|p| clause.contains(&p.start))
                .collect();
            // "How long were you held at the Arafat 1 police station?": the
            // stay told where the statement names that place.
            let asked_places: Vec<&PlaceAt> =
                asked.places().into_iter().filter(|p| p.proper).collect();
            let names_asked = |s: usize| {
                self.facts.facts_in(s).any(|g| {
                    matches!(&g.value, FactValue::Place(c) if asked_places.iter().any(|a| same_place(a, c)))
                })
            };
            // (Or under it, named before in the paragraph: "We fled to Mount
            // Sinjar. … We were trapped on the mountain for seven days.")
            let under_asked = |s: usize| {
                self.places_around(s)
                    .iter()
                    .any(|c| asked_places.iter().any(|a| same_place(a, c)))
            };
            let there: Vec<(&Fact, f64)> = candidates
                .iter()
                .filter(|(c, _)| names_asked(c.sentence) || under_asked(c.sentence))
                .copied()
                .collect();
            // (Not the end of a journey: "How did you get to the United
            // Kingdom?" does not make the visa's "two-year" a stay there.)
            let question = asked.text.to_lowercase();
            let journey = [
                "get to",
                "come to",
                "came to",
                "travel to",
                "journey to",
                "reach",
            ]
            .iter()
            .any(|w| question.contains(w));
            if ours.is_empty() && !there.is_empty() && !journey {
                candidates = there;
            }
            if !ours.is_empty() {
                candidates.retain(|(c, _)| {
                    let theirs = proper_places(&self.facts, c.sentence);
                    theirs.is_empty()
                        || theirs.iter().any(|t| ours.iter().any(|a| same_place(a, t)))
                });
            }
        }
        // A number the answer gives elsewhere is told: this one is about
        // something else ("two, three weeks in Enugu, then five months in
        // Lagos" is not compared with the five months in Lagos).
        let candidates: Vec<_> = candidates
            .into_iter()
            .filter(|(c, _)| {
                fitting(c)
                    || !facts.facts.iter().any(|f| {
                    !std::ptr::eq(f, fact)
                        && matches!((&f.value, &c.value), (FactValue::Quantity(other), FactValue::Quantity(cq)) if other.compatible(cq))
                })
            })
            .collect();
        // A number that fits must be about what the answer tells, read without
        // the number's own words ("million rupees" is in any sum of that size,
        // "three weeks" in any stay of that length).
        // (Worked out only where some number fits.)
        let own_rel = candidates.iter().any(|(c, _)| fitting(c)).then(|| {
            self.relevance_in_context(
                facts,
                fact.sentence,
                asked,
                fact.span.clone(),
                CONTEXT_WEIGHT,
            )
        });
        let own = |c: &Fact| own_rel.as_ref().map_or(0.0, |r| r[c.sentence]);
        let own_top = candidates.iter().map(|(c, _)| own(c)).fold(0.0, f64::max);
        // A stay is told once for each place: "four months" in Yerevan does not
        // excuse "five months" for the five weeks in Moscow.
        let fit_share = match q.unit {
            Unit::Duration(_) => TOLD_ONCE_FIT_SHARE,
            Unit::Money(_) => PAID_ONCE_FIT_SHARE,
            _ => FIT_SHARE,
        };
        let against = self.decide_within(
            &candidates,
            rel,
            |c| fitting(c) && own(c) >= own_top * fit_share,
            0.0,
        )?;
        let FactValue::Quantity(sq) = &against.value else {
            return None;
        };
        // The passage the answer most clearly speaks to gives the same number.
        if sq.compatible(q) {
            return None;
        }
        let severity = if self.central(against.sentence) || matches!(q.unit, Unit::Money(_)) {
            Severity::High
        } else {
            Severity::Medium
        };
        Some(self.finding(
            FindingKind::Number,
            severity,
            Some(against),
            against.sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement says {}; the answer says {}.",
                self.statement.slice(against.span.clone()),
                answer.get(fact.span.clone()).unwrap_or(&sq.describe())
            ),
        ))
    }

    fn compare_person(
        &self,
        fact: &Fact,
        p: &PersonAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let p = &self.complete(p);
        let fits = |c: &PersonAt| person_fits(p, &self.complete(c), false);
        if let Some(found) = self.compare_person_in_event(fact, p, rel, facts, answer) {
            return found;
        }
        // A person the statement mentions anywhere, as the same role and name, is
        // not a discrepancy here: the answer may simply add who else was there.
        let everywhere: Vec<PersonAt> = self
            .facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(c) => Some(self.complete(c)),
                _ => None,
            })
            .collect();
        // The statement's own "friend Obinna" is the answer's, whatever a
        // brother Obiora sounds like.
        if p.name.is_some() && everywhere.iter().any(|c| c.name.is_some() && fits(c)) {
            return None;
        }
        let same_name_other_role = p.name.as_ref().and_then(|n| {
            everywhere.iter().find(|c| {
                c.name.as_ref().is_some_and(|cn| same_name(cn, n))
                    && p.role.is_some()
                    && c.role.is_some()
                    && c.role != p.role
                    && !GROUP_ROLES.contains(&c.role.unwrap_or(""))
                    && !same_child(c.role.unwrap_or(""), p.role.unwrap_or(""))
            })
        });
        if same_name_other_role.is_none() && everywhere.iter().any(&fits) {
            return None;
        }
        if p.role.is_some_and(|r| {
            GROUP_ROLES.contains(&r)
                || matches!(r, "friend" | "stranger" | "boy" | "girl" | "child")
        }) && p.name.is_none()
            && p.owner.is_none()
        {
            return None;
        }
        let candidates = self.candidates(rel, |v| matches!(v, FactValue::Person(_)));
        let against = match same_name_other_role {
            Some(named) => candidates
                .iter()
                .find(|(c, _)| matches!(&c.value, FactValue::Person(cp) if self.complete(cp) == *named))
                .map(|(c, _)| *c)?,
            None => {
                let against = self.decide(
                    &candidates,
                    rel,
                    |c| matches!(&c.value, FactValue::Person(cp) if fits(cp)),
                )?;
                // Without an event to tie them, only a clear clash counts: the same
                // role with another name, or a close relative of another kind
                // (a daughter for a son).
                let FactValue::Person(sp) = &against.value else {
                    return None;
                };
                let sp = self.complete(sp);
                let clash = match (p.role, sp.role) {
                    (Some(a), Some(b)) if a == b => {
                        matches!((&p.name, &sp.name), (Some(x), Some(y)) if !same_name(x, y))
                    }
                    (Some(a), Some(b)) => {
                        role_family(a).is_some() && role_family(a) == role_family(b)
                    }
                    _ => false,
                };
                if !clash {
                    return None;
                }
                against
            }
        };
        let FactValue::Person(sp) = &against.value else {
            return None;
        };
        Some(self.person_finding(against, sp, fact, p, facts, answer))
    }

    fn compare_place(
        &self,
        fact: &Fact,
        p: &PlaceAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        // A place the answer denies ("I didn't go through the border post") is
        // not a claim about where something happened.
        if clause_is_negated(facts, fact) {
            return None;
        }
        // A place the statement names anywhere is not a conflict on its own.
        // (A kind of place the statement names in other words too: "the
        // station" where it says "the police station".)
        let kind_named = !p.proper
            && p.kind.is_some()
            && self
                .facts
                .tokens
                .iter()
                .any(|t| place_noun(&t.lower) == p.kind);
        let known = self.names_place(p, None)
            || kind_named
            || (p.proper
                && p.name.split([' ', '-']).all(|w| {
                    w.len() < 3 || is_common(w) || self.proper_words.iter().any(|k| same_name(k, w))
                }));
        let candidates = self.candidates(
            rel,
            |v| matches!(v, FactValue::Place(c) if c.proper == p.proper),
        );
        // Known places still conflict where the answer ties one to the same
        // event as the statement ties another ("they took me to Douala" where
        // the statement says they took him to Yaounde and his wife later moved
        // to Douala).
        let candidates = match self.same_event_candidates(fact, facts, asked, &candidates) {
            Some(tied) => tied,
            None if known => return None,
            None => candidates,
        };
        let against = self.decide(
            &candidates,
            rel,
            |c| matches!(&c.value, FactValue::Place(cp) if same_place(cp, p)),
        )?;
        let FactValue::Place(sp) = &against.value else {
            return None;
        };
        // "at the checkpoint near Shukri" where the statement names Shukri: the
        // named place says where, and is compared itself; the rest is detail.
        let named_alike = !p.proper
            && facts.facts_in(fact.sentence).any(
                |af| matches!(&af.value, FactValue::Place(ap) if ap.proper && self.names_place(ap, None)),
            );
        // "at the Anti-Terror Branch in Mardin" where the statement says "at
        // the Anti-Terror Branch": the answer names the statement's place
        // too, and the town is where that place is.
        let named_too = facts.facts_in(fact.sentence).any(
            |af| af.span != fact.span && matches!(&af.value, FactValue::Place(ap) if ap.proper && sp.proper && same_place(ap, sp)),
        );
        // "went to court" where the statement's sentence has "the provincial
        // court tried him": the place is there, only not told as a place.
        let said_there = !p.proper
            && p.kind.is_some()
            && self
                .facts
                .sentence_tokens_of(against.sentence)
                .iter()
                .any(|t| place_noun(&t.lower) == p.kind);
        if named_alike || said_there {
            return None;
        }
        // "From Kutaisi I flew to Berlin" where the statement flew from
        // Kutaisi to Milan: the answer names where it set out, and another
        // place where the statement's journey went.
        let against = if named_too {
            let before = |f: &TextFacts, s: usize, at: usize| {
                at.checked_sub(1)
                    .and_then(|b| f.sentence_tokens_of(s).get(b))
                    .map(|t| t.lower.clone())
            };
            let ours = before(facts, fact.sentence, p.start);
            let unnamed_by_answer = |op: &PlaceAt| {
                !facts
                    .facts
                    .iter()
                    .any(|af| matches!(&af.value, FactValue::Place(ap) if same_place(ap, op)))
            };
            self.facts.facts_in(against.sentence).find(|f| {
                matches!(&f.value, FactValue::Place(op)
                    if op.proper
                        && unnamed_by_answer(op)
                        && ours.as_deref() == Some("to")
                        && before(&self.facts, f.sentence, op.start).as_deref() == Some("to"))
            })?
        } else {
            against
        };
        let FactValue::Place(sp) = &against.value else {
            return None;
        };
        Some(self.finding(
            FindingKind::Place,
            self.weight(against.sentence),
            Some(against),
            against.sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement places this at {}; the answer says {}.",
                title(self.statement.slice(against.span.clone()), &sp.name),
                title(answer.get(fact.span.clone()).unwrap_or(""), &p.name)
            ),
        ))
    }

    fn compare_organisation(
        &self,
        fact: &Fact,
        o: &OrganisationAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let candidates = self.candidates(rel, |v| matches!(v, FactValue::Organisation(_)));
        if o.generic {
            // "the police" against a statement that never names a police force at all
            // says nothing new.
            // (A university or an institute of no known class is no army.)
            let class = agent_class_of(&o.name);
            let class_known = candidates.iter().any(|(c, _)| {
                matches!(&c.value, FactValue::Organisation(co)
                    if co.name == o.name || (class.is_some() && agent_class_of(&co.name) == class))
            });
            if class_known {
                return None;
            }
        }
        // A named group in the answer is measured against the statement's named
        // groups; the statement's plain "the gang" fits only if it names none.
        let named_in_statement = candidates.iter().any(|(c, _)| {
            matches!(&c.value, FactValue::Organisation(co) if !co.generic
                && agent_class_of(&co.name) == agent_class_of(&o.name))
        });
        // Where the passage most about it names a group, a named group in the
        // answer is weighed against named groups only: "the Arakan Army" is not
        // "the army" of another sentence.
        let top_named = candidates
            .first()
            .is_some_and(|(c, _)| matches!(&c.value, FactValue::Organisation(co) if !co.generic));
        let candidates: Vec<(&Fact, f64)> = candidates
            .into_iter()
            .filter(|(c, _)| {
                o.generic
                    || !(named_in_statement || top_named)
                    || matches!(&c.value, FactValue::Organisation(co) if !co.generic)
            })
            .collect();
        // A named body of no known class fits "the army" only where it acts
        // (arrests, beats, threatens): an institute someone worked at does not.
        let acts = |c: &Fact| {
            self.facts.facts_in(c.sentence).any(|f| {
                matches!(&f.value, FactValue::Event(e) if e.kind.is_harm() || e.kind == EventKind::Threaten)
            })
        };
        let against = self.decide(&candidates, rel, |c| match &c.value {
            FactValue::Organisation(co) => {
                same_organisation(co, o)
                    && (!o.generic
                        || co.name == o.name
                        || agent_class_of(&co.name).is_some()
                        || acts(c))
            }
            _ => false,
        })?;
        let FactValue::Organisation(so) = &against.value else {
            return None;
        };
        // Generic against generic of another class only counts when both are agents.
        if o.generic && so.generic && agent_class_of(&so.name).is_none() {
            return None;
        }
        Some(self.finding(
            FindingKind::Contradiction,
            Severity::High,
            Some(against),
            against.sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement attributes this to {}; the answer names {}.",
                self.statement.slice(against.span.clone()),
                answer.get(fact.span.clone()).unwrap_or(&o.name)
            ),
        ))
    }

    fn compare_event(
        &self,
        fact: &Fact,
        e: &EventAt,
        facts: &TextFacts,
        answer: &str,
        asked_about: &Asked,
    ) -> Option<Finding> {
        let question = asked_about.text;
        let same_kind: Vec<&Fact> = self
            .facts
            .facts
            .iter()
            .filter(|f| matches!(&f.value, FactValue::Event(c) if same_event_kind(c.kind, e.kind)))
            .collect();
        let event_of = |f: &Fact| match &f.value {
            FactValue::Event(c) => Some(c.clone()),
            _ => None,
        };
        let finding =
            |kind, severity, against: Option<&Fact>, sentence: usize, explanation: String| {
                self.finding(
                    kind,
                    severity,
                    against,
                    sentence,
                    Some(fact),
                    facts,
                    answer,
                    fact.sentence,
                    explanation,
                )
            };
        let asked = question_mentions(question, e.kind);
        if e.kind.is_harm() && e.positive {
            // A harm the statement never mentions at all, or one that happens to
            // someone the statement never says it happened to, is a material addition.
            let class = harm_class(e);
            let statement_harms: Vec<(&Fact, EventAt)> = self
                .facts
                .facts
                .iter()
                .filter_map(|f| {
                    event_of(f)
                        .filter(|c| c.positive && c.kind.is_harm())
                        .map(|c| (f, c))
                })
                .collect();
            let same_class: Vec<&(&Fact, EventAt)> = statement_harms
                .iter()
                .filter(|(_, c)| harm_class(c) == class)
                .collect();
            let severity = if matches!(
                e.kind,
                EventKind::Kill
                    | EventKind::Rape
                    | EventKind::Torture
                    | EventKind::Arrest
                    | EventKind::Shoot
                    | EventKind::Kidnap
            ) {
                Severity::High
            } else {
                Severity::Medium
            };
            if same_class.is_empty() && !asked {
                let best = self.best_sentence_for(facts, fact.sentence);
                return Some(finding(
                    FindingKind::Addition,
                    severity,
                    None,
                    best,
                    format!(
                        "The answer describes {} that the statement does not mention.",
                        e.kind.describe()
                    ),
                ));
            }
            let named_victims: Vec<&Victim> = e
                .victims
                .iter()
                .filter(|v| !matches!(v, Victim::Group))
                .collect();
            if !named_victims.is_empty() && !same_class.is_empty() {
                // "my brother Sayed" is not "Jawid": where the answer names
                // the one harmed, a name is compared with names.
                let answer_names = named_victims
                    .iter()
                    .any(|v| matches!(v, Victim::Name(_)) && !v.is_someone_else());
                let name_against_role = |cv: &Victim, v: &Victim| {
                    answer_names && matches!((cv, v), (Victim::Name(_), Victim::Role(_)))
                };
                // Denied to them in the statement: a contradiction, found
                // as such.
                let denied = self.facts.facts.iter().any(|f| {
                    matches!(&f.value, FactValue::Event(c)
                        if !c.positive
                            && harm_class(c) == class
                            && c.victims.iter().any(|cv| named_victims.iter().any(|v| cv.matches(v))))
                });
                let known = denied
                    || named_victims.iter().any(|v| {
                        same_class.iter().any(|(f, c)| {
                            c.victims.iter().any(|cv| {
                            cv.matches(v)
                                && !self.other_role(cv, v, &c.victims)
                                && !name_against_role(cv, v)
                                && !self.someone_else_by_name(f.sentence, cv, v)
                        })
                            // "hit me when I was pregnant with Jostin" names him,
                            // but not as the one hit.
                            || (!c.victims.is_empty() && c.victims.iter().all(|cv| matches!(cv, Victim::Group))
                                && self.sentence_mentions(f.sentence, v))
                            || (c.victims.is_empty() && matches!(v, Victim::Client))
                        })
                    });
                if !known {
                    let (against, _) = same_class[0];
                    return Some(finding(
                        FindingKind::Addition,
                        severity,
                        Some(against),
                        against.sentence,
                        format!(
                            "The answer describes {} against {}, which the statement does not mention.",
                            e.kind.describe(),
                            describe_victim(named_victims[0])
                        ),
                    ));
                }
            }
            // Asked about a place ("Were you mistreated in the jail?"), a harm
            // the statement denies there ("I was not beaten in the jail")
            // is contradicted, whatever happened elsewhere.
            // Not where the answer denies it there and puts the harm
            // elsewhere ("They did not beat me there; the beating came
            // later, at the farm").
            let answer_denies = facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Event(c) if !c.positive && same_event_kind(c.kind, e.kind))
            });
            let elsewhere = facts.facts_in(fact.sentence).any(|f| {
                matches!(&f.value, FactValue::Place(p)
                    if !asked_about.facts.facts.iter().any(|q| matches!(&q.value, FactValue::Place(qp) if same_place(qp, p))))
            });
            if let Some(setting) = self.setting(asked_about) {
                let client =
                    |c: &EventAt| c.victims.is_empty() || c.victims.contains(&Victim::Client);
                // Denied in a sentence that names the place ("I was not
                // beaten in the jail" for "Lakshmipur District Jail").
                let asked_places = asked_about.places();
                let asked_kinds: Vec<&str> = asked_about
                    .facts
                    .tokens
                    .iter()
                    .filter_map(|t| place_noun(&t.lower))
                    .collect();
                let names_asked = |s: usize| {
                    self.facts.facts_in(s).any(|f| {
                        matches!(&f.value, FactValue::Place(p)
                            if asked_places.iter().any(|q| same_place(p, q))
                                || p.kind.is_some_and(|k| asked_kinds.contains(&k)))
                    })
                };
                let denied = same_kind.iter().find(|f| {
                    told_there(setting, self.paragraph_of[f.sentence])
                        && names_asked(f.sentence)
                        && event_of(f).is_some_and(|c| !c.positive && client(&c))
                });
                // Unless the same paragraph tells it too ("not beaten at first;
                // later they beat me").
                let told_beside = |d: &Fact| {
                    same_kind.iter().any(|f| {
                        self.paragraph_of[f.sentence] == self.paragraph_of[d.sentence]
                            && event_of(f).is_some_and(|c| c.positive && client(&c))
                    })
                };
                if e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group))
                    && !answer_denies
                    && !elsewhere
                    && let Some(denied) = denied
                    && !told_beside(denied)
                {
                    return Some(finding(
                        FindingKind::Contradiction,
                        Severity::High,
                        Some(denied),
                        denied.sentence,
                        no_such(&format!("{} there", bare(e.kind))),
                    ));
                }
            }
            // A detention or a beating at a place the statement only passes
            // through ("In Agadez the police arrested me" where the journey
            // goes through Agadez) is new, whatever the statement tells
            // elsewhere.
            if matches!(class, 0 | DETENTION_CLASS | 2 | 4)
                && !asked
                && !answer_denies
                && !matches!(wanted(question), Some(Want::Where))
                && e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group))
                && let Some(place) =
                    self.passed_through(facts, fact.sentence, e, &same_class, asked_about)
            {
                let best = self.best_sentence_for(facts, fact.sentence);
                return Some(finding(
                    FindingKind::Addition,
                    severity,
                    None,
                    best,
                    format!(
                        "The answer describes {} in {place}; the statement only passes through there.",
                        e.kind.describe()
                    ),
                ));
            }
            // Asked what happened in one scene ("What happened at the
            // checkpoint?", "… when you went to report?"), a harm the statement
            // tells of no such scene, nor of the one before or after it, is
            // new there: "they kept me in a cell for three days" where the
            // statement's cell is another year's. Not where the answer ties
            // it to a place or a date of its own.
            let asked_days = date_spans(asked_about.facts.facts.iter());
            if !asked
                && !answer_denies
                && matches!(wanted(question), Some(Want::Harm))
                && !e.victims.is_empty()
                && e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group))
                && !facts.facts_in(fact.sentence).any(|f| {
                    matches!(&f.value, FactValue::Date(_))
                        || matches!(&f.value, FactValue::Place(p) if p.proper)
                })
                && let Some(scene) = self.scene(asked_about)
                && !same_class.iter().any(|(f, c)| {
                    // (The paragraph before or after, unless it is told of
                    // another time than the one asked: "What happened after
                    // the police came in February 2020?" is not the brother's
                    // punch of 2018 told just before.)
                    let other_time = !asked_days.is_empty()
                        && self.day_of[f.sentence]
                            .is_some_and(|d| !asked_days.iter().any(|&a| overlap(a, d)));
                    e.may_share_victims(c)
                        && (scene.iter().any(|&p| {
                            let apart = self.paragraph_of[f.sentence].abs_diff(p);
                            apart == 0 || (apart == 1 && !other_time)
                        })
                            // Told at the place asked about ("What did they
                            // do to you at Kobela?").
                            || self.places_around(f.sentence).iter().any(|c| {
                                asked_about.places().iter().any(|a| same_place(a, c))
                            }))
                })
            {
                let best = self.best_sentence_for(facts, fact.sentence);
                return Some(finding(
                    FindingKind::Addition,
                    Severity::Medium,
                    None,
                    best,
                    format!(
                        "The answer describes {} there, which the statement does not tell of that time.",
                        e.kind.describe()
                    ),
                ));
            }
            // Asked what happened in one scene, a beating with a weapon
            // where the statement tells only slaps or punches there ("the
            // lieutenant slapped me twice" against "a guard beat me with a
            // stick") is new there.
            if !asked
                && !answer_denies
                && class == 0
                && matches!(wanted(question), Some(Want::Harm))
                && e.victims.iter().all(|v| matches!(v, Victim::Client))
                && let Some(weapon) = weapon_after(facts, fact)
                && let Some(scene) = self.scene(asked_about)
            {
                let told: Vec<&&(&Fact, EventAt)> = same_class
                    .iter()
                    .filter(|(f, c)| {
                        scene.contains(&self.paragraph_of[f.sentence]) && e.may_share_victims(c)
                    })
                    .collect();
                let by_hand = |f: &Fact| {
                    let tokens = self.facts.sentence_tokens_of(f.sentence);
                    let word = self.statement.slice(f.span.clone()).to_lowercase();
                    HAND_BLOWS.iter().any(|h| word.starts_with(h))
                        && !tokens.iter().any(|t| t.is_any(WEAPONS))
                };
                if !told.is_empty() && told.iter().all(|(f, _)| by_hand(f)) {
                    let (against, _) = told[0];
                    return Some(finding(
                        FindingKind::Addition,
                        Severity::Medium,
                        Some(against),
                        against.sentence,
                        format!(
                            "The answer describes a beating with a {weapon}; the statement tells only blows by hand there."
                        ),
                    ));
                }
            }
            // Asked about a place ("What happened in the jail?"), a harm the
            // statement tells only of other places is new there.
            if !asked
                && !answer_denies
                && !elsewhere
                && class != DETENTION_CLASS
                && e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group) || v.is_someone_else())
                && let Some(setting) = self.setting(asked_about)
                && !same_class
                    .iter()
                    .any(|(f, _)| told_there(setting, self.paragraph_of[f.sentence]))
            {
                let best = self.best_sentence_for(facts, fact.sentence);
                return Some(finding(
                    FindingKind::Addition,
                    severity,
                    None,
                    best,
                    format!(
                        "The answer describes {} there, which the statement does not mention.",
                        e.kind.describe()
                    ),
                ));
            }
            // A method of torture or injury the statement never names ("electric
            // shocks", "cigarettes", "a knife") is a material addition even where
            // the statement describes other harm.
            // Around the harm, and on into the next sentence ("They beat me…
            // They also pushed my head into a barrel of water").
            let until = facts
                .sentences
                .get(fact.sentence + 1)
                .map_or(answer.len(), |r| r.end)
                .max((fact.span.end + 40).min(answer.len()));
            let window = answer
                .get(fact.span.start.saturating_sub(40)..until)
                .or_else(|| answer.get(fact.span.clone()))
                .unwrap_or("")
                .to_lowercase();
            // Any bone broken ("broke my nose"), as the statement's are read.
            let broken = (tells_broken_bone(&tokenize(&window))
                && !self.methods_told.contains(&"broken bones"))
            .then_some("broken bones");
            if let Some(method) = HARM_METHODS
                .iter()
                .find(|(words, name)| {
                    words.iter().any(|w| window.contains(w)) && !self.methods_told.contains(name)
                })
                .map(|(_, name)| *name)
                .or(broken)
                && !asked
                && e.kind != EventKind::Kill
            {
                let best = self.best_sentence_for(facts, fact.sentence);
                return Some(finding(
                    FindingKind::Addition,
                    Severity::High,
                    None,
                    best,
                    format!("The answer describes {method}, which the statement does not mention."),
                ));
            }
            if e.repeated {
                // Each told under its own date: the sentences telling one
                // arrest and the days after it are one occurrence.
                let episode = |s: usize| (0..=s).rev().find_map(|k| self.day_of[k]).map(|d| d.0);
                // Done to someone else ("my wife had been taken") is no
                // earlier time for the speaker.
                let occurrences: std::collections::HashSet<Option<i64>> = same_class
                    .iter()
                    .filter(|(_, c)| e.may_share_victims(c))
                    .map(|(f, _)| episode(f.sentence))
                    .collect();
                let statement_repeats = same_class.iter().any(|(_, c)| c.repeated);
                if occurrences.len() <= 1 && !statement_repeats {
                    let (against, _) = same_class[0];
                    return Some(finding(
                        FindingKind::Addition,
                        Severity::Medium,
                        Some(against),
                        against.sentence,
                        format!(
                            "The answer describes {} happening again; the statement describes it once.",
                            e.kind.describe()
                        ),
                    ));
                }
            }
        }
        if same_kind.is_empty() {
            return None;
        }
        // Polarity: the statement says it happened and the answer denies it, or
        // the other way round.
        // Said it happened: consistent if the statement says so anywhere.
        // Denied: a contradiction if the statement says it happened — "never
        // told anybody" is denied by a complaint to anyone.
        let answer_lower = answer.to_lowercase();
        // (Not where the question names what was reported and when: "Did you
        // report the beating at the protest in September 2019?" "No, I didn't
        // report it to nobody" speaks of that beating.)
        let scoped = asked
            && asked_about.facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Date(_))
                    || matches!(&f.value, FactValue::Event(q) if q.kind.is_harm())
            });
        let denies_to_anyone = !e.positive
            && !scoped
            && e.kind == EventKind::Report
            && ["anyone", "anybody", "no one", "nobody"]
                .iter()
                .any(|w| answer_lower.contains(w));
        let consistent = if denies_to_anyone {
            !same_kind
                .iter()
                .any(|f| event_of(f).is_some_and(|c| c.positive))
        } else {
            same_kind
                .iter()
                .any(|f| event_of(f).is_some_and(|c| c.positive == e.positive))
        };
        if consistent {
            return None;
        }
        let same_kind: Vec<&Fact> = same_kind
            .into_iter()
            .filter(|f| event_of(f).is_some_and(|c| c.positive != e.positive))
            .collect();
        if same_kind.is_empty() {
            return None;
        }
        let against = same_kind[0];
        let se = event_of(against)?;
        Some(finding(
            FindingKind::Contradiction,
            Severity::High,
            Some(against),
            against.sentence,
            if se.positive {
                format!(
                    "The statement describes {}; the answer says it did not happen.",
                    e.kind.describe()
                )
            } else {
                no_such(bare(e.kind))
            },
        ))
    }

    /// A yes/no question about an act ("Did you sign anything?") answered one
    /// way while the statement's passage about it says the other.
    fn asked_act(&self, asked: &Asked, answer: &str) -> Option<Finding> {
        let question = asked.text;
        let complement = content_stems(question);
        // "Did you claim asylum in the Netherlands?" is not answered where the
        // statement claims it at Heathrow: a sentence naming only other places.
        // (Not the place a question counts from: "before the United States".)
        let seeks_protection = asked
            .facts
            .tokens
            .iter()
            .any(|t| t.is_any(&["asylum", "refugee", "protection"]));
        let counted_from = |p: &PlaceAt| {
            asked.facts.tokens[..p.start.min(asked.facts.tokens.len())]
                .iter()
                .rev()
                .take(2)
                .any(|t| t.is_any(&["before", "after", "except"]))
        };
        let asked_places: Vec<&PlaceAt> = asked
            .places()
            .into_iter()
            .filter(|p| p.proper && seeks_protection && !counted_from(p))
            .collect();
        let elsewhere = |s: usize| {
            let places: Vec<&PlaceAt> = places_in(self.facts.facts_in(s))
                .filter(|p| p.proper)
                .collect();
            !asked_places.is_empty()
                && !places.is_empty()
                && !places
                    .iter()
                    .any(|p| asked_places.iter().any(|a| same_place(a, p)))
        };
        let rel = self.relevance_to(&complement);
        let best = rel.iter().copied().fold(0.0, f64::max);
        if best < MIN_RELEVANCE {
            return None;
        }
        let mut relevant: Vec<usize> = (0..rel.len())
            .filter(|&s| rel[s] >= best * TOP_SHARE)
            .collect();
        // And the sentences after each in its paragraph: "…tore our leaflets
        // near the market. We reported this to the police."
        let next: Vec<usize> = relevant
            .iter()
            .flat_map(|&s| {
                (s + 1..rel.len())
                    .take_while(move |&n| self.paragraph_of[n] == self.paragraph_of[s])
            })
            .filter(|n| !relevant.contains(n))
            .collect();
        relevant.extend(next);
        relevant.sort_unstable();
        relevant.dedup();
        let (verbs, actor) = polarity::asked_verbs(question);
        // The events the question names besides its own act.
        let question_tokens = tokenize(question);
        let asked_events: Vec<EventKind> = crate::facts::events::events(&question_tokens)
            .into_iter()
            .filter(|e| {
                e.positive
                    && !question_tokens
                        .get(e.start)
                        .is_some_and(|t| verbs.contains(&stem(&t.lower)))
            })
            .map(|e| e.kind)
            .collect();
        let actor = actor?;
        for verb in &verbs {
            let Some(said) = polarity::stance(answer, &actor, verb, &complement, true) else {
                continue;
            };
            let written: Vec<(usize, bool)> = relevant
                .iter()
                .filter(|&&s| !elsewhere(s))
                .filter_map(|&s| {
                    polarity::stance(self.sentence_text(s), &actor, verb, &complement, false)
                        .map(|w| (s, w))
                })
                .collect();
            // Passages that also name what the question names ("before you
            // were released": "Before I was released I signed…") speak to it
            // more surely than those with the verb alone.
            // Those naming more of it ("asylum in Colombia") more surely than
            // those naming less ("asylum at Heathrow").
            // Its paragraph up to it counts: "I signed it." after the
            // paragraph has told the detention.
            // And the events the question names, in any words ("while you
            // were detained": "I was held there for five days").
            // The sentence's own words first; its paragraph only between
            // sentences that name as much.
            let named_in = |sentences: &mut dyn Iterator<Item = usize>| {
                let mut named: Vec<&String> = sentences
                    .flat_map(|p| self.stems[p].iter())
                    .filter_map(|w| complement.iter().find(|c| *c == w && !verbs.contains(w)))
                    .collect();
                named.sort();
                named.dedup();
                named.len()
            };
            let names_it = |s: usize| {
                let told_before = (0..=s)
                    .rev()
                    .take_while(|&p| self.paragraph_of[p] == self.paragraph_of[s]);
                let own = named_in(&mut std::iter::once(s));
                let around = named_in(&mut told_before.clone());
                let events = asked_events
                    .iter()
                    .filter(|k| {
                        told_before.clone().any(|p| {
                            self.facts.facts_in(p).any(
                                |f| matches!(&f.value, FactValue::Event(e) if e.positive && e.kind == **k),
                            )
                        })
                    })
                    .count();
                (own, around + events)
            };
            let most = written
                .iter()
                .map(|&(s, _)| names_it(s))
                .max()
                .unwrap_or((0, 0));
            let written: Vec<(usize, bool)> = written
                .into_iter()
                .filter(|&(s, _)| names_it(s) == most)
                .collect();
            let Some(&(s, wrote)) = written.iter().max_by(|a, b| rel[a.0].total_cmp(&rel[b.0]))
            else {
                continue;
            };
            // The statement must say one thing wherever it speaks of it: "I paid"
            // (the first demand) and "I refused to pay the increase" leave it open.
            if written.iter().any(|&(_, w)| w != wrote) || wrote == said {
                continue;
            }
            let (yes, no) = ("it happened", "it did not happen");
            return Some(Finding {
                kind: FindingKind::Contradiction,
                severity: self.weight(s),
                statement_excerpt: self.sentence_text(s).trim().to_string(),
                answer_excerpt: truncate(answer.trim(), 300).to_string(),
                statement_paragraph: self.paragraph_number(s),
                explanation: format!(
                    "Asked \"{}\", the statement says {} and the answer says {}.",
                    question.trim(),
                    if wrote { yes } else { no },
                    if said { yes } else { no }
                ),
                statement_span: None,
                answer_span: None,
            });
        }
        None
    }

    /// "What did you say when the officer asked you to inform on the
    /// church?" answered "I said yes" where the statement's passage says "I
    /// refused" (or the other way round).
    fn reply_to_demand(&self, asked: &Asked, answer: &str) -> Option<Finding> {
        let q = &asked.facts.tokens;
        let opens = q.first().is_some_and(|t| t.is_any(&["what", "how"]))
            && q.iter()
                .take(5)
                .any(|t| t.is_any(&["say", "do", "answer", "reply", "respond", "tell"]));
        let demanded = q.windows(3).any(|w| {
            w[0].is_any(&[
                "asked",
                "told",
                "ordered",
                "wanted",
                "demanded",
                "pressured",
                "forced",
            ]) && w[1].is("you")
                && w[2].is("to")
        });
        if !opens || !demanded {
            return None;
        }
        let said = reply_given(&tokenize(answer))?;
        let rel = self.relevance_to(&content_stems(asked.text));
        let (best, score) = rel
            .iter()
            .copied()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        if score < MIN_RELEVANCE {
            return None;
        }
        // The passage and the two sentences after it in its paragraph ("…to
        // report on the pastor. I refused.").
        let (s, wrote) = (best..rel.len())
            .take(3)
            .take_while(|&n| self.paragraph_of[n] == self.paragraph_of[best])
            .find_map(|n| reply_given(self.facts.sentence_tokens_of(n)).map(|w| (n, w)))?;
        if wrote == said {
            return None;
        }
        let word = |agreed: bool| if agreed { "agreed" } else { "refused" };
        Some(Finding {
            kind: FindingKind::Contradiction,
            severity: Severity::High,
            statement_excerpt: self.sentence_text(s).trim().to_string(),
            answer_excerpt: truncate(answer.trim(), 300).to_string(),
            statement_paragraph: self.paragraph_number(s),
            explanation: format!(
                "Asked \"{}\", the statement says the client {} and the answer says they {}.",
                asked.text.trim(),
                word(wrote),
                word(said)
            ),
            statement_span: None,
            answer_span: None,
        })
    }

    /// Something the statement says the client never had or was never given
    /// ("a phone and a vest, but never a bodyguard"), which the answer says
    /// they had: "later a bodyguard too".
    fn denied_thing(
        &self,
        facts: &TextFacts,
        answer: &str,
        relevance: &[Vec<f64>],
        asked: &Asked,
    ) -> Option<Finding> {
        // An answer that denies it too says both.
        let answer_denies: Vec<String> = (0..facts.sentences.len())
            .flat_map(|o| denied_stems(facts.sentence_tokens_of(o)))
            .collect();
        for (s, rel) in relevance.iter().enumerate() {
            let best = rel.iter().copied().fold(0.0, f64::max);
            if best < MIN_RELEVANCE {
                continue;
            }
            let tokens = facts.sentence_tokens_of(s);
            for (i, t) in tokens.iter().enumerate() {
                if t.kind != TokenKind::Word
                    || t.lower.len() < 4
                    || is_stopword(&t.lower)
                    || !said_plainly(tokens, i)
                {
                    continue;
                }
                let thing = stem(&t.lower);
                // Denied where the answer speaks, and said nowhere in the
                // statement.
                if answer_denies.contains(&thing) || self.said_plainly.contains(&thing) {
                    continue;
                }
                let Some(c) = (0..self.facts.sentences.len())
                    // (Or anywhere, where the question asks about it: "Did
                    // you have a lawyer?")
                    .find(|&c| {
                        (rel[c] >= best * DENIED_SHARE || asked.stems.contains(&thing))
                            && self.denied[c].contains(&thing)
                    })
                else {
                    continue;
                };
                return Some(Finding {
                    kind: FindingKind::Contradiction,
                    severity: self.weight(c),
                    statement_excerpt: self.sentence_text(c).trim().to_string(),
                    answer_excerpt: self.answer_sentence(facts, answer, s).trim().to_string(),
                    statement_paragraph: self.paragraph_number(c),
                    explanation: no_such(&t.lower),
                    statement_span: None,
                    answer_span: None,
                });
            }
        }
        None
    }

    /// When the answer's sentence and the most relevant candidate's sentence
    /// tell the same kind of event ("they arrested fifteen of us" and "arrested
    /// seven of us"), only candidates told with that event count: "about twelve
    /// people met there" is another matter, however close its words.
    fn tied_to_same_event<'a>(
        &self,
        fact: &Fact,
        facts: &TextFacts,
        asked: &Asked,
        candidates: Vec<(&'a Fact, f64)>,
    ) -> Vec<(&'a Fact, f64)> {
        self.same_event_candidates(fact, facts, asked, &candidates)
            .unwrap_or(candidates)
    }

    /// The candidates told with the same kind of event as the answer's fact
    /// (or the question), when the most relevant one is; `None` when it is not.
    fn same_event_candidates<'a>(
        &self,
        fact: &Fact,
        facts: &TextFacts,
        asked: &Asked,
        candidates: &[(&'a Fact, f64)],
    ) -> Option<Vec<(&'a Fact, f64)>> {
        // The events told close to a fact: in a long spoken sentence, an
        // event far away is about something else.
        let kinds_of = |f: &TextFacts, near: &Fact| -> Vec<EventKind> {
            f.facts_in(near.sentence)
                .filter(|x| {
                    x.span.start <= near.span.end + EVENT_REACH
                        && near.span.start <= x.span.end + EVENT_REACH
                })
                .filter_map(|x| match &x.value {
                    FactValue::Event(e) if e.positive => Some(e.kind),
                    _ => None,
                })
                .collect()
        };
        // The question's event is the answer's too when the question asks for
        // this fact and the answer gives just one of its type: "How many were
        // arrested?" "Maybe thirty of us."
        let mut ours = kinds_of(facts, fact);
        let asks = matches!(
            (wanted(asked.text), &fact.value),
            (Some(Want::Number), FactValue::Quantity(_)) | (Some(Want::Where), FactValue::Place(_))
        );
        let alone = facts
            .facts
            .iter()
            .filter(|f| std::mem::discriminant(&f.value) == std::mem::discriminant(&fact.value))
            .count()
            == 1;
        if asks && alone {
            ours.extend(asked.facts.facts.iter().filter_map(|f| match &f.value {
                FactValue::Event(e) if e.positive => Some(e.kind),
                _ => None,
            }));
        }
        let (top, _) = candidates.first()?;
        let shared: Vec<EventKind> = kinds_of(&self.facts, top)
            .into_iter()
            .filter(|k| ours.contains(k))
            .collect();
        if shared.is_empty() {
            return None;
        }
        // A statement's sum is often paid in the sentence after it ("…on bail
        // of 5,000 pounds. My uncle paid the bail.").
        let told_next = |c: &Fact| {
            let next = c.sentence + 1;
            self.paragraph_of.get(next) == self.paragraph_of.get(c.sentence)
                && self.facts.facts_in(next).any(
                    |f| matches!(&f.value, FactValue::Event(e) if e.positive && shared.contains(&e.kind)),
                )
        };
        // "Released after 97 days" tells how long the detention was.
        let duration =
            matches!(&fact.value, FactValue::Quantity(q) if matches!(q.unit, Unit::Duration(_)));
        let ends = |k: &EventKind| {
            duration && *k == EventKind::Release && shared.contains(&EventKind::Arrest)
        };
        Some(
            candidates
                .iter()
                .filter(|(c, _)| {
                    kinds_of(&self.facts, c)
                        .iter()
                        .any(|k| shared.contains(k) || ends(k))
                        || told_next(c)
                })
                .copied()
                .collect(),
        )
    }

    /// The paragraphs that name the place a question asks about ("What
    /// happened in Tocorón?").
    fn setting<'a>(&self, asked: &'a Asked) -> Option<&'a [usize]> {
        asked
            .setting
            .get_or_init(|| self.setting_of(asked))
            .as_deref()
    }

    /// [`setting`](Self::setting), worked out.
    fn setting_of(&self, asked: &Asked) -> Option<Vec<usize>> {
        let places = asked.places();
        // Named as a place, or only in words ("the pre-trial centre, SIZO No. 1");
        // and a body the question puts somewhere ("in the SIZO", "at the KGB").
        let tokens = &asked.facts.tokens;
        let bodies = asked.facts.facts.iter().filter_map(|f| match &f.value {
            FactValue::Organisation(o) if !o.generic => {
                let at = tokens.iter().position(|t| t.span.start == f.span.start)?;
                let before = &tokens[at.saturating_sub(2)..at];
                before
                    .iter()
                    .any(|t| t.is_any(&["in", "at", "inside"]))
                    .then_some(o.name.as_str())
            }
            _ => None,
        });
        let names: Vec<Vec<String>> = places
            .iter()
            .map(|p| p.name.as_str())
            .chain(bodies)
            .map(|name| name.split_whitespace().map(stem).collect())
            .collect();
        if names.is_empty() {
            return None;
        }
        let named_place = self.facts.facts.iter().filter_map(|f| match &f.value {
            FactValue::Place(c) if places.iter().any(|p| same_place(c, p)) => Some(f.sentence),
            _ => None,
        });
        let named_in_words = (0..self.stems.len()).filter(|&s| {
            names
                .iter()
                .any(|n| !n.is_empty() && n.iter().all(|w| self.stems[s].contains(w)))
        });
        let mut paragraphs: Vec<usize> = named_place
            .chain(named_in_words)
            .map(|s| self.paragraph_of[s])
            .collect();
        paragraphs.sort_unstable();
        paragraphs.dedup();
        (!paragraphs.is_empty()).then_some(paragraphs)
    }

    /// Whether the statement names place `p`, anywhere or in one paragraph.
    fn names_place(&self, p: &PlaceAt, paragraph: Option<usize>) -> bool {
        self.facts.facts.iter().any(|f| {
            paragraph.is_none_or(|n| self.paragraph_of.get(f.sentence) == Some(&n))
                && matches!(&f.value, FactValue::Place(c) if same_place(c, p))
        })
    }

    /// The answer's people, each completed from the statement (see
    /// [`complete`](Self::complete)).
    fn people_of<'a>(
        &'a self,
        facts: &'a TextFacts,
    ) -> impl Iterator<Item = (&'a Fact, PersonAt)> + 'a {
        facts.facts.iter().filter_map(move |f| match &f.value {
            FactValue::Person(p) => Some((f, self.complete(p))),
            _ => None,
        })
    }

    /// How much each statement sentence is about answer sentence `s` and the
    /// question, leaving out the answer's words within the byte span `except`.
    fn relevance_of(
        &self,
        facts: &TextFacts,
        s: usize,
        asked: &Asked,
        except: Range<usize>,
    ) -> Vec<f64> {
        self.relevance_in_context(facts, s, asked, except, 0.0)
    }

    /// [`relevance_of`](Self::relevance_of), with the answer's sentence before
    /// weighing `before` ("…released me on bail. My uncle paid the five
    /// thousand.").
    fn relevance_in_context(
        &self,
        facts: &TextFacts,
        s: usize,
        asked: &Asked,
        except: Range<usize>,
        before: f64,
    ) -> Vec<f64> {
        // A short answer ("In March 2020.") leans on the question for context.
        let question_weight = if facts.sentence_terms(s).len() < 4 {
            1.0
        } else {
            0.6
        };
        let mut query: Vec<(String, f64)> = facts
            .sentence_terms_except(s, except)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        query.extend(asked.stems.iter().map(|w| (w.clone(), question_weight)));
        if before > 0.0
            && let Some(p) = s.checked_sub(1)
        {
            query.extend(facts.sentence_terms(p).into_iter().map(|w| (w, before)));
        }
        // A fact in one sentence is often told in the next ("I joined the SCNC.
        // I was its secretary."): neighbours in a paragraph share relevance.
        self.smooth(&self.index.scores(&query))
    }

    /// How much each statement sentence is about `words` (stems), shared with
    /// its neighbours in the paragraph.
    fn relevance_to(&self, words: &[String]) -> Vec<f64> {
        let query: Vec<(String, f64)> = words.iter().map(|w| (w.clone(), 1.0)).collect();
        self.smooth(&self.index.scores(&query))
    }

    fn smooth(&self, rel: &[f64]) -> Vec<f64> {
        (0..rel.len())
            .map(|s| {
                let mut v = rel[s];
                for n in [s.wrapping_sub(1), s + 1] {
                    if n < rel.len() && self.paragraph_of.get(n) == self.paragraph_of.get(s) {
                        v = v.max(rel[n] * NEIGHBOUR_SHARE);
                    }
                }
                v
            })
            .collect()
    }

    /// A person who does or suffers something in the answer ("my wife paid",
    /// "they took my brother") is compared with the people of the statement's
    /// sentences about the same kind of event. `None` when there is no such event.
    fn compare_person_in_event(
        &self,
        fact: &Fact,
        p: &PersonAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Option<Finding>> {
        // An event belongs to the person nearest to it, within reach and with no
        // other person in between ("my mother-in-law told me they beat Jawid":
        // the beating is Jawid's).
        let others: Vec<&Fact> = facts
            .facts
            .iter()
            .filter(|f| {
                f.sentence == fact.sentence
                    && matches!(f.value, FactValue::Person(_))
                    && f.span != fact.span
            })
            .collect();
        let near = |f: &Fact| {
            if f.sentence != fact.sentence || f.span.start.abs_diff(fact.span.start) > EVENT_REACH {
                return false;
            }
            let (lo, hi) = if f.span.start < fact.span.start {
                (f.span.start, fact.span.start)
            } else {
                (fact.span.end, f.span.start)
            };
            let distance = hi.saturating_sub(lo);
            !others.iter().any(|o| {
                (o.span.start > lo && o.span.start < hi)
                    || o.span.start.abs_diff(f.span.start) < distance
            })
        };
        let kinds: Vec<EventKind> = facts
            .facts
            .iter()
            .filter(|f| near(f))
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if e.kind != EventKind::Threaten => Some(e.kind),
                _ => None,
            })
            .collect();
        if kinds.is_empty() {
            return None;
        }
        let event_sentences: std::collections::HashSet<usize> = self
            .facts
            .facts
            .iter()
            .filter(|f| matches!(&f.value, FactValue::Event(e) if kinds.iter().any(|k| same_event_kind(*k, e.kind))))
            .map(|f| f.sentence)
            .collect();
        let people: Vec<(&Fact, &PersonAt, f64)> = self
            .facts
            .facts
            .iter()
            .filter(|f| event_sentences.contains(&f.sentence))
            .filter_map(|f| match &f.value {
                FactValue::Person(c) => Some((f, c, rel.get(f.sentence).copied().unwrap_or(0.0))),
                _ => None,
            })
            .collect();
        if people.is_empty() {
            return None;
        }
        let p = &self.complete(p);
        if people
            .iter()
            .any(|(_, c, _)| person_fits(p, &self.complete(c), true))
        {
            return Some(None);
        }
        let best_overall = rel.iter().copied().fold(0.0, f64::max);
        let (against, sp, r) = people.into_iter().max_by(|a, b| a.2.total_cmp(&b.2))?;
        if r < MIN_RELEVANCE || r < best_overall * TOP_SHARE || self.answer_names(facts, sp) {
            return Some(None);
        }
        Some(Some(
            self.person_finding(against, sp, fact, p, facts, answer),
        ))
    }

    /// Whether a victim told by name (`cv`, with the other victims of its event
    /// `told`) is known to be someone other than one told by role (`v`): "my
    /// friend Mathan was arrested" is not "my mother was arrested".
    fn other_role(&self, cv: &Victim, v: &Victim, told: &[Victim]) -> bool {
        let (Victim::Name(name), Victim::Role(role)) = (cv, v) else {
            return false;
        };
        let name = self
            .first_names
            .iter()
            .find(|(last, _)| last == name)
            .map_or(name, |(_, first)| first);
        // A name the statement never gives a person ("transferred to SIZO")
        // is no one's.
        if !self.facts.facts.iter().any(
            |f| matches!(&f.value, FactValue::Person(p) if p.name.as_deref().is_some_and(|n| same_name(n, name))),
        ) {
            return true;
        }
        let roles: Vec<&str> = told
            .iter()
            .filter_map(|t| match t {
                Victim::Role(r) => Some(*r),
                _ => None,
            })
            .chain(
                self.roles_by_name
                    .iter()
                    .filter(|(n, _)| same_name(n, name))
                    .map(|(_, r)| *r),
            )
            .collect();
        !roles.is_empty() && !roles.iter().any(|r| r == role || same_child(r, role))
    }

    /// Whether the answer names the statement's person `sp` somewhere: then
    /// it cannot be naming someone else in their place ("My mother's brother,
    /// Suleiman. He paid … to the guards").
    fn answer_names(&self, facts: &TextFacts, sp: &PersonAt) -> bool {
        let sp = self.complete(sp);
        self.people_of(facts)
            .any(|(_, a)| person_fits(&a, &sp, false))
    }

    /// Fills in the role of a person named without one, from where the
    /// statement names them with a role ("Jostin" is "my son Jostin").
    fn complete(&self, p: &PersonAt) -> PersonAt {
        let mut p = p.clone();
        if let Some(name) = &p.name
            && let Some((_, first)) = self.first_names.iter().find(|(last, _)| last == name)
        {
            p.name = Some(first.clone());
        }
        if p.role.is_none()
            && let Some(name) = &p.name
            && let Some((_, role)) = self.roles_by_name.iter().find(|(n, _)| same_name(n, name))
        {
            p.role = Some(role);
        }
        // "my mother's brother" is my uncle, "my sister's son" my nephew.
        if let (Some(owner), Some(role)) = (p.owner.as_deref(), p.role)
            && let Some(kin) = kin_of(owner, role).filter(|k| role_of(k).is_some())
        {
            p.role = role_of(kin);
            // Which side of the family stays: a father's brother is not a
            // mother's brother, though both are uncles.
            p.owner = match owner {
                "mother" => Some(MATERNAL.into()),
                "father" => Some(PATERNAL.into()),
                _ => None,
            };
        }
        p
    }

    /// "Who paid?" "My wife." The first person the answer names is compared with
    /// the people of the statement sentence that answers the same question.
    fn who(&self, asked: &Asked, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let question = asked.text;
        let q = question.trim().to_lowercase();
        let which_role =
            q.starts_with("which") && q.split_whitespace().any(|w| role_of_any(w).is_some());
        if !(q.starts_with("who") || which_role) {
            return None;
        }
        // (Not the owner of a place: "Who punched you at your father's house?")
        let asked_about: Vec<&PersonAt> = asked
            .facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(p) if !is_possessive(asked.text, f) => Some(p),
                _ => None,
            })
            .collect();
        // The answer's person: the first one that is not just the question's own
        // ("Who did you leave your son with?" "I left Justin with his aunt").
        // It comes early in its sentence: "…they took me, my wife and my son
        // were crying" does not say the wife arrested anyone.
        let early = |f: &Fact, p: &PersonAt| {
            let tokens = facts.sentence_tokens_of(f.sentence);
            tokens[..p.start.min(tokens.len())]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !t.is_any(&["like", "well"]))
                .count()
                <= WHO_WITHIN_WORDS
        };
        let (fact, person) = facts.facts.iter().find_map(|f| match &f.value {
            FactValue::Person(p) if !is_possessive(answer, f) && early(f, p) => {
                let p = self.complete(p);
                let restates = !which_role
                    && asked_about
                        .iter()
                        .any(|a| person_fits(&p, &self.complete(a), false));
                (!restates).then_some((f, p))
            }
            _ => None,
        })?;
        // "The director of my old school, Ramon Vives": the name after a comma.
        let mut person = person;
        if person.name.is_none()
            && let Some(name) = facts.facts_in(fact.sentence).find_map(|f| match &f.value {
                FactValue::Person(p)
                    if p.role.is_none() && p.start > person.end && p.start <= person.end + 7 =>
                {
                    // After the last comma, only the name's words ("ramon vives").
                    let between = &facts.sentence_tokens_of(fact.sentence)[person.end..p.start];
                    let comma = between.iter().rposition(|t| t.lower == ",")?;
                    (between.len() - comma <= 3
                        && between[comma + 1..]
                            .iter()
                            .all(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower)))
                    .then(|| p.name.clone())
                    .flatten()
                }
                _ => None,
            })
        {
            person.name = Some(name);
            person = self.complete(&person);
        }
        // "A young boy, a student. I think his name was Mohamed."
        if person.name.is_none()
            && let Some(name) = facts.tokens.windows(3).find_map(|w| {
                (w[0].is("name")
                    && w[1].is_any(&["was", "is"])
                    && w[2].kind == TokenKind::Word
                    && !is_stopword(&w[2].lower)
                    && role_of(&w[2].lower).is_none())
                .then(|| w[2].lower.clone())
            })
        {
            person.name = Some(name);
        }
        let candidates = self.answering_sentences(asked, facts, fact, |f| {
            matches!(f.value, FactValue::Person(_)) && !is_possessive(&self.statement.text, f)
        });
        // The one that tells the question's event ("Who was killed…?": where
        // someone was shot dead), if one does.
        let asked_events = harm_kinds(&asked.facts, |_| true);
        let tells_it = |c: usize| self.tells_any(c, &asked_events);
        // Asked of a time ("Who questioned you … in 2017?"), a passage told
        // under another time is another scene.
        let asked_days = date_spans(asked.facts.facts.iter());
        let at_asked_time = |c: usize| {
            asked_days.is_empty()
                || self.day_of[c].is_none_or(|day| asked_days.iter().any(|&a| overlap(a, day)))
        };
        let candidates: Vec<usize> = if candidates.iter().any(|&c| at_asked_time(c)) {
            candidates
                .into_iter()
                .filter(|&c| at_asked_time(c))
                .collect()
        } else {
            candidates
        };
        let sentence = candidates
            .iter()
            .copied()
            .find(|&c| tells_it(c))
            .or_else(|| candidates.first().copied())?;
        // (Not a group: "no longer part of the family" names no one.)
        let people: Vec<&Fact> = self
            .facts
            .facts_in(sentence)
            .filter(|f| {
                matches!(&f.value, FactValue::Person(p)
                    if !p.role.is_some_and(|r| GROUP_ROLES.contains(&r)))
                    && !is_possessive(&self.statement.text, f)
            })
            .collect();
        // A name against a role fits only where nothing says they are two:
        // not where the answer's named person is someone the statement names
        // while this sentence names another ("Captain Guerra" for "a guard
        // known as El Chino"), nor where the statement's named person is known
        // in another role (Dennis, the landlord's son, for "the landlord").
        let names_another = person.name.as_ref().is_some_and(|n| {
            self.lexicon.names.iter().any(|k| same_name(k, n))
                && people.iter().any(|f| {
                    matches!(&f.value, FactValue::Person(c)
                        if self.complete(c).name.as_ref().is_some_and(|cn| !same_name(cn, n)))
                })
        });
        let fits = people.iter().any(|f| match &f.value {
            FactValue::Person(c) => {
                let c = self.complete(c);
                let name_against_role = match (&person.name, &c.name, person.role, c.role) {
                    (Some(n), None, _, Some(role)) => names_another || self.has_kin(n, role),
                    (None, Some(cn), Some(role), None) => {
                        // (Whoever's they are: "the landlord's son, Dennis".)
                        let known: Vec<&str> = self
                            .facts
                            .facts
                            .iter()
                            .filter_map(|g| match &g.value {
                                FactValue::Person(PersonAt {
                                    role: Some(r),
                                    name: Some(n),
                                    ..
                                }) if same_name(n, cn) => Some(*r),
                                _ => None,
                            })
                            .collect();
                        !known.is_empty() && !known.contains(&role)
                    }
                    _ => false,
                };
                person_fits(&person, &c, true) && !name_against_role
            }
            _ => false,
        });
        // A person the statement names, nowhere in the paragraph that tells
        // the asked event, under their name or any title they are known by
        // ("It was Inspector Munyaneza" where the inspector only comes in
        // later): someone else. A plural there ("one of the officers") is
        // others, not them.
        let named_elsewhere = person.name.as_ref().is_some_and(|n| {
            let known_roles: Vec<&str> = self
                .roles_by_name
                .iter()
                .filter(|(k, _)| same_name(k, n))
                .map(|(_, r)| *r)
                .chain(person.role)
                .collect();
            let paragraph = self.paragraph_of.get(sentence);
            let singular = |f: &Fact| {
                let words = self.statement.slice(f.span.clone()).to_lowercase();
                let last = words.split_whitespace().last().unwrap_or("");
                !last.ends_with('s') || last.ends_with("ss")
            };
            self.lexicon.names.iter().any(|k| same_name(k, n))
                && tells_it(sentence)
                && !(0..self.facts.sentences.len())
                    .filter(|&s| self.paragraph_of.get(s) == paragraph)
                    .flat_map(|s| self.facts.facts_in(s))
                    .any(|f| match &f.value {
                        FactValue::Person(c) => {
                            let c = self.complete(c);
                            c.name.as_ref().is_some_and(|cn| same_name(cn, n))
                                || (c.name.is_none()
                                    && singular(f)
                                    && c.role.is_some_and(|r| known_roles.contains(&r)))
                        }
                        _ => false,
                    })
        });
        let fits = fits && !named_elsewhere;
        // The one named is in the sentence beside it, telling the same
        // scene ("An officer, Major Gromov, questioned me. He wanted me to
        // give the names, Polina's too.").
        // (Not one told under a date of its own, another from this one's:
        // "In 2011 a colleague gave me a New Testament. In 2013 I was
        // baptised by Pastor Oleg.")
        let other_time = |s: usize| {
            let mine = date_spans(self.facts.facts_in(sentence));
            let theirs = date_spans(self.facts.facts_in(s));
            !mine.is_empty()
                && !theirs.is_empty()
                && !mine.iter().any(|&a| theirs.iter().any(|&b| overlap(a, b)))
        };
        let beside = person.name.is_some()
            && [sentence.wrapping_sub(1), sentence + 1].iter().any(|&s| {
                self.paragraph_of.get(s).is_some()
                    && self.paragraph_of.get(s) == self.paragraph_of.get(sentence)
                    && !other_time(s)
                    && self.facts.facts_in(s).any(|f| {
                        matches!(&f.value, FactValue::Person(c)
                            if c.name.is_some() && person_fits(&person, &self.complete(c), false))
                    })
            });
        // (Unless this sentence tells the question's event and names
        // someone else as well, or one of the named person's own people:
        // "X came with his nephews. … one nephew punched me".)
        let their_own = person.name.as_ref().is_some_and(|n| {
            people.iter().any(|f| {
                matches!(&f.value, FactValue::Person(c)
                    if c.name.is_none() && c.role.is_some_and(|r| self.has_kin(n, r)))
            })
        });
        let another_there = names_another && tells_it(sentence);
        if beside && !another_there && !named_elsewhere && !their_own {
            return None;
        }
        if fits {
            // "My friend Mathan and my wife's cousin Jeyanthan" where the
            // statement names Mathan and Sutharsan: one of a list swapped.
            return self.swapped_in_list(facts, answer, fact, &people);
        }
        // The answer names the statement's people too ("my brother, and the
        // officer told him"): it adds someone rather than naming another.
        // Not the answer's person told again in apposition ("my father's
        // brother, um, my uncle Salih").
        let FactValue::Person(raw) = &fact.value else {
            return None;
        };
        let sentence_tokens = facts.sentence_tokens_of(fact.sentence);
        // (A bare name after a role is not: the extractor would have joined it,
        // so it is one of a list, "my mother, Amal, Omar and me".)
        let apposition = |f: &Fact, p: &PersonAt| {
            f.sentence == fact.sentence
                && p.role.is_some()
                && p.start >= raw.end
                && p.start <= raw.end + 3
                && sentence_tokens[raw.end..p.start]
                    .iter()
                    .all(|t| t.lower == "," || t.is_any(&["my", "our", "i", "mean"]))
        };
        // (In the same answer sentence, or by name: "Mr Gbaguidi paid him.
        // My sister had spent everything already" gives a reason, not a
        // second payer.)
        let answer_people: Vec<PersonAt> = self
            .people_of(facts)
            .filter(|(f, p)| {
                f.span != fact.span && (f.sentence == fact.sentence || p.name.is_some())
            })
            .filter(|(f, _)| !matches!(&f.value, FactValue::Person(p) if apposition(f, p)))
            .map(|(_, p)| p)
            // Nor the person the question asks about ("Who is Karim?" "Karim is…").
            .filter(|p| {
                !asked_about
                    .iter()
                    .any(|a| person_fits(p, &self.complete(a), false))
            })
            .collect();
        let all_named = people.iter().all(|f| match &f.value {
            FactValue::Person(c) => {
                let c = self.complete(c);
                answer_people.iter().any(|a| person_fits(a, &c, false))
            }
            _ => true,
        });
        if all_named && !named_elsewhere {
            return None;
        }
        let against = *people.first()?;
        let FactValue::Person(sp) = &against.value else {
            return None;
        };
        Some(self.finding(
            FindingKind::Person,
            self.weight(sentence),
            Some(against),
            sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement says this was {}; the answer says {}.",
                with_article(&self.complete(sp).describe()),
                with_article(&person.describe())
            ),
        ))
    }

    /// Whether the statement tells of `name`'s own `role`s ("Alimamy Turay
    /// came with two of his nephews"): then they are not that role.
    fn has_kin(&self, name: &str, role: &str) -> bool {
        (0..self.facts.sentences.len()).any(|s| {
            let tokens = self.facts.sentence_tokens_of(s);
            let named_at = self.facts.facts_in(s).find_map(|f| match &f.value {
                FactValue::Person(p) if p.name.as_deref().is_some_and(|pn| same_name(pn, name)) => {
                    Some(p.end)
                }
                _ => None,
            });
            named_at.is_some_and(|from| {
                tokens
                    .windows(2)
                    .skip(from)
                    .any(|w| w[0].is_any(&["his", "her"]) && role_of_any(&w[1].lower) == Some(role))
            })
        })
    }

    /// Where the answer to a "who" question lists people: a named one that
    /// fits no one of the statement's sentence, while a named one there goes
    /// unnamed in the answer, is a person finding.
    fn swapped_in_list(
        &self,
        facts: &TextFacts,
        answer: &str,
        first: &Fact,
        people: &[&Fact],
    ) -> Option<Finding> {
        let listed: Vec<(&Fact, PersonAt)> = self
            .people_of(facts)
            .filter(|(f, p)| {
                f.sentence == first.sentence
                    && f.span != first.span
                    && !is_possessive(answer, f)
                    && p.name.is_some()
            })
            .collect();
        let told: Vec<(&Fact, PersonAt)> = people
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(c) if c.name.is_some() => Some((*f, self.complete(c))),
                _ => None,
            })
            .collect();
        let answer_people: Vec<PersonAt> = self.people_of(facts).map(|(_, p)| p).collect();
        let (af, ap) = listed
            .iter()
            .find(|(_, a)| !told.iter().any(|(_, c)| person_fits(a, c, true)))?;
        let (sf, sp) = told
            .iter()
            .find(|(_, c)| !answer_people.iter().any(|a| person_fits(a, c, true)))?;
        Some(self.person_finding(sf, sp, af, ap, facts, answer))
    }

    /// The statement sentence that answers `question` (helped by the rest of
    /// the answer's sentence holding `compared`): the best of the four closest
    /// that holds a fact `pred` accepts and comes near the closest.
    fn answering_sentences(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        compared: &Fact,
        pred: impl Fn(&Fact) -> bool,
    ) -> Vec<usize> {
        let mut query: Vec<(String, f64)> = asked
            .facts
            .sentence_terms(0)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        // The answer's other words help, but not the words of what is compared
        // (the answer's "my brother Axel" would pull to where Axel is introduced).
        if let Some(range) = facts.sentence_tokens.get(compared.sentence) {
            query.extend(
                facts.tokens[range.clone()]
                    .iter()
                    .filter(|t| {
                        t.kind != TokenKind::Break
                            && !is_stopword(&t.lower)
                            && !compared.span.contains(&t.span.start)
                    })
                    .map(|t| (stem(&t.lower), ANSWER_WORDS_WEIGHT)),
            );
        }
        // And the answer's next sentence, which often tells what the one named
        // did: "It was the sheikh from the mosque on my street. He wrote that I
        // printed a leaflet."
        query.extend(
            facts
                .sentence_terms(compared.sentence + 1)
                .into_iter()
                .map(|w| (w, ANSWER_WORDS_WEIGHT)),
        );

        let scores = self.smooth(&self.index.scores(&query));
        let best = scores.iter().copied().fold(0.0, f64::max);
        if best < MIN_RELEVANCE * 2.0 {
            return Vec::new();
        }
        let mut ranked: Vec<usize> = (0..scores.len()).collect();
        ranked.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]));
        ranked
            .into_iter()
            .take(ANSWERING_CANDIDATES)
            .filter(|&c| scores[c] >= best * ANSWERING_SHARE && self.facts.facts_in(c).any(&pred))
            .collect()
    }

    /// "The Asayish centre in Hasakah" where the statement says "the Asayish
    /// centre in … Qamishli": a town the passage does not name, beside one it
    /// names there (`places`, of the answering `sentence`), is still another town.
    fn another_town(
        &self,
        facts: &TextFacts,
        answer: &str,
        sentence: usize,
        places: &[&Fact],
        in_question: &[&PlaceAt],
    ) -> Option<Finding> {
        let paragraph = self.paragraph_of.get(sentence).copied();
        let told = |p: &PlaceAt| self.names_place(p, paragraph);
        let named_by_answer = |p: &PlaceAt| {
            facts
                .facts
                .iter()
                .any(|f| matches!(&f.value, FactValue::Place(a) if same_place(a, p)))
        };
        let stranger = facts.facts.iter().find(|f| {
            matches!(&f.value, FactValue::Place(a)
                if a.proper && !in_question.iter().any(|q| same_place(q, a)) && !told(a))
        });
        let unnamed = places.iter().rev().find(|f| {
            matches!(&f.value, FactValue::Place(c)
                if c.proper && c.kind.is_none() && !named_by_answer(c)
                    && !in_question.iter().any(|q| same_place(q, c)))
        });
        let (Some(af), Some(against)) = (stranger, unnamed) else {
            return None;
        };
        let (FactValue::Place(ap), FactValue::Place(sp)) = (&af.value, &against.value) else {
            return None;
        };
        Some(self.finding(
            FindingKind::Place,
            self.weight(sentence),
            Some(against),
            sentence,
            Some(af),
            facts,
            answer,
            af.sentence,
            format!(
                "The statement says {}; the answer says {}.",
                title_case(&sp.name),
                title_case(&ap.name)
            ),
        ))
    }

    /// "Where did you cross?" "At El Paso." The answer's first place is compared
    /// with the places of the statement sentence that answers the same question.
    fn place_asked(&self, asked: &Asked, facts: &TextFacts, answer: &str) -> Option<Finding> {
        if !asked.text.trim().to_lowercase().starts_with("where") {
            return None;
        }
        let in_question = asked.places();
        // The answer's place: the first that is not the question's own.
        let (fact, place) = facts.facts.iter().find_map(|f| match &f.value {
            FactValue::Place(p) if !in_question.iter().any(|q| same_place(q, p)) => Some((f, p)),
            _ => None,
        })?;
        let candidates = self.answering_sentences(asked, facts, fact, |f| {
            matches!(&f.value, FactValue::Place(c) if !in_question.iter().any(|q| same_place(q, c)))
        });
        // The one telling what happened there, as the question or the
        // answer's sentence says ("took us to … and kept us there": where
        // they were held, not where a report was made later).
        // (Not what the question asks after: "Where were you taken after
        // the arrest?")
        let asked_until = asked
            .facts
            .tokens
            .iter()
            .find(|t| t.is_any(&["after", "before"]))
            .map_or(usize::MAX, |t| t.span.start);
        let mut happened = harm_kinds(&asked.facts, |x| x.span.start < asked_until);
        happened.extend(harm_kinds(facts, |x| x.sentence == fact.sentence));
        let tells_it = |c: usize| self.tells_any(c, &happened);
        // Else the one naming most of what the question names ("Where did
        // you meet Faith?": where Faith is met, not the salon the answer's
        // other words pull towards).
        let asked_words = |c: usize| {
            asked
                .stems
                .iter()
                .filter(|w| self.stems[c].contains(w))
                .count()
        };
        let most_asked = candidates.iter().map(|&c| asked_words(c)).max();
        let sentence = candidates
            .iter()
            .copied()
            .find(|&c| tells_it(c))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&c| Some(asked_words(c)) == most_asked)
            })?;
        // Countries compare with countries, towns and buildings with their like.
        let level = |p: &PlaceAt| country_of(&p.name).is_some();
        let answer_levels: Vec<bool> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Place(p) => Some(level(p)),
                _ => None,
            })
            .collect();
        let places: Vec<&Fact> = self
            .facts
            .facts_in(sentence)
            .filter(
                |f| matches!(&f.value, FactValue::Place(c) if answer_levels.contains(&level(c))),
            )
            .collect();
        // Any place of the answer that fits one of the sentence's is enough.
        let fits = facts.facts.iter().any(|af| match &af.value {
            FactValue::Place(ap) => places
                .iter()
                .any(|f| matches!(&f.value, FactValue::Place(c) if same_place(c, ap))),
            _ => false,
        });
        // "At my uncle's house" where the statement says "the house of my
        // pastor": the right town, in someone else's house.
        let hosts = (
            (0..facts.sentences.len()).find_map(|a| host_in(facts, answer, a)),
            host_in(&self.facts, &self.statement.text, sentence),
        );
        if let (Some((af, ap)), Some((sf, sp))) = hosts
            && !person_fits(&self.complete(ap), &self.complete(sp), true)
        {
            return Some(self.person_finding(sf, sp, af, &self.complete(ap), facts, answer));
        }
        if fits {
            return self.another_town(facts, answer, sentence, &places, &in_question);
        }
        let against = places.iter().find(|f| {
            matches!(&f.value, FactValue::Place(c) if !in_question.iter().any(|q| same_place(q, c)))
        })?;
        Some(self.finding(
            FindingKind::Place,
            self.weight(sentence),
            Some(against),
            sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            format!(
                "The statement says {}; the answer says {}.",
                self.statement.slice(against.span.clone()).trim(),
                title_case(&place.name)
            ),
        ))
    }

    /// The statement sentence an answer sentence speaks to most.
    fn best_sentence_for(&self, facts: &TextFacts, s: usize) -> usize {
        let query: Vec<(String, f64)> = facts
            .sentence_stems(s)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        self.index
            .scores(&query)
            .into_iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(0, |(i, _)| i)
    }

    /// Whether statement sentence `s` tells, as happening, an event of one
    /// of `kinds`.
    fn tells_any(&self, s: usize, kinds: &[EventKind]) -> bool {
        self.facts.facts_in(s).any(|f| {
            matches!(&f.value, FactValue::Event(e)
                if e.positive && kinds.iter().any(|k| same_event_kind(*k, e.kind)))
        })
    }

    /// Whether a statement sentence mentions this person at all.
    /// A name the answer gives ("beat marion") that the statement gives a
    /// person too, with no role, against a role that is no relative's in a
    /// statement sentence that does not name them ("the girls were cut"):
    /// someone else.
    fn someone_else_by_name(&self, s: usize, cv: &Victim, v: &Victim) -> bool {
        let (Victim::Role(role), Victim::Name(name)) = (cv, v) else {
            return false;
        };
        let known = self.facts.facts.iter().any(
            |f| matches!(&f.value, FactValue::Person(p) if p.name.as_deref().is_some_and(|n| same_name(n, name))),
        );
        // A relative of another name is a wrong person, found as such.
        let no_role = !self.roles_by_name.iter().any(|(n, _)| same_name(n, name));
        known && no_role && !is_relative(role) && !self.sentence_mentions(s, v)
    }

    fn sentence_mentions(&self, s: usize, victim: &Victim) -> bool {
        self.facts.facts_in(s).any(|f| match (&f.value, victim) {
            (FactValue::Person(p), Victim::Role(r)) => p.role == Some(*r),
            (FactValue::Person(p), Victim::Name(n)) => {
                p.name.as_ref().is_some_and(|pn| same_name(pn, n))
            }
            _ => false,
        })
    }

    /// "First X, then Y" in an answer where the statement has Y before X.
    fn sequence(&self, asked: &Asked, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let tokens = &facts.tokens;
        // "After A, first B, and after that C, and then D": each step against
        // the next.
        let steps = told_steps(tokens);
        if steps.len() >= 3 {
            return steps
                .windows(2)
                .find_map(|w| self.reversed_pair(facts, answer, w[0].clone(), w[1].clone(), true));
        }
        // Each order the answer tells, the first first ("after the flag …,
        // Yaoundé first and only after that Kumba").
        if let Some(found) = ordered_parts(tokens)
            .into_iter()
            .find_map(|(first, second)| self.reversed_pair(facts, answer, first, second, false))
        {
            return Some(found);
        }
        // An order told within one sentence of a longer answer ("… and it was
        // after I got out that the video came out").
        if facts.sentence_tokens.len() < 2 {
            return None;
        }
        facts
            .sentence_tokens
            .iter()
            .enumerate()
            .find_map(|(k, range)| {
                let (first, second) = ordered_parts(&tokens[range.clone()]).into_iter().next()?;
                let at = |r: Range<usize>| r.start + range.start..r.end + range.start;
                let mut first = at(first);
                // "Only after the hearing did they…": a few words that point
                // back to the sentence before.
                if content_words(&tokens[first.clone()]) < 2 {
                    match k.checked_sub(1).and_then(|p| facts.sentence_tokens.get(p)) {
                        Some(previous) => first = previous.clone(),
                        // "That was before I went to Kigali", opening the
                        // answer: "that" is what the question asks about.
                        None => {
                            let asked = self.part_readings(
                                &asked.facts,
                                0..asked.facts.tokens.len(),
                                false,
                                false,
                            )?;
                            let second: Vec<usize> = self
                                .part_readings(facts, at(second), false, true)?
                                .into_iter()
                                .filter(|s| !asked.contains(s))
                                .collect();
                            if second.is_empty() {
                                return None;
                            }
                            return self.reversed_readings(answer, &asked, &second, false);
                        }
                    }
                }
                self.reversed_pair(facts, answer, first, at(second), false)
            })
    }

    /// The statement sentences a part of the answer (a range of its tokens)
    /// may mean: the best, and any nearly as good; `None` where the part says
    /// too little. `steps`: the answer tells its steps one by one.
    fn part_readings(
        &self,
        facts: &TextFacts,
        range: Range<usize>,
        steps: bool,
        lone: bool,
    ) -> Option<Vec<usize>> {
        let tokens = &facts.tokens;
        // The facts told within a part (a range of the answer's tokens).
        let within = |range: &Range<usize>, f: &Fact| {
            tokens
                .get(range.start)
                .is_some_and(|t| t.span.start <= f.span.start)
                && tokens[..range.end.min(tokens.len())]
                    .last()
                    .is_some_and(|t| f.span.start < t.span.end)
        };
        let query = |range: Range<usize>| -> Vec<(String, f64)> {
            let events = facts.facts.iter().filter_map(|f| match &f.value {
                FactValue::Event(e) if within(&range, f) => {
                    Some((format!("event:{:?}", e.kind), 1.0))
                }
                _ => None,
            });
            // "the article came out" is its publication.
            let published = (range.start..range.end.min(tokens.len()).saturating_sub(1))
                .any(|i| {
                    tokens[i].is_any(&["came", "come", "comes"])
                        && tokens[i + 1].is("out")
                        && i > 0
                        && tokens[i - 1].is_any(PUBLISHED_THINGS)
                })
                .then(|| ("publish".to_string(), 1.0));
            let words: Vec<(String, f64)> = tokens[range.clone()]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
                // Amounts and time words do not say which event is meant.
                .filter(|t| {
                    numbers::number_at(std::slice::from_ref(*t), 0).is_none()
                        && quantities::unit_of(&t.lower).is_none()
                })
                .map(|t| (stem(&t.lower), 1.0))
                .collect();
            let also = also_said(&tokens[range.clone()]);
            words
                .into_iter()
                .chain(also)
                .chain(events)
                .chain(published)
                .collect()
        };
        // The sentences a part may mean: the best, and any nearly as good.
        let (range_start, range_end) = (range.start, range.end);
        let q = query(range);
        // One word says little, unless the answer tells its steps one by
        // one and the word names a place ("First I went to Yerevan").
        let named_place = || {
            facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Place(p) if p.proper)
                    && tokens[range_start..range_end]
                        .iter()
                        .any(|t| t.span.start == f.span.start)
            })
        };
        // Nor where one word is the whole event: "two days after the
        // election".
        if q.is_empty() || (q.len() < 2 && !(steps && named_place()) && !lone) {
            return None;
        }
        let scores = self.index.scores(&q);
        let top = scores.iter().copied().fold(0.0, f64::max);
        if top < MIN_RELEVANCE * 2.0 {
            return None;
        }
        let mut readings: Vec<usize> = (0..scores.len())
            .filter(|&i| scores[i] * SEQUENCE_MARGIN >= top)
            .collect();
        // "They arrested me" means where someone arrested the speaker, not
        // where the police "arrested none of the attackers".
        let told: Vec<&EventAt> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if within(&(range_start..range_end), f) => Some(e),
                _ => None,
            })
            .collect();
        let tells = |s: usize| {
            self.facts.facts_in(s).any(|f| {
                matches!(&f.value, FactValue::Event(se) if told.iter().any(|e| {
                    e.kind == se.kind && e.positive == se.positive && e.may_share_victims(se)
                }))
            })
        };
        // "They took her and kept her" is not where they kept the speaker:
        // the same act done to someone else is another event.
        let someone_else = |s: usize| {
            self.facts.facts_in(s).any(|f| {
                matches!(&f.value, FactValue::Event(se) if told.iter().any(|e| {
                    e.kind == se.kind
                        && e.positive == se.positive
                        && !e.property
                        && !se.property
                        && !e.may_share_victims(se)
                }))
            }) && !tells(s)
        };
        readings.retain(|&s| !someone_else(s));
        if readings.is_empty() {
            return None;
        }
        if readings.iter().any(|&s| tells(s)) {
            readings.retain(|&s| tells(s));
        } else if lone && !told.is_empty() {
            // "after I came out of the police station" means the release,
            // though the words match where the speaker was held: the best
            // of the sentences that tell it.
            let best = (0..scores.len())
                .filter(|&s| tells(s))
                .map(|s| scores[s])
                .fold(0.0, f64::max);
            if best > 0.0 {
                readings = (0..scores.len())
                    .filter(|&s| tells(s) && scores[s] * SEQUENCE_MARGIN >= best)
                    .collect();
            }
        }
        // A step told at a named place ("they took us to Panzós") is read
        // where the statement is at that place, though "trucks" are in a
        // sentence about Mexico; nowhere else, where none such is read.
        if steps {
            let places: Vec<&PlaceAt> = facts
                .facts
                .iter()
                .filter(|f| within(&(range_start..range_end), f))
                .filter_map(|f| match &f.value {
                    FactValue::Place(p) if p.proper && self.names_place(p, None) => Some(p),
                    _ => None,
                })
                .collect();
            let at_place = |s: usize| {
                self.places_around(s)
                    .iter()
                    .any(|c| places.iter().any(|p| same_place(c, p)))
            };
            let best = (0..scores.len())
                .filter(|&s| at_place(s))
                .map(|s| scores[s])
                .fold(0.0, f64::max);
            if !places.is_empty()
                && !readings.iter().any(|&s| at_place(s))
                && best >= top * PLACE_READING_SHARE
            {
                readings = (0..scores.len())
                    .filter(|&s| at_place(s) && scores[s] * SEQUENCE_MARGIN >= best)
                    .collect();
            }
        }
        Some(readings)
    }

    /// "The video came out, and that same night they took me" where the
    /// statement dates the video four days before the arrest: a time told
    /// relative to another event, against the days between the two in the
    /// statement.
    fn relative_gap(&self, asked: &Asked, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let tokens = &facts.tokens;
        for (k, range) in facts.sentence_tokens.iter().enumerate() {
            // A date already fixed in the answer is compared as a date.
            if facts
                .facts_in(k)
                .any(|f| matches!(f.value, FactValue::Date(_)))
            {
                continue;
            }
            for i in range.clone() {
                let Some((end, told, approximate)) = dates::offset_at(tokens, i) else {
                    continue;
                };
                let lead = (range.start..i)
                    .filter(|&j| {
                        tokens[j].kind == TokenKind::Word
                            && !tokens[j].is_any(&["and", "then", "so", "but", "um", "uh"])
                    })
                    .count();
                // "the same day the article came out", opening the answer:
                // the clause after it is what it counts from.
                let same_as = told == 0
                    && lead < 2
                    && tokens.get(end).is_some_and(|t| {
                        t.is_any(&["the", "that", "as", "when", "my", "his", "her", "their"])
                    });
                // "two weeks after that somebody left a wreath": "that" is
                // what was told before, and the clause is what came after.
                let after_that = tokens[end - 1].is("after")
                    && tokens.get(end).is_some_and(|t| t.is_any(&["that", "this"]))
                    && tokens.get(end + 1).is_some_and(|t| {
                        t.is_any(SUBJECT_PRONOUNS)
                            || t.is_any(&["somebody", "someone", "the", "a", "my", "our", "some"])
                    });
                let (from, to) = if (tokens[end - 1].is("after")
                    && !tokens[i].is("after")
                    && !after_that)
                    || same_as
                {
                    // "two days after the election": counted from the clause
                    // after it, for the clause before it ("they came for me")
                    // or, where the answer opens with it, what was asked.
                    let anchor_end = (end..range.end)
                        .find(|&j| tokens[j].kind == TokenKind::Break)
                        .unwrap_or(range.end);
                    if anchor_end <= end {
                        continue;
                    }
                    // What the question asks after ("arrested after the
                    // protests") is not what the answer counts to.
                    let asked_tokens = &asked.facts.tokens;
                    let cut = asked_tokens
                        .iter()
                        .position(|t| t.is("after"))
                        .unwrap_or(asked_tokens.len());
                    let question = self
                        .part_readings(&asked.facts, 0..cut, false, false)
                        .or_else(|| {
                            self.part_readings(&asked.facts, 0..asked_tokens.len(), false, false)
                        });
                    let to = question.or_else(|| {
                        (lead >= 2)
                            .then(|| self.part_readings(facts, range.start..i, false, false))
                            .flatten()
                    });
                    // The event is not its own starting point.
                    let from = self
                        .part_readings(facts, end..anchor_end, false, true)
                        .map(|mut r| {
                            r.retain(|s| !to.as_ref().is_some_and(|t| t.contains(s)));
                            r
                        })
                        .filter(|r| !r.is_empty());
                    (from, to)
                } else {
                    // The event it counts from: the clause before it, or the
                    // sentence before where it opens its own.
                    let from = if lead >= 2 {
                        range.start..i
                    } else if let Some(before) =
                        k.checked_sub(1).and_then(|b| facts.sentence_tokens.get(b))
                    {
                        before.clone()
                    } else {
                        // Nothing told before it: a later phrase may say
                        // ("the next morning, the day after the march").
                        continue;
                    };
                    (
                        self.part_readings(facts, from, false, false),
                        self.part_readings(facts, end..range.end, false, false),
                    )
                };
                let (Some(from), Some(to)) = (from, to) else {
                    continue;
                };
                // Every reading of both ends, the later after the earlier: a
                // finding only where none gives the gap told.
                let tolerance = |gap: i64| {
                    if approximate {
                        (gap.max(told) as f64 * 0.3).round().max(1.0) as i64
                    } else {
                        1
                    }
                };
                // Each pair's gap is a span where a date is only a month.
                let pairs: Vec<(usize, usize, i64, i64)> = from
                    .iter()
                    .filter_map(|&a| Some((a, self.day_of[a]?)))
                    .flat_map(|(a, (from_first, from_last))| {
                        to.iter().filter_map(move |&b| {
                            let (to_first, to_last) = self.day_of[b]?;
                            let (least, most) =
                                ((to_first - from_last).max(0), to_last - from_first);
                            (a != b && most >= 0).then_some((a, b, least, most))
                        })
                    })
                    .collect();
                if pairs.is_empty()
                    || pairs.iter().any(|&(_, _, least, most)| {
                        let nearest = told.clamp(least, most);
                        (nearest - told).abs() <= tolerance(nearest)
                    })
                {
                    break;
                }
                let (a, b, least, most) = pairs[0];
                let days = |n: i64| match n {
                    0 => "the same day".to_string(),
                    1 => "one day".to_string(),
                    n => format!("{n} days"),
                };
                let gap = if least == most {
                    days(least)
                } else {
                    format!("{least} to {most} days")
                };
                return Some(Finding {
                    kind: FindingKind::Date,
                    severity: Severity::Medium,
                    statement_excerpt: format!(
                        "{} … {}",
                        self.sentence_text(a).trim(),
                        self.sentence_text(b).trim()
                    ),
                    answer_excerpt: self.answer_sentence(facts, answer, k).to_string(),
                    statement_paragraph: self.paragraph_number(b),
                    explanation: format!(
                        "The statement puts {} between these events; the answer says {}.",
                        gap,
                        days(told)
                    ),
                    statement_span: None,
                    answer_span: None,
                });
            }
        }
        None
    }

    /// A finding if the part of the answer told first (`first`) comes after
    /// the part told next (`second`) in the statement, under every reading.
    fn reversed_pair(
        &self,
        facts: &TextFacts,
        answer: &str,
        first: Range<usize>,
        second: Range<usize>,
        steps: bool,
    ) -> Option<Finding> {
        let readings = |range: Range<usize>| self.part_readings(facts, range, steps, false);
        self.reversed_readings(answer, &readings(first)?, &readings(second)?, steps)
    }

    /// A finding if every reading of what the answer tells first comes
    /// after every reading of what it tells next in the statement.
    fn reversed_readings(
        &self,
        answer: &str,
        first: &[usize],
        second: &[usize],
        steps: bool,
    ) -> Option<Finding> {
        // Only an order reversed under every reading of both parts is a finding.
        // Undated, the statement's own order counts; on the same date too,
        // where the answer tells its steps one by one.
        // A date carried over from a sentence before is no date of its own:
        // "In Sabha they locked us up for six weeks. I then worked in Tripoli."
        let own_date = |s: usize| {
            self.facts
                .facts_in(s)
                .any(|f| matches!(f.value, FactValue::Date(_)))
        };
        let reversed = |a: usize, b: usize| match (self.when[a], self.when[b]) {
            (Some(x), Some(y)) if x != y => x > y,
            (Some(_), Some(_)) => (steps || !(own_date(a) && own_date(b))) && a > b,
            (None, None) => a > b,
            _ => false,
        };
        if !first
            .iter()
            .all(|&a| second.iter().all(|&b| reversed(a, b)))
        {
            return None;
        }
        let (a, b) = (first[0], second[0]);
        Some(Finding {
            kind: FindingKind::Sequence,
            severity: Severity::Medium,
            statement_excerpt: format!(
                "{} … {}",
                self.sentence_text(a.min(b)).trim(),
                self.sentence_text(a.max(b)).trim()
            ),
            answer_excerpt: answer.trim().to_string(),
            statement_paragraph: self.paragraph_number(b),
            explanation: "The answer puts these events in a different order from the statement."
                .into(),
            statement_span: None,
            answer_span: None,
        })
    }

    /// "Italy first, then Greece" where the statement's route lists Greece
    /// before Italy in one sentence.
    fn route_order(&self, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let cue = facts
            .tokens
            .iter()
            .any(|t| t.is_any(&["then", "first", "after", "next", "later", "afterwards"]));
        if !cue {
            return None;
        }
        let places: Vec<(&Fact, &PlaceAt)> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Place(p) if p.proper => Some((f, p)),
                _ => None,
            })
            .collect();
        for (i, (fa, a)) in places.iter().enumerate() {
            for (fb, b) in places.iter().skip(i + 1) {
                // The answer must move between them ("to Istanbul, then Van").
                let between = tokenize(answer.get(fa.span.end..fb.span.start).unwrap_or(""));
                let words_between = || between.iter().filter(|t| t.kind == TokenKind::Word);
                let moves = between.iter().any(|t| {
                    t.is_any(&[
                        "then", "to", "went", "after", "through", "via", "next", "later",
                    ])
                });
                // "flew to Brazil through Casablanca": the stop told after
                // the destination comes before it.
                let via = words_between()
                    .all(|t| t.is_any(&["through", "via", "by", "way", "of", "changing", "in"]));
                // "into Colombia, then Cúcuta": a country, then a town that
                // may be in it, is one arrival told closer.
                let closer = country_of(&a.name).is_some()
                    && country_of(&b.name).is_none()
                    && words_between().count() <= 3;
                if same_place(a, b) || !moves || via || closer {
                    continue;
                }
                for s in 0..self.facts.sentences.len() {
                    let position = |x: &PlaceAt| {
                        self.facts.facts_in(s).find_map(|f| match &f.value {
                            FactValue::Place(c) if same_place(c, x) => Some(f.span.start),
                            _ => None,
                        })
                    };
                    // Places side by side ("Jeddah, Saudi Arabia") are one place
                    // named twice, not two stops.
                    // "from Almaty to New York, changing planes in Frankfurt":
                    // a stop told after the journey is not its order.
                    let told_aside = |from: usize| {
                        tokenize(self.statement.slice(from..self.facts.sentences[s].end))
                            .iter()
                            .any(|t| {
                                t.is_any(&[
                                    "changing",
                                    "changed",
                                    "via",
                                    "transit",
                                    "stopover",
                                    "layover",
                                    "connecting",
                                    "connection",
                                ])
                            })
                    };
                    // Two countries side by side are two stops ("through Greece,
                    // Italy and France").
                    let two_countries = matches!(
                        (country_of(&a.name), country_of(&b.name)),
                        (Some(x), Some(y)) if x != y
                    );
                    // "from Athens to Brussels" is a move, not one place.
                    let apart = |between: &str| {
                        between.split_whitespace().count() > 2
                            || tokenize(between).iter().any(|t| t.is_any(&["to", "then"]))
                    };
                    if let (Some(pa), Some(pb)) = (position(a), position(b))
                        && pb < pa
                        && (two_countries || apart(self.statement.slice(pb..pa)))
                        && !told_aside(pb)
                    {
                        return Some(Finding {
                            kind: FindingKind::Sequence,
                            severity: Severity::Medium,
                            statement_excerpt: self.sentence_text(s).trim().to_string(),
                            answer_excerpt: answer.trim().to_string(),
                            statement_paragraph: self.paragraph_number(s),
                            explanation: format!(
                                "The answer goes to {} before {}; the statement gives the opposite order.",
                                title_case(&a.name),
                                title_case(&b.name)
                            ),
                            statement_span: None,
                            answer_span: None,
                        });
                    }
                }
                // Told in different sentences: every arrival at the answer's
                // second place comes before every arrival at its first ("I
                // reached Ceel Qoxle… Two days later he took me to Mogadishu").
                let (to_a, to_b) = (self.arrivals_at(a, true), self.arrivals_at(b, true));
                if let (Some(first_a), Some(last_b)) = (to_a.iter().min(), to_b.iter().max())
                    && last_b < first_a
                {
                    return Some(Finding {
                        kind: FindingKind::Sequence,
                        severity: Severity::Medium,
                        statement_excerpt: format!(
                            "{} … {}",
                            self.sentence_text(*last_b).trim(),
                            self.sentence_text(*first_a).trim()
                        ),
                        answer_excerpt: answer.trim().to_string(),
                        statement_paragraph: self.paragraph_number(*last_b),
                        explanation: format!(
                            "The answer goes to {} before {}; the statement gives the opposite order.",
                            title_case(&a.name),
                            title_case(&b.name)
                        ),
                        statement_span: None,
                        answer_span: None,
                    });
                }
            }
        }
        None
    }

    /// The statement's sentences that tell of arriving at a place: "to
    /// Mogadishu", "reached my mother's house in Ceel Qoxle", "arrived in
    /// Athens". Not where someone was born, lives or left from.
    /// A named place in the answer's sentence `sentence` that the statement
    /// travels to or through but tells none of `told` (detentions) in the
    /// sentence naming it or the next one: its name.
    fn passed_through(
        &self,
        facts: &TextFacts,
        sentence: usize,
        e: &EventAt,
        told: &[&(&Fact, EventAt)],
        asked: &Asked,
    ) -> Option<String> {
        // A detention said in so many words ("arrested", "kept me"), not
        // "took me to".
        let tokens = facts.sentence_tokens_of(sentence);
        if harm_class(e) == DETENTION_CLASS
            && !tokens.get(e.start).is_some_and(|t| {
                t.is_any(&[
                    "arrested",
                    "detained",
                    "jailed",
                    "imprisoned",
                    "held",
                    "kept",
                    "locked",
                ])
            })
        {
            return None;
        }
        // In the event's own clause; where that names only a border or a
        // checkpoint, the place the answer has just crossed at ("I crossed
        // at Pamelap. At the border the soldiers beat me"); else the place
        // the question asks about ("What happened in Istanbul?").
        let clause = clause_around(tokens, e.start);
        let in_clause: Vec<&PlaceAt> = places_in(facts.facts_in(sentence))
            .filter(|p| clause.contains(&p.start))
            .collect();
        let own: Vec<&PlaceAt> = in_clause.iter().copied().filter(|p| p.proper).collect();
        let at_crossing = in_clause
            .iter()
            .any(|p| matches!(p.kind, Some("border" | "checkpoint")));
        let before: Vec<&PlaceAt> = if at_crossing && sentence > 0 {
            places_in(facts.facts_in(sentence - 1))
                .filter(|p| p.proper)
                .collect()
        } else {
            Vec::new()
        };
        let sentence_places: Vec<&PlaceAt> = places_in(facts.facts_in(sentence))
            .filter(|p| p.proper)
            .collect();
        let naming = |p: &PlaceAt| -> Vec<usize> {
            self.facts
                .facts
                .iter()
                .filter(|g| matches!(&g.value, FactValue::Place(c) if same_place(c, p)))
                .map(|g| g.sentence)
                .collect()
        };
        // Told in a sentence naming the place, or under the last place the
        // statement named before it ("I reached Tripoli. There the police
        // arrested me.", "They took me to Mai Serwa. … ¶ The guards beat me
        // with sticks").
        let harmed_there = |p: &PlaceAt| {
            told.iter().any(|(g, _)| {
                self.places_around(g.sentence)
                    .iter()
                    .any(|c| same_place(c, p))
            })
        };
        // Told at any place the sentence names ("to Mexico, to Tapachula,
        // where immigration kept me", "in mexico, near caborca, armed men
        // held me until my cousin in ohio paid"): not new.
        if before
            .iter()
            .chain(&sentence_places)
            .any(|p| harmed_there(p))
        {
            return None;
        }
        let primary: Vec<&PlaceAt> = [own, before, sentence_places]
            .into_iter()
            .find(|places| !places.is_empty())
            .unwrap_or_default();
        // Then the places the question asks about ("What happened in
        // Istanbul?" for "in Zeytinburnu the police kept me").
        let places = primary
            .into_iter()
            .chain(asked.places().into_iter().filter(|p| !harmed_there(p)));
        places.into_iter().find_map(|p| {
            let naming = naming(p);
            // Or one the statement never names that the answer's journey
            // goes to ("I flew to Berlin. At the airport in Berlin the police
            // kept me two days").
            let passed = (!naming.is_empty()
                && (!self.arrivals_at(p, false).is_empty() || self.passed_or_stayed(p)))
                || (naming.is_empty() && journeyed_to(facts, p));
            (p.proper && p.kind.is_none() && passed).then(|| title_case(&p.name))
        })
    }

    /// The proper places a statement sentence names, or, where it names
    /// none, those of the last sentence before it that does, in its own
    /// paragraph or the one before.
    fn places_around(&self, sentence: usize) -> Vec<&PlaceAt> {
        let paragraph = self.paragraph_of[sentence];
        (0..=sentence)
            .rev()
            .take_while(|&k| self.paragraph_of[k] + 1 >= paragraph)
            .map(|k| {
                places_in(self.facts.facts_in(k))
                    .filter(|c| c.proper)
                    .collect::<Vec<_>>()
            })
            .find(|named| !named.is_empty())
            .unwrap_or_default()
    }

    /// The paragraphs a "what happened" question is about: those of the
    /// statement sentences the question alone speaks to most, where one
    /// clearly does.
    fn scene(&self, asked: &Asked) -> Option<Vec<usize>> {
        let rel = self.relevance_to(&asked.facts.sentence_terms(0));
        let top = rel.iter().copied().fold(0.0, f64::max);
        if top < MIN_RELEVANCE * 2.0 {
            return None;
        }
        let mut paragraphs: Vec<usize> = (0..rel.len())
            .filter(|&s| rel[s] >= top * HARM_PASSAGE_SHARE)
            .map(|s| self.paragraph_of[s])
            .collect();
        paragraphs.dedup();
        Some(paragraphs)
    }

    /// Whether the statement passes through `place` on its journey or stays
    /// there a while, by the words a few before it: "crossed into Tunisia at
    /// Ras Ajdir", "through Bulgaria", "I stayed in Kampala for three weeks",
    /// "we hid in Madina".
    fn passed_or_stayed(&self, place: &PlaceAt) -> bool {
        const WORDS: &[&str] = &[
            "crossed",
            "through",
            "via",
            "transit",
            "transited",
            "stayed",
            "hid",
            "hiding",
            "waited",
            "spent",
            "remained",
        ];
        self.facts.facts.iter().any(|f| {
            let FactValue::Place(c) = &f.value else {
                return false;
            };
            let tokens = self.facts.sentence_tokens_of(f.sentence);
            same_place(c, place)
                && tokens[c.start.saturating_sub(6)..c.start.min(tokens.len())]
                    .iter()
                    .any(|t| t.is_any(WORDS))
        })
    }

    /// The statement sentences that tell an arrival at `place` ("to Cobán",
    /// "arrived in Cobán"); `inside`: also an arrival at somewhere in it ("to
    /// the police holding cells in Cobán").
    fn arrivals_at(&self, place: &PlaceAt, inside: bool) -> Vec<usize> {
        self.facts
            .facts
            .iter()
            .filter(|f| matches!(&f.value, FactValue::Place(c) if same_place(c, place)))
            .filter(|f| {
                let tokens = self.facts.sentence_tokens_of(f.sentence);
                let FactValue::Place(c) = &f.value else {
                    return false;
                };
                let before = &tokens[c.start.saturating_sub(7)..c.start.min(tokens.len())];
                // "to Cobán", "into Colombia", "to the police holding cells
                // in Cobán" (but not "read back to me in Dari")
                let to = before
                    .iter()
                    .rposition(|t| t.is_any(&["to", "into"]))
                    .is_some_and(|k| {
                        let between = &before[k + 1..];
                        (between.is_empty() || inside)
                            && between.iter().all(|t| t.kind == TokenKind::Word)
                            && between.first().is_none_or(|t| {
                                t.is_any(&["the", "a", "an", "my", "our", "his", "her", "their"])
                            })
                    });
                let reached = before
                    .iter()
                    .any(|t| t.is_any(&["reached", "arrived", "returned", "reach", "arrive"]));
                to || reached
            })
            .map(|f| f.sentence)
            .collect()
    }

    /// A question asking for a central fact (who, when, where, how many) whose
    /// answer gives none, although the statement does.
    fn omission(&self, asked: &Asked, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let question = asked.text;
        let want = wanted(question)?;
        if facts.tokens.len() < 3 {
            return None;
        }
        // The statement passage the question (and, more lightly, the answer) is about.
        let mut query: Vec<(String, f64)> = content_stems(question)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        for s in 0..facts.sentences.len() {
            query.extend(facts.sentence_stems(s).into_iter().map(|w| (w, 0.3)));
        }
        let rel = self.smooth(&self.index.scores(&query));
        let (best, score) = rel
            .iter()
            .copied()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        if score < MIN_RELEVANCE * 2.0 {
            return None;
        }
        let answer_has =
            |pred: &dyn Fn(&FactValue) -> bool| facts.facts.iter().any(|f| pred(&f.value));
        let statement_has =
            |pred: &dyn Fn(&FactValue) -> bool| self.facts.facts_in(best).any(|f| pred(&f.value));
        // The statement sentence the finding quotes.
        let mut quoted = best;
        let (what, missing) = match want {
            Want::Who => {
                let pred =
                    |v: &FactValue| matches!(v, FactValue::Person(_) | FactValue::Organisation(_));
                // Someone named late in a long sentence is a bystander ("…took
                // me, my wife and my son were crying"), not who did it.
                let named = facts.facts.iter().any(|f| {
                    let at = match &f.value {
                        FactValue::Person(p) => p.start,
                        FactValue::Organisation(o) => o.start,
                        _ => return false,
                    };
                    facts.sentence_tokens_of(f.sentence)[..at]
                        .iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .count()
                        <= WHO_WITHIN_WORDS
                });
                // "one of the nephews", "two soldiers": people counted.
                let counted = facts.sentence_tokens.iter().any(|range| {
                    facts.tokens[range.clone()]
                        .iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .take(WHO_WITHIN_WORDS + 1)
                        .any(|t| role_of(&t.lower).is_none() && role_of_any(&t.lower).is_some())
                });
                ("who it was", !named && !counted && statement_has(&pred))
            }
            Want::When => {
                let pred = |v: &FactValue| matches!(v, FactValue::Date(_));
                (
                    "when it happened",
                    !answer_has(&pred) && statement_has(&pred),
                )
            }
            Want::Number => {
                let pred = |v: &FactValue| matches!(v, FactValue::Quantity(_));
                (
                    "how many or how long",
                    !answer_has(&pred) && statement_has(&pred),
                )
            }
            Want::Where => {
                let pred = |v: &FactValue| matches!(v, FactValue::Place(_));
                (
                    "where it happened",
                    !answer_has(&pred) && statement_has(&pred),
                )
            }
            Want::Harm => {
                // The harm the statement describes there, absent from the answer.
                // "There" is the paragraph of the sentence the question alone is
                // most about, and any other sentence nearly as close ("I was taken
                // to Gelan. The guards beat me there."); the answer's words would
                // pull towards what it chose to tell.
                let rel = self.relevance_to(&asked.facts.sentence_terms(0));
                // "in custody", "while detained": the detention is where it
                // happened, not what is asked.
                let setting = asked.facts.facts.iter().any(
                    |f| matches!(&f.value, FactValue::Event(e) if harm_class(e) == DETENTION_CLASS),
                );
                let top = rel.iter().copied().fold(0.0, f64::max);
                let most = (0..rel.len()).max_by(|a, b| rel[*a].total_cmp(&rel[*b]));
                let paragraph = most.and_then(|m| self.paragraph_of.get(m));
                let passage: Vec<usize> = if top < MIN_RELEVANCE {
                    Vec::new()
                } else {
                    // A close sentence brings the two after it in its paragraph
                    // ("my brother Edwin did not come home. On August 4 his body
                    // was found… He had been shot twice.").
                    let close = |s: usize| rel[s] >= top * HARM_PASSAGE_SHARE;
                    let same_paragraph =
                        |a: usize, b: usize| self.paragraph_of.get(a) == self.paragraph_of.get(b);
                    (0..rel.len())
                        .filter(|&s| {
                            close(s)
                                || self.paragraph_of.get(s) == paragraph
                                || (1..=2).any(|back| {
                                    s >= back && close(s - back) && same_paragraph(s, s - back)
                                })
                        })
                        .collect()
                };
                let classes_in = |passage: &[usize]| -> Vec<u8> {
                    passage
                        .iter()
                        .flat_map(|&s| self.facts.facts_in(s))
                        .filter_map(|f| match &f.value {
                            FactValue::Event(e) if e.positive && e.kind.is_harm() => {
                                Some(harm_class(e))
                            }
                            _ => None,
                        })
                        .filter(|&c| !(setting && c == DETENTION_CLASS))
                        .collect()
                };
                let mut classes = classes_in(&passage);
                // Asked about a place ("What happened at the police station?")
                // where the closest passage tells no harm: what the statement
                // tells in the paragraphs of that place.
                if classes.iter().all(|&c| c == DETENTION_CLASS)
                    && let Some(paragraphs) = self.setting(asked)
                {
                    let there: Vec<usize> = (0..self.facts.sentences.len())
                        .filter(|&s| told_there(paragraphs, self.paragraph_of[s]))
                        .collect();
                    // Being held there is where it happened, not what.
                    let harms: Vec<u8> = classes_in(&there)
                        .into_iter()
                        .filter(|&c| c != DETENTION_CLASS)
                        .collect();
                    if !harms.is_empty() {
                        classes = harms;
                    }
                }
                let told = facts.facts.iter().any(|f| {
                    matches!(&f.value, FactValue::Event(e)
                        if e.positive && e.kind.is_harm() && classes.contains(&harm_class(e)))
                });
                // A grave harm of that passage left out, though the answer
                // tells a lesser one: the beating without the hanging, the
                // confinement without the rapes, the mother whipped without
                // the brother taken.
                let graves = |sentences: &mut dyn Iterator<Item = &Fact>| -> Vec<Gravity> {
                    sentences
                        .filter_map(|f| match &f.value {
                            FactValue::Event(e) if e.positive => gravity(e),
                            _ => None,
                        })
                        .collect()
                };
                // The answer's arrest of anyone covers a relative taken: "they
                // arrested axel", "arrested all seven of us".
                let mut answered = graves(&mut facts.facts.iter());
                if facts.facts.iter().any(|f| {
                    matches!(&f.value, FactValue::Event(e)
                        if e.positive && matches!(e.kind, EventKind::Arrest | EventKind::Kidnap)
                            && e.victims != [Victim::Client])
                }) {
                    answered.push(Gravity::RelativeTaken);
                }
                // Only the paragraph the answer speaks to: a close sentence
                // elsewhere may tell another day. Asked what happened after
                // something, only what the paragraph tells after it.
                // With the place the question asks about, the paragraphs beside
                // it that tell of that place ("What happened in his house in
                // Janaale?": the confinement, and the rapes there).
                let after = asked.facts.tokens.iter().any(|t| t.is("after"));
                let here = self.paragraph_of[best];
                let near = |p: usize| {
                    p == here
                        || (p + 1 >= here
                            && p <= here + 1
                            && self.setting(asked).is_some_and(|ps| ps.contains(&p)))
                };
                // The first sentence telling a grave harm the answer leaves
                // out: the finding quotes it.
                let left_out = (0..self.facts.sentences.len())
                    .filter(|&s| near(self.paragraph_of[s]))
                    .filter(|&s| !after || most.is_none_or(|m| s > m))
                    .find(|&s| {
                        graves(&mut self.facts.facts_in(s))
                            .into_iter()
                            .any(|g| !answered.iter().any(|a| a.covers(g)))
                    });
                if let Some(s) = left_out {
                    quoted = s;
                }
                (
                    "what was done",
                    (!classes.is_empty() && !told) || left_out.is_some(),
                )
            }
            Want::Reason => {
                // The persecutor the statement names there, never named in the answer.
                let answer_lower = answer.to_lowercase();
                let named: Vec<&Fact> = self
                    .facts
                    .facts_in(best)
                    .filter(|f| match &f.value {
                        FactValue::Person(p) => p.name.is_some(),
                        FactValue::Organisation(o) => !o.generic,
                        _ => false,
                    })
                    .collect();
                let mentioned = named.iter().any(|f| {
                    self.statement
                        .slice(f.span.clone())
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.len() > 2 && !is_common(w))
                        .any(|w| answer_lower.contains(w))
                });
                ("why", !named.is_empty() && !mentioned)
            }
        };
        if !missing {
            return None;
        }
        Some(Finding {
            kind: FindingKind::Omission,
            // (Weighed by the passage the question is about, not by the
            // harm quoted: asked about the father, the sister taken is told
            // but weighs little.)
            severity: if self.central(best) && !matches!(want, Want::Reason) {
                Severity::Medium
            } else {
                Severity::Low
            },
            statement_excerpt: self.sentence_text(quoted).trim().to_string(),
            answer_excerpt: answer.trim().to_string(),
            statement_paragraph: self.paragraph_number(quoted),
            explanation: format!(
                "The question asks {what}; the statement says it here, but the answer does not."
            ),
            statement_span: None,
            answer_span: None,
        })
    }
}

const MIN_RELEVANCE: f64 = 0.5;
/// The person answering a "who" question comes within this many words of the
/// start of its sentence.
const WHO_WITHIN_WORDS: usize = 8;
/// How much the answer's own words count, beside the question's, in finding
/// the statement sentence that answers a question.
const ANSWER_WORDS_WEIGHT: f64 = 0.7;
/// How many of the closest sentences may answer a who/where question, and how
/// close to the closest one they must be.
const ANSWERING_CANDIDATES: usize = 4;
const ANSWERING_SHARE: f64 = 0.7;
/// Sentences this close to the one a "what did they do" question is most
/// about belong to its passage (its neighbours in the paragraph are).
const HARM_PASSAGE_SHARE: f64 = 0.7;
/// Statement sentences scoring within this factor of the best are other
/// readings of a part of a told sequence.
const SEQUENCE_MARGIN: f64 = 1.2;
/// A step told at a named place is read where the statement is at that
/// place, if such a sentence is this near the best reading's relevance.
const PLACE_READING_SHARE: f64 = 0.75;
/// Counts of people compare only in passages at least this close to the best.
const COUNT_SHARE: f64 = 0.65;
/// How far (in bytes) an event may be from a person to be about them.
const EVENT_REACH: usize = 60;
/// How much of a sentence's relevance its neighbours in the paragraph share.
const NEIGHBOUR_SHARE: f64 = 0.7;
/// A candidate's sentence must be at least this share of the best sentence's relevance.
const TOP_SHARE: f64 = 0.5;
/// How close to the answer's best passage a denial must be to be what the
/// answer contradicts.
const DENIED_SHARE: f64 = 0.8;
/// A fitting candidate counts if its sentence is at least this share of the top one's.
const FIT_SHARE: f64 = 0.35;
/// How much the answer's sentence before counts in placing a number.
const CONTEXT_WEIGHT: f64 = 0.5;
/// The same for durations, which a statement tells once for each thing.
const TOLD_ONCE_FIT_SHARE: f64 = 0.6;
/// The same for sums: one told for another payment ("1,200 dinars" for the
/// release, asked what the smuggler cost) does not fit unless its passage is
/// nearly as much about what the answer tells.
const PAID_ONCE_FIT_SHARE: f64 = 0.7;

/// Whether the clause around a fact, up to it, holds a negation.
/// Words that deny the thing after them: "never a bodyguard", "no lawyer".
const DENYING: &[&str] = &[
    "no", "never", "not", "without", "nor", "neither", "didn't", "wasn't", "weren't", "nobody",
    "none", "nothing",
];

/// The explanation where the statement says there was none of `what` and
/// the answer says there was.
fn no_such(what: &str) -> String {
    format!("The statement says there was no {what}; the answer says there was.")
}

/// An event's plain words without their article: "beating", "arrest".
fn bare(kind: EventKind) -> &'static str {
    kind.describe()
        .trim_start_matches("a ")
        .trim_start_matches("an ")
}

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
fn said_plainly(tokens: &[Token], i: usize) -> bool {
    !tokens[i.saturating_sub(4)..i]
        .iter()
        .any(|b| b.is_any(DENYING))
}

/// The stems `tokens` deny outright (see [`denied_at`]).
fn denied_stems(tokens: &[Token]) -> Vec<String> {
    (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word && denied_at(tokens, i))
        .map(|i| stem(&tokens[i].lower))
        .collect()
}

/// The kinds of harm told as happening among the facts `keep` accepts.
fn harm_kinds(facts: &TextFacts, keep: impl Fn(&Fact) -> bool) -> Vec<EventKind> {
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

/// Whether the text travels to `place`: "flew to Berlin", "we went on to
/// Agadez".
fn journeyed_to(facts: &TextFacts, place: &PlaceAt) -> bool {
    facts.facts.iter().any(|f| {
        let FactValue::Place(p) = &f.value else {
            return false;
        };
        let tokens = facts.sentence_tokens_of(f.sentence);
        same_place(p, place)
            && p.start >= 2
            && tokens[p.start - 1].is("to")
            && tokens[..p.start - 1]
                .iter()
                .rev()
                .take(3)
                .any(|t| t.is_any(JOURNEY_VERBS))
    })
}

/// The clause of a sentence's tokens around `at`: from the break (or
/// "then") before it to the one after it.
fn clause_around(tokens: &[Token], at: usize) -> Range<usize> {
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

/// Whether paragraph `p` tells of a place named in `setting` (the paragraphs
/// naming it): it names it, or follows one that does.
fn told_there(setting: &[usize], p: usize) -> bool {
    setting.contains(&p) || (p > 0 && setting.contains(&(p - 1)))
}

fn clause_is_negated(facts: &TextFacts, fact: &Fact) -> bool {
    let Some(range) = facts.sentence_tokens.get(fact.sentence) else {
        return false;
    };
    let tokens = &facts.tokens[range.clone()];
    let before: Vec<&Token> = tokens
        .iter()
        .take_while(|t| t.span.start < fact.span.start)
        .collect();
    let clause_start = before
        .iter()
        .rposition(|t| t.kind == TokenKind::Break)
        .map_or(0, |p| p + 1);
    before[clause_start..].iter().any(|t| {
        t.is_any(&[
            "not", "never", "no", "didn't", "don't", "wasn't", "couldn't", "without",
        ]) || t.lower.ends_with("n't")
    })
}

/// A word for where someone lives or stays: "house", "flat", "farm", "place".
fn is_home(t: &Token) -> bool {
    t.is("place") || matches!(place_noun(&t.lower), Some("home" | "farm" | "compound"))
}

/// The person whose home sentence `s` tells of: "my uncle's house", "the house
/// of my pastor".
fn host_in<'a>(facts: &'a TextFacts, text: &str, s: usize) -> Option<(&'a Fact, &'a PersonAt)> {
    let tokens = facts.sentence_tokens_of(s);
    facts.facts_in(s).find_map(|f| match &f.value {
        FactValue::Person(p) => {
            let owns = is_possessive(text, f) && tokens.get(p.end).is_some_and(is_home);
            let of = tokens[..p.start.min(tokens.len())]
                .iter()
                .rev()
                .skip_while(|t| t.is_any(&["my", "our", "his", "her", "their", "the", "a"]))
                .take(2)
                .collect::<Vec<_>>();
            let home_of = of.len() == 2 && of[0].is("of") && is_home(of[1]);
            (owns || home_of).then_some((f, p))
        }
        _ => None,
    })
}

/// Whether a person is told as the owner of something ("my uncle's house").
fn is_possessive(text: &str, f: &Fact) -> bool {
    text.get(f.span.clone())
        .is_some_and(|w| w.trim_end().ends_with("'s") || w.trim_end().ends_with("’s"))
}

fn same_child(a: &str, b: &str) -> bool {
    let child = |r: &str| match r {
        "son" | "boy" => Some(1),
        "daughter" | "girl" => Some(2),
        "child" => Some(0),
        _ => None,
    };
    matches!((child(a), child(b)), (Some(x), Some(y)) if x == y || x == 0 || y == 0)
}

/// Close relatives that can be mistaken for one another.
fn role_family(role: &str) -> Option<u8> {
    Some(match role {
        "son" | "daughter" | "child" => 0,
        "brother" | "sister" => 1,
        "father" | "mother" | "stepfather" | "stepmother" => 2,
        "husband" | "wife" | "partner" => 3,
        "uncle" | "aunt" | "cousin" | "nephew" | "niece" => 4,
        "grandfather" | "grandmother" => 5,
        "pastor" | "priest" | "imam" | "preacher" | "deacon" => 6,
        "neighbour" | "landlord" | "friend" | "colleague" | "employer" => 7,
        "officer" | "guard" => 8,
        _ => return None,
    })
}

/// The side of the family of a relative told as "my mother's brother" or "my
/// father's sister", kept as their owner once they are called uncle or aunt.
const MATERNAL: &str = "mother's side";
const PATERNAL: &str = "father's side";

/// Whether two mentions can be the same person. Where one gives only a role
/// and the other only a name, they cannot be compared: `lenient` decides.
fn person_fits(p: &PersonAt, c: &PersonAt, lenient: bool) -> bool {
    if let (Some(a), Some(b)) = (&p.name, &c.name)
        && !same_name(a, b)
    {
        return false;
    }
    if let (Some(a), Some(b)) = (p.role, c.role)
        && a != b
        // "my family" in the answer fits any relative; "his family" in the
        // statement may hold the answer's father; "my parents" a mother.
        && !GROUP_ROLES.contains(&a)
        && !(b == "family" || b == "relative")
        && !(b == "parents" && role_family(a) == Some(2))
        // "our boys" are our sons; a child is a son or a daughter.
        && !same_child(a, b)
        // "the preacher" and "the sheikh" are one man of religion; an
        // officer in a cell is a guard to the one held there.
        && !(role_family(a).is_some_and(|f| f == 6 || f == 8) && role_family(a) == role_family(b))
        // One name under two titles ("Sheikh Qotb, the preacher"), unless
        // they say how the client is related to them.
        && !(p.name.is_some() && c.name.is_some() && !(is_relative(a) && is_relative(b)))
    {
        return false;
    }
    let lineage = |o: &Option<String>| o.as_deref().is_some_and(|o| o == MATERNAL || o == PATERNAL);
    if lineage(&p.owner) || lineage(&c.owner) {
        // An uncle fits a mother's brother; a father's brother does not.
        if lineage(&p.owner) && lineage(&c.owner) && p.owner != c.owner {
            return false;
        }
    } else if p.owner.is_some() && p.owner != c.owner {
        return false;
    }
    let comparable =
        (p.name.is_some() && c.name.is_some()) || (p.role.is_some() && c.role.is_some());
    comparable || lenient
}

/// "How long did they keep your husband?" "They kept him a month.": a "him"
/// or "her" the answer names no one for is the one the question names.
fn asked_person_is_him(question: &TextFacts, facts: &mut TextFacts) {
    // The one the question asks about, not the one who did it ("did the
    // gang keep your husband"): the client's own people first, else the last.
    let people: Vec<&PersonAt> = question
        .facts
        .iter()
        .filter_map(|f| match &f.value {
            FactValue::Person(p) => Some(p),
            _ => None,
        })
        .collect();
    let Some(asked) = people
        .iter()
        .find(|p| p.role.is_some_and(is_relative))
        .or(people.last())
        .and_then(|p| {
            p.name
                .clone()
                .map(Victim::Name)
                .or(p.role.map(Victim::Role))
        })
    else {
        return;
    };
    for f in &mut facts.facts {
        if let FactValue::Event(e) = &mut f.value {
            for v in &mut e.victims {
                if v.is_someone_else() {
                    *v = asked.clone();
                }
            }
        }
    }
}

/// How the speaker answered a demand, by the first words that say so: "I
/// refused", "I said no", "I did not agree" (false); "I said yes", "I
/// agreed", "I accepted" (true).
fn reply_given(tokens: &[Token]) -> Option<bool> {
    tokens.iter().enumerate().find_map(|(i, t)| {
        let denied = tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|p| p.is_any(&["not", "never", "didn't", "wouldn't", "refused"]));
        if t.is_any(&["refused", "declined"]) && i > 0 && tokens[i - 1].is("i") {
            Some(false)
        } else if t.is_any(&["agreed", "accepted"]) && i > 0 && (tokens[i - 1].is("i") || denied) {
            Some(!denied)
        } else if t.is_any(&["said", "told", "answered"]) && i > 0 && tokens[i - 1].is("i") {
            tokens[i + 1..tokens.len().min(i + 3)].iter().find_map(|n| {
                if n.is("no") {
                    Some(false)
                } else if n.is_any(&["yes", "ok", "okay"]) {
                    Some(true)
                } else {
                    None
                }
            })
        } else {
            None
        }
    })
}

/// "Did you go to the police?" "No." — a short yes or no answers the question's
/// own event: it becomes an event of the answer, unless the answer names it.
fn add_yes_no_events(question: &str, facts: &mut TextFacts) {
    let q = tokenize(question);
    if !polarity::is_yes_no(&q) {
        return;
    }
    let Some((positive, first)) = polarity::leading_reply(&facts.tokens) else {
        return;
    };
    let span = facts.tokens[first].span.clone();
    // "Did you sign anything while you were detained?": the reply is about
    // signing; the detention is only when.
    let main = q
        .iter()
        .position(|t| t.is_any(SUBORDINATORS) || t.is("if"))
        .unwrap_or(q.len());
    for e in crate::facts::events::events(&q[..main]) {
        // "Did you report the burning of your car?" asks about reporting;
        // the burning, named as a thing, is what was reported.
        let named_as_thing = e.start > 0 && q[e.start - 1].is("the");
        let said = facts
            .facts
            .iter()
            .any(|f| matches!(&f.value, FactValue::Event(a) if same_event_kind(a.kind, e.kind)));
        if said || named_as_thing || e.kind == EventKind::Threaten {
            continue;
        }
        facts.facts.push(Fact {
            value: FactValue::Event(EventAt {
                positive: if e.positive { positive } else { !positive },
                victims: Vec::new(),
                ..e
            }),
            sentence: 0,
            span: span.clone(),
        });
    }
}

/// The days each date among `facts` may mean (a year alone is all of it).
fn date_spans<'a>(facts: impl Iterator<Item = &'a Fact>) -> Vec<(i64, i64)> {
    facts
        .filter_map(|f| match &f.value {
            FactValue::Date(d) => d.loose_span(),
            _ => None,
        })
        .collect()
}

/// Whether two spans of days share a day.
fn overlap((a, b): (i64, i64), (c, d): (i64, i64)) -> bool {
    a <= d && c <= b
}

/// Other words the statement may use for the act `tokens` tell ("lost
/// her job" for "was dismissed", "untied me and ran" for "escaped"), at
/// a lower weight.
fn also_said(tokens: &[Token]) -> Vec<(String, f64)> {
    let mut also: Vec<(String, f64)> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .flat_map(|t| {
            let s = stem(&t.lower);
            SAME_ACT
                .iter()
                .filter(|group| group.iter().any(|w| stem(w) == s))
                .flat_map(|group| group.iter().map(|w| stem(w)))
                .filter(|w| *w != s)
                .map(|w| (w, 0.6))
                .collect::<Vec<_>>()
        })
        .collect();
    also.sort_by(|a, b| a.0.cmp(&b.0));
    also.dedup_by(|a, b| a.0 == b.0);
    also
}

/// Words for one act, told one way in a statement and another in an answer.
const SAME_ACT: &[&[&str]] = &[
    &["dismissed", "fired", "sacked", "job", "expelled"],
    &["searched", "raided", "ransacked"],
    &["kidnapped", "abducted", "forced"],
    &["escaped", "fled", "ran", "freed", "untied"],
    &["burned", "fire", "firebombed", "petrol"],
    &["threatened", "warned", "threat"],
    &["initiated", "cut", "initiation"],
    &["died", "dead", "death"],
];

/// Methods of harm worth naming, by the words that say them.
const HARM_METHODS: &[(&[&str], &str)] = &[
    (&["electric", "electrocut", "shocks"], "electric shocks"),
    (&["cigarette"], "burns with cigarettes"),
    (
        &["fingernail", "nails pulled", "pulled out my nail"],
        "pulling out fingernails",
    ),
    (
        &[
            "hung me",
            "hanged me",
            "hung us",
            "hang me",
            "upside down",
            "by my wrists",
            "by the wrists",
        ],
        "hanging",
    ),
    (&["knife", "machete", "stabbed"], "a knife"),
    (&["whip", "lash"], "whipping"),
    (&["sexually", "rape", "raped"], "sexual violence"),
    (
        &[
            "waterboard",
            "drown",
            "barrel of water",
            "under water",
            "could not breathe",
            "couldn't breathe",
            "suffocat",
            "plastic bag",
        ],
        "near-drowning or suffocation",
    ),
    (
        &[
            "broke my arm",
            "broke my leg",
            "broken arm",
            "broken leg",
            "broke my ribs",
        ],
        "broken bones",
    ),
];

/// Blows struck by hand or foot, as a statement words them.
const HAND_BLOWS: &[&str] = &["slap", "punch", "kick", "push", "shov", "pinch", "grab"];

/// What a beating is given with.
const WEAPONS: &[&str] = &[
    "stick",
    "sticks",
    "baton",
    "batons",
    "truncheon",
    "truncheons",
    "club",
    "clubs",
    "cable",
    "cables",
    "belt",
    "belts",
    "whip",
    "hose",
    "pipe",
    "pipes",
    "rod",
    "rods",
    "bat",
    "butt",
    "butts",
    "cord",
    "cords",
    "bottle",
    "iron",
    "bar",
    "bars",
    "wire",
    "chain",
    "chains",
];

/// The weapon an answer's harm `fact` is done with ("beat me with a stick
/// on my legs"), if it names one.
fn weapon_after(facts: &TextFacts, fact: &Fact) -> Option<String> {
    let tokens = facts.sentence_tokens_of(fact.sentence);
    let at = tokens.iter().position(|t| t.span.start >= fact.span.end)?;
    let near = &tokens[at..(at + 8).min(tokens.len())];
    let with = near.iter().position(|t| t.is("with"))?;
    near[with + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| t.is_any(WEAPONS))
        .map(|t| t.lower.clone())
}

/// Whether the words tell a bone broken: "broke" or "broken" within a
/// few words of a bone ("my arm was broken", "broke two of my ribs").
fn tells_broken_bone(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        t.is_any(&["broke", "broken", "fractured", "cracked"])
            && tokens[i.saturating_sub(4)..(i + 7).min(tokens.len())]
                .iter()
                .any(|n| n.is_any(crate::facts::events::BODY_PARTS))
    })
}

/// What a question asks for.
#[derive(PartialEq)]
enum Want {
    Who,
    When,
    Number,
    Where,
    Harm,
    Reason,
}

/// What a question asks for, if it is one of the kinds an answer can leave out.
fn wanted(question: &str) -> Option<Want> {
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
fn same_event_kind(a: EventKind, b: EventKind) -> bool {
    use EventKind::{Report, ReportOther, ReportPolice};
    a == b
        || matches!(
            (a, b),
            (Report, ReportPolice | ReportOther) | (ReportPolice | ReportOther, Report)
        )
}

/// What "came out" when it was published: "the article came out".
const PUBLISHED_THINGS: &[&str] = &[
    "article",
    "video",
    "story",
    "report",
    "book",
    "interview",
    "news",
    "piece",
    "post",
    "photos",
    "pictures",
    "song",
    "film",
    "documentary",
];

/// The harm class of arrest and detention.
const DETENTION_CLASS: u8 = 1;

/// Harms grouped the way an officer would: a beating and an injury are one
/// kind of harm, an arrest and a kidnapping another, damage to property a third.
/// The harms to people an answer asked what was done must not leave out.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gravity {
    Beating,
    Torture,
    Killing,
    Rape,
    /// A relative taken or arrested.
    RelativeTaken,
}

impl Gravity {
    /// Whether telling `self` tells `other`: "they tortured me" tells the
    /// beating too.
    fn covers(self, other: Gravity) -> bool {
        self == other || (self == Gravity::Torture && other == Gravity::Beating)
    }
}

fn gravity(e: &EventAt) -> Option<Gravity> {
    if e.property && e.victims.is_empty() {
        return None;
    }
    Some(match e.kind {
        EventKind::Beat | EventKind::Injure => Gravity::Beating,
        EventKind::Torture => Gravity::Torture,
        EventKind::Kill | EventKind::Shoot => Gravity::Killing,
        EventKind::Rape => Gravity::Rape,
        EventKind::Arrest | EventKind::Kidnap
            if e.victims
                .iter()
                .any(|v| matches!(v, Victim::Role(r) if is_relative(r))) =>
        {
            Gravity::RelativeTaken
        }
        _ => return None,
    })
}

fn harm_class(e: &EventAt) -> u8 {
    match e.kind {
        // Done to a thing ("attacked the house", "burned it"): damage, not a
        // beating.
        _ if e.property && e.victims.is_empty() => 3,
        EventKind::Burn if e.victims.is_empty() => 3,
        EventKind::Burn => 0,
        EventKind::Beat | EventKind::Injure | EventKind::Torture => 0,
        EventKind::Arrest | EventKind::Kidnap => DETENTION_CLASS,
        EventKind::Kill | EventKind::Shoot => 2,
        EventKind::Destroy | EventKind::Rob => 3,
        EventKind::Rape => 4,
        _ => 5,
    }
}

fn describe_victim(v: &Victim) -> String {
    match v {
        Victim::Client => "the speaker".into(),
        Victim::Group => "the group".into(),
        Victim::Role(r) => format!("their {r}"),
        Victim::Name(n) => {
            let mut c = n.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        }
    }
}

fn question_mentions(question: &str, kind: EventKind) -> bool {
    crate::facts::events::events(&tokenize(question))
        .iter()
        .any(|e| e.kind == kind)
}

fn with_article(s: &str) -> String {
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

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn title(raw: &str, fallback: &str) -> String {
    let raw = raw.trim();
    if raw.is_empty() {
        fallback.to_string()
    } else {
        raw.to_string()
    }
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The steps of an answer that tells several things in order with "then",
/// "after that", "afterwards" or "and after he…", in the order told. A leading
/// "after A," is a step of its own. Fewer than three steps: see [`ordered_parts`].
fn told_steps(tokens: &[Token]) -> Vec<Range<usize>> {
    let n = tokens.len();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for i in 1..n.saturating_sub(1) {
        let (t, next, before) = (&tokens[i], &tokens[i + 1], &tokens[i - 1]);
        // "until then", "since then" look back.
        let looks_back = before.is_any(&["until", "since", "by", "back", "till", "from"]);
        if (t.is("then") || t.is("afterwards")) && !looks_back {
            cuts.push((i, i + 1));
        } else if (t.is("after") && next.is_any(&["that", "this"]))
            || (t.is("from") && next.is("there"))
        {
            // "after that", "and from there I went to Moscow"
            cuts.push((i, i + 2));
        } else if t.is("after") && before.is("and") && next.is_any(SUBJECT_PRONOUNS) {
            cuts.push((i - 1, i + 1));
        }
    }
    if cuts.len() < 2 {
        return Vec::new();
    }
    let mut steps = Vec::new();
    let mut start = 0;
    for (cut, resume) in cuts {
        if cut > start {
            steps.push(start..cut);
        }
        start = resume;
    }
    if start < n {
        steps.push(start..n);
    }
    // "So after I was released, first I hid…": the release comes first.
    if let Some(first) = steps.first().cloned() {
        let lead = (first.start..first.end).find(|&i| {
            !tokens[i].is_any(&["so", "and", "well", "okay", "ok"])
                && tokens[i].kind == TokenKind::Word
        });
        if let Some(at) = lead
            && tokens[at].is("after")
            && let Some(end) = (at + 1..first.end).find(|&j| tokens[j].kind == TokenKind::Break)
            && end + 1 < first.end
        {
            steps.splice(0..1, [at + 1..end, end + 1..first.end]);
        }
    }
    steps
}

/// The two parts of an answer that tells events in order, earlier part first:
/// "A, and then B", "A. After that B", "A before B", "After A, B", "A after they B".
fn ordered_parts(tokens: &[Token]) -> Vec<(Range<usize>, Range<usize>)> {
    let n = tokens.len();
    let mut pairs = Vec::new();
    // A clause starts at a break, past words that only lead in ("ok so
    // after the flag…", "only after the hearing…").
    let clause_start = |i: usize| {
        let mut k = i;
        while k > 0 && tokens[k - 1].is_any(&["so", "ok", "okay", "and", "well", "only"]) {
            k -= 1;
        }
        k == 0 || tokens[k - 1].kind == TokenKind::Break
    };
    // The clause before `at`, from the break before it.
    let clause_from = |at: usize| {
        let start = (0..at)
            .rev()
            .find(|&j| tokens[j].kind == TokenKind::Break && tokens[j].lower != "-")
            .map_or(0, |j| j + 1);
        start..at
    };
    let next_break = |from: usize| {
        (from..n)
            .find(|&j| tokens[j].kind == TokenKind::Break && tokens[j].lower != "-")
            .unwrap_or(n)
    };
    // "After I got out I became…": without a comma, the main clause starts at
    // its own subject.
    let clause_end = |from: usize| {
        let end = next_break(from);
        (from + 2..end)
            .find(|&j| {
                // "only after the hearing did they…" inverts its subject
                tokens[j].is_any(&["i", "we", "they", "he", "she", "did"])
                    && tokens[j - 1].kind == TokenKind::Word
                    && !tokens[j - 1].is_any(&["and", "that", "when", "what", "where", "because"])
            })
            .map_or(end, |j| j)
    };
    // Where the sentence holding `i` starts, and where one from `from` ends.
    let sentence_start = |i: usize| {
        (0..i)
            .rev()
            .find(|&j| ends_sentence(&tokens[j]))
            .map_or(0, |j| j + 1)
    };
    let sentence_end = |from: usize| (from..n).find(|&j| ends_sentence(&tokens[j])).unwrap_or(n);
    for i in 0..n.saturating_sub(1) {
        let t = &tokens[i];
        let next = &tokens[i + 1];
        // ("After Kiara died": a name opens a clause too.)
        let follows_clause =
            next.is_any(&[
                "they", "he", "she", "i", "we", "the", "my", "our", "his", "her", "that", "this",
            ]) || (next.capitalized && next.kind == TokenKind::Word && !is_stopword(&next.lower));
        // "I went to hide in Benguela, and while I was there hiding those men
        // came": the stay began before what happened during it.
        if t.is("while")
            && let Some(k) = (i + 1..(i + 6).min(n)).find(|&k| {
                tokens[k].is_any(&[
                    "hiding", "staying", "living", "waiting", "working", "hid", "stayed", "lived",
                ])
            })
        {
            let start = sentence_start(i);
            let mut from = k + 1;
            while from < n && (tokens[from].is_any(&["there", "here"]) || tokens[from].lower == ",")
            {
                from += 1;
            }
            let end = sentence_end(from);
            if content_words(&tokens[start..i]) >= 2 && content_words(&tokens[from..end]) >= 2 {
                pairs.push((start..i, from..end));
                continue;
            }
        }
        // "it was after I got out that the video came out": A first; "it was
        // before…": B first.
        if t.is_any(&["after", "before"])
            && i >= 2
            && tokens[i - 2].is("it")
            && tokens[i - 1].is_any(&["was", "is"])
            && let Some(that) = (i + 2..n).find(|&j| tokens[j].is("that"))
        {
            let (a, b) = (i + 1..that, that + 1..clause_end(that + 1));
            pairs.push(if t.is("after") { (a, b) } else { (b, a) });
            continue;
        }
        if t.is("then") || t.is("afterwards") || (t.is("after") && next.is_any(&["that", "this"])) {
            let skip = if t.is("after") { 2 } else { 1 };
            // What comes next ends with its sentence: "first one night in
            // Panzós and then in Cobán. I don't remember when they let me go."
            let end = sentence_end(i + skip);
            // And what came first is told in the same sentence, where it says
            // enough there ("… i said no, and then my cousin paid").
            let start = sentence_start(i);
            let says_enough = content_words(&tokens[start..i]) >= 2;
            pairs.push((if says_enough { start } else { 0 }..i, i + skip..end));
            continue;
        }
        if t.is("later") && i >= 1 && tokens[i - 1].kind == TokenKind::Break {
            pairs.push((0..i, i + 1..n));
            continue;
        }
        if t.is("before") && follows_clause {
            if clause_start(i) {
                // "Before B, A": A first.
                let end = clause_end(i + 1);
                if end + 1 < n {
                    pairs.push((end + 1..n, i + 1..end));
                }
                continue;
            }
            // "A before B", each in its own clause.
            pairs.push((clause_from(i), i + 1..next_break(i + 1)));
            continue;
        }
        // "first they took him, and after he came back we found the letter":
        // "and after" goes on to what came next.
        if t.is("after") && i >= 1 && tokens[i - 1].is("and") && next.is_any(SUBJECT_PRONOUNS) {
            pairs.push((0..i - 1, i + 1..n));
            continue;
        }
        if t.is("after") && follows_clause {
            if clause_start(i) {
                // "After A, B": A first.
                let end = clause_end(i + 1);
                if end + 1 < n {
                    pairs.push((i + 1..end, end + 1..n));
                }
                continue;
            }
            // "A after B": B first, each in its own clause ("he didn't come
            // home after his shift, and the next morning…").
            pairs.push((i + 1..next_break(i + 1), clause_from(i)));
        }
    }
    pairs
}

/// Names and places from the statement, to recognise them in answers.
fn learn_lexicon(facts: &TextFacts) -> Lexicon {
    let mut lexicon = Lexicon::default();
    for f in &facts.facts {
        match &f.value {
            FactValue::Person(p) => {
                if let Some(n) = &p.name {
                    lexicon.names.push(n.clone());
                }
            }
            FactValue::Place(p) if p.proper => {
                lexicon.places.push(p.name.clone());
                for w in p.name.split(' ') {
                    if w.len() > 3 && !is_common(w) {
                        lexicon.places.push(w.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    // A word the statement uses as a name, capitalised inside a sentence and
    // outside any place, more often than inside a place is a person's name
    // ("Gocha" in "led by Gocha", "while Gocha beat my face", but once in
    // "near the market in Telavi, Gocha and three other men").
    let place_spans: Vec<Range<usize>> = facts
        .facts
        .iter()
        .filter(|f| matches!(f.value, FactValue::Place(_)))
        .map(|f| f.span.clone())
        .collect();
    // Capitalised uses of each word, counted once: (outside places and not
    // opening a sentence, inside places).
    let mut uses: std::collections::HashMap<&str, (usize, usize)> =
        std::collections::HashMap::new();
    for t in facts.tokens.iter().filter(|t| t.capitalized) {
        let in_place = place_spans
            .iter()
            .any(|r| r.start <= t.span.start && t.span.end <= r.end);
        let count = uses.entry(t.lower.as_str()).or_default();
        if in_place {
            count.1 += 1;
        } else if !t.sentence_start {
            count.0 += 1;
        }
    }
    lexicon.places.retain(|p| {
        let (as_name, as_place) = uses.get(p.as_str()).copied().unwrap_or_default();
        p.contains(' ') || country_of(p).is_some() || as_name <= as_place
    });
    // Names that follow roles ("my partner, Brian") are caught above; also take
    // capitalised words inside sentences that are neither places nor organisations.
    let claimed: Vec<Range<usize>> = facts
        .facts
        .iter()
        .filter(|f| matches!(f.value, FactValue::Place(_) | FactValue::Organisation(_)))
        .map(|f| f.span.clone())
        .collect();
    for (i, t) in facts.tokens.iter().enumerate() {
        let after_article = i > 0 && facts.tokens[i - 1].is_any(&["a", "an", "the"]);
        let in_claimed = after_article
            || claimed
                .iter()
                .any(|r| r.start <= t.span.start && t.span.end <= r.end);
        if !in_claimed
            && crate::facts::words::could_be_name(&t.lower)
            && !is_language_or_people(&t.lower)
            && t.capitalized
            && !t.sentence_start
            && t.kind == crate::facts::tokens::TokenKind::Word
            && t.lower.len() > 2
            && !lexicon.places.contains(&t.lower)
            && crate::facts::people::role_of(&t.lower).is_none()
            && !crate::facts::organisations::is_org_word(&t.lower)
            && !crate::facts::dates::MONTHS
                .iter()
                .any(|(m, _)| m.eq_ignore_ascii_case(&t.lower))
            && t.raw.chars().skip(1).any(|c| c.is_lowercase())
        {
            lexicon.names.push(t.lower.clone());
        }
    }
    // "Our daughter Amina" is a person, even where "I left Amina with my
    // husband" read like leaving a place.
    let relatives: Vec<&String> = facts
        .facts
        .iter()
        .filter_map(|f| match &f.value {
            FactValue::Person(PersonAt {
                role: Some(_),
                name: Some(name),
                ..
            }) => Some(name),
            _ => None,
        })
        .collect();
    lexicon
        .places
        .retain(|p| !relatives.contains(&p) || country_of(p).is_some());
    // Nor a person's whole name read as a place ("married to Alimamy
    // Turay").
    let names = lexicon.names.clone();
    lexicon.places.retain(|p| {
        !p.contains(' ')
            || !p.split(' ').all(|w| names.contains(&w.to_string()))
            || country_of(p).is_some()
    });
    // A transcript writes "Panzós" as "panzos".
    let folded: Vec<String> = lexicon
        .places
        .iter()
        .filter(|w| !w.is_ascii())
        .map(|w| fold_letters(w))
        .collect();
    lexicon.places.extend(folded);
    lexicon.names.sort();
    lexicon.names.dedup();
    lexicon.places.sort();
    lexicon.places.dedup();
    lexicon
}

/// Words for languages and peoples ("English", "French-speaking", "Rohingya"
/// is a people too but also names no one person), which are not names.
fn is_language_or_people(word: &str) -> bool {
    word.ends_with("-speaking")
        || word.ends_with("ese")
        || word.ends_with("ish")
        || (word.ends_with("an") && word.len() > 6 && !word.ends_with("ian"))
        || crate::facts::places::is_language(word)
        || crate::facts::places::is_demonym(word)
        || matches!(
            word,
            "anglophone" | "francophone" | "christian" | "muslim" | "catholic"
        )
}

/// When each statement sentence happens: its own date, else the last date
/// before it (statements mostly tell events in order).
fn chronology(facts: &TextFacts) -> Vec<Option<i64>> {
    let mut out = Vec::with_capacity(facts.sentences.len());
    let mut last: Option<i64> = None;
    for s in 0..facts.sentences.len() {
        let own = facts.facts_in(s).find_map(|f| match &f.value {
            FactValue::Date(d) if d.months.is_some() => d.sort_key(),
            _ => None,
        });
        out.push(own.or(last));
        if own.is_some() {
            last = own;
        }
    }
    out
}

/// Keeps one finding per kind and answer words.
fn dedupe(findings: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    // Two words for one act ("took her … kept her") say the same thing once.
    let mut said = std::collections::HashSet::new();
    findings.retain(|f| {
        let new_span = seen.insert((f.kind, f.answer_span.clone(), f.statement_excerpt.clone()));
        let new_words = said.insert((
            f.kind,
            f.answer_excerpt.clone(),
            f.statement_excerpt.clone(),
            f.explanation.clone(),
        ));
        new_span && new_words
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATEMENT: &str = "1. On 14 March 2019 soldiers arrested me and my brother Luis in Gulu.\n\n2. They held us for two days and beat us. My uncle paid 5,000 dollars for our release.\n\n3. About five men from the militia came to my house in May 2019.\n";

    fn kinds(question: &str, answer: &str) -> Vec<FindingKind> {
        kinds_in(STATEMENT, question, answer)
    }

    #[test]
    fn compatible_imprecision_is_not_a_finding() {
        for (q, a) in [
            ("When were you arrested?", "It was in March 2019."),
            ("How long were you held?", "They kept us a couple of days."),
            ("How many men came?", "Five men came to the house."),
            ("How many men came?", "About five of them."),
            (
                "How much did your uncle pay?",
                "He paid five thousand dollars.",
            ),
            ("Who was arrested?", "They arrested my brother and me."),
            (
                "When were you arrested?",
                "I don't remember the exact date, sorry.",
            ),
        ] {
            assert!(kinds(q, a).is_empty(), "{a}: {:?}", kinds(q, a));
        }
    }

    #[test]
    fn real_differences_are_found() {
        assert!(kinds("When were you arrested?", "In June 2019.").contains(&FindingKind::Date));
        assert!(
            kinds("How long were you held?", "They held us for two weeks.")
                .contains(&FindingKind::Number)
        );
        assert!(
            kinds(
                "How much did your uncle pay?",
                "My uncle paid 20,000 dollars."
            )
            .contains(&FindingKind::Number)
        );
        assert!(
            kinds("Who paid for your release?", "My father paid for it.")
                .contains(&FindingKind::Person)
        );
        assert!(
            kinds("Were you beaten?", "No, they never beat us.")
                .contains(&FindingKind::Contradiction)
        );
        assert!(
            kinds(
                "What did they do?",
                "They beat us and they burned my house."
            )
            .contains(&FindingKind::Addition)
        );
    }

    /// A statement where the same kinds of fact appear twice, told with
    /// different events: the answer's fact is compared with the one told
    /// with the same event.
    const TWO_MATTERS: &str = "1. About twelve people came to our prayer meeting in Gulu every Sunday.\n\n2. On 3 May 2020 soldiers arrested six of us at the meeting and took us to the barracks in Lira.\n\n3. My mother later moved to Gulu, where she lives with my sister.\n\n4. I was not charged with anything. I never signed the paper they gave me.\n";

    fn kinds_in(statement: &str, question: &str, answer: &str) -> Vec<FindingKind> {
        let checker = Checker::new(Statement::parse(statement).expect("statement"));
        checker
            .check(question, answer)
            .findings
            .into_iter()
            .filter(|f| f.severity != Severity::Low)
            .map(|f| f.kind)
            .collect()
    }

    /// Whether the answer gets an omission, of any weight, quoting `quote`
    /// from the statement.
    fn omission_quoting(statement: &str, question: &str, answer: &str, quote: &str) -> bool {
        Checker::new(Statement::parse(statement).expect("statement"))
            .check(question, answer)
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Omission && f.statement_excerpt.contains(quote))
    }

    #[test]
    fn facts_tied_to_the_same_event_are_compared() {
        let number = kinds_in(
            TWO_MATTERS,
            "How many people were arrested at the meeting?",
            "they arrested all of us, like fourteen people",
        );
        assert!(number.contains(&FindingKind::Number), "{number:?}");
        assert!(
            kinds_in(
                TWO_MATTERS,
                "How many people were arrested at the meeting?",
                "they arrested six of us"
            )
            .is_empty()
        );
        // Gulu is named in the statement, but not as where they were taken.
        let place = kinds_in(
            TWO_MATTERS,
            "Where did the soldiers take you?",
            "um they took us to gulu, to a military camp there",
        );
        assert!(place.contains(&FindingKind::Place), "{place:?}");
        // A place far from the event in a long spoken sentence is not tied to it.
        let far = kinds_in(
            TWO_MATTERS,
            "What did you do in Gulu?",
            "i went to the prayer meeting in gulu with my sister every sunday, you know, we sang and we prayed and later on the soldiers arrested six of us there",
        );
        assert!(!far.contains(&FindingKind::Place), "{far:?}");
    }

    #[test]
    fn yes_no_questions_about_any_act() {
        // "Did they make you…" asks what the client did; asylum is claimed,
        // applied for or asked for; the passage naming the country answers.
        const ROUTE: &str = "8. The officer told me to read a confession in front of a camera. I refused to record it.\n\n9. I did not claim asylum in Turkey. I did not claim asylum in Greece either. I claimed asylum at Gatwick airport on 4 May 2022.\n";
        let made = kinds_in(
            ROUTE,
            "Did they make you record a confession?",
            "yes, they made me read it in front of the camera. i recorded it, i was so afraid",
        );
        assert!(made.contains(&FindingKind::Contradiction), "{made:?}");
        let asked = kinds_in(
            ROUTE,
            "Did you claim asylum in Turkey?",
            "I did ask for refugee status there, at an office in Izmir, but nothing came of it.",
        );
        assert!(asked.contains(&FindingKind::Contradiction), "{asked:?}");
        let not_asked = kinds_in(
            ROUTE,
            "Did you claim asylum in Turkey?",
            "no, i never applied for asylum in turkey, i was afraid they would send me back",
        );
        assert!(not_asked.is_empty(), "{not_asked:?}");
        let charged = kinds_in(
            TWO_MATTERS,
            "Were you charged with anything?",
            "yes they charged me with terrorism",
        );
        assert!(charged.contains(&FindingKind::Contradiction), "{charged:?}");
        let without = kinds_in(
            "1. Soldiers held me for a week in Maradi.\n\n2. On 9 June 2021 I was released without charge, after my employer protested.\n",
            "Were you charged with any offence?",
            "yes they charged me with um spreading false news, and then they released me",
        );
        assert!(without.contains(&FindingKind::Contradiction), "{without:?}");
        const QUESTIONED: &str = "1. On 5 June 2019 two CID officers questioned me for four hours at their office in Jaffna.\n\n2. On 20 August 2019 men in a white van took me away.\n";
        let q = "Were you ever questioned by the CID before the van came?";
        let never = kinds_in(
            QUESTIONED,
            q,
            "no, never, the first time i saw them was the van",
        );
        assert!(never.contains(&FindingKind::Contradiction), "{never:?}");
        let once = kinds_in(QUESTIONED, q, "yes, once, in june, for about four hours");
        assert!(once.is_empty(), "{once:?}");
        let signed = kinds_in(
            TWO_MATTERS,
            "Did you sign anything?",
            "I signed the paper because I was afraid.",
        );
        assert!(signed.contains(&FindingKind::Contradiction), "{signed:?}");
        for answer in [
            "No, I never signed it.",
            "they wanted me to sign but i refused",
            "um no",
        ] {
            assert!(
                kinds_in(TWO_MATTERS, "Did you sign anything?", answer).is_empty(),
                "{answer}"
            );
        }
    }

    const FAMILY: &str = "1. My father's younger brother, Ravi Kumar, was a member of the union.\n\n2. In 2015 my cousin, Anil Das, introduced me to the union.\n\n3. On 2 June 2019 Vikram came to my house with another officer and threatened me.\n";

    const HOSTS: &str = "1. My father was a teacher in Zinder. My mother's brother, Karim Haddad, is a trader.\n\n2. In May 2021 the chairman of our street committee, Idrissa Kane, told me to stop writing about the mine.\n\n3. With my colleague Moussa Tandja I went to the mine twice.\n\n4. On 3 June 2021 soldiers came to my house and arrested me. After my release my brother Issa picked me up at the gate, and an officer told him to watch me.\n\n5. I hid at the house of my pastor, Daniel Sani, in Maradi for three weeks.\n";

    #[test]
    fn who_it_was_in_other_words() {
        for (q, a) in [
            ("Where did you hide?", "at pastor daniel's house in maradi"),
            (
                "Who told you to stop writing?",
                "the chairman, he told me in may",
            ),
            (
                "Who told you to stop writing?",
                "idrissa told me, in may twenty twenty one",
            ),
            ("Who is Karim?", "my uncle karim, he sells things"),
            (
                "Who picked you up when you were released?",
                "my brother issa, and the officer told him to watch me",
            ),
            (
                "What did your father do?",
                "my father was a teacher, not an army officer",
            ),
        ] {
            let found = kinds_in(HOSTS, q, a);
            assert!(found.is_empty(), "{a}: {found:?}");
        }
        for (q, a) in [
            (
                "Where did you hide?",
                "at my uncle's house in maradi, for three weeks",
            ),
            (
                "Who told you to stop writing?",
                "the local police inspector told me",
            ),
            ("Who is Karim?", "karim is my father's brother"),
            (
                "Who went with you to the mine?",
                "my colleague, uh, patrick, we went twice",
            ),
            (
                "Who did you stay with in Maradi?",
                "with my father's brother, um, my uncle karim",
            ),
        ] {
            let found = kinds_in(HOSTS, q, a);
            assert!(found.contains(&FindingKind::Person), "{a}: {found:?}");
        }
    }

    const DETAIL: &str = "1. I have a younger sister, Amal, and a brother, Omar.\n\n2. Near the village of Karo, soldiers at a checkpoint took Omar and ten other men behind a wall.\n\n3. On 9 May 2023 my uncle Yusuf Adam, my mother's brother, paid them 1,500,000 pounds and they let me go.\n\n4. On 3 November 2024 I flew to London. I did not claim asylum in Spain; I only waited six hours at the airport.\n";

    #[test]
    fn detail_and_self_corrections_are_not_discrepancies() {
        for (q, a) in [
            (
                "Who paid for your release, and how much?",
                "My mother's brother, Yusuf. He paid one and a half million pounds to the guards.",
            ),
            (
                "What happened to your brother?",
                "at the checkpoint near karo they took omar and, like, ten other men behind a wall",
            ),
            (
                "When did you arrive in the UK?",
                "the third of october— no, november. the third of november twenty twenty four",
            ),
            (
                "Did you claim asylum in Spain?",
                "No. I was only at the airport for a few hours between the flights.",
            ),
            (
                "Who left with you?",
                "my mother, amal, omar and me, we walked",
            ),
        ] {
            let found = kinds_in(DETAIL, q, a);
            assert!(found.is_empty(), "{a}: {found:?}");
        }
    }

    #[test]
    fn a_day_of_the_month_is_the_passage_month() {
        const DAYS: &str = "1. On 9 August 2020 I was an observer at polling station 12 in Minsk.\n\n2. On 10 August 2020 I joined the protest on Independence Avenue.\n\n3. On 13 August 2020 OMON officers detained me near the square and took me to Okrestina.\n";
        let q = "When were you detained by the OMON officers?";
        let wrong = kinds_in(
            DAYS,
            q,
            "the next morning, on the eleventh, near the square",
        );
        assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
        let right = kinds_in(
            DAYS,
            q,
            "on the thirteenth, in the evening, near the square",
        );
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn a_time_told_from_another_event_is_the_statements_gap() {
        const THREATS: &str = "3. I taught history at the secondary school in Batticaloa. I lived with my wife and our two daughters.\n\n4. On 3 March 2021 soldiers burned the library of our school because I had organised a memorial event there.\n\n5. On 9 March 2021 soldiers arrested my father at his shop and held him at the Kallady army camp for a month.\n\n6. On 20 April 2021 I left Batticaloa for Colombo by bus.\n";
        let q = "What happened after the library was burned?";
        let soon = kinds_in(
            THREATS,
            q,
            "They burned the school library. Two days later the soldiers arrested my father at his shop.",
        );
        assert!(soon.contains(&FindingKind::Date), "{soon:?}");
        let right = kinds_in(
            THREATS,
            q,
            "They burned the school library. About a week later the soldiers arrested my father at his shop.",
        );
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn the_formal_close_is_not_the_story() {
        const FLIGHT: &str = "12. At the airport a security officer questioned me for two hours before he let me board.\n\n13. On 14 March 2022 I came to the United States: I flew from Addis Ababa to Washington Dulles and asked for asylum at the airport.\n\nI declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.\n\nExecuted on 21 October 2022 in Silver Spring, Maryland.\n";
        let q = "When did you come to the United States?";
        let wrong = kinds_in(FLIGHT, q, "i came here in october twenty twenty two");
        assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
        let right = kinds_in(FLIGHT, q, "in march twenty twenty two, i flew to dulles");
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn a_bystander_does_not_say_who_did_it() {
        const TAKEN: &str = "7. I worked as a mechanic in Mekelle.\n\n8. On 4 November 2020 about ten federal police officers came to my house at night and arrested me. My wife and my son watched.\n\n9. They held me at the Kolfe police station for one night.\n";
        let q = "Who arrested you?";
        let unsaid = kinds_in(
            TAKEN,
            q,
            "they came to my house at night, knocking hard, they checked my ID and took me, my wife and my son were crying",
        );
        assert!(unsaid.contains(&FindingKind::Omission), "{unsaid:?}");
        let said = kinds_in(
            TAKEN,
            q,
            "the federal police, maybe ten of them, they came at night",
        );
        assert!(said.is_empty(), "{said:?}");
    }

    #[test]
    fn asked_when_the_date_is_the_answering_passages() {
        const HELD: &str = "4. On the evening of 10 May 2021 the police detained me at the square. On 11 May 2021 we were moved to the detention centre on Okrestina Street.\n\n5. On 14 May 2021 I was released without ever seeing a judge. I went to a clinic the next day.\n";
        let q = "When were you released?";
        let wrong = kinds_in(HELD, q, "they let me go the next morning, on the eleventh");
        assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
        let right = kinds_in(HELD, q, "on the fourteenth of may, without a judge");
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn a_vaguer_date_elsewhere_does_not_excuse_a_wrong_one() {
        const SHOT: &str = "1. In June 2019 the gang came back and raised the renta to $100 a week.\n\n2. On July 8, 2019, at about 6 a.m., two men on a motorcycle shot at our delivery motorbike.\n";
        let q = "When did they shoot at your delivery motorbike?";
        let wrong = kinds_in(
            SHOT,
            q,
            "It was June 8, 2019, early in the morning, around six.",
        );
        assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
        let right = kinds_in(SHOT, q, "in july twenty nineteen, early in the morning");
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn a_stay_elsewhere_does_not_excuse_a_wrong_length() {
        const STAYS: &str = "1. In Moscow the volunteers put me in a rented flat that they used as a shelter, and I stayed there for about five weeks.\n\n2. On 18 March 2019 I flew to Yerevan. I stayed in Yerevan for four months and worked at a car wash.\n";
        let q = "How long did you stay in the shelter in Moscow?";
        let wrong = kinds_in(
            STAYS,
            q,
            "about five months, in a flat, the volunteers were renting it",
        );
        assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
        let right = kinds_in(STAYS, q, "a month or so, five weeks maybe, in a flat");
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn a_sum_is_placed_by_what_it_paid_for() {
        const SUMS: &str = "3. The soldiers burned my workshop. I lost machines worth about 9,000 pounds.\n\n4. A smuggler in Izmir took us across the sea for 12,000 pounds. My brother sent the money.\n";
        let q = "How much did the smuggler charge you?";
        let wrong = kinds_in(
            SUMS,
            q,
            "the smuggler, he took um ten thousand pounds from us",
        );
        assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
        let right = kinds_in(SUMS, q, "twelve thousand pounds, my brother paid it");
        assert!(right.is_empty(), "{right:?}");
        // A demand and a payment told together: either sum is the passage's.
        const DEMAND: &str = "5. The chief demanded 4,000 dollars from my father. He paid 2,000 dollars because he was afraid.\n";
        let told = kinds_in(
            DEMAND,
            "Did your father pay what the chief demanded?",
            "he wanted four thousand dollars, my father gave two thousand",
        );
        assert!(told.is_empty(), "{told:?}");
        // A sum paid in the sentence after it, told after what it was for.
        const BAIL: &str = "2. My uncle Tawfik lent me 30,000 pounds to open the shop.\n\n8. The prosecutor charged me and released me on bail of 4,000 pounds. My uncle Tawfik paid the bail.\n";
        let bail = kinds_in(
            BAIL,
            "What did the prosecutor decide?",
            "He charged me and let me go on bail. My uncle paid the four thousand pounds.",
        );
        assert!(bail.is_empty(), "{bail:?}");
    }

    #[test]
    fn each_number_and_name_is_compared_with_its_own() {
        const STAY: &str = "4. I escaped on 2 May 2021 and went back to Kumasi. On 30 May 2021 I took a bus to Accra. My school friend Kwabena let me stay in his flat in Madina, where I hid for about four months.\n\n5. I have a younger brother, Kwadwo.\n\n6. In Greece I was held for twenty-one days at a camp on Samos. I stayed in Athens for about three weeks.\n";
        // Four weeks in Kumasi is not the four months in Madina; a friend
        // Kwabena is the statement's friend, not the brother Kwadwo.
        let told = kinds_in(
            STAY,
            "Where did you go after you escaped?",
            "um first back to kumasi, for three, four weeks, then the bus to accra and i stayed with my friend kwabena in madina, like four months",
        );
        assert!(told.is_empty(), "{told:?}");
        // Three weeks held is the twenty-one days, whatever the stay in Athens.
        let held = kinds_in(
            STAY,
            "How long were you detained in Greece?",
            "Three weeks, more or less.",
        );
        assert!(held.is_empty(), "{held:?}");
        let wrong = kinds_in(
            STAY,
            "How long were you detained in Greece?",
            "Two months, more or less.",
        );
        assert!(wrong.contains(&FindingKind::Number), "{wrong:?}");
        // Two ages in one sentence: the one told right is no excuse for the other.
        const AGES: &str = "2. I met Tomas when I was nineteen. He was 34.\n";
        let ages = kinds_in(
            AGES,
            "How old were you and Tomas when you met?",
            "i was nineteen and he was like fifty",
        );
        assert!(ages.contains(&FindingKind::Number), "{ages:?}");
    }

    #[test]
    fn a_beating_on_the_soles_of_my_feet_is_mine() {
        const BEATEN: &str = "5. At the station officers beat me on the soles of my feet with a baton and made me stand against a wall.\n";
        let told = kinds_in(
            BEATEN,
            "What happened at the station?",
            "they beat the soles of my feet and, uh, made me stand at the wall",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn every_order_an_answer_tells_is_checked() {
        const HELD: &str = "7. On 1 October 2017 we raised the flag in Kumba.\n\n8. On 3 October 2017 soldiers arrested me at night. They took me to the gendarmerie brigade in Kumba, where I was held for two days. On 5 October 2017 they drove me to Yaounde, to the SED detention centre.\n\n9. My cousin was shot dead in Bamenda in March 2019.\n";
        let swapped = kinds_in(
            HELD,
            "What happened between the flag raising and your arrival in Yaounde?",
            "ok so after the flag some days later they arrested me at night and they drove me to yaounde first to the SED and only after that they brought me to the gendarmerie in kumba",
        );
        assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
        let told = kinds_in(
            HELD,
            "What happened between the flag raising and your arrival in Yaounde?",
            "ok so after the flag some days later they arrested me at night and they brought me to the gendarmerie in kumba first and only after that they drove me to yaounde, to the SED",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn an_order_told_inside_one_sentence_is_checked() {
        const CASE: &str = "4. On 3 May 2022 a crowd attacked our church in Jos. The police came an hour later and arrested none of the attackers.\n\n5. On 9 May 2022 the police registered a case of blasphemy against me and two other deacons.\n\n6. On 14 May 2022 officers arrested me at my workshop. On 16 May I was brought before a magistrate, and the same day I was moved to the central prison.\n\n7. On 2 August 2022 I was released on bail. In September 2022 a video of my arrest was posted online.\n";
        let q = "How did the case against you start?";
        // The police "arrested none of the attackers" is not my arrest.
        let swapped = kinds_in(
            CASE,
            q,
            "First the police came to my workshop and arrested me. Then a few days later they registered the blasphemy case against three of us.",
        );
        assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
        let told = kinds_in(
            CASE,
            q,
            "First they registered the blasphemy case against three of us. Then a few days later the police came to my workshop and arrested me.",
        );
        assert!(told.is_empty(), "{told:?}");
        // "It was after I got out of prison that…", "After I got out of prison
        // I…", "Only after the hearing did they…"
        let cleft = kinds_in(
            CASE,
            "What happened after your arrest?",
            "They kept me at the central prison. And it was before I got out of prison that the video of my arrest was posted online.",
        );
        assert!(cleft.contains(&FindingKind::Sequence), "{cleft:?}");
        let no_comma = kinds_in(
            CASE,
            "What happened after your arrest?",
            "After I got out of prison I was brought before a magistrate.",
        );
        assert!(no_comma.contains(&FindingKind::Sequence), "{no_comma:?}");
        let inverted = kinds_in(
            CASE,
            "What happened after your arrest?",
            "First they let me out on bail. Only after the bail did I see the magistrate.",
        );
        assert!(inverted.contains(&FindingKind::Sequence), "{inverted:?}");
    }

    #[test]
    fn who_names_someone_the_statement_puts_elsewhere() {
        const CELL: &str = "1. Lieutenant Aristide Bamba arrested me on 3 May 2020 and questioned me at the camp.\n\n2. On the second night a guard called Le Gros hit me with a belt while I was tied to a chair. Lieutenant Bamba came the next morning and asked again for names.\n\n3. The landlord's nephew, Serge, saw me at the meeting. On 20 June 2020 about ten men led by Serge burned my shop.\n";
        let hit = kinds_in(
            CELL,
            "Who hit you with a belt?",
            "It was Lieutenant Bamba himself, while I was tied to the chair.",
        );
        assert!(hit.contains(&FindingKind::Person), "{hit:?}");
        let guard = kinds_in(
            CELL,
            "Who hit you with a belt?",
            "a guard, they called him le gros",
        );
        assert!(guard.is_empty(), "{guard:?}");
        let led = kinds_in(
            CELL,
            "Who led the men who burned your shop?",
            "The landlord himself. He came with the men.",
        );
        assert!(led.contains(&FindingKind::Person), "{led:?}");
        let nephew = kinds_in(
            CELL,
            "Who led the men who burned your shop?",
            "Serge, the nephew of my landlord.",
        );
        assert!(nephew.is_empty(), "{nephew:?}");
    }

    #[test]
    fn a_name_told_mostly_as_a_person_is_not_a_place() {
        const GANG: &str = "1. A group led by a man named Tengo Beridze followed us when we preached.\n\n2. On 5 May 2021, near the bus station in Gori, Tengo and two men took our books, and two men held my arms while Tengo punched me.\n\n3. In the cell that night the duty officer, Sergeant Levan Abashidze, kicked me in the back.\n";
        let found = kinds_in(
            GANG,
            "Who kicked you in the cell?",
            "Tengo came to the station that night and kicked me.",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
    }

    #[test]
    fn a_report_told_in_the_next_sentence_answers_the_question() {
        const TOLD: &str = "1. On 8 August 2020, while my friend and I handed out leaflets at the bus park in Kitgum, four men from the youth wing tore the leaflets and hit me. We reported this to the Kitgum police that evening.\n\n2. In 2021 my car was burned outside my house. I did not report it, because the police had done nothing before.\n";
        let q = "Did you report the attack at the bus park in 2020?";
        let no = kinds_in(
            TOLD,
            q,
            "No, we did not go to the police. They would not help us.",
        );
        assert!(no.contains(&FindingKind::Contradiction), "{no:?}");
        let yes = kinds_in(
            TOLD,
            q,
            "Yes, we went to the police in Kitgum that same evening.",
        );
        assert!(yes.is_empty(), "{yes:?}");
    }

    #[test]
    fn telling_about_an_attack_without_its_beating_leaves_it_out() {
        const RAID: &str = "1. I am a member of a small church in Rustavi.\n\n2. On 9 May 2022 about fifteen men came to our prayer meeting. They broke the windows and burned our hymn books. Two of them held me while their leader beat me with a stick, and my arm was broken. The police came and arrested me and my friend Dato.\n\n3. I left Georgia in June 2022.\n";
        let q = "Tell me about the attack on 9 May 2022.";
        // Quoting the beating left out, whatever its weight.
        assert!(omission_quoting(
            RAID,
            q,
            "About fifteen men came. They broke the windows and burned our books, and then the police arrested me and Dato.",
            "beat me with a stick",
        ));
        let told = kinds_in(
            RAID,
            q,
            "About fifteen men came and broke the windows. Their leader beat me with a stick and broke my arm, and the police arrested me and Dato.",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn a_flight_to_another_city_and_a_detention_there() {
        const FLIGHT: &str = "1. On 2 February 2023 I flew from Batumi to Vienna with a visa my cousin arranged.\n\n2. From Vienna I took a bus to Brussels, where I stayed three weeks with a friend, Zurab.\n\n3. In 2021 I was sentenced to ten days of administrative detention in Batumi.\n";
        let q = "How did you travel after you left Georgia?";
        let other = kinds_in(
            FLIGHT,
            q,
            "from batumi i flew to um prague. at the airport in prague the police stopped me and kept me two days, then i took a bus to brussels.",
        );
        assert!(other.contains(&FindingKind::Place), "{other:?}");
        assert!(other.contains(&FindingKind::Addition), "{other:?}");
        let same = kinds_in(
            FLIGHT,
            q,
            "from batumi i flew to vienna, and from there a bus to brussels, where i stayed with zurab about three weeks.",
        );
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn a_role_then_a_name_after_a_comma_is_one_person() {
        const CROWD: &str = "1. In 2017 the headmaster of my school, Osvaldo Pérez, told me to stop writing.\n\n2. On 3 March 2021 about thirty people, organised by the local party secretary, Marta Ruiz, shouted outside my house all day.\n";
        let q = "Who organised the crowd outside your house?";
        let wrong = kinds_in(
            CROWD,
            q,
            "it was the director of my old school, osvaldo perez. he brought them.",
        );
        assert!(wrong.contains(&FindingKind::Person), "{wrong:?}");
        let right = kinds_in(CROWD, q, "the party secretary, marta ruiz.");
        assert!(right.is_empty(), "{right:?}");
    }

    #[test]
    fn numbers_in_more_words_and_places() {
        const HELD: &str = "1. Usually about 30 believers came to our prayer meetings in my house.\n\n2. On 3 March 2020 I was arrested and held for two days at the district police station. On 9 March 2020 I was taken to Gitega central prison. I was kept there for seven months.\n\n3. On 5 May 2022 I was arrested again and held at the Rohero police station for 12 days. They let me go on 17 May 2022.\n\n4. To pay the smuggler my family borrowed 250 million dong from relatives.\n";
        for (q, a) in [
            (
                "How long were you kept at Gitega central prison?",
                "about a year, maybe more",
            ),
            (
                "How many people came to the meetings?",
                "usually seventy or eighty people came",
            ),
            (
                "How long were you held at the Rohero police station?",
                "two days, they let me go on the second day",
            ),
            (
                "How much did your family borrow?",
                "about one billion dong, from relatives",
            ),
        ] {
            let found = kinds_in(HELD, q, a);
            assert!(found.contains(&FindingKind::Number), "{a}: {found:?}");
        }
        for (q, a) in [
            (
                "How long were you kept at Gitega central prison?",
                "about eight months",
            ),
            (
                "How many people came to the meetings?",
                "around thirty people",
            ),
            (
                "How long were you held at the Rohero police station?",
                "twelve days",
            ),
            (
                "How much did your family borrow?",
                "two hundred and fifty million dong",
            ),
        ] {
            let found = kinds_in(HELD, q, a);
            assert!(found.is_empty(), "{a}: {found:?}");
        }
    }

    #[test]
    fn a_lawyer_denied_a_court_named_and_a_brother_taken_away() {
        const HIDING: &str = "1. On 2 May 2021 I was arrested and held at the district police station for six days. I was never taken before a judge, and I did not have a lawyer. My wife paid 200 dollars and they let me go.\n\n2. In September 2021 the provincial court tried my cousin and sentenced him to two years in prison.\n\n3. While I was hiding in Gitega, militiamen came to our house in November 2021. They slapped my wife and took away my younger brother Eric, who was 17. Eric has not been seen since.\n";
        let lawyer = kinds_in(
            HIDING,
            "Did you have a lawyer?",
            "yes, my wife found a lawyer, and he came to the police station once to see me.",
        );
        assert!(lawyer.contains(&FindingKind::Contradiction), "{lawyer:?}");
        let court = kinds_in(
            HIDING,
            "Were you ever taken to court?",
            "No, never. It was my cousin who went to court, in September 2021.",
        );
        assert!(court.is_empty(), "{court:?}");
        assert!(omission_quoting(
            HIDING,
            "What happened to your family while you were hiding in Gitega?",
            "The militia came to our house in November 2021 looking for me. They slapped my wife.",
            "took away my younger brother",
        ));
    }

    #[test]
    fn where_asked_is_the_passage_naming_what_the_question_names() {
        const MET: &str = "1. In 2016 I moved to Mombasa and worked as a cook at the Blue Lagoon Hotel, where the guests ate by the sea.\n\n2. In March 2018 I met my partner Amina at the fish market in Lamu.\n\n3. In 2019 we rented a room together in Malindi.\n";
        let q = "Where did you meet Amina?";
        let other = kinds_in(
            MET,
            q,
            "we met at the hotel, she came in to eat by the sea and we talked",
        );
        assert!(other.contains(&FindingKind::Place), "{other:?}");
        let same = kinds_in(MET, q, "at the fish market in lamu, she was buying fish");
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn a_detention_where_the_journey_only_passed_is_new() {
        const ROUTE: &str = "1. In May 2021 I left Freetown by bus. From Bamako I went on by truck through Gao to Tamanrasset, and then across the border to Ouargla.\n\n2. In Ouargla soldiers held me in a barracks for five weeks until my cousin sent 600 euros.\n";
        let q = "Tell me about your journey.";
        let new = kinds_in(
            ROUTE,
            q,
            "From Bamako we went by truck to Tamanrasset. In Tamanrasset the police arrested me and kept me in a cell for ten days until I paid them. Then we crossed to Ouargla.",
        );
        assert!(new.contains(&FindingKind::Addition), "{new:?}");
        // Not the five weeks in Ouargla, told at another place.
        assert!(!new.contains(&FindingKind::Number), "{new:?}");
        let told = kinds_in(
            ROUTE,
            q,
            "We went through Gao and Tamanrasset. In Ouargla the soldiers kept me in a barracks for five weeks until my cousin paid.",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn a_him_or_her_with_no_one_named_is_someone_else() {
        const FAMILY: &str = "1. On 2 March 2022 men from the militia beat me in the street.\n\n2. My wife Selam stayed in our house in Adwa. In 2023 she told me that men had written threats on our door.\n";
        let q = "Has anything happened to your family since you left?";
        let beaten = kinds_in(
            FAMILY,
            q,
            "selam told me that the men came at night and wrote on the door, and they beat her. she was in hospital for a week.",
        );
        assert!(beaten.contains(&FindingKind::Addition), "{beaten:?}");
        let written = kinds_in(
            FAMILY,
            q,
            "selam told me that the men came and wrote threats on our door.",
        );
        assert!(written.is_empty(), "{written:?}");
    }

    #[test]
    fn the_morning_after_is_one_day_after() {
        const DAYS: &str = "1. I am a teacher from Makeni. I joined the opposition party in 2015.\n\n2. On 4 June 2021 I voted in the referendum in Makeni and I spoke against it at the school.\n\n3. On 7 June 2021 at dawn soldiers came to my uncle's house to arrest me. I escaped through the back door.\n\n4. I left the country on 20 June 2021.\n";
        let q = "When did the soldiers come to arrest you?";
        let wrong = kinds_in(
            DAYS,
            q,
            "it was um the morning after the referendum, very early.",
        );
        assert!(wrong.contains(&FindingKind::Date), "{wrong:?}");
        // (Without a date of its own, an answer gets a light omission.)
        let right = kinds_in(DAYS, q, "three days after the referendum, very early.");
        assert!(!right.contains(&FindingKind::Date), "{right:?}");
    }

    #[test]
    fn where_they_were_held_is_not_where_a_report_was_made() {
        const HELD: &str = "1. On 3 April 2022 the police arrested us and took us to Kibuye police station, where we were held for four days.\n\n2. On 20 May 2022 my cousin went with me to Nyamata police station and I reported the threats.\n";
        let q = "Where did the police take you after the arrest?";
        let other = kinds_in(
            HELD,
            q,
            "They took us to Nyamata police station and kept us there for four days.",
        );
        assert!(other.contains(&FindingKind::Place), "{other:?}");
        let same = kinds_in(HELD, q, "To Kibuye police station. They kept us four days.");
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn another_town_beside_a_named_building_is_another_place() {
        const HELD: &str = "1. I was born in Amuda, in Hasakah province. I studied in Hasakah.\n\n2. On 3 May 2019 I was arrested at home. I was taken to the Asayish centre in the Hilaliya district of Qamishli.\n";
        let q = "Where were you taken after the arrest?";
        let other = kinds_in(
            HELD,
            q,
            "they took me to the asayish centre in hasakah city",
        );
        assert!(other.contains(&FindingKind::Place), "{other:?}");
        let same = kinds_in(HELD, q, "to the asayish centre, in qamishli");
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn what_was_done_is_asked_in_other_words() {
        const HURT: &str = "1. On 14 July 2018 five men attacked me in the street. They kicked me and broke two of my ribs and my right wrist.\n\n2. I was interrogated four times at the ANR office. They beat me with a belt and made me kneel on bottle tops. They asked who gave me the documents.\n";
        for (q, a) in [
            (
                "What injuries did you have from the attack?",
                "i was in a lot of pain, i couldn't walk well, and i was very scared",
            ),
            (
                "How were you treated during the interrogations?",
                "they asked questions, always the same, who gave me the documents, why i attack the army",
            ),
        ] {
            let found: Vec<FindingKind> = Checker::new(Statement::parse(HURT).expect("statement"))
                .check(q, a)
                .findings
                .into_iter()
                .map(|f| f.kind)
                .collect();
            assert!(found.contains(&FindingKind::Omission), "{a}: {found:?}");
        }
        let told = kinds_in(
            HURT,
            "What injuries did you have from the attack?",
            "they broke my ribs, two ribs, and my wrist",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn another_force_is_a_contradiction() {
        const FORCES: &str = "1. In April 2018 I joined a protest at the university against the reform of the social security institute (INSS).\n\n2. On 14 July 2018 five men stopped me in the street and beat me with their rifles. People called these men paramilitaries; they wore civilian clothes.\n";
        let q = "Who were the men who beat you in July?";
        let army = kinds_in(FORCES, q, "they were soldiers from the army, in uniform");
        assert!(army.contains(&FindingKind::Contradiction), "{army:?}");
        let same = kinds_in(FORCES, q, "paramilitaries, in normal clothes, five of them");
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn each_step_of_a_told_sequence_is_checked() {
        const STEPS: &str = "1. On 24 March 2022 I was released without charge.\n\n2. After my release I had to report to the security office every Friday. I reported every Friday for five weeks.\n\n3. On 6 May 2022 three men came to my house at night and asked for me.\n\n4. After that I hid in the house of my pastor in Matete for two weeks.\n";
        let q = "Tell me about the events between your release and your departure.";
        let swapped = kinds_in(
            STEPS,
            q,
            "so after i was released, first i hid at the pastor's house in matete, and after that i reported every friday for five weeks, and then the men came to my house",
        );
        assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
        let told = kinds_in(
            STEPS,
            q,
            "so after i was released, i reported every friday for five weeks, and then the men came to my house, and after that i hid at the pastor's house in matete",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn steps_on_one_date_or_named_by_a_place_are_in_order() {
        const ROUTE: &str = "1. On 2 November 2021 I crossed the forest into Poland. The Polish police arrested me near Bialystok and took my fingerprints. After four days I was released, and an agent drove me to Germany and then to France.\n\n2. On 1 December 2021 I crossed the Channel in a small boat from Dunkirk.\n";
        let q = "Tell me about your journey.";
        let swapped = kinds_in(
            ROUTE,
            q,
            "I flew to Minsk, and then an agent drove me to Germany and France. After that I crossed the forest into Poland, and the Polish police took my fingerprints. Then the boat from Dunkirk.",
        );
        assert!(swapped.contains(&FindingKind::Sequence), "{swapped:?}");
        let told = kinds_in(
            ROUTE,
            q,
            "I crossed the forest into Poland and the police took my fingerprints, then an agent drove me to Germany and France, and after that the boat from Dunkirk.",
        );
        assert!(told.is_empty(), "{told:?}");
        const FLIGHTS: &str = "1. I was born in Argun in 1994. I worked as a trainer at a gym.\n\n2. In February 2019 the police detained me for twelve days. My brother picked me up.\n\n3. In March 2019 I went from Nazran to Moscow by bus, and volunteers gave me a flat.\n\n4. On 18 March 2019 I flew from Moscow to Yerevan. I worked at a car wash there.\n\n5. In July 2019 I flew to Edinburgh and claimed asylum at the airport.\n";
        let back = kinds_in(
            FLIGHTS,
            q,
            "First I went to Yerevan, and from there I went to Moscow, where the volunteers gave me a flat. Then I came to Edinburgh.",
        );
        assert!(back.contains(&FindingKind::Sequence), "{back:?}");
        // "self defence" is the statement's "self-defence".
        const DUTY: &str = "1. In January 2018 the Asayish closed the Roj centre where I taught.\n\n2. In November 2018 I received an order to report for self-defence duty.\n\n3. On 3 February 2020 they took my brother.\n";
        let duty = kinds_in(
            DUTY,
            "What happened after your release? Tell me in order.",
            "so first i got the paper for the self defence duty, and after that they closed the roj centre where i was teaching, and then in twenty twenty they took my brother",
        );
        assert!(duty.contains(&FindingKind::Sequence), "{duty:?}");
    }

    #[test]
    fn a_new_method_of_harm_in_the_next_sentence_is_an_addition() {
        const KNEEL: &str = "1. On 2 March 2022 ANR agents arrested me at the radio station.\n\n2. In detention they beat me with a military belt and made me kneel on bottle tops. For three days they gave me no food.\n";
        let q = "What did they do to you while you were detained?";
        let more = kinds_in(
            KNEEL,
            q,
            "They beat me with a military belt on my back. They also pushed my head into a barrel of water until I could not breathe.",
        );
        assert!(more.contains(&FindingKind::Addition), "{more:?}");
        let same = kinds_in(
            KNEEL,
            q,
            "they beat me with a belt and i had to kneel on bottle tops",
        );
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn a_place_read_as_a_name_is_no_victim() {
        const MOVED: &str = "9. On 12 April 2021 I was arrested at home. After three days at the KGB I was transferred to the detention centre, Okrestina No. 1, in Minsk.\n\n10. Since I left, the police have searched my mother's flat twice.\n";
        let added = kinds_in(
            MOVED,
            "Has anything happened to your family since you left?",
            "They searched my mother's flat twice. And last year they arrested my mother and held her for a day.",
        );
        assert!(added.contains(&FindingKind::Addition), "{added:?}");
    }

    #[test]
    fn a_harm_told_only_of_another_place_is_new_there() {
        const HELD: &str = "6. On 2 March 2020 the police took me to the Kasarani police station. Two officers beat me with a hose and kicked me in the stomach.\n\n7. On 5 March 2020 a court sent me to Kamiti prison. The cell was crowded, about thirty men, and the food was bad. Some prisoners would not speak to me.\n\n8. On 20 April 2020 I was released on bond.\n";
        let q = "What happened in Kamiti prison?";
        let new = kinds_in(
            HELD,
            q,
            "it was very crowded, like thirty men in the cell, the food was bad. and one night the guards took me out and beat me with sticks",
        );
        assert!(new.contains(&FindingKind::Addition), "{new:?}");
        let told = kinds_in(
            HELD,
            "What happened at the Kasarani police station?",
            "two officers, they beat me with a hose and kicked me in my stomach",
        );
        assert!(told.is_empty(), "{told:?}");
        let same = kinds_in(
            HELD,
            q,
            "the cell was crowded, thirty men, and bad food. some prisoners did not talk to me",
        );
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn asked_about_a_place_what_was_done_there_is_asked() {
        const HELD: &str = "6. On 2 March 2020 officers arrested me at my stall. They took me to the Kasarani police station, where I was held for four days. Inspector Otieno led the questioning.\n\n7. Otieno wanted me to name the other members of our group. I refused. On the second night two officers beat me with a hose and burned my arm with a cigarette.\n\n8. On 6 March 2020 I was released on bond.\n";
        let q = "What happened to you at the Kasarani police station?";
        let left_out = kinds_in(
            HELD,
            q,
            "They kept me there four days. The inspector asked me many questions about our group. Then they let me go on bond.",
        );
        assert!(left_out.contains(&FindingKind::Omission), "{left_out:?}");
        let told = kinds_in(
            HELD,
            q,
            "four days. the inspector asked for names, i refused, and, um, they beat me with a hose on the second night",
        );
        assert!(told.is_empty(), "{told:?}");
    }

    #[test]
    fn a_harm_to_someone_new_is_an_addition() {
        const ARRESTS: &str = "1. On 3 March 2020 the police took my brother Karim away. They held him for six days.\n\n2. In June 2021 my friend Sami Haddad was arrested in Homs.\n";
        let q = "Has anything happened to your family since you left?";
        for a in [
            "they arrested my mother in homs and kept her for one week",
            "the second time they took my father with them and held him for three days",
        ] {
            let found = kinds_in(ARRESTS, q, a);
            assert!(found.contains(&FindingKind::Addition), "{a}: {found:?}");
        }
        let found = kinds_in(ARRESTS, q, "they held my brother karim for six days");
        assert!(found.is_empty(), "{found:?}");
        // "him" two sentences on is still the brother, and "my brother's
        // arrest" is his: neither is the client's own detention.
        const HIS: &str = "1. On 9 September 2018 the police arrested my brother Axel at a checkpoint in Masaya. They asked him where I was. They slapped him and kept him without food for two days.\n\n2. After my brother's arrest my family decided that I had to leave.\n";
        let mine = kinds_in(
            HIS,
            "Did anything else happen to you before you left?",
            "yes, in august the police came to my aunt's house in jinotepe and arrested me, and they kept me three days",
        );
        assert!(mine.contains(&FindingKind::Addition), "{mine:?}");
        // Someone the statement names, hurt where it tells only of the
        // girls in general.
        const HIDING: &str = "1. In the village the society women cut the girls every dry season. They beat me with a cane.\n\n2. I went to hide with my friend's sister, Fanta, in Lumley. I went out only at night.\n";
        let found = kinds_in(
            HIDING,
            "What happened while you were hiding in Lumley?",
            "i only went out at night, and one night his nephews found the house and beat fanta",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
    }

    #[test]
    fn workplaces_are_not_towns_and_a_pause_keeps_a_place() {
        const EDWIN: &str = "1. I have one younger brother, Edwin Lemus, who was born in 1995.\n\n2. In March 2013 I opened a small bakery in Soyapango. My brother Edwin started working with us in 2015.\n\n3. On August 2, 2019, my brother Edwin did not come home. On August 4 his body was found in a ravine near Tonacatepeque. He had been shot twice.\n\n4. Since I arrived I have lived with my cousin in Hyattsville, Maryland.\n";
        let q = "What happened to your brother Edwin?";
        let life = Checker::new(Statement::parse(EDWIN).expect("statement")).check(
            q,
            "edwin was my little brother, he worked with me at the bakery since twenty fifteen, he liked football",
        );
        let kinds: Vec<FindingKind> = life.findings.iter().map(|f| f.kind).collect();
        // The killing is left out; the bakery is no town against Hyattsville.
        assert!(kinds.contains(&FindingKind::Omission), "{kinds:?}");
        assert!(!kinds.contains(&FindingKind::Place), "{kinds:?}");
        let other = kinds_in(
            EDWIN,
            "Where was your brother's body found?",
            "in a ravine near, um, apopa. they shot him two times",
        );
        assert!(other.contains(&FindingKind::Place), "{other:?}");
    }

    #[test]
    fn who_it_was_by_a_name_told_after() {
        const MARCH: &str = "4. I worked as a teacher in Valencia. I lived with my mother and my two sons.\n\n5. On 12 June I joined a march on Avenida Bolívar with my neighbour and friend, Marisol Peña. A man beside us was shot. Marisol and I carried him to a clinic.\n\n6. On 20 June soldiers arrested me at my school. In the cell an older man, Ibrahim Tahir, died after a beating, and the guards made me carry his body.\n\n7. On 3 August I was released. In September I left for Colombia.\n";
        let other = kinds_in(
            MARCH,
            "Who went with you to the march?",
            "with my mother. we went together on avenida bolivar",
        );
        assert!(other.contains(&FindingKind::Person), "{other:?}");
        let same = kinds_in(
            MARCH,
            "Who went with you to the march?",
            "marisol, my neighbour, she came with me",
        );
        assert!(same.is_empty(), "{same:?}");
        let named = kinds_in(
            MARCH,
            "Who died in your cell?",
            "A young man, a student. I think his name was Yusuf. They beat him and he died.",
        );
        assert!(named.contains(&FindingKind::Person), "{named:?}");
    }

    #[test]
    fn one_of_a_list_swapped_is_another_person() {
        const LIST: &str = "1. I was born in Point Pedro in 1991.\n\n2. In April 2019 my friends Mathan Yogarajah and Sutharsan Ravi asked me to help them organise the remembrance.\n\n3. I hid in the house of my wife's cousin, Jeyanthan, in Kilinochchi.\n";
        let q = "Who helped you organise the remembrance?";
        let swapped = kinds_in(LIST, q, "My friend Mathan and my wife's cousin Jeyanthan.");
        assert!(swapped.contains(&FindingKind::Person), "{swapped:?}");
        let same = kinds_in(LIST, q, "Mathan and Sutharsan, my friends from school.");
        assert!(same.is_empty(), "{same:?}");
    }

    #[test]
    fn relatives_are_who_they_are() {
        for (q, a) in [
            ("Who is Ravi?", "he's my uncle, my father's younger brother"),
            (
                "Who introduced you to the union?",
                "my cousin anil, in twenty fifteen",
            ),
        ] {
            let found = kinds_in(FAMILY, q, a);
            assert!(found.is_empty(), "{a}: {found:?}");
        }
        for (q, a) in [
            ("Who introduced you to the union?", "my elder brother did"),
            (
                "Who came to your house?",
                "vikram's brother came, with another officer",
            ),
        ] {
            let found = kinds_in(FAMILY, q, a);
            assert!(found.contains(&FindingKind::Person), "{a}: {found:?}");
        }
    }

    const JOURNEY: &str = "1. Our daughter Nadia was born in Tashkent in 2016. In 2018 I left Nadia with my husband and went to Osh.\n\n2. I was detained in Osh for nine days. They wanted me to sign a confession, but I refused to sign it.\n\n3. On 4 May 2019 a driver took me and three other women across the river near Kara Suu. On 9 June 2019 I flew with Nadia from Tashkent to Toronto, changing planes in Istanbul.\n";

    #[test]
    fn what_is_not_a_discrepancy_on_a_journey() {
        for (q, a) in [
            // The "no" answers signing; the detention is only when.
            (
                "Did you sign anything while you were detained?",
                "No. I refused.",
            ),
            // Four others and me are five.
            (
                "How did you cross?",
                "with a driver, over the river near karasuu, four of us, me and three others",
            ),
            // A stop told aside is not the order of the journey.
            (
                "How did you travel?",
                "i got the visa at the canadian consulate in tashkent, and then we flew, me and nadia, through istanbul to toronto",
            ),
        ] {
            let found = kinds_in(JOURNEY, q, a);
            assert!(found.is_empty(), "{a}: {found:?}");
        }
    }

    #[test]
    fn a_grave_harm_left_out_is_an_omission() {
        const HELD: &str = "1. I was born in Bulawayo in 1990.\n\n2. On 4 May 2021 soldiers took me to Hillside barracks. I was held there for nine days in a room with six other men. They beat me with a belt and hung me upside down from a bar until I fainted. They wanted me to name the other organisers.\n\n3. On 20 June 2021 the soldiers came to our house at night. They slapped my wife and took my son Tendai, who was seventeen. We have not seen him since.\n";
        let q = "What happened to you at Hillside barracks?";
        // The beating told, the hanging left out.
        let found = kinds_in(
            HELD,
            q,
            "They kept me nine days with other men and beat me with a belt. They wanted the names of the organisers.",
        );
        assert!(found.contains(&FindingKind::Omission), "{found:?}");
        // Torture told in a word covers the beating.
        let found = kinds_in(
            HELD,
            q,
            "they held me nine days, they beat me and they hung me from a bar by my feet",
        );
        assert!(!found.contains(&FindingKind::Omission), "{found:?}");
        // The wife slapped, the son taken left out.
        let q = "What happened on 20 June 2021?";
        let found = kinds_in(
            HELD,
            q,
            "the soldiers came at night and slapped my wife in front of me",
        );
        assert!(found.contains(&FindingKind::Omission), "{found:?}");
        let found = kinds_in(
            HELD,
            q,
            "they came at night, they slapped my wife and they took tendai away",
        );
        assert!(!found.contains(&FindingKind::Omission), "{found:?}");
        // Asked what happened after something, what came before it is not asked.
        const AFTER: &str = "1. On 2 May 2020 two men shot at my shop. A week later they told my wife that I talk too much.\n\n2. On 20 May 2020 they beat me outside the shop.\n";
        let found = kinds_in(
            AFTER,
            "What happened after they spoke to your wife?",
            "they beat me outside the shop",
        );
        assert!(!found.contains(&FindingKind::Omission), "{found:?}");
    }

    #[test]
    fn what_was_demanded_is_not_what_was_done() {
        const SIGNED: &str = "1. At the station they demanded that I sign a statement against the party. I refused to sign it.\n\n2. I did not apply for asylum in Kenya or Ethiopia.\n";
        let found = kinds_in(
            SIGNED,
            "Did you sign the statement?",
            "yes, in the end I signed it",
        );
        assert_eq!(found, vec![FindingKind::Contradiction]);
        let found = kinds_in(SIGNED, "Did you sign the statement?", "no, i refused");
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            SIGNED,
            "Did you ask for asylum anywhere before coming here?",
            "yes, i applied for asylum in kenya",
        );
        assert_eq!(found, vec![FindingKind::Contradiction]);
    }

    #[test]
    fn who_was_hurt_is_read_where_the_hurt_is_told() {
        const CROWD: &str = "1. On 3 April 2022 a crowd gathered outside our family house in Gweru, shouting insults. When my brother Farai went out to speak to them, they beat him with sticks and broke his arm. They broke all the windows and set our car on fire.\n\n2. My cousin Tatenda helped us to move to Harare.\n\n3. On 9 August 2022 the vice-president of our branch, Blessing Moyo, was shot dead on the road to Kwekwe.\n";
        let found = kinds_in(
            CROWD,
            "Who was hurt when the crowd came?",
            "My cousin Tatenda went out and they beat him and broke his arm.",
        );
        assert_eq!(found, vec![FindingKind::Person]);
        let found = kinds_in(
            CROWD,
            "Who was hurt when the crowd came?",
            "my brother farai, they broke his arm",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            CROWD,
            "Who was killed on the road to Kwekwe?",
            "it was the treasurer of our branch, they shot him",
        );
        assert_eq!(found, vec![FindingKind::Person]);
        // The damage to the house is told in the statement.
        let found = kinds_in(
            CROWD,
            "What did the crowd do to the house?",
            "they smashed the windows and burned the car",
        );
        assert!(!found.contains(&FindingKind::Addition), "{found:?}");
    }

    #[test]
    fn one_name_under_two_titles_is_one_person() {
        const PREACHER: &str = "1. In 2019 a preacher named Sheikh Yusuf Adan began to speak against our church in his sermons.\n\n2. On 5 May 2020 my neighbour Hassan Ali reported me to the police for holding prayers at home.\n";
        let found = kinds_in(
            PREACHER,
            "Who spoke against your church?",
            "it was sheikh yusuf, the imam of the mosque near us",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            PREACHER,
            "Who reported you to the police?",
            "it was the sheikh, sheikh yusuf. he told them we pray at home",
        );
        assert_eq!(found, vec![FindingKind::Person]);
    }

    #[test]
    fn what_a_statement_tells_in_passing_is_told() {
        // The header is no part of the story.
        const HEADED: &str = "WITNESS STATEMENT OF AMINA DIALLO\n\nHome Office reference: D1234567\nNationality: Guinean\nDate of birth: 2 February 1991\nDate of statement: 3 March 2024\n\n1. On 10 May 2022 I was beaten at a rally and spent five days in Donka hospital.\n\n2. In July 2022 my employer, Mr Camara, dismissed me from the bank.\n";
        let found = kinds_in(
            HEADED,
            "When were you dismissed?",
            "I don't remember the day. It was in the middle of 2022, some weeks after I came out of hospital.",
        );
        assert!(found.is_empty(), "{found:?}");
        // A detention's length told with the release.
        const HELD: &str = "1. On 8 June 2023 I was arrested at home. For the first two weeks I was kept alone in a cell. After two weeks I was moved to a cell with ten other men.\n\n2. I was released on 12 September 2023, after 96 days.\n";
        let found = kinds_in(
            HELD,
            "How long were you detained?",
            "A little over three months.",
        );
        assert!(found.is_empty(), "{found:?}");
        // A relative "was taken from" somewhere is taken; "burned it" is the house.
        const TAKEN: &str = "1. On 2 October 2023 my brother Idris was taken from the market by soldiers and held overnight.\n\n2. On 5 November 2023 the soldiers burned our house in Kassala.\n";
        let found = kinds_in(
            TAKEN,
            "When did you leave?",
            "in november, about a week after they took my brother",
        );
        assert!(!found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            TAKEN,
            "What happened to your house in Kassala?",
            "the soldiers burned it in november",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_journey_told_over_several_sentences_keeps_its_order() {
        const ROUTE: &str = "1. I was born in Kabwe. This statement was read back to me in Bemba by an interpreter.\n\n2. After my release I walked for a day and reached my aunt's house in Kapiri. A week later my cousin drove me to Lusaka.\n\n3. In March 2021 I went to Nairobi. On 2 May 2021 I flew from Nairobi to Amsterdam.\n";
        let q = "What did you do after your release?";
        let found = kinds_in(
            ROUTE,
            q,
            "first i went to lusaka, and later i went to my aunt in kapiri",
        );
        assert_eq!(found, vec![FindingKind::Sequence]);
        let found = kinds_in(
            ROUTE,
            q,
            "i went to my aunt in kapiri, and then my cousin took me to lusaka",
        );
        assert!(found.is_empty(), "{found:?}");
        let q = "How did you travel to Europe?";
        let found = kinds_in(
            ROUTE,
            q,
            "I flew to Amsterdam, and only after Amsterdam did I go to Nairobi.",
        );
        assert_eq!(found, vec![FindingKind::Sequence]);
        let found = kinds_in(ROUTE, q, "first nairobi, then i flew to amsterdam");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_harm_denied_at_the_place_asked_is_contradicted_there() {
        const JAIL: &str = "1. At the CID office in Kitwe the officers beat me with a cable.\n\n2. On 3 June 2021 I was sent to Mukobeko prison, where I stayed for 40 days. I was not beaten in the prison, but the food was very bad.\n";
        let q = "Were you mistreated in Mukobeko prison?";
        let found = kinds_in(JAIL, q, "yes, the guards beat me there every week");
        assert_eq!(found, vec![FindingKind::Contradiction]);
        let found = kinds_in(
            JAIL,
            q,
            "no, they did not beat me there; the beating was before, at the CID office",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(JAIL, q, "the food was bad, but nobody beat me");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn something_the_statement_says_was_never_there_is_contradicted() {
        const GIVEN: &str = "1. In March 2020 the Ombudsman's office gave me a phone and a panic button, but never a bodyguard or a car.\n\n2. I was held for three nights with no food except what my sister brought. I never had a lawyer.\n\n3. I was never charged with any offence.\n";
        let q = "What protection did the Ombudsman's office give you?";
        let found = kinds_in(
            GIVEN,
            q,
            "they gave me a phone and a panic button, and later a bodyguard too",
        );
        assert_eq!(found, vec![FindingKind::Contradiction]);
        let found = kinds_in(GIVEN, q, "a phone and a panic button, but no bodyguard");
        assert!(found.is_empty(), "{found:?}");
        // "no food except" allows some; an answer that denies it too says both.
        let found = kinds_in(
            GIVEN,
            "What did you eat there?",
            "they gave us no food, so my sister brought me food",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            GIVEN,
            "Did you have a lawyer?",
            "yes, a lawyer from the church came to see me",
        );
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
        // "never charged" is no thing denied.
        let found = kinds_in(
            GIVEN,
            "Were you charged?",
            "no, nobody charged me with anything",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_time_counted_from_a_named_event_is_checked() {
        const AFTER: &str = "1. I was released on 2 March 2022, after 40 days in Mikeni prison.\n\n2. On 25 March 2022 soldiers took my cousin Eric from the market.\n\n3. In May 2022 the chief came to the school where I taught and warned me in front of the pupils.\n";
        let found = kinds_in(
            AFTER,
            "When was Eric taken?",
            "It was the day after I was released. They took him at the market.",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
        let found = kinds_in(
            AFTER,
            "When was Eric taken?",
            "about three weeks after I was released, at the market",
        );
        assert!(!found.contains(&FindingKind::Date), "{found:?}");
        // "to my house" is a place.
        let found = kinds_in(
            AFTER,
            "Where did the chief warn you?",
            "He came to my house one evening and warned me.",
        );
        assert_eq!(found, vec![FindingKind::Place]);
    }

    #[test]
    fn yes_no_questions_read_in_context() {
        const STORY: &str = "1. I have never been a member of any party. An officer, Captain Said, questioned me and beat me with a stick.\n\n2. On 4 May 2021 soldiers took my brother Omar from the market. They did not beat him, but they warned him.\n\n3. When they raided my shop I did not complain to anyone.\n\n4. In June 2021 I refused to sign a letter promising to stop teaching.\n\n5. In August 2021 I was arrested again. I was held for five days in the barracks. On the fourth day they gave me a typed confession. They said my children would suffer if I refused. I signed it.\n";
        // Asked in the passive, "he beat me" is not the brother beaten.
        let found = kinds_in(
            STORY,
            "Was your brother beaten when they took him?",
            "yes, they beat him badly",
        );
        assert_eq!(found, vec![FindingKind::Contradiction]);
        let found = kinds_in(
            STORY,
            "Was your brother beaten when they took him?",
            "no, they only warned him",
        );
        assert!(found.is_empty(), "{found:?}");
        // Complaining is reporting.
        let found = kinds_in(
            STORY,
            "Did you report the raid on your shop?",
            "yes, I made a complaint at the police station",
        );
        assert_eq!(found, vec![FindingKind::Contradiction]);
        // "been a member" asks about membership.
        let found = kinds_in(
            STORY,
            "Have you ever been a member of a party?",
            "yes, i was a member from twenty twelve",
        );
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
        // Asked about the detention, the signing told there answers it.
        let found = kinds_in(
            STORY,
            "Did you sign anything while you were detained?",
            "no, i refused, i never signed anything for them",
        );
        assert_eq!(found, vec![FindingKind::Contradiction]);
        let found = kinds_in(
            STORY,
            "Did you sign anything while you were detained?",
            "yes and no. i refused the letter, but in the barracks i signed the confession",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_place_named_with_its_town_is_the_same_place() {
        const HELD: &str = "1. On 3 May 2019 I was taken to the Anti-Terror Branch. I was held at the Anti-Terror Branch for twelve days.\n";
        let found = kinds_in(
            HELD,
            "How long were you held?",
            "Twelve days. They kept me at the Anti-Terror Branch in Mardin.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    /// A story for times told relative to other events.
    const RELEASED: &str = "1. On 2 March 2018 police officers arrested me at my shop and took me to Kibera police station.\n\n2. I was held at the station for nine days. I was released on 11 March 2018 after my aunt paid.\n\n3. On 25 March 2018 my cousin Otieno drove me to Mombasa.\n\n4. On 4 June 2019 the Daily Torch printed my article about the mayor. On 18 June 2019 a man phoned me and threatened my family.\n\n5. In July 2019 my employer dismissed me.\n";

    #[test]
    fn a_time_counted_from_an_event_told_in_other_words() {
        // "came out of the police station" is the release, though its words
        // match where the speaker was held.
        let found = kinds_in(
            RELEASED,
            "When did your cousin drive you to Mombasa?",
            "um, the day after i came out of the police station, my cousin drove me there",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
        let found = kinds_in(
            RELEASED,
            "When did your cousin drive you to Mombasa?",
            "about two weeks after i came out of the police station, my cousin drove me there",
        );
        assert!(!found.contains(&FindingKind::Date), "{found:?}");
        // "the same day the article came out" counts from the article.
        let found = kinds_in(
            RELEASED,
            "When did the man phone you?",
            "the same day the article came out, he called and said he knew my children",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
        // Found different, the time is not also left out.
        let report = Checker::new(Statement::parse(RELEASED).expect("statement")).check(
            "When did the man phone you?",
            "the same day the article came out he called",
        );
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.kind == FindingKind::Omission),
            "{:?}",
            report.findings
        );
    }

    #[test]
    fn a_date_of_another_event_does_not_excuse_the_one_asked() {
        let found = kinds_in(
            RELEASED,
            "When were you released?",
            "I was released in July 2019, after my aunt paid.",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
        let found = kinds_in(
            RELEASED,
            "When were you released?",
            "I was released in March 2018, after my aunt paid.",
        );
        assert!(!found.contains(&FindingKind::Date), "{found:?}");
    }

    #[test]
    fn that_was_before_means_what_was_asked() {
        const HIDING: &str = "1. I was born in Eldoret in 1990. I worked as a mechanic in my uncle's garage.\n\n2. In 2019 I joined the youth wing of the opposition party and organised meetings in our ward.\n\n3. On 12 April 2020 my sister Akinyi went to a rally in town and did not come back. We searched the hospitals for her.\n\n4. In May 2020, after my sister disappeared, I moved to Kisumu to hide with a friend.\n\n5. In June 2020, while I was in Kisumu, soldiers searched our house in Eldoret and took my father's papers.\n\n6. On 3 August 2020 I left Kenya by bus for Uganda.\n";
        let found = kinds_in(
            HIDING,
            "When did the soldiers search your house?",
            "That was before I went to Kisumu. They took my father's papers.",
        );
        assert!(found.contains(&FindingKind::Sequence), "{found:?}");
        let found = kinds_in(
            HIDING,
            "When did the soldiers search your house?",
            "That was after I went to Kisumu. They took my father's papers.",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    }

    #[test]
    fn a_stop_told_with_through_comes_before_the_destination() {
        const FLIGHT: &str = "1. On 2 May 2021 I flew from Lagos, through Dubai, to Madrid, Spain. I stayed in Madrid for a week.\n";
        let found = kinds_in(
            FLIGHT,
            "How did you get to Spain?",
            "I flew from Lagos to Spain through Dubai, then I stayed in Madrid for a week.",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    }

    #[test]
    fn a_denial_later_in_the_paragraph_answers_the_question() {
        const MEETING: &str = "1. I was a teacher in Goma and the secretary of a small opposition group.\n\n2. On 3 March 2017 the chief's men broke up our meeting in Kivu village. One of them pushed me to the ground. Another took my bag. I never reported this, because the chief controls the police.\n\n3. On 9 October 2017 soldiers arrested me at the school and held me for six days at the camp in Rumangabo.\n\n4. After my release I had to report to the police station every week. I reported there twice.\n\n5. On 2 December 2017 I crossed into Rwanda at Gisenyi.\n";
        let found = kinds_in(
            MEETING,
            "Did you report what happened at the meeting in Kivu village?",
            "no. no i didn't report it, the chief is the police there.",
        );
        assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
        let found = kinds_in(
            MEETING,
            "Did you report what happened at the meeting in Kivu village?",
            "yes, i reported it to the police the next day.",
        );
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    }

    #[test]
    fn a_detention_where_the_statement_tells_only_a_stay_is_new() {
        const STAY: &str = "1. On 9 April 2021 I crossed into Kenya on foot.\n\n2. I stayed in Nairobi for two months with my aunt. I did not claim asylum in Kenya.\n";
        let found = kinds_in(
            STAY,
            "What happened after you crossed into Kenya?",
            "in nairobi the police arrested me and held me for three days, then i stayed with my aunt",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            STAY,
            "What happened after you crossed into Kenya?",
            "i stayed in nairobi with my aunt for two months",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_time_counted_to_a_month_allows_the_whole_month() {
        const SUMMONED: &str = "1. I worked as a reporter for the Evening Lamp in Tbilisi from 2016.\n\n2. On 5 September 2022 the Evening Lamp published my story about the new dam. It was read by thousands.\n\n3. In October 2022 I was summoned to the district police. An officer questioned me for six hours.\n\n4. On 3 March 2023 two men attacked me near my flat.\n";
        let found = kinds_in(
            SUMMONED,
            "When were you summoned to the police?",
            "um, it was the day after the story came out, they called me at once",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
        let found = kinds_in(
            SUMMONED,
            "When were you summoned to the police?",
            "about a month after the story came out, they called me",
        );
        assert!(!found.contains(&FindingKind::Date), "{found:?}");
    }

    #[test]
    fn after_that_counts_from_what_was_told_before() {
        const THREATS: &str = "1. I ran a shop in Pereira from 2015.\n\n2. On 20 November 2021 someone left a dead cat at our door with a note bearing my name. Two weeks later, on the night of 4 December 2021, shots were fired at the front of our house.\n\n3. On 15 December 2021 I left for Bogotá.\n";
        // The cat two weeks after the shots: the order is wrong, but the
        // days between them are the statement's.
        let found = kinds_in(
            THREATS,
            "Tell me about the threats you received.",
            "first they fired shots at the front of the house at night. and then like two weeks after that somebody left a dead cat at our door with my name",
        );
        assert!(!found.contains(&FindingKind::Date), "{found:?}");
    }

    #[test]
    fn a_relative_taken_and_kept_is_one_new_detention() {
        const WIFE: &str = "1. On 29 April 2023 three men arrested me in a café and took me to the Nasir police department. They kept me there overnight.\n\n2. I was released on 30 April 2023 without charge.\n\n3. On 26 November 2023 I flew to Istanbul.\n\n4. In January 2024 police came to our flat and questioned my wife for two hours about my work.\n";
        let report = Checker::new(Statement::parse(WIFE).expect("statement")).check(
            "What happened when the police came to your flat in January 2024?",
            "They questioned my wife for two hours about my work, and then they took her to the police station and kept her there for two days.",
        );
        let kinds: Vec<FindingKind> = report.findings.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds
                .iter()
                .filter(|k| **k == FindingKind::Addition)
                .count(),
            1,
            "{kinds:?}"
        );
        assert!(!kinds.contains(&FindingKind::Sequence), "{kinds:?}");
    }

    #[test]
    fn who_names_someone_the_statement_brings_in_elsewhere() {
        const MEETING: &str = "1. I was the treasurer of our party group in Butare.\n\n2. On 8 July 2019 we met at the house of a member, Emmanuel Habimana. The local chief, Jean Kayitare, arrived with three militiamen and said the meeting was illegal. When I asked why, he slapped me twice and one of the militiamen took my phone.\n\n3. On 23 November 2020 Inspector Claude Nsengiyumva of the police arrested me at home with two officers.\n\n4. At the station the inspector beat me with a stick.\n";
        let found = kinds_in(
            MEETING,
            "Who slapped you at the meeting at Emmanuel Habimana's house?",
            "It was Inspector Nsengiyumva. He came with some militiamen, said the meeting was illegal, and he slapped me.",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
        let found = kinds_in(
            MEETING,
            "Who slapped you at the meeting at Emmanuel Habimana's house?",
            "it was the chief, kayitare. he slapped me two times.",
        );
        assert!(!found.contains(&FindingKind::Person), "{found:?}");
        // Told by title where it happened, the name fits.
        let found = kinds_in(
            MEETING,
            "Who beat you at the station?",
            "Inspector Nsengiyumva beat me with a stick.",
        );
        assert!(!found.contains(&FindingKind::Person), "{found:?}");
    }

    #[test]
    fn kin_told_two_ways_and_counts_of_others() {
        const FAMILY: &str = "1. I was born in Abéché in 1995 and studied law at the university in N'Djamena.\n\n2. On 10 May 2021 I joined a march for fair elections. About 300 people took part. I was arrested with eleven other marchers and held for two nights.\n\n3. In January 2022 my cousin Idriss Mahamat, who is my mother's sister's son, was taken from the campus by men in civilian clothes. He has not been seen since.\n";
        let found = kinds_in(
            FAMILY,
            "What happened to your cousin?",
            "idris, my aunt's son, he was taken from the campus in january twenty twenty two and nobody has seen him since",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            FAMILY,
            "What happened at the march?",
            "the police arrested me and eleven other people and kept us two nights",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_order_told_with_after_stays_in_its_clause() {
        const GONE: &str = "1. My husband Tomas was a police officer in Uruapan.\n\n2. On 18 April 2022 Tomas did not come home after his night shift. His patrol car was found the next morning on the road to Jacona with the doors open.\n\n3. On 21 April 2022 I reported his disappearance to the prosecutor.\n";
        let found = kinds_in(
            GONE,
            "When did your husband disappear?",
            "the eighteenth of april twenty twenty two. he didn't come home after his night shift, and the next morning they found his patrol car on the road to jacona.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_act_told_after_and_keeps_its_subject() {
        const REPORTED: &str = "1. On 3 March 2022 two armed men stopped my car and hit me with a pistol. I did not report this attack, because the police work with the cartel.\n\n2. On 18 April 2022 my husband did not come home.\n\n3. On 21 April 2022 I went to the prosecutor's office in Zamora with my brother-in-law, who is a teacher, and filed a report of my husband's disappearance. Nobody has contacted me since.\n";
        let found = kinds_in(
            REPORTED,
            "Did you report your husband's disappearance?",
            "Yes. Three days later I went to the prosecutor in Zamora with his brother and made a report.",
        );
        assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
    }

    #[test]
    fn asylum_claimed_in_one_place_is_not_claimed_in_another() {
        const FLIGHT: &str = "1. I make this statement in support of my claim for asylum.\n\n2. I did not claim asylum in South Africa, because foreigners were attacked there.\n\n3. On 4 December 2023 I flew from Johannesburg to Nairobi and the next day to Amsterdam. I did not leave the airport in Kenya or in the Netherlands.\n\n4. I arrived at London Heathrow on 6 December 2023 and claimed asylum at the airport the same day.\n";
        let found = kinds_in(
            FLIGHT,
            "Did you claim asylum in the Netherlands?",
            "no. i was only in the airport in amsterdam. i claimed asylum when i landed at heathrow.",
        );
        assert!(!found.contains(&FindingKind::Contradiction), "{found:?}");
        let found = kinds_in(
            FLIGHT,
            "Did you claim asylum in South Africa?",
            "yes, i applied in johannesburg but they never answered",
        );
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
    }

    #[test]
    fn a_reply_to_a_demand_is_weighed_against_the_statement() {
        const DEMAND: &str = "1. I was born in Kara in 1988. This declaration was read to me in Ewe before I signed it.\n\n2. In March 2018 a security officer questioned me for three hours. He asked me to inform on the members of our prayer group. I refused. He said I would regret it.\n\n3. I was held at the gendarmerie for six days. I was never brought before a judge or a prosecutor, and I did not sign any statement.\n\n4. My sister was dismissed from her job in February 2019. I left Togo on 3 May 2019.\n";
        let q = "What did you say when the officer asked you to inform on your prayer group?";
        let found = kinds_in(DEMAND, q, "i said yes, just so he would let me go");
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
        let found = kinds_in(
            DEMAND,
            q,
            "I said no. I refused, and he told me I would regret it.",
        );
        assert!(found.is_empty(), "{found:?}");
        // A prosecutor met, a paper signed: against the denials, not the
        // declaration's own signature.
        let found = kinds_in(
            DEMAND,
            "Were you ever brought before a judge or a prosecutor?",
            "They took me once to a prosecutor, for maybe ten minutes.",
        );
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
        let found = kinds_in(
            DEMAND,
            "Did you sign anything at the gendarmerie?",
            "yes, i signed their report",
        );
        assert!(found.contains(&FindingKind::Contradiction), "{found:?}");
        // "the end of 2019" is months after February.
        let found = kinds_in(
            DEMAND,
            "When was your sister dismissed?",
            "towards the end of 2019, I think",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
    }

    #[test]
    fn an_order_is_read_in_other_words_for_the_same_act() {
        const FAMILY: &str = "1. I married my wife Aruzhan in 2014. She taught music at a school in Taraz.\n\n2. On 14 January 2019 police officers searched our flat and took my wife to the police station for five hours.\n\n3. In February 2019 she was dismissed from her school.\n";
        let q = "What happened to your family after that?";
        let found = kinds_in(
            FAMILY,
            q,
            "first my wife lost her job at the school, and after that the police came and searched our flat",
        );
        assert!(found.contains(&FindingKind::Sequence), "{found:?}");
        let found = kinds_in(
            FAMILY,
            q,
            "first the police searched our flat, and after that my wife lost her job at the school",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    }

    #[test]
    fn who_is_read_at_the_time_asked() {
        const CHURCH: &str = "1. In 2010 a neighbour, Timur Saparov, gave me a Bible in Kazakh. In May 2012 I was baptised in the river by Pastor Ivan Belov.\n\n2. On 4 April 2015 police officers raided our meeting. A captain named Ospanov hit me twice.\n\n3. In March 2017 I was summoned to the security service. An officer who said his name was Marat questioned me for four hours.\n";
        let found = kinds_in(
            CHURCH,
            "Who questioned you at the security service in 2017?",
            "Captain Ospanov, the same officer who hit me in 2015.",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
        let found = kinds_in(
            CHURCH,
            "Who gave you the Bible?",
            "pastor ivan, uh, he gave it to me in twenty ten",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
        let found = kinds_in(
            CHURCH,
            "Who gave you the Bible?",
            "my neighbour timur gave it to me in twenty ten",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_who_came_with_his_nephews_is_no_nephew() {
        const SALON: &str = "1. My aunt told me I would be married to a trader, Mr Sorie Kamara, from Kenema.\n\n2. On 15 June 2019 Sorie Kamara came to my salon with two of his nephews. When I refused to go with them, one nephew punched me in the face.\n";
        let q = "Who punched you at the salon?";
        let found = kinds_in(
            SALON,
            q,
            "it was sorie kamara himself, he hit me in the face",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
        let found = kinds_in(
            SALON,
            q,
            "it was one of the nephews, he punched me in the face",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_bone_broken_is_read_alike_on_both_sides() {
        const BEATEN: &str = "1. At the polling centre the league men pushed me out when I protested.\n\n2. In the jail two guards beat me with rods. He broke two of my front teeth.\n";
        const PUSHED: &str = "1. At the polling centre the league men pushed me out when I protested.\n\n2. In the jail two guards beat me with rods.\n";
        let found = kinds_in(
            PUSHED,
            "What happened at the polling centre?",
            "when i objected they pushed me out, and outside they beat me and broke my nose",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            BEATEN,
            "What happened in the jail?",
            "two guards beat me with rods and broke two of my teeth, the front ones",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_harm_told_of_no_such_scene_is_new_there() {
        const SCENES: &str = "1. In June 2019 men in plain clothes stopped me at a checkpoint outside Hue. They pulled me off my motorbike and punched me. After about an hour they let me go home.\n\n2. In 2020 I moved to Da Nang and worked in a print shop.\n\n3. On 3 October 2021 the police arrested me at my house. I was held for nine days at the district police station and beaten with a rubber baton.\n";
        let q = "What happened at the checkpoint in June 2019?";
        let found = kinds_in(
            SCENES,
            q,
            "they pulled me off my motorbike and punched me. then they took me to the commune office and kept me there all night.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            SCENES,
            q,
            "they pulled me off my motorbike and punched me, and after an hour they let me go home",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_beating_where_the_journey_only_passes_is_new() {
        const ROUTE: &str = "1. On 2 May 2021 soldiers came to our farm near Kara. They beat me with rifle butts and took me to the camp at Sokode.\n\n2. At Sokode I was kept in a room with nine other men. The guards whipped us with cables every morning.\n\n3. On 9 August 2021 I crossed by road into Benin at Hilla-Condji. I stayed for ten days with a cousin in Cotonou. Then I travelled by bus through Nigeria to Lagos and flew to Paris.\n";
        for (q, a) in [
            (
                "How did you get to Cotonou?",
                "I went by road and crossed at Hilla-Condji. At the border the soldiers took me behind the post and beat me. Then I stayed with my cousin.",
            ),
            (
                "What happened when you travelled through Nigeria?",
                "the nigerian police caught us near the border and, uh, beat us with sticks before they let the bus go",
            ),
        ] {
            let found = kinds_in(ROUTE, q, a);
            assert!(found.contains(&FindingKind::Addition), "{a}: {found:?}");
        }
        // Told under the place the statement named a paragraph before.
        let found = kinds_in(
            ROUTE,
            "What did the guards do to you at Sokode?",
            "they whipped us with cables, every morning",
        );
        assert!(!found.contains(&FindingKind::Addition), "{found:?}");
    }

    #[test]
    fn a_detention_in_the_place_asked_about_is_new() {
        const TRANSIT: &str = "1. On 19 March 2020 two policemen arrested me at my workshop in Osh. I was taken to the district police office and held there for nine days.\n\n2. In June 2020 my workshop was set on fire.\n\n3. On 15 October 2021 I flew to Istanbul. In Istanbul I worked for about two months in a bakery in Fatih. On 18 December 2021 I flew from Istanbul to London.\n";
        let found = kinds_in(
            TRANSIT,
            "What happened in Istanbul?",
            "i worked in a bakery in fatih for two months, and one time the turkish police stopped me and kept me two nights because my papers were not good.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            TRANSIT,
            "What happened in Istanbul?",
            "i worked in a bakery in fatih for about two months, then i flew to london.",
        );
        assert!(found.is_empty(), "{found:?}");
        // One arrest told in two sentences is told once: "again" adds one.
        let found = kinds_in(
            TRANSIT,
            "What happened after the fire?",
            "a few days after the fire the police came to my house, they arrested me again and kept me one night.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
    }

    #[test]
    fn steps_under_one_carried_date_keep_the_statement_order() {
        const ROUTE: &str = "1. I was a driver in Abéché.\n\n2. In March 2021 I crossed the desert with smugglers. In Kufra they locked about thirty of us in a yard for five weeks until my brother sent more money. I then worked on farms near Benghazi for about four months.\n\n3. On 2 September 2021 I left Libya by boat.\n";
        let found = kinds_in(
            ROUTE,
            "What happened in Libya?",
            "At first I worked on farms near Benghazi for a few months. After that the smugglers took us to Kufra and locked us in a yard for five weeks.",
        );
        assert!(found.contains(&FindingKind::Sequence), "{found:?}");
        let found = kinds_in(
            ROUTE,
            "What happened in Libya?",
            "At first they locked us in a yard in Kufra for five weeks. After that I worked on farms near Benghazi.",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
        // "before we eat" orders two things within its clause, not the rest.
        let found = kinds_in(
            ROUTE,
            "What happened in Kufra?",
            "they locked us in a yard, we prayed before we eat, and my brother sent money after five weeks",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    }

    #[test]
    fn forgetting_a_date_stays_and_named_hiding_places() {
        const HELD: &str = "1. I farm near Rabinal.\n\n2. On 4 May 2021 soldiers arrested me at the market in Rabinal. We were taken to the army post in Rabinal and, two days later, to the prison in Salamá. I was held for six days in all. On 10 May 2021 I was released after my aunt paid a fine.\n\n3. After my release I hid with my aunt in the village of Chixoy for about a month. On 20 July 2021 I flew from Guatemala City to Madrid, where I stayed for three days in a hostel, and then flew to London Gatwick. I travelled on my own passport with a three-year visit visa that my employer had arranged.\n";
        // Not remembering when they let him go is no denial of the release;
        // first one place of detention, then the next, is the statement's order.
        let found = kinds_in(
            HELD,
            "How long were you held?",
            "six days, first two nights in rabinal and then in salama. i can't remember the exact date they let me go.",
        );
        assert!(found.is_empty(), "{found:?}");
        // The visa's "three-year" is no stay in the United Kingdom.
        let found = kinds_in(
            HELD,
            "How did you get to the United Kingdom?",
            "i flew to madrid, i stayed there like three days in a hostel, and then i flew to gatwick, on my own passport.",
        );
        assert!(found.is_empty(), "{found:?}");
        // "kept me two weeks before they let me go" is how long, not when.
        let found = kinds_in(
            HELD,
            "How long were you held?",
            "They kept me about two weeks before they let me go.",
        );
        assert!(found.contains(&FindingKind::Number), "{found:?}");
        // A town in lower case that no list knows is still another place.
        let found = kinds_in(
            HELD,
            "Where did you hide after your release?",
            "i went to cuilapa and hid with my aunt there for about a month.",
        );
        assert!(found.contains(&FindingKind::Place), "{found:?}");
        let found = kinds_in(
            HELD,
            "Where did you hide after your release?",
            "i went to chixoy and hid with my aunt there for about a month.",
        );
        assert!(!found.contains(&FindingKind::Place), "{found:?}");
    }

    #[test]
    fn who_struck_a_weapon_and_a_new_confinement() {
        const FAMILY: &str = "1. I am a nurse from Tripoli.\n\n2. On 5 April 2018, at my uncle's house, my cousin Walid slapped me twice and told me that I was no longer part of the family. My uncle watched and said nothing.\n\n3. On 9 June 2020 the police came to our prayer meeting and took twelve of us to the police station. They photographed us and took our books, and the next day they fined me.\n\n4. I went to Byblos and hid for about a month in the flat of my friend Nour. I did not go out.\n\n5. On 2 August 2020 I flew to Paris.\n";
        // The owner of the house asked about is no one the question names as
        // the attacker; "the family" is no one.
        let found = kinds_in(
            FAMILY,
            "Who slapped you at your uncle's house in April 2018?",
            "My uncle slapped me and said I was no longer his nephew. My cousin just stood there.",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
        // A reason told in the next sentence names no second payer.
        let found = kinds_in(
            FAMILY,
            "Who slapped you at your uncle's house in April 2018?",
            "My friend Nour slapped me. My uncle had already left the room.",
        );
        assert!(found.contains(&FindingKind::Person), "{found:?}");
        // A beating told of another year just before is not the asked scene.
        let found = kinds_in(
            FAMILY,
            "What happened after the police came to the prayer meeting in June 2020?",
            "They took twelve of us to the station and photographed us. One of the officers punched me because I would not give my address. Then they fined me.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        // Locked up and forced into a car: a new confinement.
        let found = kinds_in(
            FAMILY,
            "What happened in Byblos?",
            "I hid at Nour's flat for about a month. One night two men forced me into a car and took me back to my uncle's house, where they locked me up for three days.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            FAMILY,
            "What happened in Byblos?",
            "I hid at Nour's flat for about a month and I locked the door every night.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_weapon_where_the_statement_tells_only_slaps() {
        const STATION: &str = "1. I am a pharmacist from Sidon.\n\n2. On 3 March 2021 I was arrested at a party and taken to a police station. I was held for three days. A captain slapped me twice and made me unlock my phone.\n\n3. On 6 March 2021 I was released.\n";
        let found = kinds_in(
            STATION,
            "What happened at the police station?",
            "the captain slapped me twice and made me open my phone, and one of the guards beat me with a stick on my legs.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let found = kinds_in(
            STATION,
            "What happened at the police station?",
            "the captain slapped me twice, with his open hand, and made me open my phone.",
        );
        assert!(!found.contains(&FindingKind::Addition), "{found:?}");
    }

    #[test]
    fn a_country_then_its_town_and_a_captain_paid() {
        const ROUTE: &str = "1. My only sister, Ana, moved to Brazil in 2017.\n\n2. On 3 May 2023 I was arrested and taken to the police post in Puerto Ayacucho. I was released on 9 May 2023 after my mother paid 500 dollars to Captain Ruíz.\n\n3. On 20 May 2023 I went by bus to Santa Elena de Uairén. The next morning a guide took me across the border into Brazil. In Pacaraima I registered at the Brazilian migration office, then took a bus to Boa Vista.\n";
        let found = kinds_in(
            ROUTE,
            "How did you leave Venezuela?",
            "i took a bus to santa elena, and the next morning a guide took me into brazil. then pacaraima, and the bus to boa vista.",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
        let found = kinds_in(
            ROUTE,
            "How did you leave Venezuela?",
            "first i went to boa vista, and then i went to santa elena and crossed the border.",
        );
        assert!(found.contains(&FindingKind::Sequence), "{found:?}");
    }

    #[test]
    fn honest_noes_and_a_corrected_day() {
        const DENIALS: &str = "1. I am a welder from Huambo.\n\n2. On 14 September 2019 the police beat me at a protest and broke my arm. I did not report the beating to anyone, because it was the police who did it.\n\n3. In 2016 the office refused to renew my card unless I signed a paper saying that my family came from Congo. I refused to sign it.\n\n4. On 20 March 2020 I was arrested and held at the police station for three days. Captain Dias put a confession in front of me and I refused to sign it. We were released on 23 March 2020 after my aunt, Mrs Rosa Neto, paid 300 dollars. I was told to report to the police every Monday, and I reported there four times.\n\n5. I did not ask for asylum in Namibia, because other migrants told me the police there take money from migrants.\n";
        let found = kinds_in(
            DENIALS,
            "Did you report the beating at the protest in September 2019?",
            "no, i didn't report it to nobody. it was the police who beat us.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            DENIALS,
            "Did you sign the paper saying your family came from Congo?",
            "no, never. they asked me at the office and i refused because it's not true.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            DENIALS,
            "Did you sign the confession?",
            "No. Captain Dias put it in front of me, and they asked again at the police station, and each time I refused.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            DENIALS,
            "When were you released?",
            "They let us go on the twenty-second... no, the twenty-third, after my aunt paid.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            DENIALS,
            "Who paid for your release?",
            "my aunt, senora rosa, she paid three hundred dollars.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            DENIALS,
            "Did you ask for asylum in Namibia?",
            "No. Other migrants told me the police there take money from migrants at the bus stations.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sum_for_another_payment_a_push_and_a_held_brother() {
        const PAID: &str = "1. I am a farmer from Savannakhet.\n\n2. On 4 March 2020 four men came very early and searched the house. They handcuffed me in front of my mother and put me in a car. I was held for nine days. I was released on 13 March 2020 after my wife paid 6,000,000 kip to the police.\n\n3. On 3 May 2020 my brother Phet was stopped at a checkpoint and held for two nights at the district police station.\n\n4. In June 2020 my cousin paid a boatman 2,000,000 kip to take me across the Mekong to Thailand.\n";
        let found = kinds_in(
            PAID,
            "How much did your wife pay the police?",
            "she paid them, uh, two million kip, and after that they let me go.",
        );
        assert!(found.contains(&FindingKind::Number), "{found:?}");
        let found = kinds_in(
            PAID,
            "How much did your wife pay the police?",
            "she paid them, uh, six million kip, and after that they let me go.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = kinds_in(
            PAID,
            "What happened when they arrested you on 4 March 2020?",
            "Four men came early and searched the house and put handcuffs on me. When my mother tried to hold on to me, one of them pushed her to the floor.",
        );
        assert!(found.contains(&FindingKind::Addition), "{found:?}");
        let checker = Checker::new(Statement::parse(PAID).expect("statement"));
        let report = checker.check(
            "What happened to your brother Phet?",
            "they stopped him at a checkpoint in may and asked him questions about me.",
        );
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.kind == FindingKind::Omission && f.statement_excerpt.contains("held")),
            "{:?}",
            report.findings
        );
    }

    #[test]
    fn what_happened_while_hiding_and_after_a_death() {
        const HIDING: &str = "1. I am a hairdresser from Callao. My best friend was Nadia.\n\n2. On 16 March 2020 the lockdown started and the salon closed. I lived on food parcels from the collective.\n\n3. On 4 February 2021 men came to my mother's house at night, broke the door and hit my sister. After this I did not go home again.\n\n4. On 10 February 2021 I went to hide at my cousin's flat in Trujillo.\n\n5. On 19 September 2021 Nadia was found dead near the port.\n";
        let found = kinds_in(
            HIDING,
            "What happened after you left home?",
            "i went to hide at my cousin's flat in trujillo, and while i was there hiding those men came to my mother's house, broke the door and hit my sister.",
        );
        assert!(found.contains(&FindingKind::Sequence), "{found:?}");
        let found = kinds_in(
            HIDING,
            "What happened after your friend Nadia died?",
            "After Nadia died, the lockdown started and the salon closed, so I lived on food parcels.",
        );
        assert!(found.contains(&FindingKind::Sequence), "{found:?}");
        let found = kinds_in(
            HIDING,
            "What happened after the men came to your mother's house?",
            "they broke the door and hit my sister. after that i went to hide at my cousin's in trujillo, and while i was hiding there i heard that nadia was found dead.",
        );
        assert!(!found.contains(&FindingKind::Sequence), "{found:?}");
    }

    #[test]
    fn the_very_next_day_after_and_guards_counted_past_their_adjectives() {
        const CHURCH: &str = "1. I am a carpenter from Pakxe.\n\n2. On the night of 8 June 2018, as I walked home, three municipal security guards stopped me and mocked me.\n\n3. On 2 August 2019 the chief called me to the village office and showed me a paper. On 18 August 2019 policemen came into my house during our service and arrested me.\n";
        let found = kinds_in(
            CHURCH,
            "When were you arrested?",
            "it was the very next day after the chief called me to the office and showed me the paper.",
        );
        assert!(found.contains(&FindingKind::Date), "{found:?}");
        let found = kinds_in(
            CHURCH,
            "How many guards stopped you in June 2018?",
            "there were like five or six of them and they made a circle around me.",
        );
        assert!(found.contains(&FindingKind::Number), "{found:?}");
        let found = kinds_in(
            CHURCH,
            "How many guards stopped you in June 2018?",
            "three of them, from the municipality.",
        );
        assert!(!found.contains(&FindingKind::Number), "{found:?}");
    }
}
