//! The app's root: the top bar, the care note at the bottom, and the current screen.

use super::library::LibraryScreen;
use super::theme;

/// The whole app's runtime state.
pub struct App {
    library: LibraryScreen,
}

impl Default for App {
    fn default() -> Self {
        App::new()
    }
}

impl App {
    pub fn new() -> App {
        App {
            library: LibraryScreen::new(),
        }
    }

    /// Draws one frame into `ui`. Tests call this directly through egui_kittest.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Mock Hearing");
                ui.label(egui::RichText::new("Rehearse your asylum interview").color(theme::MUTED));
            });
        });
        egui::Panel::bottom("care-note").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(
                        "A practice tool, not legal advice. It never judges whether anyone tells the truth. \
                         Nothing leaves this computer; no one else sees this. \"I don't remember\" is always a valid answer.",
                    )
                    .small()
                    .color(theme::MUTED),
                );
            });
        });
        egui::CentralPanel::default().show(ui, |ui| self.library.ui(ui));
    }

    /// The scenario library screen, for tests.
    pub fn library(&self) -> &LibraryScreen {
        &self.library
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
