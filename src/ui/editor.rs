//! The scenario editor, what the trainer sees: the RON text with syntax
//! colours, every problem at its line and column as you type, a live preview
//! of the interview, "new from template", open and save, and scenario packs
//! (a zip of `.ron` files) to share with other organisations.
//!
//! Checking is pure and quick and runs as the text changes; files are read
//! and written on worker threads.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use egui::text::LayoutJob;
use egui::{Color32, TextFormat};

use crate::scenario::{self, Problem, Scenario};

use super::tasks::{Task, take_done};
use super::theme;

/// The template behind "New from template".
pub const TEMPLATE: &str = r#"// A new mock interview. Every field is explained in the README ("Writing a scenario").
(
    format_version: 1,
    id: "my-interview",
    title: "My interview",
    jurisdiction: UsAsylumOffice, // UsCredibleFear, UsImmigrationCourt, UkScreening, UkSubstantive, Practice
    language: "en",
    description: "What this interview practises.",
    estimated_minutes: 15,
    content_warnings: ["violence"],
    officer: (name: "Officer Lee", manner: Kind),
    protected_grounds: [PoliticalOpinion],
    sections: [
        (
            title: "Opening",
            questions: [
                (
                    id: "name",
                    ask: "Please tell me your full name.",
                    topic: Identity,
                ),
                (
                    id: "why-leave",
                    ask: "Why did you leave your country?",
                    topic: PersecutionEvent,
                    weight: Central,
                    time_guide_seconds: 120,
                    follow_ups: [
                        (when: AnswerShorterThan(20), ask: "Can you tell me more about that?"),
                        (when: Finding(Date), ask: "Earlier you said {answer_quote}, but your statement says {statement_quote}. Can you explain?"),
                    ],
                ),
            ],
        ),
    ],
)
"#;

pub struct EditorScreen {
    pub text: String,
    checked_text: String,
    pub problems: Vec<Problem>,
    parsed: Option<Scenario>,
    user_dir: Option<PathBuf>,
    path: String,
    pack_path: String,
    task: Option<Task<Result<EditorDone, String>>>,
    notice: Option<String>,
}

/// What a file operation finished with.
enum EditorDone {
    Opened(String),
    Saved(PathBuf),
    Packed(String),
}

impl EditorScreen {
    pub fn new(user_dir: Option<PathBuf>) -> EditorScreen {
        let mut editor = EditorScreen {
            text: TEMPLATE.to_string(),
            checked_text: String::new(),
            problems: Vec::new(),
            parsed: None,
            path: "my-interview.ron".to_string(),
            pack_path: String::new(),
            user_dir,
            task: None,
            notice: None,
        };
        editor.check();
        editor
    }

