"""The daily backup on its worker never deadlocks with the UI thread reading the vault.

Regression test for a348d3f: a Python progress handler on the vault's shared connection ran
on the worker while SQLite held that connection's mutex, and waited for the GIL; the UI
thread, holding the GIL, waited for the mutex to read the next row of the list. Both stopped
for good. The scenario runs in a process of its own (tests/gui/backup_reader_probe.py) so a
deadlock (which no Python code can interrupt: the GIL is held) fails this test by timeout
instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120


def test_reading_the_list_while_backups_run_never_deadlocks(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = str(tmp_path / "home")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.gui.backup_reader_probe", str(tmp_path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"backups with the UI thread reading did not finish in {TIMEOUT_S} s: deadlock")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["errors"] == [] and report["backups"] == 3 and report["rows_read"] > 0
