//! Finds where things are in a RON text, so that checks made after parsing can
//! still point at a line and column.
//!
//! `SourceMap::build` walks the text once (skipping strings and comments) and
//! records the position of every struct field key and every list element under a
//! dotted path such as `sections.0.questions.3.id`. It never fails and never
//! recurses, whatever the input: broken text just yields fewer entries.

use std::collections::HashMap;

/// A 1-based line and column (columns count characters, as `ron` does).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, col: 1 };
}

/// Positions of field keys and list elements, by dotted path.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    positions: HashMap<String, Position>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Ident,
    Colon,
    Comma,
    Open(char),
    Close,
    Other,
}

#[derive(Debug)]
struct Group {
    field: Option<String>,
    index: usize,
    element_started: bool,
}

impl SourceMap {
    /// Indexes `text`. Works on any text, valid RON or not.
    pub fn build(text: &str) -> SourceMap {
        let tokens = tokenize(text);
        let mut map = SourceMap::default();
        let mut stack: Vec<Group> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let (tok, pos, ref name) = tokens[i];
            let next = tokens.get(i + 1).map(|t| t.0);
            // The first token of a value inside a list or tuple marks an element.
            let is_key = tok == Tok::Ident && next == Some(Tok::Colon);
            if !matches!(tok, Tok::Comma | Tok::Close | Tok::Colon)
                && !is_key
                && let Some(top) = stack.last_mut()
                && top.field.is_none()
                && !top.element_started
            {
                top.element_started = true;
                map.insert(path_of(&stack), pos);
            }
            match tok {
                Tok::Ident if is_key => {
                    if let Some(top) = stack.last_mut() {
                        top.field = Some(name.clone());
                        top.element_started = true;
                    }
                    map.insert(path_of(&stack), pos);
                    i += 1; // skip the colon
                }
                Tok::Open(_) => stack.push(Group {
                    field: None,
                    index: 0,
                    element_started: false,
                }),
                Tok::Close => {
                    stack.pop();
                }
                Tok::Comma => {
                    if let Some(top) = stack.last_mut() {
                        if top.field.is_some() {
                            top.field = None;
                        } else {
                            top.index += 1;
                        }
                        top.element_started = false;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        map
    }

    fn insert(&mut self, path: String, pos: Position) {
        self.positions.entry(path).or_insert(pos);
    }

    /// The position recorded for `path`, or for the longest recorded prefix of it,
    /// or the start of the file.
    pub fn position(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(pos) = self.positions.get(path) {
                return *pos;
            }
            match path.rfind('.') {
                Some(dot) => path = &path[..dot],
                None => return Position::START,
            }
        }
    }

    /// Whether `path` itself was found in the text.
    pub fn contains(&self, path: &str) -> bool {
        self.positions.contains_key(path)
    }
}

fn path_of(stack: &[Group]) -> String {
    // The outermost group is the document's root struct: its fields start the path.
    let mut parts: Vec<String> = Vec::with_capacity(stack.len());
    for group in stack {
        match &group.field {
            Some(field) => parts.push(field.clone()),
            None => parts.push(group.index.to_string()),
        }
    }
    if stack.first().is_some_and(|g| g.field.is_none()) {
        // Still before the first field of the root: nothing sensible to name.
        parts.remove(0);
    }
    parts.join(".")
}

fn tokenize(text: &str) -> Vec<(Tok, Position, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut col = 1;
    // Advances over `n` characters, keeping line and column.
    let advance = |i: &mut usize, line: &mut usize, col: &mut usize, n: usize| {
        for _ in 0..n {
            if *i >= chars.len() {
                return;
            }
            if chars[*i] == '\n' {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
            *i += 1;
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let pos = Position { line, col };
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            advance(&mut i, &mut line, &mut col, 1);
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                advance(&mut i, &mut line, &mut col, 1);
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0usize;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    advance(&mut i, &mut line, &mut col, 2);
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth = depth.saturating_sub(1);
                    advance(&mut i, &mut line, &mut col, 2);
                    if depth == 0 {
                        break;
                    }
                } else {
                    advance(&mut i, &mut line, &mut col, 1);
                }
            }
        } else if c == '"' {
            advance(&mut i, &mut line, &mut col, 1);
            while i < chars.len() && chars[i] != '"' {
                let n = if chars[i] == '\\' { 2 } else { 1 };
                advance(&mut i, &mut line, &mut col, n);
            }
            advance(&mut i, &mut line, &mut col, 1);
            out.push((Tok::Other, pos, String::new()));
        } else if c == 'r' && matches!(next, Some('"') | Some('#')) && is_raw_string(&chars, i) {
            advance(&mut i, &mut line, &mut col, 1);
            let mut hashes = 0;
            while i < chars.len() && chars[i] == '#' {
                hashes += 1;
                advance(&mut i, &mut line, &mut col, 1);
            }
            advance(&mut i, &mut line, &mut col, 1); // opening quote
            while i < chars.len() {
                if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
                    advance(&mut i, &mut line, &mut col, 1 + hashes);
                    break;
                }
                advance(&mut i, &mut line, &mut col, 1);
            }
            out.push((Tok::Other, pos, String::new()));
        } else if c == '\'' {
            advance(&mut i, &mut line, &mut col, 1);
            while i < chars.len() && chars[i] != '\'' && chars[i] != '\n' {
                let n = if chars[i] == '\\' { 2 } else { 1 };
                advance(&mut i, &mut line, &mut col, n);
            }
            advance(&mut i, &mut line, &mut col, 1);
            out.push((Tok::Other, pos, String::new()));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                advance(&mut i, &mut line, &mut col, 1);
            }
            let name: String = chars[start..i].iter().collect();
            out.push((Tok::Ident, pos, name));
        } else {
            let tok = match c {
                ':' => Tok::Colon,
                ',' => Tok::Comma,
                '(' | '[' | '{' => Tok::Open(c),
                ')' | ']' | '}' => Tok::Close,
                _ => Tok::Other,
            };
            advance(&mut i, &mut line, &mut col, 1);
            out.push((tok, pos, String::new()));
        }
    }
    out
}

