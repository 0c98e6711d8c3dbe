#!/usr/bin/env bash
# Lay out the Linux archive's folder: stage.sh BUNDLE_DIR STAGE_DIR
# STAGE_DIR/ gets supervision-journal/ (a copy of BUNDLE_DIR), install.sh, uninstall.sh,
# share/ (menu entry, AppStream metadata, icons), LICENSE and README.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUNDLE=$1 STAGE=$2
NAME=supervision-journal
rm -rf "$STAGE"
mkdir -p "$STAGE/share/icons"
cp -a "$BUNDLE" "$STAGE/$NAME"
install -m 755 "$ROOT/packaging/linux/install.sh" "$ROOT/packaging/linux/uninstall.sh" "$STAGE/"
install -m 644 "$ROOT/packaging/linux/$NAME.desktop" "$ROOT"/packaging/linux/*.metainfo.xml \
  "$STAGE/share/"
install -m 644 "$ROOT/supervision_app/resources/icons/$NAME.svg" \
  "$ROOT"/supervision_app/resources/icons/$NAME-*.png "$STAGE/share/icons/"
install -m 644 "$ROOT/LICENSE" "$STAGE/LICENSE"
install -m 644 "$ROOT/packaging/linux/README.txt" "$STAGE/README.txt"
