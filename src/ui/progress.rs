//! A client's rehearsals over time: findings and consistency per session in a
//! plot, and the facts that drift from one rehearsal to the next. A statement
//! paragraph that every rehearsal disagrees with may mean the declaration
//! itself is wrong. The sessions are read on a worker thread.

use std::collections::BTreeMap;

use egui_plot::{Legend, Line, Plot, PlotPoints};

use crate::rehearsal::Session;
use crate::store::{SessionDir, Workspace};

use super::tasks::{Task, take_done};
use super::theme;

pub struct ProgressScreen {
    alias: String,
    sessions: Vec<Session>,
    loading: Option<Task<Vec<(SessionDir, Session)>>>,
}

/// Differences about one statement paragraph across sessions.
struct Drift {
    paragraph: u32,
    /// (session number, what the answer said)
    said: Vec<(usize, String)>,
    statement: String,
}

impl ProgressScreen {
    pub fn new(
        ctx: &egui::Context,
        workspace: &Workspace,
        client_id: &str,
        alias: &str,
    ) -> ProgressScreen {
        let workspace = workspace.clone();
        let id = client_id.to_string();
        ProgressScreen {
            alias: alias.to_string(),
            sessions: Vec::new(),
            loading: Some(Task::spawn(ctx, "load-progress", move || {
                workspace.sessions(&id)
            })),
        }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if let Some(done) = take_done(&mut self.loading) {
            self.sessions = done
                .unwrap_or_default()
                .into_iter()
                .map(|(_, s)| s)
                .collect();
        }
        ui.heading(format!("Progress: {}", self.alias));
        if self.loading.is_some() {
            ui.spinner();
            return;
        }
        if self.sessions.is_empty() {
            ui.label(
                egui::RichText::new("No rehearsals yet. Progress appears after the first one.")
                    .color(theme::MUTED),
            );
            return;
        }
        let findings: Vec<[f64; 2]> = self
            .sessions
            .iter()
            .enumerate()
            .map(|(i, s)| [(i + 1) as f64, s.findings().count() as f64])
            .collect();
        let scores: Vec<[f64; 2]> = self
            .sessions
            .iter()
            .enumerate()
            .filter_map(|(i, s)| mean_score(s).map(|m| [(i + 1) as f64, m / 10.0]))
            .collect();
        Plot::new("progress-plot")
            .height(200.0)
            .legend(Legend::default())
            .x_axis_label("rehearsal")
            .include_y(0.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .show(ui, |plot| {
                plot.line(Line::new("findings", PlotPoints::from(findings)));
                plot.line(Line::new("consistency ÷ 10", PlotPoints::from(scores)));
            });
        egui::Grid::new("progress-table")
            .striped(true)
            .show(ui, |ui| {
                for header in [
                    "#",
                    "date",
                    "interview",
                    "answered",
                    "findings",
                    "consistency",
                ] {
                    ui.label(egui::RichText::new(header).strong());
                }
                ui.end_row();
                for (i, s) in self.sessions.iter().enumerate() {
                    ui.label(format!("{}", i + 1));
                    ui.label(s.started_at.get(..10).unwrap_or(&s.started_at));
                    ui.label(&s.scenario_title);
                    ui.label(format!(
                        "{}",
                        s.exchanges
                            .iter()
                            .filter(|e| e.answer.how != crate::rehearsal::AnswerHow::Skipped)
                            .count()
                    ));
                    ui.label(format!("{}", s.findings().count()));
                    ui.label(mean_score(s).map_or("–".to_string(), |m| format!("{m:.0}")));
                    ui.end_row();
                }
            });
        ui.add_space(10.0);
        ui.label(egui::RichText::new("Facts that drift between rehearsals").strong());
        let drifts = drifts(&self.sessions);
        if drifts.is_empty() {
            ui.label(
                egui::RichText::new(
                    "No statement paragraph was contradicted in more than one rehearsal.",
                )
                .color(theme::MUTED),
            );
        }
        for drift in drifts {
            let every = drift.said.len() == self.sessions.len() && self.sessions.len() > 1;
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(format!(
                    "Statement ¶ {}: differs in {} of {} rehearsals",
                    drift.paragraph,
                    drift.said.len(),
                    self.sessions.len()
                )).strong());
                ui.label(egui::RichText::new(format!("Statement: “{}”", drift.statement)).color(theme::MUTED));
                for (n, said) in &drift.said {
                    ui.label(format!("Rehearsal {n}: “{said}”"));
                }
                if every {
                    ui.colored_label(
                        theme::WARNING,
                        "Every rehearsal differs here: check with the client whether the declaration itself is right.",
                    );
                }
            });
        }
    }
}

fn mean_score(session: &Session) -> Option<f64> {
    let scores: Vec<f64> = session.exchanges.iter().filter_map(|e| e.score).collect();
    (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
}

/// Statement paragraphs contradicted in at least two rehearsals.
fn drifts(sessions: &[Session]) -> Vec<Drift> {
    let mut by_paragraph: BTreeMap<u32, Drift> = BTreeMap::new();
    for (i, session) in sessions.iter().enumerate() {
        for (_, finding) in session.findings() {
            if finding.statement_paragraph == 0 {
                continue;
            }
            let drift = by_paragraph
                .entry(finding.statement_paragraph)
                .or_insert_with(|| Drift {
                    paragraph: finding.statement_paragraph,
                    said: Vec::new(),
                    statement: finding.statement_excerpt.trim().to_string(),
                });
            if !drift.said.iter().any(|(n, _)| *n == i + 1) {
                drift
                    .said
                    .push((i + 1, finding.answer_excerpt.trim().to_string()));
            }
        }
    }
    by_paragraph
        .into_values()
        .filter(|d| d.said.len() >= 2)
        .collect()
}
