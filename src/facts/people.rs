//! People: kinship and social roles ("my son Kevin", "our landlord", "a
//! neighbour's child", "Pastor Daniel") and names.

use super::tokens::{Token, TokenKind, fold_letters};

/// A role word and the canonical role it names.
const ROLES: &[(&str, &str)] = &[
    ("son", "son"),
    ("sons", "son"),
    ("daughter", "daughter"),
    ("daughters", "daughter"),
    ("child", "child"),
    ("children", "child"),
    ("kid", "child"),
    ("kids", "child"),
    ("baby", "child"),
    ("brother", "brother"),
    ("brothers", "brother"),
    ("sister", "sister"),
    ("sisters", "sister"),
    ("father", "father"),
    ("dad", "father"),
    ("daddy", "father"),
    ("papa", "father"),
    ("mother", "mother"),
    ("mom", "mother"),
    ("mum", "mother"),
    ("mama", "mother"),
    ("mummy", "mother"),
    ("parents", "parents"),
    ("husband", "husband"),
    ("wife", "wife"),
    ("partner", "partner"),
    ("boyfriend", "partner"),
    ("girlfriend", "partner"),
    ("fiance", "partner"),
    ("fiancé", "partner"),
    ("fiancée", "partner"),
    ("uncle", "uncle"),
    ("aunt", "aunt"),
    ("auntie", "aunt"),
    ("aunty", "aunt"),
    ("cousin", "cousin"),
    ("cousins", "cousin"),
    ("nephew", "nephew"),
    ("niece", "niece"),
    ("grandfather", "grandfather"),
    ("grandpa", "grandfather"),
    ("grandmother", "grandmother"),
    ("grandma", "grandmother"),
    ("granny", "grandmother"),
    ("grandson", "grandchild"),
    ("granddaughter", "grandchild"),
    ("stepfather", "stepfather"),
    ("stepmother", "stepmother"),
    ("father-in-law", "father-in-law"),
    ("mother-in-law", "mother-in-law"),
    ("brother-in-law", "brother-in-law"),
    ("sister-in-law", "sister-in-law"),
    ("neighbour", "neighbour"),
    ("neighbor", "neighbour"),
    ("neighbours", "neighbour"),
    ("neighbors", "neighbour"),
    ("landlord", "landlord"),
    ("landlady", "landlord"),
    ("friend", "friend"),
    ("friends", "friend"),
    ("colleague", "colleague"),
    ("colleagues", "colleague"),
    ("coworker", "colleague"),
    ("co-worker", "colleague"),
    ("boss", "employer"),
    ("employer", "employer"),
    ("manager", "employer"),
    ("foreman", "employer"),
    ("supervisor", "employer"),
    ("pastor", "pastor"),
    ("priest", "priest"),
    ("imam", "imam"),
    ("sheikh", "imam"),
    ("mullah", "imam"),
    ("teacher", "teacher"),
    ("headmaster", "teacher"),
    ("principal", "teacher"),
    ("director", "director"),
    ("lawyer", "lawyer"),
    ("attorney", "lawyer"),
    ("doctor", "doctor"),
    ("nurse", "nurse"),
    ("smuggler", "smuggler"),
    ("coyote", "smuggler"),
    ("agent", "agent"),
    ("agents", "agent"),
    ("middleman", "agent"),
    ("broker", "agent"),
    ("driver", "driver"),
    ("chief", "chief"),
    ("elder", "elder"),
    ("elders", "elder"),
    ("mayor", "mayor"),
    ("commander", "commander"),
    ("guard", "guard"),
    ("guards", "guard"),
    ("student", "student"),
    ("students", "student"),
    ("classmate", "classmate"),
    ("employee", "employee"),
    ("worker", "worker"),
    ("customer", "customer"),
    ("stranger", "stranger"),
    ("strangers", "stranger"),
    ("relative", "relative"),
    ("relatives", "relative"),
    ("family", "family"),
    ("boys", "boy"),
    ("sonny", "son"),
    ("girl", "girl"),
    ("girls", "girl"),
    ("boy", "boy"),
    // Officials: a police officer may be called an inspector in one telling and
    // an officer in the next, so they share one role.
    ("officer", "officer"),
    ("officers", "officer"),
    ("policeman", "officer"),
    ("policemen", "officer"),
    ("policewoman", "officer"),
    ("inspector", "officer"),
    ("commissioner", "officer"),
    ("superintendent", "officer"),
    ("corporal", "officer"),
    ("detective", "officer"),
    ("sergeant", "officer"),
    ("lieutenant", "officer"),
    ("captain", "officer"),
    ("interrogator", "officer"),
    ("investigator", "officer"),
    ("chairman", "chairman"),
    ("chairwoman", "chairman"),
    ("chairperson", "chairman"),
    ("leader", "leader"),
    ("judge", "judge"),
    ("prosecutor", "prosecutor"),
    ("official", "official"),
    ("officials", "official"),
    ("clerk", "clerk"),
    ("journalist", "journalist"),
    ("reporter", "journalist"),
    ("cameraman", "cameraman"),
    ("photographer", "cameraman"),
    ("editor", "editor"),
    ("editor-in-chief", "editor"),
    ("deacon", "deacon"),
    ("bishop", "bishop"),
    ("monk", "monk"),
    ("nun", "nun"),
    ("midwife", "midwife"),
    ("informer", "informer"),
    ("informant", "informer"),
    ("cellmate", "cellmate"),
    ("inmate", "cellmate"),
    // Offices in a party, a union or a community board.
    ("president", "president"),
    ("vice-president", "vice-president"),
    ("deputy", "vice-president"),
    ("treasurer", "treasurer"),
    ("secretary", "secretary"),
    ("organiser", "organiser"),
    ("organizer", "organiser"),
    ("coordinator", "organiser"),
    ("preacher", "preacher"),
];

