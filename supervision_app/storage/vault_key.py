"""The vault's SQLCipher key while it is open: derived once, used for every connection.

The vault's connections are keyed with the key itself rather than the passphrase, so that
a second connection (backups and the check, on a worker thread: ``Vault.private_connection``)
costs no second key derivation and the passphrase need not be kept. The key lives in a
bytearray that is overwritten when the vault closes; SECURITY.md says what is held in memory
and when it goes.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import WrongPassphrase
from supervision_app.storage import guard
from supervision_app.storage.keying import (
    apply_key,
    apply_raw_key,
    derive_key,
    each_form,
    raw_key_sql,
    run_secret,
    wipe,
)

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: How long a worker's own connection (backups, the check) waits for a lock, in seconds:
#: the window's saves take milliseconds, and a backup that cannot empty the log then makes
#: its copy another way.
PRIVATE_BUSY_S = 1.0


def salt_of(path: Path) -> bytes:
    """The file's first 16 bytes (SQLCipher's salt, if it is a vault), read through SQLite.

    A connection keyed with a dummy raw key (no key derivation) reads them for ``PRAGMA
    cipher_salt`` without reading any page. Through SQLite, not an ordinary file call:
    closing a descriptor of the file would drop SQLite's POSIX locks in this process.
    """
    conn = guard.connect(str(path), vault_path=path)
    try:
        run_secret(conn, f"PRAGMA key = {raw_key_sql(bytes(32))}")
        return bytes.fromhex(conn.execute("PRAGMA cipher_salt").fetchone()[0])
    finally:
        conn.close()


def check_passphrase(path: Path, passphrase: str) -> str:
    """WrongPassphrase unless ``passphrase`` opens the vault at ``path`` (open or not), as
    typed or in another Unicode form (``core/passphrase.py``); returns the form that does."""
    return each_form(passphrase, lambda form: _check_form(path, form))


def _check_form(path: Path, passphrase: str) -> str:
    # A second, read-only connection in this process. as_uri() percent-encodes '#', '?',
    # '%' and spaces (a raw path could open another file).
    conn = sqlcipher.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        apply_key(conn, passphrase)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        raise WrongPassphrase() from None
    finally:
        conn.close()
    return passphrase


class VaultKey:
    """SQLCipher 4's 32-byte key for one vault file (PBKDF2 of the passphrase and salt)."""

    def __init__(self, key: bytearray, salt: bytes = b"") -> None:
        self._key = key
        #: Only for a file not yet written: the salt it is to be created with.
        self._new_salt = salt

    @classmethod
    def of_file(cls, path: Path, passphrase: str) -> VaultKey:
        """The key ``passphrase`` gives for the existing file at ``path`` (right or not)."""
        return cls(derive_key(passphrase, salt_of(path)))

    @classmethod
    def for_new_file(cls, passphrase: str) -> VaultKey:
        """A key for a new file, with the random salt it is created with (as SQLCipher
        would choose one)."""
        salt = os.urandom(16)
        return cls(derive_key(passphrase, salt), salt)

    def apply(self, conn: Any) -> None:
        """Key ``conn`` (before its first read)."""
        apply_raw_key(conn, self._key, self._new_salt)

    def connect(self, path: Path) -> Any:
        """A new connection to the vault at ``path``, keyed, for one worker's use."""
        conn = guard.connect(
            str(path), vault_path=path, isolation_level=None, timeout=PRIVATE_BUSY_S
        )
        try:
            apply_raw_key(conn, self._key)
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
        except BaseException:
            conn.close()
            raise
        return conn

    def rekey(self, conn: Any, passphrase: str) -> VaultKey:
        """Re-encrypt ``conn``'s vault under ``passphrase``; returns the new key (the salt
        stays). The caller wipes this one."""
        salt = bytes.fromhex(conn.execute("PRAGMA cipher_salt").fetchone()[0])
        new = VaultKey(derive_key(passphrase, salt))
        try:
            run_secret(conn, f"PRAGMA rekey = {raw_key_sql(new._key)}")
        except BaseException:
            new.wipe()
            raise
        return new

    def wipe(self) -> None:
        """Overwrite the key with zeros; it opens nothing after this."""
        wipe(self._key)
