#!/usr/bin/env bash
# SesDesk's one entry point on a fresh Debian 12 machine.
#
#   scripts/bootstrap.sh run    install what is missing, build, launch SesDesk on the local Sandbox
#   scripts/bootstrap.sh test   install what is missing, build (warnings as errors), run every test
#
# Packages come from Debian's archive through apt-get; nothing is installed by hand.
set -euo pipefail

mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

top=$(cd "$(dirname "$0")/.." && pwd)
build=${SESDESK_BUILD_DIR:-$top/build}

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    qtkeychain-qt6-dev libssl-dev libxkbcommon-dev libgl-dev
    python3 ca-certificates
)
if [ "$mode" = test ]; then
    # Test peers: moto and the AWS CLI (preinstalled on our CI image; Debian's packages otherwise),
    # named-checkzone, a DNS server on loopback, openssl for test DKIM keys, an X server for screenshots.
    packages+=(bind9-utils dnsmasq-base openssl xvfb xauth imagemagick fonts-nanum)
    command -v aws >/dev/null 2>&1 || packages+=(awscli)
    python3 -c 'import moto' >/dev/null 2>&1 || packages+=(python3-moto)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# The test build is unoptimised and without debug info: it compiles about three times faster,
# which keeps a clean CI run on two cores well inside its hour. The run build is optimised.
if [ "$mode" = test ]; then
    config=(-DCMAKE_BUILD_TYPE= -DSESDESK_WERROR=ON)
else
    config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSESDESK_WERROR=OFF)
fi
cmake -S "$top" -B "$build" -G Ninja "${config[@]}" "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = test ]; then
    cd "$build"
    exec ctest --output-on-failure --timeout 600 --parallel "$(nproc)"
fi

# No credentials configured: SesDesk opens on its embedded Sandbox with demo data.
if [ -x "$build/app/gui/sesdesk" ]; then
    exec "$build/app/gui/sesdesk" --sandbox
fi
echo "The GUI is not built yet; starting the Sandbox's CLI instead." >&2
exec "$build/app/cli/sesdesk-cli" --help
