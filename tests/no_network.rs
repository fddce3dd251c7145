//! Nothing leaves the machine: the app and every command that handles
//! testimony run under strace, and none of them opens an internet socket
//! (IPv4 or IPv6) or connects anywhere but local sockets (the display, the
//! sound server). Model installation is the one command that downloads, and
//! it is separate and explicit.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_mock-hearing")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `args` under strace (following threads and children) and returns the
/// network system calls it made to anything other than a local socket.
fn network_calls(dir: &Path, name: &str, program: &[&str]) -> Vec<String> {
    let trace = dir.join(format!("{name}.trace"));
    let status = Command::new("strace")
        .args([
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect,sendto,sendmsg",
            "-o",
        ])
        .arg(&trace)
        .args(program)
        .env("MOCK_HEARING_THREADS", "1")
        .env("MOCK_HEARING_PASSPHRASE", "local only please")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| {
            panic!("strace is needed for this test ({e}); scripts/test.sh installs it")
        });
    // The app runs until `timeout` ends it.
    assert!(
        status.success() || name == "gui",
        "{name} failed under strace: {status}"
    );
    let text = std::fs::read_to_string(&trace).expect("strace wrote its trace");
    if name == "gui" {
        assert!(
            text.contains("connect(") && text.contains("AF_UNIX"),
            "the app did not reach the display, so it was not really running"
        );
    }
    text.lines()
        .filter(|line| line.contains("AF_INET") || line.contains("AF_INET6"))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_trace_does_see_an_internet_socket() {
    let dir = tempfile::tempdir().expect("temp dir");
    let calls = network_calls(
        dir.path(),
        "control",
        &[
            "python3",
            "-c",
            "import socket; socket.socket(socket.AF_INET6)",
        ],
    );
    assert!(!calls.is_empty(), "strace must catch an internet socket");
}

#[test]
fn no_command_and_not_the_app_opens_a_network_connection() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    let statement = root().join("assets/sample-client/statement.txt");
    let answers = root().join("assets/sample-client/answers");
    let spoken = common::speech(
        d,
        "answer",
        "en-us",
        "They arrested me in March and kept me for three days.",
        &["-r", "16000", "-c", "1"],
    );
    let session = d.join("session");
    let s = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    let scenario = s(&root().join("scenarios/us-asylum-office.ron"));
    let runs: Vec<(&str, Vec<String>)> = vec![
        (
            "scenario",
            vec![
                bin().into(),
                "scenario".into(),
                "check".into(),
                scenario.clone(),
            ],
        ),
        (
            "transcribe",
            vec![bin().into(), "transcribe".into(), s(&spoken)],
        ),
        (
            "score",
            vec![
                bin().into(),
                "score".into(),
                "--statement".into(),
                s(&statement),
                "--answer".into(),
                s(&answers.join("why-leave.txt")),
            ],
        ),
        (
            "rehearse",
            vec![
                bin().into(),
                "rehearse".into(),
                "--scenario".into(),
                scenario,
                "--statement".into(),
                s(&statement),
                "--answers".into(),
                s(&answers),
                "--out".into(),
                s(&session),
            ],
        ),
        ("report", vec![bin().into(), "report".into(), s(&session)]),
        (
            "gui",
            vec![
                "timeout".into(),
                "15".into(),
                "xvfb-run".into(),
                "-a".into(),
                bin().into(),
                "gui".into(),
            ],
        ),
    ];
    let mut offenders = Vec::new();
    for (name, program) in &runs {
        let program: Vec<&str> = program.iter().map(String::as_str).collect();
        let calls = network_calls(d, name, &program);
        println!("{name}: {} network call(s)", calls.len());
        offenders.extend(calls.into_iter().map(|c| format!("{name}: {c}")));
    }
    assert!(
        offenders.is_empty(),
        "network calls:\n{}",
        offenders.join("\n")
    );
}
