//! What was done: harms, arrests, reports and signatures told in the answer
//! against those of the statement, and yes-or-no questions about them.

use super::*;

impl Checker {
    pub(super) fn compare_event(
        &self,
        fact: &Fact,
        e: &EventAt,
        facts: &TextFacts,
        answer: &str,
        asked_about: &Asked,
    ) -> Option<Finding> {
        let question = asked_about.text;
        let same_kind: Vec<&Fact> = self
            .facts
            .facts
            .iter()
            .filter(|f| matches!(&f.value, FactValue::Event(c) if same_event_kind(c.kind, e.kind)))
            .collect();
        let event_of = |f: &Fact| match &f.value {
            FactValue::Event(c) => Some(c.clone()),
            _ => None,
        };
        let finding =
            |kind, severity, against: Option<&Fact>, sentence: usize, explanation: String| {
                self.finding(
                    kind,
                    severity,
                    against,
                    sentence,
                    Some(fact),
                    facts,
                    answer,
                    fact.sentence,
                    explanation,
                )
            };
        // Something new in the answer, quoted beside the statement sentence
        // its sentence speaks to most.
        let addition = |severity, explanation: String| {
            let best = self.best_sentence_for(facts, fact.sentence);
            Some(finding(
                FindingKind::Addition,
                severity,
                None,
                best,
                explanation,
            ))
        };
        // Something new in the answer, quoted beside the statement's telling
        // of it (`against`) that it goes beyond.
        let addition_against = |severity, against: &Fact, explanation: String| {
            Some(finding(
                FindingKind::Addition,
                severity,
                Some(against),
                against.sentence,
                explanation,
            ))
        };
        let asked = question_mentions(question, e.kind);
        if e.kind.is_harm() && e.positive {
            // A harm the statement never mentions at all, or one that happens to
            // someone the statement never says it happened to, is a material addition.
            let class = harm_class(e);
            let statement_harms: Vec<(&Fact, EventAt)> = self
                .facts
                .facts
                .iter()
                .filter_map(|f| {
                    event_of(f)
                        .filter(|c| c.positive && c.kind.is_harm())
                        .map(|c| (f, c))
                })
                .collect();
            let same_class: Vec<&(&Fact, EventAt)> = statement_harms
                .iter()
                .filter(|(_, c)| harm_class(c) == class)
                .collect();
            let severity = if matches!(
                e.kind,
                EventKind::Kill
                    | EventKind::Rape
                    | EventKind::Torture
                    | EventKind::Arrest
                    | EventKind::Shoot
                    | EventKind::Kidnap
            ) {
                Severity::High
            } else {
                Severity::Medium
            };
            if same_class.is_empty() && !asked {
                return addition(
                    severity,
                    format!(
                        "The answer describes {} that the statement does not mention.",
                        e.kind.describe()
                    ),
                );
            }
            let named_victims: Vec<&Victim> = e
                .victims
                .iter()
                .filter(|v| !matches!(v, Victim::Group))
                .collect();
            if !named_victims.is_empty() && !same_class.is_empty() {
                // "my brother Sayed" is not "Jawid": where the answer names
                // the one harmed, a name is compared with names.
                let answer_names = named_victims
                    .iter()
                    .any(|v| matches!(v, Victim::Name(_)) && !v.is_someone_else());
                let name_against_role = |cv: &Victim, v: &Victim| {
                    answer_names && matches!((cv, v), (Victim::Name(_), Victim::Role(_)))
                };
                // Denied to them in the statement: a contradiction, found
                // as such.
                let denied = self.facts.facts.iter().any(|f| {
                    matches!(&f.value, FactValue::Event(c)
                        if !c.positive
                            && harm_class(c) == class
                            && c.victims.iter().any(|cv| named_victims.iter().any(|v| cv.matches(v))))
                });
                let known = denied
                    || named_victims.iter().any(|v| {
                        same_class.iter().any(|(f, c)| {
                            c.victims.iter().any(|cv| {
                            cv.matches(v)
                                && !self.other_role(cv, v, &c.victims)
                                && !name_against_role(cv, v)
                                && !self.someone_else_by_name(f.sentence, cv, v)
                        })
                            // "hit me when I was pregnant with Jostin" names him,
                            // but not as the one hit.
                            || (!c.victims.is_empty() && c.victims.iter().all(|cv| matches!(cv, Victim::Group))
                                && self.sentence_mentions(f.sentence, v))
                            || (c.victims.is_empty() && matches!(v, Victim::Client))
                        })
                    });
                if !known {
                    let (against, _) = same_class[0];
                    return addition_against(
                        severity,
                        against,
                        format!(
                            "The answer describes {} against {}, which the statement does not mention.",
                            e.kind.describe(),
                            describe_victim(named_victims[0])
                        ),
                    );
                }
            }
            // Asked about a place ("Were you mistreated in the jail?"), a harm
            // the statement denies there ("I was not beaten in the jail")
            // is contradicted, whatever happened elsewhere.
            // Not where the answer denies it there and puts the harm
            // elsewhere ("They did not beat me there; the beating came
            // later, at the farm").
            let answer_denies = facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Event(c) if !c.positive && same_event_kind(c.kind, e.kind))
            });
            let elsewhere = facts.facts_in(fact.sentence).any(|f| {
                matches!(&f.value, FactValue::Place(p)
                    if !asked_about.facts.facts.iter().any(|q| matches!(&q.value, FactValue::Place(qp) if same_place(qp, p))))
            });
            if let Some(setting) = self.setting(asked_about) {
                let client =
                    |c: &EventAt| c.victims.is_empty() || c.victims.contains(&Victim::Client);
                // Denied in a sentence that names the place ("I was not
                // beaten in the jail" for "Lakshmipur District Jail").
                let asked_places = asked_about.places();
                let asked_kinds: Vec<&str> = asked_about
                    .facts
                    .tokens
                    .iter()
                    .filter_map(|t| place_noun(&t.lower))
                    .collect();
                let names_asked = |s: usize| {
                    self.facts.facts_in(s).any(|f| {
                        matches!(&f.value, FactValue::Place(p)
                            if asked_places.iter().any(|q| same_place(p, q))
                                || p.kind.is_some_and(|k| asked_kinds.contains(&k)))
                    })
                };
                let denied = same_kind.iter().find(|f| {
                    told_there(setting, self.paragraph_of[f.sentence])
                        && names_asked(f.sentence)
                        && event_of(f).is_some_and(|c| !c.positive && client(&c))
                });
                // Unless the same paragraph tells it too ("not beaten at first;
                // later they beat me").
                let told_beside = |d: &Fact| {
                    same_kind.iter().any(|f| {
                        self.paragraph_of[f.sentence] == self.paragraph_of[d.sentence]
                            && event_of(f).is_some_and(|c| c.positive && client(&c))
                    })
                };
                if e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group))
                    && !answer_denies
                    && !elsewhere
                    && let Some(denied) = denied
                    && !told_beside(denied)
                {
                    return Some(finding(
                        FindingKind::Contradiction,
                        Severity::High,
                        Some(denied),
                        denied.sentence,
                        no_such(&format!("{} there", bare(e.kind))),
                    ));
                }
            }
            // A detention or a beating at a place the statement only passes
            // through ("In Agadez the police arrested me" where the journey
            // goes through Agadez) is new, whatever the statement tells
            // elsewhere.
            if matches!(class, 0 | DETENTION_CLASS | 2 | 4)
                && !asked
                && !answer_denies
                && !matches!(wanted(question), Some(Want::Where))
                && e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group))
                && let Some(place) =
                    self.passed_through(facts, fact.sentence, e, &same_class, asked_about)
            {
                return addition(
                    severity,
                    format!(
                        "The answer describes {} in {place}; the statement only passes through there.",
                        e.kind.describe()
                    ),
                );
            }
            // Asked what happened in one scene ("What happened at the
            // checkpoint?", "… when you went to report?"), a harm the statement
            // tells of no such scene, nor of the one before or after it, is
            // new there: "they kept me in a cell for three days" where the
            // statement's cell is another year's. Not where the answer ties
            // it to a place or a date of its own.
            let asked_days = date_spans(asked_about.facts.facts.iter());
            // ("What happened after the landlord found out?" asks about the
            // time after the scene.)
            let asks_after = asked_about
                .facts
                .tokens
                .iter()
                .any(|t| t.is_any(&["after", "afterwards", "later", "next", "since"]));
            let told_alone = !asked
                && !answer_denies
                && matches!(wanted(question), Some(Want::Harm))
                && !e.victims.is_empty()
                && e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group))
                && !facts
                    .facts_in(fact.sentence)
                    .any(|f| matches!(&f.value, FactValue::Date(_)));
            // (A place of the answer's own: one the scene does not name. "The
            // police came to Rodrigue's house", where the scene is the stay
            // at Rodrigue's, is no other place.)
            let answer_places: Vec<&PlaceAt> = places_in(facts.facts_in(fact.sentence))
                .filter(|p| p.proper)
                .collect();
            if told_alone
                && let Some(scene) = self.scene(asked_about)
                && answer_places
                    .iter()
                    .all(|p| scene.iter().any(|&q| self.names_place(p, Some(q))))
            {
                // (The paragraph before or after, unless it is told of
                // another time than the one asked: "What happened after
                // the police came in February 2020?" is not the brother's
                // punch of 2018 told just before. Asked without a date,
                // the time is the scene's own: the report of 9 July is
                // not the camp left on 1 July, unless what came after it
                // is asked.)
                let own_days: Vec<(i64, i64)> = (0..self.day_of.len())
                    .filter(|&s| scene.contains(&self.paragraph_of[s]))
                    .filter_map(|s| self.day_of[s])
                    .collect();
                let scene_days = if asked_days.is_empty() && !asks_after {
                    &own_days
                } else {
                    &asked_days
                };
                let asked_places = asked_about.places();
                let told_there = same_class.iter().any(|(f, c)| {
                    let other_time = !scene_days.is_empty()
                        && self.day_of[f.sentence]
                            .is_some_and(|d| !scene_days.iter().any(|&a| overlap(a, d)));
                    e.may_share_victims(c)
                        && !self.named_as_reported(f)
                        && (scene.iter().any(|&p| {
                            let apart = self.paragraph_of[f.sentence].abs_diff(p);
                            apart == 0 || (apart == 1 && !other_time)
                        })
                            // Told at the place asked about ("What did they
                            // do to you at Kobela?"), at the time asked
                            // about (not the next day's abduction outside
                            // the town of the protest).
                            || (!other_time && self
                                .places_around(f.sentence)
                                .iter()
                                .any(|c| asked_places.iter().any(|a| same_place(a, c)))))
                });
                if !told_there {
                    return addition(
                        Severity::Medium,
                        format!(
                            "The answer describes {} there, which the statement does not tell of that time.",
                            e.kind.describe()
                        ),
                    );
                }
            }
            // Asked what happened in one scene, a beating with a weapon
            // where the statement tells only slaps or punches there ("the
            // lieutenant slapped me twice" against "a guard beat me with a
            // stick") is new there.
            if !asked
                && !answer_denies
                && class == 0
                && matches!(wanted(question), Some(Want::Harm))
                && e.victims.iter().all(|v| matches!(v, Victim::Client))
                && let Some(weapon) = weapon_after(facts, fact)
                && let Some(scene) = self.scene(asked_about)
            {
                let told: Vec<&&(&Fact, EventAt)> = same_class
                    .iter()
                    .filter(|(f, c)| {
                        scene.contains(&self.paragraph_of[f.sentence]) && e.may_share_victims(c)
                    })
                    .collect();
                let by_hand = |f: &Fact| {
                    let tokens = self.facts.sentence_tokens_of(f.sentence);
                    let word = self.statement.slice(f.span.clone()).to_lowercase();
                    HAND_BLOWS.iter().any(|h| word.starts_with(h))
                        && !tokens.iter().any(|t| t.is_any(WEAPONS))
                };
                if !told.is_empty() && told.iter().all(|(f, _)| by_hand(f)) {
                    let (against, _) = told[0];
                    return addition_against(
                        Severity::Medium,
                        against,
                        format!(
                            "The answer describes a beating with a {weapon}; the statement tells only blows by hand there."
                        ),
                    );
                }
            }
            // Asked about a place ("What happened in the jail?"), a harm the
            // statement tells only of other places is new there.
            if !asked
                && !answer_denies
                && !elsewhere
                && class != DETENTION_CLASS
                && e.victims
                    .iter()
                    .all(|v| matches!(v, Victim::Client | Victim::Group) || v.is_someone_else())
                && let Some(setting) = self.setting(asked_about)
                && !same_class
                    .iter()
                    .any(|(f, _)| told_there(setting, self.paragraph_of[f.sentence]))
            {
                return addition(
                    severity,
                    format!(
                        "The answer describes {} there, which the statement does not mention.",
                        e.kind.describe()
                    ),
                );
            }
            // A method of torture or injury the statement never names ("electric
            // shocks", "cigarettes", "a knife") is a material addition even where
            // the statement describes other harm.
            // Around the harm, and on into the next sentence ("They beat me…
            // They also pushed my head into a barrel of water").
            let until = facts
                .sentences
                .get(fact.sentence + 1)
                .map_or(answer.len(), |r| r.end)
                .max((fact.span.end + 40).min(answer.len()));
            let window = answer
                .get(fact.span.start.saturating_sub(40)..until)
                .or_else(|| answer.get(fact.span.clone()))
                .unwrap_or("")
                .to_lowercase();
            // Any bone broken ("broke my nose"), as the statement's are read.
            let broken = (tells_broken_bone(&tokenize(&window))
                && !self.methods_told.contains(&"broken bones"))
            .then_some("broken bones");
            if let Some(method) = HARM_METHODS
                .iter()
                .find(|(words, name)| {
                    words.iter().any(|w| window.contains(w)) && !self.methods_told.contains(name)
                })
                .map(|(_, name)| *name)
                .or(broken)
                && !asked
                && e.kind != EventKind::Kill
            {
                return addition(
                    Severity::High,
                    format!("The answer describes {method}, which the statement does not mention."),
                );
            }
            if e.repeated {
                // Each told under its own date: the sentences telling one
                // arrest and the days after it are one occurrence.
                let episode = |s: usize| (0..=s).rev().find_map(|k| self.day_of[k]).map(|d| d.0);
                // Done to someone else ("my wife had been taken") is no
                // earlier time for the speaker.
                let occurrences: std::collections::HashSet<Option<i64>> = same_class
                    .iter()
                    .filter(|(_, c)| e.may_share_victims(c))
                    .map(|(f, _)| episode(f.sentence))
                    .collect();
                let statement_repeats = same_class.iter().any(|(_, c)| c.repeated);
                if occurrences.len() <= 1 && !statement_repeats {
                    let (against, _) = same_class[0];
                    return addition_against(
                        Severity::Medium,
                        against,
                        format!(
                            "The answer describes {} happening again; the statement describes it once.",
                            e.kind.describe()
                        ),
                    );
                }
            }
        }
        if same_kind.is_empty() {
            return None;
        }
        // Polarity: the statement says it happened and the answer denies it, or
        // the other way round.
        // Said it happened: consistent if the statement says so anywhere.
        // Denied: a contradiction if the statement says it happened — "never
        // told anybody" is denied by a complaint to anyone.
        let answer_lower = answer.to_lowercase();
        // (Not where the question names what was reported and when: "Did you
        // report the beating at the protest in September 2019?" "No, I didn't
        // report it to nobody" speaks of that beating.)
        let scoped = asked
            && asked_about.facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Date(_))
                    || matches!(&f.value, FactValue::Event(q) if q.kind.is_harm())
            });
        let denies_to_anyone = !e.positive
            && !scoped
            && e.kind == EventKind::Report
            && ["anyone", "anybody", "no one", "nobody"]
                .iter()
                .any(|w| answer_lower.contains(w));
        // Asked of a place ("at the central police station in Dakhla"),
        // what the statement tells there; a signing elsewhere is another.
        let same_kind: Vec<&Fact> = match self.setting(asked_about) {
            Some(setting) if asked => {
                let there: Vec<&Fact> = same_kind
                    .iter()
                    .copied()
                    .filter(|f| setting.contains(&self.paragraph_of[f.sentence]))
                    .collect();
                if there.is_empty() {
                    return None;
                }
                there
            }
            _ => same_kind,
        };
        // "After my father signed a guarantee" is not the client's signing
        // (where the answer's is): an act of theirs is weighed only with
        // theirs.
        let by_other = |tf: &TextFacts, f: &Fact| {
            let start = tf.sentence_tokens.get(f.sentence).map_or(0, |r| r.start);
            tf.token_of(f)
                .and_then(|at| at.checked_sub(start))
                .is_some_and(|at| by_someone_else(tf.sentence_tokens_of(f.sentence), at))
        };
        let by_client = facts.token_of(fact).is_some_and(|at| {
            facts.tokens[at.saturating_sub(4)..at]
                .iter()
                .any(|t| t.is_any(&["i", "we"]))
        });
        let same_kind: Vec<&Fact> = if !e.kind.is_harm() && by_client && !by_other(facts, fact) {
            same_kind
                .into_iter()
                .filter(|f| !by_other(&self.facts, f))
                .collect()
        } else {
            same_kind
        };
        let consistent = if denies_to_anyone {
            !same_kind
                .iter()
                .any(|f| event_of(f).is_some_and(|c| c.positive))
        } else {
            same_kind
                .iter()
                .any(|f| event_of(f).is_some_and(|c| c.positive == e.positive))
        };
        if consistent {
            return None;
        }
        // (Asked of one time, "during your first arrest", "in 2022", not
        // against a telling of another: a signing then is another.)
        let same_kind: Vec<&Fact> = same_kind
            .into_iter()
            .filter(|f| event_of(f).is_some_and(|c| c.positive != e.positive))
            .filter(|f| !asked || self.at_asked_time(asked_about, f.sentence) != Some(false))
            .collect();
        if same_kind.is_empty() {
            return None;
        }
        let against = same_kind[0];
        let se = event_of(against)?;
        Some(finding(
            FindingKind::Contradiction,
            Severity::High,
            Some(against),
            against.sentence,
            if se.positive {
                format!(
                    "The statement describes {}; the answer says it did not happen.",
                    e.kind.describe()
                )
            } else {
                no_such(bare(e.kind))
            },
        ))
    }

    /// A yes/no question about an act ("Did you sign anything?") answered one
    /// way while the statement's passage about it says the other.
    pub(super) fn asked_act(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let question = asked.text;
        let complement = &asked.stems;
        // "Did you claim asylum in the Netherlands?" is not answered where the
        // statement claims it at Heathrow: a sentence naming only other places.
        // Nor "Were you fingerprinted in Italy?" where it was not in France.
        // (Not the place a question counts from: "before the United States",
        // "before you came to the United States".)
        let asked_of_a_country = asked.facts.tokens.iter().any(|t| {
            t.is_any(&[
                "asylum",
                "refugee",
                "protection",
                "fingerprinted",
                "fingerprints",
                "fingerprint",
            ])
        });
        let counted_from = |p: &PlaceAt| {
            asked.facts.tokens[..p.start.min(asked.facts.tokens.len())]
                .iter()
                .rev()
                .take_while(|t| t.kind == TokenKind::Word)
                .take(6)
                .any(|t| t.is_any(&["before", "after", "except"]))
        };
        let asked_places: Vec<&PlaceAt> = asked
            .places()
            .into_iter()
            .filter(|p| p.proper && asked_of_a_country && !counted_from(p))
            .collect();
        let elsewhere = |s: usize| {
            let places: Vec<&PlaceAt> = places_in(self.facts.facts_in(s))
                .filter(|p| p.proper)
                .collect();
            !asked_places.is_empty()
                && !places.is_empty()
                && !places
                    .iter()
                    .any(|p| asked_places.iter().any(|a| same_place(a, p)))
        };
        let rel = self.by_question(asked);
        let best = rel.iter().copied().fold(0.0, f64::max);
        if best < MIN_RELEVANCE {
            return None;
        }
        let mut relevant: Vec<usize> = (0..rel.len())
            .filter(|&s| rel[s] >= best * TOP_SHARE)
            .collect();
        // And the sentences after each in its paragraph: "…tore our leaflets
        // near the market. We reported this to the police."
        let next: Vec<usize> = relevant
            .iter()
            .flat_map(|&s| {
                (s + 1..rel.len())
                    .take_while(move |&n| self.paragraph_of[n] == self.paragraph_of[s])
            })
            .filter(|n| !relevant.contains(n))
            .collect();
        relevant.extend(next);
        relevant.sort_unstable();
        relevant.dedup();
        let (mut verbs, actor) = polarity::asked_verbs(question);
        // "Did you see a doctor?" is answered where the statement went to
        // one ("I did not go to a doctor or a hospital").
        // Seeing one and going to one are one act: each reads the
        // statement's telling of the other ("he took me to the clinic").
        let care = verbs.iter().any(|v| v == "see" || v == "visit")
            && complement
                .iter()
                .any(|w| polarity::CARE.contains(&w.as_str()));
        if care {
            verbs.push(polarity::GOING_FOR_CARE.to_string());
        }
        let one_act = |verb: &str| -> Vec<String> {
            if care && verbs.iter().any(|v| v == verb) {
                verbs.clone()
            } else {
                vec![verb.to_string()]
            }
        };
        // The events the question names besides its own act.
        let question_tokens = tokenize(question);
        let asked_events: Vec<EventKind> = crate::facts::events::events(&question_tokens)
            .into_iter()
            .filter(|e| {
                e.positive
                    && !question_tokens
                        .get(e.start)
                        .is_some_and(|t| verbs.contains(&stem(&t.lower)))
            })
            .map(|e| e.kind)
            .collect();
        let actor = actor?;
        // The countries the answer names where the question asks of any.
        let answered_places: Vec<&PlaceAt> = if asked_of_a_country && asked_places.is_empty() {
            places_in(facts.facts.iter()).filter(|p| p.proper).collect()
        } else {
            Vec::new()
        };
        for verb in &verbs {
            let Some(said) = polarity::stance(answer, &actor, verb, complement, true) else {
                continue;
            };
            // (A refusal alone is read with the sentence before it in its
            // paragraph: "They wanted me to sign a statement. I refused.")
            let acts = one_act(verb);
            let stance_at = |s: usize| {
                let text = self.sentence_text(s);
                acts.iter()
                    .find_map(|verb| {
                        polarity::stance(text, &actor, verb, complement, false).or_else(|| {
                            let before = s
                                .checked_sub(1)
                                .filter(|&b| self.paragraph_of[b] == self.paragraph_of[s])?;
                            // ("Albertina told me I could make a complaint.
                            // I did not.")
                            let tokens = self.facts.sentence_tokens_of(s);
                            if polarity::bare_denial(tokens)
                                && polarity::names_act(self.facts.sentence_tokens_of(before), verb)
                            {
                                return Some(false);
                            }
                            if !polarity::refuses(tokens) {
                                return None;
                            }
                            let both = format!("{} {text}", self.sentence_text(before));
                            polarity::stance(&both, &actor, verb, complement, false)
                        })
                    })
                    .map(|w| (s, w))
            };
            // Where the question puts it ("while you were at the police
            // headquarters"), what the statement says there; else what the
            // passages it speaks to say.
            // The paragraphs telling what the question names besides its
            // act ("the attack", "the burning").
            let mut telling_named: Vec<usize> = (0..self.paragraph_of.len())
                .filter(|&s| !self.imagined[s] && self.tells_any(s, &asked_events))
                .map(|s| self.paragraph_of[s])
                .collect();
            telling_named.dedup();
            let there: Vec<(usize, bool)> = self
                .setting(asked)
                .map(|setting| {
                    // (And the paragraph after one telling there what the
                    // question names, "the attack at the salon": "After
                    // they left… I did not report this attack.")
                    let goes_on: Vec<usize> = setting
                        .iter()
                        .filter(|p| telling_named.contains(p))
                        .map(|&p| p + 1)
                        .collect();
                    (0..self.paragraph_of.len())
                        .filter(|&s| {
                            let p = self.paragraph_of[s];
                            (setting.contains(&p) || goes_on.contains(&p)) && !elsewhere(s)
                        })
                        .filter_map(stance_at)
                        .collect()
                })
                .unwrap_or_default();
            let written: Vec<(usize, bool)> = if there.is_empty() {
                relevant
                    .iter()
                    .filter(|&&s| !elsewhere(s))
                    .filter_map(|&s| stance_at(s))
                    .collect()
            } else {
                there
            };
            // Asked of one time ("during your first arrest", "while you were
            // held in 2022", "in the farmhouse"), what the statement says of
            // that time.
            let then: Vec<(usize, bool)> = written
                .iter()
                .copied()
                .filter(|&(s, _)| self.at_asked_time(asked, s) == Some(true))
                .collect();
            // (Where none of them is of the time the question clearly points
            // to, what that time's own passage says, in whatever words: "the
            // same day he took me to the clinic" under the second arrest;
            // not the paragraph after it where that tells another time,
            // dated weeks later.)
            let then = match asked.anchor {
                Some(anchor) if then.is_empty() => {
                    let day = (0..self.paragraph_of.len())
                        .find(|&s| self.paragraph_of[s] == anchor)
                        .and_then(|s| self.when[s]);
                    let same_time = |s: usize| {
                        self.paragraph_of[s] == anchor
                            || day.is_none_or(|d| self.when[s].is_none_or(|w| w <= d + 14))
                    };
                    (0..self.paragraph_of.len())
                        .filter(|&s| {
                            self.at_asked_time(asked, s) == Some(true)
                                && same_time(s)
                                && !elsewhere(s)
                        })
                        .filter_map(stance_at)
                        .collect()
                }
                _ => then,
            };
            let written = if then.is_empty() { written } else { then };
            // Asked of any country, where the answer names one ("yes, in
            // Greece"), what the statement says of that one.
            let of_answered: Vec<(usize, bool)> = written
                .iter()
                .copied()
                .filter(|&(s, _)| {
                    places_in(self.facts.facts_in(s))
                        .any(|p| answered_places.iter().any(|a| same_place(a, p)))
                })
                .collect();
            let written = if of_answered.is_empty() {
                written
            } else {
                of_answered
            };
            // How many of the question's own words (not its act) sentences name.
            let named_in = |sentences: &mut dyn Iterator<Item = usize>| {
                let mut named: Vec<&String> = sentences
                    .flat_map(|p| self.stems[p].iter())
                    .filter_map(|w| complement.iter().find(|c| *c == w && !verbs.contains(w)))
                    .collect();
                named.sort();
                named.dedup();
                named.len()
            };
            // Told both ways ("I filed a complaint" after the office raid,
            // "This time I did not" after the raid on the house), asked of
            // the time after one ("after the night raid on your home"): what
            // the statement says next after that time.
            // (Or asked of what one passage alone tells: "Did you report the
            // burning of the shed?" where only the vigil's paragraph tells a
            // burning.)
            let told_both = written.iter().any(|&(_, w)| w != written[0].1);
            // (Of several telling it, the one naming most of what the
            // question names with it: "the shed".)
            let named_at = || {
                let naming = |p: usize| {
                    let mut sentences =
                        (0..self.paragraph_of.len()).filter(|&s| self.paragraph_of[s] == p);
                    named_in(&mut sentences)
                };
                let most = telling_named.iter().map(|&p| naming(p)).max()?;
                let mut best = telling_named.iter().copied().filter(|&p| naming(p) == most);
                let first = best.next()?;
                best.next().is_none().then_some(first)
            };
            let from = if told_both {
                self.counted_from(asked).or_else(named_at)
            } else {
                None
            };
            let written = match from {
                Some(from) => {
                    let next = written
                        .iter()
                        .map(|&(s, _)| self.paragraph_of[s])
                        .filter(|&p| p >= from)
                        .min();
                    written
                        .into_iter()
                        .filter(|&(s, _)| next.is_none_or(|n| self.paragraph_of[s] == n))
                        .collect()
                }
                None => written,
            };
            // Passages that also name what the question names ("before you
            // were released": "Before I was released I signed…") speak to it
            // more surely than those with the verb alone.
            // Those naming more of it ("asylum in Colombia") more surely than
            // those naming less ("asylum at Heathrow").
            // Its paragraph up to it counts: "I signed it." after the
            // paragraph has told the detention.
            // And the events the question names, in any words ("while you
            // were detained": "I was held there for five days").
            // The sentence's own words first; its paragraph only between
            // sentences that name as much.
            // ("at the central police station in Laayoune": a passage under
            // that town before one that only says "police".)
            let asked_towns: Vec<&PlaceAt> = asked
                .places()
                .into_iter()
                .filter(|p| {
                    p.proper
                        && country_of(&p.name).is_none()
                        && self.names_place(p, None)
                        && p.start > 0
                        && asked
                            .facts
                            .tokens
                            .get(p.start - 1)
                            .is_some_and(|t| t.is_any(&["in", "at", "near", "from"]))
                })
                .collect();
            let names_it = |s: usize| {
                let told_before = (0..=s)
                    .rev()
                    .take_while(|&p| self.paragraph_of[p] == self.paragraph_of[s]);
                let in_town = told_before.clone().any(|p| {
                    places_in(self.facts.facts_in(p))
                        .any(|c| asked_towns.iter().any(|a| same_place(a, c)))
                });
                let own = named_in(&mut std::iter::once(s));
                let around = named_in(&mut told_before.clone());
                let events = asked_events
                    .iter()
                    .filter(|k| {
                        told_before.clone().any(|p| {
                            self.facts.facts_in(p).any(
                                |f| matches!(&f.value, FactValue::Event(e) if e.positive && e.kind == **k),
                            )
                        })
                    })
                    .count();
                (in_town, own, around + events)
            };
            let most = written
                .iter()
                .map(|&(s, _)| names_it(s))
                .max()
                .unwrap_or((false, 0, 0));
            let written: Vec<(usize, bool)> = written
                .into_iter()
                .filter(|&(s, _)| names_it(s) == most)
                .collect();
            let Some(&(s, wrote)) = written.iter().max_by(|a, b| rel[a.0].total_cmp(&rel[b.0]))
            else {
                continue;
            };
            // The statement must say one thing wherever it speaks of it: "I paid"
            // (the first demand) and "I refused to pay the increase" leave it open.
            if written.iter().any(|&(_, w)| w != wrote) || wrote == said {
                continue;
            }
            let (yes, no) = ("it happened", "it did not happen");
            return Some(Finding {
                kind: FindingKind::Contradiction,
                severity: self.weight(s),
                statement_excerpt: self.sentence_text(s).trim().to_string(),
                answer_excerpt: truncate(answer.trim(), 300).to_string(),
                statement_paragraph: self.paragraph_number(s),
                explanation: format!(
                    "Asked \"{}\", the statement says {} and the answer says {}.",
                    question.trim(),
                    if wrote { yes } else { no },
                    if said { yes } else { no }
                ),
                statement_span: None,
                answer_span: None,
            });
        }
        None
    }

    /// "What did you say when the officer asked you to inform on the
    /// church?" answered "I said yes" where the statement's passage says "I
    /// refused" (or the other way round).
    pub(super) fn reply_to_demand(&self, asked: &Asked, answer: &str) -> Option<Finding> {
        let q = &asked.facts.tokens;
        let opens = q.first().is_some_and(|t| t.is_any(&["what", "how"]))
            && q.iter()
                .take(5)
                .any(|t| t.is_any(&["say", "do", "answer", "reply", "respond", "tell"]));
        let demanded = q.windows(3).any(|w| {
            w[0].is_any(&[
                "asked",
                "told",
                "ordered",
                "wanted",
                "demanded",
                "pressured",
                "forced",
            ]) && w[1].is("you")
                && w[2].is("to")
        });
        if !opens || !demanded {
            return None;
        }
        let said = reply_given(&tokenize(answer))?;
        let rel = self.by_question(asked);
        let (best, score) = rel
            .iter()
            .copied()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))?;
        if score < MIN_RELEVANCE {
            return None;
        }
        // The passage and the two sentences after it in its paragraph ("…to
        // report on the pastor. I refused.").
        let (s, wrote) = (best..rel.len())
            .take(3)
            .take_while(|&n| self.paragraph_of[n] == self.paragraph_of[best])
            .find_map(|n| reply_given(self.facts.sentence_tokens_of(n)).map(|w| (n, w)))?;
        if wrote == said {
            return None;
        }
        let word = |agreed: bool| if agreed { "agreed" } else { "refused" };
        Some(Finding {
            kind: FindingKind::Contradiction,
            severity: Severity::High,
            statement_excerpt: self.sentence_text(s).trim().to_string(),
            answer_excerpt: truncate(answer.trim(), 300).to_string(),
            statement_paragraph: self.paragraph_number(s),
            explanation: format!(
                "Asked \"{}\", the statement says the client {} and the answer says they {}.",
                asked.text.trim(),
                word(wrote),
                word(said)
            ),
            statement_span: None,
            answer_span: None,
        })
    }

    /// Something the statement says the client never had or was never given
    /// ("a phone and a vest, but never a bodyguard"), which the answer says
    /// they had: "later a bodyguard too".
    pub(super) fn denied_thing(
        &self,
        facts: &TextFacts,
        answer: &str,
        relevance: &[Vec<f64>],
        asked: &Asked,
    ) -> Option<Finding> {
        // An answer that denies it too says both.
        let answer_denies: Vec<String> = (0..facts.sentences.len())
            .flat_map(|o| denied_stems(facts.sentence_tokens_of(o)))
            .collect();
        for (s, rel) in relevance.iter().enumerate() {
            let best = rel.iter().copied().fold(0.0, f64::max);
            if best < MIN_RELEVANCE {
                continue;
            }
            let tokens = facts.sentence_tokens_of(s);
            for (i, t) in tokens.iter().enumerate() {
                if t.kind != TokenKind::Word
                    || t.lower.len() < 4
                    || is_stopword(&t.lower)
                    || !said_plainly(tokens, i)
                {
                    continue;
                }
                let thing = stem(&t.lower);
                // Denied where the answer speaks, and said nowhere in the
                // statement.
                if answer_denies.contains(&thing) || self.said_plainly.contains(&thing) {
                    continue;
                }
                let Some(c) = (0..self.facts.sentences.len())
                    // (Or anywhere, where the question asks about it: "Did
                    // you have a lawyer?")
                    .find(|&c| {
                        (rel[c] >= best * DENIED_SHARE || asked.stems.contains(&thing))
                            && self.denied[c].contains(&thing)
                    })
                else {
                    continue;
                };
                return Some(self.sentence_contradiction(facts, answer, c, s, no_such(&t.lower)));
            }
        }
        None
    }

    /// "The officer refused to write anything down" where the passage the
    /// answer speaks to says "the sergeant wrote down my complaint": an act of
    /// someone else's that the answer denies and the statement tells.
    pub(super) fn denied_act(
        &self,
        facts: &TextFacts,
        answer: &str,
        relevance: &[Vec<f64>],
    ) -> Option<Finding> {
        for (s, rel) in relevance.iter().enumerate() {
            let best = rel.iter().copied().fold(0.0, f64::max);
            if best < MIN_RELEVANCE {
                continue;
            }
            let tokens = facts.sentence_tokens_of(s);
            for (verb_at, verb) in denied_verbs(tokens) {
                // (Harms are weighed where and when they were done, by the
                // event checks: "they did not beat me there".)
                let harm = facts.facts_in(s).any(|f| {
                    matches!(&f.value, FactValue::Event(_))
                        && f.span.start == tokens[verb_at].span.start
                });
                if harm || !by_someone_else(tokens, verb_at) {
                    continue;
                }
                // Told plainly by someone else in the passage spoken to.
                let Some(c) = (0..self.facts.sentences.len()).find(|&c| {
                    rel[c] >= best * DENIED_SHARE
                        && !self.imagined[c]
                        && told_by_someone_else(self.facts.sentence_tokens_of(c), &verb)
                }) else {
                    continue;
                };
                let explanation = format!(
                    "The answer says \"{}\" was not done; the statement says it was.",
                    tokens[verb_at].lower
                );
                return Some(self.sentence_contradiction(facts, answer, c, s, explanation));
            }
        }
        None
    }

    /// Whether a statement fact is an event named as what was reported ("I
    /// reported the kidnapping"), which did not happen where it was reported.
    fn named_as_reported(&self, f: &Fact) -> bool {
        let tokens = &self.facts.tokens;
        let Some(at) = self.facts.token_of(f) else {
            return false;
        };
        tokens[at.saturating_sub(3)..at]
            .iter()
            .any(|t| stem(&t.lower) == "report" || t.is_any(&["complained", "about"]))
    }

    /// A contradiction between statement sentence `c` and answer sentence
    /// `s`, each quoted whole.
    fn sentence_contradiction(
        &self,
        facts: &TextFacts,
        answer: &str,
        c: usize,
        s: usize,
        explanation: String,
    ) -> Finding {
        Finding {
            kind: FindingKind::Contradiction,
            severity: self.weight(c),
            statement_excerpt: self.sentence_text(c).trim().to_string(),
            answer_excerpt: self.answer_sentence(facts, answer, s).to_string(),
            statement_paragraph: self.paragraph_number(c),
            explanation,
            statement_span: None,
            answer_span: None,
        }
    }

    /// The statement sentence an answer sentence speaks to most.
    fn best_sentence_for(&self, facts: &TextFacts, s: usize) -> usize {
        let query: Vec<(String, f64)> = facts
            .sentence_stems(s)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        self.index
            .scores(&query)
            .into_iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(0, |(i, _)| i)
    }
}

