//! The order of events: what an answer tells as before or after, and gaps
//! counted from another event, against the statement's chronology.

use super::*;

impl Checker {
    /// "First X, then Y" in an answer where the statement has Y before X.
    pub(super) fn sequence(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let tokens = &facts.tokens;
        // "After A, first B, and after that C, and then D": each step against
        // the next.
        let steps = told_steps(tokens);
        let named = asked_name(asked);
        if steps.len() >= 3 {
            return steps.windows(2).find_map(|w| {
                self.reversed_pair(facts, answer, w[0].clone(), w[1].clone(), true, &named)
            });
        }
        // Each order the answer tells, the first first ("after the flag …,
        // Yaoundé first and only after that Kumba").
        if let Some(found) = ordered_parts(tokens)
            .into_iter()
            .find_map(|(first, second)| {
                self.reversed_pair(facts, answer, first, second, false, &named)
            })
        {
            return Some(found);
        }
        // An order told within one sentence of a longer answer ("… and it was
        // after I got out that the video came out").
        // (In a one-sentence answer, only "that was before …", which the
        // loop reads against the question.)
        facts
            .sentence_tokens
            .iter()
            .enumerate()
            .find_map(|(k, range)| {
                let (first, second) = ordered_parts(&tokens[range.clone()]).into_iter().next()?;
                let at = |r: Range<usize>| r.start + range.start..r.end + range.start;
                let mut first = at(first);
                // "It was after Vuk and the others beat me", opening the
                // answer: what the question asks about came second.
                let second = at(second);
                let points_back = |part: &[Token]| {
                    part.iter()
                        .filter(|t| t.kind == TokenKind::Word)
                        .all(|t| t.is_any(&["it", "that", "this", "was", "is"]))
                };
                if k == 0
                    && points_back(&tokens[second.clone()])
                    && content_words(&tokens[first.clone()]) >= 2
                {
                    return self.against_question(asked, facts, answer, first, false);
                }
                // "Only after the hearing did they…": a few words that point
                // back to the sentence before.
                if content_words(&tokens[first.clone()]) < 2 {
                    match k.checked_sub(1).and_then(|p| facts.sentence_tokens.get(p)) {
                        // (Not a short clause with an act of its own:
                        // "They just beat me, and then…".)
                        Some(previous) if !says_enough(&tokens[first.clone()]) => {
                            first = previous.clone();
                        }
                        Some(_) => {}
                        // "That was before I went to Kigali", opening the
                        // answer: "that" is what the question asks about.
                        // (Not "in the evening after my shift": the shift
                        // is not what the question asks about.)
                        None if restates(&tokens[first.clone()], &asked.facts.tokens) => {
                            return self.against_question(asked, facts, answer, second, true);
                        }
                        None => {}
                    }
                }
                self.reversed_pair(facts, answer, first, second, false, &named)
            })
    }

    /// An order told against the question itself: "That was before I went
    /// to Kigali" (what was asked came first: `asked_first`) or "It was
    /// after they beat me" (it came second), `told` being the other part.
    fn against_question(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
        told: Range<usize>,
        asked_first: bool,
    ) -> Option<Finding> {
        let question =
            self.part_readings(&asked.facts, 0..asked.facts.tokens.len(), false, false)?;
        let told: Vec<usize> = self
            .part_readings(facts, told, false, true)?
            .into_iter()
            .filter(|s| !question.contains(s))
            .collect();
        if told.is_empty() {
            return None;
        }
        if asked_first {
            self.reversed_readings(answer, &question, &told, false)
        } else {
            self.reversed_readings(answer, &told, &question, false)
        }
    }

    /// The statement sentences a part of the answer (a range of its tokens)
    /// may mean: the best, and any nearly as good; `None` where the part says
    /// too little. `steps`: the answer tells its steps one by one.
    pub(super) fn part_readings(
        &self,
        facts: &TextFacts,
        range: Range<usize>,
        steps: bool,
        lone: bool,
    ) -> Option<Vec<usize>> {
        self.part_readings_of(facts, range, steps, lone, &[])
    }

