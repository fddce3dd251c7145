//! The rehearsal: the interview as a pure state machine (`flow`) and the record
//! it leaves (`session`). Used alike by the app and the headless `rehearse`
//! command. No UI, audio, model or file access here.

mod flow;
mod session;

pub use flow::{Phase, Prompt, Rehearsal, check_answer, mentions};
pub use session::*;
