#!/usr/bin/env bash
# Sets everything up and runs the whole test suite, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh test

echo "== build"
cargo build --locked
echo "== speech models (downloaded once, then kept)"
target/debug/mock-hearing models install

echo "== formatting"
cargo fmt --all -- --check
echo "== lints"
cargo clippy --all-targets --locked -- -D warnings
echo "== tests"
cargo test --locked --all-targets
