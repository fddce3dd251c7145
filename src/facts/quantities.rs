//! Counts, amounts of money, durations and ages: "five hundred quetzales every
//! week", "about forty men", "a couple of days", "two weeks", "fourteen years old".

use super::numbers::{NumberAt, numbers};
use super::tokens::{Token, TokenKind, stem};

/// What a quantity counts.
#[derive(Debug, Clone, PartialEq)]
pub enum Unit {
    /// A length of time, in days per unit.
    Duration(f64),
    /// An amount of money in a currency (normalised name).
    Money(String),
    /// Someone's age in years.
    Age,
    /// A count of things, by the stem of the noun ("man", "time", "soldier").
    Count(String),
}

impl Unit {
    /// Whether two quantities measure the same kind of thing.
    pub fn comparable(&self, other: &Unit) -> bool {
        match (self, other) {
            (Unit::Duration(_), Unit::Duration(_)) | (Unit::Age, Unit::Age) => true,
            (Unit::Money(a), Unit::Money(b)) => a == b || a.is_empty() || b.is_empty(),
            (Unit::Count(a), Unit::Count(b)) => a == b || same_group(a, b),
            _ => false,
        }
    }
}

/// Counts of the same sort of people: armed men with armed men, everyone else
/// ("people", "of us", "boys") together; "men" may be either.
fn same_group(a: &str, b: &str) -> bool {
    let (ga, gb) = (groups_of(a), groups_of(b));
    ga.iter().any(|g| gb.contains(g))
}

fn groups_of(noun: &str) -> Vec<u8> {
    const ARMED: &[&str] = &[
        "soldier",
        "officer",
        "policeman",
        "agent",
        "attacker",
        "gunman",
        "fighter",
        "guard",
        "them",
        "militant",
        "member",
        "taliban",
        "police",
    ];
    const PEOPLE: &[&str] = &[
        "people",
        "person",
        "us",
        "boy",
        "woman",
        "girl",
        "youth",
        "detainee",
        "prisoner",
        "other",
        "student",
        "villager",
        "neighbour",
        "follower",
        "believer",
        "worshipper",
        "participant",
        "protester",
        "demonstrator",
        "marcher",
        "member",
        "worker",
        "activist",
        "colleague",
        "passenger",
        "migrant",
        "guest",
    ];
    if matches!(noun, "man" | "men" | "guy" | "fellow" | "thug") {
        vec![0, 1]
    } else if ARMED.contains(&noun) || crate::facts::organisations::agent_class_of(noun).is_some() {
        vec![0]
    } else if PEOPLE.contains(&noun) {
        vec![1]
    } else {
        Vec::new()
    }
}

/// Days in one unit of time, for duration words.
fn duration_days(word: &str) -> Option<f64> {
    match word {
        "minute" | "minutes" => Some(1.0 / 1440.0),
        "hour" | "hours" => Some(1.0 / 24.0),
        "day" | "days" | "night" | "nights" => Some(1.0),
        "week" | "weeks" => Some(7.0),
        "fortnight" => Some(14.0),
        "month" | "months" => Some(30.4),
        "year" | "years" => Some(365.0),
        _ => None,
    }
}

