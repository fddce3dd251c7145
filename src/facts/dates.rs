//! Dates in the many ways people say and write them: "14 March 2019", "March
//! 14th, 2019", "the fourteenth of March twenty nineteen", "in 2015", "mid-March",
//! "the summer of 2020", and relative ones ("two days later", "the next morning")
//! resolved against the last full date before them.

use super::numbers::{NumberAt, number_at};
use super::tokens::{Token, TokenKind};

/// A calendar date, as precise as the words allow.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateValue {
    pub year: Option<i32>,
    /// Months the words allow, inclusive (equal for one month).
    pub months: Option<(u32, u32)>,
    /// Days of the month the words allow, inclusive.
    pub days: Option<(u32, u32)>,
    /// "about", "around", "I think": allow a little slack.
    pub approximate: bool,
}

impl DateValue {
    pub fn is_empty(&self) -> bool {
        self.year.is_none() && self.months.is_none() && self.days.is_none()
    }

    /// Whether the two could be the same date, given how precise each is.
    pub fn compatible(&self, other: &DateValue) -> bool {
        let slack = self.approximate || other.approximate;
        if let (Some(a), Some(b)) = (self.year, other.year)
            && a != b
        {
            // "December 2019" vs "January 2020" is close enough when approximate.
            return slack && self.months.is_some() && other.months.is_some() && {
                let ma = a * 12 + self.months.map_or(0, |m| m.0 as i32);
                let mb = b * 12 + other.months.map_or(0, |m| m.0 as i32);
                (ma - mb).abs() <= 1
            };
        }
        let same_year_known = self.year.is_some() && other.year.is_some();
        if let (Some(a), Some(b)) = (self.months, other.months) {
            let pad = if slack { 1 } else { 0 };
            let overlap = a.0 <= b.1 + pad && b.0 <= a.1 + pad;
            if !overlap {
                return false;
            }
            // "About July" reaches into the next month's first days or the
            // last month's end, not to the 29th of August.
            if a.0 > b.1 || b.0 > a.1 {
                let near = |months: (u32, u32), day: Option<(u32, u32)>, other: (u32, u32)| {
                    day.is_none_or(|d| {
                        if months.0 > other.1 {
                            d.0 <= BORDER_DAYS
                        } else {
                            d.1 > 31 - BORDER_DAYS
                        }
                    })
                };
                if !(near(a, self.days, b) && near(b, other.days, a)) {
                    return false;
                }
            }
            let one_month = a.0 == a.1 && b.0 == b.1 && a.0 == b.0;
            if one_month && let (Some(da), Some(db)) = (self.days, other.days) {
                let pad = if slack { 3 } else { 0 };
                return da.0 <= db.1 + pad && db.0 <= da.1 + pad;
            }
        }
        let _ = same_year_known;
        true
    }

    /// 0 nothing, 1 a year, 2 a month, 3 a day.
    pub fn precision(&self) -> u8 {
        if self.days.is_some_and(|d| d.0 == d.1) {
            3
        } else if self.months.is_some() {
            2
        } else {
            u8::from(self.year.is_some())
        }
    }

    /// Whether this names one day of one month of one year.
    pub fn is_one_day(&self) -> bool {
        self.year.is_some()
            && self.months.is_some_and(|(a, b)| a == b)
            && self.days.is_some_and(|(a, b)| a == b)
    }

