//! The interview as a state machine: ask a question, take the answer, queue the
//! follow-ups the scenario's rules call for, move on.
//!
//! The app and the headless `rehearse` command drive the same machine. It never
//! checks consistency itself (the caller runs the check, on a worker thread in
//! the app, and hands in the findings), so it stays pure and instant, and a
//! session on disk can be replayed into it exactly to recover an interrupted
//! rehearsal.

use std::collections::{HashSet, VecDeque};

use crate::consistency::{Checker, FindingKind};
use crate::scenario::{
    Condition, Plan, QuestionRef, Scenario, Topic, Weight, find_question, question_at,
};

use super::session::{Answer, AnswerHow, Exchange, SESSION_FORMAT_VERSION, SavedFinding, Session};

/// How many follow-ups one answer may bring, so an interview never spirals.
const MAX_FOLLOW_UPS_PER_ANSWER: usize = 2;
/// How deep follow-ups of follow-ups go.
const MAX_DEPTH: u8 = 2;

/// The question being asked now.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub question_id: String,
    /// The officer's words, placeholders filled in.
    pub words: String,
    pub speaker: String,
    pub section: String,
    pub topic: Topic,
    pub weight: Weight,
    pub time_guide_seconds: Option<u32>,
    /// The note for the volunteer (never read aloud).
    pub note: Option<String>,
    pub follow_up_of: Option<String>,
    /// Where the question is in the scenario; `None` for inline follow-ups.
    at: Option<QuestionRef>,
    depth: u8,
}

/// Where the interview stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// A question is on screen, waiting for an answer.
    Asking,
    /// The client is taking a break; the question waits.
    OnBreak,
    /// No more questions.
    Finished,
}

/// One rehearsal in progress.
#[derive(Debug, Clone)]
pub struct Rehearsal {
    scenario: Scenario,
    plan: Plan,
    /// Index into `plan.order` of the next main question.
    next_main: usize,
    follow_ups: VecDeque<Prompt>,
    current: Option<Prompt>,
    /// `go_to` targets already asked, never asked twice.
    asked_targets: HashSet<String>,
    phase: Phase,
    session: Session,
}

impl Rehearsal {
    /// Starts `scenario` with the order and wording drawn from `seed`.
    pub fn new(scenario: Scenario, seed: u64, session_id: &str, started_at: &str) -> Rehearsal {
        let plan = Plan::new(&scenario, seed);
        let session = Session {
            format_version: SESSION_FORMAT_VERSION,
            id: session_id.to_string(),
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            jurisdiction: scenario.jurisdiction.label().to_string(),
            seed,
            started_at: started_at.to_string(),
            finished_at: None,
            client: None,
            exchanges: Vec::new(),
            breaks: 0,
            note: String::new(),
        };
        let mut rehearsal = Rehearsal {
            scenario,
            plan,
            next_main: 0,
            follow_ups: VecDeque::new(),
            current: None,
            asked_targets: HashSet::new(),
            phase: Phase::Asking,
            session,
        };
        rehearsal.advance();
        rehearsal
    }

    /// Rebuilds the rehearsal from a saved (interrupted) session by replaying
    /// its answers, so it continues at the question that was on screen.
    pub fn resume(scenario: Scenario, saved: Session) -> Rehearsal {
        let mut rehearsal = Rehearsal::new(scenario, saved.seed, &saved.id, &saved.started_at);
        for exchange in &saved.exchanges {
            if rehearsal.current.is_none() {
                break;
            }
            rehearsal.answer(
                exchange.answer.clone(),
                exchange.score,
                exchange.findings.clone(),
            );
            if let Some(last) = rehearsal.session.exchanges.last_mut() {
                // Keep the saved record as it was (notes, marks, wording).
                *last = exchange.clone();
            }
        }
        rehearsal.session.client = saved.client;
        rehearsal.session.breaks = saved.breaks;
        rehearsal.session.note = saved.note;
        rehearsal.session.finished_at = saved.finished_at;
        if rehearsal.session.finished_at.is_some() {
            rehearsal.current = None;
            rehearsal.phase = Phase::Finished;
        }
        rehearsal
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The question on screen, if any.
    pub fn current(&self) -> Option<&Prompt> {
        self.current.as_ref()
    }

    /// Main questions asked so far (the current one included) and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next_main, self.plan.order.len())
    }

