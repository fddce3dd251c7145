//! Places: countries and cities from a small gazetteer, any capitalised name
//! after "in / at / to / from / near / through / into", and everyday places
//! ("the market", "the police station", "prison"). The gazetteer helps but is
//! never needed to notice a place.

use super::tokens::{Token, TokenKind};

/// Countries (lowercase), including common short forms.
pub const COUNTRIES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "angola",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bangladesh",
    "belarus",
    "belgium",
    "belize",
    "benin",
    "bhutan",
    "bolivia",
    "bosnia",
    "botswana",
    "brazil",
    "bulgaria",
    "burkina",
    "burma",
    "burundi",
    "cambodia",
    "cameroon",
    "canada",
    "chad",
    "chile",
    "china",
    "colombia",
    "congo",
    "costa rica",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "denmark",
    "djibouti",
    "dominica",
    "ecuador",
    "egypt",
    "el salvador",
    "eritrea",
    "estonia",
    "ethiopia",
    "fiji",
    "finland",
    "france",
    "gabon",
    "gambia",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "guatemala",
    "guinea",
    "guyana",
    "haiti",
    "honduras",
    "hungary",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "jamaica",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "latvia",
    "lebanon",
    "liberia",
    "libya",
    "lithuania",
    "malawi",
    "malaysia",
    "mali",
    "malta",
    "mauritania",
    "mexico",
    "moldova",
    "mongolia",
    "montenegro",
    "morocco",
    "mozambique",
    "myanmar",
    "namibia",
    "nepal",
    "netherlands",
    "nicaragua",
    "niger",
    "nigeria",
    "north korea",
    "norway",
    "oman",
    "pakistan",
    "palestine",
    "panama",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "saudi arabia",
    "senegal",
    "serbia",
    "sierra leone",
    "somalia",
    "south africa",
    "south sudan",
    "spain",
    "sri lanka",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "tibet",
    "togo",
    "tunisia",
    "turkey",
    "türkiye",
    "turkmenistan",
    "uganda",
    "ukraine",
    "united kingdom",
    "uk",
    "britain",
    "england",
    "scotland",
    "wales",
    "united states",
    "usa",
    "america",
    "uruguay",
    "uzbekistan",
    "venezuela",
    "vietnam",
    "yemen",
    "zambia",
    "zimbabwe",
    "dubai",
    "emirates",
    "libya",
];

/// The canonical name of a country, folding common aliases together.
pub fn country_of(name: &str) -> Option<&'static str> {
    let canonical = match name {
        "burma" | "myanmar" => "myanmar",
        "uk" | "britain" | "great britain" | "united kingdom" | "england" => "united kingdom",
        "usa" | "united states" | "america" | "us" => "united states",
        "türkiye" | "turkey" => "turkey",
        "persia" | "iran" => "iran",
        "holland" | "netherlands" => "netherlands",
        "czechia" | "czech republic" => "czechia",
        _ => return COUNTRIES.iter().find(|c| **c == name).copied(),
    };
    Some(canonical)
}

/// Words inside place names that say what kind of place it is, not which.
const GENERIC_PLACE_WORDS: &[&str] = &[
    "colonia", "barrio", "san", "santa", "santo", "el", "la", "los", "las", "de", "del", "city",
    "town", "district", "province", "state", "region", "county", "township", "village", "street",
    "avenue", "road", "camp", "quarter", "area", "division", "port", "saint", "st", "new", "north",
    "south", "east", "west", "upper", "lower", "central", "greater", "the", "of", "border", "post",
    "airport", "station", "police", "prison", "centre", "center", "main", "market", "refugee",
    "office", "home", "high", "school",
];

