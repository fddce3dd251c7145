//! Organisations: parties, gangs, armies, police forces, churches, ministries —
//! from a short list of well-known names and from their shape ("the X Party",
//! "Barrio 18", "MS-13", an acronym such as "SCNC").

use super::tokens::{Token, TokenKind};

/// Words that make a capitalised phrase an organisation.
const ORG_WORDS: &[&str] = &[
    "party",
    "movement",
    "front",
    "union",
    "council",
    "army",
    "police",
    "church",
    "gang",
    "brigade",
    "militia",
    "guard",
    "guards",
    "ministry",
    "service",
    "services",
    "forces",
    "force",
    "congress",
    "alliance",
    "league",
    "association",
    "committee",
    "organisation",
    "organization",
    "federation",
    "network",
    "group",
    "mara",
    "barrio",
    "cartel",
    "clan",
    "national",
    "democratic",
    "liberation",
    "revolutionary",
    "islamic",
    "patriotic",
    "intelligence",
    "fiscalía",
    "fiscalia",
    "prosecutor",
    "prosecutor's",
];

pub fn is_org_word(word: &str) -> bool {
    ORG_WORDS.contains(&word)
}

/// Well-known groups, lowercase, with a canonical name; aliases map together.
const KNOWN: &[(&str, &str)] = &[
    ("ms-13", "ms-13"),
    ("ms13", "ms-13"),
    ("ms 13", "ms-13"),
    ("mara salvatrucha", "ms-13"),
    ("barrio 18", "barrio 18"),
    ("18th street", "barrio 18"),
    ("mara 18", "barrio 18"),
    ("calle 18", "barrio 18"),
    ("taliban", "taliban"),
    ("al-shabaab", "al-shabaab"),
    ("al shabaab", "al-shabaab"),
    ("boko haram", "boko haram"),
    ("isis", "islamic state"),
    ("daesh", "islamic state"),
    ("arsa", "arsa"),
    ("arakan army", "arakan army"),
    ("tatmadaw", "myanmar army"),
    ("basij", "basij"),
    ("irgc", "revolutionary guards"),
    ("sepah", "revolutionary guards"),
    ("ettelaat", "ministry of intelligence"),
    ("zanu-pf", "zanu-pf"),
    ("colectivos", "colectivos"),
    ("sebin", "sebin"),
    ("fsb", "fsb"),
    ("scnc", "scnc"),
    ("sdf", "sdf"),
    ("ambazonia", "ambazonia"),
    ("tplf", "tplf"),
    ("fano", "fano"),
    ("imbonerakure", "imbonerakure"),
    ("hamas", "hamas"),
    ("hezbollah", "hezbollah"),
    ("farc", "farc"),
    ("eln", "eln"),
    ("janjaweed", "janjaweed"),
    ("rsf", "rsf"),
];

/// Generic agents of harm, by canonical class. Two different classes in the
/// same context are a contradiction ("the police" vs "the gang").
const AGENTS: &[(&str, &str)] = &[
    ("police", "police"),
    ("policemen", "police"),
    ("policeman", "police"),
    ("gendarmes", "police"),
    ("gendarmerie", "police"),
    ("army", "army"),
    ("soldiers", "army"),
    ("soldier", "army"),
    ("military", "army"),
    ("troops", "army"),
    ("gang", "gang"),
    ("gangs", "gang"),
    ("mareros", "gang"),
    ("pandilleros", "gang"),
    ("militia", "militia"),
    ("militiamen", "militia"),
    ("militias", "militia"),
    ("paramilitary", "militia"),
    ("paramilitaries", "militia"),
    ("rebels", "rebels"),
    ("separatists", "rebels"),
    ("guerrillas", "rebels"),
];

/// An organisation mention.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationAt {
    /// Canonical lowercase name ("ms-13", "national civil police", "police").
    pub name: String,
    /// A generic agent class ("police", "army", "gang") when only that was said.
    pub generic: bool,
    pub start: usize,
    pub end: usize,
}

/// Whether two mentions could be the same organisation.
pub fn same_organisation(a: &OrganisationAt, b: &OrganisationAt) -> bool {
    if a.name == b.name {
        return true;
    }
    // "the police" fits "the National Civil Police"; "the gang" fits "Barrio 18".
    let class = |o: &OrganisationAt| agent_class_of(&o.name);
    if a.generic || b.generic {
        let (g, other) = if a.generic { (a, b) } else { (b, a) };
        return class(other).is_none_or(|c| Some(c) == class(g))
            || other.name.split(' ').any(|w| w == g.name);
    }
    if is_acronym_of(&a.name, &b.name) || is_acronym_of(&b.name, &a.name) {
        return true;
    }
    let wa: Vec<&str> = a
        .name
        .split(' ')
        .filter(|w| w.len() > 3 && !is_org_word(w))
        .collect();
    let wb: Vec<&str> = b
        .name
        .split(' ')
        .filter(|w| w.len() > 3 && !is_org_word(w))
        .collect();
    wa.iter().any(|x| wb.contains(x))
}

