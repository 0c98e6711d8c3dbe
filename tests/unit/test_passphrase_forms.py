"""Accented passphrases typed in either Unicode form (composed NFC, decomposed NFD, as some
keyboards and systems produce) open the same vault and its backups, on real vault files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.entries import Entry
from supervision_app.core.errors import WrongPassphrase
from supervision_app.core.passphrase import forms_to_try
from supervision_app.storage.backup import list_backups, make_backup, verify_backup
from supervision_app.storage.keying import apply_key, quote, run_secret
from supervision_app.storage.restore import restore_backup
from supervision_app.storage.vault import Vault
from tests.conftest import FakeClock

#: "Crème brûlée à côté de Zoë" composed (one code point per accented letter).
NFC = unicodedata.normalize("NFC", "Crème brûlée à côté de Zoë")
NFD = unicodedata.normalize("NFD", NFC)


def test_the_two_forms_differ() -> None:
    assert NFC != NFD and len(NFD) > len(NFC)
    assert forms_to_try(NFD) == (NFD, NFC)
    assert forms_to_try(NFC) == (NFC, NFD)
    assert forms_to_try("plain ascii passphrase") == ("plain ascii passphrase",)


@pytest.mark.parametrize(("made_with", "typed"), [(NFC, NFD), (NFD, NFC), (NFC, NFC)])
def test_a_new_vault_opens_with_either_form(
    tmp_path: Path, clock: FakeClock, made_with: str, typed: str
) -> None:
    path = tmp_path / "v.sjvault"
    with Vault.create(path, made_with, clock=clock) as v:
        v.entries.add(Entry(title="Synthetic"))
    with Vault.open(path, typed, clock=clock) as v:
        assert [s.title for s in v.entries.page()] == ["Synthetic"]
    with Vault.open(path, typed, clock=clock, keep_key=False) as v:  # the command line's way
        assert v.entries.count() == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(path, typed + " no", clock=clock)


def _rekey_as_typed(path: Path, current: str, typed: str) -> None:
    """Key the vault with ``typed`` exactly as older versions did (no normalising)."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    apply_key(conn, current)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    run_secret(conn, f"PRAGMA rekey = {quote(typed)}")
    conn.close()


def test_a_vault_made_by_a_decomposing_keyboard_still_opens(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "v.sjvault"
    Vault.create(path, NFC, clock=clock).close()
    _rekey_as_typed(path, NFC, NFD)  # as a version that kept the NFD form made it
    for typed in (NFD, NFC):
        with Vault.open(path, typed, clock=clock) as v:
            assert v.schema_version > 0


def test_a_passphrase_change_stores_the_composed_form(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "v.sjvault"
    Vault.create(path, "an old plain passphrase", clock=clock).close()
    _rekey_as_typed(path, "an old plain passphrase", NFD)
    with Vault.open(path, NFC, clock=clock) as v:
        v.change_passphrase(NFC, NFD)  # the old typed in the other form; the new as NFD
    _rekey_as_typed(path, NFC, "check")  # the file is keyed with the composed form
    with Vault.open(path, "check", clock=clock):
        pass


def test_backups_verify_list_and_restore_with_either_form(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "v.sjvault"
    with Vault.create(path, NFC, clock=clock) as v:
        v.entries.add(Entry(title="Before the backup"))
        backup = make_backup(v, reason="test").path
        v.entries.add(Entry(title="After the backup"))
    verify_backup(backup, NFD)
    [listed] = list_backups(path, NFD)
    assert listed.entries == 1
    restore_backup(backup, path, NFD)
    with Vault.open(path, NFD, clock=clock) as v:
        assert [s.title for s in v.entries.page()] == ["Before the backup"]
    with pytest.raises(WrongPassphrase):
        verify_backup(backup, NFD + " no")
