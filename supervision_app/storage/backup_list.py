"""The backups of a vault, newest first, as :class:`BackupInfo` values.

Apart from ``backup_folder.py``, which the daily-backup check on every command-line unlock
imports: this module needs :mod:`dataclasses`.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from supervision_app.storage.backup_folder import _created_of, backup_folder

__all__ = ["BackupInfo", "list_backups"]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int
    entries: int | None


def list_backups(vault_path: Path, passphrase: str | None = None) -> list[BackupInfo]:
    """The backups in ``vault_path``'s backup folder, newest first.

    With ``passphrase``, each one's number of (live) entries; None where it does not open.
    """
    folder = backup_folder(vault_path)
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    keys: dict[tuple[bytes, str], str] = {}
    found: list[BackupInfo] = []
    for name in sorted(names, reverse=True):
        path = folder / name
        created = _created_of(path)
        if created is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        entries = None if passphrase is None else _count_entries(path, passphrase, keys)
        found.append(BackupInfo(path, created, size, entries))
    return found


def _count_entries(path: Path, passphrase: str, keys: dict[tuple[bytes, str], str]) -> int | None:
    """The backup's number of live entries, opened with ``passphrase`` as typed or, if that
    fails, its other Unicode forms (``core/passphrase.py``); None if none opens it.

    ``keys`` keeps each (salt, form)'s key: a vault's backups share its salt, so a listing
    derives a key once per form it needs, and the other forms only if the first fails."""
    from supervision_app.core.passphrase import forms_to_try
    from supervision_app.storage.backup_open import raw_key

    try:
        with path.open("rb") as handle:
            salt = handle.read(16)
    except OSError:
        return None
    for form in forms_to_try(passphrase):
        if (salt, form) not in keys:
            keys[salt, form] = raw_key(form, salt)
        count = _count_with(path, keys[salt, form])
        if count is not None:
            return count
    return None


def _count_with(path: Path, key_sql: str) -> int | None:
    from sqlcipher3 import dbapi2 as sqlcipher

    from supervision_app.core.errors import JournalError
    from supervision_app.storage.backup_open import open_read_only

    try:
        conn = open_read_only(path, key_sql)
    except (OSError, JournalError):
        return None
    try:
        row = conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()
        return int(row[0])
    except (JournalError, sqlcipher.DatabaseError):
        return None
    finally:
        conn.close()