    /// 1-based number the current question will have in the session.
    pub fn current_number(&self) -> u32 {
        self.session.exchanges.len() as u32 + 1
    }

    /// Records `answer` to the current question with the consistency result the
    /// caller computed (`None` when there is no statement), queues follow-ups,
    /// and moves to the next question. Does nothing when no question is asked.
    pub fn answer(&mut self, answer: Answer, score: Option<f64>, findings: Vec<SavedFinding>) {
        let Some(prompt) = self.current.take() else {
            return;
        };
        if answer.how != AnswerHow::Skipped && answer.how != AnswerHow::DontRemember {
            self.queue_follow_ups(&prompt, &answer, &findings);
        }
        self.session.exchanges.push(Exchange {
            number: self.session.exchanges.len() as u32 + 1,
            question_id: prompt.question_id,
            asked: prompt.words,
            speaker: prompt.speaker,
            topic: prompt.topic,
            weight: prompt.weight,
            follow_up_of: prompt.follow_up_of,
            answer,
            score,
            findings,
            note: String::new(),
        });
        self.phase = Phase::Asking;
        self.advance();
    }

    /// Skips the current question: kept as skipped, no follow-ups.
    pub fn skip(&mut self) {
        self.answer(Answer::skipped(), None, Vec::new());
    }

    /// "I don't remember": a valid answer, checked against nothing, no follow-ups.
    pub fn dont_remember(&mut self) {
        self.answer(Answer::dont_remember(), None, Vec::new());
    }

    pub fn take_break(&mut self) {
        if self.phase == Phase::Asking {
            self.phase = Phase::OnBreak;
            self.session.breaks += 1;
        }
    }

    pub fn end_break(&mut self) {
        if self.phase == Phase::OnBreak {
            self.phase = Phase::Asking;
        }
    }

    /// Ends the interview now (or marks it ended when it ran out of questions).
    pub fn finish(&mut self, finished_at: &str) {
        self.current = None;
        self.follow_ups.clear();
        self.phase = Phase::Finished;
        if self.session.finished_at.is_none() {
            self.session.finished_at = Some(finished_at.to_string());
        }
    }

    /// Puts the next question on screen: a waiting follow-up first, then the
    /// next main question.
    fn advance(&mut self) {
        if let Some(next) = self.follow_ups.pop_front() {
            self.current = Some(next);
            return;
        }
        while let Some(&at) = self.plan.order.get(self.next_main) {
            self.next_main += 1;
            if let Some(prompt) = self.prompt_at(at, None, 0) {
                self.current = Some(prompt);
                return;
            }
        }
        self.current = None;
        self.phase = Phase::Finished;
    }

    fn prompt_at(
        &self,
        at: QuestionRef,
        follow_up_of: Option<String>,
        depth: u8,
    ) -> Option<Prompt> {
        let question = question_at(&self.scenario, at)?;
        let section = self.scenario.sections.get(at.section)?;
        Some(Prompt {
            question_id: question.id.clone(),
            words: self.plan.words(&self.scenario, at)?.to_string(),
            speaker: self.speaker(section.speaker.as_deref()),
            section: section.title.clone(),
            topic: question.topic,
            weight: question.weight,
            time_guide_seconds: question.time_guide_seconds,
            note: question.note.clone(),
            follow_up_of,
            at: Some(at),
            depth,
        })
    }

    fn speaker(&self, section_speaker: Option<&str>) -> String {
        section_speaker
            .map(str::to_string)
            .unwrap_or_else(|| self.scenario.officer.name.clone())
    }

