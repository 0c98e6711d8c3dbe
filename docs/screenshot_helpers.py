"""Set-up shared by the docs/make_screenshots*.py scripts: the application and the unlock.

Each script sets ``QT_QPA_PLATFORM`` (offscreen unless told otherwise) and puts the repository
on ``sys.path`` before it imports this module.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from supervision_app.gui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
PASSPHRASE = "screenshot passphrase"


def start_app() -> tuple[QApplication, Path]:
    """The application, with its settings kept in a new throwaway folder (returned too)."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    tmp = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    from supervision_app.gui.translator import install_translations

    install_translations(app)  # the English plural forms, as the app loads them ("8 entries")
    return app, tmp


def unlock(app: QApplication, window: MainWindow, *, home: bool = False) -> None:
    """Type the passphrase into the started window's unlock dialog and accept it."""
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    app.processEvents()
    if not home:
        window.home.show_list()  # the journal, as these pictures show it
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    """Let pending events settle, then save a picture of ``widget`` as ``docs/<name>``."""
    app.processEvents()
    widget.grab().save(str(DOCS / name))
