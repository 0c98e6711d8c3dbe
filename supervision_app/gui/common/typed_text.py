"""Escape, Cancel and a dialog's close button ask before they throw away what was written.

A new peer reflection, an addendum or a template's steps live only in their dialog until it
is saved: one press of Escape closed it and the text was gone, without a word. The guard
asks first ("Keep writing" is the default, and Escape's answer). ``reject()`` itself still
closes at once: the lock closes every dialog with it (closing the question first, when one
is open) and must not wait for an answer; a dialog already hidden closes without asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox


class DiscardGuard(QObject):
    """Guards ``dialog`` while ``written()`` is true; connect Cancel to :meth:`cancel`."""

    def __init__(self, dialog: QDialog, written: Callable[[], bool]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.written = written
        self.question: QMessageBox | None = None
        dialog.installEventFilter(self)

    def cancel(self) -> None:
        """Close the dialog unless the user chooses to keep what they wrote."""
        if self.may_discard():
            self.dialog.reject()

    def may_discard(self) -> bool:
        if not self.written():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.dialog.windowTitle(),
            self.tr("Discard what you have written here?"),
            QMessageBox.StandardButton.NoButton,
            self.dialog,
        )
        box.setInformativeText(self.tr("It has not been saved."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.question = box
        try:
            box.exec()
            return box.clickedButton() is discard
        finally:
            self.question = None
            box.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self.dialog:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self.cancel()
                return True
        elif kind == QEvent.Type.Close and self.dialog.isVisible() and not self.may_discard():
            event.ignore()  # the title bar's close button: the user chose to keep writing
            return True
        return False
