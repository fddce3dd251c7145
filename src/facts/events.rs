//! Events and their polarity: reported / never reported, signed / refused to
//! sign, paid / stopped paying, and the harms people describe (beaten, arrested,
//! burned, ...). A harm that is only threatened ("they would kill my son") is a
//! threat, not the harm.

use super::people::{is_relative, role_of};
use super::tokens::{
    OBJECT_PRONOUNS, POSSESSIVES, SUBJECT_PRONOUNS, SUBORDINATORS, Token, TokenKind, is_stopword,
    stem,
};

/// What happened, by canonical name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    ReportPolice,
    ReportOther,
    /// Reporting or complaining without saying to whom.
    Report,
    /// Reporting in as ordered: "I had to report to the police every week".
    CheckIn,
    Charge,
    /// Stopping an activity: "I stopped teaching".
    Stop,
    Sign,
    Pay,
    Arrest,
    Beat,
    Kill,
    Shoot,
    Rape,
    Burn,
    Kidnap,
    Torture,
    Threaten,
    Injure,
    Rob,
    Destroy,
    Release,
    Escape,
    Marry,
    Convert,
    Join,
    Hospital,
    Relocate,
    /// Losing a job or a place at school: "dismissed", "lost my job".
    Dismiss,
}

impl EventKind {
    /// Harms that, new in an answer, are a material addition.
    pub fn is_harm(self) -> bool {
        matches!(
            self,
            EventKind::Arrest
                | EventKind::Beat
                | EventKind::Kill
                | EventKind::Shoot
                | EventKind::Rape
                | EventKind::Burn
                | EventKind::Kidnap
                | EventKind::Torture
                | EventKind::Injure
                | EventKind::Rob
                | EventKind::Destroy
        )
    }

    /// Plain words for explanations.
    pub fn describe(self) -> &'static str {
        match self {
            EventKind::ReportPolice => "reporting to the police",
            EventKind::ReportOther => "making a complaint",
            EventKind::Report => "reporting it",
            EventKind::CheckIn => "reporting in to the authorities",
            EventKind::Charge => "being charged or taken to court",
            EventKind::Stop => "stopping",
            EventKind::Sign => "signing",
            EventKind::Pay => "paying",
            EventKind::Arrest => "being arrested or detained",
            EventKind::Beat => "a beating",
            EventKind::Kill => "a killing",
            EventKind::Shoot => "a shooting",
            EventKind::Rape => "sexual violence",
            EventKind::Burn => "burning",
            EventKind::Kidnap => "a kidnapping",
            EventKind::Torture => "torture",
            EventKind::Threaten => "a threat",
            EventKind::Injure => "an injury",
            EventKind::Rob => "a robbery",
            EventKind::Destroy => "destruction of property",
            EventKind::Release => "a release",
            EventKind::Escape => "an escape",
            EventKind::Marry => "a marriage",
            EventKind::Convert => "a conversion",
            EventKind::Join => "joining",
            EventKind::Hospital => "going to hospital",
            EventKind::Relocate => "moving elsewhere",
            EventKind::Dismiss => "a dismissal",
        }
    }
}

/// Stems that trigger each event.
const TRIGGERS: &[(&str, EventKind)] = &[
    ("report", EventKind::Report),
    ("complain", EventKind::Report),
    ("complaint", EventKind::Report),
    ("denounce", EventKind::Report),
    ("charge", EventKind::Charge),
    ("tribunal", EventKind::Charge),
    ("court", EventKind::Charge),
    ("judge", EventKind::Charge),
    ("trial", EventKind::Charge),
    ("prosecute", EventKind::Charge),
    ("convict", EventKind::Charge),
    ("sentence", EventKind::Charge),
    ("lend", EventKind::Pay),
    ("lent", EventKind::Pay),
    ("loan", EventKind::Pay),
    ("bribe", EventKind::Pay),
    ("member", EventKind::Join),
    ("membership", EventKind::Join),
    ("belong", EventKind::Join),
    ("cut", EventKind::Injure),
    ("electric", EventKind::Torture),
    ("electrocute", EventKind::Torture),
    ("fingernail", EventKind::Torture),
    ("hung", EventKind::Torture),
    ("crush", EventKind::Torture),
    ("waterboard", EventKind::Torture),
    ("suffocate", EventKind::Torture),
    ("hang", EventKind::Torture),
    ("sign", EventKind::Sign),
    ("signature", EventKind::Sign),
    ("pay", EventKind::Pay),
    ("payment", EventKind::Pay),
    ("arrest", EventKind::Arrest),
    ("detain", EventKind::Arrest),
    ("detention", EventKind::Arrest),
    ("imprison", EventKind::Arrest),
    ("jail", EventKind::Arrest),
    ("custody", EventKind::Arrest),
    ("beat", EventKind::Beat),
    ("hit", EventKind::Beat),
    ("struck", EventKind::Beat),
    ("punch", EventKind::Beat),
    ("kick", EventKind::Beat),
    ("slap", EventKind::Beat),
    ("whip", EventKind::Beat),
    ("assault", EventKind::Beat),
    ("attack", EventKind::Beat),
    ("strangle", EventKind::Beat),
    ("kill", EventKind::Kill),
    ("murder", EventKind::Kill),
    ("shoot", EventKind::Shoot),
    ("gunshot", EventKind::Shoot),
    ("rape", EventKind::Rape),
    ("burn", EventKind::Burn),
    ("torch", EventKind::Burn),
    ("arson", EventKind::Burn),
    ("kidnap", EventKind::Kidnap),
    ("abduct", EventKind::Kidnap),
    ("torture", EventKind::Torture),
    ("threaten", EventKind::Threaten),
    ("threat", EventKind::Threaten),
    ("injure", EventKind::Injure),
    ("injury", EventKind::Injure),
    ("hurt", EventKind::Injure),
    ("wound", EventKind::Injure),
    ("stab", EventKind::Injure),
    ("rob", EventKind::Rob),
    ("steal", EventKind::Rob),
    ("loot", EventKind::Rob),
    ("destroy", EventKind::Destroy),
    ("smash", EventKind::Destroy),
    ("demolish", EventKind::Destroy),
    ("release", EventKind::Release),
    ("freed", EventKind::Release),
    ("escape", EventKind::Escape),
    ("dismiss", EventKind::Dismiss),
    ("sack", EventKind::Dismiss),
    ("expel", EventKind::Dismiss),
    ("marry", EventKind::Marry),
    ("married", EventKind::Marry),
    ("wedding", EventKind::Marry),
    ("convert", EventKind::Convert),
    ("baptise", EventKind::Convert),
    ("baptize", EventKind::Convert),
    ("baptism", EventKind::Convert),
    ("join", EventKind::Join),
    ("hospital", EventKind::Hospital),
    ("relocate", EventKind::Relocate),
];

const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "neither", "nor", "without", "refuse", "refused", "didn't",
    "don't", "doesn't", "wasn't", "weren't", "couldn't", "wouldn't", "won't", "can't", "cannot",
    "isn't", "haven't", "hasn't", "hadn't", "dare", "unable", "failed", "instead", "scared",
    "afraid", "stopped",
];

/// Words that make a harm hypothetical (a threat), not an event.
const MODALS: &[&str] = &[
    "would",
    "will",
    "going",
    "gonna",
    "threatened",
    "wanted",
    "want",
    "promised",
    "if",
    "unless",
    "could",
    "might",
    "'ll",
    "told",
    "said",
];

pub(crate) const POLICE_WORDS: &[&str] = &[
    "police",
    "policeman",
    "policemen",
    "gendarmerie",
    "gendarmes",
];

/// Whether the word at `at` is where someone went: the word before it,
/// past "the" and a town's name, is "to" ("to the police", "to Wabag to
/// the police", "to Ramganj police station").
pub(crate) fn gone_to(tokens: &[Token], at: usize) -> bool {
    tokens[..at]
        .iter()
        .rev()
        .find(|p| {
            let name = p.capitalized && p.kind == TokenKind::Word;
            !(name || p.is_any(&["the", "a", "local", "district", "city"]))
        })
        .is_some_and(|p| p.is("to"))
}

/// "the prison", "the police station", "the military camp": a place where
/// people are held, named within two words from `at`.
fn held_in(tokens: &[Token], at: usize) -> bool {
    (at..at + 2).any(|j| {
        tokens.get(j).is_some_and(|n| {
            n.is_any(&[
                "prison", "jail", "cell", "cells", "camp", "barracks", "sizo", "lockup", "remand",
                "dungeon",
            ]) || (n.is("station") && j > 0 && tokens[j - 1].is_any(POLICE_WORDS))
        }) && (at..j).all(|m| tokens[m].kind == TokenKind::Word)
    })
}

/// An event mention.
#[derive(Debug, Clone, PartialEq)]
pub struct EventAt {
    pub kind: EventKind,
    /// False when the words deny it ("did not report", "refused to sign").
    pub positive: bool,
    /// "again", "a second time", "another": a repeat of an earlier event.
    pub repeated: bool,
    /// Who it happened to, where the words say.
    pub victims: Vec<Victim>,
    /// Done to a thing (a house, a shop, a car) rather than a person.
    pub property: bool,
    pub start: usize,
    pub end: usize,
}

impl EventAt {
    /// Whether `other` may have happened to the same people: one of them
    /// does not say to whom, or they name someone in common.
    pub fn may_share_victims(&self, other: &EventAt) -> bool {
        self.victims.is_empty()
            || other.victims.is_empty()
            || self
                .victims
                .iter()
                .any(|v| other.victims.iter().any(|w| v.matches(w)))
    }

