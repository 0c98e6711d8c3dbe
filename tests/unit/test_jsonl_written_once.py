"""A restore into a new vault writes each page once (storage/written_once.py): a rollback
journal instead of the write-ahead log for its one transaction, then the log again.

The vault is the one the log gives, byte for byte; a kill at any moment (the journal just
made, the new pages half written into the vault file, the journal half removed) leaves the
vault as it was or the whole import; and no file in the vault's folder ever holds the
text in the clear, during the import or after it.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.imports import InvalidImport
from supervision_app.storage import written_once
from supervision_app.storage.jsonl import restore
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_jsonl_index_thread import (
    WORDS,
    _header_of,
    _nothing_in,
    _with_header_and_end,
)
from tests.unit.test_jsonl_roundtrip import fts_integrity_check, vault_state

#: In every entry's body: it must never be found in the clear in the vault's folder.
CANARY = "Quillonwhistlecanary"
ENTRIES = 2000


def _dump(path: Path, header: dict[str, Any], entries: int = ENTRIES) -> None:
    """A dump-shaped file: entries (each body with :data:`CANARY`), then one tag each."""
    rng = random.Random(5)
    lines: list[dict[str, Any]] = [header]
    for n in range(1, entries + 1):
        body = " ".join([*rng.choices(WORDS, k=250), CANARY, str(n)])
        lines.append(
            {
                "type": "entries", "id": n, "kind": "reflection", "title": f"Entry {n}",
                "practice_date": "2026-02-07", "tags": '["visit"]',
                "created_at": "2026-02-07T10:00:00+00:00",
                "updated_at": "2026-02-07T10:00:00+00:00", "body": body,
            }
        )  # fmt: skip
    lines += [{"type": "entry_tags", "entry_id": n, "tag": "visit"} for n in range(1, entries + 1)]
    lines.append({"type": "end", "lines": len(lines) - 1})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def _in_the_clear(folder: Path) -> list[str]:
    """Files of ``folder`` holding the canary as text (UTF-8 or UTF-16, as SQLite could)."""
    needles = (CANARY.encode(), CANARY.encode("utf-16-le"), CANARY.encode("utf-16-be"))
    found = []
    for file in folder.iterdir():
        try:
            data = file.read_bytes()
        except FileNotFoundError:  # removed meanwhile (the journal at the commit)
            continue
        if any(needle in data for needle in needles):
            found.append(file.name)
    return found


def _modes(conn: Any) -> tuple[str, int]:
    return (
        conn.execute("PRAGMA journal_mode").fetchone()[0],
        conn.execute("PRAGMA synchronous").fetchone()[0],
    )


def test_the_vault_is_the_one_the_log_gives_and_back_in_its_own_mode(
    vault: Vault, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "dump.jsonl"
    _dump(source, _header_of(vault, tmp_path), entries=300)
    seen: list[tuple[str, int]] = []
    real = restore._check_references

    def check_references(conn: Any, names: set[str]) -> None:
        seen.append(_modes(conn))
        real(conn, names)

    monkeypatch.setattr(restore, "_check_references", check_references)
    once = tmp_path / "once.sjvault"
    with Vault.create(once, PASSPHRASE, clock=clock) as copy:
        result = import_jsonl(copy, source)
        assert seen == [("delete", 3)]  # a rollback journal; EXTRA syncs the folder too
        assert _modes(copy.conn) == ("wal", 2)  # FULL, as every opening sets it
        assert not Path(f"{once}-journal").exists()
        assert result.entries == 300
        state = vault_state(copy)
    # The same file through the log (a worker's connection open: see the next test).
    seen.clear()
    monkeypatch.setattr(written_once, "_to_rollback_journal", lambda conn: False)
    with Vault.create(tmp_path / "log.sjvault", PASSPHRASE, clock=clock) as copy:
        assert import_jsonl(copy, source) == result
        assert seen == [("wal", 2)]
        assert vault_state(copy) == state  # full-text index segments included
    with Vault.open(once, PASSPHRASE, clock=clock) as copy:
        fts_integrity_check(copy)
        assert len(copy.entries.search(CANARY, limit=1000)) == 300


def test_with_a_workers_connection_open_the_import_keeps_the_log(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    source = tmp_path / "dump.jsonl"
    _dump(source, _header_of(vault, tmp_path), entries=50)
    with Vault.create(tmp_path / "copy.sjvault", PASSPHRASE, clock=clock) as copy:
        worker = copy.private_connection()
        try:
            assert worker.execute("SELECT count(*) FROM entries").fetchone() == (0,)
            import_jsonl(copy, source)
            assert worker.execute("SELECT count(*) FROM entries").fetchone() == (50,)
        finally:
            worker.close()
        assert _modes(copy.conn) == ("wal", 2)
    # Not even for an instant: the other connection has the file, so SQLite refuses.
    with Vault.create(tmp_path / "busy.sjvault", PASSPHRASE, clock=clock) as copy:
        worker = copy.private_connection()
        try:
            worker.execute("BEGIN")
            worker.execute("SELECT count(*) FROM entries").fetchone()
            assert not written_once._to_rollback_journal(copy.conn)
            assert _modes(copy.conn) == ("wal", 2)
        finally:
            worker.close()


def test_a_bad_line_leaves_the_vault_as_it_was_and_in_its_own_mode(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    source = tmp_path / "dump.jsonl"
    _dump(source, _header_of(vault, tmp_path), entries=200)
    _with_header_and_end(source, _header_of(vault, tmp_path), bad_last=True)
    with Vault.create(tmp_path / "copy.sjvault", PASSPHRASE, clock=clock) as copy:
        with pytest.raises(InvalidImport):
            import_jsonl(copy, source)
        assert _modes(copy.conn) == ("wal", 2)
        _nothing_in(copy)


#: A restore in a process of its own: "go" once it has opened the vault, "done" at the end.
_CHILD = """
import sys
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.vault import Vault

with Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\\n")) as vault:
    print("go", flush=True)
    import_jsonl(vault, sys.argv[2])
    print("imported", flush=True)
    sys.stdin.readline()  # the test may kill it here; else the line is there already
print("done", flush=True)
"""


def _grown(target: Path, size: int) -> bool:
    """True once SQLite writes the new pages into the vault file (the commit)."""
    return target.stat().st_size > size


def _journal(target: Path) -> bool:
    try:
        return Path(f"{target}-journal").stat().st_size > 0
    except FileNotFoundError:
        return False


def _hot(target: Path) -> bool:
    """True if a journal is there for the next opening to roll back. One killed before
    SQLite synced it (before the vault file was touched) keeps no magic number: SQLite
    ignores it, leaves it there, and overwrites it at its next use."""
    try:
        return Path(f"{target}-journal").read_bytes()[:8] != bytes(8)
    except FileNotFoundError:
        return False


def _run(target: Path, source: Path, when: str | float, span: float) -> tuple[bool, set[str]]:
    """Run a restore and SIGKILL it (``when``: a fraction of ``span`` after it has opened the
    vault, or at once on an event), looking for the canary in the folder all the while.
    (killed, what was seen: "journal" while a journal held pages, "grown" when the vault
    file had grown meanwhile, "clear" naming any file with the canary in the clear).
    The events: the journal appears, the vault file grows (the commit writes the new
    pages), the journal has gone (committed), the import has returned."""
    size = target.stat().st_size
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(target), str(source)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline() == "go\n", child.communicate()[1]
    if when == "imported":  # the import has returned: committed, the vault still open
        assert child.stdout.readline() == "imported\n", child.communicate()[1]
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=60)
        return True, {f"clear: {name}" for name in _in_the_clear(target.parent)}
    child.stdin.write("\n")  # read once the import has returned: it goes on at once
    child.stdin.flush()
    started, seen = time.monotonic(), set()
    give_up = started + 6 * span
    while child.poll() is None:
        journal, grown = _journal(target), _grown(target, size)
        committed = "grown" in seen and not journal  # then back to the log, "done"
        seen |= {"journal"} if journal else set()
        seen |= {"grown"} if grown and journal else set()
        if isinstance(when, float):
            hit = time.monotonic() - started >= when * span
        else:
            events = {"journal": journal, "grown": grown, "committed": committed}
            hit = events.get(when, False)
        if when != "never" and (hit or time.monotonic() > give_up):
            os.kill(child.pid, signal.SIGKILL)
            break
        if isinstance(when, str) and when != "never":
            time.sleep(0.0001)  # the event's window is milliseconds: look, do not read
            continue
        seen |= {f"clear: {name}" for name in _in_the_clear(target.parent)}
    out, err = child.communicate(timeout=120)
    seen |= {f"clear: {name}" for name in _in_the_clear(target.parent)}
    if when == "never":
        assert child.returncode == 0 and out == "imported\ndone\n", err
    return child.returncode == -signal.SIGKILL and "done" not in out, seen


@pytest.mark.slow
def test_a_restore_killed_at_any_moment_leaves_the_old_vault_or_the_whole_new_one(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    source = tmp_path / "dump.jsonl"
    _dump(source, _header_of(vault, tmp_path))
    empty = tmp_path / "empty.sjvault"
    Vault.create(empty, PASSPHRASE, clock=clock).close()
    for suffix in ("-wal", "-shm"):
        Path(f"{empty}{suffix}").unlink(missing_ok=True)

    def fresh(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(empty, folder / "vault.sjvault")
        return folder / "vault.sjvault"

    # Uninterrupted: how long it takes here, and the canary never in the clear meanwhile.
    whole = fresh("whole")
    started = time.monotonic()
    killed, seen = _run(whole, source, "never", 60.0)
    span = time.monotonic() - started
    assert not killed and seen == {"journal", "grown"}, seen
    landed: dict[str, int] = {"old": 0, "new": 0, "with a journal": 0, "pages half written": 0}
    moments: list[str | float] = ["journal", "grown", "grown", "committed", "imported"]
    moments += [0.1, 0.3, 0.5, 0.7, 0.85, 0.95]
    for n, when in enumerate(moments * 2):
        target = fresh(f"killed-{n}")
        killed, seen = _run(target, source, when, span)
        assert not [s for s in seen if s.startswith("clear")], (when, seen)
        if not killed:
            continue
        landed["with a journal"] += _journal(target)
        landed["pages half written"] += _journal(target) and _grown(target, empty.stat().st_size)
        with Vault.open(target, PASSPHRASE, clock=clock) as copy:
            assert copy.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert not _hot(target)  # rolled back at the opening
            assert _modes(copy.conn) == ("wal", 2)
            if copy.entries.count() == 0:
                landed["old"] += 1
                _nothing_in(copy)
            else:
                landed["new"] += 1
                assert copy.entries.count() == ENTRIES
                fts_integrity_check(copy)
                assert len(copy.entries.search(CANARY, limit=ENTRIES + 1)) == ENTRIES
        assert not _in_the_clear(target.parent)
    # The moments that matter were hit: a journal on disk, and new pages half written.
    assert landed["with a journal"] >= 4 and landed["pages half written"] >= 2, landed
    assert landed["old"] >= 4 and landed["new"] >= 1, landed
    with Vault.open(whole, PASSPHRASE, clock=clock) as copy:
        assert copy.entries.count() == ENTRIES
        fts_integrity_check(copy)
    print(json.dumps(landed))


def _hot_journal_vault(folder: Path, source: Path, clock: FakeClock) -> Path:
    """A new vault in ``folder`` whose restore of ``source`` was killed in its commit."""
    target = folder / "vault.sjvault"
    for _attempt in range(5):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        Vault.create(target, PASSPHRASE, clock=clock).close()
        killed, _seen = _run(target, source, "grown", 30.0)
        if killed and _hot(target):
            return target
    raise AssertionError("no kill landed in the commit")


def test_a_backup_restored_over_a_vault_with_a_hot_journal_is_whole(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    """A restore killed in its commit leaves a journal that the next opening rolls back,
    with any passphrase (the journal's pages are the file's own, encrypted): restoring a
    backup in its place (another passphrase) gives the backup, and the old vault is kept
    as it was. Were the journal left beside the new file, it would be rolled back into it
    (``_swap_in`` takes it aside with the old file)."""
    from supervision_app.storage import restore as restoring
    from supervision_app.storage.backup import make_backup
    from supervision_app.storage.restore import restore_backup

    source = tmp_path / "dump.jsonl"
    _dump(source, _header_of(vault, tmp_path), entries=300)
    other = "another passphrase for the backup"
    with Vault.create(tmp_path / "other.sjvault", other, clock=clock) as source_vault:
        source_vault.entries.add(Entry(title="From the backup", body="kept"))
        backup = make_backup(source_vault, reason="test", out=tmp_path / "backup.sjvault").path
    target = _hot_journal_vault(tmp_path / "whole", source, clock)
    aside = restore_backup(backup, target, other)
    for path, passphrase, titles in ((target, other, ["From the backup"]), (aside, PASSPHRASE, [])):
        with Vault.open(path, passphrase, clock=clock) as opened:
            assert opened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert [s.title for s in opened.entries.search("kept")] == titles
            assert opened.entries.count() == len(titles)
    # The swap itself, with the journal still there (nothing opened the vault first).
    target = _hot_journal_vault(tmp_path / "swap", source, clock)
    copy = target.with_name("copy.sjvault")
    shutil.copyfile(backup, copy)
    aside = restoring._swap_in(copy, target)
    assert _hot(aside) and not Path(f"{target}-journal").exists()
    with Vault.open(target, other, clock=clock) as opened:
        assert opened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert opened.entries.count() == 1
    with Vault.open(aside, PASSPHRASE, clock=clock) as opened:
        assert opened.entries.count() == 0
