//! The review screen, what the attorney sees: the questions down the side;
//! for the selected answer, the transcript with the findings' words marked,
//! the statement paragraph beside it with the conflicting words marked, each
//! finding's kind, weight and plain explanation, "check the audio" where the
//! transcription was unsure, notes and marks; and a one-page summary with
//! export to HTML and Markdown.
//!
//! Every edit is saved by a worker thread; nothing here touches the disk.

use std::ops::Range;
use std::path::PathBuf;

use egui::text::LayoutJob;
use egui::{Color32, TextFormat};

use crate::audio::playback::{Player, PlayerStatus};
use crate::rehearsal::{AnswerHow, Exchange, Mark, SavedFinding, Session};
use crate::report;
use crate::statement::Statement;
use crate::store::SessionDir;

use super::saver::Saver;
use super::tasks::{Task, take_done};
use super::theme;

const MARK_ANSWER: Color32 = Color32::from_rgb(255, 226, 170);
const MARK_STATEMENT: Color32 = Color32::from_rgb(206, 226, 250);

/// 16 kHz mono audio.
type Samples = Vec<f32>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewView {
    Summary,
    Answer(usize),
}

pub struct ReviewScreen {
    pub session: Session,
    dir: SessionDir,
    statement: Option<Statement>,
    pub view: ReviewView,
    saver: Saver,
    export_path: String,
    export: Option<Task<Result<PathBuf, String>>>,
    notice: Option<String>,
    /// The recording of the answer on screen: loading, then playing.
    loading_audio: Option<(usize, Task<Result<Samples, String>>)>,
    player: Option<(usize, Player)>,
}

impl ReviewScreen {
    pub fn new(
        dir: SessionDir,
        session: Session,
        statement: Option<String>,
        ctx: &egui::Context,
    ) -> ReviewScreen {
        let saver = Saver::start(dir.clone(), ctx);
        let export_path = directories::UserDirs::new()
            .and_then(|d| {
                d.document_dir()
                    .map(|p| p.to_path_buf())
                    .or_else(|| Some(d.home_dir().to_path_buf()))
            })
            .unwrap_or_else(std::env::temp_dir)
            .join(format!("mock-hearing-{}.html", session.id))
            .display()
            .to_string();
        ReviewScreen {
            statement: statement.and_then(|text| Statement::parse(&text).ok()),
            session,
            dir,
            view: ReviewView::Summary,
            saver,
            export_path,
            export: None,
            notice: None,
            loading_audio: None,
            player: None,
        }
    }