    /// A harm done to `victims` at tokens `start..end`, or, where it is only
    /// threatened ("they would lock me up"), a threat of it.
    fn harm_or_threat(
        kind: EventKind,
        (positive, hypothetical): (bool, bool),
        repeated: bool,
        victims: Vec<Victim>,
        start: usize,
        end: usize,
    ) -> EventAt {
        EventAt {
            kind: if hypothetical {
                EventKind::Threaten
            } else {
                kind
            },
            positive,
            repeated,
            victims,
            property: false,
            start,
            end,
        }
    }

    /// An event at one token with nothing more known about it.
    fn plain(kind: EventKind, positive: bool, at: usize) -> EventAt {
        EventAt {
            kind,
            positive,
            repeated: false,
            victims: Vec::new(),
            property: false,
            start: at,
            end: at + 1,
        }
    }
}

/// Who an event happened to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Victim {
    /// The speaker: "me", "I was arrested".
    Client,
    /// "us", "we": the speaker and others.
    Group,
    Role(&'static str),
    Name(String),
}

impl Victim {
    /// A "him" or "her" with no one named before it.
    pub fn is_someone_else(&self) -> bool {
        matches!(self, Victim::Name(n) if n == SOMEONE_ELSE)
    }

    /// Whether the two could be the same person or people.
    pub fn matches(&self, other: &Victim) -> bool {
        match (self, other) {
            // "us" includes the speaker; it does not make every relative a victim.
            (Victim::Group, Victim::Client | Victim::Group) | (Victim::Client, Victim::Group) => {
                true
            }
            (Victim::Group, _) | (_, Victim::Group) => false,
            (Victim::Name(a), Victim::Name(b)) => super::people::same_name(a, b),
            // A name and a role may be the same person ("my son" and "Kevin").
            (Victim::Name(_), Victim::Role(_)) | (Victim::Role(_), Victim::Name(_)) => true,
            (a, b) => a == b,
        }
    }
}

/// Authorities other than the police that people complain to.
const AUTHORITY_WORDS: &[&str] = &[
    "prosecutor",
    "prosecutor's",
    "ministry",
    "fiscalia",
    "fiscalía",
    "court",
    "unhcr",
    "un",
    "commission",
    "ombudsman",
    "chief",
    "elders",
    "council",
    "office",
    "mayor",
    "army",
    "human",
    "embassy",
    "church",
];

/// Events in one clause of tokens; `clauses` splits the text at breaks.
pub fn events(tokens: &[Token]) -> Vec<EventAt> {
    events_after(tokens, &[])
}

