//! Saves a session on a worker thread, in order, so that writing to disk never
//! holds up a frame. Snapshots queued faster than the disk keeps up collapse
//! into the newest one.

use std::sync::mpsc::{self, Receiver, Sender};

use crate::rehearsal::Session;
use crate::store::SessionDir;

/// The session saver of one open session.
pub struct Saver {
    snapshots: Sender<Session>,
    errors: Receiver<String>,
}

impl Saver {
    pub fn start(dir: SessionDir, ctx: &egui::Context) -> Saver {
        let (snapshots, inbox) = mpsc::channel::<Session>();
        let (outbox, errors) = mpsc::channel();
        let ctx = ctx.clone();
        let _ = std::thread::Builder::new()
            .name("session-saver".into())
            .spawn(move || {
                while let Ok(mut session) = inbox.recv() {
                    while let Ok(newer) = inbox.try_recv() {
                        session = newer;
                    }
                    if let Err(e) = dir.save(&session) {
                        let _ = outbox.send(e.to_string());
                        ctx.request_repaint();
                    }
                }
            });
        Saver { snapshots, errors }
    }

    pub fn save(&self, session: &Session) {
        let _ = self.snapshots.send(session.clone());
    }

    /// A message if a save failed since the last call.
    pub fn failure(&self) -> Option<String> {
        self.errors.try_recv().ok()
    }
}
