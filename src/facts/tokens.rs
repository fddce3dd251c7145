//! Splits text into word, number and punctuation tokens with their byte spans,
//! and gives each word a lowercase, lightly stemmed form for matching.

use std::ops::Range;
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// Digits, possibly with thousands separators or a decimal point, or an
    /// ordinal such as `14th`.
    Number,
    /// A mark that ends a clause: `. , ; : ! ? —` and the like.
    Break,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// The original characters.
    pub raw: String,
    /// Lowercase form (for numbers: digits only, separators removed).
    pub lower: String,
    /// Whether the word starts with a capital letter.
    pub capitalized: bool,
    /// Whether a sentence ends right before this token.
    pub sentence_start: bool,
}

impl Token {
    pub fn is(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.lower == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        self.kind == TokenKind::Word && words.contains(&self.lower.as_str())
    }
}

/// Splits `text` into tokens. Never fails.
/// Spoken fillers: they carry nothing and break patterns ("he was um forty").
pub const FILLERS: &[&str] = &["um", "umm", "uh", "uhm", "erm", "er", "hmm", "mm", "ah"];

/// Drops spoken fillers, and the second comma a transcript puts around one:
/// "near, um, Apopa" is "near, Apopa"; "he was, uh, twenty nine" is "he was,
/// twenty nine".
pub fn drop_fillers(tokens: &mut Vec<Token>) {
    let mut kept: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].is_any(FILLERS) {
            i += 1;
            if kept.last().is_some_and(|t| t.lower == ",")
                && tokens.get(i).is_some_and(|t| t.lower == ",")
            {
                i += 1;
            }
            continue;
        }
        // A stutter: "the twentieth of— of october" is "of october".
        let stutter = matches!(tokens[i].lower.as_str(), "—" | "–")
            && kept.last().is_some_and(|w| {
                w.kind == TokenKind::Word && tokens.get(i + 1).is_some_and(|n| n.lower == w.lower)
            });
        if stutter {
            kept.pop();
            i += 1;
            continue;
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    *tokens = kept;
}

/// Number words that begin "two-year", "ten-day".
const COUNT_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
];

/// Titles written with a dot before a name ("Mr. Wani", "Dr. Osei"): the
/// dot ends no sentence.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "rev", "lt", "col", "gen", "capt", "sgt", "st",
];