/// Like [`events`], for a sentence told after `context` (the sentences just
/// before it), where a "him" or "her" may stand for a relative named there:
/// "They took my brother Dilgesh. They held him for six days."
pub fn events_after(tokens: &[Token], context: &[Token]) -> Vec<EventAt> {
    let mut found = Vec::new();
    let mut clause_start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == TokenKind::Break {
            if matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "—" | "–") {
                clause_start = i + 1;
            }
            continue;
        }
        if t.is("but") || t.is("however") || t.is("although") {
            clause_start = i + 1;
            continue;
        }
        let s = stem(&t.lower);
        let Some(mut kind) = TRIGGERS
            .iter()
            .find(|(w, _)| {
                // "released", "charged", "raped": the stem loses the final "e".
                *w == s || *w == t.lower || w.strip_suffix('e').is_some_and(|w| w == s)
            })
            .map(|(_, k)| *k)
        else {
            // "went to the police", "go to the police" = reporting.
            // ("went to Wabag to the police": a town on the way; not past
            // the end of a sentence or clause.)
            // ("went to Ramganj police station": its town before it.)
            if POLICE_WORDS.contains(&t.lower.as_str())
                && i >= 2
                && tokens[..i]
                    .iter()
                    .rev()
                    .take_while(|p| p.kind != TokenKind::Break && !p.is_any(&["and", "but", "so"]))
                    .take(6)
                    .any(|p| {
                        (p.is_any(&["went", "go", "going", "gone"]) && gone_to(tokens, i))
                            || p.is_any(&["approached", "contacted", "called", "asked"])
                    })
                // "asked again at the police station" is where, not to whom.
                && !tokens[..i]
                    .iter()
                    .rev()
                    .find(|p| !p.is_any(&["the", "a", "local", "district", "city"]))
                    .is_some_and(|p| p.is_any(&["at", "in", "from", "outside", "near", "inside"]))
            {
                let (positive, _) = polarity(tokens, clause_start, i);
                found.push(EventAt::plain(EventKind::ReportPolice, positive, i));
            }
            // "took me to a prosecutor", "brought before the magistrate":
            // before the courts, as with a judge.
            if t.is_any(&["prosecutor", "magistrate", "magistrates"])
                && tokens[i.saturating_sub(5)..i].iter().any(|p| {
                    p.is("before")
                        || (p.is_any(&["took", "taken", "brought", "sent"])
                            && tokens[i.saturating_sub(3)..i].iter().any(|q| q.is("to")))
                })
            {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                if !hypothetical {
                    found.push(EventAt::plain(EventKind::Charge, positive, i));
                }
            }
            // "lost my job", "fired me": a dismissal.
            let lost_job = t.is_any(&["lost", "lose", "losing"])
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_any(&["my", "his", "her", "their", "our", "the"]))
                && tokens
                    .get(i + 2)
                    .is_some_and(|n| n.is_any(&["job", "jobs", "work", "post", "position"]));
            let fired_someone = t.is("fired")
                && (tokens.get(i + 1).is_some_and(|n| n.is_any(OBJECT_PRONOUNS))
                    && tokens.get(i + 2).is_none_or(|n| !n.is_any(&["at", "on"]))
                    || (i > 0
                        && tokens[i - 1].is_any(&["was", "were", "got", "been"])
                        && tokens.get(i + 1).is_some_and(|n| n.is("from"))));
            if lost_job || fired_someone {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                if !hypothetical {
                    // The one who lost it is the subject: "my wife lost her job".
                    let subject = if lost_job {
                        victims_in(tokens, (clause_start..i).collect(), true)
                    } else {
                        victims(tokens, clause_start, i, context)
                    };
                    found.push(EventAt {
                        victims: subject,
                        ..EventAt::plain(EventKind::Dismiss, positive, i)
                    });
                }
            }
            // "broke two of my ribs", "my arm was broken": an injury.
            let window = &tokens[i.saturating_sub(3)..tokens.len().min(i + 6)];
            if t.is_any(&["broke", "broken", "break", "fractured", "cracked"])
                && window
                    .windows(2)
                    .any(|w| w[0].is_any(POSSESSIVES) && w[1].is_any(BODY_PARTS))
            {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                if !hypothetical {
                    found.push(EventAt::plain(EventKind::Injure, positive, i));
                }
            }
            // "stopped teaching", "quit my job", "gave up school": an activity stops.
            if (stem(&t.lower) == "stop" || t.is_any(&["quit", "quitted"]))
                && tokens.get(i + 1).is_some_and(|n| {
                    n.lower.ends_with("ing")
                        || n.is_any(&["work", "school", "my", "the", "it", "for"])
                })
            {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                if !hypothetical {
                    found.push(EventAt::plain(EventKind::Stop, positive, i));
                }
            }
            // "locked me up", "locked about forty of us in a warehouse", "I was
            // locked in a storeroom": detention (not "locked the door").
            if t.is_any(&["locked", "lock", "locks", "locking"]) {
                let ahead = &tokens[i + 1..(i + 6).min(tokens.len())];
                let one = ahead.iter().position(|n| n.is_any(OBJECT_PRONOUNS));
                let passive = i >= 2 && tokens[i - 1].is_any(&["was", "were"]);
                let shut_in = |from: usize| {
                    ahead[from..]
                        .iter()
                        .take(2)
                        .any(|n| n.is_any(&["up", "in", "inside", "into", "away"]))
                };
                let held = match (one, passive) {
                    (Some(k), _) if shut_in(k + 1) => {
                        Some(victims(tokens, clause_start, i, context))
                    }
                    (None, true) if shut_in(0) => Some(if tokens[i - 2].is("i") {
                        vec![Victim::Client]
                    } else {
                        victims(tokens, clause_start, i, context)
                    }),
                    _ => None,
                };
                if let Some(held) = held {
                    found.push(EventAt::harm_or_threat(
                        EventKind::Arrest,
                        polarity(tokens, clause_start, i),
                        repeated(tokens, clause_start, i),
                        held,
                        i,
                        i + 1,
                    ));
                }
            }
            // "pushed her to the floor", "shoved my father against the wall": a
            // blow (not "pushed the door", nor "pushed me into a car").
            if t.is_any(&[
                "pushed", "push", "pushes", "shoved", "shove", "threw", "knocked",
            ]) && tokens.get(i + 1).is_some_and(|n| {
                n.is_any(OBJECT_PRONOUNS)
                    || (n.capitalized && n.kind == TokenKind::Word)
                    || (n.is_any(&["my", "his", "her", "our"])
                        && tokens
                            .get(i + 2)
                            .is_some_and(|r| super::people::role_of(&r.lower).is_some()))
            }) && !tokens[i + 2..(i + 4).min(tokens.len())]
                .iter()
                .any(|n| n.is_any(&["into", "aside", "away", "out"]))
                && tokens[i + 2..(i + 6).min(tokens.len())]
                    .iter()
                    .any(|n| n.is_any(&["floor", "ground", "wall", "down", "against", "stairs"]))
            {
                // "one slapped her and pushed her": from the "and" on.
                let from = if i > 0 && tokens[i - 1].is("and") {
                    i
                } else {
                    clause_start
                };
                let (positive, hypothetical) = polarity(tokens, from, i);
                found.push(EventAt::harm_or_threat(
                    EventKind::Beat,
                    (positive || hypothetical, hypothetical),
                    repeated(tokens, clause_start, i),
                    victims(tokens, clause_start, i, context),
                    i,
                    i + 1,
                ));
            }
            // "forced me into a car", "bundled him into a van": a kidnapping.
            // ("pushed me and two others, Basile and Eustache, into the back
            // of one pickup": others with them, up to the vehicle.)
            let into = || {
                tokens
                    .iter()
                    .enumerate()
                    .skip(i + 2)
                    .take(20)
                    .take_while(|(_, n)| !super::tokens::ends_sentence(n))
                    .find(|(_, n)| n.is("into"))
                    .map(|(k, _)| k)
            };
            if t.is_any(&["forced", "bundled", "pushed", "shoved", "threw", "dragged"])
                && tokens.get(i + 1).is_some_and(|n| n.is_any(OBJECT_PRONOUNS))
                && into().is_some_and(|k| {
                    tokens[k + 1..(k + 6).min(tokens.len())]
                        .iter()
                        .any(|n| n.is_any(&["car", "van", "vehicle", "truck", "jeep", "pickup"]))
                })
            {
                // (By the police or soldiers, an arrest.)
                let officers = tokens[clause_start..i].iter().any(|n| {
                    POLICE_WORDS.contains(&n.lower.as_str())
                        || n.is_any(&["gendarme", "soldier", "soldiers", "officers", "agents"])
                });
                found.push(EventAt::harm_or_threat(
                    if officers {
                        EventKind::Arrest
                    } else {
                        EventKind::Kidnap
                    },
                    polarity(tokens, clause_start, i),
                    repeated(tokens, clause_start, i),
                    victims(tokens, clause_start, i, context),
                    i,
                    i + 1,
                ));
            }
            // "took me away", "took him to the station", "was taken to prison": detention.
            if t.is_any(&[
                "took",
                "taken",
                "take",
                "takes",
                "taking",
                "dragged",
                "held",
                "kept",
                "keep",
                "keeps",
                "holding",
                "brought",
                "transferred",
                "moved",
                "drove",
            ]) && let Some(end) = taken_away(tokens, i)
            {
                // "I was held", "we were kept": the subject is the one held.
                let passive_subject = (i >= 2 && tokens[i - 1].is_any(&["was", "were"]))
                    .then(|| &tokens[i - 2])
                    .filter(|t| t.is_any(&["i", "we"]));
                // "my brother was stopped … and held": the one the first
                // verb was done to.
                let coordinated = (i > 0 && tokens[i - 1].is("and"))
                    .then(|| {
                        (i.saturating_sub(8)..i - 1)
                            .rev()
                            .find(|&w| tokens[w].is_any(&["was", "were"]))
                    })
                    .flatten()
                    .filter(|&w| w + 1 < i - 1);
                let held = match (passive_subject, coordinated) {
                    (Some(t), _) if t.is("i") => vec![Victim::Client],
                    (Some(_), _) => vec![Victim::Group],
                    (None, Some(w)) => victims(tokens, clause_start, w + 1, context),
                    (None, None) => victims(tokens, clause_start, i, context),
                };
                found.push(EventAt::harm_or_threat(
                    EventKind::Arrest,
                    polarity(tokens, clause_start, i),
                    repeated(tokens, clause_start, i),
                    held,
                    i,
                    end,
                ));
            }
            // "gave them the money", "gave 500 dollars": paying.
            if t.is_any(&["gave", "give", "given", "giving", "handed"])
                && tokens[i + 1..tokens.len().min(i + 6)].iter().any(|n| {
                    n.is_any(&["money", "dollars", "bribe", "cash", "payment"])
                        || n.kind == TokenKind::Number
                })
            {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                if !hypothetical {
                    found.push(EventAt::plain(EventKind::Pay, positive, i));
                }
            }
            // A release told in a phrase: "they let me go", "let him out" (the
            // one let go after the verb), "when I got out of prison" (before it).
            // ("my uncle got me out": out of custody, by paying or pleading.)
            let let_go = (t.is_any(&["let", "lets", "letting"])
                && tokens.get(i + 1).is_some_and(|n| n.is_any(OBJECT_PRONOUNS))
                && tokens
                    .get(i + 2)
                    .is_some_and(|n| n.is_any(&["go", "out", "free"])))
                || (t.is("got")
                    && tokens.get(i + 1).is_some_and(|n| n.is_any(OBJECT_PRONOUNS))
                    && tokens.get(i + 2).is_some_and(|n| n.is("out"))
                    && tokens
                        .get(i + 3)
                        .is_none_or(|n| n.kind == TokenKind::Break || n.is("of")));
            let got_out = t.is_any(&["got", "get", "gets", "getting", "came", "come"])
                && tokens.get(i + 1).is_some_and(|n| n.is("out"))
                && tokens.get(i + 2).is_some_and(|n| n.is("of"))
                && tokens.get(i + 3).is_some_and(|n| {
                    n.is_any(&["prison", "jail", "detention", "custody", "the"])
                        && (n.lower != "the" || held_in(tokens, i + 4))
                });
            // "after I came out, …", "when I got out I went home": out of
            // the detention just told.
            let out_after = t.is_any(&["got", "came"])
                && i >= 2
                && tokens[i - 1].is_any(SUBJECT_PRONOUNS)
                && tokens[i - 2].is_any(&["after", "when", "once", "until", "till", "since"])
                && tokens.get(i + 1).is_some_and(|n| n.is("out"))
                && tokens
                    .get(i + 2)
                    .is_none_or(|n| n.kind == TokenKind::Break || n.is_any(SUBJECT_PRONOUNS));
            let got_out = got_out || out_after;
            if let_go || got_out {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                let (victim_at, end) = if let_go { (i, i + 3) } else { (i + 1, i + 2) };
                if !hypothetical {
                    found.push(EventAt {
                        victims: victims(tokens, clause_start, victim_at, context),
                        end,
                        ..EventAt::plain(EventKind::Release, positive, i)
                    });
                }
            }
            // "broke all the windows", "smashed the door": damage to a thing.
            if t.is_any(&["broke", "broken", "break", "breaking"])
                && property(tokens, clause_start, i)
                && !found.iter().any(|e: &EventAt| e.start == i)
            {
                let (positive, hypothetical) = polarity(tokens, clause_start, i);
                if !hypothetical {
                    found.push(EventAt {
                        property: true,
                        ..EventAt::plain(EventKind::Destroy, positive, i)
                    });
                }
            }
            // "set fire to", "set my car on fire"
            const SET: &[&str] = &["set", "sets", "setting"];
            let set_on_fire = t.is("fire")
                && i >= 1
                && (tokens[i - 1].is_any(SET)
                    || (i >= 3
                        && tokens[i - 1].is("on")
                        && tokens[i.saturating_sub(6)..i - 1]
                            .iter()
                            .any(|p| p.is_any(SET))));
            if set_on_fire {
                found.push(EventAt {
                    property: property(tokens, clause_start, i),
                    ..EventAt::harm_or_threat(
                        EventKind::Burn,
                        polarity(tokens, clause_start, i),
                        repeated(tokens, clause_start, i),
                        victims(tokens, clause_start, i, context),
                        i - 1,
                        i + 1,
                    )
                });
            }
            continue;
        };
        // Words that only look like triggers.
        if (t.is("hit")
            && tokens.get(i + 1).is_some_and(|n| n.is("by"))
            && tokens.get(i + 2).is_some_and(|n| n.is("a")))
            || (s == "sign" && tokens.get(i + 1).is_some_and(|n| n.is("of")))
            || (t.is("attack") && tokens.get(i + 1).is_some_and(|n| n.is("on")))
        {
            // "hit by a car", "sign of", "attack on the village" stays an attack
        }
        let clause = &tokens[clause_start..tokens.len().min(i + 8)];
        if kind == EventKind::Report {
            // "report to the police station every week", "had to report to
            // the sector office": reporting in, not reporting a wrong.
            let routine = clause[i - clause_start..]
                .iter()
                .take(8)
                .take_while(|c| c.kind != TokenKind::Break)
                .any(|c| c.is_any(&["every", "each", "weekly", "daily", "monthly"]))
                || (i >= 2
                    && tokens[i - 1].is("to")
                    && tokens[i - 2].is_any(&["had", "have", "has", "must", "required"]));
            // To whom, in its own clause: not "I didn't report it, the chief
            // is the police there".
            let at = i - clause_start;
            let after = clause[at..]
                .iter()
                .enumerate()
                .take_while(|&(k, c)| {
                    let goes_on = c.lower == ","
                        && clause[at..]
                            .get(k + 1)
                            .is_some_and(|n| n.is_any(&["to", "at", "with", "and"]));
                    (c.kind != TokenKind::Break || goes_on) && !c.is_any(&["because", "since"])
                })
                .map(|(_, c)| c);
            let near: Vec<&Token> = clause[..at]
                .iter()
                .rev()
                .take_while(|c| {
                    c.kind != TokenKind::Break || [",", "(", ")"].contains(&c.lower.as_str())
                })
                .chain(after)
                .collect();
            if routine {
                kind = EventKind::CheckIn;
            } else if near
                .iter()
                .any(|c| POLICE_WORDS.contains(&c.lower.as_str()))
            {
                kind = EventKind::ReportPolice;
            } else if near.iter().any(|c| c.is_any(AUTHORITY_WORDS)) {
                kind = EventKind::ReportOther;
            }
            // "because complaints by Sahrawis are never investigated",
            // "because when people report, nothing happens": a reason told of
            // everyone, not a report of the story.
            let reason = tokens[..i]
                .iter()
                .rposition(|c| c.is_any(&["because", "since"]) || super::tokens::ends_sentence(c))
                .filter(|&r| tokens[r].is_any(&["because", "since"]));
            if let Some(r) = reason
                && !tokens[r + 1..i].iter().any(|c| {
                    c.is_any(&[
                        "i", "me", "my", "we", "us", "our", "he", "she", "him", "her", "his",
                    ])
                })
            {
                continue;
            }
        }
        // "a warrant for my arrest was issued", "an arrest warrant": a paper
        // that may lead to an arrest, not one.
        if kind == EventKind::Arrest
            && (tokens
                .get(i + 1)
                .is_some_and(|n| n.is_any(&["warrant", "warrants"]))
                || tokens[i.saturating_sub(3)..i]
                    .windows(2)
                    .any(|w| w[0].is_any(&["warrant", "warrants"]) && w[1].is("for")))
        {
            continue;
        }
        // "struck me", "he was struck": a blow, not "struck a deal".
        if t.is("struck")
            && !tokens
                .get(i + 1)
                .is_some_and(|n| n.is_any(OBJECT_PRONOUNS) || n.is_any(POSSESSIVES))
            && !(i > 0 && tokens[i - 1].is_any(&["was", "were", "been", "got"]))
        {
            continue;
        }
        // "stop" is an event only for an activity ("stopped teaching"), not
        // "they stopped me at the checkpoint".
        if s == "stop" {
            continue;
        }
        // "this declaration was translated to me before I signed it": the
        // statement itself, not a paper signed in the story.
        if kind == EventKind::Sign
            && tokens.windows(2).any(|w| {
                w[0].is_any(&["this", "my"])
                    && w[1].is_any(&["declaration", "statement", "affidavit"])
            })
        {
            continue;
        }
        // "in charge of", "free of charge", "a member of the family" are no events.
        if (t.is("charge") && i > 0 && tokens[i - 1].is_any(&["in", "of", "free"]))
            || (s == "member" && tokens.get(i + 2).is_some_and(|n| n.is("family")))
        {
            continue;
        }
        // "a paper that I promise not to join any gathering": a promise,
        // not a denial of what was done.
        let promised = i >= 3
            && tokens[i - 1].is("to")
            && tokens[i - 2].is_any(&["not", "never"])
            && tokens[i.saturating_sub(6)..i - 2].iter().any(|c| {
                c.is_any(&[
                    "promise",
                    "promised",
                    "promising",
                    "pledge",
                    "pledged",
                    "swear",
                    "swore",
                    "agree",
                    "agreed",
                    "undertake",
                    "undertook",
                    "vow",
                    "vowed",
                ])
            });
        if promised {
            continue;
        }
        // "They gave me a record to sign": handed over, not signed (but "had
        // to sign", "forced to sign", "refused to sign" tell it).
        if kind == EventKind::Sign
            && i >= 2
            && tokens[i - 1].is("to")
            && tokens[i - 2].kind == TokenKind::Word
            && !tokens[i - 2].is_any(&["had", "have", "has", "made", "chose", "went"])
            // ("forced me to sign", but not "a paper for me to sign")
            && !(tokens[i - 2].is_any(OBJECT_PRONOUNS)
                && !(i >= 3 && tokens[i - 3].is("for")))
            // ("forced", "agreed", "refused", "decided to sign")
            && !tokens[i - 2].lower.ends_with("ed")
        {
            continue;
        }
        let (positive, hypothetical) = polarity(tokens, clause_start, i);
        // "not the hospital in Masaya": a contrast between places, not a denial.
        let contrast = i >= 2
            && tokens[i - 1].is_any(&["the", "a", "that", "this"])
            && tokens[i - 2].is_any(&["not", "no"]);
        // "Complaining to them would only bring trouble": what doing it
        // would bring, not an act.
        let generic = t.lower.ends_with("ing")
            && tokens[i + 1..]
                .iter()
                .take(6)
                .take_while(|c| c.kind != TokenKind::Break)
                .any(|c| c.is_any(&["would", "will", "could", "can", "might"]));
        if generic {
            continue;
        }
        // "I did not make another complaint", "they never came again": a
        // second time denied says nothing of the first.
        if contrast || (!positive && another_time(tokens, i)) {
            continue;
        }
        if hypothetical && kind.is_harm() {
            kind = EventKind::Threaten;
        } else if hypothetical && kind != EventKind::Threaten {
            // "told me to sign it", "wanted me to pay": asked for, not done.
            continue;
        }
        found.push(EventAt {
            kind,
            positive: positive || (hypothetical && kind == EventKind::Threaten),
            repeated: repeated(tokens, clause_start, i),
            victims: victims(tokens, clause_start, i, context),
            // "dismissed from her school" is done to her.
            property: kind != EventKind::Dismiss && property(tokens, clause_start, i),
            start: i,
            end: i + 1,
        });
    }
    // "they never charged me or took me to a court": a denial reaches
    // along "or" to the next event of its clause.
    for k in 1..found.len() {
        let (done, next) = (&found[k - 1], &found[k]);
        let between = &tokens[done.end.min(next.start)..next.start];
        if !done.positive
            && next.positive
            && next.kind != EventKind::Threaten
            && between.len() <= 8
            && between.iter().any(|t| t.is("or"))
            && !between
                .iter()
                .any(|t| t.kind == TokenKind::Break && t.lower != ",")
        {
            found[k].positive = false;
        }
    }
    found
}

