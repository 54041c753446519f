#!/usr/bin/env bash
# usage: installer/deps.sh [build|test|run]...
# Installs the Debian 12 packages Torii Sync needs that are missing, and nothing when all are there.
# Run as root (or through sudo). Every package is from Debian's own archive; see README "Dependencies".
set -euo pipefail

build=(cmake ninja-build g++ pkg-config
       qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
       qtkeychain-qt6-dev libquazip1-qt6-dev libqt6sql6-sqlite libqt6svg6 dpkg-dev
       libssl-dev libfreexl-dev)
runtime=(libsecret-1-0 gnome-keyring dbus-daemon fonts-dejavu-core)
# Tests: a private keyring, desktop-file and AppStream validators, clang for the fuzz targets, python3 for the
# benchmark generator and time (/usr/bin/time) for the benchmark's peak-RSS figures.
test=(libsecret-tools desktop-file-utils appstream clang libclang-rt-14-dev python3 time)
# Starting the window on a machine without a display.
run=(xvfb xauth)

want=("${build[@]}" "${runtime[@]}")
for group in "${@:-build}"; do
    case "$group" in
        build) ;;
        test) want+=("${test[@]}") ;;
        run) want+=("${run[@]}") ;;
        *) echo "deps.sh: unknown group '$group' (build, test, run)" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else
        echo "deps.sh: missing packages (${missing[*]}); run me as root" >&2; exit 1
    fi
fi
echo "deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
${SUDO:-} apt-get update -qq
${SUDO:-} apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