    /// Whether the answer's recording is playing.
    pub fn is_playing(&self) -> bool {
        self.player.as_ref().is_some_and(|(_, p)| p.is_playing())
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if let Some(failure) = self.saver.failure() {
            self.notice = Some(format!("Saving failed: {failure}"));
        }
        match take_done(&mut self.export) {
            Some(Ok(Ok(path))) => {
                self.notice = Some(format!("Report saved to {}.", path.display()))
            }
            Some(Ok(Err(e))) | Some(Err(e)) => self.notice = Some(e),
            None => {}
        }
        egui::Panel::left("review-questions")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| self.list_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("review-main")
                .show(ui, |ui| match self.view {
                    ReviewView::Summary => self.summary_ui(ui),
                    ReviewView::Answer(i) => self.answer_ui(ui, i),
                });
        });
    }

    fn list_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        ui.heading("Review");
        ui.label(egui::RichText::new(&self.session.scenario_title).color(theme::MUTED));
        if ui
            .selectable_label(self.view == ReviewView::Summary, "One-page summary")
            .clicked()
        {
            self.view = ReviewView::Summary;
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("review-list")
            .show(ui, |ui| {
                for (i, exchange) in self.session.exchanges.iter().enumerate() {
                    let count = exchange.findings.len();
                    let mut text = format!("Q{}. {}", exchange.number, short(&exchange.asked, 60));
                    match exchange.answer.how {
                        AnswerHow::Skipped => text.push_str("\n(skipped)"),
                        AnswerHow::DontRemember => text.push_str("\n(I don't remember)"),
                        _ if count > 0 => text.push_str(&format!("\n{count} finding(s)")),
                        _ => {}
                    }
                    let mut label = egui::RichText::new(text);
                    if count > 0 {
                        label = label.color(theme::WARNING);
                    }
                    if ui
                        .selectable_label(self.view == ReviewView::Answer(i), label)
                        .clicked()
                    {
                        self.view = ReviewView::Answer(i);
                    }
                }
            });
    }

    fn summary_ui(&mut self, ui: &mut egui::Ui) {
        let s = &self.session;
        ui.heading(format!("Summary: {}", s.scenario_title));
        ui.label(
            egui::RichText::new(format!(
                "{} · started {}",
                s.jurisdiction,
                s.started_at.replace('T', " ")
            ))
            .color(theme::MUTED),
        );
        ui.label(
            egui::RichText::new(report::DISCLAIMER)
                .small()
                .color(theme::MUTED),
        );
        ui.add_space(8.0);
        let answered = s
            .exchanges
            .iter()
            .filter(|e| e.answer.how != AnswerHow::Skipped)
            .count();
        ui.label(format!(
            "{} question(s) asked, {answered} answered, {} break(s).",
            s.exchanges.len(),
            s.breaks
        ));
        let by_weight: Vec<String> = s
            .findings_by_severity()
            .iter()
            .map(|(severity, n)| format!("{n} {severity}"))
            .collect();
        ui.label(format!(
            "{} finding(s): {}.",
            s.findings().count(),
            by_weight.join(", ")
        ));
        let by_kind: Vec<String> = s
            .findings_by_kind()
            .iter()
            .map(|(kind, n)| format!("{kind}: {n}"))
            .collect();
        if !by_kind.is_empty() {
            ui.label(format!("By kind: {}.", by_kind.join(", ")));
        }
        ui.add_space(8.0);
        let top: Vec<(usize, String)> = s
            .top_findings(report::TOP_FINDINGS)
            .iter()
            .map(|(exchange, finding)| {
                let index = s
                    .exchanges
                    .iter()
                    .position(|e| e.number == exchange.number)
                    .unwrap_or(0);
                (
                    index,
                    format!(
                        "Q{} · {} · {}: {}",
                        exchange.number, finding.severity, finding.kind, finding.explanation
                    ),
                )
            })
            .collect();
        if top.is_empty() {
            ui.label("No differences from the statement were found.");
        } else {
            ui.label(egui::RichText::new("What matters most").strong());
            for (index, line) in top {
                if ui.link(line).clicked() {
                    self.view = ReviewView::Answer(index);
                }
            }
        }
        ui.add_space(8.0);
        let label = ui.label(egui::RichText::new("Note on the whole session").strong());
        if ui
            .add(
                egui::TextEdit::multiline(&mut self.session.note)
                    .id_salt("session-note")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed()
        {
            self.saver.save(&self.session);
        }
        ui.add_space(12.0);
        ui.label(egui::RichText::new("Export").strong());
        ui.label(
            egui::RichText::new(
                "The exported file is not encrypted: keep it somewhere safe and delete it when done.",
            )
            .small()
            .color(theme::WARNING),
        );
        ui.horizontal(|ui| {
            let label = ui.label("Save to");
            ui.add(egui::TextEdit::singleline(&mut self.export_path).desired_width(420.0))
                .labelled_by(label.id);
            let busy = self.export.is_some();
            if ui
                .add_enabled(!busy, egui::Button::new("Save as HTML"))
                .clicked()
            {
                self.start_export(ui.ctx(), false);
            }
            if ui
                .add_enabled(!busy, egui::Button::new("Save as Markdown"))
                .clicked()
            {
                self.start_export(ui.ctx(), true);
            }
        });
        if let Some(notice) = &self.notice {
            ui.colored_label(theme::MUTED, notice);
        }
        ui.add_space(8.0);
        ui.label(
            egui::RichText::new(format!(
                "The session is kept, encrypted, in {}. `mock-hearing report` makes the same report from there.",
                self.dir.path.display()
            ))
            .small()
            .color(theme::MUTED),
        );
    }

    fn start_export(&mut self, ctx: &egui::Context, markdown: bool) {
        let mut path = PathBuf::from(self.export_path.trim());
        path.set_extension(if markdown { "md" } else { "html" });
        self.export_path = path.display().to_string();
        let text = if markdown {
            report::markdown(&self.session)
        } else {
            report::html(&self.session)
        };
        self.export = Some(Task::spawn(ctx, "export-report", move || {
            crate::store::write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
            Ok(path)
        }));
    }

    fn answer_ui(&mut self, ui: &mut egui::Ui, index: usize) {
        let Some(exchange) = self.session.exchanges.get(index) else {
            self.view = ReviewView::Summary;
            return;
        };
        let mut changed = false;
        ui.label(
            egui::RichText::new(format!(
                "Q{} · {} · {} · {}",
                exchange.number,
                exchange.speaker,
                exchange.topic.label(),
                report::answer_how(exchange)
            ))
            .color(theme::MUTED),
        );
        ui.label(egui::RichText::new(&exchange.asked).size(20.0).strong());
        ui.add_space(6.0);
        // The checked text with the findings' words marked.
        let checked = exchange.answer.text_for_checking().to_string();
        let spans: Vec<Range<usize>> = exchange
            .findings
            .iter()
            .filter_map(|f| f.answer_span.map(|(a, b)| a..b))
            .collect();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            if exchange.answer.translation.is_some() {
                ui.label(
                    egui::RichText::new(format!(
                        "Said in {}:",
                        exchange
                            .answer
                            .language
                            .as_deref()
                            .unwrap_or("another language")
                    ))
                    .color(theme::MUTED),
                );
                ui.label(&exchange.answer.text);
                ui.label(egui::RichText::new("English:").color(theme::MUTED));
            }
            if checked.trim().is_empty() {
                ui.label(report::answer_text(exchange));
            } else {
                ui.label(marked(ui, &checked, &spans, MARK_ANSWER));
            }
        });
        let score = exchange.score;
        let seek_to = self.audio_ui(ui, index);
        if let Some(score) = score {
            ui.label(
                egui::RichText::new(format!(
                    "Consistency with the statement: {score:.0} / 100 (not a judgement of truthfulness)"
                ))
                .small()
                .color(theme::MUTED),
            );
        }
        ui.add_space(8.0);
        let statement = self.statement.as_ref();
        let exchange = &mut self.session.exchanges[index];
        let mut play_from = seek_to;
        for (n, finding) in exchange.findings.iter_mut().enumerate() {
            changed |= finding_ui(ui, finding, statement, (index, n), &mut play_from);
        }
        if let Some(at) = play_from
            && let Some((_, player)) = self.player.as_ref().filter(|(i, _)| *i == index)
        {
            player.seek(at);
            player.play();
        }
        ui.add_space(6.0);
        let label = ui.label(egui::RichText::new("Note on this answer").strong());
        changed |= ui
            .add(
                egui::TextEdit::multiline(&mut exchange.note)
                    .id_salt(("answer-note", index))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
            .changed();
        if changed {
            self.saver.save(&self.session);
        }
    }
}

