#!/usr/bin/env bash
# The run command (README): installs what is missing, builds the window and starts it in demo mode: the
# built-in Torii + S3 sandbox as the target and a sample export loaded, so every step works offline.
# Extra arguments go to torii-sync (e.g. another file to load instead of the sample).
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/deps.sh build run
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
sample="resources/demo/demo-users.csv" # our own demo export (invented people, Google Workspace format)
args=(--demo)
if [ $# -gt 0 ]; then args+=("$@"); elif [ -f "$sample" ]; then args+=("$sample"); fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-demo.sh: no display; starting under xvfb-run (screen 1280x800)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/release/ui/torii-sync "${args[@]}"
fi
exec build/release/ui/torii-sync "${args[@]}"
