"""Links kept under an item's old id (before issue 13 renamed it) in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.gui.dialogs.reflection_dialogs import LinkDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.models.entry_list import ListMode
from tests.gui.conftest import shortcut

OLD = "connecting-people:person-centred-goals"
NEW = "connecting-people:person-centred-approach"


def test_an_old_link_shows_checks_lists_and_survives_the_link_picker(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.vault
    assert vault is not None and window.editor.entry is not None
    entry_id = window.editor.entry.id or 0
    vault.links.set_links(entry_id, [OLD])
    window.editor.set_links(vault.links.links_of(entry_id))
    assert "A person-centred approach" in window.editor.links_label.text()

    # The list of entries linked to the current item includes the old link.
    window.show_linked(NEW)
    assert window.model.mode is ListMode.LINKED and window.model.rowCount() == 1

    # Ctrl+K: the current item is ticked for the old link, and OK keeps the link.
    window.clear_filter()
    window.open_entry(entry_id)
    shortcut(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, LinkDialog) for d in window.reflection.dialogs))
    dialog = next(d for d in window.reflection.dialogs if isinstance(d, LinkDialog))
    assert dialog.tree.items[NEW].checkState(0) == Qt.CheckState.Checked
    dialog.buttons.accepted.emit()
    assert vault.links.links_of(entry_id) == (NEW,)
