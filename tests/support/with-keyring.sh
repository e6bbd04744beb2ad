#!/bin/sh
# Runs "$@" against a real Secret Service: a throwaway GNOME Keyring, unlocked,
# in a throwaway home, on the private session bus of `dbus-run-session` (the
# test command starts this script under it). Nothing touches the user's keyring.
set -eu
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { echo "with-keyring.sh: run me under dbus-run-session" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
# The login keyring is created with a throwaway password: it exists for this run only.
eval "$(printf 'reissuedesk-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL REISSUEDESK_SECRET_SERVICE=1
"$@"