/// "bgp" for "border guard police", "scnc" for "southern cameroons national council".
fn is_acronym_of(short: &str, long: &str) -> bool {
    if short.contains(' ') || short.len() < 2 || short.len() > 7 {
        return false;
    }
    let initials: String = long
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !matches!(*w, "of" | "the" | "and" | "for"))
        .filter_map(|w| w.chars().next())
        .collect();
    initials.len() >= 2 && (initials == short || initials.starts_with(short))
}

/// The generic class a name belongs to, if it is known.
pub fn agent_class_of(name: &str) -> Option<&'static str> {
    if let Some((_, c)) = AGENTS.iter().find(|(w, _)| *w == name) {
        return Some(c);
    }
    let words: Vec<&str> = name.split(' ').collect();
    for (w, c) in AGENTS {
        if words.contains(w) {
            return Some(c);
        }
    }
    match name {
        "ms-13" | "barrio 18" => Some("gang"),
        "myanmar army" | "arakan army" => Some("army"),
        _ => None,
    }
}

/// Organisations in the tokens.
pub fn organisations(tokens: &[Token]) -> Vec<OrganisationAt> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind == TokenKind::Break {
            i += 1;
            continue;
        }
        // Known names, one to three tokens ("barrio 18", "mara salvatrucha").
        let mut matched = None;
        for len in (1..=3).rev() {
            if i + len > tokens.len() {
                continue;
            }
            let phrase = tokens[i..i + len]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some((_, canonical)) = KNOWN.iter().find(|(k, _)| *k == phrase) {
                matched = Some((canonical.to_string(), len));
                break;
            }
        }
        if let Some((name, len)) = matched {
            found.push(OrganisationAt {
                name,
                generic: false,
                start: i,
                end: i + len,
            });
            i += len;
            continue;
        }
        // Capitalised phrases containing an organisation word:
        // "the National Civil Police", "Social Democratic Front".
        if t.kind == TokenKind::Word && t.capitalized {
            let mut end = i;
            while let Some(n) = tokens.get(end) {
                let joins = n.kind == TokenKind::Word
                    && (n.capitalized || (n.lower == "of" && end > i))
                    || (n.kind == TokenKind::Number && end > i);
                if joins {
                    end += 1;
                } else {
                    break;
                }
            }
            while end > i && tokens[end - 1].lower == "of" {
                end -= 1;
            }
            let words: Vec<&str> = tokens[i..end].iter().map(|t| t.lower.as_str()).collect();
            let has_org_word = words.iter().any(|w| is_org_word(w));
            let acronym = end == i + 1
                && t.raw.len() >= 3
                && t.raw.len() <= 6
                && t.raw.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                && t.raw != "I";
            if (has_org_word && !(end == i + 1 && AGENTS.iter().any(|(w, _)| *w == t.lower)))
                || acronym
            {
                found.push(OrganisationAt {
                    name: words.join(" "),
                    generic: false,
                    start: i,
                    end,
                });
                i = end;
                continue;
            }
        }
        // Generic agents: "the police", "soldiers", "the gang".
        if let Some((_, class)) = AGENTS.iter().find(|(w, _)| *w == t.lower) {
            found.push(OrganisationAt {
                name: class.to_string(),
                generic: true,
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
        organisations(&tokenize(text))
            .into_iter()
            .map(|o| o.name)
            .collect()
    }

    #[test]
    fn finds_organisations() {
        assert_eq!(
            names("two members of the Barrio 18 gang came"),
            ["barrio 18", "gang"]
        );
        assert_eq!(
            names("It was the MS-13, the Mara Salvatrucha."),
            ["ms-13", "ms-13"]
        );
        assert_eq!(
            names("I reported it to the National Civil Police in Villa Nueva"),
            ["national civil police"]
        );
        assert_eq!(names("the police arrested us"), ["police"]);
        assert_eq!(names("I joined the SCNC in 2016"), ["scnc"]);
    }

    #[test]
    fn matching() {
        let o = |t: &str| organisations(&tokenize(t)).remove(0);
        assert!(same_organisation(
            &o("the police came"),
            &o("the National Civil Police came")
        ));
        assert!(!same_organisation(
            &o("the Barrio 18 gang"),
            &o("the MS-13")
        ));
        assert!(!same_organisation(
            &o("the police came"),
            &o("the gang came")
        ));
        assert!(same_organisation(
            &o("the gang came"),
            &o("the Barrio 18 gang")
        ));
    }
}
