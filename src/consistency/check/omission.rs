//! Omissions: a grave harm the question asks about that the answer leaves out.

use super::*;

impl Checker {
    /// A question asking for a central fact (who, when, where, how many) whose
    /// answer gives none, although the statement does.
    pub(super) fn omission(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let question = asked.text;
        let want = wanted(question)?;
        if facts.tokens.len() < 3 {
            return None;
        }
        // The statement passage the question (and, more lightly, the answer) is about.
        let mut query: Vec<(String, f64)> = content_stems(question)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        for s in 0..facts.sentences.len() {
            query.extend(facts.sentence_stems(s).into_iter().map(|w| (w, 0.3)));
        }
        let rel = self.smooth(&self.index.scores(&query));
        let (best, score) = rel
            .iter()
            .copied()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        if score < MIN_RELEVANCE * 2.0 {
            return None;
        }
        let answer_has =
            |pred: &dyn Fn(&FactValue) -> bool| facts.facts.iter().any(|f| pred(&f.value));
        let statement_has =
            |pred: &dyn Fn(&FactValue) -> bool| self.facts.facts_in(best).any(|f| pred(&f.value));
        // The statement sentence the finding quotes.
        let mut quoted = best;
        let (what, missing) = match want {
            Want::Who => {
                let pred =
                    |v: &FactValue| matches!(v, FactValue::Person(_) | FactValue::Organisation(_));
                // Someone named late in a long sentence is a bystander ("…took
                // me, my wife and my son were crying"), not who did it.
                let named = facts.facts.iter().any(|f| {
                    let at = match &f.value {
                        FactValue::Person(p) => p.start,
                        FactValue::Organisation(o) => o.start,
                        _ => return false,
                    };
                    facts.sentence_tokens_of(f.sentence)[..at]
                        .iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .count()
                        <= WHO_WITHIN_WORDS
                });
                // "one of the nephews", "two soldiers": people counted.
                let counted = facts.sentence_tokens.iter().any(|range| {
                    facts.tokens[range.clone()]
                        .iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .take(WHO_WITHIN_WORDS + 1)
                        .any(|t| role_of(&t.lower).is_none() && role_of_any(&t.lower).is_some())
                });
                ("who it was", !named && !counted && statement_has(&pred))
            }
            Want::When => {
                let pred = |v: &FactValue| matches!(v, FactValue::Date(_));
                (
                    "when it happened",
                    !answer_has(&pred) && statement_has(&pred),
                )
            }
            Want::Number => {
                let pred = |v: &FactValue| matches!(v, FactValue::Quantity(_));
                (
                    "how many or how long",
                    !answer_has(&pred) && statement_has(&pred),
                )
            }
            Want::Where => {
                let pred = |v: &FactValue| matches!(v, FactValue::Place(_));
                (
                    "where it happened",
                    !answer_has(&pred) && statement_has(&pred),
                )
            }
            Want::Harm => {
                // The harm the statement describes there, absent from the answer.
                // "There" is the paragraph of the sentence the question alone is
                // most about, and any other sentence nearly as close ("I was taken
                // to Gelan. The guards beat me there."); the answer's words would
                // pull towards what it chose to tell.
                let rel = self.relevance_to(&asked.facts.sentence_terms(0));
                // "in custody", "while detained": the detention is where it
                // happened, not what is asked.
                let setting = asked.facts.facts.iter().any(
                    |f| matches!(&f.value, FactValue::Event(e) if harm_class(e) == DETENTION_CLASS),
                );
                let top = rel.iter().copied().fold(0.0, f64::max);
                let most = (0..rel.len()).max_by(|a, b| rel[*a].total_cmp(&rel[*b]));
                let paragraph = most.and_then(|m| self.paragraph_of.get(m));
                let passage: Vec<usize> = if top < MIN_RELEVANCE {
                    Vec::new()
                } else {
                    // A close sentence brings the two after it in its paragraph
                    // ("my brother Edwin did not come home. On August 4 his body
                    // was found… He had been shot twice.").
                    let close = |s: usize| rel[s] >= top * HARM_PASSAGE_SHARE;
                    let same_paragraph =
                        |a: usize, b: usize| self.paragraph_of.get(a) == self.paragraph_of.get(b);
                    (0..rel.len())
                        .filter(|&s| {
                            close(s)
                                || self.paragraph_of.get(s) == paragraph
                                || (1..=2).any(|back| {
                                    s >= back && close(s - back) && same_paragraph(s, s - back)
                                })
                        })
                        .collect()
                };
                let classes_in = |passage: &[usize]| -> Vec<u8> {
                    passage
                        .iter()
                        .flat_map(|&s| self.facts.facts_in(s))
                        .filter_map(|f| match &f.value {
                            FactValue::Event(e) if e.positive && e.kind.is_harm() => {
                                Some(harm_class(e))
                            }
                            _ => None,
                        })
                        .filter(|&c| !(setting && c == DETENTION_CLASS))
                        .collect()
                };
                let mut classes = classes_in(&passage);
                // Asked about a place ("What happened at the police station?")
                // where the closest passage tells no harm: what the statement
                // tells in the paragraphs of that place.
                if classes.iter().all(|&c| c == DETENTION_CLASS)
                    && let Some(paragraphs) = self.setting(asked)
                {
                    let there: Vec<usize> = (0..self.facts.sentences.len())
                        .filter(|&s| told_there(paragraphs, self.paragraph_of[s]))
                        .collect();
                    // Being held there is where it happened, not what.
                    let harms: Vec<u8> = classes_in(&there)
                        .into_iter()
                        .filter(|&c| c != DETENTION_CLASS)
                        .collect();
                    if !harms.is_empty() {
                        classes = harms;
                    }
                }
                let told = facts.facts.iter().any(|f| {
                    matches!(&f.value, FactValue::Event(e)
                        if e.positive && e.kind.is_harm() && classes.contains(&harm_class(e)))
                });
                // A grave harm of that passage left out, though the answer
                // tells a lesser one: the beating without the hanging, the
                // confinement without the rapes, the mother whipped without
                // the brother taken.
                let graves = |sentences: &mut dyn Iterator<Item = &Fact>| -> Vec<Gravity> {
                    sentences
                        .filter_map(|f| match &f.value {
                            FactValue::Event(e) if e.positive => gravity(e),
                            _ => None,
                        })
                        .collect()
                };
                // The answer's arrest of anyone covers a relative taken: "they
                // arrested axel", "arrested all seven of us".
                let mut answered = graves(&mut facts.facts.iter());
                if facts.facts.iter().any(|f| {
                    matches!(&f.value, FactValue::Event(e)
                        if e.positive && matches!(e.kind, EventKind::Arrest | EventKind::Kidnap)
                            && e.victims != [Victim::Client])
                }) {
                    answered.push(Gravity::RelativeTaken);
                }
                // Only the paragraph the answer speaks to: a close sentence
                // elsewhere may tell another day. Asked what happened after
                // something, only what the paragraph tells after it.
                // With the place the question asks about, the paragraphs beside
                // it that tell of that place ("What happened in his house in
                // Janaale?": the confinement, and the rapes there).
                let after = asked.facts.tokens.iter().any(|t| t.is("after"));
                let here = self.paragraph_of[best];
                let near = |p: usize| {
                    p == here
                        || (p + 1 >= here
                            && p <= here + 1
                            && self.setting(asked).is_some_and(|ps| ps.contains(&p)))
                };
                // The first sentence telling a grave harm the answer leaves
                // out: the finding quotes it.
                let left_out = (0..self.facts.sentences.len())
                    .filter(|&s| near(self.paragraph_of[s]))
                    .filter(|&s| !after || most.is_none_or(|m| s > m))
                    .find(|&s| {
                        graves(&mut self.facts.facts_in(s))
                            .into_iter()
                            .any(|g| !answered.iter().any(|a| a.covers(g)))
                    });
                if let Some(s) = left_out {
                    quoted = s;
                }
                (
                    "what was done",
                    (!classes.is_empty() && !told) || left_out.is_some(),
                )
            }
            Want::Reason => {
                // The persecutor the statement names there, never named in the answer.
                let answer_lower = answer.to_lowercase();
                let named: Vec<&Fact> = self
                    .facts
                    .facts_in(best)
                    .filter(|f| match &f.value {
                        FactValue::Person(p) => p.name.is_some(),
                        FactValue::Organisation(o) => !o.generic,
                        _ => false,
                    })
                    .collect();
                let mentioned = named.iter().any(|f| {
                    self.statement
                        .slice(f.span.clone())
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.len() > 2 && !is_common(w))
                        .any(|w| answer_lower.contains(w))
                });
                ("why", !named.is_empty() && !mentioned)
            }
        };
        if !missing {
            return None;
        }
        // (Weighed by the passage the question is about, not by the harm
        // quoted: asked about the father, the sister taken is told but
        // weighs little.)
        let severity = if self.central(best) && !matches!(want, Want::Reason) {
            Severity::Medium
        } else {
            Severity::Low
        };
        Some(self.whole_answer_finding(
            FindingKind::Omission,
            severity,
            self.sentence_text(quoted).trim().to_string(),
            quoted,
            answer,
            format!(
                "The question asks {what}; the statement says it here, but the answer does not."
            ),
        ))
    }
}

