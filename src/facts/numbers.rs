//! Numbers written in digits or words: "5,000", "five thousand", "eight hundred
//! thousand", "forty-two", "a couple", "fourteenth", "twenty nineteen" (a year).

use super::tokens::{Token, TokenKind};

/// A number found at a run of tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberAt {
    pub value: f64,
    /// First token index and one past the last.
    pub start: usize,
    pub end: usize,
    pub ordinal: bool,
    /// Vague by nature: "a couple", "a few", "several", "dozens".
    pub vague: bool,
}

fn unit_word(word: &str) -> Option<(f64, bool)> {
    let (value, ordinal) = match word {
        "zero" => (0.0, false),
        "one" => (1.0, false),
        "first" => (1.0, true),
        "two" => (2.0, false),
        "second" => (2.0, true),
        "three" => (3.0, false),
        "third" => (3.0, true),
        "four" => (4.0, false),
        "fourth" => (4.0, true),
        "five" => (5.0, false),
        "fifth" => (5.0, true),
        "six" => (6.0, false),
        "sixth" => (6.0, true),
        "seven" => (7.0, false),
        "seventh" => (7.0, true),
        "eight" => (8.0, false),
        "eighth" => (8.0, true),
        "nine" => (9.0, false),
        "ninth" => (9.0, true),
        "ten" => (10.0, false),
        "tenth" => (10.0, true),
        "eleven" => (11.0, false),
        "eleventh" => (11.0, true),
        "twelve" => (12.0, false),
        "twelfth" => (12.0, true),
        "thirteen" => (13.0, false),
        "thirteenth" => (13.0, true),
        "fourteen" => (14.0, false),
        "fourteenth" => (14.0, true),
        "fifteen" => (15.0, false),
        "fifteenth" => (15.0, true),
        "sixteen" => (16.0, false),
        "sixteenth" => (16.0, true),
        "seventeen" => (17.0, false),
        "seventeenth" => (17.0, true),
        "eighteen" => (18.0, false),
        "eighteenth" => (18.0, true),
        "nineteen" => (19.0, false),
        "nineteenth" => (19.0, true),
        _ => return None,
    };
    Some((value, ordinal))
}

fn tens_word(word: &str) -> Option<(f64, bool)> {
    let (value, ordinal) = match word {
        "twenty" => (20.0, false),
        "twentieth" => (20.0, true),
        "thirty" => (30.0, false),
        "thirtieth" => (30.0, true),
        "forty" | "fourty" => (40.0, false),
        "fortieth" => (40.0, true),
        "fifty" => (50.0, false),
        "fiftieth" => (50.0, true),
        "sixty" => (60.0, false),
        "seventy" => (70.0, false),
        "eighty" => (80.0, false),
        "ninety" => (90.0, false),
        _ => return None,
    };
    Some((value, ordinal))
}

fn scale_word(word: &str) -> Option<f64> {
    match word {
        "hundred" | "hundredth" => Some(100.0),
        "thousand" | "thousandth" => Some(1_000.0),
        "lakh" | "lakhs" => Some(100_000.0),
        "million" | "millions" => Some(1_000_000.0),
        "billion" => Some(1_000_000_000.0),
        _ => None,
    }
}

/// Value of a 1–99 number written as one word or hyphenated ("forty-two").
fn small_word(word: &str) -> Option<(f64, bool)> {
    if let Some(found) = unit_word(word).or_else(|| tens_word(word)) {
        return Some(found);
    }
    let (tens, unit) = word.split_once('-')?;
    let (t, _) = tens_word(tens)?;
    let (u, ordinal) = unit_word(unit)?;
    (u < 10.0).then_some((t + u, ordinal))
}

/// Parses a digit token: "5,000", "12.5", "14th".
pub fn digits_value(raw: &str) -> Option<(f64, bool)> {
    let lower = raw.to_ascii_lowercase();
    let (body, ordinal) = match lower
        .strip_suffix("st")
        .or_else(|| lower.strip_suffix("nd"))
        .or_else(|| lower.strip_suffix("rd"))
        .or_else(|| lower.strip_suffix("th"))
    {
        Some(body) => (body.to_string(), true),
        None => (lower.clone(), false),
    };
    // "5,000" and "5.000" (European) are thousands; "12.5" is a decimal.
    let groups: Vec<&str> = body.split([',', '.']).collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    let cleaned = if thousands {
        body.replace([',', '.'], "")
    } else {
        body.replace(',', "")
    };
    cleaned.parse::<f64>().ok().map(|v| (v, ordinal))
}