/// One finding: headline, both sides, explanation, mark and note. Returns
/// whether the attorney changed something.
fn finding_ui(
    ui: &mut egui::Ui,
    finding: &mut SavedFinding,
    statement: Option<&Statement>,
    id: (usize, usize),
    play_from: &mut Option<f64>,
) -> bool {
    let mut changed = false;
    let colour = match finding.severity {
        crate::consistency::Severity::High => Color32::from_rgb(170, 51, 51),
        crate::consistency::Severity::Medium => Color32::from_rgb(200, 128, 0),
        crate::consistency::Severity::Low => Color32::from_rgb(96, 128, 160),
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, colour))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                egui::RichText::new(report::finding_headline(finding))
                    .strong()
                    .color(colour),
            );
            ui.label(&finding.explanation);
            if let Some(at) = finding.audio_time_s
                && ui
                    .small_button(format!("Play from {}", report::clock(at)))
                    .clicked()
            {
                *play_from = Some(at);
            }
            ui.columns(2, |columns| {
                columns[0].label(
                    egui::RichText::new(if finding.statement_paragraph > 0 {
                        format!("Statement, paragraph {}", finding.statement_paragraph)
                    } else {
                        "Statement".to_string()
                    })
                    .color(theme::MUTED),
                );
                let passage = statement.and_then(|s| paragraph_with_mark(s, finding));
                match passage {
                    Some((text, span)) => {
                        let job = marked(
                            &columns[0],
                            &text,
                            &span.into_iter().collect::<Vec<_>>(),
                            MARK_STATEMENT,
                        );
                        columns[0].label(job);
                    }
                    None => {
                        columns[0].label(format!("“{}”", finding.statement_excerpt.trim()));
                    }
                }
                columns[1].label(egui::RichText::new("Answer").color(theme::MUTED));
                columns[1].label(format!("“{}”", finding.answer_excerpt.trim()));
            });
            ui.horizontal_wrapped(|ui| {
                ui.label("Mark:");
                for mark in Mark::ALL {
                    if ui
                        .selectable_label(finding.mark == Some(mark), mark.label())
                        .clicked()
                    {
                        finding.mark = if finding.mark == Some(mark) {
                            None
                        } else {
                            Some(mark)
                        };
                        changed = true;
                    }
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label("Note");
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut finding.note)
                            .id_salt(("finding-note", id))
                            .hint_text("Note for this finding")
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id)
                    .changed();
            });
        });
    changed
}

