"""Restoring a backup in place of the vault, verified first, the replaced vault kept.

The order keeps every failure harmless and the work small (a 50,000-entry vault, 165 MB,
restores in a few seconds):

1. The backup's key is derived once (the passphrase must open it) and the backup is copied
   into a private temporary file beside the vault.
2. That copy, the very file that will become the vault, is verified: every page's HMAC and
   the structure, the two checks at once (see ``storage/backup_verify.py``). A damaged backup
   is refused here; nothing has been changed.
3. The current vault, if the passphrase opens it, is backed up as usual ("before-restore").
4. The old vault gets a second name, ``<name>.replaced-<time>``, and the copy is renamed
   into place: one rename, so a crash leaves the old vault or the restored one.
5. The backup is recorded as the newest backup ("restored"), because the newest backup
   must open with the vault's passphrase (see ``storage/damage.py``): a hard link when the
   backup is already one of this vault's (backups are never written again), else a copy.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from contextlib import suppress
from pathlib import Path

from supervision_app.core.atomic import fsync_folder, private_temp_file, release_temp
from supervision_app.core.errors import NotAVault, VaultDamaged, WrongPassphrase
from supervision_app.storage import guard
from supervision_app.storage.backup_open import backup_key
from supervision_app.storage.backup_verify import verify_file
from supervision_app.storage.lock import VaultLock
from supervision_app.storage.snapshot import BackgroundSync

_CHUNK = 1 << 20


def restore_backup(backup: Path, vault_path: Path, passphrase: str) -> Path:
    """Put ``backup`` in place of the vault at ``vault_path``; returns where the old one went.

    The backup must open with ``passphrase`` and pass every check. If the current vault
    opens with ``passphrase`` it is backed up as usual; either way it is kept beside itself
    as ``<name>.replaced-<time>`` (the returned path; ``vault_path`` itself if there was no
    vault). The vault must not be open anywhere (VaultInUse).
    """
    from supervision_app.storage.backup import _private_folder, backup_folder

    backup = Path(backup).expanduser()
    vault_path = Path(vault_path).expanduser()
    key_sql = backup_key(backup, passphrase)
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = private_temp_file(vault_path)
    try:
        try:
            sync = _copy_then_sync(backup, fd)
        except OSError as error:
            raise guard.typed_error(error, vault_path) or error from error
        try:
            verify_file(temp, key_sql, report_as=backup)
        finally:
            sync_error = sync.wait()
        if sync_error is not None:
            raise guard.typed_error(sync_error, vault_path) or sync_error
        _back_up_current(vault_path, passphrase)
        lock = VaultLock(vault_path)
        try:
            lock.acquire()
            aside = _swap_in(temp, vault_path)
        except OSError as error:
            raise guard.typed_error(error, vault_path) or error from error
        finally:
            lock.release()
    finally:
        with suppress(OSError):
            temp.unlink()
        release_temp(temp)
    folder = backup_folder(vault_path)
    _private_folder(folder)
    _record_restored(backup, folder)
    return aside


def _copy_then_sync(source: Path, fd: int) -> BackgroundSync:
    """Copy ``source`` into the open file ``fd``; its fsync runs meanwhile on a thread.

    The fsync (waiting on the disk) overlaps the verification (CPU); ``wait()`` on the
    result waits for it (``fd`` is then closed) and returns the OSError it met, if any.
    """
    with source.open("rb") as src:
        out = os.fdopen(fd, "wb")
        try:
            shutil.copyfileobj(src, out, _CHUNK)
            out.flush()
        except BaseException:
            out.close()
            raise
    return BackgroundSync(out)


def _back_up_current(vault_path: Path, passphrase: str) -> None:
    from supervision_app.storage.backup import backups_kept, make_backup
    from supervision_app.storage.vault import Vault

    if not vault_path.exists():
        return
    try:
        with Vault.open(vault_path, passphrase) as current:
            # Every page's checksum is checked; the structure check is left out (the
            # replaced vault is also kept aside whole): restore stays within 5 s.
            make_backup(
                current,
                reason="before-restore",
                keep=backups_kept(current),
                check_structure=False,
            )
    except (WrongPassphrase, VaultDamaged, NotAVault):
        pass  # it cannot be opened, so it cannot be copied: it is still kept aside


def _swap_in(temp: Path, vault_path: Path) -> Path:
    aside = vault_path
    if vault_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = vault_path.with_name(f"{vault_path.name}.replaced-{stamp}")
        # A second name for the old file: the vault path never disappears, so a crash at
        # any point leaves a vault there (the old one or the restored one).
        try:
            os.link(vault_path, aside)
        except OSError:
            shutil.copy2(vault_path, aside)
        # Its log, and a rollback journal a killed restore into a new vault can leave
        # (storage/written_once.py), go with it: either would be applied to the new file.
        for suffix in ("-wal", "-journal"):
            log = Path(f"{vault_path}{suffix}")
            if log.exists() and log.stat().st_size:
                os.replace(log, Path(f"{aside}{suffix}"))
    for companion in (Path(f"{vault_path}{s}") for s in ("-wal", "-shm", "-journal")):
        with suppress(FileNotFoundError):
            companion.unlink()
    os.replace(temp, vault_path)
    fsync_folder(vault_path.parent)
    return aside


def _record_restored(backup: Path, folder: Path) -> None:
    """``backup`` again under a new name in ``folder``, so it is the newest backup."""
    from supervision_app.storage.backup import _name_for

    target = folder / _name_for("restored")
    if backup.resolve().parent == folder.resolve():
        try:
            os.link(backup, target)
            fsync_folder(folder)
            return
        except OSError:
            pass  # a file system without hard links: copy it
    fd, temp = private_temp_file(target)
    try:
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            shutil.copyfileobj(src, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        fsync_folder(folder)
    finally:
        with suppress(OSError):
            temp.unlink()
        release_temp(temp)