/// Whether a role names a man (`Some(true)`) or a woman (`Some(false)`):
/// what "he" or "she", "him" or "her" can stand for.
pub fn is_man(role: &str) -> Option<bool> {
    match role {
        "father" | "brother" | "son" | "husband" | "uncle" | "nephew" | "grandfather"
        | "stepfather" | "father-in-law" | "brother-in-law" | "boyfriend" => Some(true),
        "mother" | "sister" | "daughter" | "wife" | "aunt" | "niece" | "grandmother"
        | "stepmother" | "mother-in-law" | "sister-in-law" | "girlfriend" => Some(false),
        _ => None,
    }
}

/// Whether a role is one of the family: "brother", "wife", "cousin".
pub fn is_relative(role: &str) -> bool {
    is_man(role).is_some() || matches!(role, "child" | "cousin" | "partner" | "parents")
}

/// Roles that stand for a group of relatives and so fit any relative.
pub const GROUP_ROLES: &[&str] = &["family", "relative", "parents"];

/// The canonical role for a word, if it names a role.
pub fn role_of(word: &str) -> Option<&'static str> {
    ROLES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, r)| *r)
        .or_else(|| FOREIGN_RANKS.contains(&word).then_some("officer"))
}

/// Officers' ranks as they are said in Spanish, Portuguese and French
/// ("Capitán Esono", "Sargento Valdir", "Commandant Ibara"): officers, and
/// titles before a name.
const FOREIGN_RANKS: &[&str] = &[
    "capitán",
    "capitan",
    "capitão",
    "capitaine",
    "teniente",
    "tenente",
    "sargento",
    "sergent",
    "comandante",
    "commandant",
];

/// Whether `word` is a rank or office said before a name ([`RANKS`], or
/// one of the foreign ranks).
pub fn is_rank(word: &str) -> bool {
    RANKS.contains(&word) || FOREIGN_RANKS.contains(&word)
}

