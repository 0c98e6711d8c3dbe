"""Keys that behave the same in every window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPushButton,
    QToolButton,
    QWidget,
)


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


class _EnterOpensRow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractItemView):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if watched.state() == QAbstractItemView.State.EditingState:
            return False  # the editor's Enter (it comes up through the view)
        index = watched.currentIndex()
        if index.isValid():
            watched.activated.emit(index)
        return True


def enter_opens_row(view: QAbstractItemView) -> None:
    """Enter on a list or table in a dialog is the view's: it opens the current row
    (``activated``) and nothing else. Qt's views pass the key on to the dialog too, whose
    first button took it as its default: Enter in Capability coverage recorded a confidence
    rating, in the CPD year jumped to the current year, in Reflection templates began a new
    template."""
    view.installEventFilter(_EnterOpensRow(view))
