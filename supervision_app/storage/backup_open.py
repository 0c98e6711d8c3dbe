"""Opening a backup file: its key (derived once), a read-only connection, and whether a
passphrase opens it.

A backup is an exact copy of the vault, with its salt (``storage/backup_copy.py``), so the
vault's passphrase opens it; it is never written again, so it is opened read-only and
immutable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import JournalError, VaultDamaged
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.storage import guard
from supervision_app.storage.keying import (
    apply_key,
    derive_key,
    each_form,
    raw_key_sql,
    run_secret,
    test_kdf_iter,
    wipe,
)

#: The first 16 bytes of an unencrypted SQLite file (an encrypted one starts with its salt).
PLAINTEXT_HEADER = b"SQLite format 3\x00"


def raw_key(passphrase: str, salt: bytes) -> str:
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


def open_read_only(path: Path, key_sql: str) -> Any:
    """A read-only connection to the backup at ``path`` under the raw key ``key_sql``."""
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
        conn = open_read_only(path, raw_key(passphrase, path.read_bytes()[:16]))
    except (OSError, JournalError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (JournalError, sqlcipher.DatabaseError):
        return False
    finally:
        conn.close()
    return True


def backup_key(path: Path, passphrase: str) -> str:
    """The raw key that opens the backup at ``path``, derived once (again for each other
    Unicode form of ``passphrase`` only if it is wrong: see ``core/passphrase.py``).

    WrongPassphrase, VaultDamaged or NotAVault (diagnosed as for a vault) if it does not
    open; VaultDamaged if it is not encrypted.
    """
    return each_form(passphrase, lambda form: _backup_key(path, form))


def _backup_key(path: Path, passphrase: str) -> str:
    with path.open("rb") as handle:
        head = handle.read(16)
    if head == PLAINTEXT_HEADER:
        raise VaultDamaged(path, QT_TRANSLATE_NOOP("Errors", "it is not encrypted"))
    key_sql = raw_key(passphrase, head)
    conn = open_read_only(path, key_sql)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except JournalError:
        _open_backup(path, passphrase).close()  # tells wrong passphrase from damage: raises
        raise
    finally:
        conn.close()
    return key_sql
