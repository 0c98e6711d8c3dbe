"""Encrypted backups of the vault: make, list, verify, rotate and restore.

A backup is a whole SQLCipher file under the vault's own key and salt, so the vault's
passphrase opens it: a byte copy of the vault taken under its write lock, or SQLCipher's
``sqlcipher_export`` (see ``storage/backup_copy.py``). Each backup is written under a
temporary name, verified by reading it back (``cipher_integrity_check`` and
``integrity_check``), checked to be encrypted, then renamed into place, 0600, in a 0700
folder.

Automatic backups go to :func:`backup_folder` (one folder per vault) on the first unlock
of each day (:func:`daily_backup`, called by the command line and by the app after
unlock), before every schema upgrade, before and after a passphrase change (so the newest
backup always opens with the current passphrase: see ``storage/damage.py``) and before a
restore. The newest ``backups_kept`` (a vault setting, default 14) are kept. Finding and
listing them is ``storage/backup_folder.py`` (re-exported here).

Every backup is made on a connection of its own (``Vault.private_connection``), never on
the vault's shared one, so the app can make it on a worker thread while the user reads and
writes: the copy holds only a read transaction, which in WAL mode the app's writes never wait
for (see ``storage/backup_copy.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app.core.errors import (
    BackupDiskFull,
    BackupFolderReadOnly,
    DiskFull,
    VaultReadOnly,
)
from supervision_app.core.vault_settings import BACKUPS_KEPT, value_of
from supervision_app.storage import guard
from supervision_app.storage.backup_copy import _export
from supervision_app.storage.backup_folder import (
    SUFFIX,
    _created_of,
    backup_due_today,
    backup_folder,
)
from supervision_app.storage.backup_list import BackupInfo, list_backups
from supervision_app.storage.backup_open import opens_with
from supervision_app.storage.backup_verify import verify_backup
from supervision_app.storage.snapshot import BackupCancelled

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = [
    "BackupCancelled",
    "BackupInfo",
    "backup_due_today",
    "backup_folder",
    "backups_kept",
    "daily_backup",
    "list_backups",
    "make_backup",
    "opens_with",
    "restore_backup",
    "verify_backup",
]


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for each in (folder, folder.parent):
        with suppress(OSError):
            os.chmod(each, 0o700)


def _name_for(reason: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    return f"{stamp}Z-{slug}{SUFFIX}"


def _rotate(folder: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups in ``folder``."""
    backups = sorted((p for p in folder.iterdir() if _created_of(p) is not None), key=str)
    for old in backups[: max(len(backups) - keep, 0)]:
        with suppress(OSError):
            old.unlink()


def _typed(error: OSError, path: Path) -> BaseException:
    """The journal's error for ``error``; a full disk or a read-only folder says that only
    the backup failed (the vault's own sentences say "nothing was saved")."""
    typed = guard.typed_error(error, path)
    if isinstance(typed, DiskFull):
        return BackupDiskFull(path)
    if isinstance(typed, VaultReadOnly):
        return BackupFolderReadOnly(path)
    return typed or error


def backup_connection(
    conn: Any,
    vault_path: Path,
    *,
    reason: str,
    out: Path | None = None,
    keep: int = BACKUPS_KEPT.default,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    check_structure: bool = True,
    connect: Callable[[], Any] | None = None,
) -> BackupInfo:
    """:func:`make_backup` through ``conn``: a connection of the backup's own, never the
    vault's shared one (see the module doc). ``connect`` opens another such connection,
    for checking the copy on two threads at once."""
    if out is None:
        folder = backup_folder(vault_path)
        try:
            _private_folder(folder)
        except OSError as error:
            raise _typed(error, folder) from error
        target = folder / _name_for(reason)
    else:
        target = Path(out).expanduser()
    try:
        entries = _export(
            conn,
            vault_path,
            target,
            progress,
            cancelled,
            check_structure=check_structure,
            connect=connect,
        )
        if out is None:
            _rotate(target.parent, keep)
        size = target.stat().st_size
    except OSError as error:
        raise _typed(error, target.parent) from error
    except DiskFull as error:  # SQLite's "disk is full", through the guarded connection
        raise BackupDiskFull(target.parent) from error
    created = _created_of(target) or dt.datetime.now(dt.UTC)
    return BackupInfo(target, created, size, int(entries))


def make_backup(
    vault: Vault,
    *,
    reason: str,
    out: Path | None = None,
    keep: int = 14,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    check_structure: bool = True,
) -> BackupInfo:
    """An encrypted, verified copy of ``vault``: in its backup folder, or at ``out``.

    ``reason`` becomes part of the file name ("daily", "before-restore"...). Only backups
    in the backup folder are rotated (the newest ``keep`` stay; pass
    ``keep=backups_kept(vault)`` for the user's setting). ``progress`` receives 0.0-1.0
    now and then; ``cancelled`` returning True stops the copy and raises
    :class:`BackupCancelled`, leaving nothing behind. Safe on a worker thread while other
    threads use ``vault``, and while it closes: closing the vault cancels the backup the
    same way (``Vault.close`` interrupts its connection and keeps the key until it stops).
    """
    conn = vault.private_connection()

    def stop() -> bool:
        return not vault.is_open or (cancelled is not None and cancelled())

    try:
        return backup_connection(
            conn,
            vault.path,
            reason=reason,
            out=out,
            keep=keep,
            progress=progress,
            cancelled=stop,
            check_structure=check_structure,
            connect=vault.private_connection,
        )
    finally:
        conn.close()


def backups_kept(vault: Vault) -> int:
    """The vault's ``backups_kept`` setting."""
    return value_of(BACKUPS_KEPT, vault.settings.get)


def daily_backup(vault: Vault) -> BackupInfo | None:
    """The first unlock of the day's backup, if one is due (None if not)."""
    if not backup_due_today(vault):
        return None
    return make_backup(vault, reason="daily", keep=backups_kept(vault))


# -- restoring -------------------------------------------------------------------------------


def restore_backup(backup: Path, vault_path: Path, passphrase: str) -> Path:
    """Put ``backup`` in place of the vault at ``vault_path``: see ``storage/restore.py``."""
    from supervision_app.storage.restore import restore_backup as restore

    return restore(backup, vault_path, passphrase)