/// (positive, hypothetical) for the trigger at `at`, looking back in its clause.
fn polarity(tokens: &[Token], clause_start: usize, at: usize) -> (bool, bool) {
    let from = clause_start.max(at.saturating_sub(7));
    // Negation does not reach across a comma: "that I won't support them, I signed".
    let from = (from..at)
        .rev()
        .find(|&j| tokens[j].kind == TokenKind::Break)
        .map_or(from, |j| j + 1);
    // Nor across a new clause with its own subject: "i said no and the last
    // time they beat me", "said i'm not there and one slapped her" (but "did
    // not beat me and then kick me" is one denial).
    let new_clause = |j: usize| {
        let subject = (j + 1..at).any(|k| tokens[k].is_any(SUBJECT_PRONOUNS))
            // "and one slapped her", "and the soldiers beat him"
            || ((2..=3).contains(&(at - j))
                && !tokens[j + 1].is_any(&[
                    "then", "also", "again", "even", "still", "later", "never", "not", "to",
                ]));
        tokens[j].is_any(&["and", "but", "so", "then"]) && subject
    };
    let from = (from..at)
        .rev()
        .find(|&j| new_clause(j))
        .map_or(from, |j| j + 1);
    // Nor into a clause hung on another: "I don't hear well since the
    // soldier hit me".
    let from = (from..at)
        .rev()
        .find(|&j| {
            tokens[j].is_any(&["since", "when", "because", "after", "until", "while"])
                && (j + 1..at).any(|k| {
                    tokens[k].is_any(SUBJECT_PRONOUNS)
                        || tokens[k].is_any(&["the", "my", "his", "her", "a", "their"])
                })
        })
        .map_or(from, |j| j + 1);
    let before = &tokens[from..at];
    let negated = before.iter().enumerate().any(|(k, t)| {
        // "said no" is a reply, not a denial of what follows.
        let reply = t.is("no") && k > 0 && before[k - 1].is_any(&["said", "say", "says"]);
        // "stopped beating me" ends it; "the police stopped me and kept me"
        // does not.
        let stopped_someone = t.is("stopped")
            && before
                .get(k + 1)
                .or(tokens.get(at))
                .is_some_and(|n| !n.lower.ends_with("ing"));
        // "without being charged" denies; "a room without cameras and beat
        // me" does not.
        let without_thing = t.is("without")
            && before[k + 1..]
                .iter()
                .any(|b| b.is_any(&["and", "then", "but"]) || b.lower == ",");
        // "I don't remember the date they let me go" denies the memory, not
        // the release.
        let unsure = before[k + 1..]
            .iter()
            .any(|b| b.is_any(&["remember", "recall", "sure"]));
        (t.is_any(NEGATIONS) || t.lower.ends_with("n't"))
            && !reply
            && !stopped_someone
            && !without_thing
            && !unsure
    })
        // "arrested none of the attackers", "beat nobody"
        || tokens
            .get(at + 1)
            .is_some_and(|t| t.is_any(&["none", "nobody", "noone", "nothing"]))
        || tokens.get(at + 1).is_some_and(|t| t.is("no"))
            && tokens.get(at + 2).is_some_and(|t| t.is("one"));
    // A fear or threat reaches along its whole clause: "they will arrest me
    // again and torture me or kill me".
    let clause = &tokens[clause_start.min(at)..at];
    let clause = match clause
        .iter()
        .rposition(|t| t.kind == TokenKind::Break && t.lower != ",")
    {
        Some(p) => &clause[p + 1..],
        None => clause,
    };
    // …but not past a comma and a new subject: "they wanted fifty thousand and
    // she refused, so they kept her eight days".
    let offset = at - clause.len();
    let clause = match (0..clause.len())
        .rev()
        .find(|&j| new_clause(offset + j) && j > 0 && clause[..j].iter().any(|c| c.lower == ","))
    {
        Some(j) => &clause[j + 1..],
        None => clause,
    };
    let is_modal = |t: &Token| t.is_any(MODALS) || t.lower.ends_with("'ll");
    // "a man who is known to be gay can be beaten or killed": what may happen
    // to anyone, not what did.
    let may_be = clause
        .windows(2)
        .any(|w| w[0].is_any(&["can", "may"]) && !w[0].capitalized && w[1].is("be"));
    let hypothetical = may_be
        || clause.iter().enumerate().any(|(m, t)| {
            if !is_modal(t) {
                return false;
            }
            // "My father could not pay that": not able to, a denial, as
            // "couldn't" is.
            if t.is("could") && clause.get(m + 1).is_some_and(|n| n.is("not")) {
                return false;
            }
            // "When I would not give names, guards beat me": a modal inside a
            // subordinate clause ended by a comma does not reach the main one.
            let comma_after = clause[m..].iter().any(|c| c.lower == ",");
            // "he said I shamed the family, and one day he beat me": what was said
            // ends at the comma; a threat goes on ("said they would…" has its own modal).
            // "told me to sign" asks; "told me they beat him" reports what happened.
            if t.is_any(&["said", "told"])
                && (comma_after || !clause[..].last().is_some_and(|c| c.is("to")))
            {
                return false;
            }
            let segment_start = clause[..m]
                .iter()
                .rposition(|c| c.lower == ",")
                .map_or(0, |c| c + 1);
            let subordinate = clause
                .get(segment_start)
                .is_some_and(|c| c.is_any(SUBORDINATORS));
            !(comma_after && subordinate)
        });
    (!negated, hypothetical)
}