/// How the speaker answered a demand, by the first words that say so: "I
/// refused", "I said no", "I did not agree" (false); "I said yes", "I
/// agreed", "I accepted" (true).
fn reply_given(tokens: &[Token]) -> Option<bool> {
    tokens.iter().enumerate().find_map(|(i, t)| {
        let denied = tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|p| p.is_any(&["not", "never", "didn't", "wouldn't", "refused"]));
        if t.is_any(&["refused", "declined"]) && i > 0 && tokens[i - 1].is("i") {
            Some(false)
        } else if t.is_any(&["agreed", "accepted"]) && i > 0 && (tokens[i - 1].is("i") || denied) {
            Some(!denied)
        } else if t.is_any(&["said", "told", "answered"]) && i > 0 && tokens[i - 1].is("i") {
            tokens[i + 1..tokens.len().min(i + 3)].iter().find_map(|n| {
                if n.is("no") {
                    Some(false)
                } else if n.is_any(&["yes", "ok", "okay"]) {
                    Some(true)
                } else {
                    None
                }
            })
        } else {
            None
        }
    })
}

/// Methods of harm worth naming, by the words that say them.
pub(super) const HARM_METHODS: &[(&[&str], &str)] = &[
    (&["electric", "electrocut", "shocks"], "electric shocks"),
    (&["cigarette"], "burns with cigarettes"),
    (
        &["fingernail", "nails pulled", "pulled out my nail"],
        "pulling out fingernails",
    ),
    (
        &[
            "hung me",
            "hanged me",
            "hung us",
            "hang me",
            "upside down",
            "by my wrists",
            "by the wrists",
        ],
        "hanging",
    ),
    (&["knife", "machete", "stabbed"], "a knife"),
    (&["whip", "lash"], "whipping"),
    (&["sexually", "rape", "raped"], "sexual violence"),
    (
        &[
            "waterboard",
            "drown",
            "barrel of water",
            "under water",
            "could not breathe",
            "couldn't breathe",
            "suffocat",
            "plastic bag",
        ],
        "near-drowning or suffocation",
    ),
    (
        &[
            "broke my arm",
            "broke my leg",
            "broken arm",
            "broken leg",
            "broke my ribs",
        ],
        "broken bones",
    ),
];

