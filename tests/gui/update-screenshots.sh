#!/usr/bin/env bash
# Refreshes the committed screenshots (README, AppStream) from the GUI tests that take them.
# Usage: tests/gui/update-screenshots.sh [BUILD_DIR]   (default: build/ci, the test command's build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/ci}"
cmake --build "$build" --target tst_syncflow tst_mappage tst_layout --parallel 2
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
"$build/tests/gui/tst_syncflow" >/dev/null
"$build/tests/gui/tst_mappage" >/dev/null
"$build/tests/gui/tst_layout" >/dev/null
for name in 1-connect 1-connect-no-keychain 2-load 3-map 4-review 5-sync 5-sync-failed 6-history \
            map-status-values; do
    cp "$build/screenshots/$name.png" resources/screenshots/
done
# Every page at the smallest supported size, in English and German (tst_layout).
for language in en de; do
    for page in 1-connect 2-load 3-map 4-review 5-sync 6-history 7-jobs; do
        cp "$build/screenshots/layout-$language-$page-1024x700.png" "resources/screenshots/$language-1024x700-$page.png"
    done
done
echo "screenshots updated in resources/screenshots"