/// Who the event at `at` happened to: the object after it ("hit my son",
/// "arrested Brian and me"), or for the passive the subject before it ("I was
/// arrested", "my brother was beaten").
fn victims(tokens: &[Token], clause_start: usize, at: usize, context: &[Token]) -> Vec<Victim> {
    let passive = at > 0
        && tokens[at - 1].is_any(&["was", "were", "been", "got", "get", "being", "is", "are"]);
    // "Florin was taken to the inspectorate, slapped and released": a
    // participle in a list goes with the passive before it.
    let listed = !passive
        && at > 0
        && (tokens[at - 1].lower == "," || tokens[at - 1].is("and"))
        && tokens.get(at + 1).is_none_or(|n| {
            !n.is_any(OBJECT_PRONOUNS) && !n.is_any(&["my", "our", "his", "her", "the", "a"])
        });
    if listed
        && let Some(was) = (0..at - 1)
            .rev()
            .take_while(|&k| tokens[k].kind != TokenKind::Break || tokens[k].lower == ",")
            .find(|&k| tokens[k].is_any(&["was", "were", "been"]))
        && !tokens[was + 1..at]
            .iter()
            .any(|t| t.is_any(SUBJECT_PRONOUNS))
    {
        let subject_from = (0..was)
            .rev()
            .find(|&k| tokens[k].kind == TokenKind::Break)
            .map_or(0, |k| k + 1);
        let own = victims_in(tokens, (subject_from..was).collect(), true);
        if !own.is_empty() {
            return own;
        }
    }
    // "my brother's arrest": the one before it.
    if at > 0
        && let Some(owner) = tokens[at - 1].lower.strip_suffix("'s")
        && let Some(role) = super::people::role_of(owner)
    {
        return vec![Victim::Role(role)];
    }
    // "my arrest", "her arrest": the owner is the one it happened to.
    if at > 0 && tokens[at - 1].is_any(&["my", "our", "his", "her"]) {
        let owner = &tokens[at - 1];
        return vec![if owner.is("my") {
            Victim::Client
        } else if owner.is("our") {
            Victim::Group
        } else {
            antecedent(context, owner.is("his"))
                .or_else(|| named_before(&tokens[..at - 1]))
                .or_else(|| named_before(context))
                .unwrap_or_else(|| Victim::Name(SOMEONE_ELSE.to_string()))
        }];
    }
    // Passive: its own subject, not one told before a comma ("My brother
    // was held for two days, and my father was arrested"); where that names
    // no one ("…, and two weeks later he was shot"), the whole clause.
    // Or before "that" ("Christiana told me that Kadiatu had been beaten").
    let after_comma = (clause_start..at)
        .rev()
        .find(|&k| {
            tokens[k].kind == TokenKind::Break || tokens[k].is_any(&["that", "who", "because"])
        })
        .map_or(clause_start, |k| k + 1);
    if passive && after_comma > clause_start {
        let own = victims_in(tokens, (after_comma..at).collect(), true);
        if !own.is_empty() {
            return own;
        }
    }
    let window: Vec<usize> = if passive {
        (clause_start..at).collect()
    } else {
        // The object right after the verb, up to the first preposition:
        // "took my wife to the gendarmerie", "kept us at Kawempe".
        // (Not into a clause of its own: "slapped him, and Ramona got him
        // back".)
        (at + 1..tokens.len().min(at + 6))
            .take_while(|&j| {
                let new_clause = tokens[j].lower == ","
                    && tokens
                        .get(j + 1)
                        .is_some_and(|n| n.is_any(&["and", "but", "so", "then"]));
                !new_clause
                    && (tokens[j].kind != TokenKind::Break || tokens[j].lower == ",")
                    && !tokens[j].is_any(&[
                        "at", "in", "to", "from", "for", "with", "on", "near", "into", "by",
                        "inside", "outside", "because", "when", "after", "before",
                    ])
            })
            .collect()
    };
    let mut out = victims_in(tokens, window, passive);
    // "They took my brother Dilgesh. They held him…": with no one in its own
    // sentence, the pronoun right after the verb stands for the relative named
    // before.
    // Failing a relative, the one named last ("Nino told me … they beat
    // her"); failing that, someone other than the speaker.
    // "My brother Ali was arrested. … He was beaten": the same.
    if out.is_empty()
        && passive
        && at >= 2
        && tokens[at - 2].is_any(&["he", "she"])
        && let Some(before) = antecedent(context, tokens[at - 2].is("he"))
    {
        out.push(before);
    }
    if out.is_empty()
        && let Some(pronoun) = tokens.get(at + 1).filter(|t| t.is_any(&["him", "her"]))
    {
        out.push(
            antecedent(context, pronoun.is("him"))
                .or_else(|| named_before(&tokens[..at]))
                .or_else(|| named_before(context))
                .unwrap_or_else(|| Victim::Name(SOMEONE_ELSE.to_string())),
        );
    }
    out
}

/// The ones harmed among the words at `window`.
fn victims_in(tokens: &[Token], window: Vec<usize>, passive: bool) -> Vec<Victim> {
    let mut out = Vec::new();
    // "my cousin Tarek, the son of my father's brother, was taken": the
    // words describing someone already named are no one else.
    let mut aside = false;
    for j in window {
        let t = &tokens[j];
        if t.kind == TokenKind::Break {
            aside = t.lower == ","
                && j >= 1
                && tokens[j - 1].kind == TokenKind::Word
                && (role_of(&tokens[j - 1].lower).is_some() || tokens[j - 1].capitalized)
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_any(&["the", "a", "an", "who", "whose"]));
            continue;
        }
        if aside || t.kind != TokenKind::Word {
            continue;
        }
        // "marion, christiana's sister": the owner is not the one harmed.
        if t.lower.ends_with("'s")
            && tokens
                .get(j + 1)
                .is_some_and(|n| role_of(&n.lower).is_some())
        {
            continue;
        }
        let word = t.lower.strip_suffix("'s").unwrap_or(&t.lower);
        let v = match word {
            "me" | "myself" => Some(Victim::Client),
            "i" if passive => Some(Victim::Client),
            "us" | "we" | "everyone" | "everybody" | "people" => Some(Victim::Group),
            // "they took my father … and held him": the relative named before.
            "him" | "her"
                if tokens
                    .get(j + 1)
                    .is_none_or(|n| n.kind == TokenKind::Break || is_stopword(&n.lower)) =>
            {
                antecedent(&tokens[..j], word == "him")
            }
            // "beat the soles of my feet", "kicked my back": the speaker.
            w if is_body_part(w) => {
                let mine = j > 0 && tokens[j - 1].is("my")
                    || tokens.get(j + 1).is_some_and(|n| n.is("of"))
                        && tokens.get(j + 2).is_some_and(|n| n.is("my"));
                mine.then_some(Victim::Client)
            }
            w => super::people::role_of(w).map(Victim::Role).or_else(|| {
                // "the detention centre, Okrestina": the place's own name.
                let names_place = j >= 2
                    && tokens[j - 1].lower == ","
                    && (super::places::place_noun(&tokens[j - 2].lower).is_some()
                        || tokens[j - 2]
                            .is_any(&["centre", "center", "facility", "building", "colony"]));
                // "me and another tunisian": someone not named, with me.
                let unnamed = j > 0 && tokens[j - 1].is_any(&["another", "other", "a", "an"]);
                if unnamed && name_like(t, w) {
                    return Some(Victim::Group);
                }
                // ("Florin was taken…": a name opening the sentence, as
                // the subject of a passive.)
                let subject_name = passive
                    && t.capitalized
                    && t.sentence_start
                    && !super::words::is_common(w)
                    && !is_stopword(w);
                (!names_place && !names_a_place(tokens, j) && (name_like(t, w) || subject_name))
                    .then(|| Victim::Name(w.to_string()))
            }),
        };
        if let Some(v) = v
            && !out.contains(&v)
        {
            out.push(v);
        }
    }
    out
}

