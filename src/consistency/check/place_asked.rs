//! Where it happened: the place an answer gives for what the question asks
//! about, against the statement's place for it.

use super::*;

impl Checker {
    /// "The Asayish centre in Hasakah" where the statement says "the Asayish
    /// centre in … Qamishli": a town the passage does not name, beside one it
    /// names there (`places`, of the answering `sentence`), is still another town.
    fn another_town(
        &self,
        facts: &TextFacts,
        answer: &str,
        sentence: usize,
        places: &[&Fact],
        in_question: &[&PlaceAt],
    ) -> Option<Finding> {
        let paragraph = self.paragraph_of.get(sentence).copied();
        let told = |p: &PlaceAt| self.names_place(p, paragraph);
        let named_by_answer = |p: &PlaceAt| {
            facts
                .facts
                .iter()
                .any(|f| matches!(&f.value, FactValue::Place(a) if same_place(a, p)))
        };
        let stranger = facts.facts.iter().find(|f| {
            matches!(&f.value, FactValue::Place(a)
                if a.proper && !in_question.iter().any(|q| same_place(q, a)) && !told(a))
        });
        let unnamed = places.iter().rev().find(|f| {
            matches!(&f.value, FactValue::Place(c)
                if c.proper && c.kind.is_none() && !named_by_answer(c)
                    && !in_question.iter().any(|q| same_place(q, c)))
        });
        let (Some(af), Some(against)) = (stranger, unnamed) else {
            return None;
        };
        let (FactValue::Place(ap), FactValue::Place(sp)) = (&af.value, &against.value) else {
            return None;
        };
        Some(self.finding(
            FindingKind::Place,
            self.weight(sentence),
            Some(against),
            sentence,
            Some(af),
            facts,
            answer,
            af.sentence,
            format!(
                "The statement says {}; the answer says {}.",
                title_case(&sp.name),
                title_case(&ap.name)
            ),
        ))
    }

