//! Ordinary English words, to tell a lowercase name ("tehran", "rahmatullah")
//! from an everyday word in speech transcripts. The list holds common words
//! with their inflections and no personal or place names.

const COMMON_WORDS: &str = include_str!("common_words.txt");

/// Whether `word` (lowercase) is an ordinary English word.
pub fn is_common(word: &str) -> bool {
    let word = word.trim_end_matches("'s");
    // The file is sorted in byte order, one word a line: binary search over lines.
    let lines = common_lines();
    if lines.binary_search(&word).is_ok() {
        return true;
    }
    // "café" is "cafe".
    let plain = super::tokens::fold_letters(word);
    plain != word && lines.binary_search(&plain.as_str()).is_ok()
}

fn common_lines() -> &'static [&'static str] {
    use std::sync::OnceLock;
    static LINES: OnceLock<Vec<&'static str>> = OnceLock::new();
    LINES.get_or_init(|| {
        let mut lines: Vec<&str> = COMMON_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        lines.sort_unstable();
        lines.dedup();
        lines
    })
}

/// A word that could be a name: not an ordinary word, not a number, long enough.
pub fn could_be_name(word: &str) -> bool {
    word.chars().count() >= 3
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !is_common(word)
        && !ENGLISH_ENDINGS
            .iter()
            .any(|e| word.len() > e.len() + 3 && word.ends_with(e))
}

/// Endings of English nouns and adjectives the word list may lack
/// ("rehabilitation", "harassment").
const ENGLISH_ENDINGS: &[&str] = &[
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ist", "ous", "ive", "ful",
    "less", "able", "ible", "ship", "hood", "ing", "ies", "ated",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_names_from_words() {
        for w in [
            "the",
            "arrested",
            "prison",
            "march",
            "didn't",
            "brother",
            "mother-in-law",
            "registry",
            "barracks",
            "kiosk",
            "café",
            "machete",
            "truncheon",
        ] {
            assert!(is_common(w), "{w}");
        }
        for w in ["tehran", "kevin", "rahmatullah", "kumba", "evin"] {
            assert!(could_be_name(w), "{w}");
        }
    }
}