    /// Whether a save finished since the last call (the library then reloads).
    pub fn ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut saved = false;
        match take_done(&mut self.task) {
            Some(Ok(Ok(EditorDone::Opened(text)))) => {
                self.text = text;
                self.notice = Some("Opened.".to_string());
            }
            Some(Ok(Ok(EditorDone::Saved(path)))) => {
                self.notice = Some(format!(
                    "Saved to {}. It is in the library now.",
                    path.display()
                ));
                saved = true;
            }
            Some(Ok(Ok(EditorDone::Packed(message)))) => {
                self.notice = Some(message);
                saved = true;
            }
            Some(Ok(Err(e))) | Some(Err(e)) => self.notice = Some(e),
            None => {}
        }
        if self.text != self.checked_text {
            self.check();
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button("New from template").clicked() {
                self.text = TEMPLATE.to_string();
            }
            let label = ui.label("File");
            ui.add(
                egui::TextEdit::singleline(&mut self.path)
                    .hint_text("file.ron")
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            if ui.button("Open").clicked() {
                let path = self.resolve(&self.path);
                self.task = Some(Task::spawn(ui.ctx(), "open-scenario", move || {
                    std::fs::read_to_string(&path)
                        .map(EditorDone::Opened)
                        .map_err(|e| {
                            format!("Cannot open {}: {e}. Check the path.", path.display())
                        })
                }));
            }
            let valid = self.problems.is_empty();
            if ui
                .add_enabled(valid, egui::Button::new("Save"))
                .on_disabled_hover_text("Fix the problems listed below first.")
                .clicked()
            {
                let path = self.resolve(&self.path);
                let text = self.text.clone();
                self.task = Some(Task::spawn(ui.ctx(), "save-scenario", move || {
                    crate::store::write_atomic(&path, text.as_bytes())
                        .map(|()| EditorDone::Saved(path))
                        .map_err(|e| e.to_string())
                }));
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Scenario pack (.zip)");
            ui.add(
                egui::TextEdit::singleline(&mut self.pack_path)
                    .hint_text("/path/to/pack.zip")
                    .desired_width(280.0),
            )
            .labelled_by(label.id);
            let user_dir = self.user_dir.clone();
            if ui
                .add_enabled(user_dir.is_some(), egui::Button::new("Import pack"))
                .clicked()
                && let Some(dir) = user_dir.clone()
            {
                let pack = self.resolve(&self.pack_path);
                self.task = Some(Task::spawn(ui.ctx(), "import-pack", move || {
                    import_pack(&pack, &dir).map(EditorDone::Packed)
                }));
            }
            if ui
                .add_enabled(user_dir.is_some(), egui::Button::new("Export my scenarios"))
                .clicked()
                && let Some(dir) = user_dir
            {
                let pack = self.resolve(&self.pack_path);
                self.task = Some(Task::spawn(ui.ctx(), "export-pack", move || {
                    export_pack(&dir, &pack).map(EditorDone::Packed)
                }));
            }
        });
        if let Some(notice) = &self.notice {
            ui.colored_label(theme::MUTED, notice);
        }
        ui.separator();
        let problems_height = (self.problems.len().min(6) as f32) * 22.0 + 30.0;
        egui::Panel::bottom("editor-problems")
            .resizable(false)
            .exact_size(problems_height)
            .show(ui, |ui| {
                if self.problems.is_empty() {
                    ui.colored_label(
                        Color32::from_rgb(40, 120, 60),
                        "No problems: this scenario is ready to use.",
                    );
                } else {
                    ui.label(
                        egui::RichText::new(format!("{} problem(s)", self.problems.len())).strong(),
                    );
                    egui::ScrollArea::vertical()
                        .id_salt("problems")
                        .show(ui, |ui| {
                            for problem in &self.problems {
                                ui.colored_label(
                                    theme::WARNING,
                                    format!(
                                        "line {}, column {}: {}",
                                        problem.position.line,
                                        problem.position.col,
                                        problem.message
                                    ),
                                );
                            }
                        });
                }
            });
        egui::Panel::right("editor-preview")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| {
                ui.label(egui::RichText::new("Preview").strong());
                egui::ScrollArea::vertical()
                    .id_salt("editor-preview-scroll")
                    .show(ui, |ui| match &self.parsed {
                        Some(s) => preview(ui, s),
                        None => {
                            ui.label(
                                egui::RichText::new(
                                    "The preview appears when the file has no problems.",
                                )
                                .color(theme::MUTED),
                            );
                        }
                    });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let error_lines: Vec<usize> = self.problems.iter().map(|p| p.position.line).collect();
            let mut layouter = |ui: &egui::Ui, text: &dyn egui::TextBuffer, wrap_width: f32| {
                let mut job = highlight(ui, text.as_str(), &error_lines);
                job.wrap.max_width = wrap_width;
                ui.fonts_mut(|f| f.layout_job(job))
            };
            let label = ui.label(egui::RichText::new("Scenario file (RON)").strong());
            egui::ScrollArea::vertical()
                .id_salt("editor-text")
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut self.text)
                            .id_salt("scenario-text")
                            .code_editor()
                            .desired_width(f32::INFINITY)
                            .desired_rows(30)
                            .layouter(&mut layouter),
                    )
                    .labelled_by(label.id);
                });
        });
        saved
    }

    /// A path as typed; a bare name is in the trainer's scenarios folder.
    fn resolve(&self, typed: &str) -> PathBuf {
        let path = PathBuf::from(typed.trim());
        match &self.user_dir {
            Some(dir) if path.is_relative() => dir.join(path),
            _ => path,
        }
    }

    fn check(&mut self) {
        self.checked_text = self.text.clone();
        match scenario::parse_str(&self.text) {
            Ok(s) => {
                self.problems.clear();
                self.parsed = Some(s);
            }
            Err(problems) => {
                self.problems = problems;
                self.parsed = None;
            }
        }
    }
}

