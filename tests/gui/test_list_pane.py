"""The entry list pane on its own, without a window: its public API and signals."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.journal.list_pane import EntryListPane
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.storage.vault import Vault

pytestmark = pytest.mark.gui


def test_selection_and_empty_list(qtbot: QtBot, vault: Vault) -> None:
    for i in range(3):
        vault.entries.add(Entry(title=f"Note {i}", practice_date=dt.date(2026, 2, 1 + i)))
    pane = EntryListPane()
    qtbot.addWidget(pane)
    pane.model.attach(vault.entries, vault.links)
    pane.model.show_journal()
    with qtbot.waitSignal(pane.current_changed):
        pane.select_row(99)  # past the end: the last row
    summary = pane.current_summary()
    assert pane.current_row() == 2 and summary is not None and summary.title == "Note 0"

    pane.model.attach(None)
    assert pane.current_summary() is None
    with qtbot.waitSignal(pane.nothing_selected):
        pane.select_row(0)


def test_view_choice_filter_and_trash_controls(qtbot: QtBot) -> None:
    pane = EntryListPane()
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.view_changed):
        pane.view_choice.setCurrentIndex(1)
    assert pane.chosen_view() is ListMode.TRASH
    with qtbot.assertNotEmitted(pane.view_changed):
        pane.show_journal_choice()
    assert pane.chosen_view() is ListMode.JOURNAL

    pane.show_filter("Values (Social Work England)")
    assert pane.filter_label.isVisible() and pane.clear_filter_button.isVisible()
    assert pane.filter_label.text() == "Linked to: Values (Social Work England)"
    with qtbot.waitSignal(pane.clear_filter_requested):
        pane.clear_filter_button.click()
    pane.show_filter(None)
    assert not pane.filter_label.isVisible() and not pane.clear_filter_button.isVisible()

    pane.set_trash_controls(in_trash=True, has_current=False)
    assert pane.restore_button.isVisible() and not pane.restore_button.isEnabled()
    with qtbot.waitSignal(pane.empty_trash_requested):
        pane.empty_trash_button.click()
    pane.set_trash_controls(in_trash=False, has_current=True)
    assert not pane.restore_button.isVisible() and not pane.empty_trash_button.isVisible()
