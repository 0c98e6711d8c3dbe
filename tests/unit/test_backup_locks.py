"""A backup or a check never drops SQLite's locks on the vault in the app's process.

On POSIX, closing any descriptor of a file drops every POSIX advisory lock the process holds
on it, SQLite's own included ("How To Corrupt An SQLite Database File", section 2.2). The
backup's byte copy and the check's temporary copy once opened and closed the vault file
with ordinary file calls, and the window's connection silently lost its lock: another
program could then take the vault as its last user and checkpoint or delete the write-ahead
log under the app. Read from ``/proc/locks`` (Linux), on real vaults; the command line runs
as a real subprocess.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.storage.backup import list_backups, make_backup, verify_backup
from supervision_app.storage.damage import check_vault
from supervision_app.storage.vault import Vault
from tests.cli.helpers import run
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads Linux's /proc/locks"
)

WAIT_S = 30
ADD = ("add", "--title", "From the command line", "--body", "words", "--vault")


def _entry(title: str) -> Entry:
    return Entry(title=title, body="synthetic words " * 40, practice_date=dt.date(2026, 1, 2))


def our_locks(path: Path) -> list[str]:
    """The POSIX locks this process holds on the file at ``path`` (lines of /proc/locks)."""
    inode = os.stat(path).st_ino
    found = []
    with open("/proc/locks", encoding="ascii") as table:
        for line in table:
            fields = line.split()
            if "->" in fields:  # a waiting lock: "N: -> POSIX ..."
                continue
            # "N: POSIX  ADVISORY  READ  PID MAJ:MIN:INODE START END"
            if fields[1] == "POSIX" and fields[4] == str(os.getpid()):
                if fields[5].rsplit(":", 1)[-1] == str(inode):
                    found.append(" ".join(fields[1:]))  # not the table's own numbering
    return found


@pytest.fixture
def reading(vault: Vault, vault_path: Path) -> Iterator[Vault]:
    """The vault with some entries, reopened (its write-ahead log empty, so the backup
    takes its byte copy), and a read transaction open on its shared connection: the
    window's connection while it shows the list."""
    for i in range(30):
        vault.entries.add(_entry(f"entry {i}"))
    vault.close()
    opened = Vault.open(vault_path, PASSPHRASE)
    opened.conn.execute("BEGIN")
    opened.conn.execute("SELECT count(*) FROM entries").fetchone()
    try:
        yield opened
    finally:
        if opened.is_open:
            opened.conn.execute("ROLLBACK")
        opened.close()


@pytest.mark.parametrize("job", ["backup", "check"])
def test_the_windows_read_lock_survives_a_backup_and_a_check(
    reading: Vault, vault_path: Path, job: str
) -> None:
    before = our_locks(vault_path)
    assert before, "SQLite holds a shared lock on the vault for the open read transaction"
    if job == "backup":
        info = make_backup(reading, reason="locks")
        verify_backup(info.path, PASSPHRASE)
    else:
        assert check_vault(reading).ok
    assert our_locks(vault_path) == before, "the window's connection lost its lock"


def test_no_python_file_call_opens_the_vault_during_a_backup_or_a_check(
    reading: Vault, vault_path: Path
) -> None:
    """Through Python's audit hook: every ``open()``, ``Path.open``, ``os.open`` and
    ``shutil`` copy in this process is seen. SQLite's own opens (in C) are not."""
    live = {os.path.realpath(f"{vault_path}{suffix}") for suffix in ("", "-wal", "-shm")}
    opened: list[str] = []
    watching = threading.Event()

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching.is_set() and event == "open" and isinstance(args[0], str | bytes | Path):
            name = os.fsdecode(args[0])  # type: ignore[arg-type]
            if os.path.realpath(name) in live:
                opened.append(name)

    sys.addaudithook(hook)  # cannot be removed: it stays idle once the event is cleared
    watching.set()
    try:
        make_backup(reading, reason="audit")
        check_vault(reading)
        list_backups(vault_path, PASSPHRASE)
    finally:
        watching.clear()
    assert opened == []


def test_a_command_line_add_during_a_backup_loses_nothing(vault: Vault, vault_path: Path) -> None:
    """``supervision-journal add`` on the vault while the app's backup copies it: the
    command line is refused (the vault is in use: exit 4, one sentence), nothing the app
    wrote is lost, the backup verifies, and the same ``add`` works once the app closes."""
    for i in range(20):
        vault.entries.add(_entry(f"before {i}"))
    inside, resume = threading.Event(), threading.Event()

    def cancelled() -> bool:  # asked while the copy is under way: hold it there once
        if not inside.is_set():
            inside.set()
            resume.wait(WAIT_S)
        return False

    results: list[object] = []
    worker = threading.Thread(
        target=lambda: results.append(make_backup(vault, reason="cli", cancelled=cancelled))
    )
    worker.start()
    try:
        assert inside.wait(WAIT_S), "the backup never started copying"
        added = run(*ADD, vault_path)
        during = vault.entries.add(_entry("written by the app during the backup"))
    finally:
        resume.set()
        worker.join(WAIT_S)
    assert added.returncode == 4, (added.returncode, added.stderr)
    assert "open in another window" in added.stderr and "Traceback" not in added.stderr
    (info,) = results
    verify_backup(info.path, PASSPHRASE)  # type: ignore[attr-defined]
    vault.close()
    again = run(*ADD, vault_path)
    assert again.returncode == 0, again.stderr
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        titles = {e.title for e in reopened.entries.page(limit=100)}
        assert reopened.entries.get(during.id or 0).title == during.title
    assert {f"before {i}" for i in range(20)} <= titles
    assert "From the command line" in titles and len(titles) == 22
