//! Preparing a statement for checking: its facts, its lexicon of names and the
//! order of its sentences in time.

use super::*;

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
        let imagined = (0..facts.sentences.len())
            .map(|s| {
                let quoted = statement
                    .slice(facts.sentences[s].clone())
                    .contains(['"', '“', '”']);
                !quoted && imagined(facts.sentence_tokens_of(s))
            })
            .collect();
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
        // (A sentence opening with a time from the one before, "A week after
        // my release, …", "Two days later, …": that much later.)
        for s in 1..day_of.len() {
            if day_of[s].is_none() && paragraph_of.get(s - 1) == paragraph_of.get(s) {
                let tokens = facts.sentence_tokens_of(s);
                let later = (0..tokens.len().min(2))
                    .find_map(|i| crate::facts::dates::offset_at(tokens, i))
                    .map_or(0, |(_, days, _)| days);
                day_of[s] = day_of[s - 1].map(|(first, last)| (first + later, last + later));
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
            imagined,
        }
    }

    pub fn statement(&self) -> &Statement {
        &self.statement
    }
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
pub(super) fn chronology(facts: &TextFacts) -> Vec<Option<i64>> {
    let mut out = Vec::with_capacity(facts.sentences.len());
    let mut last: Option<i64> = None;
    for s in 0..facts.sentences.len() {
        let own = facts.facts_in(s).find_map(|f| match &f.value {
            FactValue::Date(d) if d.months.is_some() => d.sort_key(),
            _ => None,
        });
        // A year alone ("In 2018 I also joined…") places a sentence only
        // against another year: within the year of the date before, it goes
        // on at that date.
        let own = own.or_else(|| {
            let (first, last_day) = facts.facts_in(s).find_map(|f| match &f.value {
                FactValue::Date(d) if d.months.is_none() && !d.approximate => d.loose_span(),
                _ => None,
            })?;
            (!last.is_some_and(|l| (first..=last_day).contains(&l))).then_some(first)
        });
        out.push(own.or(last));
        if own.is_some() {
            last = own;
        }
    }
    out
}

/// Whether a sentence tells what the client fears will happen, not what did:
/// "Or I will be attacked like my brother", "If I am sent back they will kill
/// me". Not a threat told as said ("He said they will kill me"); the caller
/// leaves out quoted words.
fn imagined(tokens: &[Token]) -> bool {
    let future = tokens
        .iter()
        .any(|t| t.is_any(&["will", "won't"]) || t.lower.ends_with("'ll"));
    let returned = tokens.iter().any(|t| t.is("if"))
        && tokens
            .iter()
            .any(|t| t.is_any(&["returned", "return", "deported", "sent", "removed"]));
    let told = tokens.iter().any(|t| t.is_any(SPOKEN));
    (future || returned) && !told
}

/// Verbs of saying: a future inside them is what someone said.
const SPOKEN: &[&str] = &[
    "said",
    "told",
    "shouted",
    "warned",
    "threatened",
    "wrote",
    "called",
    "says",
    "tells",
    "promised",
    "swore",
];
