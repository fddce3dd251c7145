//! Reads scenario files: bytes to text, text to [`Scenario`], then the checks of
//! `validate`. Every problem comes back with a line and column; nothing here
//! panics, whatever the bytes.

use std::fmt;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::locate::{Position, SourceMap};
use super::model::Scenario;
use super::validate;

/// One thing wrong with a scenario text, at a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub position: Position,
    pub message: String,
}

impl Problem {
    pub fn new(position: Position, message: impl Into<String>) -> Problem {
        Problem {
            position,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}",
            self.position.line, self.position.col, self.message
        )
    }
}

/// Why a scenario file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ScenarioError {
    #[error(
        "cannot read scenario file {path}: {source}; check that the file exists and you may read it"
    )]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} has {} problem(s); run `mock-hearing scenario check {path}` to see them", problems.len())]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

impl ScenarioError {
    /// One line per problem, `FILE:LINE:COL: message`, as `scenario check` prints them.
    pub fn lines(&self) -> Vec<String> {
        match self {
            ScenarioError::Read { path, .. } => vec![format!("{}:1:1: {self}", path.display())],
            ScenarioError::Invalid { path, problems } => problems
                .iter()
                .map(|p| format!("{}:{p}", path.display()))
                .collect(),
        }
    }
}

/// Reads and checks a scenario file.
pub fn load_file(path: &Path) -> Result<Scenario, ScenarioError> {
    let bytes = std::fs::read(path).map_err(|source| ScenarioError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_bytes(&bytes).map_err(|problems| ScenarioError::Invalid {
        path: path.to_path_buf(),
        problems,
    })
}

/// Parses and checks scenario bytes; all problems found are returned, in order.
pub fn parse_bytes(bytes: &[u8]) -> Result<Scenario, Vec<Problem>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(text),
        Err(err) => {
            // Report whichever comes first: a control character or the bad byte.
            let valid = String::from_utf8_lossy(&bytes[..err.valid_up_to()]);
            let position = first_control_char(&valid).unwrap_or_else(|| end_of(&valid));
            Err(vec![Problem::new(position, NOT_TEXT)])
        }
    }
}

const NOT_TEXT: &str =
    "this is not a text file; a scenario is plain text in RON format, saved as UTF-8";

fn first_control_char(text: &str) -> Option<Position> {
    text.char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .map(|(index, _)| end_of(&text[..index]))
}

/// Parses and checks scenario text; all problems found are returned, in order.
pub fn parse_str(text: &str) -> Result<Scenario, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(position) = first_control_char(text) {
        return Err(vec![Problem::new(position, NOT_TEXT)]);
    }
    if is_blank(text) {
        return Err(vec![Problem::new(
            Position::START,
            "the file is empty; a scenario starts with `(` and `format_version: 1,` (see the README's example)",
        )]);
    }
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    let scenario: Scenario = match options.from_str(text) {
        Ok(scenario) => scenario,
        Err(err) => {
            let position = Position {
                line: err.span.start.line.max(1),
                col: err.span.start.col.max(1),
            };
            return Err(vec![Problem::new(position, describe_ron_error(&err.code))]);
        }
    };
    let map = SourceMap::build(text);
    let problems = validate::check(&scenario, &map);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// Whether the text holds nothing but whitespace and comments.
fn is_blank(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|line| line.is_empty() || line.starts_with("//"))
}

fn end_of(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let col = 1 + text.chars().rev().take_while(|&c| c != '\n').count();
    Position { line, col }
}

fn describe_ron_error(code: &ron::Error) -> String {
    let base = code.to_string();
    let hint = match code {
        ron::Error::NoSuchStructField { .. } => "; check the spelling, or remove the field",
        ron::Error::MissingStructField { .. } => "; add it",
        ron::Error::NoSuchEnumVariant { .. } => "; use one of the names listed",
        ron::Error::Eof => "; a bracket or quote is probably not closed",
        ron::Error::ExpectedComma => "; put a comma after each field and list item",
        _ => "",
    };
    let mut message = String::with_capacity(base.len() + hint.len());
    let mut chars = base.chars();
    if let Some(first) = chars.next() {
        message.extend(first.to_lowercase());
        message.push_str(chars.as_str());
    }
    message.push_str(hint);
    message
}