    /// A short human form, e.g. "14 March 2019", "March 2019", "2019".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some((d0, d1)) = self.days {
            if d0 == d1 {
                parts.push(d0.to_string());
            } else if d1 <= 10 {
                parts.push("early".to_string());
            } else if d0 >= 21 {
                parts.push("late".to_string());
            } else {
                parts.push("mid-".to_string());
            }
        }
        if let Some((m0, m1)) = self.months {
            if m0 == m1 {
                parts.push(MONTHS[(m0 - 1) as usize].0.to_string());
            } else {
                parts.push(format!(
                    "{}–{}",
                    MONTHS[(m0 - 1) as usize].0,
                    MONTHS[(m1 - 1) as usize].0
                ));
            }
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        parts.join(" ").replace("mid- ", "mid-")
    }

    fn day_number(&self) -> Option<i64> {
        let y = self.year? as i64;
        let (m, m1) = self.months?;
        let (d, d1) = self.days?;
        if m != m1 || d != d1 {
            return None;
        }
        Some(days_from_civil(y, m as i64, d as i64))
    }

    /// The date `offset` days after this one, if this one is a single full date.
    pub fn plus_days(&self, offset: i64) -> Option<DateValue> {
        let n = self.day_number()? + offset;
        let (y, m, d) = civil_from_days(n);
        Some(DateValue {
            year: Some(y as i32),
            months: Some((m as u32, m as u32)),
            days: Some((d as u32, d as u32)),
            approximate: self.approximate,
        })
    }

    /// The first and last day it may mean, counted like [`sort_key`](Self::sort_key):
    /// one day for "14 March 2019", the whole month for "March 2019". `None`
    /// without a month and a year.
    pub fn day_span(&self) -> Option<(i64, i64)> {
        let y = self.year? as i64;
        let (m0, m1) = self.months?;
        let (m0, m1) = (m0 as i64, m1 as i64);
        let first = days_from_civil(y, m0, self.days.map_or(1, |d| d.0 as i64));
        let last = match self.days {
            Some((_, d1)) => days_from_civil(y, m1, d1 as i64),
            None if m1 == 12 => days_from_civil(y + 1, 1, 1) - 1,
            None => days_from_civil(y, m1 + 1, 1) - 1,
        };
        Some((first, last.max(first)))
    }

    /// As [`day_span`](Self::day_span), or the whole year for a year alone
    /// ("in 2017").
    pub fn loose_span(&self) -> Option<(i64, i64)> {
        self.day_span().or_else(|| {
            let y = self.year? as i64;
            Some((days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1) - 1))
        })
    }

    /// A sortable key: the earliest day the words allow.
    pub fn sort_key(&self) -> Option<i64> {
        let y = self.year? as i64;
        let m = self.months.map_or(1, |m| m.0) as i64;
        let d = self.days.map_or(1, |d| d.0) as i64;
        Some(days_from_civil(y, m, d))
    }
}

// Howard Hinnant's civil-date algorithms.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub const MONTHS: [(&str, &str); 12] = [
    ("January", "jan"),
    ("February", "feb"),
    ("March", "mar"),
    ("April", "apr"),
    ("May", "may"),
    ("June", "jun"),
    ("July", "jul"),
    ("August", "aug"),
    ("September", "sep"),
    ("October", "oct"),
    ("November", "nov"),
    ("December", "dec"),
];

/// The month named at token `i`. "May" and "March" are also ordinary words, so
/// they need a capital inside a sentence or a date-like neighbour.
/// "the hospital in May Pen, and…": a month's name begins a place's (but
/// "in May Kofi came" is a date).
pub fn month_begins_name(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.capitalized)
        && tokens.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && n.capitalized
                && n.lower != "i"
                && MONTHS
                    .iter()
                    .all(|(full, _)| !full.eq_ignore_ascii_case(&n.lower))
        })
        && tokens
            .get(i + 2)
            .is_none_or(|n| n.kind == TokenKind::Break || n.is_any(&["and", "in", "to", "near"]))
}