/// The statement paragraph the finding cites, and the conflicting words in it
/// (relative to the paragraph).
fn paragraph_with_mark(
    statement: &Statement,
    finding: &SavedFinding,
) -> Option<(String, Option<Range<usize>>)> {
    let paragraph = statement
        .paragraphs
        .iter()
        .find(|p| p.number == finding.statement_paragraph && !p.heading)?;
    let text = statement.text.get(paragraph.span.clone())?.to_string();
    let span = finding.statement_span.and_then(|(a, b)| {
        (a >= paragraph.span.start && b <= paragraph.span.end)
            .then(|| a - paragraph.span.start..b - paragraph.span.start)
    });
    Some((text, span))
}

/// `text` with the byte ranges `spans` on a coloured background.
fn marked(ui: &egui::Ui, text: &str, spans: &[Range<usize>], colour: Color32) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let plain = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let highlight = TextFormat {
        background: colour,
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut at = 0;
    let mut spans: Vec<Range<usize>> = spans
        .iter()
        .filter(|r| {
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    spans.sort_by_key(|r| r.start);
    for span in spans {
        if span.start < at {
            continue;
        }
        job.append(&text[at..span.start], 0.0, plain.clone());
        job.append(&text[span.clone()], 0.0, highlight.clone());
        at = span.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

impl ReviewScreen {
    /// The recording of answer `index`: play, pause, seek, and the words
    /// following along. Returns a time to play from, if one was chosen.
    fn audio_ui(&mut self, ui: &mut egui::Ui, index: usize) -> Option<f64> {
        let exchange: &Exchange = self.session.exchanges.get(index)?;
        let name = exchange.answer.audio.clone()?;
        if self.player.as_ref().is_some_and(|(i, _)| *i != index) {
            self.player = None;
        }
        if self.player.is_none() && self.loading_audio.as_ref().is_none_or(|(i, _)| *i != index) {
            let dir = self.dir.clone();
            self.loading_audio = Some((
                index,
                Task::spawn(ui.ctx(), "load-audio", move || {
                    dir.read_audio(&name).map_err(|e| e.to_string())
                }),
            ));
        }
        if let Some((i, task)) = &self.loading_audio
            && let Some(done) = task.poll()
        {
            let i = *i;
            self.loading_audio = None;
            match done {
                Ok(Ok(samples)) => self.player = Some((i, Player::start(samples))),
                Ok(Err(e)) | Err(e) => {
                    self.notice = Some(format!("The recording cannot be played: {e}"))
                }
            }
        }
        let exchange = self.session.exchanges.get(index)?;
        let Some((_, player)) = self.player.as_mut() else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Opening the recording…");
            });
            return None;
        };
        let mut seek = None;
        if let PlayerStatus::Failed(e) = player.status().clone() {
            ui.colored_label(
                theme::WARNING,
                format!("The recording cannot be played here: {e}."),
            );
            return None;
        }
        ui.horizontal(|ui| {
            let label = if player.is_playing() {
                "Pause"
            } else {
                "Play the answer"
            };
            if ui.button(label).clicked() {
                if player.is_playing() {
                    player.pause();
                } else {
                    player.play();
                }
            }
            let mut at = player.position_s();
            let duration = player.duration_s();
            let slider = ui.add(
                egui::Slider::new(&mut at, 0.0..=duration.max(0.1))
                    .show_value(false)
                    .text(format!(
                        "{} / {}",
                        report::clock(player.position_s()),
                        report::clock(duration)
                    )),
            );
            if slider.changed() {
                seek = Some(at);
            }
        });
        if let Some(at) = seek.take() {
            player.seek(at);
        }
        if player.is_playing() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
        // The words following along: the segment being played is marked;
        // words transcribed with low confidence are underlined.
        if exchange.answer.segments.len() > 1 {
            let now = player.position_s();
            ui.horizontal_wrapped(|ui| {
                for segment in &exchange.answer.segments {
                    let current =
                        player.is_playing() && now >= segment.start_s && now < segment.end_s;
                    let mut text = egui::RichText::new(segment.text.trim());
                    if current {
                        text = text.background_color(MARK_STATEMENT);
                    }
                    if segment.confidence < crate::rehearsal::UNSURE_CONFIDENCE {
                        text = text.underline();
                    }
                    if ui
                        .add(egui::Label::new(text).sense(egui::Sense::click()))
                        .on_hover_text(format!("Play from {}", report::clock(segment.start_s)))
                        .clicked()
                    {
                        seek = Some(segment.start_s);
                    }
                }
            });
        }
        seek
    }
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max).collect::<String>())
    }
}