/// Everyday places, by the word and a canonical kind.
const PLACE_NOUNS: &[(&str, &str)] = &[
    ("market", "market"),
    ("marketplace", "market"),
    ("church", "church"),
    ("mosque", "mosque"),
    ("temple", "temple"),
    ("school", "school"),
    ("university", "university"),
    ("hospital", "hospital"),
    ("clinic", "hospital"),
    ("prison", "prison"),
    ("jail", "prison"),
    ("gaol", "prison"),
    ("cell", "prison"),
    ("station", "station"),
    ("headquarters", "station"),
    ("border", "border"),
    ("airport", "airport"),
    ("home", "home"),
    ("house", "home"),
    ("apartment", "home"),
    ("flat", "home"),
    ("room", "home"),
    ("office", "office"),
    ("camp", "camp"),
    ("village", "village"),
    ("farm", "farm"),
    ("farmhouse", "farm"),
    ("field", "field"),
    ("fields", "field"),
    ("shop", "shop"),
    ("store", "shop"),
    ("kiosk", "shop"),
    ("stall", "shop"),
    ("restaurant", "restaurant"),
    ("bar", "bar"),
    ("river", "river"),
    ("checkpoint", "checkpoint"),
    ("street", "street"),
    ("road", "street"),
    ("square", "square"),
    ("park", "park"),
    ("bus", "bus"),
    ("port", "port"),
    ("barracks", "barracks"),
    ("base", "base"),
    ("compound", "compound"),
    ("workshop", "workshop"),
    ("factory", "factory"),
    ("courthouse", "court"),
    ("court", "court"),
    // Workplaces, which lowercase transcripts would otherwise take for names.
    ("bakery", "shop"),
    ("pharmacy", "shop"),
    ("garage", "workshop"),
    ("hotel", "hotel"),
    ("warehouse", "warehouse"),
    ("mine", "mine"),
    ("ravine", "ravine"),
    ("salon", "salon"),
    ("barbershop", "salon"),
    ("conference", "conference"),
];

/// The canonical kind of an everyday place word.
pub fn place_noun(word: &str) -> Option<&'static str> {
    PLACE_NOUNS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, k)| *k)
}

const LOCATIVES: &[&str] = &[
    "in", "at", "to", "from", "near", "through", "into", "via", "across", "towards", "toward",
    "outside", "inside", "reached", "entered", "crossed", "left", "visited", "around",
];

/// Languages are said after "in" ("in Farsi") but are not places.
pub fn is_language(word: &str) -> bool {
    matches!(
        word,
        "english"
            | "french"
            | "arabic"
            | "spanish"
            | "amharic"
            | "tigrinya"
            | "farsi"
            | "persian"
            | "pashto"
            | "dari"
            | "urdu"
            | "hindi"
            | "somali"
            | "swahili"
            | "rohingya"
            | "bengali"
            | "tamil"
            | "kurdish"
            | "portuguese"
            | "creole"
            | "russian"
            | "turkish"
            | "chinese"
            | "mandarin"
            | "punjabi"
            | "oromo"
            | "tigray"
            | "pidgin"
            | "lingala"
            | "wolof"
    )
}

/// Verbs of a journey, after which "to" leads to a place: "flew to berlin".
pub const JOURNEY_VERBS: &[&str] = &[
    "flew",
    "fly",
    "went",
    "go",
    "travelled",
    "traveled",
    "drove",
    "moved",
    "fled",
    "returned",
    "walked",
    "sailed",
    "escaped",
    "continued",
    "crossed",
];

/// Prepositions after which an unusual lowercase word is taken as a place.
const LOWERCASE_LOCATIVES: &[&str] = &[
    "in", "at", "near", "from", "into", "through", "via", "across", "towards", "toward", "outside",
    "inside", "reached", "entered", "crossed",
];

/// "Men in balaclavas", "dressed in overalls": what someone wears, at token
/// `i` after "in", not where they are.
fn dressed_in(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].is("in")
        && tokens[i - 2].is_any(&[
            "men",
            "man",
            "women",
            "woman",
            "people",
            "soldiers",
            "officers",
            "guys",
            "boys",
            "someone",
            "gunmen",
            "policemen",
            "dressed",
            "clothed",
        ])
}