fn month_at(tokens: &[Token], i: usize) -> Option<u32> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Word {
        return None;
    }
    let w = token.lower.trim_end_matches('.');
    let month = MONTHS.iter().enumerate().find_map(|(m, (full, short))| {
        let full = full.to_lowercase();
        let abbreviation = w == *short && token.capitalized && !matches!(w, "may" | "mar");
        (w == full || abbreviation || (w == "sept" && m == 8)).then_some(m as u32 + 1)
    })?;
    if matches!(w, "may" | "march") {
        let capital = token.capitalized && !token.sentence_start;
        let before = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| {
                p.is_any(&[
                    "in",
                    "of",
                    "since",
                    "until",
                    "till",
                    "early",
                    "late",
                    "mid",
                    "end",
                    "beginning",
                    "middle",
                    "last",
                    "next",
                    "that",
                    "this",
                    "to",
                    "from",
                    "and",
                    "or",
                ]) || p.kind == TokenKind::Number
            });
        let after = tokens.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Number || super::numbers::number_at(tokens, i + 1).is_some()
        });
        if !(capital || before || after) {
            return None;
        }
    }
    if month_begins_name(tokens, i) {
        return None;
    }
    Some(month)
}

fn season_of(word: &str) -> Option<(u32, u32)> {
    // Northern-hemisphere seasons; most claims here are from the north, and the
    // range is wide enough to forgive the rest.
    match word {
        "spring" => Some((3, 5)),
        "summer" => Some((6, 8)),
        "autumn" | "fall" => Some((9, 11)),
        "winter" => Some((12, 2)),
        _ => None,
    }
}

/// A date found in the tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct DateAt {
    pub value: DateValue,
    pub start: usize,
    pub end: usize,
    /// Made from a relative phrase ("two days later").
    pub relative: bool,
}

impl DateAt {
    /// A date said outright (not relative) over tokens `start..end`.
    fn written(value: DateValue, start: usize, end: usize) -> DateAt {
        DateAt {
            value,
            start,
            end,
            relative: false,
        }
    }
}

/// How far into the month beside it an approximate month reaches.
const BORDER_DAYS: u32 = 10;

const APPROX_WORDS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "maybe",
    "perhaps",
    "probably",
    "think",
    "believe",
    "sometime",
    "or",
];

/// A plausible year at token `i`: "2019", "twenty nineteen", "two thousand and
/// nineteen", "nineteen ninety-four". Returns the year and the token after it.
fn year_at(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let t = tokens.get(i)?;
    if t.kind == TokenKind::Number {
        let digits = t.lower.chars().all(|c| c.is_ascii_digit());
        if digits && t.lower.len() == 4 {
            let y: i32 = t.lower.parse().ok()?;
            return (1900..=2100).contains(&y).then_some((y, i + 1));
        }
        // "'19" is rare in speech; not handled.
        return None;
    }
    // "twenty nineteen", "twenty twenty one", "nineteen ninety four"
    let century = match t.lower.as_str() {
        "nineteen" => Some(1900),
        "twenty" => Some(2000),
        _ => None,
    };
    if let Some(century) = century
        && let Some(rest) = number_at(tokens, i + 1)
        && !rest.ordinal
        && rest.value >= 10.0
        && rest.value < 100.0
        && (century == 2000 || rest.value >= 20.0)
    {
        return Some((century + rest.value as i32, rest.end));
    }
    // "two thousand and nineteen", "two thousand nineteen"
    if let Some(n) = number_at(tokens, i)
        && !n.ordinal
        && (1900.0..=2100.0).contains(&n.value)
        && n.value.fract() == 0.0
        && tokens[i].kind == TokenKind::Word
    {
        return Some((n.value as i32, n.end));
    }
    None
}

/// Whether a date told up to a sentence's end ("…the twenty third of
/// december.") is given its year by the next sentence, `next`, which says
/// nothing else ("twenty twenty."): `before` ends with the month.
pub fn year_told_after(before: &[Token], next: &[Token]) -> bool {
    let words: Vec<&Token> = before
        .iter()
        .filter(|t| t.kind != TokenKind::Break)
        .collect();
    let ends_with_month = words
        .last()
        .is_some_and(|t| month_at(std::slice::from_ref(*t), 0).is_some());
    ends_with_month
        && year_at(next, 0)
            .is_some_and(|(_, end)| next[end..].iter().all(|t| t.kind == TokenKind::Break))
}

