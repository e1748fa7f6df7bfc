#!/usr/bin/env bash
# Takes the Configuration sets and Suppression list screenshots in English and Korean: the
# shoot_panes tool (tests/gui/panes/screenshots) under Xvfb, over an in-process Sandbox filled
# with the demo account (--demo-data).
#
#   scripts/screenshots/panes.sh [BUILD_DIR] [LANGUAGES...]   (default: ./build en ko)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
shift || true
languages=("${@:-en}")
[ $# -eq 0 ] && languages=(en ko)
out=$top/docs/screenshots
mkdir -p "$out"
ninja -C "$build" -j2 shoot_panes >/dev/null
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE
for lang in "${languages[@]}"; do
    home=$(mktemp -d)
    HOME="$home" XDG_CONFIG_HOME="$home/.config" xvfb-run -a -s "-screen 0 1400x1000x24" \
        "$build/tests/gui/panes/shoot_panes" "$out" "$lang"
    rm -rf "$home"
done
