//! The clients column: who is rehearsing, their statement, their sessions.
//! Every read and write runs on a worker thread.

use crate::rehearsal::Session;
use crate::scenario::Jurisdiction;
use crate::statement::Statement;
use crate::store::{CLIENT_FORMAT_VERSION, Client, ClientSummary, SessionDir, Workspace};

use super::tasks::{Task, take_done};
use super::theme;

/// What the clients column asks the app to do.
pub enum ClientsAction {
    Review(Box<(SessionDir, Session)>),
    Progress(String),
}

/// Editing or creating a client.
pub struct ClientForm {
    pub client: Client,
    pub statement: String,
    pub import_path: String,
    loading: Option<Task<Result<Option<String>, String>>>,
    importing: Option<Task<Result<String, String>>>,
    error: Option<String>,
}

type Sessions = Vec<(SessionDir, Session)>;

#[derive(Default)]
pub struct ClientsPanel {
    pub clients: Vec<ClientSummary>,
    pub selected: Option<String>,
    pub form: Option<ClientForm>,
    sessions: Sessions,
    sessions_task: Option<Task<Sessions>>,
    saving: Option<Task<Result<Vec<ClientSummary>, String>>>,
    confirm_delete: bool,
    error: Option<String>,
}

impl ClientsPanel {
    pub fn new(clients: Vec<ClientSummary>) -> ClientsPanel {
        let selected = clients.first().map(|c| c.client.id.clone());
        ClientsPanel {
            clients,
            selected,
            ..Default::default()
        }
    }

    pub fn selected_client(&self) -> Option<&Client> {
        let id = self.selected.as_ref()?;
        self.clients.iter().map(|c| &c.client).find(|c| &c.id == id)
    }