/// A day of the month at `i`: "14", "14th", "fourteenth", "the 14th of".
fn day_at(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let n: NumberAt = number_at(tokens, i)?;
    if n.vague || n.value.fract() != 0.0 || !(1.0..=31.0).contains(&n.value) {
        return None;
    }
    // A bare word number is a day only when ordinal ("fourteenth") or right next
    // to a month; digits are fine either way.
    Some((n.value as u32, n.end))
}

/// The date at token `i`, with relative phrases resolved against `anchor`.
pub fn dates_with_anchor(tokens: &[Token], i: usize, anchor: Option<DateValue>) -> Option<DateAt> {
    date_at(tokens, i, anchor.as_ref())
}

/// All dates in the tokens, left to right.
pub fn dates(tokens: &[Token]) -> Vec<DateAt> {
    let mut found: Vec<DateAt> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(date) = date_at(tokens, i, found.last().map(|d| &d.value)) {
            i = date.end.max(i + 1);
            found.push(date);
        } else {
            i += 1;
        }
    }
    found
}

fn approximate_before(tokens: &[Token], start: usize) -> bool {
    let from = start.saturating_sub(4);
    // ("At about midnight on 14 October": the hour is approximate, not
    // the day.)
    (from..start).any(|k| {
        tokens[k].is_any(APPROX_WORDS)
            && !tokens[k + 1..start]
                .iter()
                .any(|t| t.is_any(&["on", "at"]) || t.lower == ",")
    }) || tokens
        .get(start + 1..start + 4)
        .is_some_and(|after| after.iter().any(|t| t.is("or") || t.is("something")))
}