/// Blows struck by hand or foot, as a statement words them.
const HAND_BLOWS: &[&str] = &["slap", "punch", "kick", "push", "shov", "pinch", "grab"];

/// What a beating is given with.
const WEAPONS: &[&str] = &[
    "stick",
    "sticks",
    "baton",
    "batons",
    "truncheon",
    "truncheons",
    "club",
    "clubs",
    "cable",
    "cables",
    "belt",
    "belts",
    "whip",
    "hose",
    "pipe",
    "pipes",
    "rod",
    "rods",
    "bat",
    "butt",
    "butts",
    "cord",
    "cords",
    "bottle",
    "iron",
    "bar",
    "bars",
    "wire",
    "chain",
    "chains",
];

/// The weapon an answer's harm `fact` is done with ("beat me with a stick
/// on my legs"), if it names one.
fn weapon_after(facts: &TextFacts, fact: &Fact) -> Option<String> {
    let tokens = facts.sentence_tokens_of(fact.sentence);
    let at = tokens.iter().position(|t| t.span.start >= fact.span.end)?;
    let near = &tokens[at..(at + 8).min(tokens.len())];
    let with = near.iter().position(|t| t.is("with"))?;
    near[with + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| t.is_any(WEAPONS))
        .map(|t| t.lower.clone())
}

