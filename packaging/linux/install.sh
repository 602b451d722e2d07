#!/bin/sh
# Install her2aid from the unpacked tarball.
#
#   ./install.sh                     for you only (no root): the app in ~/.local/opt/her2aid,
#                                    the command in ~/.local/bin, menu entry, icons and
#                                    "Open with" for her2aid case files in ~/.local/share
#   sudo ./install.sh --system       for every user: /opt/her2aid, /usr/local/bin/her2aid,
#                                    /usr/local/share
#   ./install.sh --uninstall         remove it again (add --system for a system install)
#
# Options: --no-selftest skips the check at the end. DESTDIR=/some/root puts a
# --system install's files under that folder (for packagers and tests); what the
# files say (menu entry, the command's link) is still /opt/her2aid.
#
# An update keeps the installed copy until the new one is completely in place.
# At the end the installed app checks itself (her2aid --selftest); if it fails,
# the message says which system packages to install.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
mode=user action=install selftest=yes
for arg in "$@"; do
  case $arg in
    --system) mode=system ;;
    --user) mode=user ;;
    --uninstall) action=uninstall ;;
    --no-selftest) selftest=no ;;
    -h|--help) sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0"; exit 0 ;;  # the comment above
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

# final_* are the paths as installed: they go into the .desktop file and the symlink.
# With DESTDIR (--system only) the files are written under $DESTDIR$final_*; the
# installed files still name the final paths, and the system caches are left to
# the package's own install scripts.
root=
if [ $mode = system ]; then
  root=${DESTDIR:-}
  final_opt=/opt/her2aid
  final_bin=/usr/local/bin
  final_data=/usr/local/share
  if [ -z "$root" ] && [ "$(id -u)" != 0 ]; then
    echo "install.sh: --system needs root: sudo $0 $*" >&2; exit 2
  fi
else
  : "${HOME:?install.sh: HOME is not set}"
  final_opt=$HOME/.local/opt/her2aid
  final_bin=$HOME/.local/bin
  final_data=${XDG_DATA_HOME:-$HOME/.local/share}
fi
opt=$root$final_opt
bin=$root$final_bin
data=$root$final_data

# The path goes inside Exec="..." of the .desktop file, where " ` $ \ would need
# escaping that not every desktop parses alike, and a line break would end the key.
nl='
'
case $final_opt in
  *[\"\`\$\\]*|*"$nl"*)
    echo "install.sh: cannot install into $final_opt (it contains \" \` \$ \\ or a line break)" >&2; exit 2 ;;
esac

desktop=$data/applications/her2aid.desktop
metainfo=$data/metainfo/io.github.her2aid.her2aid.metainfo.xml
mimexml=$data/mime/packages/io.github.her2aid.her2aid.xml

# The command: a link in the bin folder. Only a link to this install's app is ours
# (also when dangling); anything else there (another her2aid, a pip script) is left alone.
link=$bin/her2aid
link_is_ours() {
  [ -L "$link" ] || return 1
  target=$(readlink "$link")
  [ "$target" = "$final_opt/her2aid" ] || [ "$target" = "$opt/her2aid" ]
}
not_ours() {
  if [ -L "$link" ]; then echo "a link to $(readlink "$link")"
  elif [ -d "$link" ]; then echo "a folder"
  else echo "a file, perhaps from pip"
  fi
}

refresh_caches() {
  [ -z "$root" ] || return 0
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime/packages" ]; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  # Per user, never create an icon cache: nothing would remove it, and once stale it
  # hides the icons other apps add later. Refresh one that is there (or ours is hidden).
  icon_cache=$data/icons/hicolor/icon-theme.cache
  if [ $mode = user ] && [ ! -e "$icon_cache" ]; then return 0; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$data/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ $action = uninstall ]; then
  rm -rf "$opt"
  if link_is_ours; then
    rm -f "$link"
  elif [ -e "$link" ] || [ -L "$link" ]; then
    echo "install.sh: left $link alone: it is not her2aid's ($(not_ours))." >&2
  fi
  rm -f "$desktop" "$metainfo" "$mimexml"
  if [ -d "$data/icons/hicolor" ]; then
    find "$data/icons/hicolor" -path '*/apps/her2aid.*' -delete 2>/dev/null || true
  fi
  refresh_caches
  echo "her2aid removed from $opt."
  exit 0
fi

[ -x "$here/her2aid/her2aid" ] || { echo "install.sh: run me from the unpacked her2aid tarball ($here/her2aid/her2aid is missing)" >&2; exit 2; }

# 1. The app: copy next to the old one, then swap, so a failed copy leaves the old one working.
parent=$(dirname "$opt")
mkdir -p "$parent" "$bin" "$data/applications" "$data/metainfo" "$data/mime/packages" "$data/icons"
new=$opt.new.$$ old=$opt.old.$$
# Whatever stops the script before the swap is done (an error, Ctrl+C) removes the
# new copy and, if the old one was already moved aside, puts it back.
undo_swap() {
  rm -rf "$new"
  if [ -e "$old" ] && [ ! -e "$opt" ]; then mv "$old" "$opt"; fi
}
trap undo_swap EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
cp -R "$here/her2aid" "$new"
if [ -e "$opt" ]; then mv "$opt" "$old"; fi
if ! mv "$new" "$opt"; then
  undo_swap
  echo "install.sh: could not move the new copy into $opt; the installed copy is unchanged." >&2
  exit 1
fi
trap - EXIT INT TERM HUP
rm -rf "$old"
cmd=$final_bin/her2aid
if link_is_ours || { [ ! -e "$link" ] && [ ! -L "$link" ]; }; then
  ln -sfn "$final_opt/her2aid" "$link"
else
  cmd=$final_opt/her2aid
  echo "install.sh: did not replace $link: it is not her2aid's ($(not_ours))." >&2
  echo "  The menu entry works; the command is $cmd (remove $link and run install.sh again to get 'her2aid')." >&2
fi

# 2. Desktop integration: menu entry (absolute Exec), icons, AppStream, the case-file type.
# Written line by line, not with sed, so & | and the like in the path stay as they are.
# In Exec a literal % is written %% (Desktop Entry spec: %f and the like are field codes).
exec_path=$(printf '%s\n' "$final_opt/her2aid" | sed 's/%/%%/g')
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    "Exec=her2aid "*) printf '%s\n' "Exec=\"$exec_path\" ${line#Exec=her2aid }" ;;
    "TryExec=her2aid") printf '%s\n' "TryExec=$final_opt/her2aid" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/her2aid.desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
