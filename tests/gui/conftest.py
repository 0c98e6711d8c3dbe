"""GUI fixtures: a real window over a real vault, offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.cpd.export_dialog import ExportDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: object) -> None:
    """The English plural forms, loaded as the application loads them at start-up
    (``configure_application``): counted texts read "1 day", never "1 day(s)"."""
    from PySide6.QtCore import QCoreApplication

    from supervision_app.gui.translator import install_translations

    app = QCoreApplication.instance()
    assert app is not None and install_translations(app)


@pytest.fixture(autouse=True)
def own_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each test its own QSettings folder: preferences (theme, lock delay) and geometry
    saved by one test must not reach the next, nor the user's real configuration."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def delete_closed_windows(qapp: object) -> Iterator[None]:
    """Delete the windows a test made once it ends.

    pytest-qt closes them and calls ``deleteLater``, but outside an event loop Qt deletes
    nothing until asked: every earlier test's window (about 20 top-level widgets each) stayed
    alive with its application-wide event filters, so each event, and each new window, cost
    more the later a test ran in its file (the sixth window of a file took twice the CPU of
    the first to build). Torn down after the test's own fixtures (autouse: set up first).
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def fill_vault(path: Path, n: int = 5) -> None:
    with Vault.create(path, PASSPHRASE) as v:
        for i in range(n):
            v.entries.add(
                Entry(
                    title=f"Reflection {i}",
                    body=f"Body of reflection {i} about the lunch club.",
                    practice_date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
                    tags=("visit",),
                )
            )


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not window.is_locked)


def open_window(qtbot: QtBot, path: Path, *, cpd_today: dt.date | None = None) -> MainWindow:
    """A started window, unlocked, over the vault at ``path``; ``cpd_today`` fixes the CPD
    views' idea of today."""
    w = MainWindow(path)
    qtbot.addWidget(w)
    if cpd_today is not None:
        fixed: dt.date = cpd_today
        w.cpd.today = lambda: fixed
    w.start()
    unlock(qtbot, w)
    w.home.show_list()  # these tests start from the journal; test_home.py covers home
    # Today's backup runs on a worker after unlock, beside what the user does; these tests
    # start once it is made, so that it never competes with their timing (the daily
    # backup's own tests build their windows themselves).
    qtbot.waitUntil(lambda: w.backups.daily is None, timeout=30_000)
    return w


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    fill_vault(vault_path)
    w = open_window(qtbot, vault_path)
    yield w
    w.close()


def shortcut(qtbot: QtBot, window: MainWindow, key: object, modifier: object = None) -> None:
    """Press a key as a user would: on the focused widget of the active window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)  # type: ignore[arg-type]


@pytest.fixture
def dismiss_modals(qtbot: QtBot) -> Iterator[None]:
    """Closes the blocking file choosers and questions a menu action may open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    timer = QTimer()
    timer.setInterval(50)

    def dismiss() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog | QMessageBox):
            modal.reject()

    timer.timeout.connect(dismiss)
    timer.start()
    yield
    timer.stop()


def wait_check(qtbot: QtBot, dialog: ExportDialog, *, timeout: int = 30_000) -> bool:
    """Run the export dialog's check (a worker thread) and wait for it to end: True when
    the review page shows its findings, False when it did not start or found no records."""
    ended: list[bool] = []

    def note(shown: bool) -> None:
        ended.append(shown)

    dialog.check_ended.connect(note)
    try:
        if not dialog.run_check():
            return False
        qtbot.waitUntil(lambda: bool(ended), timeout=timeout)
        return ended[0]
    finally:
        dialog.check_ended.disconnect(note)