/// Harms grouped the way an officer would: a beating and an injury are one
/// kind of harm, an arrest and a kidnapping another, damage to property a third.
/// The harms to people an answer asked what was done must not leave out.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gravity {
    Beating,
    Torture,
    Killing,
    Rape,
    /// A relative taken or arrested.
    RelativeTaken,
}

impl Gravity {
    /// Whether telling `self` tells `other`: "they tortured me" tells the
    /// beating too.
    fn covers(self, other: Gravity) -> bool {
        self == other || (self == Gravity::Torture && other == Gravity::Beating)
    }
}

fn gravity(e: &EventAt) -> Option<Gravity> {
    if e.property && e.victims.is_empty() {
        return None;
    }
    Some(match e.kind {
        EventKind::Beat | EventKind::Injure => Gravity::Beating,
        EventKind::Torture => Gravity::Torture,
        EventKind::Kill | EventKind::Shoot => Gravity::Killing,
        EventKind::Rape => Gravity::Rape,
        EventKind::Arrest | EventKind::Kidnap
            if e.victims
                .iter()
                .any(|v| matches!(v, Victim::Role(r) if is_relative(r))) =>
        {
            Gravity::RelativeTaken
        }
        _ => return None,
    })
}

impl Checker {
    /// "Did anything else happen to your family after you went into
    /// hiding?" "No, nothing." where the statement tells a harm in that time:
    /// left out. Only a question that bounds its time ("after …", "since …")
    /// or sets one event apart ("apart from the attack in September") is
    /// weighed: an open "anything else?" may be answered from memory of
    /// another time.
    pub(super) fn nothing_else(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let q = &asked.facts.tokens;
        // ("Apart from the attack, did anyone…?": the question may open
        // after a comma.)
        let yes_no = q.iter().enumerate().any(|(i, t)| {
            (i == 0 || q[i - 1].lower == ",")
                && t.is_any(&["did", "has", "have", "was", "were", "is", "had"])
        });
        let anything = q
            .iter()
            .any(|t| t.is_any(&["anything", "anyone", "anybody", "someone", "something"]));
        let harm_words = q.iter().any(|t| {
            t.is_any(&[
                "happen",
                "happened",
                "attack",
                "attacked",
                "threaten",
                "threatened",
                "hurt",
                "harm",
                "harmed",
                "bother",
                "bothered",
                "trouble",
            ])
        });
        if !(yes_no && anything && harm_words) {
            return None;
        }
        // A harm done, or one threatened.
        let harm_or_threat =
            |e: &EventAt| e.positive && (e.kind.is_harm() || e.kind == EventKind::Threaten);
        // The answer denies all, and tells no harm of its own. (Fillers such
        // as "um" are already gone from its words.)
        let first = facts
            .tokens
            .iter()
            .find(|t| t.kind == TokenKind::Word && !t.is_any(&["well", "so"]))?;
        if !first.is_any(&["no", "nothing", "nobody", "never"])
            || facts
                .facts
                .iter()
                .any(|f| matches!(&f.value, FactValue::Event(e) if harm_or_threat(e)))
        {
            return None;
        }
        // The time the question bounds.
        let bound = q
            .iter()
            .position(|t| t.is_any(&["after", "since", "apart", "besides", "except"]))?;
        let apart = !q[bound].is_any(&["after", "since"]);
        let from = if q[bound].is("apart") {
            bound + 2
        } else {
            bound + 1
        };
        let end = q
            .iter()
            .skip(from)
            .position(|t| t.lower == "," || t.lower == "?")
            .map_or(q.len(), |p| p + from);
        let readings = self.part_readings(&asked.facts, from..end, false, true)?;
        let n = self.facts.sentences.len();
        let in_time = |s: usize| {
            if apart {
                readings
                    .iter()
                    .all(|&r| self.paragraph_of[r] != self.paragraph_of[s])
            } else {
                readings
                    .iter()
                    .all(|&r| match (self.when[r], self.when[s]) {
                        (Some(a), Some(b)) => b > a,
                        _ => s > r && self.paragraph_of[s] > self.paragraph_of[r],
                    })
            }
        };
        let harmed = |s: usize| {
            self.facts.facts_in(s).any(|f| {
                matches!(&f.value, FactValue::Event(e) if harm_or_threat(e) && !e.victims.is_empty())
            })
        };
        let told = (0..n).find(|&s| !self.imagined[s] && in_time(s) && harmed(s))?;
        Some(self.whole_answer_finding(
            FindingKind::Omission,
            Severity::Medium,
            self.sentence_text(told).trim().to_string(),
            told,
            answer,
            "Asked whether anything else happened in that time, the answer says nothing did; the statement tells this.".into(),
        ))
    }
}
