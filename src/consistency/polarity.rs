//! Yes/no questions about any act: "Did you sign anything?", "Were you
//! charged?", "Did you give them any names?". The event extractor knows the
//! acts an asylum story is made of (arrest, beating, reporting…); this knows
//! none of them. It takes the question's verb, reads whether the answer says
//! the client did it or not ("yes", "i gave him some names", "i refused"), and
//! whether the statement's first-person clauses with the same verb say the
//! same ("I gave him no names", "I was not charged", "refused to apply").
//! Only one clear stance on each side counts: a statement that says both, or
//! an answer that only reports what others wanted ("they wanted me to sign"),
//! gives no finding.

use crate::facts::events::{POLICE_WORDS, another_time, gone_to};
use crate::facts::people::{GROUP_ROLES, is_man, role_of};
use crate::facts::tokens::{POSSESSIVES, SUBJECT_PRONOUNS, Token, TokenKind, stem, tokenize};

/// Words that end a clause besides punctuation.
const CLAUSE_WORDS: &[&str] = &["but", "and", "so", "because", "although", "though", "then"];
/// Words that open a clause of time, which may have a subject of its own
/// ("… after my father signed a guarantee").
const TIME_CLAUSE: &[&str] = &["after", "before", "until", "when", "while"];
/// Words that, before the verb in its clause, deny it.
const NEGATIONS: &[&str] = &[
    "not", "never", "didn't", "don't", "wasn't", "weren't", "haven't", "hadn't", "couldn't",
    "wouldn't", "won't", "can't", "cannot", "neither", "nor",
];
/// Words that, right after the verb, deny its object: "I gave him no names".
const EMPTY_OBJECTS: &[&str] = &["no", "nothing", "none", "nobody", "anything"];
/// Whether `tokens` tell a refusal ("I refused.").
pub fn refuses(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.is_any(REFUSALS))
}

/// A denial with no verb of its own, which denies the act the sentence
/// before names: "I did not.", "But I never did."
pub fn bare_denial(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !t.is_any(&["but", "and", "so", "i", "we"]))
        .map(|t| t.lower.as_str())
        .collect();
    tokens
        .iter()
        .find(|t| t.kind == TokenKind::Word && !t.is_any(&["but", "and", "so"]))
        .is_some_and(|t| t.is_any(&["i", "we"]))
        && matches!(
            words.as_slice(),
            ["did", "not"] | ["didn't"] | ["never", "did"] | ["never"] | ["did", "not", "do", "it"]
        )
}

/// Whether `tokens` name the act `verb` (in any mood: "I could make a
/// complaint").
pub fn names_act(tokens: &[Token], verb: &str) -> bool {
    (0..tokens.len()).any(|i| verb_at(tokens, i, verb))
}

/// Refusing: "I refused", "refused to apply".
const REFUSALS: &[&str] = &["refused", "refuse", "refusing", "declined"];
/// Words before "to V" that assert the act: "I had to sign", "agreed to go".
const DOING_TO: &[&str] = &["had", "agreed", "decided", "managed", "chose", "went"];
/// A word of [`MODALS`], not the month: "On 2 May I went…".
fn is_modal(t: &Token) -> bool {
    t.is_any(MODALS) && !(t.is("may") && t.capitalized)
}

/// Going somewhere, told before "to V": "went to the station to report".
const WENT: &[&str] = &[
    "went",
    "came",
    "returned",
    "walked",
    "ran",
    "drove",
    "travelled",
];
/// Words before "(that) I V" that ask for the act without telling it.
const REQUESTS: &[&str] = &[
    "demanded", "demand", "insisted", "wanted", "ordered", "asked", "expected",
];
/// Words that leave the act unasserted: "should I sign", "they wanted me to".
const MODALS: &[&str] = &[
    "should", "would", "could", "might", "may", "will", "can", "if", "unless",
];
/// Words between "you" and the verb that do not matter.
const FILLERS: &[&str] = &[
    "ever", "also", "then", "still", "actually", "really", "yourself",
];
/// Verbs that say little without their object: "taken before a court".
pub(crate) const GENERIC_VERBS: &[&str] = &[
    "take", "go", "give", "get", "make", "put", "see", "come", "bring", "send", "tell", "say",
    "leave", "keep", "hold", "let", "ask", "know", "find", "meet",
];
/// Auxiliaries that open a yes/no question about what happened.
const AUXILIARIES: &[&str] = &[
    "did", "were", "was", "have", "has", "had", "do", "does", "are", "is",
];

