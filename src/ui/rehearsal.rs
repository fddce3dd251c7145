//! The rehearsal screen, what the client and the volunteer see: the officer's
//! question, large; one big record button (Space); a level meter; a timer; the
//! transcript growing as the client speaks; Take a break, Skip, "I don't
//! remember"; a typed answer when there is no microphone.
//!
//! The flow is `rehearsal::Rehearsal`; this screen only shows it and sends it
//! answers. Capture, transcription, checking and saving all run on worker
//! threads; a frame never waits for them.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::audio::engine::{EngineCommand, EngineEvent, RecordingEngine};
use crate::consistency::Checker;
use crate::headless::{now_rfc3339, spoken_answer};
use crate::rehearsal::{Answer, Phase, Rehearsal, SavedFinding, Session, check_answer};
use crate::speech::stream::{StreamEvent, StreamingTranscriber};
use crate::speech::transcribe::{Options, Transcriber, default_threads};
use crate::store::{PartialAnswer, SessionDir};

use super::saver::Saver;
use super::tasks::{Task, take_done};
use super::theme;

/// The longest answer recorded, in seconds.
const MAX_ANSWER_SECONDS: f64 = 600.0;

/// An answer, transcribed and checked, ready for the flow.
struct CheckedAnswer {
    answer: Answer,
    score: Option<f64>,
    findings: Vec<SavedFinding>,
}

/// A recording under way.
struct Live {
    engine: RecordingEngine,
    stream: Option<StreamingTranscriber>,
    audio_name: String,
    samples: Vec<f32>,
    partial: String,
    rms_db: f32,
    paused: bool,
    stopping: bool,
    ended: Option<(f64, Option<String>)>,
}

/// What the screen asks the app to do.
pub enum RehearsalAction {
    Review(SessionDir, Session),
}

pub struct RehearsalScreen {
    rehearsal: Rehearsal,
    dir: SessionDir,
    checker: Option<Arc<Checker>>,
    language: String,
    client: String,
    saver: Saver,
    typed: String,
    live: Option<Live>,
    finishing: Option<Task<Result<CheckedAnswer, String>>>,
    question_shown: Instant,
    on_break_for: Duration,
    break_since: Option<Instant>,
    /// The volunteer's switch: show findings during the interview (off by default).
    pub live_findings: bool,
    last_findings: Vec<SavedFinding>,
    notice: Option<String>,
    recovered: Option<PartialAnswer>,
    /// Shows the timer at 0:00 (snapshot tests).
    pub frozen_clock: bool,
    /// The model of the recording under way, for translating its answer.
    model_for_finish: Option<Arc<Transcriber>>,
}

impl RehearsalScreen {
    pub fn new(
        rehearsal: Rehearsal,
        dir: SessionDir,
        checker: Option<Arc<Checker>>,
        client: &str,
        language: &str,
        ctx: &egui::Context,
    ) -> RehearsalScreen {
        let saver = Saver::start(dir.clone(), ctx);
        RehearsalScreen {
            rehearsal,
            dir,
            checker,
            language: language.to_string(),
            client: client.to_string(),
            saver,
            typed: String::new(),
            live: None,
            finishing: None,
            question_shown: Instant::now(),
            on_break_for: Duration::ZERO,
            break_since: None,
            live_findings: false,
            last_findings: Vec::new(),
            notice: None,
            recovered: None,
            model_for_finish: None,
            frozen_clock: false,
        }
    }

    /// Offers the recording recovered after a crash as the current answer.
    pub fn offer_recovered(&mut self, partial: Option<PartialAnswer>) {
        self.recovered = partial;
    }

    pub fn rehearsal(&self) -> &Rehearsal {
        &self.rehearsal
    }

    pub fn is_recording(&self) -> bool {
        self.live.is_some()
    }

    /// An answer is being transcribed or checked on a worker.
    pub fn is_finishing(&self) -> bool {
        self.finishing.is_some()
    }

