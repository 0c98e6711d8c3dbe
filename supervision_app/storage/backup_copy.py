"""Writing and checking one backup file: the copy, its verification, opening it.

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
(``cipher_integrity_check``) and checked (``integrity_check``) before it gets its name.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.atomic import fsync_folder, private_temp_file, release_temp
from supervision_app.core.errors import JournalError, VaultDamaged, VaultError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.storage import guard
from supervision_app.storage.keying import (
    apply_key,
    derive_key,
    quote,
    raw_key_sql,
    run_secret,
    test_kdf_iter,
    wipe,
)
from supervision_app.storage.snapshot import (
    BackgroundSync,
    BackupCancelled,
    Progress,
    attached,
    copy_snapshot,
    export_with_sqlcipher,
)

#: A VaultDamaged detail (translated where it is shown: core/errors.py VaultDamaged).
NOT_A_JOURNAL = QT_TRANSLATE_NOOP("Errors", "it is not a copy of a journal vault")

_PLAINTEXT_HEADER = b"SQLite format 3\x00"
_APPLICATION_ID = 0x534A524E  # as storage/vault.py (importing it here would be circular)
_SQLITE_INTERRUPT = 9
#: SQLite steps (virtual-machine steps; in the structure check, pages and cells checked)
#: between two looks at Cancel during the check: about ten a second at 50,000 entries.
#: Each look is Python on the worker, which takes the GIL from the UI thread: at 20,000
#: there were 277 in a backup, and each could hand the GIL over (and back) while the user
#: types. Closing the vault interrupts the check without them (``Vault.close``).
_TICK_STEPS = 500_000


# -- opening a backup ----------------------------------------------------------------------


def _raw_key(passphrase: str, salt: bytes) -> str:
    """SQLCipher 4's key for ``passphrase`` and ``salt``, as a raw-key literal.

    Backups share the vault's salt, so one derivation serves a whole listing.
    """
    key = derive_key(passphrase, salt)
    try:
        return raw_key_sql(key)
    finally:
        wipe(key)


def _backup_uri(path: Path) -> str:
    """Read-only and immutable: a backup is never written again (nor its copy being
    verified), so SQLite takes no locks and leaves no ``-wal``/``-shm`` beside it."""
    return path.absolute().as_uri() + "?mode=ro&immutable=1"


def _open_read_only(path: Path, key_sql: str) -> Any:
    conn = guard.connect(_backup_uri(path), vault_path=path, uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    run_secret(conn, f"PRAGMA key = {key_sql}")
    if test_kdf_iter() is not None:
        conn.execute(f"PRAGMA kdf_iter = {test_kdf_iter()}")
    return conn


def _open_backup(path: Path, passphrase: str) -> Any:
    """A read-only connection to a backup; WrongPassphrase or VaultDamaged if it fails."""
    conn = guard.connect(_backup_uri(path), vault_path=path, uri=True)
    apply_key(conn, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except JournalError as error:
        from supervision_app.storage.damage import diagnose_first_read

        try:
            diagnosis = diagnose_first_read(conn, path, passphrase, error.__cause__ or error)
        finally:
            conn.close()
        raise diagnosis from None
    return conn


def opens_with(path: Path, passphrase: str) -> bool:
    """True if ``passphrase`` opens the file at ``path`` (quick: reads the first page)."""
    try:
        conn = _open_read_only(path, _raw_key(passphrase, path.read_bytes()[:16]))
    except (OSError, JournalError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (JournalError, sqlcipher.DatabaseError):
        return False
    finally:
        conn.close()
    return True


def _page_problems(conn: Any, schema: str = "") -> list[str]:
    """Pages that are missing or do not authenticate: what damage to an encrypted copy is.

    ``page_count`` reads the page count from the file's (encrypted, authenticated) header,
    so a file cut short at a page boundary fails here; ``cipher_integrity_check`` checks
    the HMAC of every page in the file, free pages included, so any changed byte is found.
    """
    conn.execute(f"PRAGMA {schema}page_count").fetchone()
    return [str(r[0]) for r in conn.execute(f"PRAGMA {schema}cipher_integrity_check")]


def _structure_problems(
    conn: Any, schema: str = "", check: Callable[[], None] | None = None
) -> list[str]:
    """SQLite's ``integrity_check`` of every ordinary table with its indexes, table by table.

    This walks every b-tree in use (reading, and so authenticating, each of its pages) and
    checks that each index agrees with its table. Table by table leaves out the FTS5
    table's own ``xIntegrity`` check, which re-decodes the whole search index (more than
    half of the whole-file ``integrity_check``'s time at 50,000 entries) and adds nothing
    for a byte copy whose pages all authenticate: the search index is derived from the
    entries, its b-trees (the shadow tables) are still checked here, and ``check`` runs the
    FTS5 check on the vault itself.
    """
    tables = [
        str(r[0])
        for r in conn.execute(
            f"SELECT name FROM {schema}sqlite_schema WHERE type = 'table'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage"
        )
    ]
    for table in ("sqlite_schema", *tables):
        if check is not None:
            check()  # Cancel, or the vault closing, between two tables
        rows = conn.execute(f"PRAGMA {schema}integrity_check({quote(table)})")
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        if problems:
            return problems
    return []


def _verify_connection(
    conn: Any,
    path: Path,
    schema: str = "",
    *,
    check_structure: bool = True,
    check: Callable[[], None] | None = None,
    pages_on: Any = None,
) -> None:
    """Both checks of the copy ATTACHed to ``conn`` as ``schema``: on ``conn`` one after
    the other, or with ``pages_on`` (a second connection with the copy ATTACHed alike)
    at once, the page check there on a thread of its own (see :class:`_PageCheck`)."""
    try:
        if conn.execute(f"PRAGMA {schema}application_id").fetchone()[0] != _APPLICATION_ID:
            raise VaultDamaged(path, NOT_A_JOURNAL)
        if pages_on is not None and check_structure:
            with _PageCheck(pages_on, schema) as pages:
                try:
                    structure = _structure_problems(conn, schema, check)
                except sqlcipher.DatabaseError as error:
                    if guard.primary_code(error) == _SQLITE_INTERRUPT:
                        raise
                    structure = [str(error)]  # the page check's finding comes first
            problems = pages.problems() or structure
        else:
            problems = _page_problems(conn, schema)
            if check_structure and not problems:
                problems = _structure_problems(conn, schema, check)
    except sqlcipher.DatabaseError as error:
        if guard.primary_code(error) == _SQLITE_INTERRUPT:
            raise  # Cancel, through the backup's progress handler: not damage
        raise VaultDamaged(path, str(error)) from None
    if problems:
        raise VaultDamaged(path, problems[0])


class _PageCheck:
    """The page check (:func:`_page_problems`) on ``conn``, on a thread of its own, while
    the caller runs the structure check on its own connection.

    Each check reads and decrypts the whole copy (about 1.0 and 1.6 CPU s at 50,000
    entries); SQLite runs outside the GIL, so on two cores both take as long as the longer
    one. Leaving the ``with`` block by an exception (Cancel) interrupts this one, but
    ``cipher_integrity_check`` is one step that SQLite cannot stop midway (nor could it
    before: it ran first on the backup's connection), so the block ends when the thread
    has, at most the page check's second later.
    """

    def __init__(self, conn: Any, schema: str) -> None:
        self._connection = conn
        self._schema = schema
        self._found: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup-pages", daemon=True)

    def _run(self) -> None:
        try:
            self._found = _page_problems(self._connection, self._schema)
        except BaseException as error:  # reported by problems(), on the caller's thread
            self._error = error

    def __enter__(self) -> _PageCheck:
        self._thread.start()
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self._connection.interrupt()
        self._thread.join()

    def problems(self) -> list[str]:
        """What the page check found; its SQLite error (damage or interrupt) re-raised."""
        if self._error is not None:
            raise self._error
        return self._found


def verify_backup(path: Path, passphrase: str) -> None:
    """Raise unless ``path`` is an encrypted, intact vault that ``passphrase`` opens."""
    verify_file(path, backup_key(path, passphrase), report_as=path)


def backup_key(path: Path, passphrase: str) -> str:
    """The raw key that opens the backup at ``path``, derived once.

    WrongPassphrase, VaultDamaged or NotAVault (diagnosed as for a vault) if it does not
    open; VaultDamaged if it is not encrypted.
    """
    with path.open("rb") as handle:
        head = handle.read(16)
    if head == _PLAINTEXT_HEADER:
        raise VaultDamaged(path, QT_TRANSLATE_NOOP("Errors", "it is not encrypted"))
    key_sql = _raw_key(passphrase, head)
    conn = _open_read_only(path, key_sql)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except JournalError:
        _open_backup(path, passphrase).close()  # tells wrong passphrase from damage: raises
        raise
    finally:
        conn.close()
    return key_sql


def verify_file(path: Path, key_sql: str, *, report_as: Path) -> None:
    """Verify the backup file at ``path`` (see the module doc) with both checks at once.

    Each check runs on its own read-only connection under ``key_sql`` in its own thread:
    SQLite runs outside the GIL, so on two cores this takes as long as the longer check.
    Problems are reported as VaultDamaged naming ``report_as``.
    """

    def run(check: Callable[[Any], list[str]]) -> list[str]:
        conn = _open_read_only(path, key_sql)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != _APPLICATION_ID:
                return [NOT_A_JOURNAL]
            return check(conn)
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="verify") as pool:
        checks = [pool.submit(run, _page_problems), pool.submit(run, _structure_problems)]
        problems: list[str] = []
        for check in checks:
            try:
                problems += check.result()
            except VaultDamaged:
                problems.append(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a page of the file does not read back as it was written"
                    )
                )
            except sqlcipher.DatabaseError as error:
                problems.append(str(error))
    if problems:
        raise VaultDamaged(report_as, problems[0])


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


# -- making one ------------------------------------------------------------------------------


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
    checks of the copy run at once, the page check on that one (see :class:`_PageCheck`).
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
            if handle.read(16) == _PLAINTEXT_HEADER:
                raise VaultError.marked(
                    QT_TRANSLATE_NOOP("Errors", "The backup was not encrypted, so it was not kept.")
                )
        second = _second_connection(connect, report) if check_structure else None
        sync = BackgroundSync(temp.open("rb+"))
        try:
            # Read it back from the file, under the same key, and check every page.
            with attached(conn, temp), attached(second, temp):
                _verify_connection(
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
        if guard.primary_code(error) == _SQLITE_INTERRUPT:  # the progress handler said stop
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
