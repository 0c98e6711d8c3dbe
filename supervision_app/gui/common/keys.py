"""Keys that behave the same in every window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget


def enter_presses_focused_button(window: QWidget, event: QKeyEvent) -> bool:
    """Enter on a focused button presses it, as in a dialog; True when it did.

    Qt's buttons take Enter only in dialogs; in a main window the key they ignore comes up
    to the window, whose ``keyPressEvent`` calls this.
    """
    focus = QApplication.focusWidget()
    if (
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and isinstance(focus, QPushButton | QToolButton)
        and focus.window() is window
        and focus.isEnabled()
    ):
        focus.click()
        return True
    return False
