//! Driving the real app through egui_kittest: typing, waiting for workers.

use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mock_hearing::ui::App;

/// Runs frames until the UI settles; a spinner (work under way) may keep it
/// repainting, which is fine here.
pub fn settle(harness: &mut Harness<'static, App>) {
    let _ = harness.try_run();
}

/// Steps the app until `done` holds, as frames arrive while workers finish.
pub fn run_until(
    harness: &mut Harness<'static, App>,
    what: &str,
    done: impl Fn(&Harness<'static, App>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    settle(harness);
}

/// Focuses the `index`-th field with `role` and types `text` into it.
pub fn type_into(harness: &mut Harness<'static, App>, role: Role, index: usize, text: &str) {
    harness
        .get_all_by_role(role)
        .nth(index)
        .expect("a text field")
        .focus();
    settle(harness);
    harness
        .get_all_by_role(role)
        .nth(index)
        .expect("a text field")
        .type_text(text);
    settle(harness);
}
