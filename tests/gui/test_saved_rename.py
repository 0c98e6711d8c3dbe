"""Renaming a saved search in the sidebar: F2 or the context menu, kept in the vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.core.find.filters import SearchFilters
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.find.saved import SavedSearchRepository
from supervision_app.storage.vault import Vault
from tests import find_vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, unlock


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        find_vault.build(vault)
        repo = SavedSearchRepository(vault)
        repo.save("Warm handovers", '"warm handover"', SearchFilters(kind="reflection"))
        repo.save("Loneliness", "lonely", SearchFilters())
    w = open_window(qtbot, vault_path)
    yield w
    w.close()


def names(w: MainWindow) -> list[str]:
    saved = w.finding.saved.list
    return [saved.item(r).text() for r in range(saved.count())]


def test_f2_renames_the_selected_saved_search_and_it_survives_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    saved = w.finding.saved.list
    assert names(w) == ["Loneliness", "Warm handovers"]
    saved.setFocus()
    saved.setCurrentRow(1)
    qtbot.keyClick(saved, Qt.Key.Key_F2)
    dialog = w.finding.rename_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.textValue() == "Warm handovers"
    dialog.setTextValue("Handovers in spring")
    dialog.accept()
    assert names(w) == ["Handovers in spring", "Loneliness"]
    assert saved.currentItem().text() == "Handovers in spring"  # still selected
    w.lock()
    assert saved.count() == 0
    unlock(qtbot, w)
    assert names(w) == ["Handovers in spring", "Loneliness"]
    saved.setCurrentRow(0)
    saved.itemActivated.emit(saved.item(0))  # the words and filters came with the name
    assert w.search.text() == '"warm handover"'
    assert w.model.filters == SearchFilters(kind="reflection")


def test_rename_is_on_the_context_menu_and_a_taken_name_is_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    saved = w.finding.saved.list
    actions = saved.actions()
    assert [a.text() for a in actions] == ["&Rename…", "&Delete"]
    assert saved.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    saved.setCurrentRow(1)
    actions[0].trigger()
    dialog = w.finding.rename_dialog
    assert dialog is not None
    dialog.setTextValue("loneliness")
    dialog.accept()
    message = w.finding.message
    assert message is not None and message.isVisible()
    assert message.text() == (
        "There is already a saved search named 'Loneliness': choose another name."
    )
    message.accept()
    assert names(w) == ["Loneliness", "Warm handovers"]
    vault = w.vault
    assert vault is not None
    assert [s.query for s in SavedSearchRepository(vault).list()] == ["lonely", '"warm handover"']
    # An empty name is refused the same way.
    actions[0].trigger()
    w.finding.rename_dialog.setTextValue("   ")  # type: ignore[union-attr]
    w.finding.rename_dialog.accept()  # type: ignore[union-attr]
    assert w.finding.message.text() == "A saved search needs a name."  # type: ignore[union-attr]
    assert names(w) == ["Loneliness", "Warm handovers"]
