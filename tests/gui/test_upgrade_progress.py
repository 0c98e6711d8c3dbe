"""Unlocking a vault that needs an upgrade: off the UI thread, with its progress shown."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supervision_app.gui.dialogs.upgrade_progress import UpgradeProgress
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.schema import search_prefix
from supervision_app.storage.schema.migrations import LATEST_VERSION
from supervision_app.storage.schema.progress import Progress
from supervision_app.storage.vault import Vault
from tests.gui.conftest import unlock
from tests.upgrade_helpers import old_vault


def test_unlocking_an_old_vault_shows_the_upgrade_off_the_ui_thread(
    qtbot: QtBot, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_prefix, "BATCH", 20)
    live = old_vault(vault_path, 300)
    on_ui_thread: list[bool] = []

    def slow_open(path: Path, passphrase: str, /, *, on_progress: Progress | None = None) -> Vault:
        """The real ``Vault.open``, each report held a moment so the dialog can be seen."""

        def heard(done: int, total: int) -> None:
            on_ui_thread.append(threading.current_thread() is threading.main_thread())
            time.sleep(0.03)
            assert on_progress is not None
            on_progress(done, total)

        return Vault.open(path, passphrase, on_progress=heard)

    shown: list[tuple[int, int, str]] = []  # (value, maximum, accessible name) while visible
    watch = QTimer()
    watch.setInterval(5)  # the UI thread's timers run while it waits: it is not blocked

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UpgradeProgress) and widget.isVisible():
                shown.append((widget.value(), widget.maximum(), widget.accessibleName()))

    watch.timeout.connect(look)
    w = MainWindow(vault_path, open_vault=slow_open)
    qtbot.addWidget(w)
    w.start()
    watch.start()
    unlock(qtbot, w)
    watch.stop()
    assert on_ui_thread and not any(on_ui_thread)
    assert shown, "the upgrade's progress was on screen"
    assert {name for *_, name in shown} == {"Upgrading your journal"}
    assert (live, live) in {(value, maximum) for value, maximum, _ in shown}
    assert not any(
        isinstance(x, UpgradeProgress) and x.isVisible() for x in QApplication.topLevelWidgets()
    )
    assert w.vault is not None and w.vault.schema_version == LATEST_VERSION
    assert len(w.vault.entries.search("entry", limit=1000)) == live
    w.close()


def test_a_wrong_passphrase_still_says_so(qtbot: QtBot, vault_path: Path) -> None:
    """Errors raised on the worker thread reach the unlock dialog as before."""
    old_vault(vault_path, 5)
    w = MainWindow(vault_path)
    qtbot.addWidget(w)
    w.start()
    dialog = w.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText("not the passphrase at all")
    dialog.buttons.accepted.emit()
    assert w.is_locked and dialog.error.isVisible()
    assert "passphrase" in dialog.error.text().lower()
    unlock(qtbot, w)
    assert w.vault is not None and w.vault.schema_version == LATEST_VERSION
    w.close()