/// Capitalised words that are never places on their own.
const NOT_PLACES: &[&str] = &[
    "i",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "christmas",
    "easter",
    "ramadan",
    "eid",
    "god",
    "jesus",
    "allah",
    "the",
    "a",
    "my",
    "mr",
    "mrs",
    "ms",
    "dr",
    "officer",
    "judge",
    // Times of day and spans of time: "in the daytime", "at dawn".
    "daytime",
    "nighttime",
    "night",
    "morning",
    "evening",
    "afternoon",
    "dawn",
    "dusk",
    "darkness",
    "dark",
    "meantime",
    "beginning",
    "middle",
    "end",
];

/// A place mention.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceAt {
    /// The place's words, lowercased ("san luis arizona", "the market" -> "market").
    pub name: String,
    /// For everyday places: the canonical kind ("prison", "market").
    pub kind: Option<&'static str>,
    /// A proper name (capitalised or from the gazetteer), not an everyday place.
    pub proper: bool,
    pub start: usize,
    pub end: usize,
}

/// Whether the two mentions could be the same place: equal, one inside the
/// other's words ("San Luis" in "San Luis, Arizona"), or near-equal spelling.
pub fn same_place(a: &PlaceAt, b: &PlaceAt) -> bool {
    if a.name == b.name {
        return true;
    }
    if a.kind.is_some() && a.kind == b.kind {
        return true;
    }
    if a.proper && b.proper {
        if let (Some(ca), Some(cb)) = (country_of(&a.name), country_of(&b.name)) {
            return ca == cb;
        }
        // The distinctive words of the shorter name must all be in the longer:
        // "San Luis" is in "San Luis, Arizona"; "Colonia San Jorge" is not
        // "Colonia Rivera Hernandez".
        let distinctive = |name: &str| -> Vec<String> {
            name.split([' ', '-'])
                .filter(|w| w.len() > 1 && !GENERIC_PLACE_WORDS.contains(w))
                .map(str::to_string)
                .collect()
        };
        // "fishkhabur" for "Faysh Khabur": a transcript joins or splits words.
        let joined = |name: &str| distinctive(name).concat();
        if super::people::same_name(&joined(&a.name), &joined(&b.name)) {
            return true;
        }
        let (wa, wb) = (distinctive(&a.name), distinctive(&b.name));
        let (short, long) = if wa.len() <= wb.len() {
            (wa, wb)
        } else {
            (wb, wa)
        };
        // A slip is allowed only between names of as many words: "el paso" is
        // not in "eagle pass".
        let same_length = short.len() == long.len();
        return !short.is_empty()
            && short.iter().all(|x| {
                long.iter().any(|y| {
                    if same_length {
                        super::people::same_name(x, y)
                    } else {
                        sounds_like(x, y)
                    }
                })
            });
    }
    false
}

/// Two spellings of one spoken word: "con" for "Khon", "tamale" for
/// "Tammale". Accents go; "kh", "ph", "th", "ck" and a hard "c" are heard as
/// "k", "f", "t", "k" and "k"; a double letter as one.
fn sounds_like(a: &str, b: &str) -> bool {
    let key = |w: &str| -> String {
        let w = super::tokens::fold_letters(w)
            .replace("kh", "k")
            .replace("ph", "f")
            .replace("th", "t")
            .replace("ck", "k");
        let mut out = String::new();
        let chars: Vec<char> = w.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let c = match (c, chars.get(i + 1)) {
                ('c', Some('a' | 'o' | 'u')) | ('c', None) => 'k',
                (c, _) => c,
            };
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        out
    };
    key(a) == key(b)
}

/// "at the american consulate", "in the syrian army": a word that describes
/// the next one (a people's name, or any word before an organisation noun)
/// is not itself a place; "the bakassi side", "the kolfe station" are.
fn modifies_next(tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Word) else {
        return false;
    };
    // "the garment factory": a word before a kind of place describes it.
    // "the manhyia police station" is named by it.
    is_demonym(&tokens[i].lower)
        || (super::organisations::is_org_word(&next.lower) && !police_station_at(tokens, i + 1))
        || place_noun(&next.lower).is_some()
        // "the moto stand", "the taxi rank", "the bus stop".
        || next.is_any(&["stand", "rank", "stop", "stall", "park", "yard", "garage"])
}

