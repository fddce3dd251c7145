//! The scenario library: filter by jurisdiction, topic and length, pick an
//! interview, read what it covers, and start it after its content warnings.

use std::path::PathBuf;

use crate::scenario::{self, Jurisdiction, LibraryEntry, Scenario, Topic, Weight};

use super::tasks::{Task, take_done};
use super::theme;

/// Rough length bands for the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    Short,
    Medium,
    Long,
}

impl Length {
    fn label(self) -> &'static str {
        match self {
            Length::Short => "under 20 min",
            Length::Medium => "20–60 min",
            Length::Long => "over an hour",
        }
    }

    fn fits(self, minutes: u32) -> bool {
        match self {
            Length::Short => minutes < 20,
            Length::Medium => (20..=60).contains(&minutes),
            Length::Long => minutes > 60,
        }
    }
}

pub struct LibraryScreen {
    entries: Vec<LibraryEntry>,
    user_dir: Option<PathBuf>,
    loading: Option<Task<Vec<LibraryEntry>>>,
    loaded_user: bool,
    filter: Option<Jurisdiction>,
    topic: Option<Topic>,
    length: Option<Length>,
    selected: Option<usize>,
    /// The content-warning step before starting is showing.
    confirming: bool,
}

impl LibraryScreen {
    /// The shipped scenarios, plus the trainer's own from `user_dir` (read in the background).
    pub fn new(user_dir: Option<PathBuf>) -> LibraryScreen {
        LibraryScreen {
            entries: scenario::built_in(),
            user_dir,
            loading: None,
            loaded_user: false,
            filter: None,
            topic: None,
            length: None,
            selected: None,
            confirming: false,
        }
    }

    /// The id of the scenario being previewed, if any.
    pub fn selected_id(&self) -> Option<&str> {
        self.selected_scenario().map(|s| s.id.as_str())
    }

    pub fn selected_scenario(&self) -> Option<&Scenario> {
        self.selected
            .and_then(|i| self.entries.get(i))
            .map(|e| &e.scenario)
    }

    /// Reads the trainer's scenarios again (after the editor saved one).
    pub fn reload_user(&mut self) {
        self.loaded_user = false;
    }

    fn poll_user(&mut self, ctx: &egui::Context) {
        if let Some(Ok(user)) = take_done(&mut self.loading) {
            let selected_id = self.selected_id().map(str::to_string);
            self.entries = scenario::built_in();
            self.entries.extend(user);
            self.selected =
                selected_id.and_then(|id| self.entries.iter().position(|e| e.scenario.id == id));
        }
        if !self.loaded_user
            && let Some(dir) = self.user_dir.clone()
        {
            self.loaded_user = true;
            self.loading = Some(Task::spawn(ctx, "load-scenarios", move || {
                scenario::read_dir(&dir)
                    .map(|found| {
                        found
                            .into_iter()
                            .filter_map(|(source, loaded)| {
                                loaded
                                    .ok()
                                    .map(|scenario| LibraryEntry { source, scenario })
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            }));
        }
    }

    /// The scenario list (left column).
    pub fn list_ui(&mut self, ui: &mut egui::Ui) {
        self.poll_user(ui.ctx());
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
        ui.horizontal(|ui| {
            egui::ComboBox::from_label("Topic")
                .selected_text(self.topic.map_or("any topic", Topic::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.topic, None, "any topic");
                    for topic in all_topics(&self.entries) {
                        ui.selectable_value(&mut self.topic, Some(topic), topic.label());
                    }
                });
            egui::ComboBox::from_label("Length")
                .selected_text(self.length.map_or("any length", Length::label))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.length, None, "any length");
                    for length in [Length::Short, Length::Medium, Length::Long] {
                        ui.selectable_value(&mut self.length, Some(length), length.label());
                    }
                });
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("scenario-list")
            .show(ui, |ui| {
                for (i, entry) in self.entries.iter().enumerate() {
                    let s = &entry.scenario;
                    if self.filter.is_some_and(|f| f != s.jurisdiction)
                        || self.topic.is_some_and(|t| !s.topics().contains(&t))
                        || self.length.is_some_and(|l| !l.fits(s.estimated_minutes))
                    {
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
                        self.confirming = false;
                    }
                }
            });
    }

    /// The preview (main area); returns the scenario to start once the
    /// content warnings were seen and the user chose to begin.
    pub fn preview_ui(&mut self, ui: &mut egui::Ui, client: Option<&str>) -> Option<Scenario> {
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
            return None;
        };
        let s = &entry.scenario;
        let mut start = None;
        egui::ScrollArea::vertical().id_salt("scenario-preview").show(ui, |ui| {
            ui.heading(&s.title);
            ui.label(
                egui::RichText::new(format!(
                    "{} · about {} minutes · asked by {}{}",
                    s.jurisdiction.label(),
                    s.estimated_minutes,
                    s.officer.name,
                    if s.interpreter { " · with an interpreter" } else { "" }
                ))
                .color(theme::MUTED),
            );
            if !s.description.is_empty() {
                ui.label(&s.description);
            }
            if !s.content_warnings.is_empty() {
                ui.label(
                    egui::RichText::new(format!("Content warning: {}", s.content_warnings.join(", ")))
                        .color(theme::WARNING),
                );
            }
            ui.add_space(8.0);
            match client {
                None => {
                    ui.label(
                        egui::RichText::new("Choose or create a client on the left to rehearse this interview.")
                            .color(theme::MUTED),
                    );
                }
                Some(alias) if !self.confirming => {
                    if ui
                        .add(theme::primary_button(&format!("Rehearse with {alias}")))
                        .clicked()
                    {
                        if s.content_warnings.is_empty() {
                            start = Some(s.clone());
                        } else {
                            self.confirming = true;
                        }
                    }
                }
                Some(_) => {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(egui::RichText::new("Before you begin").strong());
                        ui.label(format!(
                            "This interview asks about: {}. Questions like these can bring back painful memories.",
                            s.content_warnings.join(", ")
                        ));
                        ui.label(
                            "You can pause, take a break or skip a question at any moment. \
                             \"I don't remember\" is always a valid answer.",
                        );
                        ui.horizontal(|ui| {
                            if ui.add(theme::primary_button("Begin")).clicked() {
                                start = Some(s.clone());
                                self.confirming = false;
                            }
                            if ui.button("Not now").clicked() {
                                self.confirming = false;
                            }
                        });
                    });
                }
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
        start
    }
}

fn all_topics(entries: &[LibraryEntry]) -> Vec<Topic> {
    let mut topics: Vec<Topic> = entries.iter().flat_map(|e| e.scenario.topics()).collect();
    topics.sort();
    topics.dedup();
    topics
}
