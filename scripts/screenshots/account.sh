#!/usr/bin/env bash
# Takes the README's screenshots: runs sesdesk on the Local Sandbox under Xvfb, in English and
# Korean, with a throw-away home (no AWS credentials, fresh settings), and grabs the screen.
#
#   scripts/screenshots/account.sh [BUILD_DIR]        (default: ./build)
#
# Needs xvfb-run, ImageMagick's import and a Korean font (fonts-nanum): see bootstrap.sh test.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
out=$top/docs/screenshots
mkdir -p "$out"

shoot() { # language file
    local lang=$1 file=$2 home
    home=$(mktemp -d)
    mkdir -p "$home/.config/SesDesk"
    printf '[Preferences]\nlanguage=%s\n[MainWindow]\npane=account\n' "$lang" > "$home/.config/SesDesk/SesDesk.conf"
    xvfb-run -a -s "-screen 0 1180x780x24" bash -c '
        HOME="$1" XDG_CONFIG_HOME="$1/.config" "$2" --sandbox & pid=$!
        sleep "${SHOT_DELAY:-6}"
        import -window root "$3"
        kill $pid' _ "$home" "$build/app/gui/sesdesk" "$out/$file"
    rm -rf "$home"
    echo "wrote docs/screenshots/$file"
}

unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE
shoot en account-dashboard-en.png
shoot ko account-dashboard-ko.png