fn date_at(tokens: &[Token], i: usize, previous: Option<&DateValue>) -> Option<DateAt> {
    let t = &tokens[i];
    let mut value = DateValue {
        year: None,
        months: None,
        days: None,
        approximate: false,
    };
    let mut end;

    // Relative: "two days later", "the next morning", "a week after".
    if let Some(rel) = relative_at(tokens, i, previous) {
        return Some(rel);
    }

    // "on the eleventh", "on the 14th, in the evening": a day of the month the
    // question or the statement is about.
    // Also after a correction: "on the twenty-fourth… no, the twenty-fifth".
    let corrected = t.is("the")
        && tokens[..i]
            .iter()
            .rev()
            .find(|p| p.kind == TokenKind::Word)
            .is_some_and(|p| p.is_any(&["no", "sorry", "mean"]));
    let at = if corrected { i } else { i + 1 };
    if (t.is("on") || corrected)
        && tokens.get(at).is_some_and(|n| n.is("the"))
        && let Some(n) = number_at(tokens, at + 1)
        && n.ordinal
        && n.value.fract() == 0.0
        && (1.0..=31.0).contains(&n.value)
        && tokens.get(n.end).is_none_or(|next| {
            next.kind == TokenKind::Break
                || next.is_any(&["in", "at", "when", "and", "i", "they", "we", "he", "she"])
        })
    {
        let day = n.value as u32;
        value.days = Some((day, day));
        return Some(DateAt::written(value, at, n.end));
    }

    // Day-part words before a month: "early March", "mid-March", "the middle of March",
    // "the end of March", "the beginning of".
    let mut j = i;
    if t.is("the") {
        j += 1;
    }
    if let Some(w) = tokens.get(j) {
        let range = match w.lower.as_str() {
            "early" | "beginning" | "start" => Some((1, 10)),
            "mid" | "middle" | "mid-" => Some((11, 20)),
            "late" | "end" => Some((21, 31)),
            w if w.starts_with("mid-") => Some((11, 20)),
            _ => None,
        };
        if let Some(range) = range {
            let mut k = j + if w.lower.starts_with("mid-") && w.lower.len() > 4 {
                0
            } else {
                1
            };
            if tokens.get(k).is_some_and(|t| t.is("of")) {
                k += 1;
            }
            let month_token = if w.lower.starts_with("mid-") && w.lower.len() > 4 {
                // "mid-march" is one token.
                let name = &w.lower[4..];
                MONTHS
                    .iter()
                    .position(|(full, _)| full.to_lowercase() == name)
                    .map(|m| m as u32 + 1)
            } else {
                month_at(tokens, k)
            };
            if let Some(month) = month_token {
                value.months = Some((month, month));
                end = if w.lower.starts_with("mid-") && w.lower.len() > 4 {
                    j + 1
                } else {
                    k + 1
                };
                if let Some((y, e)) = year_after(tokens, end) {
                    value.year = Some(y);
                    end = e;
                }
                value.days = Some(range);
                value.approximate = approximate_before(tokens, i);
                return Some(DateAt::written(value, i, end));
            }
            // "the end of 2019", "early 2020": part of a year, in months.
            if let Some((y, e)) = year_at(tokens, k) {
                value.year = Some(y);
                value.months = Some(match range {
                    (1, _) => (1, 4),
                    (11, _) => (5, 8),
                    _ => (9, 12),
                });
                value.approximate = true;
                return Some(DateAt::written(value, i, e));
            }
        }
    }

    // Seasons: "the summer of 2020", "spring 2019", "in the winter".
    if let Some(season) = tokens.get(j).and_then(|w| season_of(&w.lower)) {
        let mut k = j + 1;
        if tokens.get(k).is_some_and(|t| t.is("of")) {
            k += 1;
        }
        if let Some((y, e)) = year_at(tokens, k) {
            value.months = Some(season);
            if season.0 > season.1 {
                value.months = None; // winter crosses the year: keep only the year
            }
            value.year = Some(y);
            value.approximate = true;
            return Some(DateAt::written(value, i, e));
        }
        return None;
    }

    // "14 March 2019", "14th of March", "the fourteenth of March twenty nineteen"
    if let Some((day, after_day)) = day_at(tokens, j) {
        let mut k = after_day;
        if tokens.get(k).is_some_and(|t| t.is("of")) {
            k += 1;
            // "the twenty-second of, um, October": a hesitation before the month.
            while tokens
                .get(k)
                .is_some_and(|t| t.lower == "," || t.is_any(super::tokens::FILLERS))
            {
                k += 1;
            }
        }
        if let Some(month) = month_at(tokens, k) {
            value.days = Some((day, day));
            value.months = Some((month, month));
            end = k + 1;
            if let Some((y, e)) = year_after(tokens, end) {
                value.year = Some(y);
                end = e;
            }
            value.approximate = approximate_before(tokens, i);
            return Some(DateAt::written(value, i, end));
        }
    }

    // "March 14, 2019", "March 14th", "March 2019", "March".
    if let Some(month) = month_at(tokens, j) {
        value.months = Some((month, month));
        end = j + 1;
        let mut k = end;
        if tokens.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        // "april nineteen twenty twenty one": a day and then a year wins;
        // otherwise a year right after the month ("March 2019"), or a day alone.
        let day_then_year = day_at(tokens, k)
            .and_then(|(day, after_day)| year_after(tokens, after_day).map(|(y, e)| (day, y, e)));
        if let Some((day, y, e)) = day_then_year {
            value.days = Some((day, day));
            value.year = Some(y);
            end = e;
        } else if let Some((y, e)) = year_at(tokens, k).or_else(|| {
            // "in july, twenty twenty one": a pause before the year.
            tokens
                .get(k)
                .filter(|t| t.lower == "," || t.lower == ".")
                .and_then(|_| year_at(tokens, k + 1))
        }) {
            value.year = Some(y);
            end = e;
        } else if let Some((day, after_day)) = day_at(tokens, k)
            && !counts_what_follows(tokens, k, after_day)
        {
            value.days = Some((day, day));
            end = after_day;
        }
        value.approximate = approximate_before(tokens, i);
        return Some(DateAt::written(value, i, end));
    }

    // A year alone: "in 2015", "in twenty nineteen". Needs a preposition or the
    // four digits, so that "twenty nineteen-year-olds" is not a date.
    if let Some((y, e)) = year_at(tokens, j) {
        let digits = tokens[j].kind == TokenKind::Number;
        let introduced = i > 0
            && tokens[i - 1].is_any(&[
                "in", "of", "since", "until", "till", "by", "from", "year", "early", "late", "mid",
                "during",
            ]);
        // Or told as the answer, or as a correction: "it was twenty twenty
        // one", "sorry, twenty twenty one".
        let said = |k: usize| tokens[k].is_any(&["was", "sorry", "actually", "no"]);
        let introduced = introduced
            || (!digits
                && i > 0
                && (said(i - 1) || (i > 1 && tokens[i - 1].lower == "," && said(i - 2))));
        let followed_by_unit = tokens.get(e).is_some_and(|t| {
            t.kind == TokenKind::Word && super::quantities::unit_of(&t.lower).is_some()
        });
        if (digits || introduced) && !followed_by_unit {
            value.year = Some(y);
            value.approximate = approximate_before(tokens, i);
            return Some(DateAt::written(value, i, e));
        }
    }
    None
}