/// "police station", "gendarmerie post" from `at`.
fn police_station_at(tokens: &[Token], at: usize) -> bool {
    tokens
        .get(at)
        .is_some_and(|n| n.is_any(&["police", "gendarmerie"]))
        && tokens
            .get(at + 1)
            .is_some_and(|n| n.is_any(&["station", "post", "headquarters"]))
}

/// A word for a people: "american", "tigrayan".
pub fn is_demonym(word: &str) -> bool {
    DEMONYMS.contains(&word)
}

/// Words for peoples that describe a noun: "the american consulate".
const DEMONYMS: &[&str] = &[
    "american",
    "british",
    "english",
    "syrian",
    "iraqi",
    "iranian",
    "afghan",
    "pakistani",
    "indian",
    "chinese",
    "russian",
    "turkish",
    "kurdish",
    "eritrean",
    "ethiopian",
    "sudanese",
    "somali",
    "nigerian",
    "cameroonian",
    "congolese",
    "salvadoran",
    "honduran",
    "guatemalan",
    "mexican",
    "venezuelan",
    "colombian",
    "cuban",
    "nicaraguan",
    "ukrainian",
    "georgian",
    "egyptian",
    "libyan",
    "yemeni",
    "saudi",
    "lebanese",
    "palestinian",
    "israeli",
    "burmese",
    "bangladeshi",
    "nepali",
    "uzbek",
    "tajik",
    "kazakh",
    "uyghur",
    "chechen",
    "german",
    "french",
    "italian",
    "spanish",
    "greek",
    "european",
    "african",
    "asian",
    "arab",
    "canadian",
    "ugandan",
    "kenyan",
    "rwandan",
    "tigrayan",
    "amhara",
    "oromo",
    "rohingya",
    "tamil",
    "sinhalese",
    "pashtun",
    "hazara",
    "yazidi",
    "jordanian",
    "tunisian",
    "moroccan",
    "algerian",
];

/// Where the capitalised words from `from` on end ("Avenida Simón Bolívar").
fn capitalised_run_end(tokens: &[Token], from: usize) -> usize {
    (from..tokens.len())
        .find(|&k| !(tokens[k].kind == TokenKind::Word && tokens[k].capitalized))
        .unwrap_or(tokens.len())
        .max(from)
}

