"""A restore into a new vault builds the entries' full-text index on a second thread while
the rest of the file is read (storage/bulk.py ``IndexBuild``): the vault, its index and
what searches find are the same as when the index is built at the end, and a failure or
Cancel while the thread works leaves nothing behind."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.imports import InvalidImport
from supervision_app.storage import bulk
from supervision_app.storage.jsonl import restore as jsonl_import
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_jsonl_roundtrip import fill_vault, fts_integrity_check, vault_state

WORDS = (
    "safeguarding supervision reflection support social worker family carer home visit"
    " assessment plan review meeting sister school nurse housing wellbeing outcome"
    " strengths risk consent advocacy transition respite routine"
).split()


@pytest.fixture
def starts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ``upto`` of every background build that really started a thread."""
    seen: list[int] = []
    real = bulk.IndexBuild.start

    def start(self: bulk.IndexBuild, upto: int) -> None:
        real(self, upto)
        if self.running or self.started:
            seen.append(upto)

    monkeypatch.setattr(bulk.IndexBuild, "start", start)
    return seen


def _entries_row_by_row(vault: Vault, clock: FakeClock, count: int, seed: int) -> None:
    """Entries added one at a time through the repository (each indexed by the trigger)."""
    rng = random.Random(seed)
    for n in range(count):
        clock.advance(minutes=7)
        entry = vault.entries.add(
            Entry(
                title=" ".join(rng.choices(WORDS, k=4)).capitalize(),
                body=" ".join(rng.choices(WORDS, k=rng.randint(20, 120))),
                tags=tuple(sorted(set(rng.choices(WORDS[:8], k=2)))),
            )
        )
        if n % 9 == 4:
            assert entry.id is not None
            vault.entries.trash(entry.id)


def test_a_dump_restored_with_the_index_on_a_second_thread_is_what_two_passes_give(
    vault: Vault,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    starts: list[int],
) -> None:
    fill_vault(vault, clock)
    _entries_row_by_row(vault, clock, 60, seed=1)
    path = tmp_path / "dump.jsonl"
    export_jsonl(vault, path)
    states, results = [], []
    for once in (True, False):
        if not once:  # checked first, written after: the index in one statement at the end
            monkeypatch.setattr(jsonl_import, "_keeps_ids", lambda *_args: False)
        with Vault.create(tmp_path / f"copy-{once}.sjvault", PASSPHRASE, clock=clock) as copy:
            results.append(import_jsonl(copy, path))
            states.append(vault_state(copy))  # the index's segments too, byte for byte
            fts_integrity_check(copy)
    highest = vault.conn.execute("SELECT max(id) FROM entries").fetchone()[0]
    assert starts == [highest]  # the first way built the index on the second thread
    assert states[0] == states[1]
    assert results[0] == results[1]


QUERIES = ["s*", "sa*", "saf*", "su*", "sup*", "ho*", "w*", "we*", "re* AND fa*", '"home visit"']


def test_searches_find_the_same_as_in_a_vault_built_entry_by_entry(
    vault: Vault, clock: FakeClock, tmp_path: Path, starts: list[int]
) -> None:
    """The 2- and 3-letter prefix indexes, built in bulk, answer as the triggers' do."""
    _entries_row_by_row(vault, clock, 150, seed=2)
    path = tmp_path / "dump.jsonl"
    export_jsonl(vault, path)
    with Vault.create(tmp_path / "copy.sjvault", PASSPHRASE, clock=clock) as copy:
        import_jsonl(copy, path)
        assert starts  # the index was built on the second thread
        fts_integrity_check(copy)
        for query in QUERIES:
            expected = vault.entries.search(query, limit=500)
            assert expected, query
            assert copy.entries.search(query, limit=500) == expected, query
        for typed in ("sa", "saf", "wel", "ho"):
            expected = vault.entries.search(typed, plain=True, prefix_last=True, quick=True)
            assert copy.entries.search(typed, plain=True, prefix_last=True, quick=True) == (
                expected
            )
        index = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid"
        for query in QUERIES:
            assert copy.conn.execute(index, (query,)).fetchall() == (
                vault.conn.execute(index, (query,)).fetchall()
            )


def _big_dump(path: Path, entries: int) -> None:
    """A dump-shaped file: a header, entries, then one tag line per entry."""
    rng = random.Random(3)
    lines: list[dict[str, Any]] = [
        {"type": "header", "format": "supervision-journal-jsonl", "version": 1}
    ]
    for n in range(1, entries + 1):
        body = " ".join(rng.choices(WORDS, k=300))
        lines.append(
            {
                "type": "entries",
                "id": n,
                "kind": "reflection",
                "title": f"Entry {n}",
                "practice_date": "2026-02-07",
                "tags": '["visit"]',
                "created_at": "2026-02-07T10:00:00+00:00",
                "updated_at": "2026-02-07T10:00:00+00:00",
                "body": body,
            }
        )
    lines += [{"type": "entry_tags", "entry_id": n, "tag": "visit"} for n in range(1, entries + 1)]
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line) + "\n")