fn preview(ui: &mut egui::Ui, s: &Scenario) {
    ui.heading(&s.title);
    ui.label(
        egui::RichText::new(format!(
            "{} · about {} min · {}",
            s.jurisdiction.label(),
            s.estimated_minutes,
            s.officer.name
        ))
        .color(theme::MUTED),
    );
    if !s.content_warnings.is_empty() {
        ui.colored_label(
            theme::WARNING,
            format!("Content warning: {}", s.content_warnings.join(", ")),
        );
    }
    for section in &s.sections {
        ui.add_space(4.0);
        ui.label(egui::RichText::new(&section.title).strong());
        for q in &section.questions {
            let mut text = q.ask.clone();
            if q.follow_up_only {
                text = format!("(follow-up) {text}");
            }
            ui.label(text);
            for f in &q.follow_ups {
                let what = f
                    .ask
                    .clone()
                    .or_else(|| f.go_to.as_ref().map(|g| format!("→ {g}")))
                    .unwrap_or_default();
                ui.label(
                    egui::RichText::new(format!("    if {:?}: {what}", f.when))
                        .small()
                        .color(theme::MUTED),
                );
            }
        }
    }
}

/// Colours for RON: comments, strings, numbers, field names, variants; lines
/// with a problem get a tinted background.
fn highlight(ui: &egui::Ui, text: &str, error_lines: &[usize]) -> LayoutJob {
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let base = ui.visuals().text_color();
    let colour_of = |kind: Token| match kind {
        Token::Comment => Color32::from_rgb(110, 120, 110),
        Token::String => Color32::from_rgb(30, 120, 60),
        Token::Number => Color32::from_rgb(150, 80, 20),
        Token::Field => Color32::from_rgb(40, 80, 150),
        Token::Variant => Color32::from_rgb(130, 50, 130),
        Token::Other => base,
    };
    let mut job = LayoutJob::default();
    let mut line = 1;
    for (kind, piece) in tokens(text) {
        // Split at newlines so each line can carry its own background.
        for part in piece.split_inclusive('\n') {
            let background = if error_lines.contains(&line) {
                Color32::from_rgb(255, 228, 225)
            } else {
                Color32::TRANSPARENT
            };
            job.append(
                part,
                0.0,
                TextFormat {
                    font_id: font.clone(),
                    color: colour_of(kind),
                    background,
                    ..Default::default()
                },
            );
            if part.ends_with('\n') {
                line += 1;
            }
        }
    }
    job
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Comment,
    String,
    Number,
    Field,
    Variant,
    Other,
}

/// Splits RON text into coloured pieces; every byte belongs to one piece.
fn tokens(text: &str) -> Vec<(Token, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    let mut other_from = 0;
    fn flush<'t>(out: &mut Vec<(Token, &'t str)>, from: usize, to: usize, text: &'t str) {
        if from < to {
            out.push((Token::Other, &text[from..to]));
        }
    }
    while at < bytes.len() {
        let rest = &text[at..];
        let (kind, len) = if rest.starts_with("//") {
            (Token::Comment, rest.find('\n').unwrap_or(rest.len()))
        } else if rest.starts_with("/*") {
            (
                Token::Comment,
                rest.find("*/").map_or(rest.len(), |e| e + 2),
            )
        } else if bytes[at] == b'"' {
            let mut end = 1;
            let mut escaped = false;
            for (i, c) in rest.char_indices().skip(1) {
                end = i + c.len_utf8();
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    break;
                }
            }
            (Token::String, end)
        } else if bytes[at].is_ascii_digit() && (at == 0 || !is_ident(bytes[at - 1])) {
            (
                Token::Number,
                rest.bytes()
                    .take_while(|b| b.is_ascii_digit() || *b == b'.')
                    .count(),
            )
        } else if is_ident(bytes[at]) && (at == 0 || !is_ident(bytes[at - 1])) {
            let len = rest.bytes().take_while(|b| is_ident(*b)).count();
            let after = rest[len..].trim_start_matches([' ', '\t']);
            let kind = if after.starts_with(':') && !after.starts_with("::") {
                Token::Field
            } else if bytes[at].is_ascii_uppercase() {
                Token::Variant
            } else {
                Token::Other
            };
            (kind, len)
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if kind == Token::Other {
            at += len.max(1);
            continue;
        }
        flush(&mut out, other_from, at, text);
        out.push((kind, &text[at..at + len]));
        at += len.max(1);
        other_from = at;
    }
    flush(&mut out, other_from, text.len(), text);
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Copies the valid scenarios of a pack (a `.zip` or a folder of `.ron`
/// files) into `dir`; says which were left out and why.
pub fn import_pack(pack: &Path, dir: &Path) -> Result<String, String> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    if pack.is_dir() {
        for entry in std::fs::read_dir(pack)
            .map_err(|e| format!("Cannot read {}: {e}", pack.display()))?
            .flatten()
        {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "ron")
                && let Ok(bytes) = std::fs::read(&path)
            {
                files.push((
                    path.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    bytes,
                ));
            }
        }
    } else {
        let file = std::fs::File::open(pack)
            .map_err(|e| format!("Cannot open {}: {e}. Check the path.", pack.display()))?;
        let mut zip = zip::ZipArchive::new(file)
            .map_err(|e| format!("{} is not a scenario pack (.zip): {e}", pack.display()))?;
        for i in 0..zip.len() {
            let Ok(mut entry) = zip.by_index(i) else {
                continue;
            };
            let Ok(full) = entry.name().map(|n| n.to_string()) else {
                continue;
            };
            let name = full.rsplit('/').next().unwrap_or_default().to_string();
            if !name.ends_with(".ron") || entry.size() > 4 << 20 {
                continue;
            }
            let mut bytes = Vec::new();
            if entry.read_to_end(&mut bytes).is_ok() {
                files.push((name, bytes));
            }
        }
    }
    if files.is_empty() {
        return Err(format!("{} holds no .ron scenario files.", pack.display()));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("Cannot create {}: {e}", dir.display()))?;
    let mut added = 0;
    let mut refused = Vec::new();
    for (name, bytes) in files {
        match scenario::parse_bytes(&bytes) {
            Ok(s) => {
                let target = dir.join(format!("{}.ron", s.id));
                crate::store::write_atomic(&target, &bytes).map_err(|e| e.to_string())?;
                added += 1;
            }
            Err(problems) => refused.push(format!(
                "{name}: {}",
                problems.first().map(|p| p.to_string()).unwrap_or_default()
            )),
        }
    }
    let mut message = format!("Imported {added} scenario(s).");
    if !refused.is_empty() {
        message.push_str(&format!(
            " Left out (fix and import again): {}",
            refused.join("; ")
        ));
    }
    Ok(message)
}