/// Whether a question asks yes or no ("Did you…", "Were you…", "Would you…").
pub fn is_yes_no(question: &[Token]) -> bool {
    question
        .first()
        .is_some_and(|t| t.is_any(AUXILIARIES) || t.is_any(&["could", "would", "will"]))
}

/// Who a yes/no question asks about: the client ("did you") or a relative
/// ("did your mother"), as the words that name them in a clause.
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    /// As the subject: "I", "she", "my mother".
    subject: Vec<String>,
    /// As the object of "made me sign", "forced her to pay".
    object: Vec<String>,
    /// Asked in the passive ("were you questioned?"): "they questioned me"
    /// answers it.
    passive: bool,
}

impl Actor {
    fn client() -> Actor {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect();
        Actor {
            subject: words(&["i", "we", "i'm", "i've", "we've", "i'd"]),
            object: words(&["me", "us"]),
            passive: false,
        }
    }

    /// "Did anyone take your fingerprints?": whoever did it.
    fn anyone() -> Actor {
        let words = |w: &[&str]| w.iter().map(|w| w.to_string()).collect();
        Actor {
            subject: words(&[
                "they", "he", "she", "someone", "somebody", "anyone", "anybody", "nobody",
                "police", "officer", "officers", "soldiers", "guards", "agents", "men", "people",
            ]),
            object: Vec::new(),
            passive: false,
        }
    }

    /// "your mother": she, her, mother, and the client's "my mother".
    fn relative(role: &str) -> Actor {
        let (subject, object): (&[&str], &[&str]) = match is_man(role) {
            Some(false) => (&["she"], &["her"]),
            Some(true) => (&["he"], &["him"]),
            None => (&["he", "she"], &["him", "her"]),
        };
        let mut subject: Vec<String> = subject.iter().map(|w| w.to_string()).collect();
        subject.push(role.to_string());
        let mut object: Vec<String> = object.iter().map(|w| w.to_string()).collect();
        object.push(role.to_string());
        Actor {
            subject,
            object,
            passive: false,
        }
    }

    /// Whether the actor does the act at `at`: named before it as the
    /// subject ("I signed", "I was charged"), or made to do it ("they made me
    /// sign", "forced her to pay"). "The man who had given me the documents"
    /// is someone else's act.
    fn does(&self, clause: &[Token], at: usize) -> bool {
        let before = &clause[..at];
        let is = |t: &Token, words: &[String]| words.iter().any(|w| t.is(w));
        // Asked in the passive ("was your brother beaten?"), "he beat me"
        // is someone else's act: the one asked about must undergo it ("he
        // was beaten", "they beat him").
        let passive_here = before
            .iter()
            .rev()
            .take(3)
            .any(|t| t.is_any(&["was", "were", "been", "being", "got", "get"]));
        let subject =
            before.iter().any(|t| is(t, &self.subject)) && (!self.passive || passive_here);
        let made = (1..=2).any(|back| {
            at > back
                && is(&before[at - back], &self.object)
                && before[..at - back].last().is_some_and(|c| {
                    c.is_any(&["made", "forced", "let", "had", "got", "make", "force"])
                })
        });
        // "they questioned me" for "were you questioned?"
        let done_to = self.passive && clause.get(at + 1).is_some_and(|t| is(t, &self.object));
        subject || made || done_to
    }
}

