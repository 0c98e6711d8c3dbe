"""Changing the passphrase re-encrypts every page of the journal: on a large one that takes
seconds (50,000 entries: ~13 s on a busy 2-core machine), which froze the whole window when
it ran on the UI thread (issue 9 item 9: the window never stalls for more than 100 ms).

The change now runs on a worker while the dialog says so. These tests hold the change on
its worker at a gate the test opens, so what the window does meanwhile is seen for certain:
the old code ran it inside the OK button's handler, so it had ended (or, with the gate,
timed out) before any of it could be looked at.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supervision_app.core.errors import WrongPassphrase
from supervision_app.gui.dialogs.vault_dialogs import ChangePassphraseDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.blocked import OpenWhenBlocked
from tests.gui.conftest import shortcut, unlock

pytestmark = pytest.mark.gui

NEW = "a different passphrase for this test"
GATE_S = 10  # the old code waited this long inside the button's handler, then went on


def gated(change: Callable[[str, str], None]) -> tuple[Callable[[str, str], None], threading.Event]:
    """``change`` that first waits for the test to open the gate (on the worker)."""
    gate = threading.Event()

    def held(old: str, new: str) -> None:
        gate.wait(GATE_S)
        change(old, new)

    return held, gate


def fill(dialog: ChangePassphraseDialog, old: str = PASSPHRASE, new: str = NEW) -> None:
    dialog.old.setText(old)
    dialog.new.setText(new)
    dialog.repeat.setText(new)


def open_dialog(window: MainWindow) -> ChangePassphraseDialog:
    window.locking.change_passphrase()
    (dialog,) = [d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible()]
    return dialog


def test_the_window_keeps_running_while_the_journal_is_re_encrypted(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    dialog = open_dialog(window)
    held, gate = gated(vault.change_passphrase)
    dialog._change = held  # the real change, held at the gate on its worker
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    fill(dialog)
    dialog.buttons.accepted.emit()
    try:
        # The OK button's handler has returned while the change waits on its worker.
        assert dialog.task is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5_000)
        assert dialog.working.isVisible() and dialog.busy.isVisible()
        assert dialog.old.isReadOnly() and not dialog.buttons.isEnabled()
        # Neither Escape nor closing the dialog stops it or hides it meanwhile.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible() and dialog.task is not None
    finally:
        gate.set()
        timer.stop()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Passphrase changed." in window.statusBar().currentMessage()
    assert dialog.old.text() == dialog.new.text() == dialog.repeat.text() == ""
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE).close()
    unlock(qtbot, window, NEW)
    assert window.model.rowCount() == 5


def test_a_wrong_current_passphrase_is_said_in_the_dialog_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    dialog = open_dialog(window)
    fill(dialog, old="not the passphrase at all")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "The passphrase is not correct for this vault."
    # Ready to try again: the fields are editable and the buttons back.
    assert not dialog.old.isReadOnly() and dialog.buttons.isEnabled()
    assert not dialog.working.isVisible()
    dialog.reject()
    window.lock()
    Vault.open(vault_path, PASSPHRASE).close()  # unchanged


def test_locking_during_the_change_waits_for_it_and_the_new_passphrase_opens(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    dialog = open_dialog(window)
    events: list[str] = []

    def change(old: str, new: str) -> None:
        vault.change_passphrase(old, new)
        events.append("changed")

    held, gate = gated(change)
    dialog._change = held
    window.locked.connect(lambda: events.append("locked"))
    fill(dialog)
    dialog.buttons.accepted.emit()
    assert dialog.task is not None
    # Ctrl+L while it works (the gate opens from another thread: the lock blocks this one):
    # the lock waits for the change, which is never cut in half.
    opener = OpenWhenBlocked(gate, "wait", "supervision_app/gui/common/tasks.py")
    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked, timeout=15_000)
    opener.join()
    assert opener.waited  # the lock waited for the change (Task.wait)
    assert events == ["changed", "locked"]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QApplication.activeModalWidget() in (None, window.passphrase_dialog)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE).close()
    unlock(qtbot, window, NEW)
    assert window.model.rowCount() == 5
