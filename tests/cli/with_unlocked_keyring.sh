#!/bin/sh
# Runs a test program against a real OS keychain, headless: called as
#   dbus-run-session -- sh with_unlocked_keyring.sh PROGRAM [ARGS...]
# it starts Debian's gnome-keyring-daemon (Secret Service) on that private session bus with a
# fresh "login" keyring, unlocked with a throwaway password, in a temporary data folder that is
# removed afterwards. The daemon ends with the session bus when the program exits.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf '%s' "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