/// "In July two guys stopped him": a number word after a month that counts
/// the word after it is no day (unlike "July second" or "July 2").
fn counts_what_follows(tokens: &[Token], at: usize, after: usize) -> bool {
    let cardinal = tokens[at].kind == TokenKind::Word
        && after == at + 1
        && !["st", "nd", "rd", "th"]
            .iter()
            .any(|o| tokens[at].lower.ends_with(o));
    cardinal
        && tokens
            .get(after)
            .is_some_and(|t| t.kind == TokenKind::Word && !super::tokens::is_stopword(&t.lower))
}

fn year_after(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let mut k = i;
    // (Or a full stop: "the twenty third of december. twenty twenty", where
    // the year is said after a pause.)
    let comma = |k: usize| {
        usize::from(
            tokens
                .get(k)
                .is_some_and(|t| t.lower == "," || t.lower == "."),
        )
    };
    // "the sixth of february, um, twenty twenty" (the filler dropped)
    k += comma(k);
    // "the third of april i think, twenty sixteen": a hedge before the year.
    let hedge = match (tokens.get(k), tokens.get(k + 1)) {
        (Some(a), Some(b)) if a.is("i") && b.is_any(&["think", "believe", "guess"]) => 2,
        (Some(a), _) if a.is_any(&["maybe", "perhaps", "probably"]) => 1,
        _ => 0,
    };
    if hedge > 0 {
        k += hedge;
        k += comma(k);
    }
    if tokens.get(k).is_some_and(|t| t.is("of") || t.is("in")) {
        k += 1;
    }
    year_at(tokens, k)
}