fn currency(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('s');
    Some(match w {
        "dollar" | "usd" | "buck" => "dollar",
        "quetzale" | "quetzal" => "quetzal",
        "lempira" => "lempira",
        "shilling" => "shilling",
        "pound" => "pound",
        "euro" => "euro",
        "naira" => "naira",
        "kyat" => "kyat",
        "rupee" => "rupee",
        "afghani" => "afghani",
        "birr" => "birr",
        "rial" | "toman" => "rial",
        "franc" | "cfa" => "franc",
        "peso" => "peso",
        "colone" | "colon" => "colon",
        "bolivare" | "bolivar" => "bolivar",
        "cordoba" => "cordoba",
        "real" | "reai" => "real",
        "rouble" | "ruble" => "rouble",
        "lira" => "lira",
        "dinar" => "dinar",
        "taka" => "taka",
        "cedi" => "cedi",
        "nakfa" => "nakfa",
        "dong" | "đồng" | "đong" | "vnd" => "dong",
        "ouguiya" => "ouguiya",
        "lek" | "leke" => "lek",
        "manat" => "manat",
        "lari" => "lari",
        "dram" => "dram",
        "tenge" => "tenge",
        "som" | "somoni" => "som",
        "hryvnia" => "hryvnia",
        "kwacha" => "kwacha",
        "rand" => "rand",
        "leone" => "leone",
        "dalasi" => "dalasi",
        "gourde" => "gourde",
        "yuan" | "renminbi" | "rmb" => "yuan",
        "rupiah" => "rupiah",
        "baht" => "baht",
        "riel" => "riel",
        "dirham" => "dirham",
        "shekel" => "shekel",
        "kip" => "kip",
        "kwanza" => "kwanza",
        "sol" | "sole" => "sol",
        "boliviano" => "boliviano",
        "guarani" => "guarani",
        "metical" | "meticai" => "metical",
        "ariary" => "ariary",
        "riyal" => "riyal",
        "won" => "won",
        "yen" => "yen",
        "ringgit" => "ringgit",
        "tugrik" => "tugrik",
        "pula" => "pula",
        "zloty" | "zlotys" => "zloty",
        "forint" => "forint",
        "leu" | "lei" => "leu",
        "lev" | "leva" => "lev",
        "denar" => "denar",
        "ngultrum" => "ngultrum",
        "pataca" => "pataca",
        _ => return None,
    })
}

/// Unit words that can follow a number, used by `dates` to tell years from amounts.
pub fn unit_of(word: &str) -> Option<Unit> {
    if let Some(d) = duration_days(word) {
        return Some(Unit::Duration(d));
    }
    currency(word).map(|c| Unit::Money(c.to_string()))
}

/// A quantity in text.
#[derive(Debug, Clone, PartialEq)]
pub struct QuantityAt {
    pub value: f64,
    pub unit: Unit,
    /// Per what period, for money: days in the period ("every week" = 7).
    pub per_days: Option<f64>,
    /// Said as an estimate ("about", "around", "almost") or vague by nature.
    pub approximate: bool,
    /// Said as "a few" or "several": any small number.
    pub few: bool,
    /// Counted besides the speaker: "four other men", "me and four others".
    pub others: bool,
    /// Some of a group told before: "two of the men", "three of those
    /// soldiers". It counts those who did something, not the group.
    pub part: bool,
    pub start: usize,
    pub end: usize,
}

impl QuantityAt {
    /// Whether the two amounts could be the same.
    pub fn compatible(&self, other: &QuantityAt) -> bool {
        let (a, b) = match (self.per_days, other.per_days) {
            (Some(pa), Some(pb)) if (pa - pb).abs() > 0.01 => {
                (self.value / pa * 30.0, other.value / pb * 30.0)
            }
            _ => (self.value, other.value),
        };
        let (a, b) = match (&self.unit, &other.unit) {
            (Unit::Duration(da), Unit::Duration(db)) => (a * da, b * db),
            _ => (a, b),
        };
        if a == b {
            return true;
        }
        // "me and four other men" are "five of us".
        if self.others != other.others
            && matches!(self.unit, Unit::Count(_))
            && (a - b).abs() == 1.0
        {
            return true;
        }
        let hi = a.max(b);
        let lo = a.min(b);
        // "a few hours" may be six; "several days" is not a month.
        if self.few || other.few {
            let (vague, exact) = if self.few { (a, b) } else { (b, a) };
            return exact >= vague * 2.0 / 3.0 && exact <= vague * 2.5;
        }
        let tolerance = match (&self.unit, self.approximate || other.approximate) {
            (Unit::Age, _) => return (hi - lo) <= 1.0,
            // "About a week" may be four days; "about a year" is not seven
            // months.
            (Unit::Duration(_), true) if hi <= 31.0 => 0.45,
            (Unit::Duration(_), true) => 0.35,
            (Unit::Duration(_), false) => 0.2,
            (_, true) => 0.25,
            (_, false) => 0.0,
        };
        hi > 0.0 && (hi - lo) / hi <= tolerance + 1e-9
    }

