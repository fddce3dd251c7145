//! The scenario library: filter by jurisdiction, pick an interview, read what it
//! covers (and its content warnings) before starting.

use crate::scenario::{self, Jurisdiction, LibraryEntry, Weight};

use super::theme;

pub struct LibraryScreen {
    entries: Vec<LibraryEntry>,
    filter: Option<Jurisdiction>,
    selected: Option<usize>,
}

impl LibraryScreen {
    pub fn new() -> LibraryScreen {
        LibraryScreen {
            entries: scenario::built_in(),
            filter: None,
            selected: None,
        }
    }

    /// The id of the scenario being previewed, if any.
    pub fn selected_id(&self) -> Option<&str> {
        self.selected
            .and_then(|i| self.entries.get(i))
            .map(|e| e.scenario.id.as_str())
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::left("scenario-list")
            .resizable(true)
            .default_size(340.0)
            .show(ui, |ui| self.list_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.preview_ui(ui));
    }

    fn list_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        ui.heading("Interviews");
        ui.horizontal_wrapped(|ui| {
            if ui.selectable_label(self.filter.is_none(), "All").clicked() {
                self.filter = None;
            }
            for jurisdiction in Jurisdiction::ALL {
                if ui
                    .selectable_label(self.filter == Some(jurisdiction), jurisdiction.label())
                    .clicked()
                {
                    self.filter = Some(jurisdiction);
                }
            }
        });
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (i, entry) in self.entries.iter().enumerate() {
                let s = &entry.scenario;
                if self.filter.is_some_and(|f| f != s.jurisdiction) {
                    continue;
                }
                let text = format!(
                    "{}\n{} · about {} min",
                    s.title,
                    s.jurisdiction.label(),
                    s.estimated_minutes
                );
                if ui
                    .selectable_label(self.selected == Some(i), text)
                    .clicked()
                {
                    self.selected = Some(i);
                }
            }
        });
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui) {
        let Some(entry) = self.selected.and_then(|i| self.entries.get(i)) else {
            ui.add_space(40.0);
            ui.vertical_centered(|ui| {
                ui.heading("Choose an interview on the left");
                ui.label(
                    egui::RichText::new(
                        "Start with the warm-up if this is your first time. You can take a break at any moment.",
                    )
                    .color(theme::MUTED),
                );
            });
            return;
        };
        let s = &entry.scenario;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(&s.title);
            ui.label(
                egui::RichText::new(format!(
                    "{} · about {} minutes · asked by {}{}",
                    s.jurisdiction.label(),
                    s.estimated_minutes,
                    s.officer.name,
                    if s.interpreter {
                        " · with an interpreter"
                    } else {
                        ""
                    }
                ))
                .color(theme::MUTED),
            );
            if !s.description.is_empty() {
                ui.label(&s.description);
            }
            if !s.content_warnings.is_empty() {
                ui.label(
                    egui::RichText::new(format!(
                        "Content warning: {}",
                        s.content_warnings.join(", ")
                    ))
                    .color(theme::WARNING),
                );
            }
            ui.add_space(8.0);
            for section in &s.sections {
                ui.label(egui::RichText::new(&section.title).strong());
                for question in section.questions.iter().filter(|q| !q.follow_up_only) {
                    let words = egui::RichText::new(&question.ask);
                    if question.weight == Weight::Central {
                        ui.label(words.strong());
                    } else {
                        ui.label(words);
                    }
                }
                ui.add_space(6.0);
            }
            ui.label(
                egui::RichText::new("Questions in bold are about the core of the claim.")
                    .small()
                    .color(theme::MUTED),
            );
        });
    }
}
