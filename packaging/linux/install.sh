#!/bin/sh
# Installs WKSBM Desktop for the current user from the unpacked tarball (no root needed):
# the program in ~/.local/opt, a command in ~/.local/bin, a menu entry and its icon.
# Data stays in ~/.local/share/WKSBM Desktop and is never touched by installing or removing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/wksbm-desktop"

if [ "$here" != "$opt" ]; then
    rm -rf "$opt"
    mkdir -p "$(dirname "$opt")"
    cp -a "$here" "$opt"
fi
mkdir -p "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
ln -sf "$opt/wksbm-desktop" "$HOME/.local/bin/wksbm-desktop"
cp "$opt/wksbm-desktop.png" "$prefix/icons/hicolor/256x256/apps/wksbm-desktop.png"
sed "s|^Exec=wksbm-desktop|Exec=\"$opt/wksbm-desktop\"|" "$opt/wksbm-desktop.desktop" \
    > "$prefix/applications/wksbm-desktop.desktop"
echo "WKSBM Desktop terpasang di $opt (menu: WKSBM Desktop; perintah: wksbm-desktop)."