    /// [`Self::part_readings`], where the part's "he" or "she" is someone
    /// the question names (`named`: the words of that name).
    fn part_readings_of(
        &self,
        facts: &TextFacts,
        range: Range<usize>,
        steps: bool,
        lone: bool,
        named: &[String],
    ) -> Option<Vec<usize>> {
        let tokens = &facts.tokens;
        // The facts told within a part (a range of the answer's tokens).
        let within = |range: &Range<usize>, f: &Fact| {
            tokens
                .get(range.start)
                .is_some_and(|t| t.span.start <= f.span.start)
                && tokens[..range.end.min(tokens.len())]
                    .last()
                    .is_some_and(|t| f.span.start < t.span.end)
        };
        let query = |range: Range<usize>| -> Vec<(String, f64)> {
            let events = facts.facts.iter().filter_map(|f| match &f.value {
                FactValue::Event(e) if within(&range, f) => Some((event_term(e.kind), 1.0)),
                _ => None,
            });
            // "the article came out" is its publication.
            let published = (range.start..range.end.min(tokens.len()).saturating_sub(1))
                .any(|i| {
                    tokens[i].is_any(&["came", "come", "comes"])
                        && tokens[i + 1].is("out")
                        && i > 0
                        && tokens[i - 1].is_any(PUBLISHED_THINGS)
                })
                .then(|| ("publish".to_string(), 1.0));
            let words: Vec<(String, f64)> = tokens[range.clone()]
                .iter()
                .filter(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
                // Amounts and time words do not say which event is meant.
                .filter(|t| {
                    numbers::number_at(std::slice::from_ref(*t), 0).is_none()
                        && quantities::unit_of(&t.lower).is_none()
                })
                .map(|t| (stem(&t.lower), 1.0))
                .collect();
            let also = also_said(&tokens[range.clone()]);
            let named = named.iter().map(|w| (w.clone(), 1.0));
            words
                .into_iter()
                .chain(also)
                .chain(named)
                .chain(events)
                .chain(published)
                .collect()
        };
        // The sentences a part may mean: the best, and any nearly as good.
        let (range_start, range_end) = (range.start, range.end);
        let q = query(range);
        // One word says little, unless the answer tells its steps one by
        // one and the word names a place ("First I went to Yerevan").
        let named_place = || {
            facts.facts.iter().any(|f| {
                matches!(&f.value, FactValue::Place(p) if p.proper)
                    && within(&(range_start..range_end), f)
            })
        };
        // Nor where one word is the whole event: "two days after the
        // election".
        if q.is_empty() || (q.len() < 2 && !(steps && named_place()) && !lone) {
            return None;
        }
        // What the client fears will happen is no event of the story.
        let mut scores = self.index.scores(&q);
        for (s, score) in scores.iter_mut().enumerate() {
            if self.imagined[s] {
                *score = 0.0;
            }
        }
        let top = scores.iter().copied().fold(0.0, f64::max);
        if top < MIN_RELEVANCE * 2.0 {
            return None;
        }
        let mut readings: Vec<usize> = (0..scores.len())
            .filter(|&i| scores[i] * SEQUENCE_MARGIN >= top)
            .collect();
        // "They arrested me" means where someone arrested the speaker, not
        // where the police "arrested none of the attackers".
        let told: Vec<&EventAt> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Event(e) if within(&(range_start..range_end), f) => Some(e),
                _ => None,
            })
            .collect();
        // "Kemar moved soon after the attack" tells the move, not the attack.
        let referred = |f: &Fact| {
            self.facts.token_of(f).is_some_and(|i| {
                i >= 2
                    && self.facts.tokens[i - 1].is_any(&["the", "that"])
                    && self.facts.tokens[i - 2].is_any(&["after", "before", "since", "until"])
            })
        };
        let tells = |s: usize| {
            self.facts.facts_in(s).any(|f| {
                !referred(f)
                    && matches!(&f.value, FactValue::Event(se) if told.iter().any(|e| {
                        e.kind == se.kind && e.positive == se.positive && e.may_share_victims(se)
                            // (Shot at a motorbike is not shot dead.)
                            && (!e.property || se.property)
                    }))
            })
        };
        // "They took her and kept her" is not where they kept the speaker:
        // the same act done to someone else is another event.
        let someone_else = |s: usize| {
            self.facts.facts_in(s).any(|f| {
                matches!(&f.value, FactValue::Event(se) if told.iter().any(|e| {
                    e.kind == se.kind
                        && e.positive == se.positive
                        && !e.property
                        && !se.property
                        && !e.may_share_victims(se)
                }))
            }) && !tells(s)
        };
        readings.retain(|&s| !someone_else(s));
        // "I am a citizen of Angola" tells no step of the story: a sentence
        // in the present, with no act and no verb in the past, is no
        // reading of one.
        readings.retain(|&s| {
            let tokens = self.facts.sentence_tokens_of(s);
            let present = tokens
                .iter()
                .any(|t| t.is_any(&["am", "is", "are", "have", "has"]));
            let past = tokens
                .iter()
                .any(|t| told_in_past(t) || t.is_any(&["was", "were", "had", "did"]));
            let act = self
                .facts
                .facts_in(s)
                .any(|f| matches!(f.value, FactValue::Event(_)));
            !present || past || act
        });
        if readings.is_empty() {
            return None;
        }
        if readings.iter().any(|&s| tells(s)) {
            readings.retain(|&s| tells(s));
        } else if lone && !told.is_empty() {
            // "after I came out of the police station" means the release,
            // though the words match where the speaker was held: the best
            // of the sentences that tell it.
            let best = (0..scores.len())
                .filter(|&s| tells(s))
                .map(|s| scores[s])
                .fold(0.0, f64::max);
            if best > 0.0 {
                readings = (0..scores.len())
                    .filter(|&s| tells(s) && scores[s] * SEQUENCE_MARGIN >= best)
                    .collect();
            }
        }
        // A step told at a named place ("they took us to Panzós") is read
        // where the statement is at that place, though "trucks" are in a
        // sentence about Mexico; nowhere else, where none such is read.
        if steps {
            let places: Vec<&PlaceAt> = facts
                .facts
                .iter()
                .filter(|f| within(&(range_start..range_end), f))
                .filter_map(|f| match &f.value {
                    FactValue::Place(p) if p.proper && self.names_place(p, None) => Some(p),
                    _ => None,
                })
                .collect();
            let at_place = |s: usize| {
                self.places_around(s)
                    .iter()
                    .any(|c| places.iter().any(|p| same_place(c, p)))
            };
            let best = (0..scores.len())
                .filter(|&s| at_place(s))
                .map(|s| scores[s])
                .fold(0.0, f64::max);
            if !places.is_empty()
                && !readings.iter().any(|&s| at_place(s))
                && best >= top * PLACE_READING_SHARE
            {
                readings = (0..scores.len())
                    .filter(|&s| at_place(s) && scores[s] * SEQUENCE_MARGIN >= best)
                    .collect();
            }
        }
        Some(readings)
    }

    /// "The video came out, and that same night they took me" where the
    /// statement dates the video four days before the arrest: a time told
    /// relative to another event, against the days between the two in the
    /// statement.
    pub(super) fn relative_gap(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        let tokens = &facts.tokens;
        for (k, range) in facts.sentence_tokens.iter().enumerate() {
            // A date already fixed in the answer is compared as a date.
            if facts
                .facts_in(k)
                .any(|f| matches!(f.value, FactValue::Date(_)))
            {
                continue;
            }
            for i in range.clone() {
                let Some((end, told, approximate)) = dates::offset_at(tokens, i) else {
                    continue;
                };
                let lead = (range.start..i)
                    .filter(|&j| {
                        tokens[j].kind == TokenKind::Word
                            && !tokens[j].is_any(&["and", "then", "so", "but", "um", "uh"])
                    })
                    .count();
                // "the same day the article came out", opening the answer:
                // the clause after it is what it counts from.
                let same_as = told == 0
                    && lead < 2
                    && tokens.get(end).is_some_and(|t| {
                        t.is_any(&["the", "that", "as", "when", "my", "his", "her", "their"])
                            || t.is_any(SUBJECT_PRONOUNS)
                    });
                // "two weeks after that somebody left a wreath": "that" is
                // what was told before, and the clause is what came after.
                let after_that = tokens[end - 1].is("after")
                    && tokens.get(end).is_some_and(|t| t.is_any(&["that", "this"]))
                    && tokens.get(end + 1).is_some_and(|t| {
                        t.is_any(SUBJECT_PRONOUNS)
                            || t.is_any(&["somebody", "someone", "the", "a", "my", "our", "some"])
                    });
                let (from, to) = if (tokens[end - 1].is("after")
                    && !tokens[i].is("after")
                    && !after_that)
                    || same_as
                {
                    // "two days after the election": counted from the clause
                    // after it, for the clause before it ("they came for me")
                    // or, where the answer opens with it, what was asked.
                    let anchor_end = (end..range.end)
                        .find(|&j| tokens[j].kind == TokenKind::Break)
                        .unwrap_or(range.end);
                    let anchor_end =
                        hanging_clause_end(tokens, end, anchor_end, &tokens[range.start..i]);
                    if anchor_end <= end {
                        continue;
                    }
                    // What the question asks after ("arrested after the
                    // protests") is not what the answer counts to.
                    let asked_tokens = &asked.facts.tokens;
                    let cut = asked_tokens
                        .iter()
                        .position(|t| t.is("after"))
                        .unwrap_or(asked_tokens.len());
                    let question = self
                        .part_readings(&asked.facts, 0..cut, false, false)
                        .or_else(|| {
                            self.part_readings(&asked.facts, 0..asked_tokens.len(), false, false)
                        });
                    let to = question.or_else(|| {
                        (lead >= 2)
                            .then(|| self.part_readings(facts, range.start..i, false, false))
                            .flatten()
                    });
                    // The event is not its own starting point.
                    let from = self
                        .part_readings(facts, end..anchor_end, false, true)
                        .map(|mut r| {
                            r.retain(|s| !to.as_ref().is_some_and(|t| t.contains(s)));
                            r
                        })
                        .filter(|r| !r.is_empty());
                    (from, to)
                } else {
                    // The event it counts from: the clause before it, or the
                    // sentence before where it opens its own.
                    let from = if lead >= 2 {
                        range.start..i
                    } else if let Some(before) =
                        k.checked_sub(1).and_then(|b| facts.sentence_tokens.get(b))
                    {
                        before.clone()
                    } else {
                        // Nothing told before it: a later phrase may say
                        // ("the next morning, the day after the march").
                        continue;
                    };
                    (
                        self.part_readings(facts, from, false, false),
                        self.part_readings(facts, end..range.end, false, false),
                    )
                };
                let (Some(from), Some(to)) = (from, to) else {
                    continue;
                };
                // Every reading of both ends, the later after the earlier: a
                // finding only where none gives the gap told.
                let tolerance = |gap: i64| {
                    if approximate {
                        (gap.max(told) as f64 * 0.3).round().max(1.0) as i64
                    } else {
                        1
                    }
                };
                // Each pair's gap is a span where a date is only a month.
                let pairs: Vec<(usize, usize, i64, i64)> = from
                    .iter()
                    .filter_map(|&a| Some((a, self.day_of[a]?)))
                    .flat_map(|(a, (from_first, from_last))| {
                        to.iter().filter_map(move |&b| {
                            let (to_first, to_last) = self.day_of[b]?;
                            let (least, most) =
                                ((to_first - from_last).max(0), to_last - from_first);
                            (a != b && most >= 0).then_some((a, b, least, most))
                        })
                    })
                    .collect();
                if pairs.is_empty()
                    || pairs.iter().any(|&(_, _, least, most)| {
                        let nearest = told.clamp(least, most);
                        (nearest - told).abs() <= tolerance(nearest)
                    })
                {
                    break;
                }
                // Quoted: the pair that comes nearest to the gap told.
                let Some(&(a, b, least, most)) = pairs
                    .iter()
                    .min_by_key(|&&(_, _, least, most)| (told.clamp(least, most) - told).abs())
                else {
                    break;
                };
                let days = |n: i64| match n {
                    0 => "the same day".to_string(),
                    1 => "one day".to_string(),
                    n => format!("{n} days"),
                };
                let gap = if least == most {
                    days(least)
                } else {
                    format!("{least} to {most} days")
                };
                return Some(Finding {
                    kind: FindingKind::Date,
                    severity: Severity::Medium,
                    statement_excerpt: format!(
                        "{} … {}",
                        self.sentence_text(a).trim(),
                        self.sentence_text(b).trim()
                    ),
                    answer_excerpt: self.answer_sentence(facts, answer, k).to_string(),
                    statement_paragraph: self.paragraph_number(b),
                    explanation: format!(
                        "The statement puts {} between these events; the answer says {}.",
                        gap,
                        days(told)
                    ),
                    statement_span: None,
                    answer_span: None,
                });
            }
        }
        None
    }

    /// A finding if the part of the answer told first (`first`) comes after
    /// the part told next (`second`) in the statement, under every reading.
    fn reversed_pair(
        &self,
        facts: &TextFacts,
        answer: &str,
        first: Range<usize>,
        second: Range<usize>,
        steps: bool,
        named: &[String],
    ) -> Option<Finding> {
        // "In the mornings I took my son to school, then I taught": a day's
        // routine, not the story's order.
        let sentence_of = |at: usize| {
            facts
                .sentence_tokens
                .iter()
                .find(|r| r.contains(&at))
                .cloned()
                .unwrap_or(at..at)
        };
        let routine = [first.start, second.start].into_iter().any(|at| {
            facts.tokens[sentence_of(at)].windows(2).any(|w| {
                (w[0].is("the") && w[1].is_any(&["mornings", "evenings", "afternoons"]))
                    || w[1].is_any(&["usually", "normally"])
            })
        });
        if routine {
            return None;
        }
        // "she died after…", asked when Rosa Tepi died: "she" is Rosa Tepi.
        let told_of_them = |range: &Range<usize>| {
            facts.tokens[range.clone()]
                .iter()
                .find(|t| t.kind == TokenKind::Word && !t.is_any(crate::facts::tokens::FILLERS))
                .is_some_and(|t| t.is_any(&["he", "she"]))
        };
        let readings = |range: Range<usize>| {
            let named = if told_of_them(&range) { named } else { &[] };
            let found = self.part_readings_of(facts, range.clone(), steps, false, named)?;
            Some(self.any_time_of_harm(facts, range).unwrap_or(found))
        };
        // "After I came out, …": a release too short to say much is read
        // where the statement tells a release like it.
        let release = facts.facts.iter().any(|f| {
            matches!(&f.value, FactValue::Event(e) if e.kind == EventKind::Release && e.positive)
                && facts.token_of(f).is_some_and(|i| first.contains(&i))
        });
        let first_readings = readings(first.clone())
            .or_else(|| release.then(|| self.part_readings(facts, first.clone(), steps, true))?);
        self.reversed_readings(answer, &first_readings?, &readings(second)?, steps)
    }

    /// A harm told in one word ("they just beat me") may be any time the
    /// statement tells it done to the same people: those sentences.
    fn any_time_of_harm(&self, facts: &TextFacts, range: Range<usize>) -> Option<Vec<usize>> {
        let told: Vec<(usize, &EventAt)> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Event(e) => Some((facts.token_of(f)?, e)),
                _ => None,
            })
            .filter(|(i, _)| range.contains(i))
            .collect();
        // (Not "they took me at the market": the market says which time.)
        let words: Vec<usize> = (range.start..range.end.min(facts.tokens.len()))
            .filter(|&i| {
                let t = &facts.tokens[i];
                t.kind == TokenKind::Word && !is_stopword(&t.lower)
            })
            .collect();
        let only_the_act = words.iter().all(|i| told.iter().any(|(at, _)| at == i));
        if words.len() > 1
            || !only_the_act
            || told.is_empty()
            || !told.iter().all(|(_, e)| e.kind.is_harm() && e.positive)
        {
            return None;
        }
        let told: Vec<&EventAt> = told.into_iter().map(|(_, e)| e).collect();
        let all: Vec<usize> = (0..self.facts.sentences.len())
            .filter(|&s| {
                !self.imagined[s]
                    && self.facts.facts_in(s).any(|f| {
                        matches!(&f.value, FactValue::Event(se) if told.iter().any(|e| {
                            e.kind == se.kind && se.positive && e.may_share_victims(se)
                        }))
                    })
            })
            .collect();
        (!all.is_empty()).then_some(all)
    }

    /// A finding if every reading of what the answer tells first comes
    /// after every reading of what it tells next in the statement.
    fn reversed_readings(
        &self,
        answer: &str,
        first: &[usize],
        second: &[usize],
        steps: bool,
    ) -> Option<Finding> {
        // Only an order reversed under every reading of both parts is a finding.
        // Undated, the statement's own order counts; on the same date too,
        // where the answer tells its steps one by one.
        // A date carried over from a sentence before is no date of its own:
        // "In Sabha they locked us up for six weeks. I then worked in Tripoli."
        let own_date = |s: usize| {
            self.facts
                .facts_in(s)
                .any(|f| matches!(f.value, FactValue::Date(_)))
        };
        let reversed = |a: usize, b: usize| match (self.when[a], self.when[b]) {
            (Some(x), Some(y)) if x != y => x > y,
            (Some(_), Some(_)) => (steps || !(own_date(a) && own_date(b))) && a > b,
            (None, None) => a > b,
            _ => false,
        };
        if !first
            .iter()
            .all(|&a| second.iter().all(|&b| reversed(a, b)))
        {
            return None;
        }
        let (a, b) = (first[0], second[0]);
        Some(self.whole_answer_finding(
            FindingKind::Sequence,
            Severity::Medium,
            format!(
                "{} … {}",
                self.sentence_text(a.min(b)).trim(),
                self.sentence_text(a.max(b)).trim()
            ),
            b,
            answer,
            "The answer puts these events in a different order from the statement.".into(),
        ))
    }
}

