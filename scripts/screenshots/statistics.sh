#!/usr/bin/env bash
# Takes the README's screenshots of the Statistics pane's sending activity and reputation
# sections, in English and Korean: tst_statisticsdemo's screenshots() over an in-process Sandbox
# filled with its demo data (--demo-data) on a fixed clock, so the pictures do not change.
#
#   scripts/screenshots/statistics.sh [BUILD_DIR]        (default: ./build)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
out=$top/docs/screenshots
mkdir -p "$out"
ninja -C "$build" -j2 tst_statisticsdemo >/dev/null
for lang in en ko; do
    TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        SESDESK_SCREENSHOT_DIR="$out" SESDESK_SCREENSHOT_LANG=$lang \
        "$build/tests/gui/stats/tst_statisticsdemo" screenshots
done
