#!/usr/bin/env bash
# Takes the template editor and Send test email screenshots under Xvfb (the real main window over
# loopback servers, driven by tests/gui/templates/templates_screenshots.cpp).
#
#   scripts/screenshots/templates.sh [BUILD_DIR] [LANGUAGES...]   (default: ./build en ko)
#
# Korean ("ko") previews a Korean template; the shell is Korean, pane strings as far as translations/sesdesk_ko.ts has them.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
shift || true
languages=("${@:-en}")
[ $# -eq 0 ] && languages=(en ko)
out=$top/docs/screenshots
mkdir -p "$out"
ninja -C "$build" templates_screenshots >/dev/null
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE
for lang in "${languages[@]}"; do
    home=$(mktemp -d)
    HOME="$home" XDG_CONFIG_HOME="$home/.config" xvfb-run -a -s "-screen 0 1400x1000x24" \
        "$build/tests/gui/templates/templates_screenshots" "$out" "$lang"
    rm -rf "$home"
done