/// Other words the statement may use for the act `tokens` tell ("lost
/// her job" for "was dismissed", "untied me and ran" for "escaped"), at
/// a lower weight.
fn also_said(tokens: &[Token]) -> Vec<(String, f64)> {
    let mut also: Vec<(String, f64)> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .flat_map(|t| {
            let s = stem(&t.lower);
            SAME_ACT
                .iter()
                .filter(|group| group.iter().any(|w| stem(w) == s))
                .flat_map(|group| group.iter().map(|w| stem(w)))
                .filter(|w| *w != s)
                .map(|w| (w, 0.6))
                .collect::<Vec<_>>()
        })
        .collect();
    also.sort_by(|a, b| a.0.cmp(&b.0));
    also.dedup_by(|a, b| a.0 == b.0);
    also
}

/// Words for one act, told one way in a statement and another in an answer.
const SAME_ACT: &[&[&str]] = &[
    &["dismissed", "fired", "sacked", "job", "expelled"],
    &["searched", "raided", "ransacked"],
    &["kidnapped", "abducted", "forced"],
    &["escaped", "fled", "ran", "freed", "untied"],
    &["burned", "fire", "firebombed", "petrol"],
    &["threatened", "warned", "threat"],
    &["initiated", "cut", "initiation"],
    &["died", "dead", "death"],
];