/// Whether the words tell a bone broken: "broke" or "broken" within a
/// few words of a bone ("my arm was broken", "broke two of my ribs").
pub(super) fn tells_broken_bone(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        t.is_any(&["broke", "broken", "fractured", "cracked"])
            && tokens[i.saturating_sub(4)..(i + 7).min(tokens.len())]
                .iter()
                .any(|n| n.is_any(crate::facts::events::BODY_PARTS))
    })
}

/// The harm class of arrest and detention.
pub(super) const DETENTION_CLASS: u8 = 1;

pub(super) fn harm_class(e: &EventAt) -> u8 {
    match e.kind {
        // Done to a thing ("attacked the house", "burned it"): damage, not a
        // beating. Shots at a thing ("shot at our motorbike") are neither
        // a fire nor a man shot.
        EventKind::Shoot if e.property && e.victims.is_empty() => 6,
        _ if e.property && e.victims.is_empty() => 3,
        EventKind::Burn if e.victims.is_empty() => 3,
        EventKind::Burn => 0,
        EventKind::Beat | EventKind::Injure | EventKind::Torture => 0,
        EventKind::Arrest | EventKind::Kidnap => DETENTION_CLASS,
        EventKind::Kill | EventKind::Shoot => 2,
        EventKind::Destroy | EventKind::Rob => 3,
        EventKind::Rape => 4,
        _ => 5,
    }
}

