//! Fact extraction shared by the statement and the answers: dates, quantities,
//! people, places, organisations and events with their polarity.
//!
//! Pure text processing: no I/O, never panics, and works on any script (text
//! it cannot read simply yields no facts).

pub mod dates;
pub mod events;
pub mod numbers;
pub mod organisations;
pub mod people;
pub mod places;
pub mod quantities;
pub mod tokens;
pub mod words;

use std::ops::Range;

use dates::{DateAt, DateValue};
use events::{EventAt, EventKind};
use organisations::OrganisationAt;
use people::PersonAt;
use places::PlaceAt;
use quantities::QuantityAt;
use tokens::{Token, TokenKind};

/// Names learnt from the statement, to recognise them in answers.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Lowercase first names and surnames of people.
    pub names: Vec<String>,
    /// Lowercase proper place names.
    pub places: Vec<String>,
}

/// What a fact says.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    Date(DateValue),
    Quantity(QuantityAt),
    Person(PersonAt),
    Place(PlaceAt),
    Organisation(OrganisationAt),
    Event(EventAt),
}

/// A fact with where it was said.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub value: FactValue,
    /// Index of the sentence in [`TextFacts::sentences`].
    pub sentence: usize,
    /// Byte range of the words in the text.
    pub span: Range<usize>,
}

/// A text split into sentences, with its facts.
#[derive(Debug, Clone)]
pub struct TextFacts {
    pub tokens: Vec<Token>,
    /// Byte ranges of the sentences.
    pub sentences: Vec<Range<usize>>,
    /// Token ranges of the sentences.
    pub sentence_tokens: Vec<Range<usize>>,
    pub facts: Vec<Fact>,
}

/// Words after which a speaker corrects what they just said.
const CORRECTIONS: &[&[&str]] = &[
    &["no", "sorry"],
    &["no", "wait"],
    &["sorry"],
    &["i", "mean"],
    &["no", "no"],
    &["actually"],
    &["rather"],
    &["correction"],
];

/// Extracts facts from `text`, sentence by sentence. Dates that are relative
/// ("the next day") are resolved against the last full date before them.
pub fn extract(text: &str, lexicon: &Lexicon) -> TextFacts {
    let whole = 0..text.len();
    extract_sentences(text, std::slice::from_ref(&whole), lexicon)
}

