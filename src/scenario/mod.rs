//! Scenario files: the RON schema of a mock interview, loading with positioned
//! errors, validation, the seeded plan of one rehearsal, and the shipped library.
//!
//! Pure logic: no UI, audio or device access; files are read only where a path is
//! handed in.

mod library;
mod load;
mod locate;
mod model;
mod plan;
mod validate;

pub use library::{BUILT_IN, LibraryEntry, built_in, read_dir};
pub use load::{Problem, ScenarioError, load_file, parse_bytes, parse_str};
pub use locate::{Position, SourceMap};
pub use model::*;
pub use plan::{Plan, QuestionRef, find_question, question_at};
pub use validate::is_valid_id;
