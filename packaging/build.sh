#!/usr/bin/env bash
# Build a one-folder bundle in dist/supervision-journal (needs the dev environment: ./dev setup).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q pyinstaller
.venv/bin/pyinstaller --noconfirm --clean packaging/supervision-journal.spec