fn describe_victim(v: &Victim) -> String {
    match v {
        Victim::Client => "the speaker".into(),
        Victim::Group => "the group".into(),
        Victim::Role(r) => format!("their {r}"),
        Victim::Name(n) => {
            let mut c = n.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        }
    }
}

fn question_mentions(question: &str, kind: EventKind) -> bool {
    crate::facts::events::events(&tokenize(question))
        .iter()
        .any(|e| e.kind == kind)
}

/// The verbs `tokens` deny ("never contacted", "did not write", "refused to
/// write"), as (index, stem), leaving out verbs that say little alone.
fn denied_verbs(tokens: &[Token]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let denies = t.is_any(&["never", "not", "didn't", "refused"]);
        if !denies {
            continue;
        }
        let Some(at) = (i + 1..tokens.len().min(i + 4)).find(|&j| {
            tokens[j].kind == TokenKind::Word && !tokens[j].is_any(&["to", "even", "ever", "once"])
        }) else {
            continue;
        };
        if tokens[i + 1..at].iter().any(|b| b.kind != TokenKind::Word) {
            continue;
        }
        let verb = stem(&tokens[at].lower);
        if tokens[at].lower.len() < 4
            || is_stopword(&tokens[at].lower)
            || polarity::GENERIC_VERBS.contains(&verb.as_str())
        {
            continue;
        }
        found.push((at, verb));
    }
    found
}

