#!/usr/bin/env bash
# Installs what compiling and testing the Windows installer on Linux (Debian) needs, when missing:
#   - wine, with its 32-bit part (Inno Setup's compiler is a 32-bit program);
#   - xvfb-run and xauth (a setup program needs a display under wine, even when silent);
#   - Inno Setup's compiler ISCC.exe with its standard language files: the npm package
#     `innosetup`, at the version pinned in package-lock.json, into node_modules/ next to this file.
# Safe to run again: quick (no apt, no network) when everything is already there.
# Used by `.ci/run` and by `python packaging/build.py --installer` on Linux.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ISCC="$HERE/node_modules/innosetup/bin/ISCC.exe"
SUDO=""
if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing=()
command -v wine >/dev/null || missing+=(wine wine64)
installed wine32:i386 || missing+=(wine32)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
command -v npm >/dev/null || missing+=(npm)

if ((${#missing[@]})); then
    echo "install_tools.sh: installing ${missing[*]}"
    if ! dpkg --print-foreign-architectures | grep -qx i386; then
        $SUDO dpkg --add-architecture i386
    fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The compiler at exactly the locked version (npm ci never resolves anything anew).
locked="$(node -p "require('$HERE/package-lock.json').packages['node_modules/innosetup'].version")"
present=""
if [[ -f "$ISCC" ]]; then
    present="$(node -p "require('$HERE/node_modules/innosetup/package.json').version")"
fi
if [[ "$present" != "$locked" ]]; then
    echo "install_tools.sh: installing Inno Setup $locked (npm package innosetup)"
    (cd "$HERE" && npm ci --ignore-scripts --no-audit --no-fund)
fi

if [[ ! -f "$ISCC" ]]; then
    echo "install_tools.sh: $ISCC is missing after npm ci" >&2
    exit 1
fi
echo "install_tools.sh: ready: $(wine --version), Inno Setup $locked ($ISCC)"