    fn queue_follow_ups(&mut self, prompt: &Prompt, answer: &Answer, findings: &[SavedFinding]) {
        if prompt.depth >= MAX_DEPTH {
            return;
        }
        let Some(at) = prompt.at else {
            return;
        };
        let Some(question) = question_at(&self.scenario, at) else {
            return;
        };
        let follow_ups = question.follow_ups.clone();
        let mut queued = Vec::new();
        for (n, follow_up) in follow_ups.iter().enumerate() {
            if queued.len() >= MAX_FOLLOW_UPS_PER_ANSWER {
                break;
            }
            let Some(finding) = condition_holds(&follow_up.when, answer, findings) else {
                continue;
            };
            if let Some(words) = &follow_up.ask {
                let words = fill_placeholders(words, answer, finding);
                queued.push(Prompt {
                    question_id: format!("{}-follow-up-{}", prompt.question_id, n + 1),
                    words,
                    at: None,
                    depth: prompt.depth + 1,
                    follow_up_of: Some(prompt.question_id.clone()),
                    note: None,
                    time_guide_seconds: None,
                    ..prompt.clone()
                });
            } else if let Some(target) = &follow_up.go_to {
                if !self.asked_targets.insert(target.clone()) {
                    continue;
                }
                if let Some(target_at) = find_question(&self.scenario, target)
                    && let Some(next) = self.prompt_at(
                        target_at,
                        Some(prompt.question_id.clone()),
                        prompt.depth + 1,
                    )
                {
                    queued.push(next);
                }
            }
        }
        // Follow-ups of this answer come before any still waiting.
        for prompt in queued.into_iter().rev() {
            self.follow_ups.push_front(prompt);
        }
    }
}

/// Whether `condition` holds for the answer; `Some(finding)` carries the
/// finding that made it hold, for the placeholders.
fn condition_holds<'a>(
    condition: &Condition,
    answer: &Answer,
    findings: &'a [SavedFinding],
) -> Option<Option<&'a SavedFinding>> {
    let text = answer.text_for_checking();
    let holds = match condition {
        Condition::Always => true,
        Condition::AnswerMentions(words) => words.iter().any(|w| mentions(text, w)),
        Condition::AnswerLacks(words) => !words.iter().any(|w| mentions(text, w)),
        Condition::AnswerShorterThan(seconds) => answer.seconds() < f64::from(*seconds),
        Condition::Finding(kind) => {
            return first_of(findings, Some(*kind)).map(Some);
        }
        Condition::AnyFinding => return first_of(findings, None).map(Some),
    };
    holds.then_some(None)
}

fn first_of(findings: &[SavedFinding], kind: Option<FindingKind>) -> Option<&SavedFinding> {
    let mut matching: Vec<&SavedFinding> = findings
        .iter()
        .filter(|f| kind.is_none_or(|k| f.kind == k))
        .collect();
    matching.sort_by_key(|f| std::cmp::Reverse(f.severity));
    matching.first().copied()
}

/// Whether `text` contains `phrase` as whole words, ignoring case.
pub fn mentions(text: &str, phrase: &str) -> bool {
    let phrase = phrase.trim().to_lowercase();
    if phrase.is_empty() {
        return false;
    }
    let text = text.to_lowercase();
    let is_word = |c: char| c.is_alphanumeric() || c == '\'';
    // A number matches the start of a longer one: "19" is in "1992".
    let numeric = phrase.chars().all(|c| c.is_ascii_digit());
    text.match_indices(&phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(is_word) && (numeric || !after.is_some_and(is_word))
    })
}

