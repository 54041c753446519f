#!/usr/bin/env bash
# Refreshes the committed screenshots (README, AppStream) from the GUI tests that take them.
# Usage: tests/gui/update-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
cmake --build "$build" --target tst_syncflow tst_mappage --parallel 2
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
"$build/tests/gui/tst_syncflow" >/dev/null
"$build/tests/gui/tst_mappage" >/dev/null
for name in 1-connect 1-connect-no-keychain 2-load 3-map 4-review 5-sync 5-sync-failed 6-history \
            map-status-values; do
    cp "$build/screenshots/$name.png" resources/screenshots/
done
echo "screenshots updated in resources/screenshots"