/// Whether the clause of the verb at `at` has someone other than the client
/// as its subject: "he", "they", "the officer".
/// The nearest subject before it decides, past an apposition ("The officer,
/// a sergeant, wrote…").
fn by_someone_else(tokens: &[Token], at: usize) -> bool {
    for t in tokens[..at]
        .iter()
        .rev()
        .filter(|t| t.kind == TokenKind::Word)
        .take(8)
    {
        if t.is_any(&["i", "we", "me", "us"]) || t.is_any(SUBORDINATORS) {
            return false;
        }
        if t.is_any(&["he", "she", "they"]) || role_of_any(&t.lower).is_some_and(|r| r != "family")
        {
            return true;
        }
    }
    false
}

/// Whether `tokens` tell `verb` (a stem) done, not denied, by someone other
/// than the client. ("He wrote nothing down" denies it.)
fn told_by_someone_else(tokens: &[Token], verb: &str) -> bool {
    (0..tokens.len()).any(|k| {
        tokens[k].kind == TokenKind::Word
            && stem(&tokens[k].lower) == verb
            && by_someone_else(tokens, k)
            && !tokens[k.saturating_sub(3)..k]
                .iter()
                .any(|b| b.is_any(&["not", "never", "didn't", "refused", "no", "nobody", "if"]))
            && !tokens
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["nothing", "none", "nobody"]))
    })
}
