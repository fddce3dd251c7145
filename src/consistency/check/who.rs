//! Who did it, who was there and who was harmed: people in the answer
//! against the people of the statement.

use super::*;

impl Checker {
    pub(super) fn compare_person(
        &self,
        fact: &Fact,
        p: &PersonAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let p = &self.complete(p);
        let fits = |c: &PersonAt| person_fits(p, &self.complete(c), false);
        if let Some(found) = self.compare_person_in_event(fact, p, rel, facts, answer) {
            return found;
        }
        // A person the statement mentions anywhere, as the same role and name, is
        // not a discrepancy here: the answer may simply add who else was there.
        let everywhere: Vec<PersonAt> = self
            .facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(c) => Some(self.complete(c)),
                _ => None,
            })
            .collect();
        // The statement's own "friend Obinna" is the answer's, whatever a
        // brother Obiora sounds like.
        if p.name.is_some() && everywhere.iter().any(|c| c.name.is_some() && fits(c)) {
            return None;
        }
        let same_name_other_role = p.name.as_ref().and_then(|n| {
            everywhere.iter().find(|c| {
                c.name.as_ref().is_some_and(|cn| same_name(cn, n))
                    && p.role.is_some()
                    && c.role.is_some()
                    && c.role != p.role
                    && !GROUP_ROLES.contains(&c.role.unwrap_or(""))
                    && !same_child(c.role.unwrap_or(""), p.role.unwrap_or(""))
            })
        });
        if same_name_other_role.is_none() && everywhere.iter().any(&fits) {
            return None;
        }
        if p.role.is_some_and(|r| {
            GROUP_ROLES.contains(&r)
                || matches!(r, "friend" | "stranger" | "boy" | "girl" | "child")
        }) && p.name.is_none()
            && p.owner.is_none()
        {
            return None;
        }
        let candidates = self.candidates(rel, |v| matches!(v, FactValue::Person(_)));
        let against = match same_name_other_role {
            Some(named) => candidates
                .iter()
                .find(|(c, _)| matches!(&c.value, FactValue::Person(cp) if self.complete(cp) == *named))
                .map(|(c, _)| *c)?,
            None => {
                let against = self.decide(
                    &candidates,
                    rel,
                    |c| matches!(&c.value, FactValue::Person(cp) if fits(cp)),
                )?;
                // Without an event to tie them, only a clear clash counts: the same
                // role with another name, or a close relative of another kind
                // (a daughter for a son).
                let FactValue::Person(sp) = &against.value else {
                    return None;
                };
                let sp = self.complete(sp);
                // ("there was a lawyer … before the judge": the answer names
                // the statement's one too, and another beside.)
                if self.answer_names(facts, &sp) {
                    return None;
                }
                let clash = match (p.role, sp.role) {
                    (Some(a), Some(b)) if a == b => {
                        matches!((&p.name, &sp.name), (Some(x), Some(y)) if !same_name(x, y))
                    }
                    (Some(a), Some(b)) => {
                        role_family(a).is_some() && role_family(a) == role_family(b)
                    }
                    _ => false,
                };
                if !clash {
                    return None;
                }
                against
            }
        };
        let FactValue::Person(sp) = &against.value else {
            return None;
        };
        Some(self.person_finding(against, sp, fact, p, facts, answer))
    }

    /// The answer's people, each completed from the statement (see
    /// [`complete`](Self::complete)).
    fn people_of<'a>(
        &'a self,
        facts: &'a TextFacts,
    ) -> impl Iterator<Item = (&'a Fact, PersonAt)> + 'a {
        facts.facts.iter().filter_map(move |f| match &f.value {
            FactValue::Person(p) => Some((f, self.complete(p))),
            _ => None,
        })
    }

    /// A person who does or suffers something in the answer ("my wife paid",
    /// "they took my brother") is compared with the people of the statement's
    /// sentences about the same kind of event. `None` when there is no such event.
    fn compare_person_in_event(
        &self,
        fact: &Fact,
        p: &PersonAt,
        rel: &[f64],
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Option<Finding>> {
        // An event belongs to the person nearest to it, within reach and with no
        // other person in between ("my mother-in-law told me they beat Jawid":
        // the beating is Jawid's).
        let others: Vec<&Fact> = facts
            .facts
            .iter()
            .filter(|f| {
                f.sentence == fact.sentence
                    && matches!(f.value, FactValue::Person(_))
                    && f.span != fact.span
            })
            .collect();
        let near = |f: &Fact| {
            if f.sentence != fact.sentence || f.span.start.abs_diff(fact.span.start) > EVENT_REACH {
                return false;
            }
            let (lo, hi) = if f.span.start < fact.span.start {
                (f.span.start, fact.span.start)
            } else {
                (fact.span.end, f.span.start)
            };
            let distance = hi.saturating_sub(lo);
            !others.iter().any(|o| {
                (o.span.start > lo && o.span.start < hi)
                    || o.span.start.abs_diff(f.span.start) < distance
            })
        };
        // (Not an event named in passing before the person's own clause:
        // "after I came out of hospital I went with Pastor Minj".)
        let in_passing = |f: &Fact| {
            let (Some(at), Some(person)) = (facts.token_of(f), facts.token_of(fact)) else {
                return false;
            };
            at < person
                && facts.tokens[at.saturating_sub(5)..at]
                    .iter()
                    .any(|t| t.is_any(&["after", "before", "since", "until", "once"]))
                && facts.tokens[at + 1..person]
                    .iter()
                    .any(|t| t.is_any(SUBJECT_PRONOUNS))
        };
        let kinds: Vec<EventKind> = facts
            .facts
            .iter()
            .filter(|f| near(f) && !in_passing(f))
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if e.kind != EventKind::Threaten => Some(e.kind),
                _ => None,
            })
            .collect();
        if kinds.is_empty() {
            return None;
        }
        let event_sentences: std::collections::HashSet<usize> = self
            .facts
            .facts
            .iter()
            .filter(|f| matches!(&f.value, FactValue::Event(e) if kinds.iter().any(|k| same_event_kind(*k, e.kind))))
            .map(|f| f.sentence)
            .collect();
        let people: Vec<(&Fact, &PersonAt, f64)> = self
            .facts
            .facts
            .iter()
            .filter(|f| event_sentences.contains(&f.sentence))
            .filter_map(|f| match &f.value {
                FactValue::Person(c) => Some((f, c, rel.get(f.sentence).copied().unwrap_or(0.0))),
                _ => None,
            })
            .collect();
        if people.is_empty() {
            return None;
        }
        let p = &self.complete(p);
        if people
            .iter()
            .any(|(_, c, _)| person_fits(p, &self.complete(c), true))
        {
            return Some(None);
        }
        let best_overall = rel.iter().copied().fold(0.0, f64::max);
        let (against, sp, r) = people.into_iter().max_by(|a, b| a.2.total_cmp(&b.2))?;
        if r < MIN_RELEVANCE || r < best_overall * TOP_SHARE || self.answer_names(facts, sp) {
            return Some(None);
        }
        Some(Some(
            self.person_finding(against, sp, fact, p, facts, answer),
        ))
    }

    /// For a statement sentence that names no one but tells its act by "he"
    /// or "she", the sentence before it in its paragraph that names the one
    /// meant ("An officer named Inspector Fassi … On the third night he
    /// burned my forearm").
    fn named_before_pronoun(&self, s: usize) -> Option<usize> {
        let names_no_one = !self
            .facts
            .facts_in(s)
            .any(|f| matches!(f.value, FactValue::Person(_)));
        let by_pronoun = self
            .facts
            .sentence_tokens_of(s)
            .iter()
            .any(|t| t.is_any(&["he", "she"]));
        if !names_no_one || !by_pronoun {
            return None;
        }
        (0..s)
            .rev()
            .take_while(|&p| self.paragraph_of[p] == self.paragraph_of[s])
            .find(|&p| {
                self.facts.facts_in(p).any(|f| {
                    matches!(&f.value, FactValue::Person(c)
                        if c.name.is_some() && !c.role.is_some_and(|r| GROUP_ROLES.contains(&r)))
                })
            })
    }

    /// Whether a victim told by name (`cv`, with the other victims of its event
    /// `told`) is known to be someone other than one told by role (`v`): "my
    /// friend Mathan was arrested" is not "my mother was arrested".
    pub(super) fn other_role(&self, cv: &Victim, v: &Victim, told: &[Victim]) -> bool {
        let (Victim::Name(name), Victim::Role(role)) = (cv, v) else {
            return false;
        };
        let name = self
            .first_names
            .iter()
            .find(|(last, _)| last == name)
            .map_or(name, |(_, first)| first);
        // A name the statement never gives a person ("transferred to SIZO")
        // is no one's.
        if !self.facts.facts.iter().any(
            |f| matches!(&f.value, FactValue::Person(p) if p.name.as_deref().is_some_and(|n| same_name(n, name))),
        ) {
            return true;
        }
        let roles: Vec<&str> = told
            .iter()
            .filter_map(|t| match t {
                Victim::Role(r) => Some(*r),
                _ => None,
            })
            .chain(
                self.roles_by_name
                    .iter()
                    .filter(|(n, _)| same_name(n, name))
                    .map(|(_, r)| *r),
            )
            .collect();
        !roles.is_empty() && !roles.iter().any(|r| r == role || same_child(r, role))
    }

    /// Whether the answer names the statement's person `sp` somewhere: then
    /// it cannot be naming someone else in their place ("My mother's brother,
    /// Suleiman. He paid … to the guards").
    pub(super) fn answer_names(&self, facts: &TextFacts, sp: &PersonAt) -> bool {
        let sp = self.complete(sp);
        self.people_of(facts)
            .any(|(_, a)| person_fits(&a, &sp, false))
    }

    /// Fills in the role of a person named without one, from where the
    /// statement names them with a role ("Jostin" is "my son Jostin").
    pub(super) fn complete(&self, p: &PersonAt) -> PersonAt {
        let mut p = p.clone();
        if let Some(name) = &p.name
            && let Some((_, first)) = self.first_names.iter().find(|(last, _)| last == name)
        {
            p.name = Some(first.clone());
        }
        if p.role.is_none()
            && let Some(name) = &p.name
            && let Some((_, role)) = self.roles_by_name.iter().find(|(n, _)| same_name(n, name))
        {
            p.role = Some(role);
        }
        // "my mother's brother" is my uncle, "my sister's son" my nephew.
        if let (Some(owner), Some(role)) = (p.owner.as_deref(), p.role)
            && let Some(kin) = kin_of(owner, role).filter(|k| role_of(k).is_some())
        {
            p.role = role_of(kin);
            // Which side of the family stays: a father's brother is not a
            // mother's brother, though both are uncles.
            p.owner = match owner {
                "mother" => Some(MATERNAL.into()),
                "father" => Some(PATERNAL.into()),
                _ => None,
            };
        }
        p
    }

    /// "Who paid?" "My wife." The first person the answer names is compared with
    /// the people of the statement sentence that answers the same question.
    pub(super) fn who(&self, asked: &Asked, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let question = asked.text;
        let q = question.trim().to_lowercase();
        let which_role =
            q.starts_with("which") && q.split_whitespace().any(|w| role_of_any(w).is_some());
        if !(q.starts_with("who") || which_role) {
            return None;
        }
        // (Not the owner of a place: "Who punched you at your father's house?")
        let asked_about: Vec<&PersonAt> = asked
            .facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(p) if !is_possessive(asked.text, f) => Some(p),
                _ => None,
            })
            .collect();
        // The answer's person: the first one that is not just the question's own
        // ("Who did you leave your son with?" "I left Justin with his aunt").
        // It comes early in its sentence: "…they took me, my wife and my son
        // were crying" does not say the wife arrested anyone.
        let early = |f: &Fact, p: &PersonAt| {
            let tokens = facts.sentence_tokens_of(f.sentence);
            tokens[..p.start.min(tokens.len())]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !t.is_any(&["like", "well"]))
                .count()
                <= WHO_WITHIN_WORDS
        };
        let (fact, person) = facts.facts.iter().find_map(|f| match &f.value {
            FactValue::Person(p) if !is_possessive(answer, f) && early(f, p) => {
                let p = self.complete(p);
                let restates = !which_role
                    && asked_about
                        .iter()
                        .any(|a| person_fits(&p, &self.complete(a), false));
                (!restates).then_some((f, p))
            }
            _ => None,
        })?;
        // "The director of my old school, Ramon Vives": the name after a comma.
        let mut person = person;
        if person.name.is_none()
            && let Some(name) = facts.facts_in(fact.sentence).find_map(|f| match &f.value {
                FactValue::Person(p)
                    if p.role.is_none() && p.start > person.end && p.start <= person.end + 7 =>
                {
                    // After the last comma, only the name's words ("ramon vives").
                    let between = &facts.sentence_tokens_of(fact.sentence)[person.end..p.start];
                    let comma = between.iter().rposition(|t| t.lower == ",")?;
                    (between.len() - comma <= 3
                        && between[comma + 1..]
                            .iter()
                            .all(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower)))
                    .then(|| p.name.clone())
                    .flatten()
                }
                _ => None,
            })
        {
            person.name = Some(name);
            person = self.complete(&person);
        }
        // "A young boy, a student. I think his name was Mohamed."
        if person.name.is_none()
            && let Some(name) = facts.tokens.windows(3).find_map(|w| {
                (w[0].is("name")
                    && w[1].is_any(&["was", "is"])
                    && w[2].kind == TokenKind::Word
                    && !is_stopword(&w[2].lower)
                    && role_of(&w[2].lower).is_none())
                .then(|| w[2].lower.clone())
            })
        {
            person.name = Some(name);
        }
        // Asked of a time ("Who questioned you … in 2017?"), a passage told
        // under another time is another scene.
        let asked_days = date_spans(asked.facts.facts.iter());
        let at_asked_time = |c: usize| {
            asked_days.is_empty()
                || self.day_of[c].is_none_or(|day| asked_days.iter().any(|&a| overlap(a, day)))
        };
        let person_fact = |f: &Fact| {
            matches!(f.value, FactValue::Person(_)) && !is_possessive(&self.statement.text, f)
        };
        // (Looked for at that time first: the answer's words may be of
        // another time.)
        let at_time = self.answering_sentences(asked, facts, fact, |f| {
            person_fact(f) && self.day_of[f.sentence].is_some() && at_asked_time(f.sentence)
        });
        let candidates = if asked_days.is_empty() || at_time.is_empty() {
            self.answering_sentences(asked, facts, fact, person_fact)
        } else {
            at_time
        };
        // The one that tells the question's event ("Who was killed…?": where
        // someone was shot dead), if one does.
        let asked_events = harm_kinds(&asked.facts, |_| true);
        let tells_it = |c: usize| self.tells_any(c, &asked_events);
        let candidates: Vec<usize> = if candidates.iter().any(|&c| at_asked_time(c)) {
            candidates
                .into_iter()
                .filter(|&c| at_asked_time(c))
                .collect()
        } else {
            candidates
        };
        // "On the third night he burned my forearm": where the statement
        // tells the asked act once, by a "he" or "she" named before in its
        // paragraph, it is that one's.
        let telling: Vec<usize> = (0..self.facts.sentences.len())
            .filter(|&s| !asked_events.is_empty() && tells_it(s) && !self.imagined[s])
            .collect();
        let by_pronoun = match telling[..] {
            [s] => self.named_before_pronoun(s),
            _ => None,
        };
        let sentence = by_pronoun.or_else(|| {
            candidates
                .iter()
                .copied()
                .find(|&c| tells_it(c))
                .or_else(|| candidates.first().copied())
        })?;
        // (Not a group: "no longer part of the family" names no one.)
        let people: Vec<&Fact> = self
            .facts
            .facts_in(sentence)
            .filter(|f| {
                matches!(&f.value, FactValue::Person(p)
                    if !p.role.is_some_and(|r| GROUP_ROLES.contains(&r)))
                    && !is_possessive(&self.statement.text, f)
            })
            .collect();
        // A name against a role fits only where nothing says they are two:
        // not where the answer's named person is someone the statement names
        // while this sentence names another ("Captain Guerra" for "a guard
        // known as El Chino"), nor where the statement's named person is known
        // in another role (Dennis, the landlord's son, for "the landlord").
        let names_another = person.name.as_ref().is_some_and(|n| {
            self.lexicon.names.iter().any(|k| same_name(k, n))
                && people.iter().any(|f| {
                    matches!(&f.value, FactValue::Person(c)
                        if self.complete(c).name.as_ref().is_some_and(|cn| !same_name(cn, n)))
                })
        });
        let fits = people.iter().any(|f| match &f.value {
            FactValue::Person(c) => {
                let c = self.complete(c);
                let name_against_role = match (&person.name, &c.name, person.role, c.role) {
                    (Some(n), None, _, Some(role)) => names_another || self.has_kin(n, role),
                    (None, Some(cn), Some(role), None) => {
                        // (Whoever's they are: "the landlord's son, Dennis".)
                        let known: Vec<&str> = self
                            .facts
                            .facts
                            .iter()
                            .filter_map(|g| match &g.value {
                                FactValue::Person(PersonAt {
                                    role: Some(r),
                                    name: Some(n),
                                    ..
                                }) if same_name(n, cn) => Some(*r),
                                _ => None,
                            })
                            .collect();
                        !known.is_empty() && !known.contains(&role)
                    }
                    _ => false,
                };
                person_fits(&person, &c, true) && !name_against_role
            }
            _ => false,
        });
        // A person the statement names, nowhere in the paragraph that tells
        // the asked event, under their name or any title they are known by
        // ("It was Inspector Munyaneza" where the inspector only comes in
        // later): someone else. A plural there ("one of the officers") is
        // others, not them.
        let named_elsewhere = person.name.as_ref().is_some_and(|n| {
            let known_roles: Vec<&str> = self
                .roles_by_name
                .iter()
                .filter(|(k, _)| same_name(k, n))
                .map(|(_, r)| *r)
                .chain(person.role)
                .collect();
            let paragraph = self.paragraph_of.get(sentence);
            let singular = |f: &Fact| {
                let words = self.statement.slice(f.span.clone()).to_lowercase();
                let last = words.split_whitespace().last().unwrap_or("");
                !last.ends_with('s') || last.ends_with("ss")
            };
            self.lexicon.names.iter().any(|k| same_name(k, n))
                && tells_it(sentence)
                && !(0..self.facts.sentences.len())
                    .filter(|&s| self.paragraph_of.get(s) == paragraph)
                    .flat_map(|s| self.facts.facts_in(s))
                    .any(|f| match &f.value {
                        FactValue::Person(c) => {
                            let c = self.complete(c);
                            c.name.as_ref().is_some_and(|cn| same_name(cn, n))
                                || (c.name.is_none()
                                    && singular(f)
                                    && c.role.is_some_and(|r| known_roles.contains(&r)))
                        }
                        _ => false,
                    })
        });
        let fits = fits && !named_elsewhere;
        // The one named is in the sentence beside it, telling the same
        // scene ("An officer, Major Gromov, questioned me. He wanted me to
        // give the names, Polina's too.").
        // (Not one told under a date of its own, another from this one's:
        // "In 2011 a colleague gave me a New Testament. In 2013 I was
        // baptised by Pastor Oleg.")
        let other_time = |s: usize| {
            let mine = date_spans(self.facts.facts_in(sentence));
            let theirs = date_spans(self.facts.facts_in(s));
            !mine.is_empty()
                && !theirs.is_empty()
                && !mine.iter().any(|&a| theirs.iter().any(|&b| overlap(a, b)))
        };
        let beside = person.name.is_some()
            && [sentence.wrapping_sub(1), sentence + 1].iter().any(|&s| {
                self.paragraph_of.get(s).is_some()
                    && self.paragraph_of.get(s) == self.paragraph_of.get(sentence)
                    && !other_time(s)
                    && self.facts.facts_in(s).any(|f| {
                        matches!(&f.value, FactValue::Person(c)
                            if c.name.is_some() && person_fits(&person, &self.complete(c), false))
                    })
            });
        // (Unless this sentence tells the question's event and names
        // someone else as well, or one of the named person's own people:
        // "X came with his nephews. … one nephew punched me".)
        let their_own = person.name.as_ref().is_some_and(|n| {
            people.iter().any(|f| {
                matches!(&f.value, FactValue::Person(c)
                    if c.name.is_none() && c.role.is_some_and(|r| self.has_kin(n, r)))
            })
        });
        let another_there = names_another && tells_it(sentence);
        if beside && !another_there && !named_elsewhere && !their_own {
            return None;
        }
        if fits {
            // "My friend Mathan and my wife's cousin Jeyanthan" where the
            // statement names Mathan and Sutharsan: one of a list swapped.
            return self.swapped_in_list(facts, answer, fact, &people);
        }
        // The answer names the statement's people too ("my brother, and the
        // officer told him"): it adds someone rather than naming another.
        // Not the answer's person told again in apposition ("my father's
        // brother, um, my uncle Salih").
        let FactValue::Person(raw) = &fact.value else {
            return None;
        };
        let sentence_tokens = facts.sentence_tokens_of(fact.sentence);
        // (A bare name after a role is not: the extractor would have joined it,
        // so it is one of a list, "my mother, Amal, Omar and me".)
        let apposition = |f: &Fact, p: &PersonAt| {
            f.sentence == fact.sentence
                && p.role.is_some()
                && p.start >= raw.end
                && p.start <= raw.end + 3
                && sentence_tokens[raw.end..p.start]
                    .iter()
                    .all(|t| t.lower == "," || t.is_any(&["my", "our", "i", "mean"]))
        };
        // (In the same answer sentence, or by name: "Mr Gbaguidi paid him.
        // My sister had spent everything already" gives a reason, not a
        // second payer.)
        let answer_people: Vec<PersonAt> = self
            .people_of(facts)
            .filter(|(f, p)| {
                f.span != fact.span && (f.sentence == fact.sentence || p.name.is_some())
            })
            .filter(|(f, _)| !matches!(&f.value, FactValue::Person(p) if apposition(f, p)))
            .map(|(_, p)| p)
            // Nor the person the question asks about ("Who is Karim?" "Karim is…").
            .filter(|p| {
                !asked_about
                    .iter()
                    .any(|a| person_fits(p, &self.complete(a), false))
            })
            .collect();
        let all_named = people.iter().all(|f| match &f.value {
            FactValue::Person(c) => {
                let c = self.complete(c);
                answer_people.iter().any(|a| person_fits(a, &c, false))
            }
            _ => true,
        });
        if all_named && !named_elsewhere {
            return None;
        }
        let against = *people.first()?;
        let FactValue::Person(sp) = &against.value else {
            return None;
        };
        // (The fact is one of the answering sentence's own.)
        Some(self.fact_against(
            FindingKind::Person,
            self.weight(sentence),
            against,
            fact,
            facts,
            answer,
            format!(
                "The statement says this was {}; the answer says {}.",
                with_article(&self.complete(sp).describe()),
                with_article(&person.describe())
            ),
        ))
    }

    /// Whether the statement tells of `name`'s own `role`s ("Alimamy Turay
    /// came with two of his nephews"): then they are not that role.
    fn has_kin(&self, name: &str, role: &str) -> bool {
        (0..self.facts.sentences.len()).any(|s| {
            let tokens = self.facts.sentence_tokens_of(s);
            let named_at = self.facts.facts_in(s).find_map(|f| match &f.value {
                FactValue::Person(p) if p.name.as_deref().is_some_and(|pn| same_name(pn, name)) => {
                    Some(p.end)
                }
                _ => None,
            });
            named_at.is_some_and(|from| {
                tokens
                    .windows(2)
                    .skip(from)
                    .any(|w| w[0].is_any(&["his", "her"]) && role_of_any(&w[1].lower) == Some(role))
            })
        })
    }

    /// Where the answer to a "who" question lists people: a named one that
    /// fits no one of the statement's sentence, while a named one there goes
    /// unnamed in the answer, is a person finding.
    fn swapped_in_list(
        &self,
        facts: &TextFacts,
        answer: &str,
        first: &Fact,
        people: &[&Fact],
    ) -> Option<Finding> {
        let listed: Vec<(&Fact, PersonAt)> = self
            .people_of(facts)
            .filter(|(f, p)| {
                f.sentence == first.sentence
                    && f.span != first.span
                    && !is_possessive(answer, f)
                    && p.name.is_some()
            })
            .collect();
        let told: Vec<(&Fact, PersonAt)> = people
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Person(c) if c.name.is_some() => Some((*f, self.complete(c))),
                _ => None,
            })
            .collect();
        let answer_people: Vec<PersonAt> = self.people_of(facts).map(|(_, p)| p).collect();
        let (af, ap) = listed
            .iter()
            .find(|(_, a)| !told.iter().any(|(_, c)| person_fits(a, c, true)))?;
        let (sf, sp) = told
            .iter()
            .find(|(_, c)| !answer_people.iter().any(|a| person_fits(a, c, true)))?;
        Some(self.person_finding(sf, sp, af, ap, facts, answer))
    }

    /// Whether a statement sentence mentions this person at all.
    /// A name the answer gives ("beat marion") that the statement gives a
    /// person too, with no role, against a role that is no relative's in a
    /// statement sentence that does not name them ("the girls were cut"):
    /// someone else.
    pub(super) fn someone_else_by_name(&self, s: usize, cv: &Victim, v: &Victim) -> bool {
        let (Victim::Role(role), Victim::Name(name)) = (cv, v) else {
            return false;
        };
        let known = self.facts.facts.iter().any(
            |f| matches!(&f.value, FactValue::Person(p) if p.name.as_deref().is_some_and(|n| same_name(n, name))),
        );
        // A relative of another name is a wrong person, found as such.
        let no_role = !self.roles_by_name.iter().any(|(n, _)| same_name(n, name));
        known && no_role && !is_relative(role) && !self.sentence_mentions(s, v)
    }

    pub(super) fn sentence_mentions(&self, s: usize, victim: &Victim) -> bool {
        self.facts.facts_in(s).any(|f| match (&f.value, victim) {
            (FactValue::Person(p), Victim::Role(r)) => p.role == Some(*r),
            (FactValue::Person(p), Victim::Name(n)) => {
                p.name.as_ref().is_some_and(|pn| same_name(pn, n))
            }
            _ => false,
        })
    }
}