/// Writes every scenario in `dir` into the zip `pack`.
pub fn export_pack(dir: &Path, pack: &Path) -> Result<String, String> {
    let mut names = Vec::new();
    let file = std::fs::File::create(pack)
        .map_err(|e| format!("Cannot create {}: {e}. Check the path.", pack.display()))?;
    let mut zip = zip::ZipWriter::new(file);
    let options: zip::write::SimpleFileOptions = zip::write::SimpleFileOptions::default();
    for entry in std::fs::read_dir(dir)
        .map_err(|e| format!("Cannot read {}: {e}", dir.display()))?
        .flatten()
    {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ron")
            && let Ok(bytes) = std::fs::read(&path)
        {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            zip.start_file(name.clone(), options)
                .map_err(|e| e.to_string())?;
            zip.write_all(&bytes).map_err(|e| e.to_string())?;
            names.push(name);
        }
    }
    zip.finish().map_err(|e| e.to_string())?;
    if names.is_empty() {
        return Err("You have no saved scenarios to export yet.".to_string());
    }
    Ok(format!(
        "Exported {} scenario(s) to {}.",
        names.len(),
        pack.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_is_in_one_token() {
        let text = "(id: \"a\\\"b\", n: 12, j: UkScreening, // note\n x: Some(\"é\"))";
        let joined: String = tokens(text).iter().map(|(_, t)| *t).collect();
        assert_eq!(joined, text);
        let kinds: Vec<Token> = tokens(text).iter().map(|(k, _)| *k).collect();
        assert!(kinds.contains(&Token::Comment));
        assert!(kinds.contains(&Token::Field));
        assert!(kinds.contains(&Token::Variant));
        assert!(kinds.contains(&Token::Number));
    }

    #[test]
    fn the_template_is_a_valid_scenario() {
        assert!(scenario::parse_str(TEMPLATE).is_ok());
    }

    #[test]
    fn a_pack_round_trips_and_refuses_broken_files() {
        let dir = std::env::temp_dir().join(format!("mh-pack-{}", std::process::id()));
        let mine = dir.join("mine");
        let theirs = dir.join("theirs");
        std::fs::create_dir_all(&mine).ok();
        std::fs::write(mine.join("my-interview.ron"), TEMPLATE).ok();
        std::fs::write(mine.join("broken.ron"), "(format_version: 1, id: ").ok();
        let pack = dir.join("pack.zip");
        let exported = export_pack(&mine, &pack).expect("exports");
        assert!(exported.contains("2 scenario"), "{exported}");
        let imported = import_pack(&pack, &theirs).expect("imports");
        assert!(imported.starts_with("Imported 1"), "{imported}");
        assert!(imported.contains("broken.ron"), "{imported}");
        assert!(theirs.join("my-interview.ron").is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
