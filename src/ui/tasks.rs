//! Background work for the UI: run a closure on its own thread and poll for
//! the result each frame. The worker asks for a repaint when it is done, so
//! the UI never waits and never misses the result.

use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Work under way on another thread.
pub struct Task<T> {
    result: Receiver<T>,
}

impl<T: Send + 'static> Task<T> {
    /// Starts `work` on a thread named `name`.
    pub fn spawn(
        ctx: &egui::Context,
        name: &str,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Task<T> {
        let (tx, result) = mpsc::channel();
        let ctx = ctx.clone();
        // If the thread cannot start, the sender is dropped and `poll` says so.
        let _ = std::thread::Builder::new()
            .name(name.to_string())
            .spawn(move || {
                let _ = tx.send(work());
                ctx.request_repaint();
            });
        Task { result }
    }

    /// The result once it is there; `Some(Err)` when the work was lost.
    pub fn poll(&self) -> Option<Result<T, String>> {
        match self.result.try_recv() {
            Ok(value) => Some(Ok(value)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(
                "background work stopped unexpectedly; please try again".to_string(),
            )),
        }
    }
}

/// Polls an optional task, clearing it when it has finished.
pub fn take_done<T: Send + 'static>(task: &mut Option<Task<T>>) -> Option<Result<T, String>> {
    let done = task.as_ref()?.poll()?;
    *task = None;
    Some(done)
}
