#!/usr/bin/env bash
# Remove Supervision Journal as installed by install.sh: exactly the files listed in
# ~/.local/opt/supervision-journal/installed-files, the folders that installation created
# (when they are empty), and ~/.local/opt/supervision-journal itself.
# Your journal (~/.local/share/supervision-journal/journal.sjvault) and settings are kept.
#   uninstall.sh [--quiet]
set -euo pipefail
NAME=supervision-journal
OPT=$HOME/.local/opt/$NAME
MANIFEST=$OPT/installed-files
quiet=0; [ "${1:-}" = "--quiet" ] && quiet=1
say() { [ "$quiet" = 1 ] || printf '%s\n' "$*"; }

if [ ! -f "$MANIFEST" ]; then
  printf 'uninstall.sh: Supervision Journal is not installed here (%s is missing).\n' "$MANIFEST" >&2
  exit 1
fi
mapfile -t entries < "$MANIFEST"
for entry in "${entries[@]}"; do  # files and links
  case "$entry" in */) ;; *) if [ -L "$entry" ] || [ -f "$entry" ]; then rm -f -- "$entry"; fi ;; esac
done
rm -rf -- "$OPT"
for ((i=${#entries[@]}-1; i>=0; i--)); do  # folders, deepest first, only when empty
  case "${entries[$i]}" in */) rmdir -- "${entries[$i]%/}" 2>/dev/null || true ;; esac
done
say "Supervision Journal was removed. Your journal and its settings were kept."