/// The verbs a yes/no question asks about (stems), and whom: the verb after
/// "did you" or "did your mother", and one asked for in "told you to present
/// yourself".
pub fn asked_verbs(question: &str) -> (Vec<String>, Option<Actor>) {
    // ("After the arrest in April 2021, were you ever brought before a
    // judge?": the question after its lead-in.)
    let tokens = tokenize(question);
    let from = tokens
        .iter()
        .position(|t| t.lower == ",")
        .filter(|&c| {
            !tokens.first().is_some_and(|t| t.is_any(AUXILIARIES))
                && tokens.get(c + 1).is_some_and(|t| t.is_any(AUXILIARIES))
        })
        .map_or(0, |c| c + 1);
    let words: Vec<Token> = tokens
        .into_iter()
        .skip(from)
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    if !words.first().is_some_and(|t| t.is_any(AUXILIARIES)) {
        return (Vec::new(), None);
    }
    // "Did they make you record a video?": whether the client did it.
    let made_you = words
        .windows(2)
        .position(|w| w[0].is_any(&["make", "force", "get", "let"]) && w[1].is("you"));
    let (actor, rest) = match (words.get(1), words.get(2)) {
        (Some(you), _) if you.is("you") => (Actor::client(), 2),
        (Some(any), _) if any.is_any(&["anyone", "anybody", "someone", "somebody"]) => {
            (Actor::anyone(), 2)
        }
        _ if made_you.is_some() => (Actor::client(), made_you.unwrap_or(0) + 2),
        (Some(your), Some(role)) if your.is("your") => match role_of(&role.lower) {
            Some(r) if !GROUP_ROLES.contains(&r) => (Actor::relative(r), 3),
            _ => return (Vec::new(), None),
        },
        _ => return (Vec::new(), None),
    };
    let mut verbs = Vec::new();
    let mut actor = actor;
    let mut main_words = words
        .get(rest..)
        .unwrap_or(&[])
        .iter()
        .filter(|t| !t.is_any(FILLERS));
    if let Some(mut main) = main_words.next() {
        // "have you been arrested?"
        let been = main.is("been");
        if been && let Some(next) = main_words.next() {
            main = next;
        }
        // "have you ever been a member?": the noun is what is asked.
        while main.is_any(&["a", "an", "the", "any"])
            && let Some(next) = main_words.next()
        {
            main = next;
        }
        // "were you questioned?", "have you been charged?"
        actor.passive = (been || words[0].is_any(&["were", "was"]))
            && (main.lower.ends_with("ed") || main.lower.ends_with("en"));
        verbs.push(stem(&main.lower));
    }
    for pair in words.windows(3) {
        if pair[0].is("you") && pair[1].is("to") {
            verbs.push(stem(&pair[2].lower));
        }
    }
    verbs.retain(|v| v.len() >= 2 && !matches!(v.as_str(), "be" | "have" | "do"));
    verbs.dedup();
    (verbs, Some(actor))
}

/// What a text says of `actor` doing `verb`: `Some(true)` did,
/// `Some(false)` did not, `None` unclear or both. `reply` lets a leading
/// "yes"/"no" answer the question.
///
/// A verb that says little alone ("take", "give") must come with a word of
/// the question's own (`asked`, stems) in its clause: "taken before a court"
/// is not "taken with a hood to a camp".
pub fn stance(
    text: &str,
    actor: &Actor,
    verb: &str,
    asked: &[String],
    reply: bool,
) -> Option<bool> {
    let tokens = tokenize(text);
    if reply && let Some((said, _)) = leading_reply(&tokens) {
        return Some(said);
    }
    // A refusal alone ("I refused.") refuses what was asked of the client,
    // told in the same text (in its words or the question's): in a reply,
    // by the question.
    // (Only worked out where there is a refusal.)
    let demand_told = reply
        || (refuses(&tokens)
            && ((0..tokens.len()).any(|i| verb_at(&tokens, i, verb))
                || tokens.iter().any(|t| asked.contains(&stem(&t.lower)))));
    let mut said: Option<bool> = None;
    // "I went to the prosecutor with my brother-in-law and filed a report":
    // a clause with no subject of its own has the one before.
    // (Not a subject told in a reason: "because I refused to pay, and
    // reported them" does not say who reported.)
    let mut subject: Option<&Token> = None;
    for (opened_by, clause) in clauses(&tokens) {
        let reason = opened_by.is_some_and(|t| t.is_any(&["because", "although", "though"]));
        let own = clause.iter().find(|t| t.is_any(SUBJECT_PRONOUNS));
        let someone = opened_by.is_some_and(|t| t.is_any(TIME_CLAUSE));
        let found = clause_stance(clause, actor, verb, asked, demand_told).or_else(|| {
            let before = subject.filter(|_| own.is_none() && !someone)?;
            let with: Vec<Token> = std::iter::once(before.clone())
                .chain(clause.iter().cloned())
                .collect();
            clause_stance(&with, actor, verb, asked, demand_told)
        });
        subject = if reason { None } else { own.or(subject) };
        let Some(found) = found else {
            continue;
        };
        match said {
            Some(s) if s != found => return None,
            _ => said = Some(found),
        }
    }
    // "Dr Sialo, a doctor at a private clinic, examined me": seen by one.
    if said.is_none() && verb == GOING_FOR_CARE && cared_for(&tokens, actor) {
        return Some(true);
    }
    said
}

