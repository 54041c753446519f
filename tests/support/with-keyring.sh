#!/bin/sh
# usage: with-keyring.sh CMD [ARGS...]
# Runs CMD inside a private D-Bus session with a throw-away, unlocked gnome-keyring, so keychain tests talk to
# a real Secret Service on any machine (CI has no session bus) and never touch the developer's own keyring.
tmp=$(mktemp -d) || exit 1
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR" || exit 1
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY QT_NO_GLIB
# QtKeychain 0.13 picks KWallet instead of the Secret Service when it believes it runs under KDE.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_SESSION_VERSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID
dbus-run-session -- sh -c '
  printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
  # --start claims org.freedesktop.secrets now; without it the daemon leaks when nothing used it.
  gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 || exit 1
  "$@"' sh "$@"
rc=$?
rm -rf "$tmp"
exit $rc
