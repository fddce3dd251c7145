//! The app's root: runtime state apart from the screens, the top bar with the
//! screens and settings, the care note, and the background work that every
//! screen shares (unlocking, the speech model, fonts, the idle lock).
//!
//! Screens return what they want done; the app applies it at the end of the
//! frame. The UI thread never waits on audio, models or disk.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::consistency::Checker;
use crate::headless::now_rfc3339;
use crate::rehearsal::{Rehearsal, Session};
use crate::scenario::Scenario;
use crate::speech::store as models;
use crate::speech::transcribe::Transcriber;
use crate::statement::Statement;
use crate::store::{Client, Interrupted, PartialAnswer, SessionDir, Workspace};

use super::clients::{ClientsAction, ClientsPanel};
use super::editor::EditorScreen;
use super::library::LibraryScreen;
use super::progress::ProgressScreen;
use super::rehearsal::{RehearsalAction, RehearsalScreen};
use super::review::ReviewScreen;
use super::tasks::{Task, take_done};
use super::theme;
use super::unlock::{UnlockScreen, Unlocked};

/// Where the app keeps things and what it starts in the background.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The encrypted workspace.
    pub workspace_root: PathBuf,
    /// The trainer's own scenarios.
    pub scenarios_dir: Option<PathBuf>,
    /// Load the speech model at start (tests that type answers turn it off).
    pub load_speech: bool,
    /// Load the system fonts for other scripts at start.
    pub load_fonts: bool,
    /// For snapshot tests: a fixed clock and no idle lock, so images are stable.
    pub snapshot_mode: bool,
}

impl AppConfig {
    /// The app's data directory (or `MOCK_HEARING_DATA_DIR`).
    pub fn from_environment() -> AppConfig {
        let data = models::data_dir().unwrap_or_else(|_| std::env::temp_dir().join("mock-hearing"));
        AppConfig {
            workspace_root: data.join("workspace"),
            scenarios_dir: Some(data.join("scenarios")),
            load_speech: true,
            load_fonts: true,
            snapshot_mode: false,
        }
    }
}

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Unlock,
    Library,
    Rehearsal,
    Review,
    Progress,
    Editor,
}

/// The speech model, loaded on a worker thread.
enum Model {
    Off,
    Loading(Task<Result<Arc<Transcriber>, String>>),
    Ready(Arc<Transcriber>),
    Missing(String),
}

/// Settings the user changes in the top bar.
#[derive(Debug, Clone)]
pub struct Settings {
    pub large_text: bool,
    /// Lock after this many minutes without input (0: never).
    pub lock_after_minutes: u32,
}

/// A rehearsal being prepared (session folder, statement, checker) on a worker.
struct Prepared {
    rehearsal: Rehearsal,
    dir: SessionDir,
    checker: Option<Arc<Checker>>,
    client: Client,
    partial: Option<PartialAnswer>,
}

/// A session read for review: its folder, record and statement.
type OpenedSession = (SessionDir, Session, Option<String>);

