//! Finds the statement sentences an answer speaks to: BM25 over the statement's
//! sentences, queried with the answer's words (and, more lightly, the question's).

use std::collections::{BTreeMap, HashMap};

/// A BM25 index over documents of stemmed words.
#[derive(Debug, Clone)]
pub struct Index {
    docs: Vec<HashMap<String, f64>>,
    lengths: Vec<f64>,
    average_length: f64,
    idf: HashMap<String, f64>,
}

const K1: f64 = 1.2;
const B: f64 = 0.6;

/// A stem as the index keeps it: without a final "e", so that "charge" and
/// "charged" ("charg"), "release" and "released" meet.
fn term(stem: &str) -> &str {
    if stem.len() > 3 {
        stem.trim_end_matches('e')
    } else {
        stem
    }
}

impl Index {
    pub fn new(docs: &[Vec<String>]) -> Index {
        let mut df: HashMap<String, f64> = HashMap::new();
        let mut counted = Vec::with_capacity(docs.len());
        let mut lengths = Vec::with_capacity(docs.len());
        for doc in docs {
            let mut tf: HashMap<String, f64> = HashMap::new();
            for w in doc {
                *tf.entry(term(w).to_string()).or_default() += 1.0;
            }
            for w in tf.keys() {
                *df.entry(w.clone()).or_default() += 1.0;
            }
            lengths.push(doc.len() as f64);
            counted.push(tf);
        }
        let n = docs.len() as f64;
        let idf = df
            .into_iter()
            .map(|(w, d)| (w, ((n - d + 0.5) / (d + 0.5) + 1.0).ln()))
            .collect();
        let average_length = if lengths.is_empty() {
            1.0
        } else {
            (lengths.iter().sum::<f64>() / n).max(1.0)
        };
        Index {
            docs: counted,
            lengths,
            average_length,
            idf,
        }
    }

    /// Whether document `doc` holds the stemmed word `word`.
    pub fn holds(&self, doc: usize, word: &str) -> bool {
        self.docs
            .get(doc)
            .is_some_and(|d| d.contains_key(term(word)))
    }

    /// BM25 score of every document for a weighted query.
    pub fn scores(&self, query: &[(String, f64)]) -> Vec<f64> {
        // (In a fixed order, so that the same answer always scores the same:
        // sums of floating-point numbers depend on their order.)
        let mut merged: BTreeMap<&str, f64> = BTreeMap::new();
        for (w, weight) in query {
            let e = merged.entry(term(w)).or_default();
            *e = e.max(*weight);
        }
        self.docs
            .iter()
            .zip(&self.lengths)
            .map(|(doc, len)| {
                merged
                    .iter()
                    .map(|(w, weight)| {
                        let tf = doc.get(*w).copied().unwrap_or(0.0);
                        if tf == 0.0 {
                            return 0.0;
                        }
                        let idf = self.idf.get(*w).copied().unwrap_or(0.0);
                        weight * idf * tf * (K1 + 1.0)
                            / (tf + K1 * (1.0 - B + B * len / self.average_length))
                    })
                    .sum()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(words: &str) -> Vec<String> {
        words.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn the_same_query_always_scores_the_same() {
        let words = "arrest police station cell night beat cable release money uncle sister court";
        let index = Index::new(&[
            doc(words),
            doc("police station money"),
            doc("night court uncle"),
        ]);
        let query: Vec<(String, f64)> = words
            .split(' ')
            .enumerate()
            .map(|(i, w)| (w.to_string(), 0.3 + i as f64 * 0.17))
            .collect();
        let first = index.scores(&query);
        for turn in 0..50 {
            let mut turned = query.clone();
            turned.rotate_left(turn % query.len());
            let again = index.scores(&turned);
            assert!(
                first
                    .iter()
                    .zip(&again)
                    .all(|(a, b)| a.to_bits() == b.to_bits()),
                "{first:?} {again:?}"
            );
        }
    }

    #[test]
    fn ranks_the_matching_document_first() {
        let index = Index::new(&[
            doc("police arrest station"),
            doc("bus mexico week"),
            doc("gang shop rent"),
        ]);
        let scores = index.scores(&[("bus".into(), 1.0), ("mexico".into(), 1.0)]);
        assert!(scores[1] > scores[0] && scores[1] > scores[2]);
        assert_eq!(scores[0], 0.0);
    }
}
