#!/bin/sh
# Install her2aid for the current user (no root needed):
#   the app into ~/.local/opt/her2aid, a launcher into ~/.local/bin,
#   the menu entry, icons and AppStream metadata into ~/.local/share.
# Run from the unpacked tarball:  ./install.sh     Uninstall:  ./install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/her2aid
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$bin/her2aid" "$prefix/applications/her2aid.desktop" \
    "$prefix/metainfo/io.github.her2aid.her2aid.metainfo.xml"
  find "$prefix/icons/hicolor" -name 'her2aid.*' -delete 2>/dev/null || true
  echo "her2aid removed."
  exit 0
fi
mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/metainfo" "$prefix/icons"
rm -rf "$opt" && cp -r "$here/her2aid" "$opt"
ln -sf "$opt/her2aid" "$bin/her2aid"
cp -r "$here/icons/hicolor" "$prefix/icons/"
sed "s|^Exec=her2aid|Exec=$opt/her2aid|" "$here/her2aid.desktop" > "$prefix/applications/her2aid.desktop"
cp "$here/io.github.her2aid.her2aid.metainfo.xml" "$prefix/metainfo/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
echo "her2aid installed: find it in your applications menu, or run $bin/her2aid"
echo "If it does not start, install Qt's system libraries: sudo apt-get install libgl1 libegl1"
