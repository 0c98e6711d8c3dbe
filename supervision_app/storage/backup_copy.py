"""Making one backup file: the copy of the vault, checked before it gets its name.

A backup is made on a connection of its own (``Vault.private_connection``), never on the
vault's shared one: the app makes it on a worker thread while its UI thread keeps reading
and writing through the shared connection, and a transaction opened there by the backup
would take in the UI thread's writes and roll them back (an entry added during the daily
backup was lost that way).

The fast way is a byte copy of the vault file itself, taken inside a read transaction that
began right after a full checkpoint: with the write-ahead log empty, that transaction reads
the main file alone, and SQLite writes nothing into the main file until it ends (a
checkpoint needs the lock such a reader holds), so the file is complete and unchanging for
the length of the copy. Meanwhile the app's own connection writes on, into the log: it never
waits for the backup. An exact copy of an encrypted file is encrypted the same way, with the
same salt, so the vault's passphrase opens it. If the log cannot be emptied (a writer keeps
it busy), SQLCipher's ``sqlcipher_export`` writes the copy instead, from one snapshot, into a
database ATTACHed without a KEY clause, which takes the vault's key and salt (``KEY ''``
would write plaintext: it is never used). Either way the copy is read back page by page
(``cipher_integrity_check``) and checked (``integrity_check``) before it gets its name
(``storage/backup_verify.py``); ``storage/backup_open.py`` opens it again later.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.atomic import fsync_folder, private_temp_file, release_temp
from supervision_app.core.errors import VaultError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.storage import guard
from supervision_app.storage.backup_open import PLAINTEXT_HEADER
from supervision_app.storage.backup_verify import SQLITE_INTERRUPT, verify_connection
from supervision_app.storage.snapshot import (
    BackgroundSync,
    BackupCancelled,
    Progress,
    attached,
    copy_snapshot,
    export_with_sqlcipher,
)

#: SQLite steps (virtual-machine steps; in the structure check, pages and cells checked)
#: between two looks at Cancel during the check: about ten a second at 50,000 entries.
#: Each look is Python on the worker, which takes the GIL from the UI thread: at 20,000
#: there were 277 in a backup, and each could hand the GIL over (and back) while the user
#: types. Closing the vault interrupts the check without them (``Vault.close``).
_TICK_STEPS = 500_000


def _second_connection(connect: Callable[[], Any] | None, report: Progress) -> Any:
    """A second connection for the page check (None without ``connect``), which stops
    its statement on Cancel as the backup's own does."""
    if connect is None:
        return None
    try:
        second = connect()
    except RuntimeError:  # the vault closed meanwhile
        report.check()
        raise
    second.set_progress_handler(report.stopped, _TICK_STEPS)
    return second


def _export(
    conn: Any,
    vault_path: Path,
    target: Path,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    check_structure: bool = True,
    connect: Callable[[], Any] | None = None,
) -> int:
    """Write an encrypted copy of the vault to ``target`` (new, verified, 0600) through
    ``conn``, a connection of the backup's own; returns the copy's number of live entries.

    ``check_structure=False`` skips ``integrity_check`` (every page's HMAC is still
    checked): for a copy of a vault that is kept aside anyway (before a restore).
    ``connect`` opens a second connection to the vault like ``conn``: given, the two
    checks of the copy run at once, the page check on that one (``storage/backup_verify.py``).
    """
    if conn.in_transaction:
        raise RuntimeError("a backup cannot be taken inside a transaction")
    fd, temp = private_temp_file(target)
    os.close(fd)
    report = Progress(progress, cancelled)
    # A Python progress handler is safe here, and only here: nothing but this thread ever
    # uses this connection. On the vault's shared connection it deadlocked the app (the
    # handler waited for the GIL while SQLite held the connection's mutex; the UI thread,
    # holding the GIL, waited for that mutex to read the list): tests/gui/test_backup_threads.py.
    conn.set_progress_handler(report.tick, _TICK_STEPS)
    try:
        entries = copy_snapshot(conn, vault_path, temp, report)
        if entries is None:
            entries = export_with_sqlcipher(conn, temp, report)
        report.stage(0.3)
        with temp.open("rb") as handle:
            if handle.read(16) == PLAINTEXT_HEADER:
                raise VaultError.marked(
                    QT_TRANSLATE_NOOP("Errors", "The backup was not encrypted, so it was not kept.")
                )
        second = _second_connection(connect, report) if check_structure else None
        sync = BackgroundSync(temp.open("rb+"))
        try:
            # Read it back from the file, under the same key, and check every page.
            with attached(conn, temp), attached(second, temp):
                verify_connection(
                    conn,
                    vault_path,
                    "backup_copy.",
                    check_structure=check_structure,
                    check=report.check,
                    pages_on=second,
                )
        finally:
            sync_error = sync.wait()
            if second is not None:
                second.close()
        if sync_error is not None:
            raise sync_error
        report.check()
        os.replace(temp, target)
    except sqlcipher.OperationalError as error:
        if guard.primary_code(error) == SQLITE_INTERRUPT:  # the progress handler said stop
            raise BackupCancelled() from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
        with suppress(OSError):
            temp.unlink()
        release_temp(temp)
    fsync_folder(target.parent)
    if progress is not None:
        progress(1.0)
    return entries
