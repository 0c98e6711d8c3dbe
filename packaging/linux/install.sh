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

desktop=$(mktemp)
trap 'rm -f "$desktop"' EXIT
sed -e "s|^Exec=.*|Exec=\"$OPT/$NAME\"|" -e "s|^TryExec=.*|TryExec=$OPT/$NAME|" \
  "$HERE/share/$NAME.desktop" > "$desktop"

# What goes where: "SOURCE|TARGET" (the launcher link is made separately).
plan=("$desktop|$DATA/applications/$NAME.desktop")
for png in "$HERE"/share/icons/$NAME-*.png; do
  size=${png##*-}; size=${size%.png}
  plan+=("$png|$DATA/icons/hicolor/${size}x${size}/apps/$NAME.png")
done
plan+=("$HERE/share/icons/$NAME.svg|$DATA/icons/hicolor/scalable/apps/$NAME.svg")
plan+=("$HERE/share/$APP_ID.metainfo.xml|$DATA/metainfo/$APP_ID.metainfo.xml")

# Never overwrite what someone else put there: uninstall.sh would later delete it.
conflicts=()
[ ! -e "$OPT" ] || conflicts+=("$OPT")
{ [ -e "$BIN/$NAME" ] || [ -L "$BIN/$NAME" ]; } && conflicts+=("$BIN/$NAME")
for item in "${plan[@]}"; do [ ! -e "${item#*|}" ] || conflicts+=("${item#*|}"); done
if [ ${#conflicts[@]} -gt 0 ]; then
  printf '  %s\n' "${conflicts[@]}" >&2
  fail "these exist already and were not installed by install.sh (another copy, for example from pipx?); remove them first. Nothing was installed."
fi

# Every file and folder made is listed in the manifest as soon as it exists, so that
# uninstall.sh can remove a half-finished installation too.
pending=()
record() {
  pending+=("$@")
  if [ -f "$MANIFEST" ] && [ ${#pending[@]} -gt 0 ]; then
    printf '%s\n' "${pending[@]}" >> "$MANIFEST"; pending=()
  fi
}
new_dir() {  # mkdir -p, recording every folder that did not exist before (as "path/")
  local dir=$1 missing=()
  while [ ! -d "$dir" ]; do missing+=("$dir"); dir=$(dirname "$dir"); done
  for ((i=${#missing[@]}-1; i>=0; i--)); do mkdir "${missing[$i]}"; record "${missing[$i]}/"; done
}

say "Installing into $OPT..."
new_dir "$(dirname "$OPT")"
cp -a "$HERE/$NAME" "$OPT"
: > "$MANIFEST"
record
install -m 755 "$HERE/uninstall.sh" "$OPT/uninstall.sh"

new_dir "$BIN"
ln -s "$OPT/$NAME" "$BIN/$NAME"
record "$BIN/$NAME"
for item in "${plan[@]}"; do
  target=${item#*|}
  new_dir "$(dirname "$target")"
  install -m 644 "${item%%|*}" "$target"
  record "$target"
done

# Menus notice a new .desktop file by themselves. update-desktop-database is not run: it
# only matters for file types (this entry has none) and would leave a cache file behind.

say "Installed. Start Supervision Journal from your applications menu, or run: $NAME"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) say "($BIN is not on your PATH yet; it usually is after you log out and in again.)" ;;
esac
say "To remove it: $OPT/uninstall.sh (your journal is kept)."