/// A time told relative to something else, at token `i`: "the next
/// morning" (1 day), "that same night" (0), "three days later", "after six
/// days". Gives the end of the phrase, the days and whether they are approximate.
pub fn offset_at(tokens: &[Token], i: usize) -> Option<(usize, i64, bool)> {
    let t = &tokens[i];
    let part_of_day = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|n| n.is_any(&["day", "morning", "night", "evening", "afternoon"]))
    };
    // "the next day", "the following morning", "the very next day (after
    // the chief called me)": counted from what follows "after".
    let very = usize::from(tokens.get(i + 1).is_some_and(|n| n.is("very")));
    if t.is("the")
        && tokens
            .get(i + 1 + very)
            .is_some_and(|n| n.is_any(&["next", "following"]))
        && part_of_day(i + 2 + very)
    {
        let end = i + 3 + very;
        let after = tokens.get(end).is_some_and(|n| n.is("after"));
        return Some((end + usize::from(after), 1, false));
    }
    // "the day after (the election)", "the morning after": counted from
    // what follows.
    if t.is("the") && part_of_day(i + 1) && tokens.get(i + 2).is_some_and(|n| n.is("after")) {
        return Some((i + 3, 1, false));
    }
    // "that same night", "the same day"
    if t.is_any(&["that", "the"])
        && tokens.get(i + 1).is_some_and(|n| n.is("same"))
        && part_of_day(i + 2)
    {
        return Some((i + 3, 0, false));
    }
    // "after six days", "after a week"
    let (after_first, at) = if t.is("after") {
        (true, i + 1)
    } else {
        (false, i)
    };
    let word = tokens.get(at)?;
    let n = number_at(tokens, at).or_else(|| {
        word.is_any(&["a", "one"]).then_some(NumberAt {
            value: 1.0,
            start: at,
            end: at + 1,
            ordinal: false,
            vague: false,
        })
    })?;
    let unit = tokens.get(n.end)?;
    let (days, coarse) = match unit.lower.as_str() {
        "day" | "days" => (1.0, false),
        "week" | "weeks" => (7.0, false),
        // A month or a year is a round figure.
        "month" | "months" => (30.0, true),
        "year" | "years" => (365.0, true),
        _ => return None,
    };
    let end = if after_first {
        n.end + 1
    } else {
        // "N days later", "N days after"
        if !tokens.get(n.end + 1)?.is_any(&["later", "after"]) {
            return None;
        }
        n.end + 2
    };
    let approximate = coarse || n.vague || approximate_before(tokens, i);
    Some((end, (n.value * days).round() as i64, approximate))
}

