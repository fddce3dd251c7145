//! Which statement passages an answer speaks to: relevance by shared words,
//! the setting and scene a question asks about.

use super::*;

impl Checker {
    /// The paragraphs that name the place a question asks about ("What
    /// happened in Tocorón?").
    pub(super) fn setting<'a>(&self, asked: &'a Asked) -> Option<&'a [usize]> {
        asked
            .setting
            .get_or_init(|| self.setting_of(asked))
            .as_deref()
    }

    /// [`setting`](Self::setting), worked out.
    pub(super) fn setting_of(&self, asked: &Asked) -> Option<Vec<usize>> {
        let places = asked.places();
        // Named as a place, or only in words ("the pre-trial centre, SIZO No. 1");
        // and a body the question puts somewhere ("in the SIZO", "at the KGB").
        let tokens = &asked.facts.tokens;
        let bodies = asked.facts.facts.iter().filter_map(|f| match &f.value {
            FactValue::Organisation(o) if !o.generic => {
                let at = asked.facts.token_of(f)?;
                let before = &tokens[at.saturating_sub(2)..at];
                before
                    .iter()
                    .any(|t| t.is_any(&["in", "at", "inside"]))
                    .then_some(o.name.as_str())
            }
            _ => None,
        });
        let names: Vec<Vec<String>> = places
            .iter()
            .map(|p| p.name.as_str())
            .chain(bodies)
            .map(|name| name.split_whitespace().map(stem).collect())
            .collect();
        if names.is_empty() {
            return None;
        }
        let named_place = self.facts.facts.iter().filter_map(|f| match &f.value {
            FactValue::Place(c) if places.iter().any(|p| same_place(c, p)) => Some(f.sentence),
            _ => None,
        });
        let named_in_words = (0..self.stems.len()).filter(|&s| {
            names
                .iter()
                .any(|n| !n.is_empty() && n.iter().all(|w| self.stems[s].contains(w)))
        });
        let mut paragraphs: Vec<usize> = named_place
            .chain(named_in_words)
            .map(|s| self.paragraph_of[s])
            .collect();
        paragraphs.sort_unstable();
        paragraphs.dedup();
        // A paragraph that opens "I was kept there…" goes on at the place
        // of the paragraph before.
        let goes_on: Vec<usize> = paragraphs
            .iter()
            .filter_map(|&p| {
                let first = self.paragraph_of.iter().position(|&q| q == p + 1)?;
                self.facts
                    .sentence_tokens_of(first)
                    .iter()
                    .any(|t| t.is("there"))
                    .then_some(p + 1)
            })
            .collect();
        paragraphs.extend(goes_on);
        paragraphs.sort_unstable();
        paragraphs.dedup();
        (!paragraphs.is_empty()).then_some(paragraphs)
    }

    /// Whether the statement names place `p`, anywhere or in one paragraph.
    pub(super) fn names_place(&self, p: &PlaceAt, paragraph: Option<usize>) -> bool {
        self.facts.facts.iter().any(|f| {
            paragraph.is_none_or(|n| self.paragraph_of.get(f.sentence) == Some(&n))
                && matches!(&f.value, FactValue::Place(c) if same_place(c, p))
        })
    }

    /// How much each statement sentence is about answer sentence `s` and the
    /// question, leaving out the answer's words within the byte span `except`.
    pub(super) fn relevance_of(
        &self,
        facts: &TextFacts,
        s: usize,
        asked: &Asked,
        except: Range<usize>,
    ) -> Vec<f64> {
        self.relevance_in_context(facts, s, asked, except, 0.0)
    }

    /// [`relevance_of`](Self::relevance_of), with the answer's sentence before
    /// weighing `before` ("…released me on bail. My uncle paid the five
    /// thousand.").
    pub(super) fn relevance_in_context(
        &self,
        facts: &TextFacts,
        s: usize,
        asked: &Asked,
        except: Range<usize>,
        before: f64,
    ) -> Vec<f64> {
        // A short answer ("In March 2020.") leans on the question for context.
        let question_weight = if facts.sentence_terms(s).len() < 4 {
            1.0
        } else {
            0.6
        };
        let mut query: Vec<(String, f64)> = facts
            .sentence_terms_except(s, except)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        query.extend(asked.stems.iter().map(|w| (w.clone(), question_weight)));
        if before > 0.0
            && let Some(p) = s.checked_sub(1)
        {
            query.extend(facts.sentence_terms(p).into_iter().map(|w| (w, before)));
        }
        // A fact in one sentence is often told in the next ("I joined the SCNC.
        // I was its secretary."): neighbours in a paragraph share relevance.
        self.smooth(&self.index.scores(&query))
    }

    /// Relevance `rel` with sentences outside the question's anchor (if it
    /// has one) weighing less.
    pub(super) fn within_anchor(&self, asked: &Asked, mut rel: Vec<f64>) -> Vec<f64> {
        if asked.anchor.is_some() {
            for (s, r) in rel.iter_mut().enumerate() {
                if !asked.anchored_at(self.paragraph_of[s]) {
                    *r *= OUTSIDE_ANCHOR;
                }
            }
        }
        rel
    }

    /// The one paragraph a question asking where, how long or how many
    /// clearly points to by its own words ("Where were you held after the
    /// arrest in Abobo?"), so that the answer's words, which may be wrong,
    /// do not pull towards another passage.
    pub(super) fn anchor_of(&self, asked: &Asked) -> Option<usize> {
        // (Whatever it asks: "Who arrested you the second time?")
        if let Some(p) = self.nth_time(asked) {
            return Some(p);
        }
        if !matches!(wanted(asked.text), Some(Want::Where | Want::Number)) {
            return None;
        }
        // What it asks after weighs most ("Where were you held after you
        // were stopped at the checkpoint?"), and the places it names most of
        // all ("after the arrest in Abobo").
        let named: Vec<String> = asked
            .places()
            .iter()
            .filter(|p| p.proper)
            .flat_map(|p| p.name.split_whitespace().map(stem).collect::<Vec<_>>())
            .collect();
        let tokens = asked.facts.sentence_tokens_of(0);
        let after = asked.time_clause_at().unwrap_or(0);
        // "Where did you go after you escaped?": the answer goes on from
        // there, to passages the question does not name.
        if tokens
            .iter()
            .any(|t| t.span.start < after && t.is_any(MOVING_ON))
        {
            return None;
        }
        let weight = |at: usize, term: &str| {
            let clause = if at < after { ANCHOR_MAIN_WEIGHT } else { 1.0 };
            if named.iter().any(|n| n == term) {
                clause * 2.0
            } else {
                clause
            }
        };
        let words = tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Break && !is_stopword(&t.lower))
            .map(|t| {
                let term = stem(&t.lower);
                (weight(t.span.start, &term), term)
            });
        let events = asked.facts.facts_in(0).filter_map(|f| match &f.value {
            FactValue::Event(e) => Some((weight(f.span.start, ""), event_term(e.kind))),
            _ => None,
        });
        let query: Vec<(String, f64)> = words.chain(events).map(|(w, t)| (t, w)).collect();
        let rel = self.smooth(&self.index.scores(&query));
        let (p, top, rival) = self.top_paragraph(&rel, 0)?;
        if top < MIN_RELEVANCE {
            return None;
        }
        if top >= MIN_RELEVANCE * ANCHOR_STRENGTH && rival < top * ANCHOR_RIVAL_SHARE {
            return Some(p);
        }
        // (Or, however weakly its words point there, the one paragraph that
        // tells a thing the question names and no other paragraph tells:
        // "the attack with the knife".)
        self.only_teller(asked).filter(|&q| q == p)
    }

    /// The paragraph a question's "after …" clause points to clearly ("Did
    /// you file a complaint after the night raid on your home?": the raid
    /// on the home), by the clause's own words.
    pub(super) fn counted_from(&self, asked: &Asked) -> Option<usize> {
        let tokens = &asked.facts.tokens;
        let after = tokens.iter().position(|t| t.is("after"))?;
        let words: Vec<String> = tokens[after + 1..]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
            .map(|t| stem(&t.lower))
            .collect();
        if words.len() < 2 {
            return None;
        }
        let (p, top, rival) = self.top_paragraph(&self.relevance_to(&words), 1)?;
        (top >= MIN_RELEVANCE * 2.0 && rival < top * COUNTED_FROM_RIVAL_SHARE).then_some(p)
    }

    /// The paragraph of the most relevant sentence by `rel`, that
    /// relevance, and the best of any sentence outside it and the `next`
    /// paragraphs after it (which may go on telling the same time).
    pub(super) fn top_paragraph(&self, rel: &[f64], next: usize) -> Option<(usize, f64, f64)> {
        let top = rel.iter().copied().fold(0.0, f64::max);
        let best = rel.iter().position(|&r| r == top)?;
        let p = self.paragraph_of[best];
        let rival = (0..rel.len())
            .filter(|&s| !(p..=p + next).contains(&self.paragraph_of[s]))
            .map(|s| rel[s])
            .fold(0.0, f64::max);
        Some((p, top, rival))
    }

    /// Whether statement sentence `s` tells of the time a question asks
    /// about: the time its ordinal or its own words point to ("your first
    /// arrest", "in the farmhouse"), else its date. `None` where the
    /// question names no time.
    pub(super) fn at_asked_time(&self, asked: &Asked, s: usize) -> Option<bool> {
        let paragraph = self.paragraph_of[s];
        if asked.anchor.is_some() {
            return Some(asked.anchored_at(paragraph));
        }
        let days = date_spans(asked.facts.facts.iter());
        if !days.is_empty() {
            return Some(self.when[s].is_some_and(|w| days.iter().any(|&d| overlap(d, (w, w)))));
        }
        self.only_teller(asked)
            .map(|p| self.goes_on_from(p, paragraph))
    }

    /// Whether `paragraph` is paragraph `p` or the one after it, which may
    /// go on telling the same time.
    pub(super) fn goes_on_from(&self, p: usize, paragraph: usize) -> bool {
        paragraph == p || paragraph == p + 1
    }

    /// "When were you attacked near the river?": the paragraph telling the
    /// act a when-question asks about where the question also names a thing
    /// only that paragraph tells, so that its date is the one asked for.
    /// Only where that passage gives a date. Not where the question dates
    /// it ("in 2019"), asks about a time
    /// beside it ("after the first detention") or counts the times ("When
    /// did they first come?": the first of several).
    pub(super) fn dated_by_its_own_passage(&self, asked: &Asked) -> Option<usize> {
        *asked.dated_by.get_or_init(|| self.dated_by_of(asked))
    }

    /// [`dated_by_its_own_passage`](Self::dated_by_its_own_passage), worked
    /// out.
    fn dated_by_of(&self, asked: &Asked) -> Option<usize> {
        if !asks_when_alone(asked) {
            return None;
        }
        let p = self.only_teller_of_words(asked)?;
        let in_passage = |s: usize| self.goes_on_from(p, self.paragraph_of[s]);
        // It tells the act asked about ("attacked"), or else every word of
        // the question the statement uses ("the white van stop you").
        let kinds = asked.event_kinds();
        let sentences = 0..self.paragraph_of.len();
        let tells_act = !kinds.is_empty()
            && sentences
                .clone()
                .any(|s| self.paragraph_of[s] == p && self.tells_any(s, &kinds));
        let holds_all = || self.holds_asked_words(asked, in_passage);
        // (A named place alone does not: "When did you arrive in the United
        // Kingdom?" is not asked of the one paragraph that names it.)
        let names_no_place = asked.places().iter().all(|p| !p.proper);
        // And only where that passage gives a date to go by.
        let dated = || {
            sentences.clone().any(|s| {
                in_passage(s)
                    && self
                        .facts
                        .facts_in(s)
                        .any(|f| matches!(f.value, FactValue::Date(_)))
            })
        };
        ((tells_act || (names_no_place && holds_all())) && dated()).then_some(p)
    }

    /// The one sentence that tells a when-question's verb ("When was the
    /// protection order granted?": the only sentence that says "granted"),
    /// where that sentence gives a date (or a sentence before it in its
    /// paragraph does) and its paragraph holds every word of the question
    /// the statement uses: the date asked for is that sentence's, not one of
    /// the same passage's other steps ("on 22 March I applied…").
    pub(super) fn dated_sentence(&self, asked: &Asked) -> Option<usize> {
        *asked
            .dated_sentence
            .get_or_init(|| self.dated_sentence_of(asked))
    }

    /// [`dated_sentence`](Self::dated_sentence), worked out.
    fn dated_sentence_of(&self, asked: &Asked) -> Option<usize> {
        if !asks_when_alone(asked) {
            return None;
        }
        // (Not a name or a place: "When did you leave Kampala?" is not
        // asked of the sentence where the client was born there. Nor an act
        // the extractor knows, which may be told in other words where it
        // happened: "When were you kidnapped?" is not asked of "I reported
        // the kidnapping".)
        let spans = |of: fn(&FactValue) -> bool| -> Vec<Range<usize>> {
            asked
                .facts
                .facts_in(0)
                .filter(|f| of(&f.value))
                .map(|f| f.span.clone())
                .collect()
        };
        let named = spans(|v| matches!(v, FactValue::Place(_) | FactValue::Person(_)));
        let acts = spans(|v| matches!(v, FactValue::Event(_)));
        // (One question at a time: "When did you join, and what did you
        // do?" asks of more than one sentence.)
        let tokens = asked.facts.sentence_tokens_of(0);
        if tokens
            .iter()
            .skip(1)
            .any(|t| t.is_any(&["what", "who", "where", "how", "why", "which", "when"]))
        {
            return None;
        }
        // The question's verb: "When did Vishal knock out…", "When was the
        // order granted?".
        let aux = tokens
            .iter()
            .position(|t| t.is_any(&["did", "do", "does", "was", "were", "is", "are"]))?;
        let passive = tokens[aux].is_any(&["was", "were", "is", "are"]);
        let verb = tokens[aux + 1..].iter().find(|t| {
            t.kind == TokenKind::Word
                && !is_stopword(&t.lower)
                && !t.capitalized
                && !named.iter().any(|n| n.contains(&t.span.start))
                && (!passive || t.lower.ends_with("ed") || t.lower.ends_with("en"))
                && !t.is_any(&["you", "your", "they", "he", "she", "it"])
        })?;
        if acts.iter().any(|a| a.contains(&verb.span.start)) {
            return None;
        }
        let w = stem(&verb.lower);
        let sentences = 0..self.paragraph_of.len();
        let mut holders = sentences
            .clone()
            .filter(|&s| !self.imagined[s] && self.index.holds(s, &w));
        let (Some(s), None) = (holders.next(), holders.next()) else {
            return None;
        };
        let p = self.paragraph_of[s];
        // (Or, told without a date, by the date its paragraph last gave:
        // "On 30 January I crossed… I claimed asylum the day I arrived.")
        let dated = |x: usize| {
            self.facts
                .facts_in(x)
                .any(|f| matches!(f.value, FactValue::Date(_)))
        };
        let by = (0..=s)
            .rev()
            .take_while(|&x| self.paragraph_of[x] == p)
            .find(|&x| dated(x))?;
        self.holds_asked_words(asked, |x| self.paragraph_of[x] == p)
            .then_some(by)
    }

    /// Whether the sentences `within` hold every word of the question that
    /// the statement uses at all.
    fn holds_asked_words(&self, asked: &Asked, within: impl Fn(usize) -> bool) -> bool {
        let sentences = 0..self.paragraph_of.len();
        asked.stems.iter().all(|w| {
            let holds = |s: usize| self.index.holds(s, w);
            !sentences.clone().any(holds) || sentences.clone().any(|s| holds(s) && within(s))
        })
    }

    /// The one paragraph telling, as it happened, every thing (or year) the
    /// question names that only one paragraph tells, if there is one such
    /// paragraph. Things, not acts ("arrest" may be told in one paragraph
    /// and in other words in the rest), nor what "how" asks ("long",
    /// "many").
    fn only_teller(&self, asked: &Asked) -> Option<usize> {
        asked
            .only_teller
            .get_or_init(|| self.only_teller_of(asked))
            .0
    }

    /// [`only_teller`](Self::only_teller), or where no word alone is told
    /// in one paragraph only, the one paragraph telling two words together
    /// ("the bus station", where buses and police stations come elsewhere
    /// too).
    pub(super) fn only_teller_of_words(&self, asked: &Asked) -> Option<usize> {
        asked
            .only_teller
            .get_or_init(|| self.only_teller_of(asked))
            .1
    }

    /// [`only_teller`](Self::only_teller) and
    /// [`only_teller_of_words`](Self::only_teller_of_words), worked out.
    fn only_teller_of(&self, asked: &Asked) -> (Option<usize>, Option<usize>) {
        let tokens = asked.facts.sentence_tokens_of(0);
        let acts: Vec<Range<usize>> = asked
            .facts
            .facts_in(0)
            .filter(|f| matches!(f.value, FactValue::Event(_)))
            .map(|f| f.span.clone())
            .collect();
        let is_thing = |i: usize, t: &Token| {
            t.kind != TokenKind::Break
                && !is_stopword(&t.lower)
                && (i == 0 || !tokens[i - 1].is("how"))
                && !t.is_any(&["time", "times"])
                && !acts.iter().any(|a| a.contains(&t.span.start))
        };
        let things: Vec<usize> = (0..tokens.len())
            .filter(|&i| is_thing(i, &tokens[i]))
            .collect();
        let words: Vec<Vec<String>> = things
            .iter()
            .map(|&i| vec![stem(&tokens[i].lower)])
            .collect();
        let pairs: Vec<Vec<String>> = things
            .windows(2)
            .filter(|w| w[1] == w[0] + 1)
            .map(|w| vec![stem(&tokens[w[0]].lower), stem(&tokens[w[1]].lower)])
            .collect();
        // (For words, a thing told where it happened and again in the
        // paragraph after, "The tooth is still missing.", is told there.)
        match self.one_teller(&words, false) {
            Some(found) => (found, found),
            None => (
                None,
                self.one_teller(&pairs, false)
                    .or_else(|| self.one_teller(&words, true))
                    .flatten(),
            ),
        }
    }

    /// The one paragraph telling each of `things` (a word, or words
    /// together) that only one paragraph tells: `None` where none is told
    /// in one paragraph only, `Some(None)` where two such point to
    /// different paragraphs. `next_too`: a thing told in one paragraph and
    /// the one after it is that first one's.
    fn one_teller(&self, things: &[Vec<String>], next_too: bool) -> Option<Option<usize>> {
        let mut only: Option<usize> = None;
        for words in things {
            let mut tellers = (0..self.paragraph_of.len())
                .filter(|&s| {
                    !self.imagined[s]
                        && match &words[..] {
                            [word] => self.index.holds(s, word),
                            together => {
                                self.stems[s].windows(together.len()).any(|w| w == together)
                            }
                        }
                })
                .map(|s| self.paragraph_of[s]);
            let Some(first) = tellers.next() else {
                continue;
            };
            if tellers.any(|q| q != first && !(next_too && q == first + 1)) {
                continue;
            }
            if only.is_some_and(|o| o != first) {
                return Some(None);
            }
            only = Some(first);
        }
        only.map(Some)
    }

    /// "Where were you held the second time?", "after your first arrest":
    /// the paragraph where the statement begins to tell that time of the
    /// act the question names (an arrest where it names none).
    fn nth_time(&self, asked: &Asked) -> Option<usize> {
        let tokens = asked.facts.sentence_tokens_of(0);
        let (at, n) = tokens.iter().enumerate().find_map(|(i, t)| {
            let n = match t.lower.as_str() {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "last" => usize::MAX,
                _ => return None,
            };
            (i > 0 && tokens[i - 1].is_any(&["the", "your", "this", "that"])).then_some((i, n))
        })?;
        let told = |kind: EventKind| {
            asked
                .facts
                .facts_in(0)
                .any(|f| matches!(&f.value, FactValue::Event(e) if e.positive && e.kind == kind))
        };
        // "the second time" of what the question tells; "the first
        // detention" of what follows the ordinal.
        let named = tokens
            .get(at + 1)
            .is_some_and(|t| !t.is("time") && t.kind == TokenKind::Word);
        let kinds: Vec<EventKind> = if named {
            crate::facts::events::events(&tokens[at + 1..(at + 2).min(tokens.len())])
                .into_iter()
                .map(|e| e.kind)
                .collect()
        } else {
            [EventKind::Arrest, EventKind::Beat, EventKind::Kidnap]
                .into_iter()
                .filter(|&k| told(k))
                .collect()
        };
        let kinds = if kinds.is_empty() && !named {
            vec![EventKind::Arrest]
        } else {
            kinds
        };
        if kinds.is_empty() {
            return None;
        }
        // Each time begins where one is told of the client under a date
        // more than two weeks after the last time's; a sentence without a
        // date goes on with the time before.
        // (A sentence telling it of someone else, "Mandla was arrested again
        // and is still in custody", is not the client's, whatever its other
        // words leave unsaid.)
        let mut times: Vec<(usize, Option<i64>)> = Vec::new();
        let mut last_day = None;
        // (Nor an act named as a thing no one owns: "an end to the arrests
        // of young people", "a death in police custody".)
        let named_as_thing = |f: &Fact| {
            self.facts.token_of(f).is_some_and(|at| {
                at > 0
                    && self.facts.tokens[at - 1].is_any(&["the", "a", "an", "in", "of", "police"])
            })
        };
        for s in 0..self.facts.sentences.len() {
            let victims: Vec<&[Victim]> = self
                .facts
                .facts_in(s)
                .filter_map(|f| match &f.value {
                    FactValue::Event(e)
                        if e.positive && kinds.contains(&e.kind) && !named_as_thing(f) =>
                    {
                        Some(e.victims.as_slice())
                    }
                    _ => None,
                })
                .collect();
            let client = |v: &&[Victim]| {
                v.iter()
                    .any(|v| matches!(v, Victim::Client | Victim::Group))
            };
            let tells = !self.imagined[s]
                && (victims.iter().any(client)
                    || (victims.iter().any(|v| v.is_empty())
                        && victims.iter().all(|v| v.is_empty())));
            // A sentence without a date of its own is at the last one told.
            let day = self.day_of[s].map(|d| d.0).or(last_day);
            last_day = day;
            if !tells {
                continue;
            }
            let new_time = match times.last() {
                None => true,
                Some((_, last)) => match (last, day) {
                    (Some(last), Some(day)) => day > last + 14,
                    (None, Some(_)) => true,
                    _ => false,
                },
            };
            if new_time {
                times.push((s, day));
            }
        }
        // ("The first time" of one time found counts nothing: the others
        // are told in words not read as such.)
        if times.len() < 2 {
            return None;
        }
        let (s, _) = if n == usize::MAX {
            times.last()?
        } else {
            times.get(n - 1)?
        };
        Some(self.paragraph_of[*s])
    }

    /// How much each statement sentence is about the question's own words.
    pub(super) fn by_question<'a>(&self, asked: &'a Asked) -> &'a [f64] {
        asked
            .by_question
            .get_or_init(|| self.relevance_to(&asked.stems))
    }

    /// How much each statement sentence is about `words` (stems), shared with
    /// its neighbours in the paragraph.
    pub(super) fn relevance_to(&self, words: &[String]) -> Vec<f64> {
        let query: Vec<(String, f64)> = words.iter().map(|w| (w.clone(), 1.0)).collect();
        self.smooth(&self.index.scores(&query))
    }

    pub(super) fn smooth(&self, rel: &[f64]) -> Vec<f64> {
        (0..rel.len())
            .map(|s| {
                let mut v = rel[s];
                for n in [s.wrapping_sub(1), s + 1] {
                    if n < rel.len() && self.paragraph_of.get(n) == self.paragraph_of.get(s) {
                        v = v.max(rel[n] * NEIGHBOUR_SHARE);
                    }
                }
                v
            })
            .collect()
    }

    /// The statement sentence that answers `question` (helped by the rest of
    /// the answer's sentence holding `compared`): the best of the four closest
    /// that holds a fact `pred` accepts and comes near the closest.
    pub(super) fn answering_sentences(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        compared: &Fact,
        pred: impl Fn(&Fact) -> bool,
    ) -> Vec<usize> {
        let mut query: Vec<(String, f64)> = asked
            .facts
            .sentence_terms(0)
            .into_iter()
            .map(|w| (w, 1.0))
            .collect();
        // The answer's other words help, but not the words of what is compared
        // (the answer's "my brother Axel" would pull to where Axel is introduced).
        if let Some(range) = facts.sentence_tokens.get(compared.sentence) {
            query.extend(
                facts.tokens[range.clone()]
                    .iter()
                    .filter(|t| {
                        t.kind != TokenKind::Break
                            && !is_stopword(&t.lower)
                            && !compared.span.contains(&t.span.start)
                    })
                    .map(|t| (stem(&t.lower), ANSWER_WORDS_WEIGHT)),
            );
        }
        // And the answer's next sentence, which often tells what the one named
        // did: "It was the sheikh from the mosque on my street. He wrote that I
        // printed a leaflet."
        // (Not one telling another time: "The first time it was a corporal,
        // but this time a captain.")
        let another_time = other_times(facts.sentence_tokens_of(compared.sentence + 1))
            .next()
            .is_some();
        if !another_time {
            query.extend(
                facts
                    .sentence_terms(compared.sentence + 1)
                    .into_iter()
                    .map(|w| (w, ANSWER_WORDS_WEIGHT)),
            );
        }

        let scores = self.within_anchor(asked, self.smooth(&self.index.scores(&query)));
        let best = scores.iter().copied().fold(0.0, f64::max);
        if best < MIN_RELEVANCE * 2.0 {
            return Vec::new();
        }
        let mut ranked: Vec<usize> = (0..scores.len()).collect();
        ranked.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]));
        let fit: Vec<usize> = ranked
            .into_iter()
            .filter(|&c| self.facts.facts_in(c).any(&pred))
            .take(ANSWERING_CANDIDATES)
            .collect();
        // (Near the closest holding such a fact, which is not far from the
        // closest of all: "I was handcuffed. We were driven to the police
        // station in Panzós.")
        let Some(&first) = fit.first() else {
            return Vec::new();
        };
        if scores[first] < best * ANSWERING_FIT_SHARE {
            return Vec::new();
        }
        fit.into_iter()
            .filter(|&c| scores[c] >= scores[first] * ANSWERING_SHARE)
            .collect()
    }

    /// Whether statement sentence `s` tells, as happening, an event of one
    /// of `kinds`.
    pub(super) fn tells_any(&self, s: usize, kinds: &[EventKind]) -> bool {
        self.facts.facts_in(s).any(|f| {
            matches!(&f.value, FactValue::Event(e)
                if e.positive && kinds.iter().any(|k| same_event_kind(*k, e.kind)))
        })
    }

    /// The proper places a statement sentence names, or, where it names
    /// none, those of the last sentence before it that does, in its own
    /// paragraph or the one before.
    pub(super) fn places_around(&self, sentence: usize) -> Vec<&PlaceAt> {
        let paragraph = self.paragraph_of[sentence];
        (0..=sentence)
            .rev()
            .take_while(|&k| self.paragraph_of[k] + 1 >= paragraph)
            .map(|k| {
                places_in(self.facts.facts_in(k))
                    .filter(|c| c.proper)
                    .collect::<Vec<_>>()
            })
            .find(|named| !named.is_empty())
            .unwrap_or_default()
    }

    /// The paragraphs a "what happened" question is about: those of the
    /// statement sentences the question alone speaks to most, where one
    /// clearly does.
    pub(super) fn scene(&self, asked: &Asked) -> Option<Vec<usize>> {
        let rel = self.relevance_to(&asked.facts.sentence_terms(0));
        let top = rel.iter().copied().fold(0.0, f64::max);
        if top < MIN_RELEVANCE * 2.0 {
            return None;
        }
        let mut paragraphs: Vec<usize> = (0..rel.len())
            .filter(|&s| rel[s] >= top * HARM_PASSAGE_SHARE)
            .map(|s| self.paragraph_of[s])
            .collect();
        paragraphs.dedup();
        Some(paragraphs)
    }
}

/// Verbs of going on from one place to the next.
const MOVING_ON: &[&str] = &[
    "go",
    "went",
    "live",
    "lived",
    "stay",
    "stayed",
    "hide",
    "hid",
    "flee",
    "fled",
    "move",
    "moved",
    "travel",
    "travelled",
    "traveled",
    "run",
    "ran",
    "do",
];

/// Whether paragraph `p` tells of a place named in `setting` (the paragraphs
/// naming it): it names it, or follows one that does.
pub(super) fn told_there(setting: &[usize], p: usize) -> bool {
    setting.contains(&p) || (p > 0 && setting.contains(&(p - 1)))
}

/// Whether a question asks when, giving no date and counting from nothing
/// ("When were you attacked near the river?", not "… after the election",
/// "When did they first come for you?").
fn asks_when_alone(asked: &Asked) -> bool {
    matches!(wanted(asked.text), Some(Want::When))
        && date_spans(asked.facts.facts.iter()).is_empty()
        && !asked.facts.sentence_tokens_of(0).iter().any(|t| {
            t.is_any(&[
                "after",
                "before",
                "since",
                "until",
                "following",
                "during",
                "first",
                "second",
                "third",
                "last",
                "again",
            ])
        })
}
