#!/usr/bin/env bash
# Takes the README's screenshots of the Identities pane, the create-identity wizard, an
# identity's details and its DNS records with a check result, in English and Korean: the
# shoot_identities tool (tests/gui/identities/screenshots) under Xvfb, over an in-process
# Sandbox with example identities. The DNS check needs dnsmasq and root (port 53 on 127.0.0.153).
#
#   scripts/screenshots/identities.sh [BUILD_DIR]        (default: ./build)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
out=$top/docs/screenshots
mkdir -p "$out"
ninja -C "$build" -j2 shoot_identities >/dev/null
for lang in en ko; do
    xvfb-run -a -s "-screen 0 1280x1100x24" "$build/tests/gui/identities/shoot_identities" "$out" "$lang"
done