fn same_child(a: &str, b: &str) -> bool {
    let child = |r: &str| match r {
        "son" | "boy" => Some(1),
        "daughter" | "girl" => Some(2),
        "child" => Some(0),
        _ => None,
    };
    matches!((child(a), child(b)), (Some(x), Some(y)) if x == y || x == 0 || y == 0)
}

/// Close relatives that can be mistaken for one another.
fn role_family(role: &str) -> Option<u8> {
    Some(match role {
        "son" | "daughter" | "child" => 0,
        "brother" | "sister" => 1,
        "father" | "mother" | "stepfather" | "stepmother" => 2,
        "husband" | "wife" | "partner" => 3,
        "uncle" | "aunt" | "cousin" | "nephew" | "niece" => 4,
        "grandfather" | "grandmother" => 5,
        "pastor" | "priest" | "imam" | "preacher" | "deacon" => 6,
        "neighbour" | "landlord" | "friend" | "colleague" | "employer" => 7,
        "officer" | "guard" => 8,
        _ => return None,
    })
}

/// The side of the family of a relative told as "my mother's brother" or "my
/// father's sister", kept as their owner once they are called uncle or aunt.
const MATERNAL: &str = "mother's side";
const PATERNAL: &str = "father's side";

/// Whether two mentions can be the same person. Where one gives only a role
/// and the other only a name, they cannot be compared: `lenient` decides.
pub(super) fn person_fits(p: &PersonAt, c: &PersonAt, lenient: bool) -> bool {
    if let (Some(a), Some(b)) = (&p.name, &c.name)
        && !same_name(a, b)
    {
        return false;
    }
    if let (Some(a), Some(b)) = (p.role, c.role)
        && a != b
        // "my family" in the answer fits any relative; "his family" in the
        // statement may hold the answer's father; "my parents" a mother.
        && !GROUP_ROLES.contains(&a)
        && !(b == "family" || b == "relative")
        && !(b == "parents" && role_family(a) == Some(2))
        // "our boys" are our sons; a child is a son or a daughter.
        && !same_child(a, b)
        // "the preacher" and "the sheikh" are one man of religion; an
        // officer in a cell is a guard to the one held there.
        && !(role_family(a).is_some_and(|f| f == 6 || f == 8) && role_family(a) == role_family(b))
        // One name under two titles ("Sheikh Qotb, the preacher"), unless
        // they say how the client is related to them.
        && !(p.name.is_some() && c.name.is_some() && !(is_relative(a) && is_relative(b)))
    {
        return false;
    }
    let lineage = |o: &Option<String>| o.as_deref().is_some_and(|o| o == MATERNAL || o == PATERNAL);
    if lineage(&p.owner) || lineage(&c.owner) {
        // An uncle fits a mother's brother; a father's brother does not.
        if lineage(&p.owner) && lineage(&c.owner) && p.owner != c.owner {
            return false;
        }
    } else if p.owner.is_some() && p.owner != c.owner {
        return false;
    }
    let comparable =
        (p.name.is_some() && c.name.is_some()) || (p.role.is_some() && c.role.is_some());
    comparable || lenient
}

/// "How long did they keep your husband?" "They kept him a month.": a "him"
/// or "her" the answer names no one for is the one the question names.
pub(super) fn asked_person_is_him(question: &TextFacts, facts: &mut TextFacts) {
    // The one the question asks about, not the one who did it ("did the
    // gang keep your husband"): the client's own people first, else the last.
    let people: Vec<&PersonAt> = question
        .facts
        .iter()
        .filter_map(|f| match &f.value {
            FactValue::Person(p) => Some(p),
            _ => None,
        })
        .collect();
    let Some(asked) = people
        .iter()
        .find(|p| p.role.is_some_and(is_relative))
        .or(people.last())
        .and_then(|p| {
            p.name
                .clone()
                .map(Victim::Name)
                .or(p.role.map(Victim::Role))
        })
    else {
        return;
    };
    for f in &mut facts.facts {
        if let FactValue::Event(e) = &mut f.value {
            for v in &mut e.victims {
                if v.is_someone_else() {
                    *v = asked.clone();
                }
            }
        }
    }
}