    /// The transcript so far of the answer being recorded.
    pub fn partial_transcript(&self) -> &str {
        self.live.as_ref().map_or("", |l| l.partial.as_str())
    }

    /// True while a recording or an answer's processing is under way (the app
    /// then does not lock or leave the screen).
    pub fn is_busy(&self) -> bool {
        self.live.is_some() || self.finishing.is_some()
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        model: Option<&Arc<Transcriber>>,
        model_note: &str,
    ) -> Option<RehearsalAction> {
        self.poll(ui.ctx());
        if let Some(failure) = self.saver.failure() {
            self.notice = Some(format!("Saving failed: {failure}"));
        }
        if self.live.is_some() || self.finishing.is_some() || self.break_since.is_none() {
            // The timer and the meter move.
            ui.ctx().request_repaint_after(Duration::from_millis(100));
        }
        match self.rehearsal.phase() {
            Phase::Finished => return self.finished_ui(ui),
            Phase::OnBreak => {
                self.break_ui(ui);
                return None;
            }
            Phase::Asking => {}
        }
        let prompt = self.rehearsal.current().cloned()?;
        let (asked, total) = self.rehearsal.progress();
        ui.horizontal(|ui| {
            ui.label(
                egui::RichText::new(format!(
                    "{} · {} · question {asked} of {total}{} · {}",
                    self.client,
                    self.rehearsal.scenario().title,
                    if prompt.follow_up_of.is_some() {
                        " (follow-up)"
                    } else {
                        ""
                    },
                    crate::report::clock(self.answer_time())
                ))
                .color(theme::MUTED),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.checkbox(
                    &mut self.live_findings,
                    "Show findings during the interview",
                )
                .on_hover_text(
                    "For the volunteer. Off by default: findings are for the review afterwards.",
                );
            });
        });
        ui.add_space(12.0);
        ui.label(egui::RichText::new(format!("{} asks:", prompt.speaker)).color(theme::MUTED));
        ui.label(
            egui::RichText::new(&prompt.words)
                .size(28.0)
                .color(egui::Color32::from_rgb(30, 34, 40)),
        );
        if let Some(note) = &prompt.note {
            ui.label(
                egui::RichText::new(format!("For the volunteer: {note}"))
                    .small()
                    .color(theme::MUTED),
            );
        }
        ui.add_space(16.0);