/// Like [`extract`], with the sentence ranges given (for statements, whose
/// sentences are known from their paragraphs).
pub fn extract_sentences(text: &str, ranges: &[Range<usize>], lexicon: &Lexicon) -> TextFacts {
    let mut all_tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut sentence_tokens = Vec::new();
    for range in ranges {
        let Some(part) = text.get(range.clone()) else {
            continue;
        };
        let mut tokens = tokens::tokenize(part);
        tokens::drop_fillers(&mut tokens);
        for t in &mut tokens {
            t.span = t.span.start + range.start..t.span.end + range.start;
        }
        // Split the part into sentences at sentence-ending breaks.
        let mut start = 0;
        for i in 0..tokens.len() {
            // (Not an ellipsis before a correction: "the twenty-fourth… no,
            // the twenty-fifth" is one sentence.)
            let corrected = i > 0
                && tokens[i - 1].lower == "."
                && tokens.get(i + 1).is_some_and(|n| n.is("no"));
            // (Nor a year said after a pause: "the twenty third of
            // december. twenty twenty.")
            let year_next = || {
                let next = &tokens[i + 1..];
                let end = next
                    .iter()
                    .position(tokens::ends_sentence)
                    .map_or(next.len(), |e| e + 1);
                dates::year_told_after(&tokens[start..i], &next[..end])
            };
            let ends = tokens::ends_sentence(&tokens[i])
                && tokens.get(i + 1).is_none_or(|n| n.sentence_start)
                && !corrected
                && !year_next();
            if ends || i + 1 == tokens.len() {
                if start <= i {
                    let base = all_tokens.len();
                    sentence_tokens.push(base + start..base + i + 1);
                    sentences.push(tokens[start].span.start..tokens[i].span.end);
                }
                start = i + 1;
            }
        }
        all_tokens.extend(tokens);
    }

    let mut facts = Vec::new();
    let mut last_date: Option<DateValue> = None;
    for (s, range) in sentence_tokens.iter().enumerate() {
        let tokens = &all_tokens[range.clone()];
        let span = |start: usize, end: usize| {
            let end = end.max(start + 1).min(tokens.len());
            tokens[start].span.start..tokens[end - 1].span.end
        };
        let mut sentence_facts: Vec<(usize, usize, FactValue)> = Vec::new();

        // Dates, with relative ones resolved against the text before.
        let mut found_dates: Vec<DateAt> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let previous = found_dates.last().map(|d| d.value).or(last_date);
            match dates::dates_with_anchor(tokens, i, previous) {
                Some(d) => {
                    i = d.end.max(i + 1);
                    found_dates.push(d);
                }
                None => i += 1,
            }
        }
        found_dates.extend(days_before(tokens, &found_dates));
        found_dates.sort_by_key(|d| d.start);
        let date_ranges: Vec<(usize, usize)> =
            found_dates.iter().map(|d| (d.start, d.end)).collect();
        for d in &found_dates {
            if !d.value.is_empty() {
                if d.value.year.is_some() && d.value.months.is_some() {
                    last_date = Some(d.value);
                }
                sentence_facts.push((d.start, d.end, FactValue::Date(d.value)));
            }
        }
        for q in quantities::quantities(tokens, &date_ranges) {
            sentence_facts.push((q.start, q.end, FactValue::Quantity(q)));
        }
        let orgs = organisations::organisations(tokens);
        let org_ranges: Vec<(usize, usize)> = orgs.iter().map(|o| (o.start, o.end)).collect();
        let mut taken = date_ranges.clone();
        taken.extend(org_ranges.iter().copied());
        let mut found_places = places::places(tokens, &lexicon.places, &taken);
        // A known person's name is not a place ("at work, Shirin, at the clinic").
        // Nor a known person's whole name ("it was alimamy turay himself").
        let a_name = |p: &PlaceAt| {
            lexicon.names.contains(&p.name)
                || (p.name.contains(' ')
                    && p.name
                        .split(' ')
                        .all(|w| lexicon.names.iter().any(|n| n == w)))
        };
        found_places.retain(|p| !a_name(p) || lexicon.places.contains(&p.name));
        // "paid to Captain Hùng" is paid to a person.
        found_places.retain(|p| {
            !p.name.contains(' ')
                || !p
                    .name
                    .split(' ')
                    .next()
                    .is_some_and(|w| people::is_rank(w) || people::HONORIFICS.contains(&w))
        });
        taken.extend(found_places.iter().map(|p| (p.start, p.end)));
        for p in people::people(tokens, &lexicon.names, &taken) {
            sentence_facts.push((p.start, p.end, FactValue::Person(p)));
        }
        for p in found_places {
            sentence_facts.push((p.start, p.end, FactValue::Place(p)));
        }
        for o in orgs {
            sentence_facts.push((o.start, o.end, FactValue::Organisation(o)));
        }
        // A "him" may stand for a relative named up to two sentences back
        // ("They asked him where I was. They slapped him…").
        let context = s
            .checked_sub(2)
            .or(s.checked_sub(1))
            .and_then(|p| sentence_tokens.get(p))
            .map_or(&[][..], |r| {
                &all_tokens[r.start..sentence_tokens[s - 1].end]
            });
        for e in events::events_after(tokens, context) {
            sentence_facts.push((e.start, e.end, FactValue::Event(e)));
        }
        drop_corrected(tokens, &mut sentence_facts);
        sentence_facts.sort_by_key(|f| f.0);
        for (start, end, value) in sentence_facts {
            facts.push(Fact {
                value,
                sentence: s,
                span: span(start, end),
            });
        }
    }
    TextFacts {
        tokens: all_tokens,
        sentences,
        sentence_tokens,
        facts,
    }
}