/// The length of a dotted abbreviation ("F.I.R.", "u.s.") at the start of
/// `text`: two or more single letters each followed by a stop; 0 if none.
fn dotted_letters(text: &str) -> usize {
    let mut len = 0;
    let mut letters = 0;
    let mut chars = text.char_indices();
    while let (Some((_, l)), Some((i, '.'))) = (chars.next(), chars.next()) {
        if !l.is_alphabetic() {
            break;
        }
        letters += 1;
        len = i + 1;
    }
    // (Not a letter that begins a word: "I.The"; nor the times "a.m." and
    // "p.m.", read as they always were.)
    let next_is_letter = text[len..].chars().next().is_some_and(char::is_alphabetic);
    let time = matches!(text[..len].to_lowercase().as_str(), "a.m." | "p.m.");
    if letters < 2 || next_is_letter || time {
        return 0;
    }
    // Before a capital, the last stop ends the sentence too: "to the U.S.
    // My brother…".
    let capital_next = text[len..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if capital_next { len - 1 } else { len }
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut sentence_start = true;
    while let Some((start, c)) = chars.next() {
        // "F.I.R.", "u.s.", "n.g.o.": letters and stops, one word, no end of
        // a sentence.
        let dotted = if c.is_alphabetic() {
            dotted_letters(&text[start..])
        } else {
            0
        };
        if dotted > 0 {
            let end = start + dotted;
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            let raw = &text[start..end];
            tokens.push(Token {
                kind: TokenKind::Word,
                lower: raw.to_lowercase(),
                raw: raw.to_string(),
                capitalized: c.is_uppercase(),
                sentence_start,
                span: start..end,
            });
            sentence_start = false;
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, n)) = chars.peek() {
                let joins = (n == '\'' || n == '’' || n == '-')
                    && text[i + n.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if n.is_alphanumeric() || joins {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let raw = &text[start..end];
            let lower = raw.to_lowercase().replace('’', "'");
            // "a two-year sentence", "a three-day walk": a number and its unit.
            let counted = lower.split_once('-').filter(|(number, unit)| {
                COUNT_WORDS.contains(number)
                    && ["year", "month", "week", "day", "hour", "minute", "night"]
                        .iter()
                        .any(|u| unit == u || unit.starts_with(&format!("{u}-")))
            });
            let parts: Vec<std::ops::Range<usize>> = match counted {
                Some((number, _)) => {
                    let cut = start + number.len();
                    [start..cut, cut + 1..end].into()
                }
                None => std::iter::once(start..end).collect(),
            };
            for span in parts {
                let raw = &text[span.clone()];
                tokens.push(Token {
                    kind: TokenKind::Word,
                    lower: raw.to_lowercase().replace('’', "'"),
                    raw: raw.to_string(),
                    capitalized: raw.chars().next().is_some_and(char::is_uppercase),
                    sentence_start,
                    span,
                });
                sentence_start = false;
            }
        } else if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, n)) = chars.peek() {
                let separator = (n == ',' || n == '.')
                    && text[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(|d| d.is_ascii_digit());
                if n.is_ascii_digit() || separator {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            // Ordinal suffixes: 14th, 1st, 22nd, 3rd.
            let rest = &text[end..];
            for suffix in ["st", "nd", "rd", "th"] {
                if rest
                    .get(..2)
                    .is_some_and(|r| r.eq_ignore_ascii_case(suffix))
                    && !rest[2..].chars().next().is_some_and(char::is_alphanumeric)
                {
                    end += 2;
                    chars.next();
                    chars.next();
                    break;
                }
            }
            let raw = &text[start..end];
            tokens.push(Token {
                kind: TokenKind::Number,
                span: start..end,
                raw: raw.to_string(),
                lower: raw.to_lowercase(),
                capitalized: false,
                sentence_start,
            });
            sentence_start = false;
        } else if c == '.'
            && tokens.last().is_some_and(|t| {
                t.kind == TokenKind::Word && t.span.end == start && t.is_any(TITLES)
            })
        {
            // "Mr. Wani": the dot of a title ends nothing.
        } else if matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '—' | '–' | '(' | ')' | '"' | '“' | '”'
        ) || (c == '-' && chars.peek().is_some_and(|&(_, n)| n == '-' || n == ' '))
        {
            let ends_sentence = matches!(c, '.' | '!' | '?');
            tokens.push(Token {
                kind: TokenKind::Break,
                span: start..start + c.len_utf8(),
                raw: c.to_string(),
                lower: c.to_string(),
                capitalized: false,
                sentence_start: false,
            });
            if ends_sentence {
                sentence_start = true;
            }
        } else if let Some(name) = match c {
            '$' => Some("dollars"),
            '£' => Some("pounds"),
            '€' => Some("euros"),
            _ => None,
        } {
            // Currency symbols read as their word, so "$10,000" is an amount.
            tokens.push(Token {
                kind: TokenKind::Word,
                span: start..start + c.len_utf8(),
                raw: c.to_string(),
                lower: format!("{name}-sign"),
                capitalized: false,
                sentence_start,
            });
        } else if c == '\n' {
            // A line break after a paragraph number or heading starts a sentence.
            if text[start..].starts_with("\n\n") {
                sentence_start = true;
            }
        }
    }
    tokens
}

/// Words that carry no content for matching.
/// Pronouns that open a clause as its subject.
pub const SUBJECT_PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "they"];
/// Pronouns for the one an act is done to: "took me", "locked them up".
pub const OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "us", "them"];
/// Possessive words before a noun: "my father", "their house".
pub const POSSESSIVES: &[&str] = &["my", "his", "her", "our", "their"];

/// Words that open a subordinate clause: "when I would not give names, …".
pub const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "while", "after", "before", "because", "since", "until", "as",
];

pub const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "into", "onto", "as", "is", "was", "were", "be", "been", "being", "am", "are", "i",
    "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it",
    "its", "they", "them", "their", "this", "that", "these", "those", "there", "here", "what",
    "which", "who", "whom", "when", "where", "why", "how", "do", "did", "does", "done", "have",
    "has", "had", "so", "then", "than", "too", "very", "can", "could", "would", "should", "will",
    "shall", "may", "might", "must", "just", "also", "about", "up", "down", "out", "over", "again",
    "all", "any", "some", "no", "not", "yes", "um", "uh", "erm", "hmm", "like", "know", "mean",
    "okay", "ok", "well", "yeah", "sorry", "tell", "please", "said", "say", "says", "told", "one",
    "after", "before", "because", "while", "during", "that's", "it's", "i'm", "i've", "i'd",
    "don't", "didn't", "wasn't", "let", "go", "went", "come", "came", "get", "got", "take", "took",
    "make", "made", "happened", "happen", "time", "day", "first", "next", "later", "exactly",
    "think", "remember", "explain", "describe", "happens",
];

