"""SQLite's failures as the journal's own errors, at the one place every statement passes.

Every vault connection is a :class:`GuardedConnection`: whatever a repository runs, a full
disk, a read-only file, a damaged page or a failing disk reaches the caller as a
:class:`~supervision_app.core.errors.JournalError` with one sentence saying what to do,
never as a bare ``sqlcipher3`` exception. Only those conditions are translated; the rest
(constraint violations, FTS5 syntax) stay ``DatabaseError`` for the repositories that
handle them.
"""

from __future__ import annotations

import errno

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import (
    DiskError,
    DiskFull,
    JournalError,
    VaultDamaged,
    VaultReadOnly,
)
from supervision_app.core.i18n import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any, NoReturn

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_ERROR = 1
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


_CODE_OF_MESSAGE = {
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
    "database or disk is full": SQLITE_FULL,
    "attempt to write a readonly database": SQLITE_READONLY,
    "disk I/O error": SQLITE_IOERR,
}


def primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def typed_error(error: BaseException, path: object) -> JournalError | None:
    """The journal's error for ``error`` (SQLite or OS), or None if it is not one of ours."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFull(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return VaultReadOnly(path)
        if error.errno == errno.EIO:
            return DiskError(path)
        return None
    code = primary_code(error)
    if code == SQLITE_ERROR:
        # sqlcipher_export() passes a failure on as a plain error with SQLite's message.
        code = _CODE_OF_MESSAGE.get(str(error), code)
    if code == SQLITE_FULL:
        return DiskFull(path)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return VaultReadOnly(path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return VaultDamaged(
            path,
            QT_TRANSLATE_NOOP("Errors", "a page of the file does not read back as it was written"),
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return DiskError(path)
    return None


def _raise_typed(error: BaseException, path: object) -> NoReturn:
    typed = typed_error(error, path)
    if typed is None:
        raise error
    raise typed from error


class GuardedCursor(sqlcipher.Cursor):
    """A cursor whose statements and fetches raise the journal's errors (see module doc)."""

    @property
    def _vault_path(self) -> object:
        return getattr(self.connection, "vault_path", "the vault")

    def execute(self, sql: str, parameters: Any = ()) -> GuardedCursor:
        try:
            cursor: GuardedCursor = super().execute(sql, parameters)
            return cursor
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)

    def executemany(self, sql: str, seq_of_parameters: Any) -> GuardedCursor:
        try:
            cursor: GuardedCursor = super().executemany(sql, seq_of_parameters)
            return cursor
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)

    def executescript(self, script: str) -> GuardedCursor:
        try:
            cursor: GuardedCursor = super().executescript(script)
            return cursor
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            rows: list[Any] = super().fetchmany(self.arraysize if size is None else size)
            return rows
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)

    def fetchall(self) -> list[Any]:
        try:
            rows: list[Any] = super().fetchall()
            return rows
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlcipher.DatabaseError as error:
            _raise_typed(error, self._vault_path)


class GuardedConnection(sqlcipher.Connection):
    """A connection whose cursors are :class:`GuardedCursor`; ``vault_path`` names the file."""

    vault_path: object = "the vault"

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        return super().cursor(factory)


def connect(path: str, *, vault_path: object, **kwargs: Any) -> GuardedConnection:
    """Open ``path`` with a guarded connection (``kwargs`` as for ``sqlcipher3.connect``)."""
    # check_same_thread=False: the app runs backups and exports on a worker thread, one
    # thread at a time (SQLite itself is built thread-safe, so a mistake cannot corrupt).
    kwargs.setdefault("check_same_thread", False)
    try:
        conn: GuardedConnection = sqlcipher.connect(path, factory=GuardedConnection, **kwargs)
    except sqlcipher.DatabaseError as error:
        _raise_typed(error, vault_path)
    conn.vault_path = vault_path
    return conn
