#!/usr/bin/env bash
# Build "Supervision Journal.app" and a .dmg on macOS 11 or newer (Python 3.11+ from
# python.org or Homebrew). Not run on this project's Linux CI.
#   packaging/macos/build-macos.sh
# Signing and notarisation (needed so Gatekeeper opens it without a warning) use your own
# Apple Developer ID; set CODESIGN_IDENTITY to sign, e.g. "Developer ID Application: ...".
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv-macos/bin/python ] || python3 -m venv .venv-macos
PY=.venv-macos/bin/python
"$PY" -m pip install -q --upgrade pip
"$PY" -m pip install -q ".[dev]"
VERSION=$("$PY" -c 'import supervision_app; print(supervision_app.__version__)')
APP="dist/Supervision Journal.app"

"$PY" -m PyInstaller --noconfirm --clean packaging/supervision-journal.spec
# The same executable runs the command line: check the bundle before packing it.
"$APP/Contents/MacOS/supervision-journal" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
  # Then: xcrun notarytool submit ... --wait && xcrun stapler staple "$APP"
fi
DMG="dist/supervision-journal-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -volname "Supervision Journal" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "Built $APP and $DMG"
