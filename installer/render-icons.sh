#!/usr/bin/env bash
# usage: installer/render-icons.sh
# Re-renders the committed app icon files from resources/icons/torii-sync.svg after the SVG changes:
# the freedesktop PNG sizes (resources/icons/hicolor/) and the Windows .ico (installer/windows/). The macOS
# .icns is made from the PNGs at configure time on macOS (installer/macos/MacBundle.cmake), so it is not here.
# Needs rsvg-convert (librsvg2-bin) and ImageMagick (imagemagick); neither is needed to build or test.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/torii-sync.svg
for size in 16 22 24 32 48 64 128 256 512; do
    dir="resources/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$dir/torii-sync.png"
done
# Windows shows 16-48 in lists and 256 in Explorer's large views; PNG-compressed entries keep the file small.
ico_inputs=()
for size in 16 24 32 48 64 256; do ico_inputs+=("resources/icons/hicolor/${size}x${size}/apps/torii-sync.png"); done
/usr/bin/convert "${ico_inputs[@]}" installer/windows/torii-sync.ico