fn relative_at(tokens: &[Token], i: usize, previous: Option<&DateValue>) -> Option<DateAt> {
    let previous = previous?;
    // "after ten days" stays a length of time, and "that same night" the
    // date before it.
    if tokens[i].is("after") || tokens.get(i + 1).is_some_and(|n| n.is("same")) {
        return None;
    }
    let (end, days, approximate) = offset_at(tokens, i)?;
    // "two days after the election" counts from the election, not from the
    // date told before.
    if tokens[end - 1].is("after") && tokens.get(end).is_some_and(|n| n.kind == TokenKind::Word) {
        return None;
    }
    let mut value = previous.plus_days(days)?;
    value.approximate = approximate;
    Some(DateAt {
        value,
        start: i,
        end,
        relative: true,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{drop_fillers, tokenize};
    use super::*;

    fn first(text: &str) -> String {
        let mut tokens = tokenize(text);
        drop_fillers(&mut tokens);
        dates(&tokens)
            .first()
            .map(|d| d.value.describe())
            .unwrap_or_default()
    }

    #[test]
    fn a_month_spans_its_days() {
        let span = |text: &str| {
            let mut tokens = tokenize(text);
            drop_fillers(&mut tokens);
            let d = dates(&tokens).first().map(|d| d.value)?;
            d.day_span().map(|(a, b)| b - a)
        };
        assert_eq!(span("on 14 March 2019"), Some(0));
        assert_eq!(span("in February 2020"), Some(28));
        assert_eq!(span("in December 2021"), Some(30));
        assert_eq!(span("in 2015"), None);
    }

    #[test]
    fn offsets_from_another_event() {
        let offset = |text: &str| {
            let tokens = tokenize(text);
            (0..tokens.len()).find_map(|i| offset_at(&tokens, i).map(|(_, days, _)| days))
        };
        assert_eq!(offset("and that same night they came"), Some(0));
        assert_eq!(offset("the next morning they let me go"), Some(1));
        assert_eq!(offset("after six days we buried him"), Some(6));
        assert_eq!(offset("about two weeks later he called"), Some(14));
        assert_eq!(offset("after"), None);
        assert_eq!(offset("after a"), None);
    }

    #[test]
    fn written_forms() {
        assert_eq!(first("On 14 March 2019 they came"), "14 March 2019");
        assert_eq!(first("On March 14, 2019 they came"), "14 March 2019");
        assert_eq!(first("on March 14th they came"), "14 March");
        assert_eq!(first("In January 2020 two men"), "January 2020");
        assert_eq!(first("I moved in 2013 to study"), "2013");
        assert_eq!(first("on 9 June 2020."), "9 June 2020");
        // A number that counts what follows is no day.
        assert_eq!(first("In July two guys on a motorbike came"), "July");
        assert_eq!(first("on july two they came"), "2 July");
    }

    #[test]
    fn spoken_forms() {
        assert_eq!(
            first("the sixth of february, um, twenty twenty, at night"),
            first("6 February 2020")
        );
        assert_eq!(
            first("the fourteenth of march twenty nineteen"),
            "14 March 2019"
        );
        assert_eq!(first("the third of, uh, june twenty twenty"), "3 June 2020");
        assert_eq!(
            first("on the eighteenth of April 2020, at night"),
            "18 April 2020"
        );
        assert_eq!(first("april nineteen twenty twenty one"), "19 April 2021");
        assert_eq!(first("it was twenty twenty one"), "2021");
        assert_eq!(first("in july, twenty twenty one, at night"), "July 2021");
        assert_eq!(
            first("may twenty twenty— sorry, twenty twenty one"),
            "May 2020"
        );
        assert!(dates(&tokenize("he was twenty when they took him")).is_empty());
        assert_eq!(first("in two thousand and nineteen"), "2019");
        assert_eq!(
            first("it was in the middle of March, 2020"),
            "mid-March 2020"
        );
        assert_eq!(first("the summer of 2020"), "June–August 2020");
        assert_eq!(
            first("the ninth of june i think, twenty seventeen"),
            "9 June 2017"
        );
        assert_eq!(first("the second of may, maybe, 2019"), "2 May 2019");
        assert_eq!(first("in nineteen ninety four"), "1994");
    }

    #[test]
    fn not_dates() {
        assert!(dates(&tokenize("I paid 2000 dollars")).len() <= 1);
        assert!(dates(&tokenize("You may go now")).is_empty());
        assert!(dates(&tokenize("twenty men came")).is_empty());
        assert!(dates(&tokenize("three days")).is_empty());
    }

    #[test]
    fn relative_dates_resolve() {
        let tokens = tokenize(
            "On 6 December 2019 he saw us. The next morning he came. Two days later we left.",
        );
        let found: Vec<String> = dates(&tokens).iter().map(|d| d.value.describe()).collect();
        assert_eq!(
            found,
            ["6 December 2019", "7 December 2019", "9 December 2019"]
        );
    }

    #[test]
    fn compatibility() {
        let d = |text: &str| dates(&tokenize(text))[0].value;
        assert!(d("14 March 2019").compatible(&d("in March 2019")));
        assert!(d("14 March 2019").compatible(&d("in 2019")));
        assert!(!d("14 March 2019").compatible(&d("in May 2019")));
        assert!(!d("18 April 2020").compatible(&d("the middle of March, 2020")));
        assert!(!d("14 March 2019").compatible(&d("in 2018")));
        assert!(d("14 March 2020").compatible(&d("on the fourteenth of March")));
        assert!(!d("14 March 2020").compatible(&d("on the twentieth of March")));
        assert!(d("14 March 2020").compatible(&d("around the 12th of March")));
        assert!(d("June 2020").compatible(&d("the summer of 2020")));
        // An approximate month reaches only the edge of the month beside it.
        assert!(d("3 August 2021").compatible(&d("about July 2021")));
        assert!(!d("29 August 2021").compatible(&d("about July 2021")));
        assert!(d("28 February 2021").compatible(&d("maybe March 2021")));
        assert!(d("August 2021").compatible(&d("about July 2021")));
    }
}
