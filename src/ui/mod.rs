//! The eframe app: one module per screen, a theme, and the window.
//!
//! The UI renders state and sends commands; it holds no business rule and never
//! blocks on audio, models or disk.

mod app;
mod library;
mod theme;

pub use app::App;

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
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Mock Hearing",
        options,
        Box::new(|creation| {
            theme::apply(&creation.egui_ctx);
            Ok(Box::new(App::new()))
        }),
    )
    .map_err(|err| UiError::Window(err.to_string()))
}