/// What "came out" when it was published: "the article came out".
const PUBLISHED_THINGS: &[&str] = &[
    "article",
    "video",
    "story",
    "report",
    "book",
    "interview",
    "news",
    "piece",
    "post",
    "photos",
    "pictures",
    "song",
    "film",
    "documentary",
];

/// The steps of an answer that tells several things in order with "then",
/// "after that", "afterwards" or "and after he…", in the order told. A leading
/// "after A," is a step of its own. Fewer than three steps: see [`ordered_parts`].
fn told_steps(tokens: &[Token]) -> Vec<Range<usize>> {
    let n = tokens.len();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for i in 1..n.saturating_sub(1) {
        let (t, next, before) = (&tokens[i], &tokens[i + 1], &tokens[i - 1]);
        // "until then", "since then" look back.
        let looks_back = before.is_any(&["until", "since", "by", "back", "till", "from"]);
        if (t.is("then") || t.is("afterwards")) && !looks_back {
            cuts.push((i, i + 1));
        } else if (t.is("after") && next.is_any(&["that", "this"]))
            || (t.is("from") && next.is("there"))
        {
            // "after that", "and from there I went to Moscow"
            cuts.push((i, i + 2));
        } else if t.is("after") && before.is("and") && next.is_any(SUBJECT_PRONOUNS) {
            cuts.push((i - 1, i + 1));
        }
    }
    if cuts.len() < 2 {
        return Vec::new();
    }
    let mut steps = Vec::new();
    let mut start = 0;
    for (cut, resume) in cuts {
        if cut > start {
            steps.push(start..cut);
        }
        start = resume;
    }
    if start < n {
        steps.push(start..n);
    }
    // "And then, after that, I tried…": one step, not an empty one between.
    steps.retain(|r| tokens[r.clone()].iter().any(|t| t.kind == TokenKind::Word));
    // "So after I was released, first I hid…": the release comes first.
    if let Some(first) = steps.first().cloned() {
        let lead = (first.start..first.end).find(|&i| {
            !tokens[i].is_any(&["so", "and", "well", "okay", "ok"])
                && tokens[i].kind == TokenKind::Word
        });
        if let Some(at) = lead
            && tokens[at].is("after")
            && let Some(end) = (at + 1..first.end).find(|&j| tokens[j].kind == TokenKind::Break)
            && end + 1 < first.end
        {
            steps.splice(0..1, [at + 1..end, end + 1..first.end]);
        }
    }
    steps
}