/// The role a word names, one or many: "nephew", "nephews", "guards".
pub fn role_of_any(word: &str) -> Option<&'static str> {
    role_of(word).or_else(|| word.strip_suffix('s').and_then(role_of))
}

/// Everyday words that follow a role but are not names, for lowercase transcripts.
const NOT_NAMES: &[&str] = &[
    "was", "were", "is", "and", "had", "has", "who", "said", "told", "came", "went", "got", "took",
    "paid", "saw", "called", "left", "stayed", "lived", "died", "did", "didn't", "would", "could",
    "also", "too", "then", "because", "but", "so", "that", "in", "at", "on", "with", "from", "to",
    "of", "for", "when", "after", "before", "still", "never", "always", "again", "only", "even",
    "just", "both", "all", "they", "he", "she", "we", "i", "it", "you", "me", "him", "her", "them",
    "us", "the", "a", "an", "kept", "helped", "found", "heard", "knew", "tried", "wanted", "gave",
    "sent", "brought", "drove", "hid", "lives", "works", "worked", "stays", "is", "are", "or",
    "by", "as", "since", "until", "into", "there", "here", "now", "later", "back", "home", "house",
    "jorge", "um", "uh", "like", "you know", "well", "while", "whose", "whom", "which", "where",
    "what", "being", "been", "be", "do", "does", "not", "no", "about", "over", "out", "up", "down",
    "off",
];

/// A mention of a person.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonAt {
    /// Canonical role ("son", "landlord"), if one was said.
    pub role: Option<&'static str>,
    /// The name, lowercased, if one was said.
    pub name: Option<String>,
    /// Whose they are: a role for "a neighbour's child" ("neighbour"), a
    /// name for "Darwin's brother" ("darwin").
    pub owner: Option<String>,
    pub start: usize,
    pub end: usize,
}