def _header_of(vault: Vault, tmp_path: Path) -> dict[str, Any]:
    sample = tmp_path / "sample.jsonl"
    export_jsonl(vault, sample)
    header: dict[str, Any] = json.loads(sample.read_text(encoding="utf-8").splitlines()[0])
    return header


def _with_header_and_end(path: Path, header: dict[str, Any], bad_last: bool = False) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = json.dumps(header)
    data = len(lines) - 1
    if bad_last:
        lines[-1] = '{"type": "entry_tags", "entry_id": 1, "tag": }'
    lines.append(json.dumps({"type": "end", "lines": data}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _nothing_in(vault: Vault) -> None:
    for table in ("entries", "entry_tags", "entries_fts_data", "entries_fts_docsize"):
        if table == "entries_fts_data":  # the structure record of an empty index only
            assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] <= 2
        else:
            assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    added = vault.entries.add(Entry(title="Afterwards", body="zebrafish"))
    assert [s.id for s in vault.entries.search("zebrafish")] == [added.id]
    fts_integrity_check(vault)


def test_a_bad_line_after_the_entries_leaves_nothing(
    vault: Vault, clock: FakeClock, tmp_path: Path, starts: list[int]
) -> None:
    path = tmp_path / "big.jsonl"
    _big_dump(path, 400)
    _with_header_and_end(path, _header_of(vault, tmp_path), bad_last=True)
    with Vault.create(tmp_path / "copy.sjvault", PASSPHRASE, clock=clock) as copy:
        with pytest.raises(InvalidImport, match="Line 801 is not valid JSON"):
            import_jsonl(copy, path)
        assert starts == [400]
        _nothing_in(copy)


def test_cancel_while_the_index_is_built_leaves_nothing(
    vault: Vault, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's Cancel interrupts the connection again and again until the work has
    stopped (gui/common/tasks.py): the second thread's statement stops, and the import
    fails as a whole."""
    path = tmp_path / "big.jsonl"
    _big_dump(path, 1500)
    _with_header_and_end(path, _header_of(vault, tmp_path))
    started = threading.Event()
    real = bulk.IndexBuild.start

    def start(self: bulk.IndexBuild, upto: int) -> None:
        real(self, upto)
        started.set()

    monkeypatch.setattr(bulk.IndexBuild, "start", start)
    with Vault.create(tmp_path / "copy.sjvault", PASSPHRASE, clock=clock) as copy:
        outcome: list[BaseException | None] = []

        def work() -> None:
            try:
                import_jsonl(copy, path)
                outcome.append(None)
            except BaseException as error:  # noqa: BLE001 - the test looks at it below
                outcome.append(error)

        worker = threading.Thread(target=work)
        worker.start()
        assert started.wait(30)
        while worker.is_alive():  # as the app's Cancel does, until the work has stopped
            copy.conn.interrupt()
            worker.join(0.002)
        (error,) = outcome
        assert error is not None and "interrupt" in str(error).lower()
        _nothing_in(copy)


#: A restore in a process of its own that says when the index thread has started.
_CHILD = """
import sys
from supervision_app.storage import bulk
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.vault import Vault

real = bulk.IndexBuild.start


def start(self, upto):
    real(self, upto)
    print("index", flush=True)


bulk.IndexBuild.start = start
with Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\\n")) as vault:
    import_jsonl(vault, sys.argv[2])
print("done", flush=True)
"""


def _restore_in_a_process(target: Path, source: Path, kill_after: float | None) -> bool:
    """True if the process was killed (``kill_after`` seconds after the index thread
    started), False if it finished."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target), str(source)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline() == "index\n", child.communicate()[1]
    if kill_after is None:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0 and out == "done\n", err
        return False
    time.sleep(kill_after)
    os.kill(child.pid, signal.SIGKILL)
    out, _err = child.communicate(timeout=60)
    return child.returncode == -signal.SIGKILL and "done" not in out


def test_a_restore_killed_while_the_index_is_built_leaves_nothing(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    """SIGKILL at once, and a little later, while the second thread builds the index: the
    vault opens with nothing of the file in it, and a restore afterwards gives it all."""
    path = tmp_path / "big.jsonl"
    _big_dump(path, 1500)
    _with_header_and_end(path, _header_of(vault, tmp_path))
    empty = tmp_path / "empty.sjvault"
    Vault.create(empty, PASSPHRASE, clock=clock).close()
    killed = 0
    for n, kill_after in enumerate((0.0, 0.02, 0.08)):
        target = tmp_path / f"killed-{n}.sjvault"
        shutil.copyfile(empty, target)
        if _restore_in_a_process(target, path, kill_after):
            killed += 1
            with Vault.open(target, PASSPHRASE, clock=clock) as copy:
                _nothing_in(copy)
    assert killed >= 2
    target = tmp_path / "whole.sjvault"
    shutil.copyfile(empty, target)
    assert not _restore_in_a_process(target, path, None)
    with Vault.open(target, PASSPHRASE, clock=clock) as copy:
        assert copy.entries.count() == 1500
        fts_integrity_check(copy)
        assert len(copy.entries.search("Entry", limit=2000)) == 1500
