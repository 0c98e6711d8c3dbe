"""Telling a wrong passphrase from a damaged vault, and checking a vault's integrity.

SQLCipher answers "file is not a database" both for a wrong key and for a damaged first
page, because either way the first page's HMAC fails. Two facts separate them:

* Every page carries its own HMAC under the same key. ``PRAGMA cipher_integrity_check``
  lists the pages whose HMAC fails, even on a connection keyed wrongly. With a wrong key
  every page fails; if any page passes, the key is right and the failing pages are damaged.
* If every page fails (the salt in the first 16 bytes is damaged, or the whole file was
  overwritten), the newest backup is tried: backups are made with the vault's key (after
  every passphrase change and restore too), so a passphrase that opens the newest backup
  is the vault's passphrase, and the vault itself is damaged.

Only when neither shows the passphrase is right is it reported as wrong. A file cut short
reads its first page fine, and SQLite then says "malformed": that is damage, never a
wrong passphrase.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import (
    JournalError,
    NotAVault,
    VaultDamaged,
    VaultReadOnly,
    WrongPassphrase,
)
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.storage.guard import SQLITE_CORRUPT, SQLITE_NOTADB, primary_code, typed_error

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: SQLCipher 4's default page size; the app never changes it.
PAGE_SIZE = 4096
_PAGE = re.compile(r"\bpage (\d+)\b")
_PLAINTEXT_HEADER = b"SQLite format 3\x00"


def size_detail(path: Path) -> str:
    """Why the file's size alone shows damage ("" if it does not)."""
    size = path.stat().st_size
    if size % PAGE_SIZE:
        return QT_TRANSLATE_NOOP("Errors", "it ends part-way through a page, so it was cut short")
    return ""


def is_plaintext_sqlite(path: Path) -> bool:
    """An unencrypted SQLite file (not ours), read through SQLite, read-only."""
    probe = sqlcipher.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    finally:
        probe.close()
    return True


def failing_pages(rows: Iterable[Any]) -> Iterable[int]:
    """Page numbers named in ``cipher_integrity_check`` rows, in order."""
    for row in rows:
        match = _PAGE.search(str(row[0]))
        if match:
            yield int(match.group(1))


def some_page_authenticates(conn: Any, path: Path) -> bool:
    """True if the key ``conn`` holds verifies at least one page's HMAC."""
    pages = -(-path.stat().st_size // PAGE_SIZE)
    expected = 1
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check")
        for page in failing_pages(rows):
            if page != expected:
                return True  # page ``expected`` was skipped: its HMAC passed
            expected = page + 1
    except (sqlcipher.DatabaseError, JournalError):
        return False
    return expected <= pages


def newest_backup_opens(path: Path, passphrase: str) -> bool:
    from supervision_app.storage.backup import list_backups, opens_with

    backups = list_backups(path)
    return bool(backups) and opens_with(backups[0].path, passphrase)


def diagnose_first_read(
    conn: Any, path: Path, passphrase: str, error: BaseException
) -> BaseException:
    """The error to report when the first read of a just-keyed vault failed with ``error``."""
    code = primary_code(error)
    if code == SQLITE_CORRUPT:
        return VaultDamaged(
            path, size_detail(path) or QT_TRANSLATE_NOOP("Errors", "parts of it cannot be read")
        )
    if code != SQLITE_NOTADB:
        return typed_error(error, path) or error
    if is_plaintext_sqlite(path):
        return NotAVault(path)
    if some_page_authenticates(conn, path):
        return VaultDamaged(path, QT_TRANSLATE_NOOP("Errors", "its first page cannot be read"))
    if newest_backup_opens(path, passphrase):
        return VaultDamaged(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "the passphrase that opens its newest backup does not open it"
            ),
        )
    if path.stat().st_size % PAGE_SIZE:
        return NotAVault(path)
    return WrongPassphrase()


# -- check ---------------------------------------------------------------------------------


@dataclass
class CheckReport:
    """What ``check`` found: each check's name with its problems (none means it passed)."""

    path: Path
    results: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(self.results.values())

    @property
    def problems(self) -> list[str]:
        return [f"{name}: {p}" for name, found in self.results.items() for p in found]


def _rows(conn: Any, sql: str, *, ok: str | None = None) -> list[str]:
    rows = [str(r[0]) if len(r) == 1 else " ".join(map(str, r)) for r in conn.execute(sql)]
    return [r for r in rows if r != ok]


