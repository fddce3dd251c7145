//! Helpers shared by the speech and recording tests: real speech from
//! espeak-ng converted by sox, and the word error rate.

#![allow(dead_code)]

pub mod app;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Runs a tool the tests need (scripts/test.sh installs them all).
pub fn tool(program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .status()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for this test ({e}); scripts/test.sh installs it")
        });
    assert!(status.success(), "{program} {args:?} failed");
}

/// espeak-ng speech in `dir`, converted by sox with the given arguments.
pub fn speech(dir: &Path, name: &str, voice: &str, text: &str, sox_args: &[&str]) -> PathBuf {
    let raw = dir.join(format!("{name}-raw.wav"));
    let out = dir.join(format!("{name}.wav"));
    tool(
        "espeak-ng",
        &[
            "-v",
            voice,
            "-s",
            "135",
            "-w",
            raw.to_str().expect("path"),
            text,
        ],
    );
    let mut args = vec![raw.to_str().expect("path")];
    args.extend_from_slice(sox_args);
    args.push(out.to_str().expect("path"));
    tool("sox", &args);
    out
}

pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Word error rate: word-level edit distance over the reference length.
pub fn wer(reference: &str, hypothesis: &str) -> f64 {
    let (r, h) = (words(reference), words(hypothesis));
    let mut prev: Vec<usize> = (0..=h.len()).collect();
    for i in 1..=r.len() {
        let mut cur = vec![i; h.len() + 1];
        for j in 1..=h.len() {
            let cost = usize::from(r[i - 1] != h[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[h.len()] as f64 / r.len().max(1) as f64
}

/// Whether the private PulseAudio server answers.
pub fn sound_server_up() -> bool {
    Command::new("pactl")
        .arg("info")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Fails with what to do when the private PulseAudio server is not running.
pub fn require_sound_server() {
    assert!(
        sound_server_up(),
        "no PulseAudio server: run the tests through scripts/test.sh, which starts one with a null sink"
    );
}

/// Plays `file` into the null sink `vmic` after `delay`, on a thread.
pub fn play_later(file: &Path, delay: Duration) -> std::thread::JoinHandle<()> {
    let file = file.to_path_buf();
    std::thread::spawn(move || {
        std::thread::sleep(delay);
        let _ = Command::new("paplay")
            .args(["--latency-msec=20", "--device=vmic"])
            .arg(&file)
            .status();
    })
}