/// Finds the number that starts at token `i`, if any.
pub fn number_at(tokens: &[Token], i: usize) -> Option<NumberAt> {
    let token = tokens.get(i)?;
    if token.kind == TokenKind::Number {
        let (mut value, ordinal) = digits_value(&token.raw)?;
        let mut end = i + 1;
        // "3 million", "12 thousand"
        if let Some(scale) = tokens.get(end).and_then(|t| scale_word(&t.lower)) {
            value *= scale;
            end += 1;
        }
        return Some(NumberAt {
            value,
            start: i,
            end,
            ordinal,
            vague: false,
        });
    }
    if token.kind != TokenKind::Word {
        return None;
    }
    // Vague amounts.
    let next = tokens.get(i + 1).map(|t| t.lower.as_str());
    let vague = match (token.lower.as_str(), next) {
        ("a", Some("couple")) => Some((2.0, 2)),
        ("couple", _) => Some((2.0, 1)),
        ("a", Some("few")) => Some((3.0, 2)),
        ("few", _) => Some((3.0, 1)),
        ("several", _) => Some((4.0, 1)),
        ("a", Some("dozen")) => Some((12.0, 2)),
        ("dozen", _) => Some((12.0, 1)),
        ("dozens", _) => Some((36.0, 1)),
        ("hundreds", _) => Some((300.0, 1)),
        ("thousands", _) => Some((3000.0, 1)),
        _ => None,
    };
    if let Some((value, len)) = vague {
        let mut end = i + len;
        if tokens.get(end).is_some_and(|t| t.is("of")) {
            end += 1;
        }
        // "a couple of hundred" multiplies.
        let exact = matches!(token.lower.as_str(), "a") && next == Some("dozen");
        return Some(NumberAt {
            value,
            start: i,
            end,
            ordinal: false,
            vague: !exact,
        });
    }
    // "a hundred", "a thousand", "a million", "half a million"
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut ordinal = false;
    let mut any = false;
    if token.is("a") || token.is("an") {
        if tokens
            .get(i + 1)
            .and_then(|t| scale_word(&t.lower))
            .is_some()
        {
            current = 1.0;
            j = i + 1;
        } else {
            return None;
        }
    }
    while let Some(t) = tokens.get(j) {
        if t.kind != TokenKind::Word {
            break;
        }
        let w = t.lower.as_str();
        if let Some((v, ord)) = small_word(w) {
            // "twenty nineteen" style years are handled by dates; here "nineteen
            // twenty" would be two numbers, so stop when a small follows a small
            // that cannot combine.
            if any && current > 0.0 && (current % 100.0 != 0.0 || current >= 1000.0) {
                let combinable = current % 10.0 == 0.0 && current < 100.0 && v < 10.0;
                if !combinable {
                    break;
                }
            }
            current += v;
            ordinal = ord;
            any = true;
        } else if let Some(scale) = scale_word(w) {
            if current == 0.0 {
                current = 1.0;
            }
            if scale >= 1000.0 {
                total += current * scale;
                current = 0.0;
            } else {
                current *= scale;
            }
            ordinal = w.ends_with("th");
            any = true;
        } else if w == "and"
            && any
            && current > 0.0
            && tokens.get(j + 1).is_some_and(|n| n.is("a"))
            && tokens.get(j + 2).is_some_and(|n| n.is("half"))
            && tokens
                .get(j + 3)
                .and_then(|n| scale_word(&n.lower))
                .is_some()
        {
            // "one and a half million"
            current += 0.5;
            j += 2;
        } else if w == "and"
            && any
            && tokens
                .get(j + 1)
                .is_some_and(|n| small_word(&n.lower).is_some())
        {
            // "two thousand and nineteen", "five hundred and fifty"
        } else {
            break;
        }
        j += 1;
    }
    if !any {
        return None;
    }
    Some(NumberAt {
        value: total + current,
        start: i,
        end: j,
        ordinal,
        vague: false,
    })
}

/// All numbers in the tokens, left to right, not overlapping.
pub fn numbers(tokens: &[Token]) -> Vec<NumberAt> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match number_at(tokens, i) {
            Some(n) if n.end > i => {
                i = n.end;
                found.push(n);
            }
            _ => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn values(text: &str) -> Vec<f64> {
        numbers(&tokenize(text)).iter().map(|n| n.value).collect()
    }

    #[test]
    fn words_and_digits() {
        assert_eq!(values("five thousand"), [5000.0]);
        assert_eq!(values("5,000"), [5000.0]);
        assert_eq!(values("eight hundred thousand shillings"), [800_000.0]);
        assert_eq!(values("800,000 shillings"), [800_000.0]);
        assert_eq!(values("two thousand and nineteen"), [2019.0]);
        assert_eq!(values("forty-two men"), [42.0]);
        assert_eq!(values("forty two men"), [42.0]);
        assert_eq!(values("a thousand quetzales"), [1000.0]);
        assert_eq!(values("five hundred and fifty"), [550.0]);
        assert_eq!(values("eight lakh kyat"), [800_000.0]);
        assert_eq!(values("3 million"), [3_000_000.0]);
        assert_eq!(values("12.5 percent"), [12.5]);
        assert_eq!(values("the fourteenth"), [14.0]);
        assert_eq!(values("twenty-first"), [21.0]);
        assert_eq!(values("a couple of days"), [2.0]);
        assert_eq!(values("one and a half million pounds"), [1_500_000.0]);
        assert_eq!(values("two and a half thousand"), [2_500.0]);
    }

    #[test]
    fn separate_numbers_stay_separate() {
        assert_eq!(values("nineteen twenty"), [19.0, 20.0]);
        assert_eq!(values("one two three"), [1.0, 2.0, 3.0]);
        assert_eq!(values("5 and 6"), [5.0, 6.0]);
    }
}
