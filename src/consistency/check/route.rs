//! The journey: the order of the places passed through, and harms told of a
//! place the statement only passes.

use super::*;

impl Checker {
    /// "Italy first, then Greece" where the statement's route lists Greece
    /// before Italy in one sentence.
    pub(super) fn route_order(&self, facts: &TextFacts, answer: &str) -> Option<Finding> {
        let cue = facts
            .tokens
            .iter()
            .any(|t| t.is_any(&["then", "first", "after", "next", "later", "afterwards"]));
        if !cue {
            return None;
        }
        let places: Vec<(&Fact, &PlaceAt)> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Place(p) if p.proper => Some((f, p)),
                _ => None,
            })
            .collect();
        for (i, (fa, a)) in places.iter().enumerate() {
            for (fb, b) in places.iter().skip(i + 1) {
                // The finding, quoting the statement's words for the order.
                let reversed = |statement_excerpt: String, s: usize| {
                    self.whole_answer_finding(
                        FindingKind::Sequence,
                        Severity::Medium,
                        statement_excerpt,
                        s,
                        answer,
                        format!(
                            "The answer goes to {} before {}; the statement gives the opposite order.",
                            title_case(&a.name),
                            title_case(&b.name)
                        ),
                    )
                };
                // The answer must move between them ("to Istanbul, then Van").
                let between = tokenize(answer.get(fa.span.end..fb.span.start).unwrap_or(""));
                let words_between = || between.iter().filter(|t| t.kind == TokenKind::Word);
                let moves = between.iter().any(|t| {
                    t.is_any(&[
                        "then", "to", "went", "after", "through", "via", "next", "later",
                    ])
                });
                // "flew to Brazil through Casablanca": the stop told after
                // the destination comes before it.
                let via = words_between()
                    .all(|t| t.is_any(&["through", "via", "by", "way", "of", "changing", "in"]));
                // "into Colombia, then Cúcuta": a country, then a town that
                // may be in it, is one arrival told closer.
                let closer = country_of(&a.name).is_some()
                    && country_of(&b.name).is_none()
                    && words_between().count() <= 3;
                if same_place(a, b) || !moves || via || closer {
                    continue;
                }
                for s in 0..self.facts.sentences.len() {
                    let position = |x: &PlaceAt| {
                        self.facts.facts_in(s).find_map(|f| match &f.value {
                            FactValue::Place(c) if same_place(c, x) => Some(f.span.start),
                            _ => None,
                        })
                    };
                    // Places side by side ("Jeddah, Saudi Arabia") are one place
                    // named twice, not two stops.
                    // "from Almaty to New York, changing planes in Frankfurt":
                    // a stop told after the journey is not its order.
                    let told_aside = |from: usize| {
                        tokenize(self.statement.slice(from..self.facts.sentences[s].end))
                            .iter()
                            .any(|t| {
                                t.is_any(&[
                                    "changing",
                                    "changed",
                                    "via",
                                    "transit",
                                    "stopover",
                                    "layover",
                                    "connecting",
                                    "connection",
                                ])
                            })
                    };
                    // Two countries side by side are two stops ("through Greece,
                    // Italy and France").
                    let two_countries = matches!(
                        (country_of(&a.name), country_of(&b.name)),
                        (Some(x), Some(y)) if x != y
                    );
                    // "from Athens to Brussels" is a move, not one place.
                    let apart = |between: &str| {
                        between.split_whitespace().count() > 2
                            || tokenize(between).iter().any(|t| t.is_any(&["to", "then"]))
                    };
                    if let (Some(pa), Some(pb)) = (position(a), position(b))
                        && pb < pa
                        && (two_countries || apart(self.statement.slice(pb..pa)))
                        && !told_aside(pb)
                    {
                        return Some(reversed(self.sentence_text(s).trim().to_string(), s));
                    }
                }
                // Told in different sentences: every arrival at the answer's
                // second place comes before every arrival at its first ("I
                // reached Ceel Qoxle… Two days later he took me to Mogadishu").
                let (to_a, to_b) = (self.arrivals_at(a, true), self.arrivals_at(b, true));
                if let (Some(first_a), Some(last_b)) = (to_a.iter().min(), to_b.iter().max())
                    && last_b < first_a
                {
                    let quoted = format!(
                        "{} … {}",
                        self.sentence_text(*last_b).trim(),
                        self.sentence_text(*first_a).trim()
                    );
                    return Some(reversed(quoted, *last_b));
                }
            }
        }
        None
    }

    /// The statement's sentences that tell of arriving at a place: "to
    /// Mogadishu", "reached my mother's house in Ceel Qoxle", "arrived in
    /// Athens". Not where someone was born, lives or left from.
    /// A named place in the answer's sentence `sentence` that the statement
    /// travels to or through but tells none of `told` (detentions) in the
    /// sentence naming it or the next one: its name.
    pub(super) fn passed_through(
        &self,
        facts: &TextFacts,
        sentence: usize,
        e: &EventAt,
        told: &[&(&Fact, EventAt)],
        asked: &Asked,
    ) -> Option<String> {
        // A detention said in so many words ("arrested", "kept me"), not
        // "took me to".
        let tokens = facts.sentence_tokens_of(sentence);
        if harm_class(e) == DETENTION_CLASS
            && !tokens.get(e.start).is_some_and(|t| {
                t.is_any(&[
                    "arrested",
                    "detained",
                    "jailed",
                    "imprisoned",
                    "held",
                    "kept",
                    "locked",
                ])
            })
        {
            return None;
        }
        // In the event's own clause; where that names only a border or a
        // checkpoint, the place the answer has just crossed at ("I crossed
        // at Pamelap. At the border the soldiers beat me"); else the place
        // the question asks about ("What happened in Istanbul?").
        let clause = clause_around(tokens, e.start);
        let in_clause: Vec<&PlaceAt> = places_in(facts.facts_in(sentence))
            .filter(|p| clause.contains(&p.start))
            .collect();
        let own: Vec<&PlaceAt> = in_clause.iter().copied().filter(|p| p.proper).collect();
        let at_crossing = in_clause
            .iter()
            .any(|p| matches!(p.kind, Some("border" | "checkpoint")));
        let before: Vec<&PlaceAt> = if at_crossing && sentence > 0 {
            places_in(facts.facts_in(sentence - 1))
                .filter(|p| p.proper)
                .collect()
        } else {
            Vec::new()
        };
        let sentence_places: Vec<&PlaceAt> = places_in(facts.facts_in(sentence))
            .filter(|p| p.proper)
            .collect();
        let naming = |p: &PlaceAt| -> Vec<usize> {
            self.facts
                .facts
                .iter()
                .filter(|g| matches!(&g.value, FactValue::Place(c) if same_place(c, p)))
                .map(|g| g.sentence)
                .collect()
        };
        // Told in a sentence naming the place, or under the last place the
        // statement named before it ("I reached Tripoli. There the police
        // arrested me.", "They took me to Mai Serwa. … ¶ The guards beat me
        // with sticks").
        let harmed_there = |p: &PlaceAt| {
            told.iter().any(|(g, _)| {
                self.places_around(g.sentence)
                    .iter()
                    .any(|c| same_place(c, p))
            })
        };
        // Told at any place the sentence names ("to Mexico, to Tapachula,
        // where immigration kept me", "in mexico, near caborca, armed men
        // held me until my cousin in ohio paid"): not new.
        // (Kept there a while is told as being questioned or stopped there:
        // "At Bole, a security officer questioned me for two hours".)
        let questioned_there = |p: &PlaceAt| {
            harm_class(e) == DETENTION_CLASS
                && naming(p).into_iter().any(|s| {
                    self.facts
                        .sentence_tokens_of(s)
                        .iter()
                        .any(|t| t.is_any(&["questioned", "interrogated"]))
                })
        };
        if before
            .iter()
            .chain(&sentence_places)
            .any(|p| harmed_there(p) || questioned_there(p))
        {
            return None;
        }
        let primary: Vec<&PlaceAt> = [own, before, sentence_places]
            .into_iter()
            .find(|places| !places.is_empty())
            .unwrap_or_default();
        // Then the places the question asks about ("What happened in
        // Istanbul?" for "in Zeytinburnu the police kept me").
        let places = primary
            .into_iter()
            .chain(asked.places().into_iter().filter(|p| !harmed_there(p)));
        places.into_iter().find_map(|p| {
            let naming = naming(p);
            // Or one the statement never names that the answer's journey
            // goes to ("I flew to Berlin. At the airport in Berlin the police
            // kept me two days").
            let passed = (!naming.is_empty()
                && (!self.arrivals_at(p, false).is_empty() || self.passed_or_stayed(p)))
                || (naming.is_empty() && journeyed_to(facts, p));
            (p.proper && p.kind.is_none() && passed).then(|| title_case(&p.name))
        })
    }

    /// Whether the statement passes through `place` on its journey or stays
    /// there a while, by the words a few before it: "crossed into Tunisia at
    /// Ras Ajdir", "through Bulgaria", "I stayed in Kampala for three weeks",
    /// "we hid in Madina".
    fn passed_or_stayed(&self, place: &PlaceAt) -> bool {
        const WORDS: &[&str] = &[
            "crossed",
            "through",
            "via",
            "transit",
            "transited",
            "stayed",
            "hid",
            "hiding",
            "waited",
            "spent",
            "remained",
        ];
        self.facts.facts.iter().any(|f| {
            let FactValue::Place(c) = &f.value else {
                return false;
            };
            let tokens = self.facts.sentence_tokens_of(f.sentence);
            same_place(c, place)
                && tokens[c.start.saturating_sub(6)..c.start.min(tokens.len())]
                    .iter()
                    .any(|t| t.is_any(WORDS))
        })
    }

    /// The statement sentences that tell an arrival at `place` ("to Cobán",
    /// "arrived in Cobán"); `inside`: also an arrival at somewhere in it ("to
    /// the police holding cells in Cobán").
    fn arrivals_at(&self, place: &PlaceAt, inside: bool) -> Vec<usize> {
        self.facts
            .facts
            .iter()
            .filter(|f| matches!(&f.value, FactValue::Place(c) if same_place(c, place)))
            .filter(|f| {
                let tokens = self.facts.sentence_tokens_of(f.sentence);
                let FactValue::Place(c) = &f.value else {
                    return false;
                };
                let before = &tokens[c.start.saturating_sub(7)..c.start.min(tokens.len())];
                // "to Cobán", "into Colombia", "to the police holding cells
                // in Cobán" (but not "read back to me in Dari")
                let to = before
                    .iter()
                    .rposition(|t| t.is_any(&["to", "into"]))
                    .is_some_and(|k| {
                        let between = &before[k + 1..];
                        (between.is_empty() || inside)
                            && between.iter().all(|t| t.kind == TokenKind::Word)
                            && between.first().is_none_or(|t| {
                                t.is_any(&["the", "a", "an", "my", "our", "his", "her", "their"])
                            })
                    });
                let reached = before
                    .iter()
                    .any(|t| t.is_any(&["reached", "arrived", "returned", "reach", "arrive"]));
                to || reached
            })
            .map(|f| f.sentence)
            .collect()
    }
}

/// Whether the text travels to `place`: "flew to Berlin", "we went on to
/// Agadez".
fn journeyed_to(facts: &TextFacts, place: &PlaceAt) -> bool {
    facts.facts.iter().any(|f| {
        let FactValue::Place(p) = &f.value else {
            return false;
        };
        let tokens = facts.sentence_tokens_of(f.sentence);
        same_place(p, place)
            && p.start >= 2
            && tokens[p.start - 1].is("to")
            && tokens[..p.start - 1]
                .iter()
                .rev()
                .take(3)
                .any(|t| t.is_any(JOURNEY_VERBS))
    })
}
