//! Mock Hearing: an offline trainer for asylum interviews.
//!
//! The library holds all logic; the `mock-hearing` binary only parses the command
//! line and prints. Pure modules (`scenario`, `consistency`) never touch the UI,
//! audio devices or the network.

pub mod audio;
pub mod consistency;
pub mod facts;
pub mod headless;
pub mod rehearsal;
pub mod report;
pub mod scenario;
pub mod speech;
pub mod statement;
pub mod store;
pub mod ui;