/// Where a clause hung on another ("two days after he died") stops telling
/// what its own subject did: at "and" before a verb in the past, where the
/// clause it hangs on has another subject ("I went to the police two days
/// after he died and gave them the names": the names were given by me).
fn hanging_clause_end(tokens: &[Token], from: usize, end: usize, main: &[Token]) -> usize {
    let Some(own) = tokens.get(from).filter(|t| t.is_any(SUBJECT_PRONOUNS)) else {
        return end;
    };
    let Some(theirs) = main.iter().find(|t| t.is_any(SUBJECT_PRONOUNS)) else {
        return end;
    };
    if own.lower == theirs.lower {
        return end;
    }
    (from + 2..end.min(tokens.len()).saturating_sub(1))
        .find(|&j| tokens[j].is("and") && told_in_past(&tokens[j + 1]))
        .unwrap_or(end)
}

/// A verb told in the past: "gave", "reported".
pub(super) fn told_in_past(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && (t.is_any(PAST_VERBS)
            || (t.lower.len() > 4 && t.lower.ends_with("ed") && !t.capitalized))
}

/// Common verbs whose past does not end in "-ed".
const PAST_VERBS: &[&str] = &[
    "gave", "took", "went", "came", "told", "said", "made", "left", "got", "ran", "saw", "found",
    "kept", "put", "brought", "sent", "paid", "met", "hid", "fled", "spent", "stood", "sat",
    "wrote", "knew", "thought", "began", "broke", "threw", "beat", "fell", "held", "lost",
];

