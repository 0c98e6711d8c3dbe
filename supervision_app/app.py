"""Composition root: checks the display, builds the application and the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from supervision_app import APP_ID, APP_NAME, __version__
from supervision_app.paths import default_vault_path


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def configure_application(app: Any) -> None:
    """Names, the desktop file (Wayland and the menu entry match windows by it), the icon and
    the English plural forms ("1 day", "2 days") that counted texts are looked up in."""
    from supervision_app.gui.i18n import install_translations
    from supervision_app.gui.icon import app_icon

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_translations(app)


def run_gui(vault_path: Path | None = None) -> int:
    from supervision_app.gui.texts import NO_DISPLAY
    from supervision_app.process_safety import start_safely

    # First: private files (Qt's settings too), no core dumps, no stale plaintext exports.
    start_safely()

    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from supervision_app.gui.startup import Startup, remembered_vault_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    startup = Startup(vault_path or remembered_vault_path() or default_vault_path())
    startup.begin()
    # Exporters register once the dialog is on screen (they are needed only after unlock).
    QTimer.singleShot(0, register_formats)
    return int(app.exec())


def register_formats() -> None:
    from supervision_app.formats import register_all

    register_all()
