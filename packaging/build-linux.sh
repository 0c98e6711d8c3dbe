#!/usr/bin/env bash
# Build the Linux bundle: dist/supervision-journal/ (one folder, PyInstaller) and
# dist/supervision-journal-VERSION-linux-ARCH.tar.gz, which unpacks to a folder holding the
# bundle, install.sh, uninstall.sh, the menu entry, icons and AppStream metadata.
#   packaging/build-linux.sh            (uses .venv; run ./dev setup first)
#   PYTHON=/path/to/python packaging/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
say() { printf '%s\n' "$*" >&2; }

"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -q "pyinstaller>=6.10"
VERSION=$("$PY" -c 'import supervision_app; print(supervision_app.__version__)')
ARCH=$(uname -m)
NAME=supervision-journal
STAGE="dist/$NAME-$VERSION"
ARCHIVE="dist/$NAME-$VERSION-linux-$ARCH.tar.gz"

say "Building the bundle (PyInstaller)..."
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/supervision-journal.spec

say "Staging $STAGE..."
packaging/linux/stage.sh "dist/$NAME" "$STAGE"

say "Packing $ARCHIVE..."
tar -C dist -czf "$ARCHIVE" "$NAME-$VERSION"
rm -rf "$STAGE"
say "Bundle: dist/$NAME ($(du -sh "dist/$NAME" | cut -f1)); archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