/// "on 7 and 14 December 2020", "the 3rd or the 4th of May": a day told
/// before a full date, in its month.
fn days_before(tokens: &[Token], dates: &[DateAt]) -> Vec<DateAt> {
    let mut out = Vec::new();
    for d in dates {
        if d.value.days.is_none() || d.value.months.is_none() || d.relative {
            continue;
        }
        // (Past "the": "the 3rd and the 5th of May".)
        let k = if d.start > 0 && tokens[d.start - 1].is("the") {
            d.start - 1
        } else {
            d.start
        };
        if k < 2 || !tokens[k - 1].is_any(&["and", "or", "to", "&"]) {
            continue;
        }
        let j = k - 2;
        let Some(n) = numbers::number_at(tokens, j).filter(|n| n.end == k - 1) else {
            continue;
        };
        let day = n.value as u32;
        if n.value.fract() != 0.0
            || !(1..=31).contains(&day)
            || dates.iter().any(|o| o.end > j && o.start <= j)
        {
            continue;
        }
        out.push(DateAt {
            value: DateValue {
                days: Some((day, day)),
                ..d.value
            },
            start: j,
            end: n.end,
            relative: false,
        });
    }
    out
}

/// "In April — no, sorry, in March": the fact before a correction is replaced
/// by the one of the same type after it.
fn drop_corrected(tokens: &[Token], facts: &mut Vec<(usize, usize, FactValue)>) {
    let mut markers = Vec::new();
    for i in 0..tokens.len() {
        for pattern in CORRECTIONS {
            if tokens[i..]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .take(pattern.len())
                .map(|t| t.lower.as_str())
                .eq(pattern.iter().copied())
                && tokens[i].kind == TokenKind::Word
            {
                markers.push(i);
            }
        }
    }
    // "the third of october— no, november": a "no" after a dash.
    for i in 1..tokens.len() {
        if tokens[i].is("no")
            && matches!(
                tokens[i - 1].lower.as_str(),
                "—" | "–" | "-" | "--" | "..." | "."
            )
            && !markers.contains(&i)
        {
            markers.push(i);
        }
    }
    // "december twenty nineteen no twenty eighteen": in a transcript, a
    // bare "no" between two facts of one kind.
    for (i, t) in tokens.iter().enumerate().skip(1) {
        let ends_here = facts.iter().any(|f| f.1 == i);
        let starts_next = facts.iter().any(|f| f.0 == i + 1);
        if t.is("no") && ends_here && starts_next && !markers.contains(&i) {
            markers.push(i);
        }
    }
    // ("two thousand— no, nineteen hundred dollars": a number first heard as
    // a year is corrected by an amount.)
    let bare_year =
        |v: &FactValue| matches!(v, FactValue::Date(d) if d.months.is_none() && d.days.is_none());
    let same_type = |after: &FactValue, before: &FactValue| {
        std::mem::discriminant(after) == std::mem::discriminant(before)
            || (bare_year(before) && matches!(after, FactValue::Quantity(_)))
    };
    for m in markers {
        let before = facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.1 <= m && m - f.1 <= 6)
            .map(|(i, f)| (i, f.2.clone()))
            .collect::<Vec<_>>();
        let mut remove = Vec::new();
        for (i, value) in before {
            if facts
                .iter()
                .any(|f| f.0 > m && f.0 - m <= 8 && same_type(&f.2, &value))
            {
                remove.push(i);
            }
        }
        remove.sort_unstable();
        for i in remove.into_iter().rev() {
            facts.remove(i);
        }
    }
}

impl TextFacts {
    /// The tokens of sentence `s` (fact positions in tokens count from its start).
    pub fn sentence_tokens_of(&self, s: usize) -> &[Token] {
        self.sentence_tokens
            .get(s)
            .map_or(&[], |r| &self.tokens[r.clone()])
    }

    /// Stemmed content words of sentence `s`.
    pub fn sentence_stems(&self, s: usize) -> Vec<String> {
        self.sentence_stems_except(s, 0..0)
    }