fn words_of(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Places in the tokens. `known` are proper place names (lowercase) seen in the
/// statement, recognised even when a transcript writes them in lowercase.
pub fn places(tokens: &[Token], known: &[String], skip: &[(usize, usize)]) -> Vec<PlaceAt> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if skip.iter().any(|&(s, e)| i >= s && i < e) {
            i += 1;
            continue;
        }
        let t = &tokens[i];
        if t.kind != TokenKind::Word {
            i += 1;
            continue;
        }
        // Two-word gazetteer entries first ("costa rica", "el salvador").
        if let Some(next) = tokens.get(i + 1) {
            let pair = format!("{} {}", t.lower, next.lower);
            if COUNTRIES.contains(&pair.as_str()) || known.contains(&pair) {
                found.push(PlaceAt {
                    name: pair,
                    kind: None,
                    proper: true,
                    start: i,
                    end: i + 2,
                });
                i += 2;
                continue;
            }
        }
        // "Avenida Venezuela", "Rue Mouffetard": a street, named after its word.
        if t.is_any(&[
            "avenida",
            "avenue",
            "calle",
            "rue",
            "rua",
            "boulevard",
            "street",
            "road",
        ]) && let Some(next) = tokens.get(i + 1)
            && next.kind == TokenKind::Word
            && ((t.capitalized && next.capitalized)
                || known.contains(&format!("{} {}", t.lower, next.lower)))
        {
            let end = capitalised_run_end(tokens, i + 2);
            found.push(PlaceAt {
                name: words_of(&tokens[i..end]),
                kind: None,
                proper: true,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        // "to the police station": past the police, whom the organisations
        // have taken.
        let after_locative = i > 0
            && (tokens[i - 1].is_any(LOCATIVES)
                || (tokens[i - 1].is("the") && i > 1 && tokens[i - 2].is_any(LOCATIVES))
                || (i > 2
                    && police_station_at(tokens, i - 1)
                    && tokens[i - 2].is("the")
                    && tokens[i - 3].is_any(LOCATIVES))
                // "to the provincial police headquarters" (a town before it
                // names the place: "the kilimani police station")
                || (i > 3
                    && police_station_at(tokens, i - 1)
                    && tokens[i - 2].kind == TokenKind::Word
                    && super::words::is_common(&tokens[i - 2].lower)
                    && tokens[i - 3].is("the")
                    && tokens[i - 4].is_any(LOCATIVES)));
        // "near, um, apopa": the comma a filler leaves.
        let after_paused_locative =
            i > 1 && tokens[i - 1].lower == "," && tokens[i - 2].is_any(LOWERCASE_LOCATIVES);
        let capital_name = t.capitalized
            && (!NOT_PLACES.contains(&t.lower.as_str())
                || super::dates::month_begins_name(tokens, i))
            && !t.sentence_start;
        // "flew to berlin", "we went to agadez": "to" after a journey.
        // "i went to, uh, tema": past the comma a filler leaves.
        let j = if i > 0 && tokens[i - 1].lower == "," {
            i - 1
        } else {
            i
        };
        // ("went up north to sokode": past words of direction too.)
        let moved_to = j > 1
            && tokens[j - 1].is("to")
            && (2..=4).any(|b| {
                j >= b
                    && tokens[j - b].is_any(JOURNEY_VERBS)
                    && tokens[j - b + 1..j - 1].iter().all(|t| {
                        t.is_any(&[
                            "up", "down", "north", "south", "east", "west", "back", "over",
                            "straight", "away",
                        ])
                    })
            });
        // "they took me to la paz", "drove us to oruro": someone carried there.
        let carried_to = j > 2
            && tokens[j - 1].is("to")
            && tokens[j - 2].is_any(&["me", "us", "him", "her", "them"])
            && tokens[j - 3].is_any(&[
                "took",
                "taken",
                "brought",
                "drove",
                "transferred",
                "moved",
                "sent",
                "carried",
                "dragged",
            ]);
        let moved_to = moved_to || carried_to;
        // "the manhyia police station": a station named by the word before it.
        let named_station = i > 0 && tokens[i - 1].is("the") && police_station_at(tokens, i + 1);
        // Lowercase transcripts: an unusual word after "in / at / near / from" is a place.
        let lowercase_name = !t.capitalized
            && i > 0
            && (tokens[i - 1].is_any(LOWERCASE_LOCATIVES)
                || moved_to
                || named_station
                || after_paused_locative
                || (tokens[i - 1].is("the") && i > 1 && tokens[i - 2].is_any(LOWERCASE_LOCATIVES)))
            && (super::words::could_be_name(&t.lower)
                // "to la paz", "in san pedro": a name's first word.
                || (t.is_any(&["la", "el", "san", "santa", "santo", "los", "las", "al", "puerto"])
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| super::words::could_be_name(&n.lower))))
            && place_noun(&t.lower).is_none()
            && !NOT_PLACES.contains(&t.lower.as_str())
            && super::people::role_of(&t.lower).is_none()
            && !is_language(&t.lower)
            && !modifies_next(tokens, i)
            && !dressed_in(tokens, i);
        if COUNTRIES.contains(&t.lower.as_str())
            || known.contains(&t.lower)
            || (capital_name && after_locative)
            || lowercase_name
        {
            // Take following capitalised words and ", State" as one place.
            let mut end = i + 1;
            while let Some(n) = tokens.get(end) {
                if n.kind == TokenKind::Word
                    && (n.capitalized
                        || known.contains(&n.lower)
                        || (!t.capitalized && super::words::could_be_name(&n.lower)))
                    && !NOT_PLACES.contains(&n.lower.as_str())
                {
                    end += 1;
                } else if n.lower == ","
                    // "Greece, Italy and France" are three places.
                    && country_of(&words_of(&tokens[i..end])).is_none()
                    && tokens.get(end + 1).is_some_and(|m| {
                        m.capitalized
                            && m.kind == TokenKind::Word
                            && !NOT_PLACES.contains(&m.lower.as_str())
                    })
                    && tokens
                        .get(end + 2)
                        .is_none_or(|m| m.kind == TokenKind::Break || !m.capitalized)
                {
                    end += 2;
                } else {
                    break;
                }
            }
            let name = tokens[i..end]
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // "the Migración office": a name of an office, unless it is a
            // place known on its own ("the Kabul passport office").
            let office = tokens.get(end).is_some_and(|n| {
                n.is_any(&[
                    "office",
                    "offices",
                    "department",
                    "ministry",
                    "agency",
                    "service",
                    "directorate",
                    "bureau",
                    "authority",
                    "headquarters",
                    "committee",
                ])
            }) && !COUNTRIES.contains(&name.as_str())
                && !known.contains(&name)
                && country_of(&name).is_none();
            // An organisation word inside means it is an organisation, not a place.
            if !office
                && !tokens[i..end]
                    .iter()
                    .any(|t| super::organisations::is_org_word(&t.lower))
            {
                found.push(PlaceAt {
                    name,
                    kind: None,
                    proper: true,
                    start: i,
                    end,
                });
            }
            i = end;
            continue;
        }
        // "the village of Shukri", "the Hilaliya district of Qamishli": the
        // name is the place.
        let area = t.is_any(&[
            "district",
            "town",
            "city",
            "region",
            "province",
            "neighbourhood",
            "neighborhood",
            "suburb",
            "county",
            "outskirts",
            "municipality",
            "governorate",
        ]);
        let kind = place_noun(&t.lower);
        if (kind.is_some() || area)
            && tokens.get(i + 1).is_some_and(|n| n.is("of"))
            && tokens.get(i + 2).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.capitalized
                    && !NOT_PLACES.contains(&n.lower.as_str())
                    && !super::organisations::is_org_word(&n.lower)
            })
        {
            let end = capitalised_run_end(tokens, i + 3);
            found.push(PlaceAt {
                name: words_of(&tokens[i + 2..end]),
                kind,
                proper: true,
                start: i,
                end,
            });
            i = end;
            continue;
        }
        // "to my house", "at my own house", "in our shop".
        let after_own_locative = {
            let j = if i > 0 && tokens[i - 1].is("own") {
                i - 1
            } else {
                i
            };
            j > 1
                && tokens[j - 1].is_any(&["my", "our", "his", "her", "their", "your"])
                && tokens[j - 2].is_any(LOCATIVES)
        };
        if let Some(kind) = place_noun(&t.lower)
            && (after_locative || after_own_locative)
        {
            // "the police station": keep the modifier for stations.
            let name = if kind == "station" && i > 0 && tokens[i - 1].kind == TokenKind::Word {
                format!("{} station", tokens[i - 1].lower)
            } else {
                kind.to_string()
            };
            found.push(PlaceAt {
                name,
                kind: Some(kind),
                proper: false,
                start: i,
                end: i + 1,
            });
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn names(text: &str) -> Vec<String> {
        places(&tokenize(text), &[], &[])
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    #[test]
    fn what_someone_wears_is_no_place() {
        assert!(names("four men in balaclavas came at night").is_empty());
        assert!(names("he was dressed in overalls").is_empty());
        assert_eq!(
            names("they held me in gitarama for a week"),
            vec!["gitarama"]
        );
        let known = ["kigali".to_string()];
        let found = places(&tokenize("two soldiers in kigali stopped me"), &known, &[]);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn names_told_in_transcripts_and_after_a_month() {
        assert_eq!(
            names("they took me to la paz, to the police building there"),
            vec!["la paz"]
        );
        assert_eq!(
            names("a friend drove me to the hospital in May Pen, and"),
            vec!["hospital", "may pen"]
        );
        let at = |name: &str| PlaceAt {
            name: name.into(),
            kind: None,
            proper: true,
            start: 0,
            end: 1,
        };
        assert!(!same_place(&at("el paso"), &at("eagle pass")));
        assert!(same_place(&at("mpimba"), &at("mpimpa")));
        assert!(same_place(&at("san luis"), &at("san luis arizona")));
        // Heard, not spelt: "con kaen" is in "Mueang Khon Kaen".
        assert!(same_place(&at("con kaen"), &at("mueang khon kaen")));
        assert!(!same_place(&at("con kaen"), &at("mueang khon sawan")));
        assert!(same_place(&at("tamale"), &at("tammale town")));
    }

    #[test]
    fn a_provincial_police_headquarters_is_a_station() {
        assert_eq!(
            names("they drove me to the provincial police headquarters in Tamale"),
            vec!["police station", "tamale"]
        );
    }

    #[test]
    fn a_police_station_is_a_place_past_the_police() {
        // The organisations take "police"; the station is still a place.
        let skip = [(6, 7)];
        let found = places(
            &tokenize("They took my wife to the police station and questioned her."),
            &[],
            &skip,
        );
        assert_eq!(
            found.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["police station"]
        );
    }

    #[test]
    fn an_office_name_is_no_town() {
        let names = |text: &str| -> Vec<String> {
            places(&crate::facts::tokens::tokenize(text), &[], &[])
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(
            names("I went to the Migración office in Bogotá"),
            ["bogotá"]
        );
        assert_eq!(names("I went to the passport office in Kabul"), ["kabul"]);
        assert_eq!(
            names("we marched on Avenida Bolívar with my friend"),
            ["avenida bolívar"]
        );
        assert!(!names("in the daytime i hid in the fields").contains(&"daytime".to_string()));
    }

    #[test]
    fn finds_places() {
        assert_eq!(
            names("We entered the United States near San Luis, Arizona on 9 June"),
            ["united states", "san luis arizona"]
        );
        assert_eq!(names("We crossed at Laredo, Texas."), ["laredo texas"]);
        assert_eq!(
            names("A neighbour's child saw us in the market."),
            ["market"]
        );
        assert_eq!(
            names("I flew from Entebbe to London Heathrow"),
            ["entebbe", "london heathrow"]
        );
        assert_eq!(names("They took me to the prison"), ["prison"]);
        assert_eq!(
            names("Near the village of Shukri, fighters stopped us."),
            ["shukri"]
        );
        assert_eq!(
            names("I was taken to the centre in the Hilaliya district of Qamishli."),
            ["hilaliya", "qamishli"]
        );
        assert!(names("In March he came").is_empty());
        assert!(names("they grabbed him at the moto stand").is_empty());
        // Fillers are dropped before: "we went to, uh, kisumu".
        assert_eq!(names("we went to, kisumu"), ["kisumu"]);
        assert_eq!(
            names("they took me to the kilimani police station"),
            ["kilimani"]
        );
        assert_eq!(
            names("they took me to the central police station"),
            ["police station"]
        );
        assert_eq!(
            names("From Turkey I went through Greece, Italy and France."),
            ["turkey", "greece", "italy", "france"]
        );
        assert_eq!(
            names("i got the visa at the american consulate in almaty"),
            ["almaty"]
        );
    }

    #[test]
    fn same_places() {
        let p = |t: &str| places(&tokenize(t), &[], &[]).remove(0);
        assert!(same_place(
            &p("near San Luis, Arizona"),
            &p("near San Luis in the desert")
        ));
        assert!(!same_place(&p("at Gatwick"), &p("at London Heathrow")));
        assert!(same_place(&p("in the jail"), &p("in prison")));
    }
}
