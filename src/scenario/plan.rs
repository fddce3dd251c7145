//! The order and wording of one rehearsal, drawn from a seed.
//!
//! Officers vary their wording and order; a scenario says where that is allowed
//! (`alternatives`, `shuffle`). A [`Plan`] fixes those choices from a seed that
//! the session records, so the same seed replays exactly the same interview.
//! ChaCha8 is used because its output is stable across platforms and versions.

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::model::{Question, Scenario};

/// Where a question sits in the scenario: section index and question index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuestionRef {
    pub section: usize,
    pub question: usize,
}

/// The main order of questions and the phrasing picked for every question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub seed: u64,
    /// Questions asked in the main flow (follow-up-only ones are left out), in order.
    pub order: Vec<QuestionRef>,
    /// For each section, for each question: index into `Question::phrasings`.
    phrasing: Vec<Vec<usize>>,
}

impl Plan {
    /// Draws the order and wording for `scenario` from `seed`.
    pub fn new(scenario: &Scenario, seed: u64) -> Plan {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut order = Vec::new();
        let mut phrasing = Vec::with_capacity(scenario.sections.len());
        for (s, section) in scenario.sections.iter().enumerate() {
            let mut refs: Vec<QuestionRef> = section
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| !q.follow_up_only)
                .map(|(q, _)| QuestionRef {
                    section: s,
                    question: q,
                })
                .collect();
            if section.shuffle {
                refs.shuffle(&mut rng);
            }
            order.extend(refs);
            phrasing.push(
                section
                    .questions
                    .iter()
                    .map(|q| rng.random_range(0..=q.alternatives.len()))
                    .collect(),
            );
        }
        Plan {
            seed,
            order,
            phrasing,
        }
    }

    /// The words to ask for the question at `at`, as drawn for this session.
    pub fn words<'a>(&self, scenario: &'a Scenario, at: QuestionRef) -> Option<&'a str> {
        let question = question_at(scenario, at)?;
        let pick = self
            .phrasing
            .get(at.section)
            .and_then(|p| p.get(at.question))
            .copied()
            .unwrap_or(0);
        question
            .phrasings()
            .nth(pick)
            .or(Some(question.ask.as_str()))
    }
}

/// The question at `at`, if it exists.
pub fn question_at(scenario: &Scenario, at: QuestionRef) -> Option<&Question> {
    scenario
        .sections
        .get(at.section)?
        .questions
        .get(at.question)
}

/// Where the question with `id` sits.
pub fn find_question(scenario: &Scenario, id: &str) -> Option<QuestionRef> {
    scenario
        .sections
        .iter()
        .enumerate()
        .find_map(|(s, section)| {
            section
                .questions
                .iter()
                .position(|q| q.id == id)
                .map(|q| QuestionRef {
                    section: s,
                    question: q,
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse_str;

    const SHUFFLED: &str = r#"(
        format_version: 1, id: "s", title: "S", jurisdiction: Practice,
        sections: [
            (title: "Fixed", questions: [
                (id: "a", ask: "A?", alternatives: ["A2?", "A3?"], topic: Identity),
                (id: "b", ask: "B?", topic: Identity),
            ]),
            (title: "Mixed", shuffle: true, questions: [
                (id: "c1", ask: "C1?", topic: Travel, follow_ups: [(when: Always, go_to: "only")]),
                (id: "c2", ask: "C2?", topic: Travel),
                (id: "c3", ask: "C3?", topic: Travel),
                (id: "c4", ask: "C4?", topic: Travel),
                (id: "c5", ask: "C5?", topic: Travel),
                (id: "only", ask: "Only?", topic: Travel, follow_up_only: true),
            ]),
        ],
    )"#;

    fn ids(scenario: &Scenario, plan: &Plan) -> Vec<String> {
        plan.order
            .iter()
            .map(|&at| {
                question_at(scenario, at)
                    .map(|q| q.id.clone())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn same_seed_replays_exactly() {
        let scenario = parse_str(SHUFFLED).expect("valid");
        for seed in [0, 1, 42, u64::MAX] {
            assert_eq!(Plan::new(&scenario, seed), Plan::new(&scenario, seed));
        }
    }

    #[test]
    fn fixed_sections_keep_order_and_follow_up_only_is_left_out() {
        let scenario = parse_str(SHUFFLED).expect("valid");
        for seed in 0..50 {
            let order = ids(&scenario, &Plan::new(&scenario, seed));
            assert_eq!(&order[..2], ["a", "b"]);
            assert_eq!(order.len(), 7);
            assert!(!order.contains(&"only".to_string()));
        }
    }

    #[test]
    fn shuffle_and_phrasing_vary_with_the_seed() {
        let scenario = parse_str(SHUFFLED).expect("valid");
        let orders: std::collections::HashSet<Vec<String>> = (0..50)
            .map(|seed| ids(&scenario, &Plan::new(&scenario, seed)))
            .collect();
        assert!(orders.len() > 10, "only {} distinct orders", orders.len());
        let first = QuestionRef {
            section: 0,
            question: 0,
        };
        let words: std::collections::HashSet<&str> = (0..50)
            .filter_map(|seed| Plan::new(&scenario, seed).words(&scenario, first))
            .collect();
        assert_eq!(words.len(), 3, "{words:?}");
    }

    #[test]
    fn the_draw_is_stable_across_builds() {
        // Recorded sessions replay only if the same seed gives the same draw forever.
        let scenario = parse_str(SHUFFLED).expect("valid");
        let plan = Plan::new(&scenario, 7);
        let order = ids(&scenario, &plan);
        let words = plan.words(
            &scenario,
            QuestionRef {
                section: 0,
                question: 0,
            },
        );
        assert_eq!(
            (order.join(","), words),
            (GOLDEN_ORDER.to_string(), Some(GOLDEN_WORDS))
        );
    }

    const GOLDEN_ORDER: &str = "a,b,c1,c3,c5,c4,c2";
    const GOLDEN_WORDS: &str = "A?";
}
