#!/usr/bin/env bash
# Sets everything up and starts the Mock Hearing app.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh run
cargo build --release --locked
target/release/mock-hearing models install
exec target/release/mock-hearing gui "$@"
