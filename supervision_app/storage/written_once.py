"""A big write into a new vault with each page written once: a rollback journal for a while.

In the vault's own mode (write-ahead log) a transaction's pages are encrypted into the log,
synced, and then copied into the vault file and synced again (the checkpoint). A JSONL
restore of 50,000 entries writes about 200 MB that way: the copy cost about 1 s of waiting
for the disk on top of the commit (docs/performance.md). With a rollback journal, SQLite
journals only the pages the vault file already had (an empty vault: a few dozen) and writes
every new page straight into the vault file, encrypted, once.

It stays all or nothing: a kill at any moment leaves a hot journal (encrypted like every
page SQLite writes for SQLCipher) that the next opening rolls back, truncating the file to
its old size, so the vault is either as it was or holds the whole import. ``synchronous =
EXTRA`` meanwhile makes the commit (the journal's deletion) as durable as a commit into the
log with ``FULL``: the folder is synced after the journal is removed.

Only while no other connection has the vault open (leaving write-ahead mode needs the file
to itself), and the transaction should be ``BEGIN EXCLUSIVE``: with a rollback journal a
reader would make the commit wait for it; a worker that tries to open a connection meanwhile
is refused (``database is locked``) rather than stalling the import. Afterwards the vault is
in write-ahead mode again, as every opening also sets it (``vault_file.configure``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from supervision_app.core.errors import JournalError
from supervision_app.storage.vault import DatabaseError

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault


@contextmanager
def pages_written_once(vault: Vault) -> Iterator[bool]:
    """Inside, the vault uses a rollback journal if it can (True), else its log (False).

    Call outside any transaction. The vault's own settings come back on the way out,
    whatever happened inside.
    """
    conn = vault.conn
    if conn.in_transaction or vault.workers_running or not _to_rollback_journal(conn):
        yield False
        return
    synchronous = int(conn.execute("PRAGMA synchronous").fetchone()[0])
    try:
        conn.execute("PRAGMA synchronous = EXTRA")
        yield True
    finally:
        # If this fails (the vault closed meanwhile, a full disk), the next opening sets
        # both (vault_file.configure); a committed import is not to be reported as failed.
        with suppress(DatabaseError, JournalError):
            conn.execute(f"PRAGMA synchronous = {synchronous}")
            if not conn.in_transaction:  # its rollback failed: that error is the one to see
                conn.execute("PRAGMA journal_mode = WAL")


def _to_rollback_journal(conn: Any) -> bool:
    """Leave write-ahead mode, at once or not at all (another connection has the file)."""
    timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        with suppress(DatabaseError, JournalError):  # busy
            return str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]) == "delete"
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
