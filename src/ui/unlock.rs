//! The first screen: make a passphrase for a new workspace, or type it to
//! unlock an existing one. Unlocking (one scrypt, about a second) runs on a
//! worker thread; a wrong passphrase is refused plainly.

use std::path::{Path, PathBuf};

use crate::store::{ClientSummary, Interrupted, StoreError, Workspace};

use super::sample;
use super::tasks::{Task, take_done};
use super::theme;

/// What unlocking gives the app.
pub struct Unlocked {
    pub workspace: Workspace,
    pub clients: Vec<ClientSummary>,
    pub interrupted: Vec<Interrupted>,
}

pub struct UnlockScreen {
    root: PathBuf,
    creating: bool,
    passphrase: String,
    confirm: String,
    error: Option<String>,
    task: Option<Task<Result<Unlocked, StoreError>>>,
}

/// The shortest passphrase accepted for a new workspace.
const MIN_PASSPHRASE: usize = 8;

impl UnlockScreen {
    pub fn new(root: &Path) -> UnlockScreen {
        UnlockScreen {
            root: root.to_path_buf(),
            creating: !Workspace::exists(root),
            passphrase: String::new(),
            confirm: String::new(),
            error: None,
            task: None,
        }
    }

    /// After locking: the workspace exists now.
    pub fn reset(&mut self) {
        *self = UnlockScreen::new(&self.root);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Unlocked> {
        let mut unlocked = None;
        match take_done(&mut self.task) {
            Some(Ok(Ok(done))) => unlocked = Some(done),
            Some(Ok(Err(e))) => {
                self.error = Some(e.to_string());
                self.passphrase.clear();
                self.confirm.clear();
            }
            Some(Err(e)) => self.error = Some(e),
            None => {}
        }
        ui.add_space(60.0);
        ui.vertical_centered(|ui| {
            ui.set_max_width(520.0);
            if self.creating {
                ui.heading("Welcome to Mock Hearing");
                ui.label(
                    "Choose a passphrase. Everything you keep here (statements, recordings, \
                     transcripts, notes) is encrypted with it on this computer. \
                     Without it no one can read them, and neither can we: there is no way to recover a lost passphrase.",
                );
            } else {
                ui.heading("Unlock your workspace");
                ui.label("Type the passphrase you chose for this computer's workspace.");
            }
            ui.add_space(12.0);
            let label = ui.label("Passphrase");
            let field = ui.add(
                egui::TextEdit::singleline(&mut self.passphrase)
                    .password(true)
                    .hint_text("Passphrase")
                    .desired_width(360.0),
            )
            .labelled_by(label.id);
            let mut submit = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if self.creating {
                let label = ui.label("The same passphrase again");
                let again = ui.add(
                    egui::TextEdit::singleline(&mut self.confirm)
                        .password(true)
                        .hint_text("The same passphrase again")
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
                submit |= again.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            }
            ui.add_space(8.0);
            let label = if self.creating {
                "Create my workspace"
            } else {
                "Unlock"
            };
            if self.task.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Opening…");
                });
            } else if ui
                .add(egui::Button::new(egui::RichText::new(label).strong()).min_size(egui::vec2(220.0, 36.0)))
                .clicked()
                || submit
            {
                self.start(ui.ctx());
            }
            if let Some(error) = &self.error {
                ui.add_space(6.0);
                ui.colored_label(theme::WARNING, error);
            }
        });
        unlocked
    }

    fn start(&mut self, ctx: &egui::Context) {
        if self.passphrase.is_empty() {
            self.error = Some("Type a passphrase first.".to_string());
            return;
        }
        if self.creating {
            if self.passphrase.chars().count() < MIN_PASSPHRASE {
                self.error = Some(format!(
                    "Choose a passphrase of at least {MIN_PASSPHRASE} characters; a few ordinary words work well."
                ));
                return;
            }
            if self.passphrase != self.confirm {
                self.error = Some("The two passphrases differ; type them again.".to_string());
                self.confirm.clear();
                return;
            }
        }
        self.error = None;
        let root = self.root.clone();
        let passphrase = std::mem::take(&mut self.passphrase);
        let creating = self.creating;
        self.task = Some(Task::spawn(ctx, "unlock", move || {
            let workspace = if creating {
                let workspace = Workspace::create(&root, &passphrase)?;
                sample::add_sample_client(&workspace)?;
                workspace
            } else {
                Workspace::open(&root, &passphrase)?
            };
            Ok(Unlocked {
                clients: workspace.clients()?,
                interrupted: workspace.interrupted(),
                workspace,
            })
        }));
    }
}
