"""A save that fails on a full disk: loud, retried, and nothing lost through lock, idle lock
or quit. The disk is really full for SQLite: ``PRAGMA max_page_count`` caps the open
connection at its current size, so writes that need a page fail with SQLITE_FULL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.autosave import write_entry
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from supervision_app.storage.worker_writes import update_entry_privately
from tests.conftest import PASSPHRASE
from tests.gui.conftest import shortcut, unlock
from tests.gui.test_main_window import _all_widget_text
from tests.gui.test_supervision import add_partner, start

pytestmark = pytest.mark.gui
CANARY = "Kestrel-8841 words that must never be lost. "
#: Enough text that saving it needs new pages.
LONG = CANARY * 400


def fill_disk(window: MainWindow) -> list[int]:
    """No more pages for the open vault connection, nor for the connection each autosave
    opens on the worker (gui/autosave.py): the next growing write fails. Each autosave
    that tries adds its entry's id to the list returned."""
    assert window.vault is not None
    conn = window.vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")

    tried: list[int] = []

    def full(vault: Vault, entry: Entry) -> Entry:
        tried.append(entry.id or 0)
        return update_entry_privately(
            vault, entry, configure=lambda c: c.execute(f"PRAGMA max_page_count = {pages}")
        )

    window.autosaver.write = full
    return tried


def free_disk(window: MainWindow) -> None:
    assert window.vault is not None
    window.vault.conn.execute("PRAGMA max_page_count = 1073741823")
    window.autosaver.write = write_entry


def type_long_text(qtbot: QtBot, window: MainWindow) -> int:
    """Paste the long text into the current entry, as a user would (one edit)."""
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    window.editor.body.setFocus()
    window.editor.body.selectAll()
    window.editor.body.textCursor().insertText(LONG)
    qtbot.keyClicks(window.editor.body, "!")
    return entry.id


def wait_for_failure(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.save_bar.isVisible, timeout=5000)


def stored_body(path: Path, entry_id: int) -> str:
    with Vault.open(path, PASSPHRASE) as v:
        return v.entries.get(entry_id).body


def no_plaintext_on_disk(folder: Path) -> None:
    for file in folder.rglob("*"):
        if file.is_file():
            assert CANARY.encode() not in file.read_bytes(), file


def test_failed_save_keeps_the_text_warns_until_saved_and_retries(
    qtbot: QtBot, window: MainWindow
) -> None:
    tried = fill_disk(window)
    entry_id = type_long_text(qtbot, window)
    wait_for_failure(qtbot, window)
    assert tried == [entry_id]
    bar = window.save_bar.label.text()
    assert "NOT saved" in bar and " full" in bar and "free some space" in bar.lower()
    assert window.editor.dirty and window.editor.body.toPlainText().startswith(CANARY)
    # Persistent: still there after the status bar's messages have come and gone.
    qtbot.wait(300)
    assert window.save_bar.isVisible()

    # Choosing another entry keeps the unsaved one on screen.
    window.list.setCurrentIndex(window.model.index(2))
    assert window.editor.entry is not None and window.editor.entry.id == entry_id
    assert window.editor.body.toPlainText().startswith(CANARY)

    # The next edit retries (and still fails), the bar stays.
    attempts = len(tried)
    qtbot.keyClicks(window.editor.body, "?")
    qtbot.waitUntil(lambda: len(tried) > attempts and not window.autosaver.busy, timeout=5000)
    assert window.save_bar.isVisible() and window.editor.dirty

    # Space comes back: the timer retries by itself and the bar goes.
    window.saving.timer.setInterval(100)
    free_disk(window)
    qtbot.waitUntil(lambda: not window.save_bar.isVisible(), timeout=3000)
    assert not window.editor.dirty
    assert window.vault is not None
    assert window.vault.entries.get(entry_id).body == LONG + "!?"


def test_ctrl_l_with_a_failing_save_locks_and_saves_after_unlock(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fill_disk(window)
    entry_id = type_long_text(qtbot, window)
    wait_for_failure(qtbot, window)
    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and not window.splitter.isVisible()
    assert CANARY not in _all_widget_text(window)
    assert list(window.saving.pending) == [("entry", entry_id)]
    no_plaintext_on_disk(tmp_path)  # kept in memory only

    unlock(qtbot, window)  # a new connection: the disk has room again
    assert not window.saving.has_unsaved and not window.save_bar.isVisible()
    window.close()
    assert stored_body(window.vault_path, entry_id) == LONG + "!"


def test_idle_lock_with_a_failing_save_locks_and_rearms(qtbot: QtBot, window: MainWindow) -> None:
    fill_disk(window)
    entry_id = type_long_text(qtbot, window)
    wait_for_failure(qtbot, window)
    window.idle.set_minutes(0.01)  # 0.6 s
    window.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert CANARY not in _all_widget_text(window)
    unlock(qtbot, window)
    assert window.idle.active  # re-armed after unlock
    assert window.vault is not None
    assert window.vault.entries.get(entry_id).body == LONG + "!"
    # ... and it locks again after the next quiet spell.
    window.idle.set_minutes(0.01)
    window.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    unlock(qtbot, window)


def _answer_quit_question(
    qtbot: QtBot, window: MainWindow, choice: str, seen: list[str], said: list[str] | None = None
) -> None:
    def answer() -> None:
        box = window.quit_question
        if box is None:
            QTimer.singleShot(20, answer)
            return
        if said is not None:
            said.append(box.text())
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        button = next(b for b in box.buttons() if b.text().replace("&", "").startswith(choice))
        button.click()

    QTimer.singleShot(0, answer)


def test_ctrl_q_with_a_failing_save_asks_and_stay_is_the_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_disk(window)
    entry_id = type_long_text(qtbot, window)
    wait_for_failure(qtbot, window)
    seen: list[str] = []
    _answer_quit_question(qtbot, window, "Stay", seen)
    shortcut(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["&Stay"]
    assert window.isVisible() and window.vault is not None
    assert window.editor.body.toPlainText().startswith(CANARY)

    # Escape in the question means Stay too.
    def escape() -> None:
        box = window.quit_question
        if box is None:
            QTimer.singleShot(20, escape)
            return
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
    assert not window.close()
    assert window.vault is not None

    free_disk(window)
    assert window.close()  # now it saves and quits without asking
    assert stored_body(window.vault_path, entry_id) == LONG + "!"


def test_quitting_while_locked_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow) -> None:
    fill_disk(window)
    entry_id = type_long_text(qtbot, window)
    wait_for_failure(qtbot, window)
    window.lock()
    seen: list[str] = []
    _answer_quit_question(qtbot, window, "Stay", seen)
    assert window.passphrase_dialog is not None
    window.passphrase_dialog.buttons.rejected.emit()  # "Quit" in the unlock dialog
    assert seen == ["&Stay"] and window.isVisible()
    unlock(qtbot, window)  # asked again, and the change is saved after unlock
    window.close()
    assert stored_body(window.vault_path, entry_id) == LONG + "!"


def test_session_record_failing_save_survives_lock(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    editor = window.supervision.editor
    fill_disk(window)
    editor.form.learning.setFocus()
    editor.form.learning.selectAll()
    editor.form.learning.textCursor().insertText(LONG)
    qtbot.keyClicks(editor.form.learning, "!")
    wait_for_failure(qtbot, window)
    assert editor.form.learning.toPlainText().startswith(CANARY)
    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and CANARY not in _all_widget_text(window)
    unlock(qtbot, window)
    assert window.vault is not None
    assert window.vault.supervision.sessions.get(session_id).learning == LONG + "!"
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QMessageBox
    )