    /// "500 quetzal a week", "3 days", "age 14"
    pub fn describe(&self) -> String {
        let value = if self.value.fract() == 0.0 {
            format!("{}", self.value as i64)
        } else {
            format!("{:.1}", self.value)
        };
        match &self.unit {
            Unit::Age => format!("aged {value}"),
            Unit::Money(c) => format!("{value} {c}"),
            Unit::Duration(d) => {
                let name = match *d {
                    d if d < 0.01 => "minutes",
                    d if d < 0.5 => "hours",
                    d if d < 2.0 => "days",
                    d if d < 10.0 => "weeks",
                    d if d < 100.0 => "months",
                    _ => "years",
                };
                format!("{value} {name}")
            }
            Unit::Count(noun) => format!("{value} {noun}"),
        }
    }
}

/// Words before a length of time that make it a stay: "kept me two weeks".
const STAY_VERBS: &[&str] = &[
    "for", "kept", "held", "stayed", "spent", "detained", "waited", "lived", "hid", "remained",
];

const APPROX: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "almost",
    "nearly",
    "like",
    "maybe",
    "some",
    "over",
    "more",
    "less",
    "least",
    "perhaps",
    "probably",
    "under",
    "than",
    "or",
    "something",
    "up",
];

const NOT_COUNT_NOUNS: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "the", "a", "was", "were", "is", "are", "who",
    "that", "which", "from", "with", "by", "for", "more", "other", "times", "o'clock", "pm", "am",
    "percent", "them", "us", "they", "we", "i", "he", "she", "it", "you", "my", "his", "her",
    "their", "our", "but", "so", "then", "after", "later", "before", "ago", "old", "each", "every",
    "per", "a",
];

/// Whether the "a" at `i` makes a rate of a count told just before it: "one
/// bowl of rice a day", "two meals a day" (not "for a day", "stayed a week").
fn counted_per(tokens: &[Token], numbers: &[NumberAt], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    if before.kind != TokenKind::Word
        || before.is_any(RATE_BREAKERS)
        || STAY_VERBS.iter().any(|v| before.is(v))
    {
        return false;
    }
    numbers.iter().any(|n| {
        n.end <= i
            && i - n.end <= 3
            && tokens[n.end..i]
                .iter()
                .all(|t| t.kind == TokenKind::Word && !t.is_any(RATE_BREAKERS))
    })
}

/// Words after which "a day" is a length of time, not a rate.
const RATE_BREAKERS: &[&str] = &[
    "for", "in", "after", "about", "almost", "only", "just", "nearly", "than", "half", "over",
    "within", "and", "or", "to", "until", "least", "more", "less", "once", "twice",
];

/// Quantities in the tokens, skipping the token ranges in `taken` (dates).
pub fn quantities(tokens: &[Token], taken: &[(usize, usize)]) -> Vec<QuantityAt> {
    let mut found = Vec::new();
    let mut candidates = numbers(tokens);
    // "a week", "an hour", "a month and a half": one unit, unless it is a rate
    // ("500 quetzales a week", "once a month").
    for (i, t) in tokens.iter().enumerate() {
        if (t.is("a") || t.is("an"))
            && tokens
                .get(i + 1)
                .is_some_and(|n| duration_days(&n.lower).is_some())
            && !i
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| {
                    p.kind == TokenKind::Number
                        || currency(&p.lower).is_some()
                        || p.is_any(&["once", "twice", "times", "time", "every", "per"])
                })
            && !candidates.iter().any(|c| c.start <= i && i < c.end)
            && !tokens.get(i + 2).is_some_and(names_a_thing)
            && !counted_per(tokens, &candidates, i)
        {
            candidates.push(NumberAt {
                value: 1.0,
                start: i,
                end: i + 1,
                ordinal: false,
                vague: false,
            });
        }
    }
    candidates.sort_by_key(|c| c.start);
    for n in candidates {
        if taken.iter().any(|&(s, e)| n.start < e && s < n.end) {
            continue;
        }
        if let Some(q) = quantity_from(tokens, &n) {
            found.push(q);
        }
    }
    found
}

/// Whether the word after "a night", "a day" makes it part of a thing's name
/// ("a night bus", "a day trip"), not a length of time.
fn names_a_thing(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !super::tokens::is_stopword(&t.lower)
        && !t.lower.ends_with("ing")
        && !t.lower.ends_with("ly")
        && !t.is_any(&["later", "earlier", "ago", "long", "old", "more", "less"])
}

