//! The eframe app: one module per screen, a theme, fonts, and the window.
//!
//! The UI renders state and sends commands; it holds no business rule and never
//! blocks on audio, models or disk: all of that runs on worker threads
//! (`tasks`, `saver`) and reports back through channels.

mod app;
mod clients;
mod editor;
mod fonts;
mod library;
mod progress;
mod rehearsal;
mod review;
mod sample;
mod saver;
mod tasks;
mod theme;
mod unlock;

pub use app::{App, AppConfig, Screen};
pub use editor::TEMPLATE as SCENARIO_TEMPLATE;
pub use review::ReviewView;

/// Why the window could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum UiError {
    #[error(
        "no display found: Mock Hearing needs a desktop session (X11 or Wayland); on a machine without one, run it under `xvfb-run`"
    )]
    NoDisplay,
    #[error(
        "the window could not be opened: {0}; check that graphics drivers (OpenGL) are installed"
    )]
    Window(String),
}

/// Opens the main window and runs until it is closed.
pub fn run() -> Result<(), UiError> {
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        return Err(UiError::NoDisplay);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Mock Hearing")
            .with_inner_size([1200.0, 780.0])
            .with_min_inner_size([720.0, 520.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Mock Hearing",
        options,
        Box::new(|_creation| Ok(Box::new(App::new(AppConfig::from_environment())))),
    )
    .map_err(|err| UiError::Window(err.to_string()))
}
