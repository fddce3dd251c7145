//! The real app opens a window under Xvfb and stays up: the release of the
//! first frame does not depend on the speech model, the fonts or the disk.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn the_app_opens_under_xvfb_and_stays_up() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut app = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_mock-hearing"))
        .arg("gui")
        .env("MOCK_HEARING_DATA_DIR", data.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        // Its own process group, so that closing it reaches the app under
        // xvfb-run and nothing else (not an app the user has open).
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| {
            panic!("xvfb-run is needed for this test ({e}); scripts/test.sh installs it")
        });
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if let Some(status) = app.try_wait().expect("status") {
            let mut stderr = String::new();
            if let Some(mut pipe) = app.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
            }
            panic!(
                "the app exited after {:?} with {status}: {stderr}",
                started.elapsed()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    // Still up after ten seconds: close it, with xvfb-run and its server.
    let _ = Command::new("kill")
        .args(["-TERM", "--", &format!("-{}", app.id())])
        .status();
    let _ = app.kill();
    let _ = app.wait();
}