def _search_index(conn: Any, schema: str = "") -> list[str]:
    problems: list[str] = []
    fts = f"{schema}entries_fts"
    try:
        conn.execute(f"INSERT INTO {fts} (entries_fts, rank) VALUES ('integrity-check', 0)")
    except VaultDamaged:
        problems.append("the search index is damaged internally")
    missing = conn.execute(
        f"SELECT count(*) FROM (SELECT id FROM {schema}entries WHERE deleted_at IS NULL"
        f" EXCEPT SELECT id FROM {schema}entries_fts_docsize)"
    ).fetchone()[0]
    extra = conn.execute(
        f"SELECT count(*) FROM (SELECT id FROM {schema}entries_fts_docsize"
        f" EXCEPT SELECT id FROM {schema}entries WHERE deleted_at IS NULL)"
    ).fetchone()[0]
    if missing:
        problems.append(f"{missing} entries are missing from the search index")
    if extra:
        problems.append(f"{extra} deleted or trashed entries are still in the search index")
    if problems:
        return problems
    # Compare the index with the entries' text: FTS5 checks against its content table,
    # which also holds trashed entries (never indexed), so hide those for the moment. A
    # deferred BEGIN: the write lock is taken on ``schema``'s database alone.
    conn.execute("BEGIN")
    try:
        conn.execute(f"DELETE FROM {schema}entries WHERE deleted_at IS NOT NULL")
        conn.execute(f"INSERT INTO {fts} (entries_fts, rank) VALUES ('integrity-check', 1)")
    except VaultReadOnly:
        pass  # the vault cannot be written: this comparison cannot be made
    except VaultDamaged:
        problems.append("the search index does not match the entries' text")
    except sqlcipher.DatabaseError:
        pass  # a signed record's trigger refused the hiding: skip this comparison
    finally:
        conn.execute("ROLLBACK")
    return problems


def _search_index_on_a_copy(conn: Any, path: Path) -> list[str]:
    """:func:`_search_index` on an exact copy of the vault taken just now, so that its
    comparison (seconds at 50,000 entries, under a write lock) never holds the vault's
    write lock: a save made meanwhile would wait for it, then fail. The copy is encrypted
    like the vault (a byte copy, or ``sqlcipher_export``), private, and removed after."""
    from supervision_app.core.atomic import private_temp_file, release_temp
    from supervision_app.storage.snapshot import (
        Progress,
        attached,
        copy_snapshot,
        export_with_sqlcipher,
    )

    try:
        fd, temp = private_temp_file(path)
    except OSError:  # no room for the copy: compare on the vault itself, under its lock
        return _search_index(conn)
    os.close(fd)
    try:
        report = Progress(None, None)
        if copy_snapshot(conn, path, temp, report) is None:
            export_with_sqlcipher(conn, temp, report)
        with attached(conn, temp):
            # Its undo journal in memory: nothing is ever committed to the copy.
            conn.execute("PRAGMA backup_copy.journal_mode = MEMORY").fetchone()
            return _search_index(conn, "backup_copy.")
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with suppress(OSError):
                leftover.unlink()
        release_temp(temp)


def check_vault(vault: Vault, *, cancelled: Callable[[], bool] | None = None) -> CheckReport:
    """Run every integrity check on an open vault; nothing in it is changed.

    SQLite's ``integrity_check`` (structure), SQLCipher's ``cipher_integrity_check`` (each
    page's HMAC), the full-text index (internally and against the entries) and foreign keys.
    On a connection of its own (the app runs it on a worker while the UI thread uses the
    vault's); ``cancelled`` returning True stops it (SQLite's ``OperationalError``,
    interrupted).
    """
    conn = vault.private_connection()
    if cancelled is not None:
        # Safe on this connection alone: no other thread ever waits for its mutex.
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 20_000)
    try:
        return _run_checks(conn, vault.path)
    finally:
        conn.close()


def _run_checks(conn: Any, path: Path) -> CheckReport:
    report = CheckReport(path)
    checks: dict[str, Callable[[], list[str]]] = {
        "pages": lambda: _rows(conn, "PRAGMA cipher_integrity_check"),
        "structure": lambda: _rows(conn, "PRAGMA integrity_check", ok="ok"),
        "search index": lambda: _search_index_on_a_copy(conn, path),
        "links between records": lambda: _rows(conn, "PRAGMA foreign_key_check"),
    }
    for name, run in checks.items():
        try:
            report.results[name] = run()
        except VaultDamaged:
            report.results[name] = ["parts of the vault cannot be read"]
        except VaultReadOnly:  # FTS5 checks by writing; SQLite refuses after damage
            report.results[name] = ["could not be checked (the vault cannot be written)"]
    return report
