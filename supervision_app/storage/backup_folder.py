"""Where a vault's backups are and which there are: what every unlock needs to decide
whether the day's backup is due (see :func:`.backup.daily_backup`).

Kept apart from ``backup.py`` so that a command-line run, which checks on every unlock,
imports only this (making, verifying and restoring backups import more).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import re
from pathlib import Path

# Not typing's own, and no dataclasses (the list of backups is in backup_list.py): a
# command-line run checks for the day's backup on every unlock.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["SUFFIX", "backup_due_today", "backup_folder", "newest_backup_time"]

SUFFIX = ".sjbackup"
_NAME = re.compile(r"^(\d{8}T\d{12})Z-([a-z0-9-]+)\.sjbackup$")


def sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` (hex), from CPython's own module where there is one: ``hashlib``
    loads OpenSSL's libcrypto, ~3 ms of every command-line unlock. The same digest either way
    (a test compares them)."""
    for name in ("_sha2", "_sha256"):  # CPython 3.12+, 3.11
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


def backup_folder(vault_path: Path) -> Path:
    """``<data folder>/backups/<vault name>-<hash of its full path>``: one folder per vault."""
    from supervision_app.paths import data_dir

    full = os.path.realpath(Path(vault_path).expanduser())
    digest = sha256_hex(full.encode("utf-8", "surrogateescape"))[:10]
    return data_dir() / "backups" / f"{Path(full).stem}-{digest}"


def _created_of(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    # "20261203T093512123456" (as _name_for writes it), read without strptime, which would
    # import _strptime and calendar on every command-line unlock (for the daily backup check).
    stamp = match.group(1)
    return dt.datetime.fromisoformat(f"{stamp[:15]}.{stamp[15:]}").replace(tzinfo=dt.UTC)


def newest_backup_time(vault_path: Path) -> dt.datetime | None:
    """When the newest backup in ``vault_path``'s backup folder was made (the first of
    :func:`.backup_list.list_backups`), or None when there is none."""
    folder = backup_folder(vault_path)
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return None
    for name in sorted(names, reverse=True):
        path = folder / name
        created = _created_of(path)
        if created is None:
            continue
        try:
            path.stat()
        except OSError:
            continue
        return created
    return None


def backup_due_today(vault: Vault) -> bool:
    """True if no backup of ``vault`` has been made today (local time)."""
    return backup_due_for(vault.path)


def backup_due_for(vault_path: Path) -> bool:
    """True if no backup of the vault at ``vault_path`` has been made today (local time)."""
    today = dt.datetime.now().astimezone().date()
    created = newest_backup_time(vault_path)
    return created is None or created.astimezone().date() != today
