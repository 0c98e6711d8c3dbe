"""The autosave delay itself: an edit is saved once typing has stopped for 800 ms, never
while it goes on. The other GUI tests shorten the delay (``short_autosave`` in
tests/gui/conftest.py); these keep the product's (``real_autosave``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.autosave import write_entry
from supervision_app.gui.common import timers
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.real_autosave]


def test_the_autosave_delay_is_800_ms_in_the_editors(window: MainWindow) -> None:
    """The one value, as the editors read it when they build their timers."""
    assert timers.AUTOSAVE_DELAY_MS == 800 and timers.autosave_delay_ms() == 800
    for editor in (window.editor, window.supervision.editor):
        intervals = {t.interval() for t in editor.findChildren(QTimer) if t.isSingleShot()}
        assert 800 in intervals, type(editor).__name__


def test_typing_inside_the_delay_does_not_save_and_one_save_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    saved: list[str] = []

    def write(vault: Vault, entry: Entry) -> Entry:
        saved.append(entry.body)
        return write_entry(vault, entry)

    window.autosaver.write = write
    editor = window.editor
    editor.body.setFocus()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body, " one")
    qtbot.wait(450)
    qtbot.keyClicks(editor.body, " two")
    # 900 ms after the first key, 450 ms after the last: each key restarted the wait.
    qtbot.wait(450)
    assert saved == [] and editor.dirty
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    assert len(saved) == 1 and saved[0].endswith(" one two")
