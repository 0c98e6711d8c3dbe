"""No plaintext left behind (issue 9): a whole session in the real window, with HOME, the XDG
folders and TMPDIR pointed at one temporary folder, leaves the canary word in no file there
but the exports the user asked for."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from supervision_app.formats import register_all

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
CANARY = "Qzorvantic"


def _holds(data: bytes, canary: str) -> bool:
    """The canary as UTF-8 or UTF-16 text, or inside a ZIP (DOCX, XLSX) member."""
    needles = (canary.encode(), canary.encode("utf-16-le"), canary.encode("utf-16-be"))
    if any(n in data for n in needles):
        return True
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return any(_holds(archive.read(name), canary) for name in archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
    return False


def test_a_whole_session_leaves_the_canary_only_in_the_exports(tmp_path: Path) -> None:
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
        "TMPDIR": tmp_path / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    exports = home / "Documents"
    exports.mkdir()
    vault = folders["XDG_DATA_HOME"] / "journal.sjvault"
    env = {**os.environ, **{k: str(v) for k, v in folders.items()}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-m", "tests.gui.canary_scenario", str(vault), str(exports), CANARY],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0 and "scenario done" in proc.stdout, proc.stderr[-3000:]

    register_all()
    from supervision_app.export import registry

    asked = sorted(exports.iterdir())
    assert len(asked) == len(registry.names())  # one file per format, nothing else there
    # The scan can see the canary: it is in the exports that hold text (PDF text is
    # compressed and encoded as glyphs; a JSONL backup and the others hold it as written).
    readable = [p for p in asked if p.suffix in (".md", ".csv", ".html", ".jsonl", ".docx")]
    assert readable and all(_holds(p.read_bytes(), CANARY) for p in readable)

    leaked = []
    for path in tmp_path.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.parent != exports:
            if _holds(path.read_bytes(), CANARY):
                leaked.append(path.relative_to(tmp_path).as_posix())
    assert leaked == []
    assert vault.exists()  # the encrypted vault was scanned too, and holds no plaintext