cp -R "$here/icons/hicolor" "$data/icons/"
cp "$here/io.github.her2aid.her2aid.metainfo.xml" "$metainfo"
cp "$here/io.github.her2aid.her2aid.mime.xml" "$mimexml"
refresh_caches

if [ -n "$root" ]; then
  echo "her2aid staged in $opt for $final_opt (DESTDIR=$root)"
else
  echo "her2aid installed in $opt; start it from the applications menu or with: $cmd"
fi
if [ $mode = user ] && [ "$cmd" = "$final_bin/her2aid" ]; then
  case ":$PATH:" in *":$bin:"*) ;; *) echo "(Add $bin to PATH to start it as just 'her2aid'.)" ;; esac
fi

# 3. Check the installed copy end to end; name the missing system packages if it fails.
[ $selftest = yes ] || exit 0
check="$cmd --selftest"
[ -z "$root" ] || check="$opt/her2aid-cli --selftest"
if out=$("$opt/her2aid-cli" --selftest 2>&1); then
  echo "$out"
  exit 0
fi
echo "$out" >&2
missing=$(printf '%s\n' "$out" | sed -n 's/.*\(lib[A-Za-z0-9_+.-]*\.so[.0-9]*\): cannot open shared object file.*/\1/p' | head -n 1)
if [ -z "$missing" ]; then
  echo "her2aid is installed but its self-test failed; the message above says why." >&2
  exit 1
fi
id_like=$( (. "${OS_RELEASE:-/etc/os-release}" 2>/dev/null && echo "${ID:-} ${ID_LIKE:-}") || true)
case " $id_like " in
  *" debian "*|*" ubuntu "*) fix="sudo apt-get install libgl1 libegl1" ;;
  *" fedora "*|*" rhel "*|*" centos "*) fix="sudo dnf install libglvnd-glx libglvnd-egl" ;;
  *" suse "*|*" opensuse "*) fix="sudo zypper install libGL1 libEGL1" ;;
  *" arch "*) fix="sudo pacman -S libglvnd" ;;
  *) fix="(your distribution's packages for libGL.so.1 and libEGL.so.1, usually libglvnd)" ;;
esac
case $missing in
  libGL.*|libEGL.*|libOpenGL.*) what="the system's OpenGL libraries (Qt needs them even without a screen)" ;;
  *) what="$missing"; fix="$fix   # and the package that provides $missing" ;;
esac
cat >&2 <<EOF

her2aid is installed but cannot start yet: it needs $what. To fix it:

    $fix

then check again with:  $check
EOF
exit 1
