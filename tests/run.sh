#!/usr/bin/env bash
# The test command (README, .ci/run): installs what is missing, builds the ci preset and runs every test
# headless. Tests start the services they need themselves (keyring, sandbox).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/deps.sh build test
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
# Headless, whatever the calling shell has: offscreen widgets, no session bus, no KDE hints.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS QT_NO_GLIB XDG_CURRENT_DESKTOP KDE_SESSION_VERSION
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
ctest --preset ci "$@"
# The fuzz targets (tests/fuzz): a separate clang build with libFuzzer + ASan/UBSan, each target fuzzed for
# ~40 s from the committed corpus and the shared samples. TORIISYNC_SKIP_FUZZ=1 skips it.
if [ "${TORIISYNC_SKIP_FUZZ:-0}" != 1 ]; then
    cmake --preset fuzz
    cmake --build --preset fuzz --parallel "$(nproc)"
    ctest --preset fuzz
fi
