#!/usr/bin/env bash
# Install Supervision Journal for this user only (no root needed), from the unpacked archive:
#   ./install.sh            check that it runs here (--self-test), then install
#   ./install.sh --no-check install without the check
# Installs:
#   ~/.local/opt/supervision-journal/          the app (and a copy of uninstall.sh)
#   ~/.local/bin/supervision-journal           a link to start it, or to use the command line
#   ~/.local/share/applications/supervision-journal.desktop     the menu entry
#   ~/.local/share/icons/hicolor/*/apps/supervision-journal.*   the icon
#   ~/.local/share/metainfo/io.github.supervisionjournal.SupervisionJournal.metainfo.xml
# (~/.local/share is $XDG_DATA_HOME when that is set.) Every file it creates is listed in
# ~/.local/opt/supervision-journal/installed-files, which uninstall.sh removes, and nothing
# else. Your journal (~/.local/share/supervision-journal/journal.sjvault) is never touched.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NAME=supervision-journal
APP_ID=io.github.supervisionjournal.SupervisionJournal
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/$NAME
BIN=$HOME/.local/bin
MANIFEST=$OPT/installed-files
say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

check=1
case "${1:-}" in
  --no-check) check=0 ;;
  "") ;;
  -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) fail "unknown option '$1' (use --no-check or --help)" ;;
esac

[ -x "$HERE/$NAME/$NAME" ] || fail "run this from the unpacked archive: $HERE/$NAME/$NAME is missing."
[ "$HERE/$NAME" != "$OPT" ] || fail "this copy is already the installed one."

if [ "$check" = 1 ]; then
  say "Checking that Supervision Journal runs on this computer..."
  if ! out=$(QT_QPA_PLATFORM=offscreen "$HERE/$NAME/$NAME" --self-test 2>&1); then
    printf '%s\n' "$out" >&2
    fail "the self-test failed (above), so nothing was installed. Missing system libraries (for example libEGL, libGL or fontconfig) are the usual cause."
  fi
  say "  ${out##*$'\n'}"
fi

# An earlier installation is replaced: remove exactly what it installed.
if [ -f "$MANIFEST" ]; then
  say "Replacing the installed version..."
  "$HERE/uninstall.sh" --quiet
fi

created=()
new_dir() {  # mkdir -p, remembering every folder that did not exist before
  local dir=$1 missing=()
  while [ ! -d "$dir" ]; do missing+=("$dir"); dir=$(dirname "$dir"); done
  for ((i=${#missing[@]}-1; i>=0; i--)); do mkdir "${missing[$i]}"; created+=("${missing[$i]}/"); done
}
installed=()
put() {  # put SOURCE DEST [MODE]
  new_dir "$(dirname "$2")"
  install -m "${3:-644}" "$1" "$2"
  installed+=("$2")
}

[ ! -e "$OPT" ] || fail "$OPT exists but was not installed by install.sh; move it away first."
say "Installing into $OPT..."
new_dir "$(dirname "$OPT")"
cp -a "$HERE/$NAME" "$OPT"
install -m 755 "$HERE/uninstall.sh" "$OPT/uninstall.sh"

new_dir "$BIN"
ln -sfn "$OPT/$NAME" "$BIN/$NAME"
installed+=("$BIN/$NAME")

desktop=$(mktemp)
trap 'rm -f "$desktop"' EXIT
sed -e "s|^Exec=.*|Exec=\"$OPT/$NAME\"|" -e "s|^TryExec=.*|TryExec=$OPT/$NAME|" \
  "$HERE/share/$NAME.desktop" > "$desktop"
put "$desktop" "$DATA/applications/$NAME.desktop"
for png in "$HERE"/share/icons/$NAME-*.png; do
  size=${png##*-}; size=${size%.png}
  put "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$NAME.png"
done
put "$HERE/share/icons/$NAME.svg" "$DATA/icons/hicolor/scalable/apps/$NAME.svg"
put "$HERE/share/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"

# The list uninstall.sh works from: files first, then the folders this run created.
{ printf '%s\n' "${installed[@]}"; [ ${#created[@]} -eq 0 ] || printf '%s\n' "${created[@]}"; } > "$MANIFEST"

# Menus notice a new .desktop file by themselves. update-desktop-database is not run: it
# only matters for file types (this entry has none) and would leave a cache file behind.

say "Installed. Start Supervision Journal from your applications menu, or run: $NAME"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) say "($BIN is not on your PATH yet; it usually is after you log out and in again.)" ;;
esac
say "To remove it: $OPT/uninstall.sh (your journal is kept)."
