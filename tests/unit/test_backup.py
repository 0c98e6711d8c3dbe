"""Backups: encrypted, verified, private, rotated, cancellable; restore keeps the old vault."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.errors import DiskFull, VaultDamaged, VaultReadOnly, WrongPassphrase
from supervision_app.storage.backup import (
    BackupCancelled,
    backup_due_today,
    backup_folder,
    daily_backup,
    list_backups,
    make_backup,
    restore_backup,
    verify_backup,
)
from supervision_app.storage.schema.migrations import LATEST_VERSION
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.damage_helpers import fill, flip, read_only

NEW = "another passphrase entirely"


def _add(vault: Vault, title: str) -> None:
    vault.entries.add(Entry(title=title, body="synthetic", practice_date=dt.date(2026, 1, 2)))


def test_a_backup_is_encrypted_private_verified_and_complete(vault: Vault) -> None:
    _add(vault, "one")
    _add(vault, "two")
    seen: list[float] = []
    info = make_backup(vault, reason="test", progress=seen.append)
    assert info.path.parent == backup_folder(vault.path)
    assert info.entries == 2 and info.size == info.path.stat().st_size
    assert seen and seen[-1] == 1.0
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    head = info.path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    verify_backup(info.path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        verify_backup(info.path, "not the passphrase at all")
    # A full vault of its own: it opens like one, same schema and entries.
    copy = info.path.with_name("copy.sjvault")
    copy.write_bytes(info.path.read_bytes())
    with Vault.open(copy, PASSPHRASE) as restored:
        assert restored.schema_version == LATEST_VERSION
        assert sorted(s.title for s in restored.entries.page()) == ["one", "two"]


def test_rotation_keeps_the_newest(vault: Vault) -> None:
    made = [make_backup(vault, reason=f"r{i}", keep=3).path for i in range(5)]
    listed = list_backups(vault.path, PASSPHRASE)
    assert [b.path for b in listed] == made[::-1][:3]
    assert all(b.entries == 0 for b in listed)
    assert [b.entries for b in list_backups(vault.path)] == [None] * 3


def test_out_writes_elsewhere_and_is_not_rotated(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "copy.sjbackup"
    out.parent.mkdir()
    info = make_backup(vault, reason="manual", out=out, keep=1)
    assert info.path == out
    verify_backup(out, PASSPHRASE)
    assert list_backups(vault.path) == []


def test_cancelling_leaves_nothing(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 200)
        with pytest.raises(BackupCancelled):
            make_backup(v, reason="test", cancelled=lambda: True)
        folder = backup_folder(v.path)
        assert not folder.exists() or list(folder.iterdir()) == []
        assert v.entries.count() == 200  # the vault's connection still works


def test_a_damaged_vault_is_not_backed_up(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v)
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // 4096
    vault_path.write_bytes(bytes(flip(data, [pages // 3, pages // 2])))
    with Vault.open(vault_path, PASSPHRASE) as v, pytest.raises(VaultDamaged):
        make_backup(v, reason="test")
    assert list_backups(vault_path) == []


def test_daily_backup_once_a_day(vault: Vault) -> None:
    assert backup_due_today(vault)
    assert daily_backup(vault) is not None
    assert not backup_due_today(vault)
    assert daily_backup(vault) is None
    assert len(list_backups(vault.path)) == 1


def test_daily_backup_is_due_again_the_next_day_and_keeps_the_setting(vault: Vault) -> None:
    vault.settings.set("backups_kept", 2)
    for day in (1, 2, 3):  # three backups from earlier days
        made = make_backup(vault, reason="daily").path
        made.rename(made.with_name(f"2020010{day}T090000000000Z-daily.sjbackup"))
    assert backup_due_today(vault)
    assert daily_backup(vault) is not None
    names = [b.path.name for b in list_backups(vault.path)]
    assert len(names) == 2 and names[1].startswith("20200103")


def test_passphrase_change_backs_up_before_and_after(vault: Vault) -> None:
    _add(vault, "before")
    vault.change_passphrase(PASSPHRASE, NEW)
    newest, oldest = list_backups(vault.path)
    assert "after-passphrase-change" in newest.path.name
    assert "before-passphrase-change" in oldest.path.name
    verify_backup(newest.path, NEW)
    verify_backup(oldest.path, PASSPHRASE)


def test_an_upgrade_is_backed_up_first(vault_path: Path) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    from supervision_app.storage.keying import apply_key
    from supervision_app.storage.schema.migrations import MIGRATIONS

    vault_path.parent.mkdir(parents=True)
    conn = sqlcipher.connect(str(vault_path), isolation_level=None)
    apply_key(conn, PASSPHRASE)
    conn.execute("PRAGMA application_id = 1397379662")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    Vault.open(vault_path, PASSPHRASE).close()
    (backup,) = list_backups(vault_path)
    assert "before-upgrade-from-v1" in backup.path.name
    copy = backup.path.with_name("old.sjvault")
    copy.write_bytes(backup.path.read_bytes())
    raw = sqlcipher.connect(str(copy))
    apply_key(raw, PASSPHRASE)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    raw.close()


def test_restore_puts_the_backup_back_and_keeps_the_replaced_vault(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        _add(v, "in the backup")
        info = make_backup(v, reason="test")
        _add(v, "written after the backup")
    aside = restore_backup(info.path, vault_path, PASSPHRASE)
    assert aside != vault_path and aside.parent == vault_path.parent
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert [s.title for s in v.entries.page()] == ["in the backup"]
    aside_copy = aside.with_name("aside-check.sjvault")
    aside_copy.write_bytes(aside.read_bytes())
    with Vault.open(aside_copy, PASSPHRASE) as old:
        assert old.entries.count() == 2
    reasons = [b.path.name.split("-", 1)[1] for b in list_backups(vault_path)]
    assert reasons[:2] == ["restored.sjbackup", "before-restore.sjbackup"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 100)
        info = make_backup(v, reason="test")
    data = bytearray(info.path.read_bytes())
    info.path.write_bytes(bytes(flip(data, [len(data) // 4096 - 2])))
    before = vault_path.read_bytes()
    with pytest.raises(VaultDamaged):
        restore_backup(info.path, vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


@pytest.mark.parametrize("text", ["", "/home/a/journal.sjvault", "/tmp/ünïcode \udcff.sjvault"])
def test_the_backup_folder_hash_is_sha256(text: str) -> None:
    """backup_folder hashes without hashlib (no OpenSSL at every unlock): same digest."""
    import hashlib

    from supervision_app.storage.backup_folder import sha256_hex

    data = text.encode("utf-8", "surrogateescape")
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


@contextmanager
def _small_disk(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``folder`` on a 1 MB tmpfs (a real full disk) where the tests may mount one;
    elsewhere the backup's copy fails there with ENOSPC, as on a full disk."""
    folder.mkdir(parents=True, exist_ok=True)
    mount = ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)]
    if os.geteuid() == 0 and not subprocess.run(mount, capture_output=True).returncode:
        try:
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    from supervision_app.storage import backup as backup_module

    def full(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))

    monkeypatch.setattr(backup_module, "_export", full)
    yield


def test_a_backup_on_a_full_disk_says_the_journal_is_safe(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sentence is about the backup: "nothing was saved" read as if the journal had not
    been saved (it had; only the copy failed)."""
    fill(vault, 600)  # a vault of more than 1 MB
    before = vault.entries.count()
    folder = backup_folder(vault.path)
    with _small_disk(folder, monkeypatch), pytest.raises(DiskFull) as caught:
        make_backup(vault, reason="manual")
    message = str(caught.value)
    assert "nothing was saved" not in message
    assert "backup was not made" in message and "journal is safe" in message
    assert vault.entries.count() == before


def test_a_backup_into_a_read_only_folder_says_the_journal_is_safe(vault: Vault) -> None:
    """As on a full disk: the sentence names the backup folder, not "the vault", and does
    not say "nothing was saved"."""
    _add(vault, "one")
    folder = backup_folder(vault.path)
    folder.mkdir(parents=True, exist_ok=True)
    with read_only(folder), pytest.raises(VaultReadOnly) as caught:
        make_backup(vault, reason="manual")
    message = str(caught.value)
    assert "nothing was saved" not in message and "The vault" not in message
    assert str(folder) in message
    assert "backup was not made" in message and "journal is safe" in message
    assert vault.entries.count() == 1
