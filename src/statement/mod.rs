//! The client's prior written statement (the declaration): paragraphs with the
//! numbers a lawyer cites, and the sentences inside them.
//!
//! Accepts plain text or Markdown, numbered ("1.", "2)", "[3]", "¶ 4") or
//! unnumbered (blank-line separated) paragraphs. Pure: works on text handed in.

use std::ops::Range;

use crate::facts::tokens::TITLES;

/// Why a statement cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatementError {
    #[error("the statement is empty; paste or import the client's written statement first")]
    Empty,
    #[error(
        "the statement is not text (it holds binary data); save the declaration as plain text (.txt) and try again"
    )]
    NotText,
}

/// One paragraph of the statement.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementParagraph {
    /// The number to cite: the written number if the statement numbers its
    /// paragraphs, else the position among body paragraphs (1-based).
    pub number: u32,
    /// A title line ("DECLARATION OF ...") rather than body text.
    pub heading: bool,
    /// Byte range of the paragraph's text (without its number) in the statement.
    pub span: Range<usize>,
    /// Byte ranges of its sentences in the statement.
    pub sentences: Vec<Range<usize>>,
}

/// A parsed statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub text: String,
    pub paragraphs: Vec<StatementParagraph>,
}

impl Statement {
    /// Parses statement text.
    pub fn parse(text: &str) -> Result<Statement, StatementError> {
        if text.contains('\0') {
            return Err(StatementError::NotText);
        }
        if text.trim().is_empty() {
            return Err(StatementError::Empty);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text).to_string();
        let blocks = split_blocks(&text);
        let numbered = blocks.iter().filter(|b| b.number.is_some()).count() >= 2;
        let mut paragraphs = Vec::new();
        let mut position = 0;
        for block in blocks {
            let body = &text[block.span.clone()];
            let heading = block.number.is_none() && is_heading(body);
            let number = if numbered {
                match block.number {
                    Some(n) => n,
                    // Unnumbered text in a numbered statement: cite the previous number.
                    None => paragraphs
                        .last()
                        .map_or(0, |p: &StatementParagraph| p.number),
                }
            } else if heading {
                0
            } else {
                position += 1;
                position
            };
            let sentences = sentence_spans(&text, block.span.clone());
            paragraphs.push(StatementParagraph {
                number,
                heading,
                span: block.span,
                sentences,
            });
        }
        Ok(Statement { text, paragraphs })
    }

    /// Reads a statement from bytes, refusing binary data.
    pub fn from_bytes(bytes: &[u8]) -> Result<Statement, StatementError> {
        let text = std::str::from_utf8(bytes).map_err(|_| StatementError::NotText)?;
        Statement::parse(text)
    }

    /// Every sentence, with the index of its paragraph.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.heading)
            .flat_map(|(i, p)| p.sentences.iter().map(move |s| (i, s.clone())))
    }

    /// The text of a byte range.
    pub fn slice(&self, range: Range<usize>) -> &str {
        self.text.get(range).unwrap_or("")
    }
}

struct Block {
    number: Option<u32>,
    span: Range<usize>,
}

/// Splits into paragraphs at blank lines and at lines that start with a number.
fn split_blocks(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<(Option<u32>, usize, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some((n, s, e)) = current.take() {
                blocks.push(Block {
                    number: n,
                    span: s..e,
                });
            }
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let (number, skip) = paragraph_number(line.trim_start());
        let content_start = line_start + lead + skip;
        let content_end = line_start + line.trim_end().len();
        let content_start = content_start.min(content_end);
        if number.is_some() {
            if let Some((n, s, e)) = current.take() {
                blocks.push(Block {
                    number: n,
                    span: s..e,
                });
            }
            current = Some((number, content_start, content_end));
        } else {
            match current.as_mut() {
                Some((_, _, e)) => *e = content_end,
                None => current = Some((None, content_start, content_end)),
            }
        }
    }
    if let Some((n, s, e)) = current.take() {
        blocks.push(Block {
            number: n,
            span: s..e,
        });
    }
    blocks
}