impl PersonAt {
    pub fn describe(&self) -> String {
        match (&self.owner, self.role, &self.name) {
            // "uncle Salih on the mother's side"
            (Some(owner), Some(role), name) if owner.ends_with("'s side") => match name {
                Some(name) => format!("{role} {} on the {owner}", capitalize(name)),
                None => format!("{role} on the {owner}"),
            },
            (Some(owner), Some(role), _) if role_of(owner).is_some() => {
                let article = if owner.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {owner}'s {role}")
            }
            (Some(owner), Some(role), _) => format!("{}'s {role}", capitalize(owner)),
            (_, Some(role), Some(name)) => format!("{role} {}", capitalize(name)),
            (_, Some(role), None) => role.to_string(),
            (_, None, Some(name)) => capitalize(name),
            _ => "someone".into(),
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn is_name_token(t: &Token, known_names: &[String]) -> bool {
    // "Jawid's" owns the next person; it is not this one's name.
    if t.kind != TokenKind::Word || t.lower.len() < 2 || t.lower.ends_with("'s") {
        return false;
    }
    if t.capitalized {
        return !NOT_NAMES.contains(&t.lower.as_str()) && role_of(&t.lower).is_none();
    }
    // Lowercase transcripts: accept a known name, or a word that is not everyday.
    known_names.iter().any(|n| n == &t.lower) || super::words::could_be_name(&t.lower)
}

/// Words before a relative that do not change who it is: "my elder brother".
const KIN_ADJECTIVES: &[&str] = &[
    "elder", "older", "younger", "eldest", "oldest", "youngest", "little", "big", "late",
];

/// The name after a role, past a comma ("my brother, Luis", "my colleague,
/// uh, Patrick" once the filler is dropped), with the token after it. A
/// surname belongs to the same person ("my cousin Bate Oben").
/// Ranks and offices said before a name: "Captain Hùng", "Pastor Daniel".
pub const RANKS: &[&str] = &[
    "captain",
    "lieutenant",
    "sergeant",
    "colonel",
    "major",
    "inspector",
    "commander",
    "commissioner",
    "superintendent",
    "corporal",
    "officer",
    // (Not officers here: "the commissaire" alone names no one.)
    "commissaire",
    "comisario",
    "pastor",
    "imam",
    "sheikh",
];

/// Titles said before a name that are not part of it.
pub const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "senora", "señora", "senor", "señor", "sr", "sra", "madame",
    "monsieur", "mme", "madam", "sir",
];

fn name_at(tokens: &[Token], mut k: usize, known_names: &[String]) -> Option<(String, usize)> {
    let start = k;
    if tokens.get(k).is_some_and(|n| n.lower == ",") {
        k += 1;
    }
    // "my aunt, Mrs Gladys Poma", "señora Gladys": the name after the title.
    if tokens.get(k).is_some_and(|n| n.is_any(HONORIFICS))
        && tokens
            .get(k + 1)
            .is_some_and(|n| is_name_token(n, known_names) || n.capitalized)
    {
        k += 1;
    }
    let n = tokens
        .get(k)
        .filter(|n| is_name_token(n, known_names) && !n.sentence_start)?;
    let mut end = k + 1;
    while tokens
        .get(end)
        .is_some_and(|s| s.capitalized && is_name_token(s, known_names))
    {
        end += 1;
    }
    // "my mother, Hawa, Ibrahim and me": a list of people, not the mother's name.
    let listed = k > start
        && tokens.get(end).is_some_and(|t| t.lower == ",")
        && tokens.get(end + 1).is_some_and(|t| {
            t.lower != n.lower && (is_name_token(t, known_names) || role_of(&t.lower).is_some())
        });
    if listed {
        return None;
    }
    Some((n.lower.clone(), end))
}

/// The relative `owner`'s `role` is to the speaker: "my mother's brother"
/// is an uncle, "my sister's son" a nephew, "my aunt's son" a cousin.
pub fn kin_of(owner: &str, role: &str) -> Option<&'static str> {
    match (owner, role) {
        ("mother" | "father" | "parent", "brother") => Some("uncle"),
        ("mother" | "father" | "parent", "sister") => Some("aunt"),
        ("brother" | "sister" | "sibling", "son") => Some("nephew"),
        ("brother" | "sister" | "sibling", "daughter") => Some("niece"),
        ("aunt" | "uncle", "son" | "daughter" | "child" | "boy" | "girl") => Some("cousin"),
        ("wife" | "husband" | "spouse", "mother") => Some("mother-in-law"),
        ("wife" | "husband" | "spouse", "father") => Some("father-in-law"),
        ("wife" | "husband" | "spouse", "brother") => Some("brother-in-law"),
        ("wife" | "husband" | "spouse", "sister") => Some("sister-in-law"),
        _ => None,
    }
}

/// "mothers sisters daughter" in a transcript that drops apostrophes: the
/// relative at `at` owns the relative after it. The relative's word, without
/// its "s".
fn possessive_kin(tokens: &[Token], at: usize) -> Option<&str> {
    let base = tokens.get(at)?.lower.strip_suffix('s')?;
    let kin = role_of(base).is_some_and(is_relative);
    let next = tokens.get(at + 1)?;
    let next_kin = role_of(&next.lower).is_some()
        || next
            .lower
            .strip_suffix('s')
            .or(next.lower.strip_suffix("'s"))
            .and_then(role_of)
            .is_some_and(is_relative);
    (kin && next_kin).then_some(base)
}

/// People mentioned in the tokens. `known_names` (lowercase) are names seen in
/// the statement, used to recognise them in lowercase transcripts.
pub fn people(tokens: &[Token], known_names: &[String], skip: &[(usize, usize)]) -> Vec<PersonAt> {
    let mut found: Vec<PersonAt> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if skip.iter().any(|&(s, e)| i >= s && i < e) {
            i += 1;
            continue;
        }
        // "a neighbour's child", "Darwin's brother"
        let (possessive_owner, role_word) = match t
            .lower
            .strip_suffix("'s")
            .or_else(|| possessive_kin(tokens, i))
        {
            Some(base) => match role_of(base) {
                Some(role) => (Some(role.to_string()), None),
                None if known_names.iter().any(|n| n == base)
                    || (t.capitalized && !t.sentence_start) =>
                {
                    (Some(base.to_string()), None)
                }
                None => (None, None),
            },
            None => (None, role_of(&t.lower)),
        };
        // "my elder brother", "her older sister": an adjective before a relative.
        let role_word = role_word.filter(|_| {
            !(t.is_any(KIN_ADJECTIVES)
                && tokens.get(i + 1).and_then(|n| role_of(&n.lower)).is_some())
        });
        if let Some(mut owner) = possessive_owner {
            // "my mother's younger brother"
            let mut at = if tokens.get(i + 1).is_some_and(|n| n.is_any(KIN_ADJECTIVES)) {
                i + 2
            } else {
                i + 1
            };
            // "my mother's sister's son": the owner's own relative owns him.
            if let Some(next) = tokens
                .get(at)
                .and_then(|n| {
                    n.lower
                        .strip_suffix("'s")
                        .or_else(|| possessive_kin(tokens, at))
                })
                .and_then(role_of)
                && tokens.get(at + 1).and_then(|n| role_of(&n.lower)).is_some()
            {
                owner = kin_of(&owner, next).unwrap_or(next).to_string();
                at += 1;
            }
            if let Some(role) = tokens.get(at).and_then(|n| role_of(&n.lower)) {
                // "my wife's cousin Jeyanthan"
                let (name, end) = match name_at(tokens, at + 1, known_names) {
                    Some((name, end)) => (Some(name), end),
                    None => (None, at + 1),
                };
                found.push(PersonAt {
                    role: Some(role),
                    name,
                    owner: Some(owner),
                    start: i,
                    end,
                });
                i = end;
                continue;
            }
            // "my uncle's house": the owner is someone too.
            if let Some(role) = role_of(&owner) {
                found.push(PersonAt {
                    role: Some(role),
                    name: None,
                    owner: None,
                    start: i,
                    end: i + 1,
                });
                i += 1;
                continue;
            }
        }
        // "my father was an army officer", "I worked as a driver": a role said
        // of someone already named is no one new.
        let described = (1..=3).any(|back| {
            i > back
                && tokens[i - back].is_any(&["a", "an"])
                && tokens[i - back - 1].is_any(&[
                    "was", "is", "am", "are", "were", "as", "became", "become", "be",
                ])
                && tokens[i - back + 1..i]
                    .iter()
                    .all(|t| t.kind == TokenKind::Word)
                // ("there was a lawyer" brings someone in.)
                && !(i > back + 1 && tokens[i - back - 2].is("there"))
        });
        let role_word = role_word.filter(|_| !described);
        // "our family house", "the family farm": whose it is, not a person.
        let role_word = role_word.filter(|r| {
            !(*r == "family"
                && tokens.get(i + 1).is_some_and(|n| {
                    n.is_any(&[
                        "house", "home", "farm", "land", "business", "shop", "car", "name",
                        "compound", "property", "plot", "village", "town",
                    ])
                }))
        });
        if let Some(role) = role_word {
            // Skip generic uses: "a friend of mine" is fine, "family" as adjective is rare.
            let mut end = i + 1;
            let mut name = None;
            // "my son Kevin", "my brother, Luis,"
            if let Some((n, e)) = name_at(tokens, i + 1, known_names) {
                name = Some(n);
                end = e;
            }
            // "the chairman of our mahalla committee, Akmal Yuldashev": the name
            // in apposition after what the role is of.
            if name.is_none() && tokens.get(i + 1).is_some_and(|n| n.is("of")) {
                let comma = (i + 2..(i + 7).min(tokens.len()))
                    .take_while(|&j| tokens[j].kind == TokenKind::Word || tokens[j].lower == ",")
                    .find(|&j| tokens[j].lower == ",");
                if let Some(j) = comma
                    && tokens.get(j + 1).is_some_and(|n| n.capitalized)
                    && let Some((n, e)) = name_at(tokens, j, known_names)
                {
                    name = Some(n);
                    end = e;
                }
            }
            // "whose editor-in-chief is Nigar Rzayeva", "the commander was
            // Major Aliyev".
            if name.is_none()
                && tokens.get(i + 1).is_some_and(|n| n.is_any(&["is", "was"]))
                && tokens.get(i + 2).is_some_and(|n| n.capitalized)
                && let Some((n, e)) = name_at(tokens, i + 2, known_names)
            {
                name = Some(n);
                end = e;
            }
            // "Pastor Daniel": a capitalized role is a title before a name; handled above.
            // "named Luis"
            if name.is_none()
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is("named") || n.is("called"))
                // ("an officer named Inspector Omar Kettani": past the rank.)
                && let at = i + 2 + usize::from(tokens.get(i + 2).is_some_and(|n| is_rank(&n.lower)) && tokens.get(i + 3).is_some_and(|n| n.capitalized))
                && let Some(n) = tokens.get(at)
                && n.kind == TokenKind::Word
                // "my commander called me a traitor": a verb, not a name.
                && !crate::facts::tokens::is_stopword(&n.lower)
                && !n.is_any(&["me", "us", "him", "her", "them", "you", "it"])
            {
                name = Some(n.lower.clone());
                end = at + 1;
            }
            found.push(PersonAt {
                role: Some(role),
                name,
                owner: None,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        // A name alone: "Brian", "Kevin". Sentence-initial capitals are skipped
        // unless the name is known from the statement; after an article it is an
        // adjective ("a Bangladeshi passport").
        let after_article = i > 0 && tokens[i - 1].is_any(&["a", "an", "the"]);
        if t.kind == TokenKind::Word
            && !after_article
            && ((t.capitalized && !t.sentence_start) || known_names.contains(&t.lower))
            && known_names.contains(&t.lower)
        {
            // "Luis, my brother": attach the following role.
            let mut role = None;
            let mut end = i + 1;
            // "brayan ayala": the surname is the same person.
            while tokens
                .get(end)
                .is_some_and(|n| n.kind == TokenKind::Word && known_names.contains(&n.lower))
            {
                end += 1;
            }
            if tokens.get(end).is_some_and(|n| n.lower == ",")
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| n.is_any(&["my", "our", "his", "her"]))
                && let Some(r) = tokens.get(end + 2).and_then(|n| role_of(&n.lower))
            {
                role = Some(r);
                end += 3;
            }
            found.push(PersonAt {
                role,
                name: Some(t.lower.clone()),
                owner: None,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        i += 1;
    }
    // "my neighbour and friend, Marisol": both roles are hers.
    for k in 1..found.len() {
        let (a, b) = (&found[k - 1], &found[k]);
        if a.name.is_none()
            && b.name.is_some()
            && a.role.is_some()
            && b.role.is_some()
            && a.end + 1 == b.start
            && tokens[a.end].is("and")
        {
            found[k - 1].name = found[k].name.clone();
        }
    }
    found
}

/// Whether two names are the same allowing for spelling slips ("Abdulah"/"Abdullah").
pub fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // "Nour's" (flat) is Nour.
    let own = |n: &str| fold_letters(n.trim_end_matches("'s").trim_end_matches("’s"));
    let (a, b) = (&own(a), &own(b));
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < 3 || lb < 3 {
        return false;
    }
    let d = levenshtein(a, b);
    let allowed = if la.max(lb) <= 6 { 1 } else { 2 };
    d <= allowed || sounds_alike(a, b)
}

/// Names that sound alike once spelling that a transcript varies is set
/// aside: doubled letters, "h", y/i, k/c/q, z/s, v/b. One more sound may
/// differ in a longer name ("Şeyhmus" written "shemus").
fn sounds_alike(a: &str, b: &str) -> bool {
    fn key(s: &str) -> String {
        let mut out = String::new();
        let mut last = ' ';
        for c in s.chars() {
            let c = match c {
                'y' => 'i',
                'k' | 'q' => 'c',
                'z' => 's',
                'v' => 'b',
                'h' => continue,
                c => c,
            };
            if c != last {
                out.push(c);
            }
            last = c;
        }
        out
    }
    let (ka, kb) = (key(a), key(b));
    let allowed = if ka.chars().count().min(kb.chars().count()) >= 5 {
        1
    } else {
        0
    };
    levenshtein(&ka, &kb) <= allowed
}

pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn described(text: &str, names: &[&str]) -> Vec<String> {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        people(&tokenize(text), &names, &[])
            .iter()
            .map(PersonAt::describe)
            .collect()
    }

    #[test]
    fn a_rank_after_named_is_no_name() {
        assert_eq!(
            described("An officer named Inspector Omar Kettani questioned me", &[]),
            ["officer Omar"]
        );
        assert_eq!(
            described("it was commissioner bennis", &["bennis"]),
            ["officer Bennis"]
        );
    }

    #[test]
    fn there_was_a_lawyer_brings_one_in() {
        assert_eq!(
            described("at the court there was a lawyer from the court", &[]),
            ["lawyer"]
        );
        assert!(described("my father was a teacher", &[]).contains(&"father".to_string()));
        assert!(!described("my father was a teacher", &[]).contains(&"teacher".to_string()));
    }

    #[test]
    fn kin_of_kin_without_apostrophes() {
        let found = people(
            &tokenize("i stayed with my fathers brothers son tomas"),
            &["tomas".to_string()],
            &[],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].owner.as_deref(), Some("uncle"));
        assert_eq!(found[0].role, Some("son"));
        // Two of them is no owner.
        assert_eq!(described("my two brothers came", &[]), ["brother"]);
    }

    #[test]
    fn roles_and_names() {
        assert_eq!(
            described("They hit my son Kevin, he was fourteen.", &["kevin"]),
            ["son Kevin"]
        );
        assert_eq!(described("They hit my daughter.", &[]), ["daughter"]);
        assert_eq!(
            described("A neighbour's child saw us", &[]),
            ["a neighbour's child"]
        );
        assert_eq!(described("me and my brother Luis", &[]), ["brother Luis"]);
        assert_eq!(described("my brother and me", &[]), ["brother"]);
        assert_eq!(
            described("our landlord saw Brian and me", &["brian"]),
            ["landlord", "Brian"]
        );
        assert_eq!(
            described("my son kevin was there", &["kevin"]),
            ["son Kevin"]
        );
        assert_eq!(described("my son was there", &[]), ["son"]);
        assert_eq!(
            described("my mother's sister's son was taken", &[]),
            ["an aunt's son"]
        );
        assert_eq!(kin_of("wife", "mother"), Some("mother-in-law"));
        assert_eq!(kin_of("husband", "brother"), Some("brother-in-law"));
        // "the role is Name" names the one in that role.
        assert_eq!(
            described("a small paper whose editor-in-chief is Samira Haddad", &[]),
            ["editor Samira"]
        );
    }

    #[test]
    fn names_with_slips() {
        assert!(same_name("abdullah", "abdulah"));
        assert!(same_name("justin", "jostin"));
        assert!(!same_name("kevin", "luis"));
        // Two letters apart in a short name is another name ("Bole", "Kolfe").
        assert!(!same_name("bole", "kolfe"));
        assert!(!same_name("mpimba", "mwumba"));
        assert!(same_name("alexandra", "aleksandra"));
        assert!(same_name("nour's", "nour"));
        assert!(!same_name("ana", "eva"));
        // Accents a transcript drops, and one sound more in a longer name.
        assert!(same_name("şeyhmus", "shemus"));
        assert!(same_name("gülşen", "gulsen"));
        assert!(same_name("kızılay", "kizilay"));
    }
}
