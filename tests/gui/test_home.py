"""The home view: shown after unlock with the known vault's figures, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import copy_of_vault, shortcut, unlock
from tests.home_data import NEVER, TODAY, fill_home_vault

pytestmark = pytest.mark.gui


@pytest.fixture
def home_window(qtbot: QtBot, vault_path: Path) -> MainWindow:
    def make(template: Path) -> None:
        with Vault.create(template, PASSPHRASE) as v:
            fill_home_vault(v)

    copy_of_vault(vault_path, "home", make)  # made once per process
    w = MainWindow(vault_path)
    qtbot.addWidget(w)
    w.home.today = lambda: TODAY
    w.start()
    unlock(qtbot, w)
    return w


def test_home_after_unlock_shows_the_figures(qtbot: QtBot, home_window: MainWindow) -> None:
    w = home_window
    view = w.home.view
    assert w.home.showing_home and view.isVisible()
    assert view.title.text() == "Today, Tuesday 10 March 2026"
    assert view.prompt_item.text() == "Critical reflection and analysis"
    assert "Not reflected on yet" in view.prompt_last.text()
    assert "Professional Capabilities Framework" in view.prompt_source.text()
    assert view.next_session.text() == "Next supervision: Fri 20 Mar 2026."
    assert view.actions_summary.text() == "3 open actions, 1 overdue."
    assert (
        "Read the guidance — Sam Supervisor, Fri 20 Feb 2026 (overdue)" in view.actions_list.text()
    )
    assert "2 of 2 CPD records" in view.cpd_summary.text()
    assert view.recent.count() == 4 and "Linked to almost all" in view.recent.item(0).text()
    for button in (view.new_button, view.guided_button, view.session_button):
        assert button.accessibleName() or button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus

    # Ctrl+1 goes to the list, Ctrl+0 comes back.
    shortcut(qtbot, w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not w.home.showing_home and w.list.isVisible()
    shortcut(qtbot, w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert w.home.showing_home and view.new_button.hasFocus()

    # Enter on a recent entry opens it in the journal.
    view.recent.setFocus()
    view.recent.setCurrentRow(1)
    qtbot.keyClick(view.recent, Qt.Key.Key_Return)
    assert not w.home.showing_home
    assert w.editor.entry is not None and w.editor.entry.title == "Team meeting"


def test_write_about_the_prompt_links_the_item(qtbot: QtBot, home_window: MainWindow) -> None:
    w = home_window
    w.home.view.prompt_button.click()
    entry = w.editor.entry
    assert entry is not None and entry.id is not None
    assert entry.title == "Critical reflection and analysis"
    assert entry.practice_date == TODAY
    assert w.vault is not None and w.vault.links.links_of(entry.id) == (NEVER,)
    shortcut(qtbot, w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert "Critical reflection" not in w.home.view.prompt_item.text()  # reflected on now


def test_new_reflection_from_home_and_lock_wipes_home(
    qtbot: QtBot, home_window: MainWindow
) -> None:
    w = home_window
    w.home.view.new_button.setFocus()
    shortcut(qtbot, w, Qt.Key.Key_Space)
    assert not w.home.showing_home and w.editor.entry is not None
    shortcut(qtbot, w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    w.lock()
    view = w.home.view
    assert view.recent.count() == 0
    assert view.actions_list.text() == "" and view.prompt_item.text() == ""
