"""A JSONL import on a worker thread (the app's Import) pauses between lines so the window
gets the GIL (core/gil.py, issue 9: no stall over 100 ms); on the main thread (the command
line) it never pauses.

The pause is made deterministic here: every ``breathe`` on a worker pauses (the interval is
0), and the pauses are counted with a spy on ``time.sleep``. Both passes over the file are
seen: the checking read (every line) and, into a vault that already holds entries, the
writing read (every accepted line again).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from supervision_app.core import gil
from supervision_app.core.entries import Entry
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

ENTRIES = 40


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> dict[int, int]:
    """Pauses per thread ident, with every breathe on a worker pausing (for 0 s)."""
    monkeypatch.setattr(gil, "INTERVAL_S", 0.0)
    monkeypatch.setattr(gil, "PAUSE_S", 0.0)
    seen: dict[int, int] = {}
    real = time.sleep

    def spy(seconds: float) -> None:
        ident = threading.get_ident()
        seen[ident] = seen.get(ident, 0) + 1
        real(seconds)

    monkeypatch.setattr(time, "sleep", spy)
    return seen


def _dump(tmp_path: Path) -> tuple[Path, int]:
    """A JSONL file of ENTRIES entries; the number of its lines."""
    with Vault.create(tmp_path / "source.sjvault", PASSPHRASE) as source:
        for i in range(ENTRIES):
            source.entries.add(Entry(title=f"Reflection {i}", body=f"Visit number {i}."))
        path = tmp_path / "backup.jsonl"
        export_jsonl(source, path)
    return path, len(path.read_bytes().splitlines())


def _target(tmp_path: Path) -> Vault:
    """A vault that already holds an entry: the import reads the file twice."""
    vault = Vault.create(tmp_path / "target.sjvault", PASSPHRASE)
    vault.entries.add(Entry(title="Already here", body="Written before the import."))
    return vault


def test_an_import_on_a_worker_pauses_in_both_reads_of_the_file(
    tmp_path: Path, pauses: dict[int, int]
) -> None:
    path, lines = _dump(tmp_path)
    with _target(tmp_path) as vault:
        idents: list[int] = []
        errors: list[BaseException] = []

        def work() -> None:
            idents.append(threading.get_ident())
            try:
                import_jsonl(vault, path)
            except BaseException as error:  # noqa: BLE001 (reported below)
                errors.append(error)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert errors == []
        assert vault.entries.count() == ENTRIES + 1
    # Every line of the checking read (the first line's breathe only starts the clock), and
    # the entries written in the second read.
    assert pauses.get(idents[0], 0) >= (lines - 1) + ENTRIES


def test_an_import_on_the_main_thread_never_pauses(tmp_path: Path, pauses: dict[int, int]) -> None:
    path, _lines = _dump(tmp_path)
    with _target(tmp_path) as vault:
        import_jsonl(vault, path)
        assert vault.entries.count() == ENTRIES + 1
    assert pauses.get(threading.get_ident(), 0) == 0
