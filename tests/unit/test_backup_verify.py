"""What verifying a backup finds: real flipped bytes, cut-short files, structural damage.

The verification (``storage/backup_verify.py``) is two checks: every page's HMAC
(``cipher_integrity_check``, free pages included) and SQLite's ``integrity_check`` table by
table. Each damage here is made in a real backup file and must be found by both
``verify_backup`` and ``restore_backup`` (which then changes nothing).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.errors import VaultDamaged
from supervision_app.storage.backup import (
    backup_folder,
    list_backups,
    make_backup,
    restore_backup,
    verify_backup,
)
from supervision_app.storage.damage import PAGE_SIZE
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.damage_helpers import fill, flip, raw_conn

#: Entries written, then entries deleted, for the backup below: 97 pages, 6 of them free
#: (60 and 20 made 135 pages, 24 free). An empty vault is already about 90 pages (the
#: schema, the search index's tables): every kind of page is there either way, and the
#: flipped-byte test verifies the whole file once per page, so its cost grows with the
#: square of the page count.
ENTRIES, DELETED = 24, 8


@pytest.fixture
def backup_with_free_pages(vault_path: Path) -> Path:
    """A backup of a vault of ~100 pages, some of them free (entries were deleted)."""
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, ENTRIES)
        for item in v.entries.page(limit=DELETED):
            v.entries.trash(item.id)
        v.entries.empty_trash()
        assert v.conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
        return make_backup(v, reason="test").path


def _damaged_copy(backup: Path, data: bytes) -> Path:
    copy = backup.with_name("damaged.sjbackup")
    copy.write_bytes(data)
    return copy


def test_a_flipped_byte_on_any_page_is_found(backup_with_free_pages: Path) -> None:
    good = backup_with_free_pages.read_bytes()
    pages = len(good) // PAGE_SIZE
    missed = []
    for page in range(pages):
        # Byte 100 of page 0 lies in the encrypted part too (the salt is bytes 0-15).
        copy = _damaged_copy(backup_with_free_pages, bytes(flip(bytearray(good), [page])))
        try:
            verify_backup(copy, PASSPHRASE)
        except VaultDamaged:
            continue
        missed.append(page)
    assert missed == [], f"damage on these pages (of {pages}) went unnoticed"


def test_a_flipped_byte_in_a_page_s_checksum_is_found(backup_with_free_pages: Path) -> None:
    good = bytearray(backup_with_free_pages.read_bytes())
    pages = len(good) // PAGE_SIZE
    for page in (1, pages // 2, pages - 1):
        # The last bytes of a page hold its HMAC (SQLCipher 4's reserve area).
        copy = _damaged_copy(backup_with_free_pages, bytes(flip(good[:], [page], PAGE_SIZE - 1)))
        with pytest.raises(VaultDamaged):
            verify_backup(copy, PASSPHRASE)


@pytest.mark.parametrize("keep", ["half", "all but the last page", "mid-page"])
def test_a_backup_cut_short_is_found(backup_with_free_pages: Path, keep: str) -> None:
    good = backup_with_free_pages.read_bytes()
    pages = len(good) // PAGE_SIZE
    size = {
        "half": PAGE_SIZE * (pages // 2),
        "all but the last page": PAGE_SIZE * (pages - 1),
        "mid-page": PAGE_SIZE * (pages // 2) + 1000,
    }[keep]
    with pytest.raises(VaultDamaged):
        verify_backup(_damaged_copy(backup_with_free_pages, good[:size]), PASSPHRASE)


def _break_an_index(path: Path) -> None:
    """Make ``entry_tags_by_tag`` disagree with its table while every page stays authentic.

    The index's definition is swapped for another column order through SQLCipher itself, so
    each page's HMAC is right and only SQLite's structure check can tell.
    """
    conn = raw_conn(path, PASSPHRASE)
    try:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX entry_tags_by_tag"
            " ON entry_tags (entry_id, tag)' WHERE name = 'entry_tags_by_tag'"
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_structural_damage_with_authentic_pages_is_found(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(
            Entry(title="Tagged", body="synthetic", practice_date=dt.date(2026, 1, 2), tags=["b"])
        )
        backup = make_backup(v, reason="test").path
    copy = backup.with_name("broken.sjbackup")
    copy.write_bytes(backup.read_bytes())
    _break_an_index(copy)
    with pytest.raises(VaultDamaged, match="entry_tags_by_tag"):
        verify_backup(copy, PASSPHRASE)
    before = vault_path.read_bytes()
    with pytest.raises(VaultDamaged):
        restore_backup(copy, vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before
    # And a vault with that damage is not backed up (its damaged copy would rotate out
    # the good backups).
    _break_an_index(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as v, pytest.raises(VaultDamaged):
        make_backup(v, reason="test")


def test_verifying_leaves_nothing_beside_the_backup(backup_with_free_pages: Path) -> None:
    folder = backup_with_free_pages.parent
    before = sorted(os.listdir(folder))
    verify_backup(backup_with_free_pages, PASSPHRASE)
    assert sorted(os.listdir(folder)) == before  # no -wal or -shm: opened immutable


def test_restoring_records_the_backup_as_the_newest(vault_path: Path, tmp_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v, 5)
        kept = make_backup(v, reason="test").path
        elsewhere = make_backup(v, reason="manual", out=tmp_path / "usb.sjbackup").path
    # A backup of this vault's own folder is never written again: a second name will do.
    restore_backup(kept, vault_path, PASSPHRASE)
    newest = list_backups(vault_path)[0].path
    assert newest.name.endswith("-restored.sjbackup")
    assert newest.stat().st_ino == kept.stat().st_ino
    # One from elsewhere (a USB stick, say) is copied in: the user may change or lose it.
    restore_backup(elsewhere, vault_path, PASSPHRASE)
    newest = list_backups(vault_path)[0].path
    assert newest.stat().st_ino != elsewhere.stat().st_ino
    assert newest.read_bytes() == elsewhere.read_bytes()
    assert stat.S_IMODE(newest.stat().st_mode) == 0o600
    assert newest.parent == backup_folder(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.entries.count() == 5
