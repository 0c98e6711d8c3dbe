"""The lock screen takes an accented passphrase typed in either Unicode form: composed (NFC)
or decomposed (NFD, as some keyboards and systems send it), for a vault made with the other."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.gui.conftest import todays_backup_made, unlock

pytestmark = pytest.mark.gui

NFC = unicodedata.normalize("NFC", "Crème brûlée à côté de Zoë")
NFD = unicodedata.normalize("NFD", NFC)


@pytest.mark.parametrize(("made_with", "typed"), [(NFC, NFD), (NFD, NFC)])
def test_the_lock_screen_opens_with_either_form(
    qtbot: QtBot, vault_path: Path, made_with: str, typed: str
) -> None:
    with Vault.create(vault_path, made_with) as v:
        v.entries.add(Entry(title="Synthetic reflection"))
    assert todays_backup_made(vault_path)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    unlock(qtbot, window, typed)
    assert window.vault is not None
    assert [s.title for s in window.vault.entries.page()] == ["Synthetic reflection"]
    window.close()