/// The one a "him" or "her" stands for when no one is named.
pub const SOMEONE_ELSE: &str = "someone else";

/// Whether token `t` (read as `word`) looks like a name: a capitalised word
/// inside a sentence that is no common word, or in a lowercase transcript a
/// word that could be one.
fn name_like(t: &Token, word: &str) -> bool {
    t.kind == TokenKind::Word
        && ((t.capitalized && !t.sentence_start && !super::words::is_common(word))
            || (!t.capitalized && super::words::could_be_name(word)))
}

/// The name told last in `before` (not a place's: "near sitra", "the sitra
/// police station").
fn named_before(before: &[Token]) -> Option<Victim> {
    (0..before.len())
        .rev()
        .find(|&k| {
            name_like(&before[k], &before[k].lower)
                && !names_a_place(before, k)
                && !after_subject(before, k)
        })
        .map(|k| Victim::Name(before[k].lower.clone()))
}

/// Whether word `k` comes right after a subject pronoun, where a verb
/// stands ("they summoned him"), not a name.
fn after_subject(tokens: &[Token], k: usize) -> bool {
    k > 0 && tokens[k - 1].is_any(SUBJECT_PRONOUNS)
}

/// Whether word `k` names a place by the words around it: after "near",
/// "in", "at" and the like, or before a place noun ("Sitra police station").
fn names_a_place(tokens: &[Token], k: usize) -> bool {
    let after_preposition = (k.saturating_sub(2)..k).rev().any(|j| {
        tokens[j].is_any(&[
            "near", "in", "at", "from", "to", "into", "outside", "around",
        ]) && tokens[j + 1..k].iter().all(|t| t.is("the"))
    });
    let before_place_noun = tokens
        .get(k + 1)
        .is_some_and(|n| super::places::place_noun(&n.lower).is_some() || n.is("police"));
    after_preposition || before_place_noun
}

/// Parts of the body a broken bone is told of ("broke two of my ribs").
pub const BODY_PARTS: &[&str] = &[
    "rib",
    "ribs",
    "arm",
    "arms",
    "forearm",
    "elbow",
    "hip",
    "thumb",
    "cheekbone",
    "leg",
    "legs",
    "wrist",
    "wrists",
    "nose",
    "tooth",
    "teeth",
    "jaw",
    "hand",
    "hands",
    "finger",
    "fingers",
    "skull",
    "ankle",
    "foot",
    "feet",
    "collarbone",
    "shoulder",
    "knee",
];

/// Parts of the body a harm is done to, beside those a bone breaks in.
const SOFT_BODY_PARTS: &[&str] = &[
    "sole", "soles", "back", "head", "face", "body", "stomach", "belly", "chest", "neck", "ear",
    "ears", "eye", "eyes", "palm", "palms", "mouth", "lip", "lips", "kidney", "kidneys", "toe",
    "toes", "nail", "nails", "skin", "genitals", "thigh", "thighs", "side",
];

fn is_body_part(word: &str) -> bool {
    BODY_PARTS.contains(&word) || SOFT_BODY_PARTS.contains(&word)
}

/// The relative a "him" or "her" stands for: the nearest one in `before`, a
/// man for "him" and a woman for "her".
fn antecedent(before: &[Token], man: bool) -> Option<Victim> {
    before.iter().rev().find_map(|t| {
        let role = super::people::role_of(&t.lower)?;
        (super::people::is_man(role) == Some(man)).then_some(Victim::Role(role))
    })
}

/// What a report, a claim or a signature is made on: "another complaint".
const PAPERS: &[&str] = &[
    "complaint",
    "complaints",
    "report",
    "reports",
    "statement",
    "case",
    "application",
    "claim",
    "paper",
    "letter",
    "request",
    "appeal",
];

/// Whether the act at `at` is told as another time of it: "another
/// complaint", "did not make another report", "never came again" (but not
/// "this second attack", which is the thing acted on).
pub fn another_time(tokens: &[Token], at: usize) -> bool {
    const REPEATS: &[&str] = &["another", "second", "further"];
    let after: Vec<&Token> = tokens[at + 1..]
        .iter()
        .take(4)
        .take_while(|c| c.kind != TokenKind::Break)
        .collect();
    (at >= 1 && tokens[at - 1].is_any(REPEATS))
        || after.iter().enumerate().any(|(k, t)| {
            t.is_any(&["again", "anymore"])
                || (t.is_any(REPEATS) && after.get(k + 1).is_some_and(|n| n.is_any(PAPERS)))
        })
}