fn quantity_from(tokens: &[Token], n: &NumberAt) -> Option<QuantityAt> {
    if n.ordinal {
        return None;
    }
    let approx_before = tokens[n.start.saturating_sub(3)..n.start]
        .iter()
        .any(|t| t.is_any(APPROX));
    let approx_after = tokens
        .get(n.end..(n.end + 4).min(tokens.len()))
        .is_some_and(|after| {
            after
                .windows(2)
                .any(|w| w[0].is("or") && (w[1].is("so") || w[1].is("more")))
        });
    let approximate = approx_before || approx_after || n.vague;
    let sign_currency = n
        .start
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .and_then(|t| t.lower.strip_suffix("-sign"))
        .and_then(currency);
    // Look at the next words for the unit: "five men", "five armed men",
    // "two of my brothers", "three long days".
    let mut k = n.end;
    let mut skipped = 0;
    let mut unit = None;
    let mut unit_end = k;
    while let Some(t) = tokens.get(k) {
        if t.kind != TokenKind::Word {
            break;
        }
        let w = t.lower.as_str();
        if let Some(days) = duration_days(w) {
            unit = Some(Unit::Duration(days));
            unit_end = k + 1;
            break;
        }
        if let Some(c) = currency(w) {
            unit = Some(Unit::Money(c.to_string()));
            unit_end = k + 1;
            break;
        }
        if w == "years" && tokens.get(k + 1).is_some_and(|t| t.is("old")) {
            unit = Some(Unit::Age);
            unit_end = k + 2;
            break;
        }
        if w == "of" && skipped == 0 {
            // "two of my brothers", "a couple of days"
            k += 1;
            skipped += 1;
            continue;
        }
        if (matches!(
            w,
            "my" | "the"
                | "his"
                | "her"
                | "our"
                | "their"
                | "other"
                | "more"
                | "armed"
                | "young"
                | "long"
                | "whole"
                | "full"
                | "extra"
                | "older"
                | "younger"
                | "old"
                | "small"
                | "big"
                | "little"
                | "different"
                | "masked"
                | "uniformed"
                | "local"
                | "plain"
                | "unknown"
                | "new"
        ) || (w.contains('-') && tokens.get(k + 1).is_some_and(|n| n.kind == TokenKind::Word)))
            && skipped < 3
        {
            k += 1;
            skipped += 1;
            continue;
        }
        if matches!(w, "us" | "them") && skipped > 0 {
            // "seven of us", "ten of them"
            unit = Some(Unit::Count(w.to_string()));
            unit_end = k + 1;
            break;
        }
        // An adjective before the unit: "ten thousand american dollars".
        if let Some(next) = tokens.get(k + 1)
            && skipped < 2
            && (currency(&next.lower).is_some() || duration_days(&next.lower).is_some())
        {
            k += 1;
            skipped += 1;
            continue;
        }
        // "three round scars": an adjective before the plural noun counted.
        if !w.ends_with('s')
            && skipped < 2
            && let Some(next) = tokens.get(k + 1)
            && next.kind == TokenKind::Word
            // ("four society women": plurals without an s too.)
            && ((next.lower.len() > 3 && next.lower.ends_with('s') && !next.lower.ends_with("ss"))
                || next.is_any(&["men", "women", "children", "people"]))
            && !super::tokens::is_stopword(&next.lower)
            && !NOT_COUNT_NOUNS.contains(&next.lower.as_str())
        {
            k += 1;
            skipped += 1;
            continue;
        }
        // "three municipal security guards": two words before the people counted.
        if !w.ends_with('s')
            && skipped < 2
            && let Some(j) = (k + 1..(k + 3).min(tokens.len())).find(|&j| {
                super::people::role_of(&tokens[j].lower).is_some() && tokens[j].lower.ends_with('s')
            })
            && tokens[k + 1..j]
                .iter()
                .all(|t| t.kind == TokenKind::Word && !super::tokens::is_stopword(&t.lower))
        {
            skipped += j - k;
            k = j;
            continue;
        }
        if !NOT_COUNT_NOUNS.contains(&w) && w.len() > 1 {
            unit = Some(Unit::Count(stem(w)));
            unit_end = k + 1;
        }
        break;
    }
    // "years old" right after the duration "years".
    if matches!(unit, Some(Unit::Duration(d)) if d == 365.0)
        && tokens.get(unit_end).is_some_and(|t| t.is("old"))
    {
        unit = Some(Unit::Age);
        unit_end += 1;
    }
    // "he was fourteen", "aged 14", "when I was seventeen"
    if unit.is_none() {
        let before = &tokens[n.start.saturating_sub(2)..n.start];
        // "he was, uh, twenty nine": past the comma a filler leaves, and past
        // "like", "about", "only" ("he was like fifty").
        let verb = tokens[..n.start].iter().rev().find(|t| {
            t.lower != ","
                && !t.is_any(&[
                    "like", "about", "around", "maybe", "only", "just", "almost", "nearly",
                    "barely",
                ])
        });
        let age_context = before.iter().any(|t| t.is("aged") || t.is("age"))
            || (verb.is_some_and(|t| t.is_any(&["was", "is", "am", "turned"]))
                && n.value >= 1.0
                && n.value <= 99.0
                && tokens.get(n.end).is_none_or(|t| {
                    t.kind == TokenKind::Break || t.is("when") || t.is("and") || t.is("at")
                }));
        if age_context {
            unit = Some(Unit::Age);
            unit_end = n.end;
        }
    }
    if let Some(c) = sign_currency {
        unit = Some(Unit::Money(c.to_string()));
        unit_end = unit_end.max(n.end);
    }
    let mut unit = unit?;
    // The bare word "one" is rarely a count ("one day", "one of them"),
    // but is a stay's length after "for" or "spent" ("I spent one night
    // there", "kept me for one week").
    let stay_of_one = matches!(unit, Unit::Duration(_))
        && n.start > 0
        && (tokens[n.start - 1].is_any(&[
            "only", "just", "almost", "nearly", "about", "around", "roughly", "over", "under",
        ]) || tokens[n.start.saturating_sub(3)..n.start]
            .iter()
            .any(|t| t.is_any(STAY_VERBS)));
    if tokens[n.start].is("one") && !matches!(unit, Unit::Money(_)) && !stay_of_one {
        return None;
    }
    // "a week and a half"
    let mut value = n.value;
    if tokens.get(unit_end).is_some_and(|t| t.is("and"))
        && tokens.get(unit_end + 1).is_some_and(|t| t.is("a"))
        && tokens.get(unit_end + 2).is_some_and(|t| t.is("half"))
    {
        value += 0.5;
        unit_end += 3;
    }
    if let Unit::Count(ref noun) = unit
        && matches!(noun.as_str(), "year" | "time" | "o'clock")
    {
        unit = Unit::Count(noun.clone());
    }
    // "come back in two days": when, not how long.
    if matches!(unit, Unit::Duration(_))
        && n.start > 0
        && tokens[n.start - 1].is_any(&["in", "within"])
        && !tokens
            .get(n.start.wrapping_sub(2))
            .is_some_and(|t| t.is_any(&["for", "spent"]))
    {
        return None;
    }
    // "a few days after", "a month later", "two weeks ago": when, not how long
    // (but "they kept me two weeks before they let me go" is how long).
    let stay_before = tokens.get(unit_end).is_some_and(|t| t.is("before"))
        && tokens[n.start.saturating_sub(4)..n.start]
            .iter()
            .any(|t| t.is_any(STAY_VERBS));
    if matches!(unit, Unit::Duration(_))
        && !stay_before
        && tokens.get(unit_end).is_some_and(|t| {
            t.is_any(&["after", "later", "before", "ago", "earlier", "afterwards"])
        })
    {
        return None;
    }
    // "three days a week" is how often, not how long.
    if matches!(unit, Unit::Duration(_))
        && tokens
            .get(unit_end)
            .is_some_and(|t| t.is_any(&["a", "per", "every", "each"]))
        && tokens
            .get(unit_end + 1)
            .is_some_and(|t| duration_days(&t.lower).is_some())
    {
        return None;
    }
    // "every week", "each month", "per month", "a month"
    let mut per_days = None;
    if matches!(unit, Unit::Money(_)) {
        let mut k = unit_end;
        if tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["every", "each", "per", "a", "an"]))
        {
            k += 1;
            if let Some(d) = tokens.get(k).and_then(|t| duration_days(&t.lower)) {
                per_days = Some(d);
                unit_end = k + 1;
            }
        }
    }
    let others = tokens[n.end..unit_end]
        .iter()
        .any(|t| t.is_any(&["other", "others"]));
    let part = tokens[n.end..unit_end]
        .windows(2)
        .any(|w| w[0].is("of") && w[1].is_any(&["the", "those", "these"]));
    Some(QuantityAt {
        value,
        unit,
        per_days,
        approximate,
        few: n.vague && (2.5..5.0).contains(&value),
        others,
        part,
        start: n.start,
        end: unit_end,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn q(text: &str) -> QuantityAt {
        quantities(&tokenize(text), &[])
            .into_iter()
            .next()
            .expect("a quantity")
    }

    #[test]
    fn a_night_bus_is_no_length_of_time() {
        assert!(quantities(&tokenize("I took a night bus to Istanbul"), &[]).is_empty());
        assert!(quantities(&tokenize("we went on a day trip"), &[]).is_empty());
        assert_eq!(q("they kept me a night in the cell").value, 1.0);
        assert_eq!(q("I hid for a week with my aunt").unit, Unit::Duration(7.0));
        // A count of things a day is how often, not how long.
        let rations = quantities(&tokenize("they gave us one bowl of rice a day"), &[]);
        assert!(rations.iter().all(|r| !matches!(r.unit, Unit::Duration(_))));
        assert_eq!(
            q("two meals and then a day later").unit,
            Unit::Count("meal".into())
        );
        assert_eq!(q("I waited about a day").unit, Unit::Duration(1.0));
        // "one" is a stay's length after "spent" or "for", not elsewhere.
        assert_eq!(q("I spent one night in the cell").value, 1.0);
        assert_eq!(q("they kept me for one week").unit, Unit::Duration(7.0));
        assert!(quantities(&tokenize("one night they came for him"), &[]).is_empty());
        // Or said as about so long: "almost one hour".
        assert_eq!(q("almost one hour, i think").value, 1.0);
    }

    #[test]
    fn kinds_of_quantity() {
        assert_eq!(q("five hundred quetzales every week").per_days, Some(7.0));
        assert_eq!(
            q("five men from the neighbourhood").unit,
            Unit::Count("man".into())
        );
        assert_eq!(q("two of my brothers").unit, Unit::Count("brother".into()));
        assert_eq!(q("four society women").unit, Unit::Count("woman".into()));
        assert!(q("two other guys").compatible(&q("two other men")));
        assert_eq!(q("for three days").unit, Unit::Duration(1.0));
        assert_eq!(q("who was fourteen years old").unit, Unit::Age);
        assert_eq!(q("he was fourteen.").unit, Unit::Age);
        assert_eq!(q("he was, twenty nine, they shot him").unit, Unit::Age);
        assert_eq!(q("and he was like fifty").unit, Unit::Age);
        assert_eq!(
            q("I have three round scars there").unit,
            Unit::Count("scar".into())
        );
        assert!(q("about forty people").approximate);
    }

    #[test]
    fn compatible_imprecision() {
        assert!(q("500 quetzales every week").compatible(&q("five hundred quetzales each week")));
        assert!(!q("500 quetzales every week").compatible(&q("a thousand quetzales each month")));
        assert!(q("two days").compatible(&q("a couple of days")));
        assert!(q("six hours").compatible(&q("a few hours")));
        assert!(q("several days").compatible(&q("five days")));
        assert!(!q("a few days").compatible(&q("a month")));
        assert!(q("five men").compatible(&q("about five men")));
        assert!(!q("three days").compatible(&q("two weeks")));
        assert!(q("ten days").compatible(&q("a week and a half")));
        assert!(q("six weeks").compatible(&q("a month and a half")));
        assert!(!q("six men").compatible(&q("like twelve men")));
        assert!(q("5,000 dollars").compatible(&q("five thousand dollars")));
        assert!(q("four other men").compatible(&q("five of us")));
        assert!(!q("four men").compatible(&q("five of us")));
    }
}
