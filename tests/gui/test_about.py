"""Help ▸ About and the application's identity (name, version, icon)."""

from __future__ import annotations

import platform
import re
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supervision_app import APP_ID, __version__
from supervision_app.app import configure_application
from supervision_app.gui.dialogs.about_dialog import AboutDialog
from supervision_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_help_about_shows_versions_licence_and_journal(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    help_menu = window.menu_actions.menus[-1]
    assert help_menu.title() == "&Help"
    about = next(a for a in help_menu.actions() if a.text() == "&About")
    about.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.details()
    assert f"Supervision Journal {__version__}" in text
    assert "GPL-3.0-or-later" in text and "GNU General Public License" in dialog.licence.text()
    assert f"Journal file: {vault_path}" in text
    assert f"Qt: {qVersion()}" in text
    assert f"PySide6: {PySide6.__version__}" in text
    assert re.search(r"SQLCipher: 4\.\d+\.\d+.* \(SQLite 3\.\d+\.\d+\)", text), text
    assert f"Python: {platform.python_version()}" in text
    # Shown in the dialog, not only in details(): every value is a visible, named label.
    for label in dialog.fields.values():
        assert label.isVisible() and label.accessibleName()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_works_while_locked(qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    window.lock()
    window.about()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fields["journal"].text() == str(vault_path)
    dialog.reject()


def test_application_identity_and_icon(qapp: QApplication) -> None:
    saved = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    try:
        configure_application(qapp)
        assert qapp.applicationVersion() == __version__
        assert qapp.desktopFileName() == APP_ID
        sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
        # Up to 256 px: each size is decoded and sent to the X server before the unlock
        # dialog shows, and 512 px was most of that (gui/icon.py).
        assert sizes == {16, 24, 32, 48, 64, 128, 256}
    finally:
        # QSettings files are named after these: put the test application's names back.
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setApplicationDisplayName(saved[2])