/// Whether `t` ends a sentence: a full stop, a question or an exclamation mark.
pub fn ends_sentence(t: &Token) -> bool {
    t.kind == TokenKind::Break && matches!(t.lower.as_str(), "." | "!" | "?")
}

/// How many words of `tokens` say something (no stopwords, no breaks).
pub fn content_words(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
        .count()
}

pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// A word without its accents and marks, as a transcript may write it:
/// "Şeyhmus" is "seyhmus", "Kızıltepe" is "kiziltepe".
pub fn fold_letters(name: &str) -> String {
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'ı' => 'i',
            'ø' => 'o',
            'ł' => 'l',
            'đ' => 'd',
            c => c,
        })
        .collect()
}

/// A light English stemmer: enough to match "arrested" with "arrest" and
/// "beatings" with "beating", without a dictionary.
pub fn stem(word: &str) -> String {
    // "Panzós" is written "panzos" in a transcript.
    let folded = (!word.is_ascii()).then(|| fold_letters(word));
    let word = folded.as_deref().unwrap_or(word);
    let w = word.trim_end_matches("'s").trim_end_matches('\'');
    let irregular = [
        // British and American spellings.
        ("programme", "program"),
        ("programmes", "program"),
        ("programs", "program"),
        ("beaten", "beat"),
        ("hit", "hit"),
        ("took", "take"),
        ("taken", "take"),
        ("fled", "flee"),
        ("left", "leave"),
        ("held", "hold"),
        // "Who led them?" is answered by "Their leader was…".
        ("led", "lead"),
        ("leader", "lead"),
        ("leaders", "lead"),
        ("kept", "keep"),
        ("paid", "pay"),
        ("shot", "shoot"),
        ("shots", "shoot"),
        ("burnt", "burn"),
        ("killed", "kill"),
        ("men", "man"),
        ("women", "woman"),
        ("children", "child"),
        ("police", "police"),
        ("brought", "bring"),
        ("caught", "catch"),
        ("threw", "throw"),
        ("thrown", "throw"),
        ("broke", "break"),
        ("broken", "break"),
        ("stole", "steal"),
        ("stolen", "steal"),
        ("gave", "give"),
        ("given", "give"),
        ("went", "go"),
        ("gone", "go"),
        ("told", "tell"),
        ("made", "make"),
        ("came", "come"),
        ("saw", "see"),
        ("seen", "see"),
        ("got", "get"),
        ("gotten", "get"),
        ("said", "say"),
        ("knew", "know"),
        ("known", "know"),
        ("sent", "send"),
        ("sold", "sell"),
        ("bought", "buy"),
        ("found", "find"),
        ("wrote", "write"),
        ("written", "write"),
        ("spoke", "speak"),
        ("spoken", "speak"),
        ("did", "do"),
        ("done", "do"),
        ("ran", "run"),
        ("fought", "fight"),
        ("taught", "teach"),
        ("met", "meet"),
        ("heard", "hear"),
        ("hid", "hide"),
        ("hidden", "hide"),
        ("drove", "drive"),
        ("driven", "drive"),
        ("flew", "fly"),
        ("flown", "fly"),
        ("swore", "swear"),
        ("sworn", "swear"),
        ("forgot", "forget"),
        ("forgotten", "forget"),
        ("died", "die"),
        ("dying", "die"),
        ("tied", "tie"),
        ("lied", "lie"),
        ("teeth", "tooth"),
        ("feet", "foot"),
        // An institution named in the country's language: "Clinique La
        // Providence", "Clínica Santa Ana", "Hôpital de Zone".
        ("clinique", "clinic"),
        ("clinica", "clinic"),
        ("hopital", "hospital"),
    ];
    if let Some((_, s)) = irregular.iter().find(|(w2, _)| *w2 == w) {
        return (*s).to_string();
    }
    let len = w.chars().count();
    if len <= 3 {
        return w.to_string();
    }
    for (suffix, keep) in [
        ("ations", "ate"),
        ("ation", "ate"),
        ("ings", ""),
        ("ing", ""),
        ("ied", "y"),
        ("ies", "y"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 3
            && !(suffix == "s" && (base.ends_with('s') || base.ends_with('u')))
            // "apply", "family", "early" are no adverbs.
            && !(suffix == "ly"
                && (base.chars().count() < 4 || base.ends_with('i') || base.ends_with('p')))
        {
            let mut base = format!("{base}{keep}");
            // "stopped" -> "stopp" -> "stop"
            let bytes = base.as_bytes();
            if keep.is_empty()
                && bytes.len() >= 2
                && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
                && !matches!(bytes[bytes.len() - 1], b'l' | b's' | b'z')
            {
                base.pop();
            }
            return base;
        }
    }
    w.to_string()
}

/// Content words of `text`, stemmed, for matching passages.
pub fn content_stems(text: &str) -> Vec<String> {
    tokenize(text)
        .iter()
        .filter(|t| t.kind != TokenKind::Break && !is_stopword(&t.lower))
        .map(|t| stem(&t.lower))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_abbreviations_are_one_word() {
        let words = |t: &str| -> Vec<String> { tokenize(t).into_iter().map(|t| t.lower).collect() };
        assert_eq!(
            words("to file an F.I.R. but he refused"),
            ["to", "file", "an", "f.i.r.", "but", "he", "refused"]
        );
        // Before a capital the stop ends the sentence; times read as before.
        assert_eq!(words("to the U.S. My"), ["to", "the", "u.s", ".", "my"]);
        assert_eq!(
            words("at 2 a.m. They"),
            ["at", "2", "a", ".", "m", ".", "they"]
        );
    }

    #[test]
    fn a_title_dot_ends_no_sentence() {
        let words = |t: &str| -> Vec<String> { tokenize(t).into_iter().map(|t| t.lower).collect() };
        assert_eq!(
            words("On 10 May Mr. Tombe told me"),
            ["on", "10", "may", "mr", "tombe", "told", "me"]
        );
        assert!(
            tokenize("Dr. Achan")
                .iter()
                .all(|t| !t.sentence_start || t.is("dr"))
        );
    }

    #[test]
    fn a_stutter_is_one_word() {
        let mut tokens = tokenize("the twentieth of— of october");
        drop_fillers(&mut tokens);
        let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["the", "twentieth", "of", "october"]);
        // A correction is not a stutter.
        let mut tokens = tokenize("in may— in june");
        drop_fillers(&mut tokens);
        assert_eq!(tokens.len(), 5);
    }

    #[test]
    fn words_numbers_and_breaks() {
        let tokens = tokenize("On 14th March, we paid 5,000 lempiras — Kevin's son.");
        let lower: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            lower,
            [
                "on", "14th", "march", ",", "we", "paid", "5,000", "lempiras", "—", "kevin's",
                "son", "."
            ]
        );
        assert!(tokens[0].sentence_start);
        assert!(tokens[2].capitalized);
        assert_eq!(&"On 14th March"[tokens[1].span.clone()], "14th");
        // "two-year" is a number and its unit; "twenty-two" and "mother-in-law" stay one.
        let text = "a two-year sentence, twenty-two men, my mother-in-law";
        let lower: Vec<String> = tokenize(text).into_iter().map(|t| t.lower).collect();
        assert_eq!(
            lower,
            [
                "a",
                "two",
                "year",
                "sentence",
                ",",
                "twenty-two",
                "men",
                ",",
                "my",
                "mother-in-law"
            ]
        );
    }

    #[test]
    fn stems_match_inflections() {
        assert_eq!(stem("clinique"), stem("clinic"));
        assert_eq!(stem("hôpital"), stem("hospitals"));
        assert_eq!(stem("teeth"), stem("tooth"));
        assert_eq!(stem("arrested"), "arrest");
        assert_eq!(stem("arrests"), "arrest");
        assert_eq!(stem("beaten"), "beat");
        assert_eq!(stem("beatings"), "beat");
        assert_eq!(stem("died"), stem("die"));
        assert_eq!(stem("dying"), stem("dies"));
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("parties"), "party");
        assert_eq!(stem("bus"), "bus");
    }

    #[test]
    fn any_text_tokenizes() {
        for text in [
            "",
            "—",
            "'",
            "12.",
            "a-",
            "日本語 テキスト",
            "x\u{0}y",
            "1st-2nd",
        ] {
            let _ = tokenize(text);
        }
    }
}
