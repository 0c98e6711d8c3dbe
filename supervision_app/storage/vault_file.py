"""Opening a vault's file: the checks before it, the connection and its key, the
settings every connection gets, and the schema migrations.

:class:`.vault.Vault` calls these when it creates or opens a vault; they hold no state.
Split from vault.py, which keeps the open vault itself (its repositories, transactions,
passphrase change and closing). Also which files are a vault's (:func:`is_vault_file`,
:func:`is_open_vault_file`): a file the user chooses to import or attach must not be one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import (
    JournalError,
    NotAVault,
    VaultError,
    VaultMissing,
    VaultReadOnly,
    VaultTooNew,
)
from supervision_app.core.i18n import Translate, english
from supervision_app.storage import guard
from supervision_app.storage.keying import apply_key
from supervision_app.storage.lock import VaultLock
from supervision_app.storage.schema.migrations import LATEST_VERSION, MIGRATIONS

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.storage.schema.progress import Progress
    from supervision_app.storage.vault_key import VaultKey

#: Marks our files apart from other SQLCipher databases ("SJRN").
APPLICATION_ID = 0x534A524E

DatabaseError = sqlcipher.DatabaseError


def is_vault_file(path: Path | str, vault_path: Path | str) -> bool:
    """True if ``path`` is the vault or one of its companion files (-wal, -shm, -journal,
    .lock).

    Reading those with ordinary file calls while the vault is open would drop SQLite's
    locks in this process, and writing them would destroy the journal.
    """
    target = os.path.realpath(path)
    return any(
        target == os.path.realpath(f"{vault_path}{suffix}")
        for suffix in ("", "-wal", "-shm", "-journal", ".lock")
    )


#: The vault files open in this process (real paths), for :func:`is_open_vault_file`:
#: :class:`.vault.Vault` adds and removes its own.
OPEN_VAULTS: set[str] = set()


def is_open_vault_file(path: Path | str) -> bool:
    """True if ``path`` is a file of a vault open in this process: a file chosen by the user
    (to import, attach...) that must not be opened with ordinary file calls."""
    return any(is_vault_file(path, vault) for vault in list(OPEN_VAULTS))


class VaultFileChosen(VaultError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate(
            "Errors", "{path} is your journal's own vault file; choose another file."
        ).format(path=self.path)


def acquire(lock: VaultLock, path: Path) -> None:
    try:
        lock.acquire()
    except OSError as error:  # the lock file cannot be made: a read-only folder or full disk
        raise guard.typed_error(error, path) or error from error


def rollback(conn: Any) -> None:
    """Undo the open transaction, if SQLite has not already (it does on a full disk)."""
    if conn.in_transaction:
        with suppress(DatabaseError, JournalError):
            conn.execute("ROLLBACK")


@contextmanager
def immediate_transaction(conn: Any, *, exclusive: bool = False) -> Iterator[Any]:
    """``BEGIN IMMEDIATE`` (or ``EXCLUSIVE``) ... ``COMMIT``; any failure rolls back and
    is raised."""
    conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def make_private_dir(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)


def check_file(path: Path) -> None:
    # Only stat() here: opening and closing the file ourselves would drop every POSIX
    # lock this process holds on it, including SQLite's own (a known way to corrupt a
    # database when another connection is open). Plaintext files are told apart by
    # SQLite itself in _verify_key.
    if not path.is_file():
        raise VaultMissing(path)
    if path.stat().st_size == 0:
        raise NotAVault(path)
    # The app writes as soon as it opens (autosave, migrations, the write-ahead log
    # beside the file): say so now rather than at the first save. os.access follows
    # the file's mode, a read-only mount and Linux's immutable flag, even for root.
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise VaultReadOnly(path)


def connect(path: Path, key: VaultKey | str) -> Any:
    # One thread at a time, but not always the same one: the app hands the connection to
    # a worker for exports and imports while its own thread leaves it alone
    # (gui/common/tasks.py); guard.connect passes check_same_thread=False. Backups and
    # the check never use it: they have connections of their own (private_connection).
    conn = guard.connect(str(path), vault_path=path, isolation_level=None)
    if isinstance(key, str):
        apply_key(conn, key)  # a passphrase: SQLCipher derives the key
    else:
        key.apply(conn)
    return conn


def verify_key(conn: Any, path: Path, passphrase: str) -> None:
    # A wrong key fails only at the first read, so read now (and write nothing).
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except JournalError as error:
        from supervision_app.storage.damage import diagnose_first_read

        try:
            raise diagnose_first_read(conn, path, passphrase, error.__cause__ or error)
        finally:
            conn.close()
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        conn.close()
        raise NotAVault(path)


def configure(conn: Any) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")


def migrate(
    conn: Any,
    path: Path | None = None,
    *,
    backup: Callable[[str], object] | None = None,
    on_progress: Progress | None = None,
) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        conn.close()
        raise VaultTooNew(version, LATEST_VERSION)
    if version == LATEST_VERSION:
        return  # the usual case: nothing to import for an upgrade (progress, contextvars)
    from supervision_app.storage.schema.progress import listening, report

    with listening(on_progress):
        report(0, 0)
        if 0 < version and backup is not None:
            backup(f"before-upgrade-from-v{version}")
        _run_steps(conn, version)


def _run_steps(conn: Any, version: int) -> None:
    for number in range(version + 1, LATEST_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