fn fill_placeholders(words: &str, answer: &Answer, finding: Option<&SavedFinding>) -> String {
    let answer_quote = finding
        .map(|f| f.answer_excerpt.clone())
        .unwrap_or_else(|| short_quote(answer.text_for_checking()));
    let statement_quote = finding
        .map(|f| f.statement_excerpt.clone())
        .unwrap_or_default();
    // The words around a placeholder bring their own punctuation.
    let bare = |quote: &str| {
        quote
            .trim()
            .trim_end_matches(['.', ',', ';', ':', '!', '?'])
            .to_string()
    };
    words
        .replace("{answer_quote}", &bare(&answer_quote))
        .replace("{statement_quote}", &bare(&statement_quote))
}

/// The first dozen words of `text`, for quoting.
fn short_quote(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{} …", words[..12].join(" "))
    }
}

/// Checks `answer` against the statement: the score and the findings to keep.
/// "I don't remember" and skipped answers are never checked.
pub fn check_answer(
    checker: &Checker,
    question: &str,
    answer: &Answer,
) -> (Option<f64>, Vec<SavedFinding>) {
    if matches!(answer.how, AnswerHow::Skipped | AnswerHow::DontRemember)
        || answer.text_for_checking().trim().is_empty()
    {
        return (None, Vec::new());
    }
    let report = checker.check(question, answer.text_for_checking());
    let findings = report
        .findings
        .iter()
        .map(|finding| SavedFinding::new(finding, answer))
        .collect();
    (Some(report.score), findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::Severity;
    use crate::scenario::parse_str;

    const SCENARIO: &str = r#"(
        format_version: 1, id: "t", title: "T", jurisdiction: UsAsylumOffice,
        officer: (name: "Officer Diaz", manner: Kind),
        sections: [
            (title: "Start", questions: [
                (id: "name", ask: "What is your name?", topic: Identity),
                (id: "arrest", ask: "When were you arrested?", topic: PersecutionEvent, weight: Central,
                 follow_ups: [
                    (when: Finding(Date), ask: "Earlier you said {answer_quote}, but your statement says {statement_quote}. Can you explain?"),
                    (when: AnswerMentions(["police"]), go_to: "police"),
                 ]),
                (id: "police", ask: "Did you go to the police?", topic: Police, follow_up_only: true,
                 follow_ups: [(when: AnswerLacks(["yes", "no"]), ask: "Please answer yes or no.")]),
            ]),
            (title: "Cross", speaker: "Government counsel", questions: [
                (id: "fear", ask: "What do you fear?", topic: FearOfReturn, weight: Central,
                 follow_ups: [(when: AnswerShorterThan(5), ask: "Can you say more?")]),
            ]),
        ])"#;

    fn scenario() -> Scenario {
        parse_str(SCENARIO).expect("test scenario parses")
    }

    fn date_finding() -> SavedFinding {
        SavedFinding {
            kind: FindingKind::Date,
            severity: Severity::High,
            statement_excerpt: "On 14 March 2019 I was arrested.".to_string(),
            answer_excerpt: "in May 2019".to_string(),
            statement_paragraph: 3,
            explanation: "Dates differ.".to_string(),
            statement_span: None,
            answer_span: None,
            check_audio: false,
            audio_time_s: None,
            mark: None,
            note: String::new(),
        }
    }

    fn asked(r: &Rehearsal) -> String {
        r.current()
            .map(|p| p.question_id.clone())
            .unwrap_or_default()
    }

    #[test]
    fn plain_answers_walk_the_main_order() {
        let mut r = Rehearsal::new(scenario(), 1, "s", "now");
        assert_eq!(asked(&r), "name");
        assert_eq!(
            r.current().map(|p| p.speaker.as_str()),
            Some("Officer Diaz")
        );
        r.answer(Answer::typed("Ana"), None, vec![]);
        assert_eq!(asked(&r), "arrest");
        r.answer(Answer::typed("In March 2019 at home."), None, vec![]);
        assert_eq!(asked(&r), "fear");
        assert_eq!(
            r.current().map(|p| p.speaker.as_str()),
            Some("Government counsel")
        );
        r.answer(
            Answer::typed("That the gang will kill me because I refused to pay them money."),
            None,
            vec![],
        );
        assert_eq!(r.phase(), Phase::Finished);
        assert_eq!(r.session().exchanges.len(), 3);
        assert!(r.current().is_none());
    }

    #[test]
    fn a_finding_brings_the_officers_earlier_you_said() {
        let mut r = Rehearsal::new(scenario(), 1, "s", "now");
        r.answer(Answer::typed("Ana"), None, vec![]);
        r.answer(
            Answer::typed("It was in May 2019."),
            Some(60.0),
            vec![date_finding()],
        );
        let prompt = r.current().cloned().expect("a follow-up");
        assert_eq!(prompt.follow_up_of.as_deref(), Some("arrest"));
        assert_eq!(
            prompt.words,
            "Earlier you said in May 2019, but your statement says On 14 March 2019 I was arrested. Can you explain?"
        );
        r.answer(
            Answer::typed("I was confused about the month."),
            None,
            vec![],
        );
        assert_eq!(asked(&r), "fear");
    }

    #[test]
    fn go_to_follow_ups_have_their_own_rules_and_are_asked_once() {
        let mut r = Rehearsal::new(scenario(), 1, "s", "now");
        r.answer(Answer::typed("Ana"), None, vec![]);
        r.answer(Answer::typed("The police came in March."), None, vec![]);
        assert_eq!(asked(&r), "police");
        r.answer(Answer::typed("I was too afraid."), None, vec![]);
        assert_eq!(asked(&r), "police-follow-up-1");
        assert_eq!(
            r.current().map(|p| p.words.as_str()),
            Some("Please answer yes or no.")
        );
        r.answer(Answer::typed("No."), None, vec![]);
        assert_eq!(asked(&r), "fear");
    }

    #[test]
    fn dont_remember_and_skip_bring_no_follow_ups() {
        let mut r = Rehearsal::new(scenario(), 1, "s", "now");
        r.skip();
        r.dont_remember();
        assert_eq!(asked(&r), "fear");
        let kept = &r.session().exchanges;
        assert_eq!(kept[0].answer.how, AnswerHow::Skipped);
        assert_eq!(kept[1].answer.how, AnswerHow::DontRemember);
        r.answer(Answer::typed("Death."), None, vec![]);
        assert_eq!(
            asked(&r),
            "fear-follow-up-1",
            "a short answer is asked for more"
        );
    }

    #[test]
    fn breaks_hold_the_question() {
        let mut r = Rehearsal::new(scenario(), 1, "s", "now");
        r.take_break();
        assert_eq!(r.phase(), Phase::OnBreak);
        assert_eq!(asked(&r), "name");
        r.end_break();
        assert_eq!(r.phase(), Phase::Asking);
        assert_eq!(r.session().breaks, 1);
    }

    #[test]
    fn a_saved_session_resumes_where_it_stopped() {
        let mut r = Rehearsal::new(scenario(), 9, "s", "now");
        r.answer(Answer::typed("Ana"), None, vec![]);
        r.answer(
            Answer::typed("It was in May 2019."),
            Some(60.0),
            vec![date_finding()],
        );
        let mut saved = r.session().clone();
        saved.exchanges[0].note = "kept".to_string();
        let resumed = Rehearsal::resume(scenario(), saved);
        assert_eq!(resumed.current(), r.current());
        assert_eq!(resumed.session().exchanges[0].note, "kept");
        assert_eq!(resumed.session().exchanges.len(), 2);
    }

    #[test]
    fn mentions_matches_whole_words_only() {
        assert!(mentions("I went to the Police station", "police"));
        assert!(mentions("they said: no.", "no"));
        assert!(!mentions("nobody came", "no"));
        assert!(mentions("my older brother Luis", "older brother"));
        assert!(!mentions("anything", ""));
        assert!(mentions("born in 1992", "19"));
        assert!(!mentions("born in 2019", "19"));
    }
}
