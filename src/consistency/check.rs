//! Compares an answer with the statement and reports findings.
//!
//! For every fact in the answer, the statement facts of the same type in the
//! passages the answer speaks to are its candidates. A fact that fits a relevant
//! candidate is consistent; one that fits none, where the statement clearly
//! speaks to the same thing, is a finding. Imprecision that fits ("March 2019"
//! for "14 March 2019") is never a finding, and a fact the statement does not
//! mention is never a contradiction.
//!
//! This file holds the checker and the run of one check; each kind of check
//! lives in its own module: [`values`] (dates, counts, places, organisations),
//! [`who`] (people), [`acts`] (what was done), [`place_asked`] (where),
//! [`order`] (before and after), [`route`] (the journey) and [`omission`].
//! [`relevance`] finds the passages an answer speaks to; [`prepare`] reads the
//! statement once; [`reading`] and [`phrasing`] are small helpers they share.

use std::ops::Range;

use crate::facts::dates::{self, DateValue};
use crate::facts::event_term;
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

mod acts;
mod omission;
mod order;
mod phrasing;
mod place_asked;
mod prepare;
mod reading;
mod relevance;
mod route;
mod values;
mod who;

use acts::*;
use phrasing::*;
use reading::*;
use relevance::*;
use who::*;

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
    /// Whether each sentence tells only what the client fears will happen.
    imagined: Vec<bool>,
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
    /// The one paragraph that alone tells a thing it names, found once when
    /// needed (see [`Checker::only_teller`]).
    only_teller: std::cell::OnceCell<(Option<usize>, Option<usize>)>,
    /// The paragraph whose date a when-question asks for, found once when
    /// needed (see [`Checker::dated_by_its_own_passage`]).
    dated_by: std::cell::OnceCell<Option<usize>>,
    /// The sentence whose date a when-question asks for, found once when
    /// needed (see [`Checker::dated_sentence`]).
    dated_sentence: std::cell::OnceCell<Option<usize>>,
    /// How much each statement sentence is about the question's own words,
    /// found once when needed (see [`Checker::by_question`]).
    by_question: std::cell::OnceCell<Vec<f64>>,
    /// The one paragraph the question alone clearly points to, when it asks
    /// where or how long (see [`Checker::anchor_of`]).
    anchor: Option<usize>,
}

impl Asked<'_> {
    /// The places the question names.
    fn places(&self) -> Vec<&PlaceAt> {
        places_in(self.facts.facts.iter()).collect()
    }

    /// The question's anchor and the paragraph that goes on from it ("I was
    /// held there for three days" after the arrest), in that order.
    fn anchor_paragraphs(&self) -> impl Iterator<Item = usize> {
        self.anchor.into_iter().flat_map(|a| [a, a + 1])
    }

    /// Whether paragraph `p` is one of [`anchor_paragraphs`](Self::anchor_paragraphs).
    fn anchored_at(&self, p: usize) -> bool {
        self.anchor_paragraphs().any(|a| a == p)
    }

    /// The kinds of event the question tells as done ("held", "arrested").
    fn event_kinds(&self) -> Vec<EventKind> {
        self.event_kinds_before(usize::MAX)
    }

    /// The kinds of event the question tells as done before any clause
    /// that places it in time ("released", not "arrested", in "When were
    /// you released after the second arrest?").
    fn main_event_kinds(&self) -> Vec<EventKind> {
        self.event_kinds_before(self.time_clause_at().unwrap_or(usize::MAX))
    }

    /// The kinds of event told as done before byte `limit` of the question.
    fn event_kinds_before(&self, limit: usize) -> Vec<EventKind> {
        self.facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if e.positive && f.span.start < limit => Some(e.kind),
                _ => None,
            })
            .collect()
    }

    /// Where the question's clause placing its act in time begins ("after
    /// the arrest in Abobo"), as a byte offset, if it has one.
    fn time_clause_at(&self) -> Option<usize> {
        self.facts
            .sentence_tokens_of(0)
            .iter()
            .skip(1)
            .find(|t| t.is_any(TIME_CLAUSE))
            .map(|t| t.span.start)
    }
}

/// Words that open a clause placing a question's act in time.
const TIME_CLAUSE: &[&str] = &["after", "before", "during", "following", "when", "while"];

