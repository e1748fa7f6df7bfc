#!/usr/bin/env bash
# Retakes every screenshot in docs/screenshots (README), in English and Korean, from a build
# directory: the account dashboard, identities and DNS records, configuration sets, suppression
# list and dedicated IPs, templates and test sends, and the statistics charts. Each part is a
# script of its own in scripts/screenshots/ and can be run alone.
#
#   scripts/screenshots.sh [BUILD_DIR]        (default: ./build)
#
# Needs xvfb-run, ImageMagick's import and a Korean font (fonts-nanum): see bootstrap.sh test;
# the DNS check picture needs dnsmasq and root (see scripts/screenshots/identities.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
for part in account identities panes templates statistics; do
    echo "== $part"
    "$top/scripts/screenshots/$part.sh" "$build"
done