/// The words of the one name a question gives ("When did Rosa Tepi die?"),
/// as the statement's words are kept.
fn asked_name(asked: &Asked) -> Vec<String> {
    let mut names = asked.facts.facts.iter().filter_map(|f| match &f.value {
        FactValue::Person(p) => p.name.as_deref(),
        _ => None,
    });
    match (names.next(), names.next()) {
        (Some(name), None) => name.split_whitespace().map(stem).collect(),
        _ => Vec::new(),
    }
}

/// Whether a short part of an answer only points back to the question:
/// "that", "he post it" (for "When did Gor post the photo?"), "i went to
/// complain" (for "… file a complaint"); each word it says, the question says.
fn restates(part: &[Token], question: &[Token]) -> bool {
    let said = |w: &str| {
        question.iter().any(|q| {
            let q = stem(&q.lower);
            let long = |s: &str| s.chars().count() >= 6;
            q == w || (long(w) && long(&q) && q.chars().take(6).eq(w.chars().take(6)))
        })
    };
    part.iter()
        .filter(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
        .all(|t| said(&stem(&t.lower)))
}

/// Whether a part of an answer tells something of its own: two content
/// words, or an act ("They just beat me").
fn says_enough(tokens: &[Token]) -> bool {
    content_words(tokens) >= 2 || !crate::facts::events::events(tokens).is_empty()
}

/// The two parts of an answer that tells events in order, earlier part first:
/// "A, and then B", "A. After that B", "A before B", "After A, B", "A after they B".
fn ordered_parts(tokens: &[Token]) -> Vec<(Range<usize>, Range<usize>)> {
    let n = tokens.len();
    let mut pairs = Vec::new();
    // A clause starts at a break, past words that only lead in ("ok so
    // after the flag…", "only after the hearing…").
    // ("Some time after we moved…", "two weeks after…", "not long after…":
    // how long after, too.)
    let clause_start = |i: usize| {
        let mut k = i;
        while k > 0
            && (tokens[k - 1].is_any(&[
                "so", "ok", "okay", "and", "well", "only", "some", "time", "a", "few", "couple",
                "of", "not", "long", "shortly", "soon", "right", "just",
            ]) || numbers::number_at(&tokens[k - 1..], 0).is_some()
                || quantities::unit_of(&tokens[k - 1].lower).is_some())
        {
            k -= 1;
        }
        k == 0 || tokens[k - 1].kind == TokenKind::Break
    };
    // The clause before `at`, from the break before it.
    let clause_from = |at: usize| {
        let start = (0..at)
            .rev()
            .find(|&j| tokens[j].kind == TokenKind::Break && tokens[j].lower != "-")
            .map_or(0, |j| j + 1);
        start..at
    };
    let next_break = |from: usize| {
        (from..n)
            .find(|&j| tokens[j].kind == TokenKind::Break && tokens[j].lower != "-")
            .unwrap_or(n)
    };
    // "After I got out I became…": without a comma, the main clause starts at
    // its own subject.
    // (Spoken, without a comma, the main clause may start at its own
    // subject noun: "after they dismissed me the men came…".)
    let clause_end = |from: usize| {
        let end = next_break(from);
        (from + 2..end)
            .find(|&j| {
                // "only after the hearing did they…" inverts its subject
                (tokens[j].is_any(&["i", "we", "they", "he", "she", "did"])
                    && tokens[j - 1].kind == TokenKind::Word
                    && !tokens[j - 1].is_any(&["and", "that", "when", "what", "where", "because"]))
                    || (tokens[j].is_any(&["the", "my", "our", "his", "her", "their", "some"])
                        && (tokens[j - 1].is_any(crate::facts::tokens::OBJECT_PRONOUNS)
                            || !is_stopword(&tokens[j - 1].lower))
                        && tokens[j + 1..end.min(j + 3)].len() == 2
                        && tokens[j + 1].kind == TokenKind::Word
                        && !is_stopword(&tokens[j + 1].lower)
                        && told_in_past(&tokens[j + 2]))
            })
            .map_or(end, |j| j)
    };
    // Where the sentence holding `i` starts, and where one from `from` ends.
    let sentence_start = |i: usize| {
        (0..i)
            .rev()
            .find(|&j| ends_sentence(&tokens[j]))
            .map_or(0, |j| j + 1)
    };
    let sentence_end = |from: usize| (from..n).find(|&j| ends_sentence(&tokens[j])).unwrap_or(n);
    for i in 0..n.saturating_sub(1) {
        let t = &tokens[i];
        let next = &tokens[i + 1];
        // ("After Kiara died": a name opens a clause too.)
        // ("it was after vuk and the others beat me": a lowercase name.)
        let it_was = i >= 2
            && tokens[i - 2].is_any(&["it", "that", "this"])
            && tokens[i - 1].is_any(&["was", "is"])
            && next.kind == TokenKind::Word;
        let follows_clause = it_was
            || next.is_any(&[
                "they", "he", "she", "i", "we", "the", "my", "our", "his", "her", "that", "this",
            ])
            || (next.capitalized && next.kind == TokenKind::Word && !is_stopword(&next.lower));
        // "I went to hide in Benguela, and while I was there hiding those men
        // came": the stay began before what happened during it.
        // ("While I was in Accra, …": a stay at a place.)
        if t.is("while")
            && let Some(k) = (i + 1..(i + 6).min(n)).find(|&k| {
                tokens[k].is_any(&[
                    "hiding", "staying", "living", "waiting", "working", "hid", "stayed", "lived",
                ]) || (k == i + 3
                    && tokens[i + 1].is_any(SUBJECT_PRONOUNS)
                    && tokens[i + 2].is_any(&["was", "were"])
                    && tokens[k].is("in")
                    && tokens.get(k + 1).is_some_and(|p| p.capitalized))
            })
        {
            let start = sentence_start(i);
            let mut from = k + 1;
            // (Past the place: "in Accra, people burned…".)
            if tokens[k].is("in") {
                while from < n && tokens[from].kind == TokenKind::Word && tokens[from].capitalized {
                    from += 1;
                }
            }
            while from < n && (tokens[from].is_any(&["there", "here"]) || tokens[from].lower == ",")
            {
                from += 1;
            }
            let end = sentence_end(from);
            // ("I went to Kathmandu. While I was living there, …": the stay
            // is the sentence before.)
            let start = if content_words(&tokens[start..i]) < 2 && start > 0 {
                sentence_start(start - 1)
            } else {
                start
            };
            let first = start..(i.min(sentence_end(start)));
            if content_words(&tokens[first.clone()]) >= 2 && content_words(&tokens[from..end]) >= 2
            {
                pairs.push((first, from..end));
                continue;
            }
        }
        // "it was after I got out that the video came out": A first; "it was
        // before…": B first.
        if t.is_any(&["after", "before"])
            && i >= 2
            && tokens[i - 2].is("it")
            && tokens[i - 1].is_any(&["was", "is"])
            && let Some(that) = (i + 2..n).find(|&j| tokens[j].is("that"))
        {
            let (a, b) = (i + 1..that, that + 1..clause_end(that + 1));
            pairs.push(if t.is("after") { (a, b) } else { (b, a) });
            continue;
        }
        if t.is("then") || t.is("afterwards") || (t.is("after") && next.is_any(&["that", "this"])) {
            let skip = if t.is("after") { 2 } else { 1 };
            // What comes next ends with its sentence: "first one night in
            // Panzós and then in Cobán. I don't remember when they let me go."
            let end = sentence_end(i + skip);
            // And what came first is told in the same sentence, where it says
            // enough there ("… i said no, and then my cousin paid").
            let start = sentence_start(i);
            let told_first = if says_enough(&tokens[start..i]) {
                start
            } else {
                0
            };
            pairs.push((told_first..i, i + skip..end));
            continue;
        }
        // "… and before that the police came to my parents' house": what
        // follows came before what was told.
        if t.is("before")
            && next.is_any(&["that", "this"])
            && tokens.get(i + 2).is_some_and(|n| {
                n.kind == TokenKind::Break
                    || n.is_any(&[
                        "the", "they", "he", "she", "i", "we", "my", "our", "his", "her",
                    ])
            })
        {
            let from = if tokens[i + 2].kind == TokenKind::Break {
                i + 3
            } else {
                i + 2
            };
            let start = sentence_start(i);
            let told = if content_words(&tokens[start..i]) >= 2 {
                start..i
            } else {
                0..start
            };
            if content_words(&tokens[told.clone()]) >= 2 && from < n {
                pairs.push((from..sentence_end(from), told));
            }
            continue;
        }
        // "…, later B", "…, and some months later B", "a couple of years later".
        if t.is("later") && i >= 1 && clause_start(i) {
            pairs.push((0..i, i + 1..n));
            continue;
        }
        if t.is("before") && follows_clause {
            if clause_start(i) {
                // "Before B, A": A first.
                let end = clause_end(i + 1);
                if end + 1 < n {
                    pairs.push((end + 1..n, i + 1..end));
                }
                continue;
            }
            // "A before B", each in its own clause.
            pairs.push((clause_from(i), i + 1..next_break(i + 1)));
            continue;
        }
        // "first they took him, and after he came back we found the letter":
        // "and after" goes on to what came next.
        if t.is("after") && i >= 1 && tokens[i - 1].is("and") && next.is_any(SUBJECT_PRONOUNS) {
            pairs.push((0..i - 1, i + 1..n));
            continue;
        }
        if t.is("after") && follows_clause {
            if clause_start(i) {
                // "After A, B": A first. (B up to a next step: "after A, B
                // and then C".)
                let end = clause_end(i + 1);
                let b_end = (end + 1..n)
                    .find(|&j| {
                        tokens[j].is("then") && !tokens[j - 1].is_any(&["until", "since", "by"])
                    })
                    .map_or(n, |j| if tokens[j - 1].is("and") { j - 1 } else { j });
                if end + 1 < b_end {
                    pairs.push((i + 1..end, end + 1..b_end));
                }
                continue;
            }
            // "A after B": B first, each in its own clause ("he didn't come
            // home after his shift, and the next morning…").
            let a = clause_from(i);
            let b_end = hanging_clause_end(tokens, i + 1, next_break(i + 1), &tokens[a.clone()]);
            pairs.push((i + 1..b_end, a));
        }
    }
    pairs
}
