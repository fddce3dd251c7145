#!/usr/bin/env bash
# Sets everything up and runs the whole test suite, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh test

# A one-off build gains nothing from incremental compilation but a gigabyte
# and more of disk; keep it off unless the caller asks for it.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

echo "== build"
cargo build --locked
echo "== speech models (downloaded once, then kept)"
target/debug/mock-hearing models install

echo "== sound server (a private PulseAudio; tests play speech into its null sink)"
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
pulseaudio --daemonize=yes --exit-idle-time=-1 -n \
    --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=vmic rate=16000 channels=1" \
    --load=module-always-sink 2>/dev/null
trap 'pulseaudio --kill 2>/dev/null || true; rm -rf "$XDG_RUNTIME_DIR"' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do pactl info >/dev/null 2>&1 && break; sleep 0.5; done

echo "== formatting"
cargo fmt --all -- --check
echo "== lints"
cargo clippy --all-targets --locked -- -D warnings
echo "== tests"
# Snapshot images of the app render on Mesa's software OpenGL, the same on every machine.
export WGPU_BACKEND=gl
log="$(mktemp)"
status=0
cargo test --locked --no-fail-fast --lib --bins --tests 2>&1 | tee "$log" || status=$?
passed=$(grep -oE '^test result: .* ([0-9]+) passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