/// The whole app's runtime state.
pub struct App {
    config: AppConfig,
    screen: Screen,
    unlock: UnlockScreen,
    workspace: Option<Workspace>,
    clients: ClientsPanel,
    library: LibraryScreen,
    rehearsal: Option<RehearsalScreen>,
    review: Option<ReviewScreen>,
    progress: Option<ProgressScreen>,
    editor: EditorScreen,
    model: Model,
    fonts: Option<Task<(egui::FontDefinitions, Vec<&'static str>)>>,
    pub settings: Settings,
    interrupted: Vec<Interrupted>,
    preparing: Option<Task<Result<Prepared, String>>>,
    opening_review: Option<Task<Result<OpenedSession, String>>>,
    notice: Option<String>,
    last_input: Instant,
    started: bool,
    /// When the first frame was drawn and when the speech model was ready.
    first_frame_at: Option<Instant>,
    model_ready_at: Option<Instant>,
    /// The scripts whose fonts were found and installed, once loaded.
    font_scripts: Option<Vec<&'static str>>,
}

impl App {
    pub fn new(config: AppConfig) -> App {
        App {
            unlock: UnlockScreen::new(&config.workspace_root),
            library: LibraryScreen::new(config.scenarios_dir.clone()),
            editor: EditorScreen::new(config.scenarios_dir.clone()),
            config,
            screen: Screen::Unlock,
            workspace: None,
            clients: ClientsPanel::default(),
            rehearsal: None,
            review: None,
            progress: None,
            model: Model::Off,
            fonts: None,
            settings: Settings {
                large_text: false,
                lock_after_minutes: 10,
            },
            interrupted: Vec::new(),
            preparing: None,
            opening_review: None,
            notice: None,
            last_input: Instant::now(),
            started: false,
            first_frame_at: None,
            model_ready_at: None,
            font_scripts: None,
        }
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn library(&self) -> &LibraryScreen {
        &self.library
    }

    pub fn rehearsal(&self) -> Option<&RehearsalScreen> {
        self.rehearsal.as_ref()
    }

    pub fn review(&self) -> Option<&ReviewScreen> {
        self.review.as_ref()
    }

    pub fn editor(&self) -> &EditorScreen {
        &self.editor
    }

    pub fn editor_mut(&mut self) -> &mut EditorScreen {
        &mut self.editor
    }

    pub fn clients(&self) -> &ClientsPanel {
        &self.clients
    }

    pub fn interrupted(&self) -> &[Interrupted] {
        &self.interrupted
    }

    /// Whether the speech model is still loading.
    pub fn model_loading(&self) -> bool {
        matches!(self.model, Model::Loading(_))
    }

    /// The scripts with a font, once the fonts have loaded.
    pub fn font_scripts(&self) -> Option<&[&'static str]> {
        self.font_scripts.as_deref()
    }

    /// When the first frame was drawn and when the speech model became ready.
    pub fn first_frame_and_model_ready(&self) -> (Option<Instant>, Option<Instant>) {
        (self.first_frame_at, self.model_ready_at)
    }

    /// Starts the background work of the first frame.
    fn start(&mut self, ctx: &egui::Context) {
        self.started = true;
        theme::apply(ctx);
        if self.config.load_speech {
            self.model = Model::Loading(Task::spawn(ctx, "load-model", || {
                let path = models::resolve(None).map_err(|e| e.to_string())?;
                Transcriber::load(&path)
                    .map(Arc::new)
                    .map_err(|e| e.to_string())
            }));
        }
        if self.config.load_fonts {
            self.fonts = Some(Task::spawn(ctx, "load-fonts", super::fonts::load));
        }
    }

    fn model_note(&self) -> String {
        match &self.model {
            Model::Off => "Speech recognition is off; type the answers.".to_string(),
            Model::Loading(_) => "The speech model is loading…".to_string(),
            Model::Ready(_) => "Speech recognition is ready.".to_string(),
            Model::Missing(e) => format!("{e} Until then you can type the answers."),
        }
    }

    fn poll(&mut self, ctx: &egui::Context) {
        if let Model::Loading(task) = &self.model
            && let Some(done) = task.poll()
        {
            self.model = match done {
                Ok(Ok(model)) => {
                    self.model_ready_at = Some(Instant::now());
                    Model::Ready(model)
                }
                Ok(Err(e)) | Err(e) => Model::Missing(e),
            };
        }
        if let Some(Ok((fonts, scripts))) = take_done(&mut self.fonts) {
            ctx.set_fonts(fonts);
            self.font_scripts = Some(scripts);
        }
        match take_done(&mut self.preparing) {
            Some(Ok(Ok(prepared))) => {
                let mut screen = RehearsalScreen::new(
                    prepared.rehearsal,
                    prepared.dir,
                    prepared.checker,
                    &prepared.client.alias,
                    &prepared.client.language,
                    ctx,
                );
                screen.offer_recovered(prepared.partial);
                screen.frozen_clock = self.config.snapshot_mode;
                self.rehearsal = Some(screen);
                self.screen = Screen::Rehearsal;
            }
            Some(Ok(Err(e))) | Some(Err(e)) => self.notice = Some(e),
            None => {}
        }
        match take_done(&mut self.opening_review) {
            Some(Ok(Ok((dir, session, statement)))) => {
                self.review = Some(ReviewScreen::new(dir, session, statement, ctx));
                self.screen = Screen::Review;
            }
            Some(Ok(Err(e))) | Some(Err(e)) => self.notice = Some(e),
            None => {}
        }
        // The idle lock.
        if ctx.input(|i| !i.events.is_empty() || i.pointer.is_moving()) {
            self.last_input = Instant::now();
        }
        let limit = Duration::from_secs(u64::from(self.settings.lock_after_minutes) * 60);
        if self.workspace.is_some()
            && self.settings.lock_after_minutes > 0
            && !self.config.snapshot_mode
        {
            let busy = self
                .rehearsal
                .as_ref()
                .is_some_and(RehearsalScreen::is_busy);
            if self.last_input.elapsed() >= limit && !busy {
                self.lock();
            } else {
                ctx.request_repaint_after(Duration::from_secs(5));
            }
        }
    }

    /// Forgets the key and every open screen; the passphrase is needed again.
    pub fn lock(&mut self) {
        self.workspace = None;
        self.clients = ClientsPanel::default();
        self.rehearsal = None;
        self.review = None;
        self.progress = None;
        self.interrupted.clear();
        self.unlock.reset();
        self.screen = Screen::Unlock;
    }

    /// Draws one frame into `ui`. Tests call this directly through egui_kittest.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if !self.started {
            self.start(ui.ctx());
        }
        self.poll(ui.ctx());
        self.top_bar(ui);
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
                ui.label(egui::RichText::new(self.model_note()).small().color(theme::MUTED));
            });
        });
        match self.screen {
            Screen::Unlock => {
                egui::CentralPanel::default().show(ui, |ui| {
                    if let Some(unlocked) = self.unlock.ui(ui) {
                        self.unlocked(unlocked, ui.ctx());
                    }
                });
            }
            Screen::Library => self.library_ui(ui),
            Screen::Rehearsal => {
                let model = match &self.model {
                    Model::Ready(m) => Some(m.clone()),
                    _ => None,
                };
                let note = self.model_note();
                let mut action = None;
                egui::CentralPanel::default().show(ui, |ui| match &mut self.rehearsal {
                    Some(screen) => action = screen.ui(ui, model.as_ref(), &note),
                    None => {
                        ui.label("No rehearsal is under way. Choose an interview in the library.");
                    }
                });
                if let Some(RehearsalAction::Review(dir, session)) = action {
                    self.open_review(ui.ctx(), dir, session);
                }
            }
            Screen::Review => match &mut self.review {
                Some(screen) => screen.ui(ui),
                None => {
                    egui::CentralPanel::default().show(ui, |ui| {
                        ui.label(
                            "Open a session from a client's list in the library to review it.",
                        );
                    });
                }
            },
            Screen::Progress => {
                egui::CentralPanel::default().show(ui, |ui| match &mut self.progress {
                    Some(screen) => screen.ui(ui),
                    None => {
                        ui.label("Choose a client in the library and press Progress.");
                    }
                });
            }
            Screen::Editor => {
                if self.editor.ui(ui) {
                    self.library.reload_user();
                }
            }
        }
        self.first_frame_at.get_or_insert_with(Instant::now);
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.heading("Mock Hearing");
                if self.workspace.is_none() {
                    ui.label(
                        egui::RichText::new("Rehearse your asylum interview").color(theme::MUTED),
                    );
                    return;
                }
                ui.separator();
                let rehearsing = self
                    .rehearsal
                    .as_ref()
                    .is_some_and(RehearsalScreen::is_busy);
                for (screen, label, open) in [
                    (Screen::Library, "Library", true),
                    (Screen::Rehearsal, "Rehearsal", self.rehearsal.is_some()),
                    (Screen::Review, "Review", self.review.is_some()),
                    (Screen::Progress, "Progress", self.progress.is_some()),
                    (Screen::Editor, "Scenario editor", true),
                ] {
                    let allowed = open && (!rehearsing || screen == Screen::Rehearsal);
                    if ui
                        .add_enabled(
                            allowed,
                            egui::Button::selectable(self.screen == screen, label),
                        )
                        .clicked()
                    {
                        self.screen = screen;
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .add_enabled(!rehearsing, egui::Button::new("Lock"))
                        .on_hover_text("Lock now; the passphrase is needed to come back.")
                        .clicked()
                    {
                        self.lock();
                        return;
                    }
                    if ui
                        .toggle_value(&mut self.settings.large_text, "Large text")
                        .changed()
                    {
                        theme::set_large_text(ui.ctx(), self.settings.large_text);
                    }
                });
            });
        });
    }

    fn library_ui(&mut self, ui: &mut egui::Ui) {
        let Some(workspace) = self.workspace.clone() else {
            self.screen = Screen::Unlock;
            return;
        };
        let mut clients_action = None;
        egui::Panel::left("clients")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| clients_action = self.clients.ui(ui, &workspace));
        egui::Panel::left("interviews")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| self.library.list_ui(ui));
        let mut start = None;
        let mut recover = None;
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(first) = self.interrupted.first().cloned() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new("An interrupted rehearsal was found").strong());
                    ui.label(format!(
                        "{} · {} answer(s) saved · started {}",
                        first.session.scenario_title,
                        first.session.exchanges.len(),
                        first.session.started_at.replace('T', " ")
                    ));
                    ui.horizontal(|ui| {
                        if ui
                            .add(theme::primary_button("Recover and continue"))
                            .clicked()
                        {
                            recover = Some(first.clone());
                        }
                        if ui.button("Not now").clicked() {
                            self.interrupted.remove(0);
                        }
                    });
                });
                ui.add_space(8.0);
            }
            if self.preparing.is_some() || self.opening_review.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Opening…");
                });
            }
            if let Some(notice) = &self.notice {
                ui.colored_label(theme::WARNING, notice);
            }
            if self.clients.form.is_some() {
                self.clients.form_ui(ui, &workspace);
            } else {
                let client = self.clients.selected_client().map(|c| c.alias.clone());
                start = self.library.preview_ui(ui, client.as_deref());
            }
        });
        if let Some(interrupted) = recover {
            self.interrupted
                .retain(|i| i.session.id != interrupted.session.id);
            self.recover(ui.ctx(), interrupted);
        }
        if let Some(scenario) = start
            && let Some(client) = self.clients.selected_client().cloned()
        {
            self.start_rehearsal(ui.ctx(), &workspace, client, scenario);
        }
        match clients_action {
            Some(ClientsAction::Review(opened)) => {
                let (dir, session) = *opened;
                self.open_review(ui.ctx(), dir, session)
            }
            Some(ClientsAction::Progress(id)) => {
                let alias = self
                    .clients
                    .selected_client()
                    .map(|c| c.alias.clone())
                    .unwrap_or_default();
                self.progress = Some(ProgressScreen::new(ui.ctx(), &workspace, &id, &alias));
                self.screen = Screen::Progress;
            }
            None => {}
        }
    }

    fn unlocked(&mut self, unlocked: Unlocked, ctx: &egui::Context) {
        self.clients = ClientsPanel::new(unlocked.clients);
        self.clients.refresh_sessions(ctx, &unlocked.workspace);
        self.interrupted = unlocked.interrupted;
        self.workspace = Some(unlocked.workspace);
        self.screen = Screen::Library;
        self.last_input = Instant::now();
    }

    fn start_rehearsal(
        &mut self,
        ctx: &egui::Context,
        workspace: &Workspace,
        client: Client,
        scenario: Scenario,
    ) {
        let workspace = workspace.clone();
        self.notice = None;
        let (started_at, seed) = if self.config.snapshot_mode {
            ("2026-01-05T09:00:00Z".to_string(), 1)
        } else {
            (
                now_rfc3339(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(1),
            )
        };
        self.preparing = Some(Task::spawn(ctx, "prepare-rehearsal", move || {
            let session_id = Workspace::new_id("s");
            let dir = workspace
                .session_dir(&client.id, &session_id)
                .map_err(|e| e.to_string())?;
            let statement = workspace.statement(&client.id).map_err(|e| e.to_string())?;
            if let Some(text) = &statement {
                dir.save_statement(text).map_err(|e| e.to_string())?;
            }
            let ron = ron::ser::to_string_pretty(&scenario, ron::ser::PrettyConfig::default())
                .map_err(|e| format!("cannot keep the scenario with the session: {e}"))?;
            dir.save_scenario(&ron).map_err(|e| e.to_string())?;
            let mut rehearsal = Rehearsal::new(scenario, seed, &session_id, &started_at);
            rehearsal.session_mut().client = Some(client.alias.clone());
            dir.save(rehearsal.session()).map_err(|e| e.to_string())?;
            let checker = statement
                .as_deref()
                .and_then(|text| Statement::parse(text).ok())
                .map(|s| Arc::new(Checker::new(s)));
            Ok(Prepared {
                rehearsal,
                dir,
                checker,
                client,
                partial: None,
            })
        }));
    }

    fn recover(&mut self, ctx: &egui::Context, interrupted: Interrupted) {
        let client = self
            .clients
            .clients
            .iter()
            .map(|c| c.client.clone())
            .find(|c| c.id == interrupted.client_id);
        let Some(client) = client else {
            self.notice = Some("The client of that rehearsal no longer exists.".to_string());
            return;
        };
        self.preparing = Some(Task::spawn(ctx, "recover-rehearsal", move || {
            let (rehearsal, partial) = interrupted.recover().map_err(|e| e.to_string())?;
            let checker = interrupted
                .dir
                .load_statement()
                .map_err(|e| e.to_string())?
                .as_deref()
                .and_then(|text| Statement::parse(text).ok())
                .map(|s| Arc::new(Checker::new(s)));
            Ok(Prepared {
                rehearsal,
                dir: interrupted.dir,
                checker,
                client,
                partial,
            })
        }));
    }

    fn open_review(&mut self, ctx: &egui::Context, dir: SessionDir, session: Session) {
        if let Some(workspace) = &self.workspace {
            self.clients.refresh_sessions(ctx, workspace);
        }
        self.opening_review = Some(Task::spawn(ctx, "open-review", move || {
            let statement = dir.load_statement().map_err(|e| e.to_string())?;
            // The newest saved state (notes may have been added since the list was read).
            let session = dir.load().unwrap_or(session);
            Ok((dir, session, statement))
        }));
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