fn is_raw_string(chars: &[char], i: usize) -> bool {
    let mut j = i + 1;
    while j < chars.len() && chars[j] == '#' {
        j += 1;
    }
    chars.get(j) == Some(&'"')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_fields_and_elements() {
        let text = "(\n  format_version: 1,\n  sections: [\n    (title: \"A\", questions: [\n      (id: \"q1\"),\n      // a comment with id: nothing\n      Question(id: \"q2\", ask: \"x: (y]\"),\n    ]),\n  ],\n)";
        let map = SourceMap::build(text);
        assert_eq!(map.position("format_version"), Position { line: 2, col: 3 });
        assert_eq!(
            map.position("sections.0.title"),
            Position { line: 4, col: 6 }
        );
        assert_eq!(
            map.position("sections.0.questions.0.id"),
            Position { line: 5, col: 8 }
        );
        assert_eq!(
            map.position("sections.0.questions.1"),
            Position { line: 7, col: 7 }
        );
        assert_eq!(
            map.position("sections.0.questions.1.id"),
            Position { line: 7, col: 16 }
        );
        assert_eq!(
            map.position("sections.0.questions.1.ask"),
            Position { line: 7, col: 26 }
        );
        // Unknown path: falls back to the closest known parent.
        assert_eq!(
            map.position("sections.0.questions.1.follow_ups.0"),
            Position { line: 7, col: 7 }
        );
    }

    #[test]
    fn survives_unbalanced_text() {
        let map = SourceMap::build(")))]]] ( a: [ ( b: \"unterminated");
        assert_eq!(map.position("a.0.b"), Position { line: 1, col: 17 });
    }
}