/// "took me away", "took him to the police station", "was taken to prison":
/// the end of the phrase when `at` starts one.
fn taken_away(tokens: &[Token], at: usize) -> Option<usize> {
    const PLACES: &[&str] = &[
        "station",
        "prison",
        "jail",
        "camp",
        "gendarmerie",
        "barracks",
        "base",
        "cell",
        "custody",
        "detention",
        "police",
        "headquarters",
        "office",
        "inspectorate",
        "precinct",
        "lockup",
        "garrison",
        "army",
        "military",
        "compound",
        "warehouse",
    ];
    let window = &tokens[at + 1..tokens.len().min(at + 8)];
    // "took me to the hospital, where … I was kept overnight": care, not
    // custody.
    let sentence_from = (0..at)
        .rev()
        .find(|&j| super::tokens::ends_sentence(&tokens[j]))
        .map_or(0, |j| j + 1);
    if tokens[at].is_any(&["held", "kept"])
        && tokens[sentence_from..at]
            .iter()
            .any(|t| t.is_any(&["hospital", "clinic", "infirmary", "ward"]))
    {
        return None;
    }
    // "I was held there for five days", "we were kept": detention in the
    // passive, without a place.
    // "My brother Shatlyk was held for two days": a relative or a name too.
    if tokens[at].is_any(&["held", "kept"])
        && at >= 2
        && tokens[at - 1].is_any(&["was", "were", "been"])
        && (tokens[at - 2].is_any(&["i", "he", "she", "we", "they"])
            || role_of(&tokens[at - 2].lower).is_some_and(is_relative)
            || (at >= 3
                && role_of(&tokens[at - 3].lower).is_some_and(is_relative)
                && tokens[at - 2].kind == TokenKind::Word
                && !is_stopword(&tokens[at - 2].lower)))
    {
        return Some(at + 1);
    }
    // "Where were you held after the arrest?": asked, without a place.
    if tokens[at].is_any(&["held", "kept"])
        && at >= 2
        && tokens[at - 1].is("you")
        && tokens[at - 2].is_any(&["were", "was"])
    {
        return Some(at + 1);
    }
    // "held us", "kept me": detention without a place (not "kept me
    // standing", "kept me awake").
    if tokens[at].is_any(&["held", "kept", "keep", "keeps", "holding"])
        && window.first().is_some_and(|t| t.is_any(OBJECT_PRONOUNS))
    {
        let how = window.get(1).is_some_and(|t| {
            (t.lower.ends_with("ing") && t.lower.len() > 5)
                || t.is_any(&["awake", "quiet", "silent", "busy"])
        });
        return (!how).then_some(at + 2);
    }
    // ("took the three of us", "took all of them")
    let some_of_us = window
        .iter()
        .take(4)
        .position(|t| t.is("of"))
        .is_some_and(|o| {
            window.get(o + 1).is_some_and(|t| t.is_any(&["us", "them"]))
                && window[..o].iter().all(|t| {
                    t.is_any(&["the", "all", "both", "some", "each"])
                        || super::numbers::number_at(std::slice::from_ref(t), 0).is_some()
                })
        });
    let person_object = some_of_us
        || window.first().is_some_and(|t| {
            t.is_any(&[
                "me", "him", "her", "us", "them", "my", "our", "his", "everyone", "people",
            ])
        })
        || (at > 0 && tokens[at - 1].is_any(&["was", "were", "been", "got"]))
        // "was stopped at a checkpoint and held for two nights at the station"
        || (at > 0
            && tokens[at - 1].is("and")
            && tokens[at.saturating_sub(8)..at - 1]
                .iter()
                .any(|t| t.is_any(&["was", "were"])))
        // "were you held at the headquarters?"
        || (at > 1
            && tokens[at - 2].is_any(&["was", "were"])
            && tokens[at - 1].is_any(SUBJECT_PRONOUNS));
    // "took away my younger brother Olivier", "took away Olivier".
    if tokens[at].is_any(&["took", "taken", "dragged", "carried"])
        && window.first().is_some_and(|t| t.is("away"))
        && window.get(1).is_some_and(|t| {
            t.is_any(&["my", "our", "his", "her", "him", "me", "us", "them"])
                || (t.capitalized && t.kind == TokenKind::Word)
        })
    {
        return Some(at + 2);
    }
    // "took tendai away": someone named, taken away.
    let named_away = window
        .first()
        .is_some_and(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
        && window.get(1).is_some_and(|t| t.is("away"));
    if named_away {
        return Some(at + 3);
    }
    // "they took Jawid, and…", "they took jawid and left": someone named,
    // taken (in a transcript, a word that could only be a name).
    if tokens[at].is_any(&["took", "taken", "dragged"])
        && at > 0
        && !tokens[at - 1].is_any(&["i", "we", "you"])
        && window.first().is_some_and(|t| {
            t.kind == TokenKind::Word
                && (t.capitalized || super::words::could_be_name(&t.lower))
                && !is_stopword(&t.lower)
        })
        && window
            .get(1)
            .is_none_or(|t| t.kind == TokenKind::Break || t.is("and"))
    {
        return Some(at + 2);
    }
    if !person_object {
        return None;
    }
    // "my brother was taken from the university by security men".
    if tokens[at].is("taken")
        && at > 0
        && tokens[at - 1].is_any(&["was", "were", "been"])
        && window.first().is_some_and(|t| t.is_any(&["from", "by"]))
    {
        return Some(at + 1);
    }
    // "they took me at the market": seized where they were (not "took me at
    // night", nor "at the end").
    if tokens[at].is_any(&["took", "taken", "take"])
        && window.first().is_some_and(|t| t.is_any(OBJECT_PRONOUNS))
        && window.get(1).is_some_and(|t| t.is("at"))
        && window
            .get(2)
            .is_some_and(|t| t.is_any(&["the", "a", "our", "my"]))
        && window
            .get(3)
            .is_some_and(|t| !t.is_any(&["end", "time", "moment", "same", "age", "start"]))
    {
        return Some(at + 2);
    }
    // "The gang took him and the vehicle", "took her with them": someone taken.
    if tokens[at].is_any(&["took", "taken", "dragged"])
        && window.first().is_some_and(|t| t.is_any(&["him", "her"]))
        && (window
            .get(1)
            .is_none_or(|t| t.kind == TokenKind::Break || t.is("and"))
            || (window.get(1).is_some_and(|t| t.is("with"))
                && window.get(2).is_some_and(|t| t.is("them"))))
    {
        return Some(at + 2);
    }
    // "took my brother Yaasiin, who…", "took my son away": a relative taken.
    if tokens[at].is_any(&["took", "taken", "dragged"])
        && window
            .first()
            .is_some_and(|t| t.is_any(&["my", "our", "his", "her"]))
        && window
            .get(1)
            .is_some_and(|t| role_of(&t.lower).is_some_and(is_relative))
    {
        let mut end = 2;
        // The relative's name.
        while window
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized)
        {
            end += 1;
        }
        // A name in a lowercase transcript: "took my brother yaasiin, and…"
        let ends_at = |k: usize| window.get(k).is_none_or(|t| t.kind == TokenKind::Break);
        if end == 2
            && window
                .get(2)
                .is_some_and(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
            && ends_at(3)
        {
            end = 3;
        }
        let next = window.get(end);
        if next.is_none_or(|t| t.kind == TokenKind::Break || t.is_any(&["with", "away"])) {
            return Some(at + 1 + end);
        }
    }
    window
        .iter()
        .take_while(|t| t.kind != TokenKind::Break || t.lower == ",")
        .position(|t| t.is("away") || t.is_any(PLACES))
        .map(|p| at + 2 + p)
}

/// Whether the event at `at` is done to a thing: "burned the house", "the shop
/// was destroyed".
fn property(tokens: &[Token], clause_start: usize, at: usize) -> bool {
    const THINGS: &[&str] = &[
        "house",
        "houses",
        "home",
        "homes",
        "shop",
        "shops",
        "car",
        "cars",
        "village",
        "church",
        "office",
        "property",
        "farmhouse",
        "hut",
        "kiosk",
        "stall",
        "building",
        "furniture",
        "belongings",
        "windows",
        "door",
        "farm",
        "crops",
        "store",
        "business",
        "market",
        "school",
        "mosque",
        "documents",
        "papers",
        "things",
        "barn",
        "barns",
        "stable",
        "shed",
        "fields",
        "harvest",
        "kiosks",
        "workshop",
        "salon",
        "restaurant",
        "flat",
        "chair",
        "chairs",
        "table",
        "tables",
        "mirror",
        "mirrors",
        "shelves",
        "stock",
        "goods",
        "equipment",
        "gate",
        "wall",
        "walls",
        "roof",
        "phone",
        "laptop",
        "computer",
        "television",
        "tv",
        "machines",
        "dryer",
        "motorbike",
        "motorcycle",
        "truck",
        "van",
        "taxi",
        "bus",
    ];
    // Done to a person named right after the verb ("found the house and
    // beat marion"), not to a thing.
    let person = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.is_any(&["me", "him", "her", "us", "them", "everyone", "people"])
                || role_of(&t.lower).is_some()
                || (!is_stopword(&t.lower) && name_like(t, &t.lower))
        })
    };
    if person(at + 1)
        || (tokens
            .get(at + 1)
            .is_some_and(|t| t.is_any(&["my", "our", "his", "her", "their"]))
            && tokens
                .get(at + 2)
                .is_some_and(|t| role_of(&t.lower).is_some()))
    {
        return false;
    }
    let after = tokens[at + 1..tokens.len().min(at + 6)]
        .iter()
        .take_while(|t| t.kind != TokenKind::Break);
    let before = tokens[clause_start..at].iter().rev().take(4);
    after.chain(before).any(|t| t.is_any(THINGS))
}