/// The places among `facts`.
fn places_in<'a>(facts: impl Iterator<Item = &'a Fact>) -> impl Iterator<Item = &'a PlaceAt> {
    facts.filter_map(|f| match &f.value {
        FactValue::Place(p) => Some(p),
        _ => None,
    })
}

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
    /// The question read once, with the paragraph it points to.
    fn asked<'q>(&self, question: &'q str) -> Asked<'q> {
        let mut asked = Asked {
            text: question,
            facts: extract(question, &self.lexicon),
            stems: content_stems(question),
            setting: std::cell::OnceCell::new(),
            only_teller: std::cell::OnceCell::new(),
            dated_by: std::cell::OnceCell::new(),
            dated_sentence: std::cell::OnceCell::new(),
            by_question: std::cell::OnceCell::new(),
            anchor: None,
        };
        asked.anchor = self.anchor_of(&asked);
        asked
    }

    /// Checks one answer to `question`.
    pub fn check(&self, question: &str, answer: &str) -> Report {
        // Very long input is cut to keep checking fast; a spoken answer is far shorter.
        let answer = truncate(answer, 20_000);
        let question = truncate(question, 2_000);
        let asked = self.asked(question);
        let mut facts = extract(answer, &self.lexicon);
        add_yes_no_events(question, &mut facts);
        let_go_from_a_job(&asked.facts, &mut facts);
        asked_person_is_him(&asked.facts, &mut facts);
        feared_in_reply(&asked.facts, &mut facts);
        let mut findings = Vec::new();
        let answer_lower = answer.to_lowercase();
        let dont_know = DONT_KNOW.iter().any(|p| answer_lower.contains(p));

        let relevance: Vec<Vec<f64>> = (0..facts.sentences.len())
            .map(|s| self.relevance_of(&facts, s, &asked, 0..0))
            .collect();
        let elsewhen = told_of_another_time(&asked.facts, &facts);
        for fact in &facts.facts {
            // ("How many came the second night?" "Twenty. The first time it
            // was eight.": the eight is the first time's.)
            if !matches!(fact.value, FactValue::Event(_))
                && elsewhen.iter().any(|r| r.contains(&fact.span.start))
            {
                continue;
            }
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
            && let Some(f) = self.asked_act(&asked, &facts, answer)
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
        if !dont_know
            && !findings
                .iter()
                .any(|f| f.kind == FindingKind::Contradiction)
            && let Some(f) = self.denied_act(&facts, answer, &relevance)
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
            && let Some(f) = self
                .omission(&asked, &facts, answer)
                .or_else(|| self.nothing_else(&asked, &facts, answer))
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
        // (A sentence the extractor starts after a filler, "um, that was…",
        // is quoted from its first word.)
        answer
            .get(facts.sentences[s].clone())
            .unwrap_or("")
            .trim_start_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .trim()
    }

    /// A finding that weighs the whole answer (an order, an omission)
    /// against `statement_excerpt`, cited by the paragraph of `sentence`.
    fn whole_answer_finding(
        &self,
        kind: FindingKind,
        severity: Severity,
        statement_excerpt: String,
        sentence: usize,
        answer: &str,
        explanation: String,
    ) -> Finding {
        Finding {
            kind,
            severity,
            statement_excerpt,
            answer_excerpt: answer.trim().to_string(),
            statement_paragraph: self.paragraph_number(sentence),
            explanation,
            statement_span: None,
            answer_span: None,
        }
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

    /// A finding between statement fact `against` and answer fact `fact`,
    /// each quoted in its sentence.
    #[allow(clippy::too_many_arguments)]
    fn fact_against(
        &self,
        kind: FindingKind,
        severity: Severity,
        against: &Fact,
        fact: &Fact,
        facts: &TextFacts,
        answer: &str,
        explanation: String,
    ) -> Finding {
        self.finding(
            kind,
            severity,
            Some(against),
            against.sentence,
            Some(fact),
            facts,
            answer,
            fact.sentence,
            explanation,
        )
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
        self.fact_against(
            FindingKind::Person,
            self.weight(against.sentence),
            against,
            fact,
            facts,
            answer,
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
}

const MIN_RELEVANCE: f64 = 0.5;
/// How strong the question's own match must be to anchor it, in
/// [`MIN_RELEVANCE`]s; how far below it another paragraph must stay; and
/// what share of relevance a sentence outside the anchor keeps.
const ANCHOR_STRENGTH: f64 = 6.0;
const ANCHOR_RIVAL_SHARE: f64 = 0.65;
const OUTSIDE_ANCHOR: f64 = 0.25;
/// What a question's words before "after …" weigh in finding its anchor.
const ANCHOR_MAIN_WEIGHT: f64 = 0.4;
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
/// How close the closest sentence holding the fact asked for must come to
/// the closest of all.
const ANSWERING_FIT_SHARE: f64 = 0.5;
/// Sentences this close to the one a "what did they do" question is most
/// about belong to its passage (its neighbours in the paragraph are).
const HARM_PASSAGE_SHARE: f64 = 0.7;
/// Statement sentences scoring within this factor of the best are other
/// readings of a part of a told sequence.
const SEQUENCE_MARGIN: f64 = 1.2;
/// A step told at a named place is read where the statement is at that
/// place, if such a sentence is this near the best reading's relevance.
const PLACE_READING_SHARE: f64 = 0.75;
/// Where the statement tells an act both ways, an "after …" clause picks the
/// time it points to if no other passage comes this close.
const COUNTED_FROM_RIVAL_SHARE: f64 = 0.8;
/// Counts of people compare only in passages at least this close to the best.
const COUNT_SHARE: f64 = 0.65;
/// Asked how many, a fitting count's passage must be this close to the one
/// the question's own words point to most.
const COUNT_ASKED_SHARE: f64 = 0.5;
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

/// "When did you lose your job?" "Mrs Gordon let me go": asked about a job,
/// being let go is a dismissal, not a release.
fn let_go_from_a_job(question: &TextFacts, facts: &mut TextFacts) {
    let about_work = question.tokens.iter().any(|t| {
        t.is_any(&[
            "job",
            "work",
            "employer",
            "boss",
            "dismissed",
            "fired",
            "sacked",
            "employment",
        ])
    });
    if !about_work {
        return;
    }
    for f in &mut facts.facts {
        if let FactValue::Event(e) = &mut f.value
            && e.kind == EventKind::Release
            && e.victims == [Victim::Client]
        {
            e.kind = EventKind::Dismiss;
        }
    }
}

/// "What do you fear if you return?" "That they arrest me or kill me": a
/// harm in a reply to what is feared, told with no verb in the past, is what
/// the client fears will happen (a threat), not something that did.
fn feared_in_reply(question: &TextFacts, facts: &mut TextFacts) {
    let q = &question.tokens;
    let fear = q
        .iter()
        .any(|t| t.is_any(&["fear", "afraid", "scared", "worried", "frightened"]))
        || (q.iter().any(|t| t.is("happen"))
            && q.iter()
                .any(|t| t.is_any(&["return", "returned", "back", "sent"])));
    if !fear {
        return;
    }
    let told_in_past: Vec<bool> = (0..facts.sentences.len())
        .map(|s| facts.sentence_tokens_of(s).iter().any(order::told_in_past))
        .collect();
    for f in &mut facts.facts {
        if let FactValue::Event(e) = &mut f.value
            && e.kind.is_harm()
            && !told_in_past.get(f.sentence).copied().unwrap_or(true)
        {
            e.kind = EventKind::Threaten;
        }
    }
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
    // signing; the detention is only when. So in "during the first
    // detention".
    let main = q
        .iter()
        .position(|t| t.is_any(SUBORDINATORS) || t.is_any(&["if", "during"]))
        .unwrap_or(q.len());
    for e in crate::facts::events::events(&q[..main]) {
        // "Did you report the burning of your car?" asks about reporting;
        // the burning, named as a thing, is what was reported.
        // (So "the second arrest", "your last detention".)
        let before = q[..e.start]
            .iter()
            .rev()
            .find(|t| !t.is_any(&["first", "second", "third", "last", "other", "same"]));
        let named_as_thing =
            before.is_some_and(|t| t.is_any(&["the", "your", "his", "her", "their"]));
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
mod tests;
