//! The `mock-hearing` command line: parses arguments, calls the library, prints.
//! No logic lives here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use std::io::Read;

use mock_hearing::audio::{capture, record, wav};
use mock_hearing::consistency::{Checker, Report};
use mock_hearing::headless::{self, HeadlessError, HeadlessRun};
use mock_hearing::report;
use mock_hearing::scenario::{self, LibraryEntry, Scenario};
use mock_hearing::speech::ggml::WeightType;
use mock_hearing::speech::languages::language_note;
use mock_hearing::speech::stream::StreamingTranscriber;
use mock_hearing::speech::transcribe::{Options, Transcriber, default_threads};
use mock_hearing::speech::{import, install, store};
use mock_hearing::statement::Statement;
use mock_hearing::store::{SessionDir, Vault};

/// Rehearse asylum interviews offline: scripted mock interviews, local speech
/// recognition, and a consistency check against the client's prior statement.
///
/// A practice tool, not legal advice. Nothing leaves this computer.
#[derive(Parser)]
#[command(name = "mock-hearing", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the app (the default when no command is given).
    Gui,
    /// Check and list scenario files.
    #[command(subcommand)]
    Scenario(ScenarioCommand),
    /// List, install and import the speech models.
    #[command(subcommand)]
    Models(ModelsCommand),
    /// List audio input devices; the default is marked.
    Devices,
    /// Record from a microphone into a WAV file.
    Record {
        /// How long to record, in seconds.
        #[arg(long)]
        seconds: f64,
        /// The WAV file to write.
        #[arg(long)]
        out: PathBuf,
        /// Input device name (see `mock-hearing devices`); the default device if left out.
        #[arg(long)]
        device: Option<String>,
    },
    /// Transcribe a WAV file on this computer.
    Transcribe {
        file: PathBuf,
        /// Model name (see `mock-hearing models list`) or path to a model file.
        #[arg(long)]
        model: Option<String>,
        /// Spoken language: `auto` or a code such as `en`, `es`.
        #[arg(long, default_value = "auto")]
        language: String,
        /// Also translate into English.
        #[arg(long)]
        translate: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check one answer against the prior statement.
    Score {
        /// The prior statement (plain text or Markdown).
        #[arg(long)]
        statement: PathBuf,
        /// The answer as text, or `-` to read it from standard input.
        #[arg(long)]
        answer: String,
        /// The question that was asked, to find the passages it concerns.
        #[arg(long)]
        question: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Play a scenario without the app, from recorded or typed answers.
    Rehearse {
        #[arg(long)]
        scenario: PathBuf,
        #[arg(long)]
        statement: PathBuf,
        /// Folder of answers: `<question-id>.wav|.txt` or `01.wav`, `02.txt`, ...
        #[arg(long)]
        answers: PathBuf,
        /// Folder to write the session into.
        #[arg(long)]
        out: PathBuf,
        /// Seed for the order and wording of questions (the same seed replays the same interview).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Speech model for `.wav` answers (name or path); the best installed one if left out.
        #[arg(long)]
        model: Option<String>,
    },
    /// Write a report of a session for the attorney.
    Report {
        session_dir: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
        format: ReportFormat,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Measure speed.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Subcommand)]
enum ScenarioCommand {
    /// Check scenario files; prints `FILE:LINE:COL: message` for each problem.
    Check {
        /// Scenario files, or folders of them.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List scenarios with title, jurisdiction, length and topics.
    List {
        /// A folder of scenario files; the shipped scenarios if left out.
        dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ModelsCommand {
    /// List installed models.
    List,
    /// Download and install a model (the only command that uses the network).
    Install {
        /// `base` or `tiny.en`; both if left out.
        name: Option<String>,
        /// Keep the weights in f16 instead of Q8_0.
        #[arg(long)]
        f16: bool,
    },
    /// Import a faster-whisper (CTranslate2) model folder.
    Import {
        dir: PathBuf,
        #[arg(long)]
        name: String,
        /// Keep the weights in f16 instead of Q8_0 (larger, no faster).
        #[arg(long)]
        f16: bool,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Feed a WAV through the live streaming path at real-time pace.
    Stream {
        file: PathBuf,
        #[arg(long)]
        model: Option<String>,
    },
    /// Time batch transcription of a WAV (the model loaded first, not timed).
    Batch {
        file: PathBuf,
        #[arg(long)]
        model: Option<String>,
        #[arg(long, default_value = "en")]
        language: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Html,
    Md,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command.unwrap_or(Command::Gui)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("mock-hearing: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Scenario(ScenarioCommand::Check { files }) => check_scenarios(&files),
        Command::Scenario(ScenarioCommand::List { dir }) => list_scenarios(dir.as_deref()),
        Command::Gui => {
            mock_hearing::ui::run()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Models(ModelsCommand::Import { dir, name, f16 }) => import_model(&dir, &name, f16),
        Command::Models(ModelsCommand::List) => list_models(),
        Command::Models(ModelsCommand::Install { name, f16 }) => {
            install_models(name.as_deref(), f16)
        }
        Command::Transcribe {
            file,
            model,
            language,
            translate,
            format,
        } => transcribe(&file, model.as_deref(), &language, translate, format),
        Command::Bench(BenchCommand::Stream { file, model }) => {
            bench_stream(&file, model.as_deref())
        }
        Command::Bench(BenchCommand::Batch {
            file,
            model,
            language,
        }) => bench_batch(&file, model.as_deref(), &language),
        Command::Devices => list_devices(),
        Command::Record {
            seconds,
            out,
            device,
        } => record_answer(&out, seconds, device.as_deref()),
        Command::Score {
            statement,
            answer,
            question,
            format,
        } => score(
            &statement,
            &answer,
            question.as_deref().unwrap_or(""),
            format,
        ),
        Command::Rehearse {
            scenario,
            statement,
            answers,
            out,
            seed,
            model,
        } => rehearse(HeadlessRun {
            scenario,
            statement,
            answers,
            out,
            passphrase: Vault::passphrase_from_env(),
            model,
            threads: threads_setting(),
            seed,
        }),
        Command::Report {
            session_dir,
            format,
            out,
        } => report(&session_dir, format, out.as_deref()),
    }
}

fn rehearse(run: HeadlessRun) -> anyhow::Result<ExitCode> {
    let session = match headless::rehearse(&run, |line| eprintln!("{line}")) {
        Ok(session) => session,
        Err(HeadlessError::Scenario(err)) => {
            for line in err.lines() {
                eprintln!("{line}");
            }
            anyhow::bail!("{err}");
        }
        Err(err) => return Err(err.into()),
    };
    let findings = session.findings().count();
    println!(
        "session written to {}: {} question(s), {} finding(s){}",
        run.out.display(),
        session.exchanges.len(),
        findings,
        if run.passphrase.is_some() {
            ", encrypted"
        } else {
            ""
        }
    );
    println!(
        "next: mock-hearing report {} --out report.html",
        run.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn report(dir: &Path, format: ReportFormat, out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let passphrase = Vault::passphrase_from_env();
    let session_dir = SessionDir::open(dir, passphrase.as_deref())?;
    let session = session_dir.load()?;
    let text = match format {
        ReportFormat::Html => report::html(&session),
        ReportFormat::Md => report::markdown(&session),
    };
    let Some(out) = out else {
        std::io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    };
    // A report kept inside a sealed folder is sealed like everything else there.
    let folder = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let vault = Vault::for_folder(folder, passphrase.as_deref())?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .context("--out needs a file name, e.g. --out report.html")?;
    let written = vault.write(folder, &name, text.as_bytes())?;
    if vault.is_sealed() {
        eprintln!(
            "note: {} is inside an encrypted folder, so the report is encrypted too ({})",
            out.display(),
            written.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn score(
    statement: &Path,
    answer: &str,
    question: &str,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(statement).with_context(|| {
        format!(
            "cannot read the statement {}; check the path",
            statement.display()
        )
    })?;
    let statement = Statement::from_bytes(&bytes)
        .with_context(|| format!("cannot use the statement {}", statement.display()))?;
    let answer_bytes = if answer == "-" {
        let mut buffer = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buffer)
            .context("cannot read the answer from standard input")?;
        buffer
    } else {
        std::fs::read(answer).with_context(|| {
            format!(
                "cannot read the answer {answer}; check the path, or use - to read standard input"
            )
        })?
    };
    let answer_text = String::from_utf8(answer_bytes).map_err(|_| {
        anyhow::anyhow!(
            "the answer is not text; give a plain-text (UTF-8) file with the answer's words"
        )
    })?;
    let report = Checker::new(statement).check(question, &answer_text);
    let mut stdout = std::io::stdout().lock();
    match format {
        Format::Json => {
            writeln!(
                stdout,
                "{}",
                serde_json::to_string_pretty(&score_json(&report))?
            )?;
        }
        Format::Text => write!(stdout, "{}", score_text(&report))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn score_json(report: &Report) -> serde_json::Value {
    serde_json::json!({
        "score": (report.score * 10.0).round() / 10.0,
        "discrepancies": report.findings.iter().map(|f| serde_json::json!({
            "kind": f.kind.as_str(),
            "severity": f.severity.as_str(),
            "statement_excerpt": f.statement_excerpt,
            "answer_excerpt": f.answer_excerpt,
            "statement_paragraph": f.statement_paragraph,
            "explanation": f.explanation,
        })).collect::<Vec<_>>(),
    })
}

fn score_text(report: &Report) -> String {
    let mut out = format!(
        "Consistency with the statement: {:.0} / 100 (a consistency measure, never a judgement of truthfulness)\n",
        report.score
    );
    if report.findings.is_empty() {
        out.push_str("Nothing in this answer conflicts with the statement.\n");
    }
    for (i, f) in report.findings.iter().enumerate() {
        out.push_str(&format!(
            "\n{}. {} ({} weight){}\n   {}\n   Statement: \"{}\"\n   Answer:    \"{}\"\n",
            i + 1,
            f.kind,
            f.severity,
            if f.statement_paragraph > 0 {
                format!(", statement paragraph {}", f.statement_paragraph)
            } else {
                String::new()
            },
            f.explanation,
            f.statement_excerpt,
            f.answer_excerpt
        ));
    }
    out
}

fn transcribe(
    file: &Path,
    model: Option<&str>,
    language: &str,
    translate: bool,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let samples = wav::read_speech(file)?;
    let model_path = store::resolve(model)?;
    let transcriber = Transcriber::load(&model_path)?;
    let options = Options {
        language: Some(language.to_string()),
        translate,
        threads: threads_setting(),
    };
    if translate && !transcriber.is_multilingual() {
        eprintln!(
            "note: this model is English-only and cannot translate; install `base` for translation"
        );
    }
    let t = transcriber.transcribe(&samples, &options)?;
    if let Some(note) = language_note(&t.language) {
        eprintln!("note: {note}");
    }
    let mut stdout = std::io::stdout().lock();
    match format {
        Format::Text => {
            writeln!(stdout, "{}", t.text)?;
            if let Some(english) = &t.translation {
                writeln!(stdout, "\nEnglish: {english}")?;
            }
        }
        Format::Json => {
            let round = |x: f64| (x * 100.0).round() / 100.0;
            let mut json = serde_json::json!({
                "text": t.text,
                "language": t.language,
                "duration_s": round(t.duration_s),
                "segments": t.segments.iter().map(|s| serde_json::json!({
                    "start_s": round(s.start_s),
                    "end_s": round(s.end_s),
                    "text": s.text,
                    "confidence": (f64::from(s.confidence) * 1000.0).round() / 1000.0,
                })).collect::<Vec<_>>(),
            });
            if let Some(english) = &t.translation {
                json["translation"] = serde_json::json!(english);
            }
            writeln!(stdout, "{}", serde_json::to_string_pretty(&json)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list_devices() -> anyhow::Result<ExitCode> {
    let devices = capture::input_devices();
    if devices.is_empty() {
        eprintln!("mock-hearing: {}", capture::CaptureError::NoDevice);
        return Ok(ExitCode::from(1));
    }
    for d in devices {
        println!(
            "{}{}\t{}",
            if d.is_default { "* " } else { "  " },
            d.name,
            d.host
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn record_answer(out: &Path, seconds: f64, device: Option<&str>) -> anyhow::Result<ExitCode> {
    if !(seconds > 0.0 && seconds <= 3600.0) {
        anyhow::bail!("--seconds must be between 0 and 3600 (an hour)");
    }
    let recorded = record::record(out, seconds, device)?;
    println!(
        "recorded {:.1} s from {} into {} (level {:.1} dBFS, peak {:.1} dBFS)",
        recorded.seconds,
        recorded.device,
        recorded.path.display(),
        recorded.rms_db,
        recorded.peak_db
    );
    Ok(ExitCode::SUCCESS)
}

/// Feeds a WAV through the live streaming path at real-time pace and reports
/// how long the final transcript took after the last sample.
fn bench_stream(file: &Path, model: Option<&str>) -> anyhow::Result<ExitCode> {
    let samples = wav::read_speech(file)?;
    let transcriber = Transcriber::load(&store::resolve(model)?)?;
    let options = Options {
        language: Some("auto".into()),
        translate: false,
        threads: threads_setting(),
    };
    let stream = StreamingTranscriber::start(std::sync::Arc::new(transcriber), options);
    let chunk = 1_600; // 100 ms, as a microphone delivers it
    let start = std::time::Instant::now();
    for (i, piece) in samples.chunks(chunk).enumerate() {
        let due = std::time::Duration::from_secs_f64(((i + 1) * chunk) as f64 / 16_000.0);
        if let Some(wait) = due.checked_sub(start.elapsed()) {
            std::thread::sleep(wait);
        }
        stream.push(piece);
    }
    let last_sample = std::time::Instant::now();
    let (transcript, busy_s) = stream.finish()?;
    let latency = last_sample.elapsed().as_secs_f64();
    let duration = samples.len() as f64 / 16_000.0;
    let words = transcript.text.split_whitespace().count();
    eprintln!("{}", transcript.text);
    println!(
        "latency_s={latency:.3} rtf={:.3} words={words}",
        busy_s / duration
    );
    Ok(ExitCode::SUCCESS)
}

fn bench_batch(file: &Path, model: Option<&str>, language: &str) -> anyhow::Result<ExitCode> {
    let samples = wav::read_speech(file)?;
    let transcriber = Transcriber::load(&store::resolve(model)?)?;
    let options = Options {
        language: Some(language.to_string()),
        translate: false,
        threads: threads_setting(),
    };
    let start = std::time::Instant::now();
    let transcript = transcriber.transcribe(&samples, &options)?;
    let seconds = start.elapsed().as_secs_f64();
    let duration = samples.len() as f64 / 16_000.0;
    eprintln!("{}", transcript.text);
    println!(
        "seconds={seconds:.3} rtf={:.3} words={}",
        seconds / duration,
        transcript.text.split_whitespace().count()
    );
    Ok(ExitCode::SUCCESS)
}

/// Threads for Whisper: `MOCK_HEARING_THREADS`, else `available_parallelism() - 1`.
fn threads_setting() -> usize {
    std::env::var("MOCK_HEARING_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(default_threads)
}

fn import_model(dir: &Path, name: &str, f16: bool) -> anyhow::Result<ExitCode> {
    if !scenario::is_valid_id(&name.replace('.', "-")) {
        anyhow::bail!("the model name {name:?} may use only letters, digits, '.', '-' and '_'");
    }
    let models = store::models_dir()?;
    std::fs::create_dir_all(&models)
        .with_context(|| format!("cannot create the model folder {}", models.display()))?;
    let out = models.join(format!("{name}.bin"));
    let weights = if f16 {
        WeightType::F16
    } else {
        WeightType::Q8_0
    };
    let summary = import::import(dir, &out, weights)
        .with_context(|| format!("cannot import the model in {}", dir.display()))?;
    let sum = store::record_checksum(&summary.path)?;
    println!(
        "imported {name}: {} MB, {} layers, {}, sha256 {sum}",
        summary.bytes / 1_000_000,
        summary.layers,
        if summary.multilingual {
            "multilingual (can translate)"
        } else {
            "English only"
        },
    );
    Ok(ExitCode::SUCCESS)
}

fn install_models(name: Option<&str>, f16: bool) -> anyhow::Result<ExitCode> {
    let names: Vec<&str> = match name {
        Some(n) => vec![n],
        None => install::KNOWN.iter().map(|m| m.name).collect(),
    };
    let weights = if f16 {
        WeightType::F16
    } else {
        WeightType::Q8_0
    };
    for name in names {
        let mut progress = |line: &str| eprintln!("{name}: {line}");
        match install::install(name, weights, &mut progress)? {
            install::Outcome::AlreadyInstalled(path) => {
                println!("{name}: already installed ({})", path.display())
            }
            install::Outcome::Installed { path, bytes } => {
                println!(
                    "{name}: installed, {} MB ({})",
                    bytes / 1_000_000,
                    path.display()
                )
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list_models() -> anyhow::Result<ExitCode> {
    let models = store::list()?;
    if models.is_empty() {
        eprintln!("{}", store::ModelError::NoneInstalled);
        return Ok(ExitCode::from(1));
    }
    for (i, m) in models.iter().enumerate() {
        println!(
            "{}{}\t{} MB\t{}",
            m.name,
            if i == 0 { " (default)" } else { "" },
            m.bytes / 1_000_000,
            m.path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn check_scenarios(inputs: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let listed = scenario::read_dir(input)
                .with_context(|| format!("cannot list the folder {}", input.display()))?;
            if listed.is_empty() {
                eprintln!("mock-hearing: {} holds no .ron files", input.display());
            }
            files.extend(listed.into_iter().map(|(path, _)| path));
        } else {
            files.push(input.clone());
        }
    }
    let mut stdout = std::io::stdout().lock();
    let mut failed = 0;
    for file in &files {
        if let Err(err) = scenario::load_file(file) {
            failed += 1;
            for line in err.lines() {
                writeln!(stdout, "{line}")?;
            }
        }
    }
    if failed > 0 {
        eprintln!(
            "{failed} of {} scenario file(s) have problems; fix each line above (FILE:LINE:COL: message)",
            files.len()
        );
        Ok(ExitCode::from(1))
    } else {
        eprintln!("all {} scenario file(s) are valid", files.len());
        Ok(ExitCode::SUCCESS)
    }
}

fn list_scenarios(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut broken = Vec::new();
    let entries: Vec<LibraryEntry> = match dir {
        None => scenario::built_in(),
        Some(dir) => scenario::read_dir(dir)
            .with_context(|| {
                format!(
                    "cannot list the folder {}; check that it exists",
                    dir.display()
                )
            })?
            .into_iter()
            .filter_map(|(source, loaded)| match loaded {
                Ok(scenario) => Some(LibraryEntry { source, scenario }),
                Err(err) => {
                    broken.push(err);
                    None
                }
            })
            .collect(),
    };
    let mut stdout = std::io::stdout().lock();
    for entry in &entries {
        writeln!(stdout, "{}", describe(entry))?;
    }
    for err in &broken {
        eprintln!("skipped: {err}");
    }
    if entries.is_empty() && broken.is_empty() {
        eprintln!("no scenarios found");
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(entry: &LibraryEntry) -> String {
    let s: &Scenario = &entry.scenario;
    let topics = s.topics().iter().map(|t| t.label()).collect::<Vec<_>>();
    format!(
        "{}\t{}\t{}\t~{} min, {} questions\ttopics: {}",
        entry.source.display(),
        s.title,
        s.jurisdiction.label(),
        s.estimated_minutes,
        s.question_count(),
        topics.join(", ")
    )
}