/// "Yes, …" / "No, …" at the start of an answer, and the index of that word
/// in `tokens`. "No, not the police" corrects a part of the question and says
/// nothing of the act.
pub fn leading_reply(tokens: &[Token]) -> Option<(bool, usize)> {
    let words: Vec<(usize, &Token)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .filter(|(_, t)| !t.is_any(&["um", "uh", "er", "well", "oh"]))
        .take(3)
        .collect();
    let &(at, first) = words.first()?;
    // "Yes and no": both.
    let both = words.get(1).is_some_and(|(_, t)| t.is("and"))
        && words.get(2).is_some_and(|(_, t)| t.is_any(&["no", "yes"]));
    if both {
        return None;
    }
    if first.is_any(&["yes", "yeah", "yep", "correct", "right"]) {
        return Some((true, at));
    }
    // "I did." / "I didn't." as the whole first sentence.
    if first.is_any(&["i", "we"])
        && let Some(&(_, second)) = words.get(1)
        && tokens
            .get(at + 2)
            .is_none_or(|t| t.kind == TokenKind::Break)
    {
        if second.is_any(&["did", "have", "had", "was", "were"]) {
            return Some((true, at));
        }
        if second.is_any(&["didn't", "haven't", "hadn't", "wasn't", "weren't"]) {
            return Some((false, at));
        }
    }
    if first.is_any(&["no", "nope", "never", "not"]) {
        let correction = words.get(1).is_some_and(|(_, t)| t.is("not"))
            && words.get(2).is_some_and(|(_, t)| {
                t.is_any(&["the", "a", "to", "at", "in", "that", "this", "with", "for"])
            });
        // "Not me. My sister went…": who did it, not whether it was done.
        let not_the_speaker = first.is("not")
            && words
                .get(1)
                .is_some_and(|(_, t)| t.is_any(&["me", "i", "myself"]));
        if not_the_speaker {
            return None;
        }
        return (!correction).then_some((false, at));
    }
    None
}

/// Stems of one verb: "charg" (charged) and "charge".
fn same_verb(a: &str, b: &str) -> bool {
    a.trim_end_matches('e') == b.trim_end_matches('e')
}

/// Verbs of seeking protection: "claimed asylum", "applied for asylum",
/// "asked for refugee status" are one act.
const SEEKING: &[&str] = &[
    "claim", "apply", "ask", "seek", "request", "lodg", "file", "sought", "want",
];
/// Forms of "go": "went to a doctor", against being taken there.
const GOING: &[&str] = &["go", "went", "gone", "going"];
/// Where one goes for care.
pub const CARE: &[&str] = &["doctor", "hospital", "clinic", "nurse", "emergency"];
/// The act of going to a doctor or a hospital, asked as "did you see a
/// doctor": "I did not go to a doctor", "went to the clinic".
pub const GOING_FOR_CARE: &str = "go-for-care";

/// Whether `tokens` tell a doctor or a nurse treating the one asked about
/// ("a doctor examined me and treated my wrists"), with no word denying it.
fn cared_for(tokens: &[Token], actor: &Actor) -> bool {
    let carer = tokens
        .iter()
        .any(|t| t.is_any(&["dr", "doctor", "nurse", "medic", "paramedic"]));
    let treated = tokens.windows(2).any(|w| {
        w[0].is_any(&["examined", "treated", "stitched", "bandaged"])
            && actor.object.contains(&w[1].lower)
    });
    carer
        && treated
        && !tokens
            .iter()
            .any(|t| t.is_any(NEGATIONS) || t.is("no") || is_modal(t))
}

/// Verbs of reporting a wrong: "reported it", "complained", "denounced them".
const REPORTING: &[&str] = &["report", "complain", "denounc"];
/// What those verbs seek, when they mean it.
const PROTECTION: &[&str] = &["asylum", "refugee", "protection"];

