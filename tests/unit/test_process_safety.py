"""Nothing decrypted left behind: stale temporary files, core dumps, file modes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_app.core import atomic
from tests.cli.helpers import CLI_ENV, ok, run

#: A process that starts an export the way the app does, then is killed mid-write.
_KILLED_WRITER = """
import os, sys
from pathlib import Path
from supervision_app.process_safety import start_safely
from supervision_app.core.atomic import atomic_file
start_safely()
with atomic_file(Path(sys.argv[1])) as out:
    out.write("plaintext canary " * 1000)
    out.flush()
    os.kill(os.getpid(), 9)
"""


def _killed_export(target: Path) -> Path:
    proc = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(target)], env=CLI_ENV, check=False
    )
    assert proc.returncode == -signal.SIGKILL
    (left,) = [p for p in target.parent.iterdir() if p.name.endswith(".part")]
    assert b"plaintext canary" in left.read_bytes()
    return left


def test_the_next_start_removes_a_killed_exports_temporary_file(tmp_path: Path) -> None:
    """The folder is never exported to again: the registry in the data folder finds it."""
    left = _killed_export(tmp_path / "export.jsonl")
    ok(run("frameworks", passphrase=None))  # any command: the start cleans up
    assert not left.exists()
    assert list(tmp_path.iterdir()) == []


def test_the_next_write_in_that_folder_removes_it(tmp_path: Path) -> None:
    left = _killed_export(tmp_path / "export.jsonl")
    registry, atomic._registry = atomic._registry, None  # only the folder scan this time
    try:
        atomic.atomic_write(tmp_path / "other.txt", b"fine")
    finally:
        atomic._registry = registry
    assert not left.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt"]


def test_a_live_writers_temporary_file_is_kept(tmp_path: Path) -> None:
    other = tmp_path / f".export.jsonl.sj{os.getppid()}-0123456789ab.part"  # a live process
    other.write_text("in progress")
    mine = tmp_path / "x.txt"
    with atomic.atomic_file(mine) as out:
        out.write("x")
        assert atomic.clean_stale_temp_files(tmp_path) == []
    assert other.exists()
    assert not atomic.clean_stale_temp_files(tmp_path)


_PROBE = """
import ctypes, os, resource
from supervision_app.process_safety import start_safely
start_safely()
umask = os.umask(0)
print(oct(umask), resource.getrlimit(resource.RLIMIT_CORE),
      ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))
"""


def test_start_turns_off_core_dumps_and_makes_files_private() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], env=CLI_ENV, capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=1)
    assert out[0] == "0o77"
    assert out[1].strip() == "(0, 0) 0"  # no core size; PR_GET_DUMPABLE is 0


def test_the_data_folder_is_platformdirs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """paths.data_dir applies the XDG rule itself (faster); it must agree with platformdirs."""
    from platformdirs import user_data_path

    from supervision_app import APP_ID
    from supervision_app.paths import data_dir

    for value in ("/tmp/xdg-elsewhere", "", "  "):
        monkeypatch.setenv("XDG_DATA_HOME", value)
        assert data_dir() == user_data_path(APP_ID, appauthor=False)
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == user_data_path(APP_ID, appauthor=False)