    /// "Where did you cross?" "At El Paso." The answer's first place is compared
    /// with the places of the statement sentence that answers the same question.
    pub(super) fn place_asked(
        &self,
        asked: &Asked,
        facts: &TextFacts,
        answer: &str,
    ) -> Option<Finding> {
        if !asked.text.trim().to_lowercase().starts_with("where") {
            return None;
        }
        let in_question = asked.places();
        // The answer's place: the first that is not the question's own.
        let (fact, place) = facts.facts.iter().find_map(|f| match &f.value {
            FactValue::Place(p) if !in_question.iter().any(|q| same_place(q, p)) => Some((f, p)),
            _ => None,
        })?;
        let candidates = self.answering_sentences(asked, facts, fact, |f| {
            matches!(&f.value, FactValue::Place(c) if !in_question.iter().any(|q| same_place(q, c)))
        });
        // The one telling what happened there, as the question or the
        // answer's sentence says ("took us to … and kept us there": where
        // they were held, not where a report was made later).
        // (Not what the question asks after: "Where were you taken after
        // the arrest?")
        let asked_until = asked
            .facts
            .tokens
            .iter()
            .find(|t| t.is_any(&["after", "before"]))
            .map_or(usize::MAX, |t| t.span.start);
        let asked_kinds = harm_kinds(&asked.facts, |x| x.span.start < asked_until);
        let mut happened = asked_kinds.clone();
        happened.extend(harm_kinds(facts, |x| x.sentence == fact.sentence));
        let tells_it = |c: usize| self.tells_any(c, &happened);
        // Else the one naming most of what the question names ("Where did
        // you meet Faith?": where Faith is met, not the salon the answer's
        // other words pull towards).
        let asked_words = |c: usize| {
            asked
                .stems
                .iter()
                .filter(|w| self.stems[c].contains(w))
                .count()
        };
        let most_asked = candidates.iter().map(|&c| asked_words(c)).max();
        // (In the passage the question clearly points to, the sentence that
        // tells it, however far the answer's words pull.)
        let has_place = |c: usize| {
            self.facts.facts_in(c).any(|f| {
                matches!(&f.value, FactValue::Place(p) if !in_question.iter().any(|q| same_place(q, p)))
            })
        };
        let in_anchor = (0..self.paragraph_of.len()).find(|&c| {
            asked.anchored_at(self.paragraph_of[c])
                && has_place(c)
                && self.tells_any(c, &asked_kinds)
        });
        // Not the sentence the question counts from ("after the arrest at
        // the rally": "arrested me at a rally in Kara"), where another
        // tells it.
        let counted_from: Vec<String> = asked
            .facts
            .tokens
            .iter()
            .filter(|t| t.span.start > asked_until)
            .filter(|t| t.kind == TokenKind::Word && !is_stopword(&t.lower))
            .map(|t| stem(&t.lower))
            .collect();
        let is_counted_from = |c: usize| {
            !counted_from.is_empty() && counted_from.iter().all(|w| self.stems[c].contains(w))
        };
        let sentence = candidates
            .iter()
            .copied()
            .find(|&c| self.tells_any(c, &asked_kinds) && !is_counted_from(c))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&c| self.tells_any(c, &asked_kinds))
            })
            .or(in_anchor)
            .or_else(|| candidates.iter().copied().find(|&c| tells_it(c)))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&c| Some(asked_words(c)) == most_asked)
            })?;
        // Countries compare with countries, towns and buildings with their like.
        let level = |p: &PlaceAt| country_of(&p.name).is_some();
        let answer_levels: Vec<bool> = facts
            .facts
            .iter()
            .filter_map(|f| match &f.value {
                FactValue::Place(p) => Some(level(p)),
                _ => None,
            })
            .collect();
        let places: Vec<&Fact> = self
            .facts
            .facts_in(sentence)
            .filter(
                |f| matches!(&f.value, FactValue::Place(c) if answer_levels.contains(&level(c))),
            )
            .collect();
        // Any place of the answer that fits one of the sentence's is enough.
        let fits = facts.facts.iter().any(|af| match &af.value {
            FactValue::Place(ap) => places
                .iter()
                .any(|f| matches!(&f.value, FactValue::Place(c) if same_place(c, ap))),
            _ => false,
        });
        // "At my uncle's house" where the statement says "the house of my
        // pastor": the right town, in someone else's house.
        let hosts = (
            (0..facts.sentences.len()).find_map(|a| host_in(facts, answer, a)),
            host_in(&self.facts, &self.statement.text, sentence),
        );
        if let (Some((af, ap)), Some((sf, sp))) = hosts
            && !person_fits(&self.complete(ap), &self.complete(sp), true)
        {
            return Some(self.person_finding(sf, sp, af, &self.complete(ap), facts, answer));
        }
        if fits {
            return self.another_town(facts, answer, sentence, &places, &in_question);
        }
        let against = places.iter().find(|f| {
            matches!(&f.value, FactValue::Place(c) if !in_question.iter().any(|q| same_place(q, c)))
        })?;
        // (The fact is one of the answering sentence's own.)
        Some(self.fact_against(
            FindingKind::Place,
            self.weight(sentence),
            against,
            fact,
            facts,
            answer,
            format!(
                "The statement says {}; the answer says {}.",
                self.statement.slice(against.span.clone()).trim(),
                title_case(&place.name)
            ),
        ))
    }
}

/// A word for where someone lives or stays: "house", "flat", "farm", "place".
fn is_home(t: &Token) -> bool {
    t.is("place") || matches!(place_noun(&t.lower), Some("home" | "farm" | "compound"))
}

/// The person whose home sentence `s` tells of: "my uncle's house", "the house
/// of my pastor".
fn host_in<'a>(facts: &'a TextFacts, text: &str, s: usize) -> Option<(&'a Fact, &'a PersonAt)> {
    let tokens = facts.sentence_tokens_of(s);
    facts.facts_in(s).find_map(|f| match &f.value {
        FactValue::Person(p) => {
            let owns = is_possessive(text, f) && tokens.get(p.end).is_some_and(is_home);
            let of = tokens[..p.start.min(tokens.len())]
                .iter()
                .rev()
                .skip_while(|t| t.is_any(&["my", "our", "his", "her", "their", "the", "a"]))
                .take(2)
                .collect::<Vec<_>>();
            let home_of = of.len() == 2 && of[0].is("of") && is_home(of[1]);
            (owns || home_of).then_some((f, p))
        }
        _ => None,
    })
}