fn repeated(tokens: &[Token], clause_start: usize, at: usize) -> bool {
    let end = tokens.len().min(at + 5);
    let window = &tokens[clause_start..end];
    window.iter().any(|t| t.is("again"))
        || window.windows(2).any(|w| {
            (w[0].is("second") || w[0].is("another") || w[0].is("third"))
                && w[1].is_any(&["time", "arrest", "attack", "occasion"])
        })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn kinds(text: &str) -> Vec<(EventKind, bool)> {
        events(&tokenize(text))
            .iter()
            .map(|e| (e.kind, e.positive))
            .collect()
    }

    #[test]
    fn a_denial_reaches_along_or_and_a_court_is_no_arrest() {
        assert_eq!(
            kinds("they never charged me or took me to a judge"),
            [(EventKind::Charge, false), (EventKind::Charge, false)]
        );
        assert_eq!(
            kinds("They took me to court in March."),
            [(EventKind::Charge, true)]
        );
        // A reason told of everyone is no report of the story.
        assert_eq!(
            kinds(
                "I did not report it, because reports by Roma against the police are never heard."
            ),
            [(EventKind::Report, false)]
        );
        assert_eq!(
            kinds("no i never report because when poor people report to police nothing happen"),
            [(EventKind::Report, false)]
        );
        // What reporting would do, told in general, is no report.
        assert_eq!(
            kinds("No, I never complained. Complaining to them would only bring trouble."),
            [(EventKind::Report, false)]
        );
        // A promise not to do something is no denial that it was done.
        assert_eq!(
            kinds("i sign a paper that i promise not to join the protests again"),
            [(EventKind::Sign, true)]
        );
        // Handed a paper to sign is not signing it.
        assert_eq!(
            kinds("They gave me a form in Arabic to sign, and I refused."),
            []
        );
        assert_eq!(
            kinds("They forced me to sign a confession."),
            [(EventKind::Sign, true)]
        );
        assert_eq!(kinds("Later my aunt came with a paper for me to sign."), []);
        // Taken where one was: seized.
        assert_eq!(
            kinds("they took me at the market"),
            [(EventKind::Arrest, true)]
        );
        assert_eq!(kinds("my uncle took me at night to his house"), []);
        assert_eq!(
            kinds("Four soldiers pushed me and my cousin Ali into the back of a truck."),
            [(EventKind::Arrest, true)]
        );
        assert_eq!(
            kinds("Two men pushed me into the back of a van."),
            [(EventKind::Kidnap, true)]
        );
        assert_eq!(
            kinds("They drove the four of us to the police station in Kara."),
            [(EventKind::Arrest, true)]
        );
        // Non-native grammar: "take" tells what was done.
        assert_eq!(
            kinds("they take her also to their office for two days"),
            [(EventKind::Arrest, true)]
        );
    }

    #[test]
    fn kept_standing_is_no_detention() {
        assert!(kinds("he kept me standing for hours and shouted").is_empty());
        assert!(kinds("they kept me awake all night").is_empty());
        assert_eq!(
            kinds("they kept me for three days"),
            [(EventKind::Arrest, true)]
        );
    }

    #[test]
    fn struck_and_cracked() {
        assert_eq!(
            kinds("officers struck me with batons on my back"),
            [(EventKind::Beat, true)]
        );
        assert!(kinds("they struck a deal with the smugglers").is_empty());
        assert_eq!(
            kinds("a doctor found that one of my ribs was cracked"),
            [(EventKind::Injure, true)]
        );
    }

    #[test]
    fn a_warrant_is_no_arrest() {
        assert!(kinds("in March 2023 a warrant for my arrest was issued").is_empty());
        assert!(kinds("an arrest warrant was issued for him").is_empty());
        assert_eq!(
            kinds("they arrested me on a warrant"),
            [(EventKind::Arrest, true)]
        );
    }

    #[test]
    fn a_participle_in_a_list_is_done_to_the_passive_subject() {
        let victims = |text: &str| -> Vec<(EventKind, Vec<Victim>)> {
            events(&tokenize(text))
                .into_iter()
                .map(|e| (e.kind, e.victims))
                .collect()
        };
        assert_eq!(
            victims("Amadou was taken to the station, beaten and released the next day.")[1],
            (EventKind::Beat, vec![Victim::Name("amadou".into())])
        );
        // The object of "kicked him" is not the one named in the next clause.
        assert_eq!(
            victims("they kicked him, and Musa carried him home"),
            [(EventKind::Beat, vec![Victim::Name(SOMEONE_ELSE.into())])]
        );
    }

    #[test]
    fn an_act_told_as_a_noun_is_its_owners() {
        let victims = |text: &str| -> Vec<Vec<Victim>> {
            events(&tokenize(text))
                .into_iter()
                .map(|e| e.victims)
                .collect()
        };
        // Someone's, not the speaker's.
        let hers = victims("Lusia was arrested in May. After her arrest I hid.");
        assert_eq!(hers.len(), 2);
        assert!(
            !hers[1].is_empty() && !hers[1].contains(&Victim::Client),
            "{hers:?}"
        );
        assert_eq!(victims("After my arrest I hid."), [vec![Victim::Client]]);
    }

    #[test]
    fn polarity_and_kinds() {
        assert_eq!(
            kinds("I reported the attack to the National Civil Police"),
            [(EventKind::ReportPolice, true), (EventKind::Beat, true)]
        );
        assert_eq!(
            kinds("No, I was too scared to go to the police."),
            [(EventKind::ReportPolice, false)]
        );
        assert_eq!(
            kinds("they slapped her and took away my younger brother Olivier"),
            [(EventKind::Beat, true), (EventKind::Arrest, true)]
        );
        assert_eq!(
            kinds("the police stopped me and kept me two days"),
            [(EventKind::Arrest, true)]
        );
        // A place is no one harmed; a verb after "they" is no name.
        let victims = |text: &str| -> Vec<Vec<Victim>> {
            events(&tokenize(text))
                .into_iter()
                .map(|e| e.victims)
                .collect()
        };
        assert_eq!(
            victims(
                "kamal was fifteen. they stopped him near dorvik and kept him two days at the dorvik police station. they hit him with a cable."
            ),
            [
                vec![Victim::Name("kamal".into())],
                vec![Victim::Name("kamal".into())]
            ]
        );
        assert_eq!(
            victims("They questioned him twice. They beat him."),
            [vec![Victim::Name(SOMEONE_ELSE.into())]]
        );
        // Asked, without a place.
        assert_eq!(
            kinds("Where were you kept after the raid?"),
            [(EventKind::Arrest, true)]
        );
        assert_eq!(
            kinds("I refused to sign the confession"),
            [(EventKind::Sign, false)]
        );
        assert_eq!(
            kinds("they said they would kill my son"),
            [(EventKind::Threaten, true)]
        );
        assert_eq!(
            kinds("A month later they burned my mother's house."),
            [(EventKind::Burn, true)]
        );
        assert_eq!(
            kinds("I did not go to the police, but I made a complaint at the Public Ministry"),
            [
                (EventKind::ReportPolice, false),
                (EventKind::ReportOther, true)
            ]
        );
    }

    #[test]
    fn what_reaches_a_verb() {
        // Reported speech reports what happened; "told me to" asks.
        assert_eq!(
            kinds("my aunt told me three soldiers came and they beat my cousin"),
            [(EventKind::Beat, true)]
        );
        assert_eq!(kinds("they told me to sign the paper"), []);
        // A negation or modal ends with its clause.
        assert_eq!(
            kinds("i said no and the next day they beat me"),
            [(EventKind::Beat, true)]
        );
        assert_eq!(
            kinds("my husband said i'm not at home and one hit him"),
            [(EventKind::Beat, true)]
        );
        assert_eq!(
            kinds("When I would not answer, the guards beat me."),
            [(EventKind::Beat, true)]
        );
        assert_eq!(
            kinds("they did not beat me and then kick me"),
            [(EventKind::Beat, false), (EventKind::Beat, false)]
        );
        assert_eq!(
            kinds("they wanted money and she refused, so they kept her for a week"),
            [(EventKind::Arrest, true)]
        );
        assert_eq!(
            kinds("he said they would kill me, burn the house"),
            [(EventKind::Threaten, true), (EventKind::Threaten, true)]
        );
    }

    #[test]
    fn a_denial_does_not_reach_into_a_clause_hung_on_it() {
        assert_eq!(
            kinds("I don't hear well since the soldier hit me with his rifle"),
            [(EventKind::Beat, true)]
        );
        assert_eq!(
            kinds("they did not beat me until the commander came"),
            [(EventKind::Beat, false)]
        );
    }

    #[test]
    fn releases_and_takings_told_in_phrases() {
        assert_eq!(
            kinds("after i came out, i went home"),
            [(EventKind::Release, true)]
        );
        assert_eq!(
            kinds("when I got out I went to my aunt"),
            [(EventKind::Release, true)]
        );
        assert_eq!(kinds("my uncle got me out"), [(EventKind::Release, true)]);
        assert!(kinds("I came out of the shop").is_empty());
        assert_eq!(
            kinds("first they took jawid, and"),
            [(EventKind::Arrest, true)]
        );
        assert!(kinds("they took everything, and left").is_empty());
        assert!(
            kinds("here a man like me can be beaten or killed")
                .iter()
                .all(|(k, _)| *k == EventKind::Threaten)
        );
        assert!(
            !kinds("he drove me to the hospital, where I was kept overnight")
                .contains(&(EventKind::Arrest, true))
        );
    }

    #[test]
    fn verbs_that_end_in_e() {
        // The stem of "released" is "releas", of "charged" "charg".
        assert_eq!(
            kinds("they released me. they charged him. he was tortured. she was raped. i escaped."),
            [
                (EventKind::Release, true),
                (EventKind::Charge, true),
                (EventKind::Torture, true),
                (EventKind::Rape, true),
                (EventKind::Escape, true)
            ]
        );
        // "got out of prison" is a release; "arrested none of them" denies.
        assert_eq!(
            kinds("when i got out of prison i left"),
            [(EventKind::Release, true)]
        );
        // Reporting in as ordered is not reporting a wrong; whom a report
        // went to is told in its own clause.
        assert_eq!(
            kinds("after that i had to report to the police station every week"),
            [(EventKind::CheckIn, true)]
        );
        assert_eq!(
            kinds("no i didn't report it, the chief is the police there"),
            [(EventKind::Report, false)]
        );
        let told = kinds("the next day, i went to the police (the cid) and made a report");
        assert!(
            !told.is_empty() && told.iter().all(|k| *k == (EventKind::ReportPolice, true)),
            "{told:?}"
        );
        // A town on the way to the police; not a sentence that ends first.
        assert_eq!(
            kinds("My aunt went to Mzuzu to the police."),
            [(EventKind::ReportPolice, true)]
        );
        assert!(
            !kinds("I went to the market. The police were there.")
                .contains(&(EventKind::ReportPolice, true))
        );
        assert!(events(&tokenize("they burned our barn with the sheep inside"))[0].property);
        assert_eq!(
            kinds("they took me to a room without windows and beat me"),
            [(EventKind::Beat, true)]
        );
        assert_eq!(
            kinds("they let me go without charging me"),
            [(EventKind::Release, true), (EventKind::Charge, false)]
        );
        assert_eq!(
            kinds("the day after i came out of the police station"),
            [(EventKind::Release, true)]
        );
        assert_eq!(kinds("we got out of the car"), []);
        assert_eq!(
            kinds("they let me go at dawn"),
            [(EventKind::Release, true)]
        );
        assert_eq!(
            kinds("the police arrested none of the attackers"),
            [(EventKind::Arrest, false)]
        );
    }

    #[test]
    fn repeats() {
        let e = events(&tokenize("I was arrested a second time in May"));
        assert!(e[0].repeated);
    }

    #[test]
    fn losing_a_job_is_a_dismissal() {
        for text in [
            "my wife lost her job at the school",
            "In February 2019 she was dismissed from her school.",
            "the director fired me the next week",
            "he was fired from the plant",
        ] {
            assert_eq!(kinds(text), [(EventKind::Dismiss, true)], "{text}");
        }
        assert_eq!(kinds("they fired at us from the car"), []);
        assert_eq!(kinds("i lost my passport"), []);
    }

    #[test]
    fn each_harm_keeps_its_own_victims() {
        let victims = |text: &str| -> Vec<Vec<Victim>> {
            events(&tokenize(text))
                .into_iter()
                .filter(|e| e.kind.is_harm())
                .map(|e| e.victims)
                .collect()
        };
        // "another kurd" is someone not named.
        assert_eq!(
            victims("at the camp the guards beat me and another kurd"),
            [vec![Victim::Client, Victim::Group]]
        );
        // A passive's subject is its own clause's, not one before a comma.
        assert_eq!(
            victims("My brother Daniyar was held for two days, and my father was arrested too."),
            [
                vec![Victim::Role("brother"), Victim::Name("daniyar".into())],
                vec![Victim::Role("father")]
            ]
        );
        assert_eq!(
            victims("Aigerim told me that Saule had been beaten."),
            [vec![Victim::Name("saule".into())]]
        );
        // The owner in "ana's sister" and the words describing someone
        // named are nobody harmed.
        assert_eq!(
            victims("one night his men found the house and beat rosa, ana's sister"),
            [vec![Victim::Name("rosa".into()), Victim::Role("sister")]]
        );
        assert!(!events(&tokenize("they found the house and beat rosa"))[0].property);
        assert!(events(&tokenize("they smashed my mirrors and kicked the chairs"))[1].property);
        assert_eq!(
            victims("My cousin Omar, the son of my father's brother, was taken by armed men."),
            [vec![Victim::Role("cousin"), Victim::Name("omar".into())]]
        );
    }
}