/// Whether the word at `at` of `clause` is `verb`, or in a clause about
/// asylum another verb of seeking it.
fn verb_at(clause: &[Token], at: usize, verb: &str) -> bool {
    let t = &clause[at];
    if t.kind != TokenKind::Word {
        return false;
    }
    // "in support of my claim for asylum" names the claim; it is no act.
    if at > 0 && clause[at - 1].is_any(&["my", "his", "her", "our", "their", "your"]) {
        return false;
    }
    let s = stem(&t.lower);
    if same_verb(&s, verb) {
        return true;
    }
    if verb == GOING_FOR_CARE {
        // "went to a doctor", or taken there: "my brother took me to the
        // clinic", "they drove him to hospital".
        let to = if t.is_any(GOING) {
            at + 1
        } else if t.is_any(&["took", "taken", "drove", "driven", "brought", "rushed"])
            && clause
                .get(at + 1)
                .is_some_and(|n| n.is_any(&["me", "him", "her", "us", "them"]))
        {
            at + 2
        } else {
            return false;
        };
        return clause.get(to).is_some_and(|n| n.is("to"))
            && clause[to + 1..]
                .iter()
                .take(2)
                .any(|n| CARE.contains(&stem(&n.lower).as_str()));
    }
    // "admitted to being a witch", "confessed": one act.
    let confessing = |v: &str| {
        ["admit", "admitt", "confess"]
            .iter()
            .any(|x| same_verb(x, v))
    };
    if confessing(verb) && confessing(&s) {
        return true;
    }
    let seeking = |v: &str| SEEKING.iter().any(|x| same_verb(x, v));
    let reporting = |v: &str| REPORTING.iter().any(|x| same_verb(x, v));
    // "I filed a complaint", "made a report": reporting in other words.
    let lodging = [
        "file",
        "filed",
        "made",
        "make",
        "lodged",
        "lodge",
        "submitted",
        "gave",
    ];
    let complaint = || {
        clause[at + 1..]
            .iter()
            .take(3)
            .any(|c| c.is_any(&["complaint", "report", "denunciation"]))
    };
    // "I did not go to the police": not reporting.
    let to_the_police = || {
        clause.get(at + 1).is_some_and(|c| c.is("to"))
            && (at + 2..clause.len().min(at + 4)).any(|k| {
                (POLICE_WORDS.contains(&clause[k].lower.as_str()) || clause[k].is("prosecutor"))
                    && gone_to(clause, k)
            })
    };
    (seeking(verb) && seeking(&s) && clause.iter().any(|c| c.is_any(PROTECTION)))
        || (reporting(verb) && reporting(&s))
        || (reporting(verb) && t.is_any(&lodging) && complaint())
        || (reporting(verb) && t.is_any(&["go", "went", "gone"]) && to_the_police())
}

/// The clauses of `tokens`, each with the word or mark that opened it.
fn clauses(tokens: &[Token]) -> Vec<(Option<&Token>, &[Token])> {
    // ("… after my father signed a guarantee": a time clause with another
    // subject.)
    let someone_else = |i: usize| {
        tokens[i].is_any(TIME_CLAUSE) && tokens.get(i + 1).is_some_and(|n| n.is_any(POSSESSIVES))
    };
    let ends = |t: &Token| t.kind == TokenKind::Break || t.is_any(CLAUSE_WORDS);
    let mut found = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if ends(t) || someone_else(i) {
            if start < i {
                found.push((start.checked_sub(1).map(|o| &tokens[o]), &tokens[start..i]));
            }
            start = i + 1;
        }
    }
    if start < tokens.len() {
        found.push((start.checked_sub(1).map(|o| &tokens[o]), &tokens[start..]));
    }
    found
}