/// A paragraph number at the start of a line: "1.", "12)", "[3]", "¶ 4", "(5)",
/// "Para 6." Returns the number and the bytes to skip.
fn paragraph_number(line: &str) -> (Option<u32>, usize) {
    let mut rest = line;
    let mut skipped = 0;
    for prefix in ["¶", "para.", "para", "paragraph", "#", "(", "["] {
        if rest
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        {
            rest = &rest[prefix.len()..];
            skipped += prefix.len();
            let trimmed = rest.trim_start();
            skipped += rest.len() - trimmed.len();
            rest = trimmed;
            break;
        }
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return (None, 0);
    }
    let after = &rest[digits..];
    let closing = after.chars().next();
    if !matches!(closing, Some('.') | Some(')') | Some(']') | Some(':')) {
        return (None, 0);
    }
    // "1.5 million" is not a paragraph number.
    if after[1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
    {
        return (None, 0);
    }
    let number = rest[..digits].parse().ok();
    let total = skipped + digits + 1;
    let ws = line[total..].len() - line[total..].trim_start().len();
    (number, total + ws)
}

fn is_heading(body: &str) -> bool {
    let words = body.split_whitespace().count();
    let ends_sentence = body.trim_end().ends_with(['.', '!', '?', ':', '"', '”']);
    let upper = body
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase());
    (words <= 12 && !ends_sentence) || (upper && words <= 20) || body.starts_with('#')
}

/// Abbreviations whose stop ends no sentence, besides the titles before a
/// name ([`TITLES`]).
const ABBREVIATIONS: &[&str] = &[
    "no", "vs", "etc", "jr", "sr", "mt", "ave", "approx", "u.s", "u.k", "e.g", "i.e",
];

/// Sentence ranges within `span`.
fn sentence_spans(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let body = &text[span.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') {
            let next = body[i + 1..].chars().next();
            let boundary = match next {
                None => true,
                Some(n) if n.is_whitespace() => {
                    let word_before = body[start..i]
                        .rsplit(|ch: char| ch.is_whitespace())
                        .next()
                        .unwrap_or("")
                        .to_lowercase();
                    let after = body[i + 1..].trim_start();
                    let capital_after = after.chars().next().is_some_and(|ch| {
                        ch.is_uppercase() || ch.is_ascii_digit() || ch == '"' || ch == '“'
                    });
                    let word =
                        word_before.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '.');
                    !ABBREVIATIONS.contains(&word)
                        && !TITLES.contains(&word)
                        && word_before.chars().count() != 1
                        && capital_after
                }
                Some(close @ ('"' | '”' | ')')) => {
                    // The closing mark belongs to the sentence (it may be several bytes).
                    i += close.len_utf8();
                    true
                }
                _ => false,
            };
            if boundary {
                let end = body.ceil_char_boundary((i + 1).min(body.len()));
                if !body[start..end].trim().is_empty() {
                    let lead = body[start..end].len() - body[start..end].trim_start().len();
                    out.push(span.start + start + lead..span.start + end);
                }
                start = end;
            }
        }
        i += 1;
    }
    if !body[start..].trim().is_empty() {
        let lead = body[start..].len() - body[start..].trim_start().len();
        out.push(span.start + start + lead..span.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_paragraphs_keep_their_numbers() {
        let s = Statement::parse("DECLARATION OF X\n\n1. I was born in 1990. I grew up in Gulu.\n2. On 5 May 2019 Mr. Obi came.\n\n3) We left.\n").expect("parse");
        let numbers: Vec<u32> = s
            .paragraphs
            .iter()
            .filter(|p| !p.heading)
            .map(|p| p.number)
            .collect();
        assert_eq!(numbers, [1, 2, 3]);
        let p1 = &s.paragraphs[1];
        let sentences: Vec<&str> = p1.sentences.iter().map(|r| s.slice(r.clone())).collect();
        assert_eq!(sentences, ["I was born in 1990.", "I grew up in Gulu."]);
        let p2 = &s.paragraphs[2];
        assert_eq!(p2.sentences.len(), 1, "{:?}", p2.sentences);
    }

    #[test]
    fn unnumbered_paragraphs_are_counted() {
        let s = Statement::parse("Witness statement of Sam\n\nI was born in 1993.\n\nI moved to Kampala in 2013.\nIt was hard.\n").expect("parse");
        let body: Vec<(u32, &str)> = s
            .paragraphs
            .iter()
            .filter(|p| !p.heading)
            .map(|p| (p.number, s.slice(p.span.clone())))
            .collect();
        assert_eq!(
            body,
            [
                (1, "I was born in 1993."),
                (2, "I moved to Kampala in 2013.\nIt was hard.")
            ]
        );
    }

    #[test]
    fn garbage_is_refused_or_survives() {
        assert_eq!(Statement::parse("  \n"), Err(StatementError::Empty));
        assert_eq!(
            Statement::from_bytes(b"\xff\xfe"),
            Err(StatementError::NotText)
        );
        assert_eq!(Statement::parse("a\0b"), Err(StatementError::NotText));
        for text in [
            "1.",
            "1.\n2.",
            "¶",
            "(",
            "...",
            "1) 2) 3)",
            "日本語の文章です。",
            ".”",
            "He said “go.” Then",
        ] {
            let _ = Statement::parse(text);
        }
    }
}
