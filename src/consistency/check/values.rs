//! Comparing one told value with the statement: dates, counts and sums,
//! places and organisations.

use super::*;

impl Checker {
    pub(super) fn compare_date(
        &self,
        fact: &Fact,
        d: &DateValue,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        // "When were you attacked near the river?": asked when, the time the
        // question's own words point to is dated by its own passage.
        // (Its own sentence, where the question's verb is told there alone:
        // "granted".)
        let own_passage: Vec<f64>;
        let within = |keep: &dyn Fn(usize) -> bool| -> Vec<f64> {
            rel.iter()
                .enumerate()
                .map(|(s, &r)| if keep(s) { r } else { 0.0 })
                .collect()
        };
        let rel = match (
            self.dated_sentence(asked),
            self.dated_by_its_own_passage(asked),
        ) {
            (Some(only), _) => {
                own_passage = within(&|s| s == only);
                &own_passage[..]
            }
            (None, Some(p)) => {
                own_passage = within(&|s| self.goes_on_from(p, self.paragraph_of[s]));
                &own_passage[..]
            }
            (None, None) => rel,
        };
        // (A statement date that says nothing the answer's says, a bare year
        // against "the sixth of July", neither fits nor conflicts.)
        let candidates = self.candidates(rel, |v| {
            matches!(v, FactValue::Date(cd)
                if !(d.year.is_none() && d.months.is_some() && cd.months.is_none()))
        });
        // "When were you released after the second arrest?": where the time
        // the question's ordinal points to tells what it asks about with a
        // date, that date is the one asked for, however much the answer's
        // own words ("the fifteenth of March") recall another time.
        let asked_when = matches!(wanted(asked.text), Some(Want::When));
        let main_kinds = asked.main_event_kinds();
        let answering = |c: &Fact| {
            asked.anchored_at(self.paragraph_of[c.sentence])
                && self.tells_any(c.sentence, &main_kinds)
        };
        let anchored = asked_when && candidates.iter().any(|(c, _)| answering(c));
        let mut candidates = candidates;
        let in_anchor: Vec<f64>;
        let rel = if anchored {
            candidates.retain(|(c, _)| asked.anchored_at(self.paragraph_of[c.sentence]));
            in_anchor = self.within_anchor(asked, rel.to_vec());
            &in_anchor[..]
        } else {
            rel
        };
        let top = candidates.first().map_or(0.0, |c| c.1);
        // "On the eleventh": the day of the month the passage dates.
        let filled;
        let d = match (d.days, d.months, candidates.first()) {
            (Some(_), None, Some((c, _))) => match &c.value {
                FactValue::Date(cd) if cd.months.is_some_and(|m| m.0 == m.1) => {
                    filled = DateValue {
                        months: cd.months,
                        year: cd.year,
                        ..*d
                    };
                    &filled
                }
                _ => return None,
            },
            (Some(_), None, None) => return None,
            _ => d,
        };
        // A vaguer date ("in 2020") fits a precise answer only where the statement
        // clearly speaks of the same thing.
        // Asked when, the date told is the answering passage's: another date
        // told in passing does not excuse it.
        let fit_share = if asked_when {
            TOLD_ONCE_FIT_SHARE
        } else {
            FIT_SHARE
        };
        // "I was released in January": where the most relevant date tells
        // the answer's own event, a date of something else does not excuse it.
        // Where the sentence gives several dates, each event is the nearest
        // date's ("arrested in November 2020, and in September 2021 I heard").
        let dates_at: Vec<usize> = facts
            .facts_in(fact.sentence)
            .filter(|f| matches!(f.value, FactValue::Date(_)))
            .map(|f| f.span.start)
            .collect();
        let nearest_is_this = |at: usize| {
            dates_at
                .iter()
                .min_by_key(|&&p| p.abs_diff(at))
                .is_none_or(|&p| p == fact.span.start)
        };
        let mut told: Vec<EventKind> = facts
            .facts_in(fact.sentence)
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if e.positive && nearest_is_this(f.span.start) => Some(e.kind),
                _ => None,
            })
            .collect();
        // "It was at night, in early December. They broke down the door.":
        // a date told alone is of what the sentences without a date of
        // their own tell.
        if told.is_empty() {
            let dated = |s: usize| {
                facts
                    .facts_in(s)
                    .any(|f| matches!(f.value, FactValue::Date(_)))
            };
            told = facts
                .facts
                .iter()
                .filter(|f| !dated(f.sentence))
                .filter_map(|f| match &f.value {
                    FactValue::Event(e) if e.positive => Some(e.kind),
                    _ => None,
                })
                .collect();
        }
        // Asked when something happened, a vaguer date fits only where that
        // is told ("the 2021 election" does not excuse a wrong day of the
        // arrest).
        let asked_kinds = if asked_when {
            asked.event_kinds()
        } else {
            Vec::new()
        };
        let tells_asked = |s: usize| asked_kinds.is_empty() || self.tells_any(s, &asked_kinds);
        let tells_told = |s: usize| self.tells_any(s, &told);
        let same_event = candidates
            .first()
            .is_some_and(|(c, _)| tells_told(c.sentence));
        let against = self.decide_within(
            &candidates,
            rel,
            |c| match &c.value {
                FactValue::Date(cd) => {
                    cd.compatible(d)
                        && (cd.precision() >= d.precision()
                            || (rel[c.sentence] >= top * 0.8 && tells_asked(c.sentence)))
                        && (!same_event || tells_told(c.sentence))
                }
                _ => false,
            },
            fit_share,
        )?;
        let FactValue::Date(sd) = &against.value else {
            return None;
        };
        // A month without a year ("from October to May") is weak: it conflicts
        // only if the statement never dates anything to that month (to that
        // day, where the answer gives one: "the twenty first of january"),
        // at the time the question's ordinal points to, where it points to one.
        if d.year.is_none()
            && self.facts.facts.iter().any(|f| {
                (!anchored || asked.anchored_at(self.paragraph_of[f.sentence])) &&
                matches!(&f.value, FactValue::Date(c)
                    if c.months.is_some() && c.compatible(d) && (d.days.is_none() || c.days.is_some()))
            })
        {
            return None;
        }
        // Only compare what both sides say: a bare month against a full date of
        // another year cannot be weighed.
        let year_differs = matches!((d.year, sd.year), (Some(a), Some(b)) if a != b);
        let severity = if self.central(against.sentence) || year_differs {
            Severity::High
        } else {
            Severity::Medium
        };
        Some(self.fact_against(
            FindingKind::Date,
            severity,
            against,
            fact,
            facts,
            answer,
            format!(
                "The statement gives {}; the answer says {}.",
                sd.describe(),
                d.describe()
            ),
        ))
    }

    pub(super) fn compare_quantity(
        &self,
        fact: &Fact,
        q: &QuantityAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        let candidates = self.candidates(
            rel,
            |v| matches!(v, FactValue::Quantity(c) if c.unit.comparable(&q.unit)),
        );
        let fitting = |c: &Fact| matches!(&c.value, FactValue::Quantity(cq) if cq.compatible(q));
        // Counts of people are everywhere in a statement: only the passage the
        // answer most clearly speaks to is compared.
        if matches!(q.unit, Unit::Count(_))
            && let Some((_, top)) = candidates.first()
            && *top < rel.iter().copied().fold(0.0, f64::max) * COUNT_SHARE
        {
            return None;
        }
        // The passage the question clearly points to ("How long were you held
        // after the arrest in Abobo?"), whatever place the answer names.
        // (One told with what the question asks about: "held" there, not a
        // sum collected by a church beside where it names the payer.)
        // (Or the time the question dates: "the fine the council gave you in
        // March 2020". Before a sum is excused by one beside it.)
        let asked_kinds = asked.event_kinds();
        let dated = !date_spans(asked.facts.facts.iter()).is_empty();
        let at_time = |s: usize| {
            asked.anchored_at(self.paragraph_of[s])
                || (dated && self.at_asked_time(asked, s) == Some(true))
        };
        // (Not some of a group told before: "two of the men from the pickup
        // came to the shop" does not say how many were in the pickup.)
        let answering = |c: &Fact| {
            at_time(c.sentence)
                && (asked_kinds.is_empty() || self.tells_any(c.sentence, &asked_kinds))
                && !matches!(&c.value, FactValue::Quantity(cq) if cq.part)
        };
        let anchored = candidates.iter().any(|(c, _)| answering(c));
        let mut candidates = candidates;
        if anchored {
            candidates.retain(|(c, _)| at_time(c.sentence));
        }
        // A sum the same paragraph gives fits ("asked ten thousand, I gave five
        // thousand" where a demand and a payment are told).
        if matches!(q.unit, Unit::Money(_))
            && let Some((top, _)) = candidates.first()
        {
            let paragraph = self.paragraph_of.get(top.sentence);
            if candidates
                .iter()
                .any(|(c, _)| self.paragraph_of.get(c.sentence) == paragraph && fitting(c))
            {
                return None;
            }
        }
        let mut candidates = self.tied_to_same_event(fact, facts, asked, candidates);
        // A length of time told at another named place is another stay: "two
        // weeks in Agadez" is not the six weeks in Sabha.
        if matches!(q.unit, Unit::Duration(_)) {
            let proper_places = |f: &TextFacts, s: usize| -> Vec<PlaceAt> {
                f.facts_in(s)
                    .filter_map(|g| match &g.value {
                        FactValue::Place(p) if p.proper => Some(p.clone()),
                        _ => None,
                    })
                    .collect()
            };
            // Only a place in the number's own clause: "two weeks in that
            // cell, and then they took us to Mai Serwa" is not about Mai Serwa.
            let tokens = facts.sentence_tokens_of(fact.sentence);
            let at = tokens
                .iter()
                .position(|t| t.span.start >= fact.span.start)
                .unwrap_or(0);
            let clause = clause_around(tokens, at);
            let ours: Vec<PlaceAt> = proper_places(facts, fact.sentence)
                .into_iter()
                .filter(|p| clause.contains(&p.start))
                .collect();
            // "How long were you held at the Arafat 1 police station?": the
            // stay told where the statement names that place.
            let asked_places: Vec<&PlaceAt> =
                // (A town or a building: "before you left Angola" names the
                // whole story's country.)
                asked
                    .places()
                    .into_iter()
                    .filter(|p| p.proper && country_of(&p.name).is_none())
                    .collect();
            let names_asked = |s: usize| {
                self.facts.facts_in(s).any(|g| {
                    matches!(&g.value, FactValue::Place(c) if asked_places.iter().any(|a| same_place(a, c)))
                })
            };
            // (Or under it, named before in the paragraph: "We fled to Mount
            // Sinjar. … We were trapped on the mountain for seven days.")
            let under_asked = |s: usize| {
                self.places_around(s)
                    .iter()
                    .any(|c| asked_places.iter().any(|a| same_place(a, c)))
            };
            let there: Vec<(&Fact, f64)> = candidates
                .iter()
                .filter(|(c, _)| names_asked(c.sentence) || under_asked(c.sentence))
                .copied()
                .collect();
            // (Not the end of a journey: "How did you get to the United
            // Kingdom?" does not make the visa's "two-year" a stay there.)
            let question = asked.text.to_lowercase();
            let journey = [
                "get to",
                "come to",
                "came to",
                "travel to",
                "journey to",
                "reach",
            ]
            .iter()
            .any(|w| question.contains(w));
            if ours.is_empty() && !there.is_empty() && !journey {
                candidates = there;
            }
            // (Unless the question points to the stay: the answer's place
            // may be the wrong one.)
            if !ours.is_empty() && !anchored {
                candidates.retain(|(c, _)| {
                    let theirs = proper_places(&self.facts, c.sentence);
                    theirs.is_empty()
                        || theirs.iter().any(|t| ours.iter().any(|a| same_place(a, t)))
                });
            }
        }
        // A number the answer gives elsewhere is told: this one is about
        // something else ("two, three weeks in Enugu, then five months in
        // Lagos" is not compared with the five months in Lagos).
        let candidates: Vec<_> = candidates
            .into_iter()
            .filter(|(c, _)| {
                fitting(c)
                    || !facts.facts.iter().any(|f| {
                    !std::ptr::eq(f, fact)
                        && matches!((&f.value, &c.value), (FactValue::Quantity(other), FactValue::Quantity(cq)) if other.compatible(cq))
                })
            })
            .collect();
        // A number that fits must be about what the answer tells, read without
        // the number's own words ("million rupees" is in any sum of that size,
        // "three weeks" in any stay of that length).
        // (Worked out only where some number fits.)
        let own_rel = candidates.iter().any(|(c, _)| fitting(c)).then(|| {
            self.relevance_in_context(
                facts,
                fact.sentence,
                asked,
                fact.span.clone(),
                CONTEXT_WEIGHT,
            )
        });
        let own = |c: &Fact| own_rel.as_ref().map_or(0.0, |r| r[c.sentence]);
        let own_top = candidates.iter().map(|(c, _)| own(c)).fold(0.0, f64::max);
        // A stay is told once for each place: "four months" in Yerevan does not
        // excuse "five months" for the five weeks in Moscow.
        let fit_share = match q.unit {
            Unit::Duration(_) => TOLD_ONCE_FIT_SHARE,
            Unit::Money(_) => PAID_ONCE_FIT_SHARE,
            _ => FIT_SHARE,
        };
        // Asked how long or how many of the passage the question points to,
        // its one number of that kind is the one to compare, however the
        // answer's other words (perhaps of another passage) weigh.
        // (The first of the anchor's paragraphs that tells one, where it tells
        // just one.)
        let answers_anchor = asked
            .anchor_paragraphs()
            .filter(|_| anchored && asks_how_much(asked.text))
            .find_map(|q| {
                let told: Vec<&Fact> = candidates
                    .iter()
                    .map(|(c, _)| *c)
                    .filter(|c| self.paragraph_of[c.sentence] == q && answering(c))
                    .collect();
                (!told.is_empty()).then_some(told)
            })
            .filter(|told| told.len() == 1)
            .map(|told| told[0]);
        // Asked how many of one time ("came into the office"), a count that
        // fits must also be of a passage the question's own words point to
        // nearly as much as to the best: "eight" at the raid on the house is
        // not the office's.
        let counted = matches!(q.unit, Unit::Count(_)) && asks_how_much(asked.text);
        let by_question: &[f64] = if counted {
            self.by_question(asked)
        } else {
            &[]
        };
        let question_top = candidates
            .iter()
            .map(|(c, _)| by_question.get(c.sentence).copied().unwrap_or(0.0))
            .fold(0.0, f64::max);
        let asked_of =
            |c: &Fact| !counted || by_question[c.sentence] >= question_top * COUNT_ASKED_SHARE;
        let against = if let Some(c) = answers_anchor {
            (!fitting(c)).then_some(c)?
        } else {
            self.decide_within(
                &candidates,
                rel,
                |c| fitting(c) && own(c) >= own_top * fit_share && asked_of(c),
                0.0,
            )?
        };
        let FactValue::Quantity(sq) = &against.value else {
            return None;
        };
        // The passage the answer most clearly speaks to gives the same number.
        if sq.compatible(q) {
            return None;
        }
        let severity = if self.central(against.sentence) || matches!(q.unit, Unit::Money(_)) {
            Severity::High
        } else {
            Severity::Medium
        };
        Some(self.fact_against(
            FindingKind::Number,
            severity,
            against,
            fact,
            facts,
            answer,
            format!(
                "The statement says {}; the answer says {}.",
                self.statement.slice(against.span.clone()),
                answer.get(fact.span.clone()).unwrap_or(&sq.describe())
            ),
        ))
    }

    pub(super) fn compare_place(
        &self,
        fact: &Fact,
        p: &PlaceAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
        asked: &Asked,
    ) -> Option<Finding> {
        // A place the answer denies ("I didn't go through the border post") is
        // not a claim about where something happened.
        if clause_is_negated(facts, fact) {
            return None;
        }
        // A place the statement names anywhere is not a conflict on its own.
        // (A kind of place the statement names in other words too: "the
        // station" where it says "the police station".)
        let kind_named = !p.proper
            && p.kind.is_some()
            && self
                .facts
                .tokens
                .iter()
                .any(|t| place_noun(&t.lower) == p.kind);
        let known = self.names_place(p, None)
            || kind_named
            || (p.proper
                && p.name.split([' ', '-']).all(|w| {
                    w.len() < 3 || is_common(w) || self.proper_words.iter().any(|k| same_name(k, w))
                }));
        let candidates = self.candidates(
            rel,
            |v| matches!(v, FactValue::Place(c) if c.proper == p.proper),
        );
        // Known places still conflict where the answer ties one to the same
        // event as the statement ties another ("they took me to Douala" where
        // the statement says they took him to Yaounde and his wife later moved
        // to Douala).
        let candidates = match self.same_event_candidates(fact, facts, asked, &candidates) {
            Some(tied) => tied,
            None if known => return None,
            None => candidates,
        };
        let against = self.decide(
            &candidates,
            rel,
            |c| matches!(&c.value, FactValue::Place(cp) if same_place(cp, p)),
        )?;
        let FactValue::Place(sp) = &against.value else {
            return None;
        };
        // "at the checkpoint near Shukri" where the statement names Shukri: the
        // named place says where, and is compared itself; the rest is detail.
        let named_alike = !p.proper
            && facts.facts_in(fact.sentence).any(
                |af| matches!(&af.value, FactValue::Place(ap) if ap.proper && self.names_place(ap, None)),
            );
        // "at the Anti-Terror Branch in Mardin" where the statement says "at
        // the Anti-Terror Branch": the answer names the statement's place
        // too, and the town is where that place is.
        let named_too = facts.facts_in(fact.sentence).any(
            |af| af.span != fact.span && matches!(&af.value, FactValue::Place(ap) if ap.proper && sp.proper && same_place(ap, sp)),
        );
        // "went to court" where the statement's sentence has "the provincial
        // court tried him": the place is there, only not told as a place.
        let said_there = !p.proper
            && p.kind.is_some()
            && self
                .facts
                .sentence_tokens_of(against.sentence)
                .iter()
                .any(|t| place_noun(&t.lower) == p.kind);
        if named_alike || said_there {
            return None;
        }
        // "From Kutaisi I flew to Berlin" where the statement flew from
        // Kutaisi to Milan: the answer names where it set out, and another
        // place where the statement's journey went.
        let against = if named_too {
            let before = |f: &TextFacts, s: usize, at: usize| {
                at.checked_sub(1)
                    .and_then(|b| f.sentence_tokens_of(s).get(b))
                    .map(|t| t.lower.clone())
            };
            let ours = before(facts, fact.sentence, p.start);
            let unnamed_by_answer = |op: &PlaceAt| {
                !facts
                    .facts
                    .iter()
                    .any(|af| matches!(&af.value, FactValue::Place(ap) if same_place(ap, op)))
            };
            self.facts.facts_in(against.sentence).find(|f| {
                matches!(&f.value, FactValue::Place(op)
                    if op.proper
                        && unnamed_by_answer(op)
                        && ours.as_deref() == Some("to")
                        && before(&self.facts, f.sentence, op.start).as_deref() == Some("to"))
            })?
        } else {
            against
        };
        let FactValue::Place(sp) = &against.value else {
            return None;
        };
        Some(self.fact_against(
            FindingKind::Place,
            self.weight(against.sentence),
            against,
            fact,
            facts,
            answer,
            format!(
                "The statement places this at {}; the answer says {}.",
                title(self.statement.slice(against.span.clone()), &sp.name),
                title(answer.get(fact.span.clone()).unwrap_or(""), &p.name)
            ),
        ))
    }

    pub(super) fn compare_organisation(
        &self,
        fact: &Fact,
        o: &OrganisationAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let candidates = self.candidates(rel, |v| matches!(v, FactValue::Organisation(_)));
        if o.generic {
            // "the police" against a statement that never names a police force at all
            // says nothing new.
            // (A university or an institute of no known class is no army.)
            let class = agent_class_of(&o.name);
            let class_known = candidates.iter().any(|(c, _)| {
                matches!(&c.value, FactValue::Organisation(co)
                    if co.name == o.name || (class.is_some() && agent_class_of(&co.name) == class))
            });
            if class_known {
                return None;
            }
        }
        // A named group in the answer is measured against the statement's named
        // groups; the statement's plain "the gang" fits only if it names none.
        let named_in_statement = candidates.iter().any(|(c, _)| {
            matches!(&c.value, FactValue::Organisation(co) if !co.generic
                && agent_class_of(&co.name) == agent_class_of(&o.name))
        });
        // Where the passage most about it names a group, a named group in the
        // answer is weighed against named groups only: "the Arakan Army" is not
        // "the army" of another sentence.
        let top_named = candidates
            .first()
            .is_some_and(|(c, _)| matches!(&c.value, FactValue::Organisation(co) if !co.generic));
        let candidates: Vec<(&Fact, f64)> = candidates
            .into_iter()
            .filter(|(c, _)| {
                o.generic
                    || !(named_in_statement || top_named)
                    || matches!(&c.value, FactValue::Organisation(co) if !co.generic)
            })
            .collect();
        // A named body of no known class fits "the army" only where it acts
        // (arrests, beats, threatens): an institute someone worked at does not.
        let acts = |c: &Fact| {
            self.facts.facts_in(c.sentence).any(|f| {
                matches!(&f.value, FactValue::Event(e) if e.kind.is_harm() || e.kind == EventKind::Threaten)
            })
        };
        let against = self.decide(&candidates, rel, |c| match &c.value {
            FactValue::Organisation(co) => {
                same_organisation(co, o)
                    && (!o.generic
                        || co.name == o.name
                        || agent_class_of(&co.name).is_some()
                        || acts(c))
            }
            _ => false,
        })?;
        let FactValue::Organisation(so) = &against.value else {
            return None;
        };
        // Generic against generic of another class only counts when both are agents.
        if o.generic && so.generic && agent_class_of(&so.name).is_none() {
            return None;
        }
        Some(self.fact_against(
            FindingKind::Contradiction,
            Severity::High,
            against,
            fact,
            facts,
            answer,
            format!(
                "The statement attributes this to {}; the answer names {}.",
                self.statement.slice(against.span.clone()),
                answer.get(fact.span.clone()).unwrap_or(&o.name)
            ),
        ))
    }

    /// When the answer's sentence and the most relevant candidate's sentence
    /// tell the same kind of event ("they arrested fifteen of us" and "arrested
    /// seven of us"), only candidates told with that event count: "about twelve
    /// people met there" is another matter, however close its words.
    fn tied_to_same_event<'a>(
        &self,
        fact: &Fact,
        facts: &TextFacts,
        asked: &Asked,
        candidates: Vec<(&'a Fact, f64)>,
    ) -> Vec<(&'a Fact, f64)> {
        self.same_event_candidates(fact, facts, asked, &candidates)
            .unwrap_or(candidates)
    }

    /// The candidates told with the same kind of event as the answer's fact
    /// (or the question), when the most relevant one is; `None` when it is not.
    fn same_event_candidates<'a>(
        &self,
        fact: &Fact,
        facts: &TextFacts,
        asked: &Asked,
        candidates: &[(&'a Fact, f64)],
    ) -> Option<Vec<(&'a Fact, f64)>> {
        // The events told close to a fact: in a long spoken sentence, an
        // event far away is about something else.
        let kinds_of = |f: &TextFacts, near: &Fact| -> Vec<EventKind> {
            f.facts_in(near.sentence)
                .filter(|x| {
                    x.span.start <= near.span.end + EVENT_REACH
                        && near.span.start <= x.span.end + EVENT_REACH
                })
                .filter_map(|x| match &x.value {
                    FactValue::Event(e) if e.positive => Some(e.kind),
                    _ => None,
                })
                .collect()
        };
        // The question's event is the answer's too when the question asks for
        // this fact and the answer gives just one of its type: "How many were
        // arrested?" "Maybe thirty of us."
        let mut ours = kinds_of(facts, fact);
        let asks = matches!(
            (wanted(asked.text), &fact.value),
            (Some(Want::Number), FactValue::Quantity(_)) | (Some(Want::Where), FactValue::Place(_))
        );
        let alone = facts
            .facts
            .iter()
            .filter(|f| std::mem::discriminant(&f.value) == std::mem::discriminant(&fact.value))
            .count()
            == 1;
        if asks && alone {
            ours.extend(asked.facts.facts.iter().filter_map(|f| match &f.value {
                FactValue::Event(e) if e.positive => Some(e.kind),
                _ => None,
            }));
        }
        let (top, _) = candidates.first()?;
        let shared: Vec<EventKind> = kinds_of(&self.facts, top)
            .into_iter()
            .filter(|k| ours.contains(k))
            .collect();
        if shared.is_empty() {
            return None;
        }
        // A statement's sum is often paid in the sentence after it ("…on bail
        // of 5,000 pounds. My uncle paid the bail.").
        let told_next = |c: &Fact| {
            let next = c.sentence + 1;
            self.paragraph_of.get(next) == self.paragraph_of.get(c.sentence)
                && self.facts.facts_in(next).any(
                    |f| matches!(&f.value, FactValue::Event(e) if e.positive && shared.contains(&e.kind)),
                )
        };
        // "Released after 97 days" tells how long the detention was.
        let duration =
            matches!(&fact.value, FactValue::Quantity(q) if matches!(q.unit, Unit::Duration(_)));
        let ends = |k: &EventKind| {
            duration && *k == EventKind::Release && shared.contains(&EventKind::Arrest)
        };
        Some(
            candidates
                .iter()
                .filter(|(c, _)| {
                    kinds_of(&self.facts, c)
                        .iter()
                        .any(|k| shared.contains(k) || ends(k))
                        || told_next(c)
                })
                .copied()
                .collect(),
        )
    }
}

fn clause_is_negated(facts: &TextFacts, fact: &Fact) -> bool {
    let Some(range) = facts.sentence_tokens.get(fact.sentence) else {
        return false;
    };
    let tokens = &facts.tokens[range.clone()];
    let before: Vec<&Token> = tokens
        .iter()
        .take_while(|t| t.span.start < fact.span.start)
        .collect();
    let clause_start = before
        .iter()
        .rposition(|t| t.kind == TokenKind::Break)
        .map_or(0, |p| p + 1);
    before[clause_start..].iter().any(|t| {
        t.is_any(&[
            "not", "never", "no", "didn't", "don't", "wasn't", "couldn't", "without",
        ]) || t.lower.ends_with("n't")
    })
}

/// Whether a question asks how long, how many or how much, first or after
/// another question ("Where were you held, and for how long?").
fn asks_how_much(question: &str) -> bool {
    let q = question.to_lowercase();
    ["how long", "how many", "how much"]
        .iter()
        .any(|w| q.contains(w))
}