/// The stance of one clause on `verb`, if it speaks of the client doing it.
/// A refusal with nothing after it refuses `verb` only where `demand_told`.
fn clause_stance(
    clause: &[Token],
    actor: &Actor,
    verb: &str,
    asked: &[String],
    demand_told: bool,
) -> Option<bool> {
    let vague = GENERIC_VERBS.iter().any(|g| same_verb(g, verb));
    if vague
        && !clause.iter().any(|t| {
            let s = stem(&t.lower);
            !same_verb(&s, verb) && asked.contains(&s)
        })
    {
        return None;
    }
    let refused = clause.iter().position(|t| t.is_any(REFUSALS));
    let at = (0..clause.len()).find(|&i| verb_at(clause, i, verb));
    let refused = refused.filter(|&r| actor.does(clause, r));
    let Some(at) = at else {
        // "but I refused (it)", "I refused every time": refusing what the
        // question asks about; not "I refused to pay", which is about paying.
        let bare = refused.is_some_and(|r| {
            clause[r + 1..].iter().all(|t| {
                t.is_any(&[
                    "it", "that", "this", "them", "him", "her", "both", "every", "each", "time",
                    "times", "again", "always",
                ])
            })
        });
        // "if I refused" refuses nothing.
        let supposed = refused.is_some_and(|r| clause[..r].iter().any(is_modal));
        return (bare && !supposed && demand_told).then_some(false);
    };
    let before = &clause[..at];
    // "I was released without charge", "they let me go without being charged".
    let mentioned = clause
        .iter()
        .any(|t| actor.subject.contains(&t.lower) || actor.object.contains(&t.lower));
    if mentioned && before.iter().rev().take(2).any(|t| t.is("without")) {
        return Some(false);
    }
    // (Taken for care, the one asked about is the object: "my brother took
    // me to the clinic".)
    let taken = verb == GOING_FOR_CARE
        && !clause[at].is_any(GOING)
        && clause
            .get(at + 1)
            .is_some_and(|o| actor.object.contains(&o.lower));
    if !actor.does(clause, at) && !taken && refused.is_none_or(|r| r > at) {
        return None;
    }
    if refused.is_some_and(|r| r < at) {
        return Some(false);
    }
    // "I did not make another complaint" denies a second one, not the first.
    if before.iter().any(|t| t.is_any(NEGATIONS)) {
        return (!another_time(clause, at)).then_some(false);
    }
    // "nobody took our fingerprints", "no one helped us"
    let near: Vec<&Token> = before.iter().rev().take(2).collect();
    if near.iter().any(|t| t.is("nobody"))
        || (near.len() == 2 && near[1].is("no") && near[0].is("one"))
    {
        return Some(false);
    }
    if before.iter().any(is_modal) {
        return None;
    }
    // "They demanded that I sign a confession": what was asked of the
    // client, not what the client did.
    let requested = before.iter().position(|t| t.is_any(REQUESTS));
    if requested.is_some_and(|r| {
        before[r + 1..]
            .iter()
            .any(|t| actor.subject.contains(&t.lower))
    }) {
        return None;
    }
    // "told us to apply", "wanted me to sign": what others asked, not an act.
    // (But "I went to the police station to report it": the client went
    // there for it, and did it.)
    let went_for_it = before
        .iter()
        .enumerate()
        .any(|(i, t)| t.is_any(WENT) && actor.does(clause, i));
    if at >= 1
        && before[at - 1].is("to")
        && !(at >= 2 && before[at - 2].is_any(DOING_TO))
        && !went_for_it
    {
        return None;
    }
    let after = clause[at + 1..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(3);
    let mut empty = false;
    for t in after {
        if t.is_any(EMPTY_OBJECTS) && !t.is("anything") {
            empty = true;
        }
    }
    Some(!empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verb_a_question_asks_about() {
        let verbs = |q: &str| asked_verbs(q).0;
        assert_eq!(verbs("Did you sign anything?"), vec!["sign"]);
        assert_eq!(verbs("Were you charged with anything?"), vec!["charg"]);
        assert_eq!(
            verbs("Did you go to the army when they told you to report?"),
            vec!["go", "report"]
        );
        assert_eq!(verbs("Did your mother pay the fine?"), vec!["pay"]);
        assert_eq!(
            verbs("After the arrest in April 2021, did you sign anything?"),
            vec!["sign"]
        );
        assert!(verbs("After that, where did you go?").is_empty());
        assert!(verbs("Where did you go?").is_empty());
        assert!(verbs("Did they beat your brother?").is_empty());
    }

    #[test]
    fn stances() {
        let me = Actor::client();
        let names = [stem("names")];
        // "Were you taken before a court?"
        let court = [stem("court")];
        assert_eq!(
            stance("I was taken to a camp.", &me, "take", &court, false),
            None
        );
        assert_eq!(
            stance("I gave them no names.", &me, "give", &names, false),
            Some(false)
        );
        assert_eq!(
            stance("i gave him two names", &me, "give", &names, false),
            Some(true)
        );
        assert_eq!(
            stance("I was not charged.", &me, "charg", &[], false),
            Some(false)
        );
        // A second one denied says nothing of the first; a second attack not
        // reported is a report denied.
        let report = stem("report");
        assert_eq!(
            stance("I did not make another report.", &me, &report, &[], false),
            None
        );
        assert_eq!(
            stance(
                "I did not report this second attack to the police.",
                &me,
                &report,
                &[],
                false
            ),
            Some(false)
        );
        assert_eq!(
            stance("yes they charged me", &me, "charg", &[], true),
            Some(true)
        );
        assert_eq!(
            stance("We refused to register.", &me, "register", &[], false),
            Some(false)
        );
        assert_eq!(
            stance(
                "they wanted me to sign it but i refused",
                &me,
                "sign",
                &[],
                false
            ),
            Some(false)
        );
        // Reporting in other words; and a refusal alone refuses what it
        // follows ("They wanted me to sign a confession. I refused every
        // time."), or in a reply what the question asks.
        for (text, verb, reply, want) in [
            (
                "On 20 May I filed a complaint with the prosecutor.",
                "report",
                false,
                Some(true),
            ),
            (
                "This time I did not go to the police.",
                "report",
                false,
                Some(false),
            ),
            ("I went to the market.", "report", false, None),
            ("I refused every time.", "sign", false, None),
            (
                "They wanted me to sign a confession. I refused every time.",
                "sign",
                false,
                Some(false),
            ),
            ("I refused.", "sign", true, Some(false)),
        ] {
            assert_eq!(stance(text, &me, verb, &[], reply), want, "{text}");
        }
        assert_eq!(
            stance("They made me sign a paper.", &me, "sign", &[], false),
            Some(true)
        );
        // Going somewhere to do it, told by the one who went, is doing it.
        assert_eq!(
            stance(
                "On 2 May I went to the gendarmerie in Bobo to report the theft.",
                &me,
                "report",
                &[],
                false
            ),
            Some(true)
        );
        assert_eq!(
            stance("They told me to report it.", &me, "report", &[], false),
            None
        );
        // Asked whether anyone did it: whoever did, or nobody.
        let (verbs, anyone) = asked_verbs("Did anyone take your fingerprints in Spain?");
        let anyone = anyone.expect("an actor");
        let prints = vec!["fingerprint".to_string()];
        assert_eq!(verbs, vec!["take"]);
        assert_eq!(
            stance(
                "I did not claim asylum in Spain, and nobody took our fingerprints there.",
                &anyone,
                "take",
                &prints,
                false
            ),
            Some(false)
        );
        assert_eq!(
            stance(
                "yes, the police took our fingerprints at the airport",
                &anyone,
                "take",
                &prints,
                true
            ),
            Some(true)
        );
        assert_eq!(
            stance(
                "I did. I went to their office and applied.",
                &me,
                "claim",
                &[],
                true
            ),
            Some(true)
        );
        assert_eq!(
            stance("we didn't, we were afraid", &me, "claim", &[], true),
            Some(false)
        );
        assert_eq!(
            stance(
                "I went to the prosecutor with my cousin, who is a lawyer, and filed a report.",
                &me,
                "report",
                &[],
                false
            ),
            Some(true)
        );
        assert_eq!(
            stance(
                "I make this statement in support of my claim for asylum.",
                &me,
                "claim",
                &[],
                false
            ),
            None
        );
        // Telling an officer you want asylum is asking for it.
        assert_eq!(
            stance(
                "at the port i told the guard i wanted asylum",
                &me,
                "claim",
                &[],
                false
            ),
            Some(true)
        );
        assert_eq!(
            stance("They told us to register.", &me, "register", &[], false),
            None
        );
        assert_eq!(
            stance("My brother signed it.", &me, "sign", &[], false),
            None
        );
        // Someone else's act, with the client only its object.
        let names = [stem("names"), stem("documents")];
        assert_eq!(
            stance(
                "They asked for the man who had given me the documents.",
                &me,
                "give",
                &names,
                false
            ),
            None
        );
        assert_eq!(
            stance(
                "They demanded that I sign a confession.",
                &me,
                "sign",
                &[],
                false
            ),
            None
        );
        // "apply" is one verb with "applied", and one act with "ask for".
        let asylum = [stem("asylum")];
        assert_eq!(
            stance(
                "I did not apply for asylum in Peru.",
                &me,
                "ask",
                &asylum,
                false
            ),
            Some(false)
        );
        // Both said: no stance.
        assert_eq!(
            stance(
                "I did not sign at first. Later I signed it.",
                &me,
                "sign",
                &[],
                false
            ),
            None
        );
        assert_eq!(
            stance("No, not the police, my uncle.", &me, "report", &[], true),
            None
        );
        assert_eq!(
            stance(
                "because I refused to pay, and reported them",
                &me,
                "report",
                &[],
                false
            ),
            None
        );
    }
}