        if let Some(partial) = self.recovered.clone() {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(format!(
                    "A recording of {} for this question was recovered after the app stopped.",
                    crate::report::clock(partial.seconds())
                ));
                ui.horizontal(|ui| {
                    let can = model.is_some();
                    if ui
                        .add_enabled(can, egui::Button::new("Use it as the answer"))
                        .on_disabled_hover_text(model_note)
                        .clicked()
                        && let Some(model) = model
                    {
                        self.finish_recovered(ui.ctx(), model, partial.clone());
                        self.recovered = None;
                    }
                    if ui.button("Answer again instead").clicked() {
                        self.recovered = None;
                    }
                });
            });
        }

        let typing = ui.ctx().egui_wants_keyboard_input();
        let space = !typing && ui.input(|i| i.key_pressed(egui::Key::Space));
        if self.finishing.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(egui::RichText::new("Writing down the answer…").size(18.0));
            });
        } else {
            ui.horizontal(|ui| {
                let recording = self.live.is_some();
                let label = if recording {
                    "Stop  (Space)"
                } else {
                    "Record answer  (Space)"
                };
                let fill = if recording {
                    egui::Color32::from_rgb(170, 60, 50)
                } else {
                    theme::ACCENT
                };
                let button = egui::Button::new(
                    egui::RichText::new(label)
                        .size(22.0)
                        .strong()
                        .color(egui::Color32::WHITE),
                )
                .fill(fill)
                .min_size(egui::vec2(300.0, 64.0));
                let enabled = recording || model.is_some();
                let response = ui
                    .add_enabled(enabled, button)
                    .on_disabled_hover_text(model_note);
                if (response.clicked() || (space && enabled))
                    && !self.live.as_ref().is_some_and(|l| l.stopping)
                {
                    if recording {
                        self.stop_recording();
                    } else if let Some(model) = model {
                        self.start_recording(model);
                    }
                }
                if let Some(live) = &mut self.live {
                    let label = if live.paused { "Resume" } else { "Pause" };
                    if ui.button(label).clicked() {
                        live.paused = !live.paused;
                        live.engine.send(if live.paused {
                            EngineCommand::Pause
                        } else {
                            EngineCommand::Resume
                        });
                    }
                }
            });
            if model.is_none() {
                ui.label(egui::RichText::new(model_note).color(theme::MUTED));
            }
        }
        if let Some(live) = &self.live {
            let level = ((live.rms_db + 60.0) / 60.0).clamp(0.0, 1.0);
            ui.add(
                egui::ProgressBar::new(level)
                    .desired_width(300.0)
                    .text(if live.paused {
                        "paused"
                    } else {
                        "microphone level"
                    }),
            );
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_min_height(60.0);
                ui.set_width(ui.available_width());
                if live.partial.is_empty() {
                    ui.label(
                        egui::RichText::new("The words appear here as you speak…")
                            .color(theme::MUTED),
                    );
                } else {
                    ui.label(egui::RichText::new(&live.partial).size(18.0));
                }
            });
        }
        ui.add_space(12.0);
        let idle = self.live.is_none() && self.finishing.is_none();
        ui.horizontal(|ui| {
            if ui.button("Take a break").clicked() {
                if let Some(live) = &mut self.live
                    && !live.paused
                {
                    live.paused = true;
                    live.engine.send(EngineCommand::Pause);
                }
                self.rehearsal.take_break();
                self.break_since = Some(Instant::now());
                self.saver.save(self.rehearsal.session());
            }
            if ui
                .add_enabled(idle, egui::Button::new("Skip this question"))
                .clicked()
            {
                self.rehearsal.skip();
                self.after_answer(Vec::new());
            }
            if ui
                .add_enabled(idle, egui::Button::new("I don't remember"))
                .clicked()
            {
                self.rehearsal.dont_remember();
                self.after_answer(Vec::new());
            }
            if ui
                .add_enabled(idle, egui::Button::new("End the interview"))
                .clicked()
            {
                self.rehearsal.finish(&now_rfc3339());
                self.saver.save(self.rehearsal.session());
            }
        });
        ui.add_space(12.0);
        egui::CollapsingHeader::new("Type the answer instead")
            .default_open(model.is_none())
            .show(ui, |ui| {
                let label = ui.label("The answer, typed");
                ui.add(
                    egui::TextEdit::multiline(&mut self.typed)
                        .id_salt("typed-answer")
                        .desired_rows(4)
                        .desired_width(f32::INFINITY)
                        .hint_text("Type the answer here"),
                )
                .labelled_by(label.id);
                let submit_keys = ui.input(|i| i.modifiers.ctrl && i.key_pressed(egui::Key::Enter));
                if (ui
                    .add_enabled(
                        idle && !self.typed.trim().is_empty(),
                        egui::Button::new("Submit typed answer"),
                    )
                    .clicked()
                    || (submit_keys && idle && !self.typed.trim().is_empty()))
                    && let Some(prompt) = self.rehearsal.current()
                {
                    let answer = Answer::typed(&self.typed);
                    self.typed.clear();
                    let checker = self.checker.clone();
                    let words = prompt.words.clone();
                    self.finishing = Some(Task::spawn(ui.ctx(), "check-answer", move || {
                        Ok(checked(checker.as_deref(), &words, answer))
                    }));
                }
            });
        if self.live_findings && !self.last_findings.is_empty() {
            ui.add_space(8.0);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(
                    egui::RichText::new("Differences from the statement in the last answer")
                        .strong(),
                );
                for finding in &self.last_findings {
                    ui.label(format!(
                        "{} ({}): {}",
                        finding.kind, finding.severity, finding.explanation
                    ));
                }
            });
        }
        if let Some(notice) = &self.notice {
            ui.add_space(8.0);
            ui.colored_label(theme::WARNING, notice);
        }
        None
    }

    fn answer_time(&self) -> f64 {
        if self.frozen_clock {
            return 0.0;
        }
        let break_now = self.break_since.map_or(Duration::ZERO, |t| t.elapsed());
        self.question_shown
            .elapsed()
            .saturating_sub(self.on_break_for + break_now)
            .as_secs_f64()
    }

    fn break_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(80.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new("Take all the time you need.").size(30.0));
            ui.add_space(10.0);
            ui.label(
                egui::RichText::new(
                    "Breathe slowly. Have some water. Stand up and stretch if you like. \
                     The question will wait, and nothing you said is lost.",
                )
                .size(18.0)
                .color(theme::MUTED),
            );
            ui.add_space(30.0);
            if ui
                .add(theme::primary_button("I'm ready to continue"))
                .clicked()
            {
                if let Some(since) = self.break_since.take() {
                    self.on_break_for += since.elapsed();
                }
                self.rehearsal.end_break();
            }
        });
    }

    fn finished_ui(&mut self, ui: &mut egui::Ui) -> Option<RehearsalAction> {
        let mut action = None;
        ui.add_space(60.0);
        ui.vertical_centered(|ui| {
            ui.label(egui::RichText::new("The interview is over. Thank you.").size(30.0));
            ui.add_space(8.0);
            let session = self.rehearsal.session();
            ui.label(
                egui::RichText::new(format!(
                    "{} question(s) asked. Everything is saved and encrypted on this computer.",
                    session.exchanges.len()
                ))
                .color(theme::MUTED),
            );
            ui.label(
                egui::RichText::new(
                    "Go through the answers together with the lawyer. A difference from the statement is \
                     something to talk about, not a judgement.",
                )
                .color(theme::MUTED),
            );
            ui.add_space(20.0);
            if ui.add(theme::primary_button("Review this session")).clicked() {
                action = Some(RehearsalAction::Review(self.dir.clone(), session.clone()));
            }
        });
        action
    }

    fn start_recording(&mut self, model: &Arc<Transcriber>) {
        let number = self.rehearsal.current_number();
        let Some(prompt) = self.rehearsal.current() else {
            return;
        };
        let audio_name = self.dir.audio_name(number, &prompt.question_id);
        let dir = self.dir.clone();
        let name = audio_name.clone();
        let engine = RecordingEngine::start_into(
            &self.dir.audio_path(&audio_name),
            move || dir.audio_sink(&name),
            None,
            MAX_ANSWER_SECONDS,
        );
        let options = Options {
            language: Some(self.language.clone()).filter(|l| !l.is_empty()),
            translate: false,
            threads: default_threads(),
        };
        self.notice = None;
        self.live = Some(Live {
            engine,
            stream: Some(StreamingTranscriber::start(model.clone(), options)),
            audio_name,
            samples: Vec::new(),
            partial: String::new(),
            rms_db: -120.0,
            paused: false,
            stopping: false,
            ended: None,
        });
        self.model_for_finish = Some(model.clone());
    }

    fn stop_recording(&mut self) {
        if let Some(live) = &mut self.live {
            live.stopping = true;
            live.engine.send(EngineCommand::Stop);
        }
    }

    /// Drains the workers' channels; never waits.
    fn poll(&mut self, ctx: &egui::Context) {
        if let Some(live) = &mut self.live {
            while let Ok(event) = live.engine.events.try_recv() {
                match event {
                    EngineEvent::Started { .. } => {}
                    EngineEvent::Level { rms_db, .. } => live.rms_db = rms_db,
                    EngineEvent::Samples(samples) => {
                        if let Some(stream) = &live.stream {
                            stream.push(&samples);
                        }
                        live.samples.extend_from_slice(&samples);
                    }
                    EngineEvent::Ended {
                        seconds, reason, ..
                    } => live.ended = Some((seconds, reason)),
                }
            }
            if let Some(stream) = &live.stream {
                while let Some(event) = stream.try_event() {
                    if let StreamEvent::Partial(text) = event {
                        live.partial = text;
                    }
                }
            }
        }
        if self.live.as_ref().is_some_and(|l| l.ended.is_some())
            && let Some(mut live) = self.live.take()
        {
            let (seconds, reason) = live.ended.take().unwrap_or((0.0, None));
            if seconds <= 0.05 {
                self.notice = Some(match reason {
                    Some(reason) => format!(
                        "Recording could not start: {reason}. Check that a microphone is connected, or type the answer below."
                    ),
                    None => {
                        "Nothing was recorded. Try again, or type the answer below.".to_string()
                    }
                });
            } else {
                if let Some(reason) = reason {
                    self.notice = Some(format!("{reason}."));
                }
                self.finish_live(ctx, live);
            }
        }
        match take_done(&mut self.finishing) {
            Some(Ok(Ok(done))) => {
                self.rehearsal
                    .answer(done.answer, done.score, done.findings.clone());
                self.after_answer(done.findings);
            }
            Some(Ok(Err(e))) | Some(Err(e)) => self.notice = Some(e),
            None => {}
        }
    }

    fn after_answer(&mut self, findings: Vec<SavedFinding>) {
        self.last_findings = findings;
        self.question_shown = Instant::now();
        self.on_break_for = Duration::ZERO;
        if self.rehearsal.phase() == Phase::Finished {
            self.rehearsal.finish(&now_rfc3339());
        }
        self.saver.save(self.rehearsal.session());
    }

    /// Finishes the streaming transcript on a worker, translates when the
    /// answer was not in English, and checks it.
    fn finish_live(&mut self, ctx: &egui::Context, mut live: Live) {
        let Some(prompt) = self.rehearsal.current() else {
            return;
        };
        let words = prompt.words.clone();
        let checker = self.checker.clone();
        let stream = live.stream.take();
        let model = self.model_for_finish.clone();
        let audio = live.audio_name.clone();
        let samples = std::mem::take(&mut live.samples);
        self.finishing = Some(Task::spawn(ctx, "finish-answer", move || {
            drop(live.engine);
            let Some(stream) = stream else {
                return Err("the speech model is not loaded".to_string());
            };
            let (mut transcript, _) = stream.finish().map_err(|e| e.to_string())?;
            if transcript.language != "en"
                && !transcript.text.is_empty()
                && let Some(model) = &model
                && model.is_multilingual()
            {
                let options = Options {
                    language: Some(transcript.language.clone()),
                    translate: true,
                    threads: default_threads(),
                };
                if let Ok(english) = model.transcribe(&samples, &options) {
                    transcript.translation = english.translation.or(Some(english.text));
                }
            }
            Ok(checked(
                checker.as_deref(),
                &words,
                spoken_answer(&transcript, Some(audio)),
            ))
        }));
    }

    fn finish_recovered(
        &mut self,
        ctx: &egui::Context,
        model: &Arc<Transcriber>,
        partial: PartialAnswer,
    ) {
        let Some(prompt) = self.rehearsal.current() else {
            return;
        };
        let words = prompt.words.clone();
        let checker = self.checker.clone();
        let model = model.clone();
        let language = self.language.clone();
        self.finishing = Some(Task::spawn(ctx, "recovered-answer", move || {
            let options = Options {
                language: Some(language).filter(|l| !l.is_empty()),
                translate: true,
                threads: default_threads(),
            };
            let transcript = model
                .transcribe(&partial.samples, &options)
                .map_err(|e| e.to_string())?;
            Ok(checked(
                checker.as_deref(),
                &words,
                spoken_answer(&transcript, Some(partial.name)),
            ))
        }));
    }
}

/// Checks `answer` when there is a statement.
fn checked(checker: Option<&Checker>, question: &str, answer: Answer) -> CheckedAnswer {
    let (score, findings) = match checker {
        Some(checker) => check_answer(checker, question, &answer),
        None => (None, Vec::new()),
    };
    CheckedAnswer {
        answer,
        score,
        findings,
    }
}