    /// Stemmed content words of sentence `s`, leaving out the words within
    /// the byte span `except`.
    fn sentence_stems_except(&self, s: usize, except: Range<usize>) -> Vec<String> {
        self.sentence_tokens
            .get(s)
            .map(|r| {
                self.tokens[r.clone()]
                    .iter()
                    .filter(|t| {
                        t.kind != TokenKind::Break
                            && !tokens::is_stopword(&t.lower)
                            && !except.contains(&t.span.start)
                    })
                    .flat_map(|t| {
                        // "self-defence" meets "self defence": the parts count too.
                        let parts = t.lower.contains('-').then(|| {
                            t.lower
                                .split('-')
                                .filter(|p| p.len() > 2 && !tokens::is_stopword(p))
                                .map(tokens::stem)
                                .collect::<Vec<_>>()
                        });
                        std::iter::once(tokens::stem(&t.lower)).chain(parts.into_iter().flatten())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The words of sentence `s` for alignment: its stems, and a term for each
    /// kind of event it tells ("took", "detained" and "arrested" all give
    /// `event:Arrest`), so that passages about the same event meet even in
    /// other words.
    pub fn sentence_terms(&self, s: usize) -> Vec<String> {
        self.sentence_terms_except(s, 0..0)
    }

    /// [`sentence_terms`](Self::sentence_terms) without the words within the
    /// byte span `except` (the fact being compared).
    pub fn sentence_terms_except(&self, s: usize, except: Range<usize>) -> Vec<String> {
        let mut terms = self.sentence_stems_except(s, except);
        for f in self.facts_in(s) {
            if let FactValue::Event(e) = &f.value {
                terms.push(event_term(e.kind));
            }
        }
        terms
    }

    /// The index of the token a fact starts at (tokens are in text order).
    pub fn token_of(&self, f: &Fact) -> Option<usize> {
        self.tokens
            .binary_search_by_key(&f.span.start, |t| t.span.start)
            .ok()
    }

    /// Facts of sentence `s`.
    pub fn facts_in(&self, s: usize) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| f.sentence == s)
    }
}

/// The index term that stands for an event of `kind` in a sentence's terms,
/// whatever words tell it.
pub fn event_term(kind: EventKind) -> String {
    format!("event:{kind:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<DateValue> {
        extract(text, &Lexicon::default())
            .facts
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Date(d) => Some(d),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_day_before_a_full_date_is_in_its_month() {
        let found = dates("I went there twice, on 4 and 11 March 2021.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].days, Some((4, 4)));
        assert_eq!(found[0].months, Some((3, 3)));
        assert_eq!(found[0].year, Some(2021));
        // Not a count before a date.
        assert_eq!(dates("they held 3 and on 5 May let us go").len(), 1);
    }

    #[test]
    fn a_year_said_after_a_pause_is_the_dates() {
        for text in [
            "on the twenty third of december. twenty twenty",
            "in july, twenty twenty one. at night",
        ] {
            let found = dates(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].year.is_some(), "{text}: {found:?}");
        }
        // Not a year that is the next thing said: "It was in March. 2019 was
        // the year I married."
        let found = dates("It was in March. 2019 was the year I married.");
        assert_eq!(found[0].year, None, "{found:?}");
    }

    #[test]
    fn a_bare_no_between_two_dates_corrects_the_first() {
        let found = dates("it was um march twenty twenty no twenty nineteen the fifth");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].year, Some(2019));
    }

    #[test]
    fn an_approximate_hour_is_no_approximate_day() {
        assert!(!dates("At about midnight on 14 October 2020 they came.")[0].approximate);
        assert!(!dates("around midnight, in late November 2020")[0].approximate);
        assert!(dates("It was about the 14th of October 2020.")[0].approximate);
    }

    #[test]
    fn a_number_heard_as_a_year_is_corrected_by_a_sum() {
        let facts = extract(
            "It was three thousand— no, twenty-five hundred dollars.",
            &Lexicon::default(),
        );
        assert!(
            facts
                .facts
                .iter()
                .all(|f| !matches!(f.value, FactValue::Date(_))),
            "{:?}",
            facts.facts
        );
    }
}
