"""Starting something new on a full disk: a new entry, a guided reflection, today's prompt, a
supervision session. Each writes at once; on a full disk it must say so and leave the
window as it was, never fail silently (found by hand on a 2 MB tmpfs: Ctrl+N did nothing
and the error went to the terminal). The disk is full as in tests/gui/test_save_failure.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.core.errors import DiskFull
from supervision_app.gui.dialogs.reflection_dialogs import GuidedStartDialog
from supervision_app.gui.main_window import MainWindow
from tests.gui.conftest import shortcut
from tests.gui.test_save_failure import fill_disk, free_disk
from tests.gui.test_supervision import add_partner, new_session_via_shortcut

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DAY = dt.date(2026, 3, 1)


def full(window: MainWindow) -> None:
    """No room for even a small new row: the connection may not grow, and the free space
    in its pages is used up by filler entries (as a real disk is filled to the last byte)."""
    fill_disk(window)
    vault = window.vault
    assert vault is not None
    for size in (4000, 400, 40, 0):  # to the last byte: the last ones are empty entries
        while True:
            try:
                vault.entries.add(Entry(title="", body="x" * size, practice_date=DAY))
            except DiskFull:
                break


def answer_warning(qtbot: QtBot, seen: list[str]) -> None:
    """Note the warning's text when it shows, then press Return on it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def entry_count(window: MainWindow) -> int:
    assert window.vault is not None
    return len(window.vault.entries.page(limit=1000))


def said_full(qtbot: QtBot, window: MainWindow, act: Callable[[], None]) -> None:
    """``act`` on a full disk shows one warning that says the disk is full and adds nothing;
    the same act works once there is room."""
    full(window)
    before = entry_count(window)
    seen: list[str] = []
    answer_warning(qtbot, seen)
    act()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert len(seen) == 1 and "disk" in seen[0] and "full" in seen[0], seen
    assert window.vault is not None and not window.is_locked
    free_disk(window)
    assert entry_count(window) == before
    act()
    qtbot.waitUntil(lambda: entry_count(window) == before + 1, timeout=5000)


def test_new_entry_on_a_full_disk_says_so(qtbot: QtBot, window: MainWindow) -> None:
    shown = window.editor.entry
    assert shown is not None

    def ctrl_n() -> None:
        shortcut(qtbot, window, Qt.Key.Key_N, CTRL)

    full(window)
    before = entry_count(window)
    seen: list[str] = []
    answer_warning(qtbot, seen)
    ctrl_n()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "full" in seen[0]
    assert window.editor.entry is not None and window.editor.entry.id == shown.id
    free_disk(window)
    assert entry_count(window) == before
    ctrl_n()
    assert entry_count(window) == before + 1


def test_guided_reflection_on_a_full_disk_says_so(qtbot: QtBot, window: MainWindow) -> None:
    def start() -> None:
        shortcut(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
        qtbot.waitUntil(
            lambda: any(isinstance(d, GuidedStartDialog) for d in window.reflection.dialogs)
        )
        dialog = next(d for d in window.reflection.dialogs if isinstance(d, GuidedStartDialog))
        dialog.templates.setCurrentRow(0)
        dialog.buttons.accepted.emit()

    said_full(qtbot, window, start)
    assert window.vault is not None
    assert len(window.vault.guided.drafts()) == 1  # the second try, whole


def test_todays_prompt_on_a_full_disk_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.home.show_home()
    button = window.home.view.prompt_button
    qtbot.waitUntil(button.isVisible)
    said_full(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def test_new_session_on_a_full_disk_says_so(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)

    def start() -> None:
        dialog = new_session_via_shortcut(qtbot, window, dt.date(2026, 3, 2), partner_id)
        dialog.buttons.accepted.emit()

    said_full(qtbot, window, start)
