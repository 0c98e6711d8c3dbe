"""Composition root: checks the display, builds the application and the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app import APP_ID, APP_NAME, __version__
from supervision_app.paths import default_vault_path

if TYPE_CHECKING:
    from supervision_app.gui.startup import Startup


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def configure_application(app: Any) -> None:
    """Names, the desktop file (Wayland and the menu entry match windows by it), the icon and
    the English plural forms ("1 day", "2 days") that counted texts are looked up in."""
    from supervision_app.gui.icon import app_icon
    from supervision_app.gui.translator import install_translations

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_translations(app)


def run_gui(vault_path: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    startup = launch(vault_path)  # kept for as long as the event loop runs
    app = QApplication.instance()
    if startup is None or app is None:
        return 1
    code = int(app.exec())
    from supervision_app.gui.common import tasks

    # A backup or check that quitting told to stop ends within a moment (its connection
    # was interrupted as the vault closed); its thread must end before the interpreter.
    tasks.finish_cancelled()
    return code


def launch(vault_path: Path | None = None) -> Startup | None:
    """Everything before the event loop: the application, then the unlock dialog (or, on a
    first run, the window and its welcome). None when there is no display. The benchmarks
    (``benchmarks/gui_probe.py``) time the app from here, through the real command line."""
    from supervision_app.gui.texts import NO_DISPLAY
    from supervision_app.process_safety import start_safely

    # First: private files (Qt's settings too), no core dumps, no stale plaintext exports.
    start_safely()

    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return None
    from PySide6.QtWidgets import QApplication

    from supervision_app.gui.startup import Startup, remembered_vault_path

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    startup = Startup(vault_path or remembered_vault_path() or default_vault_path())
    # Exporters register once the window is built (they are needed only after unlock).
    startup.window_built.connect(register_formats)
    startup.begin()
    return startup


def register_formats() -> None:
    from supervision_app.formats import register_all

    register_all()
