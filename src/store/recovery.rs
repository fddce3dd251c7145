//! Finding and recovering rehearsals that stopped without finishing (a crash,
//! a power cut, the window closed mid-answer).
//!
//! The session file is saved after every answer, and the answer being
//! recorded is written to disk as it is spoken, so recovery gives back every
//! answer before the stop and the recording of the current one, all but its
//! last moment.

use crate::rehearsal::{Rehearsal, Session};
use crate::scenario;

use super::{SessionDir, StoreError, Workspace};

/// A session that never finished.
#[derive(Debug, Clone)]
pub struct Interrupted {
    pub client_id: String,
    pub dir: SessionDir,
    pub session: Session,
}

/// The recording of the answer that was being given when the session stopped.
#[derive(Debug, Clone)]
pub struct PartialAnswer {
    /// File name in the session's audio folder.
    pub name: String,
    /// 16 kHz mono.
    pub samples: Vec<f32>,
}

impl PartialAnswer {
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / 16_000.0
    }
}

impl Workspace {
    /// Sessions that were interrupted, newest first: the app offers them on start.
    pub fn interrupted(&self) -> Vec<Interrupted> {
        let mut found = Vec::new();
        for summary in self.clients().unwrap_or_default() {
            for (dir, session) in self.sessions(&summary.client.id) {
                if session.finished_at.is_none() {
                    found.push(Interrupted {
                        client_id: summary.client.id.clone(),
                        dir,
                        session,
                    });
                }
            }
        }
        found.sort_by(|a, b| b.session.started_at.cmp(&a.session.started_at));
        found
    }
}

impl Interrupted {
    /// The rehearsal, at the question that was on screen, and the recording of
    /// the answer that was under way, if any.
    pub fn recover(&self) -> Result<(Rehearsal, Option<PartialAnswer>), StoreError> {
        let scenario_path = self.dir.path.join("scenario.ron");
        let text = self
            .dir
            .load_scenario()?
            .ok_or_else(|| StoreError::damaged(&scenario_path, "the scenario is missing"))?;
        let scenario = scenario::parse_str(&text)
            .map_err(|_| StoreError::damaged(&scenario_path, "the scenario no longer reads"))?;
        let rehearsal = Rehearsal::resume(scenario, self.session.clone());
        let partial = match rehearsal.current() {
            Some(prompt) => {
                let name = self
                    .dir
                    .audio_name(rehearsal.current_number(), &prompt.question_id);
                if self.dir.audio_path(&name).is_file() {
                    let samples = self.dir.read_audio(&name)?;
                    (!samples.is_empty()).then_some(PartialAnswer { name, samples })
                } else {
                    None
                }
            }
            None => None,
        };
        Ok((rehearsal, partial))
    }
}