    /// Loads the selected client's sessions again (after a rehearsal).
    pub fn refresh_sessions(&mut self, ctx: &egui::Context, workspace: &Workspace) {
        if let Some(id) = self.selected.clone() {
            let workspace = workspace.clone();
            self.sessions_task = Some(Task::spawn(ctx, "load-sessions", move || {
                workspace.sessions(&id)
            }));
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace) -> Option<ClientsAction> {
        let mut action = None;
        if let Some(done) = take_done(&mut self.sessions_task) {
            self.sessions = done.unwrap_or_default();
        }
        match take_done(&mut self.saving) {
            Some(Ok(Ok(clients))) => {
                self.clients = clients;
                if self
                    .selected
                    .as_ref()
                    .is_some_and(|id| !self.clients.iter().any(|c| &c.client.id == id))
                {
                    self.selected = self.clients.first().map(|c| c.client.id.clone());
                }
                self.refresh_sessions(ui.ctx(), workspace);
            }
            Some(Ok(Err(e))) | Some(Err(e)) => self.error = Some(e),
            None => {}
        }
        ui.add_space(6.0);
        ui.heading("Clients");
        if ui.button("New client").clicked() {
            self.form = Some(ClientForm::new(None));
        }
        ui.separator();
        let mut picked = None;
        for summary in &self.clients {
            let client = &summary.client;
            let label = format!(
                "{}\n{} · {} session(s)",
                client.alias,
                client
                    .jurisdiction
                    .map_or("any interview", Jurisdiction::label),
                summary.sessions
            );
            if ui
                .selectable_label(self.selected.as_ref() == Some(&client.id), label)
                .clicked()
            {
                picked = Some(client.id.clone());
            }
        }
        if let Some(id) = picked {
            self.selected = Some(id);
            self.confirm_delete = false;
            self.sessions.clear();
            self.refresh_sessions(ui.ctx(), workspace);
        }
        let client = self.selected_client().cloned()?;
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            if ui.button("Edit").clicked() {
                let mut form = ClientForm::new(Some(client.clone()));
                form.load_statement(ui.ctx(), workspace);
                self.form = Some(form);
            }
            if ui.button("Progress").clicked() {
                action = Some(ClientsAction::Progress(client.id.clone()));
            }
            if ui.button("Delete…").clicked() {
                self.confirm_delete = true;
            }
        });
        if self.confirm_delete {
            ui.colored_label(
                theme::WARNING,
                format!(
                    "Delete {} and every statement, recording and note of theirs? This cannot be undone.",
                    client.alias
                ),
            );
            ui.horizontal(|ui| {
                if ui.button("Yes, delete everything").clicked() {
                    self.confirm_delete = false;
                    let workspace = workspace.clone();
                    let id = client.id.clone();
                    self.saving = Some(Task::spawn(ui.ctx(), "delete-client", move || {
                        workspace.delete_client(&id).map_err(|e| e.to_string())?;
                        workspace.clients().map_err(|e| e.to_string())
                    }));
                }
                if ui.button("Keep").clicked() {
                    self.confirm_delete = false;
                }
            });
        }
        ui.add_space(6.0);
        ui.label(egui::RichText::new("Sessions").strong());
        if self.sessions_task.is_some() {
            ui.spinner();
        } else if self.sessions.is_empty() {
            ui.label(egui::RichText::new("No rehearsals yet.").color(theme::MUTED));
        }
        egui::ScrollArea::vertical()
            .id_salt("client-sessions")
            .show(ui, |ui| {
                for (dir, session) in self.sessions.iter().rev() {
                    let when = session
                        .started_at
                        .get(..16)
                        .unwrap_or(&session.started_at)
                        .replace('T', " ");
                    let status = if session.finished_at.is_some() {
                        ""
                    } else {
                        " (interrupted)"
                    };
                    let text = format!(
                        "{when}{status}\n{} · {} finding(s)",
                        session.scenario_title,
                        session.findings().count()
                    );
                    if ui.button(text).on_hover_text("Open the review").clicked() {
                        action = Some(ClientsAction::Review(Box::new((
                            dir.clone(),
                            session.clone(),
                        ))));
                    }
                }
            });
        if let Some(error) = &self.error {
            ui.colored_label(theme::WARNING, error);
        }
        action
    }

    /// The client form, drawn in the main area while open.
    pub fn form_ui(&mut self, ui: &mut egui::Ui, workspace: &Workspace) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        if let Some(done) = take_done(&mut form.loading) {
            match done {
                Ok(Ok(Some(text))) => form.statement = text,
                Ok(Ok(None)) => {}
                Ok(Err(e)) | Err(e) => form.error = Some(e),
            }
        }
        if let Some(done) = take_done(&mut form.importing) {
            match done {
                Ok(Ok(text)) => {
                    form.statement = text;
                    form.error = None;
                }
                Ok(Err(e)) | Err(e) => form.error = Some(e),
            }
        }
        let mut close = false;
        let mut save = false;
        egui::ScrollArea::vertical().id_salt("client-form").show(ui, |ui| {
            ui.heading(if form.client.alias.is_empty() { "New client" } else { "Client" });
            egui::Grid::new("client-fields").num_columns(2).show(ui, |ui| {
                let label = ui.label("Name or alias");
                ui.add(egui::TextEdit::singleline(&mut form.client.alias).hint_text("e.g. Ana M."))
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label("Interview language");
                ui.add(
                    egui::TextEdit::singleline(&mut form.client.language)
                        .hint_text("en, es, ar, …")
                        .desired_width(80.0),
                )
                .labelled_by(label.id);
                ui.end_row();
                ui.label("");
                egui::ComboBox::from_label("Interview")
                    .selected_text(form.client.jurisdiction.map_or("any", Jurisdiction::label))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut form.client.jurisdiction, None, "any");
                        for j in Jurisdiction::ALL {
                            ui.selectable_value(&mut form.client.jurisdiction, Some(j), j.label());
                        }
                    });
                ui.end_row();
            });
            if let Some(note) = crate::speech::languages::language_note(form.client.language.trim()) {
                ui.colored_label(theme::WARNING, note);
            }
            ui.add_space(6.0);
            let statement_label =
                ui.label(egui::RichText::new("Prior written statement (the declaration)").strong());
            ui.label(
                egui::RichText::new("Paste it below, or import a plain-text file. Numbered paragraphs are kept for citing.")
                    .color(theme::MUTED),
            );
            ui.horizontal(|ui| {
                let label = ui.label("Import from");
                ui.add(
                    egui::TextEdit::singleline(&mut form.import_path)
                        .hint_text("/path/to/declaration.txt")
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
                if ui.button("Import file").clicked() {
                    let path = std::path::PathBuf::from(form.import_path.trim());
                    form.importing = Some(Task::spawn(ui.ctx(), "import-statement", move || {
                        let bytes = std::fs::read(&path)
                            .map_err(|e| format!("Cannot read {}: {e}. Check the path.", path.display()))?;
                        Statement::from_bytes(&bytes).map_err(|e| format!("{e}"))?;
                        String::from_utf8(bytes).map_err(|_| {
                            "The file is not plain text; save the declaration as .txt and import it again.".to_string()
                        })
                    }));
                }
            });
            ui.add(
                egui::TextEdit::multiline(&mut form.statement)
                    .desired_rows(14)
                    .desired_width(f32::INFINITY)
                    .hint_text("1. My name is …"),
            )
            .labelled_by(statement_label.id);
            if let Some(error) = &form.error {
                ui.colored_label(theme::WARNING, error);
            }
            ui.horizontal(|ui| {
                if ui.button(egui::RichText::new("Save client").strong()).clicked() {
                    save = true;
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if save {
            if form.client.alias.trim().is_empty() {
                form.error = Some("Give the client a name or alias first.".to_string());
            } else if !form.statement.trim().is_empty()
                && let Err(e) = Statement::parse(&form.statement)
            {
                form.error = Some(e.to_string());
            } else {
                let mut client = form.client.clone();
                client.alias = client.alias.trim().to_string();
                client.language = client.language.trim().to_lowercase();
                if client.language.is_empty() {
                    client.language = "en".to_string();
                }
                let statement = form.statement.clone();
                let workspace = workspace.clone();
                self.selected = Some(client.id.clone());
                self.saving = Some(Task::spawn(ui.ctx(), "save-client", move || {
                    workspace.save_client(&client).map_err(|e| e.to_string())?;
                    if !statement.trim().is_empty() {
                        workspace
                            .save_statement(&client.id, &statement)
                            .map_err(|e| e.to_string())?;
                    }
                    workspace.clients().map_err(|e| e.to_string())
                }));
                close = true;
            }
        }
        if close {
            self.form = None;
        }
    }
}

impl ClientForm {
    fn new(client: Option<Client>) -> ClientForm {
        ClientForm {
            client: client.unwrap_or_else(|| Client {
                format_version: CLIENT_FORMAT_VERSION,
                id: Workspace::new_id("c"),
                alias: String::new(),
                language: "en".to_string(),
                jurisdiction: None,
                created_at: crate::headless::now_rfc3339(),
                sample: false,
            }),
            statement: String::new(),
            import_path: String::new(),
            loading: None,
            importing: None,
            error: None,
        }
    }

    fn load_statement(&mut self, ctx: &egui::Context, workspace: &Workspace) {
        let workspace = workspace.clone();
        let id = self.client.id.clone();
        self.loading = Some(Task::spawn(ctx, "load-statement", move || {
            workspace.statement(&id).map_err(|e| e.to_string())
        }));
    }
}
