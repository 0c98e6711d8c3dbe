"""Clears text this app put on the clipboard after a delay.

Copied text may name people: it should not outlive the need for it. The guard watches the
clipboard; when this app owns it (it copied something) a single-shot timer clears it unless
something else has been copied since. Lock also clears it at once (lock_controller.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication


class ClipboardGuard(QObject):
    cleared = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._clear)
        self._copied = ""
        self.set_seconds(seconds)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._on_changed)

    def set_seconds(self, seconds: int) -> None:
        self._seconds = max(0, int(seconds))
        if self._seconds == 0:
            self._timer.stop()

    def _on_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is None or not clipboard.ownsClipboard() or self._seconds == 0:
            self._timer.stop()
            return
        self._copied = clipboard.text()
        self._timer.start(self._seconds * 1000)

    def _clear(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and clipboard.ownsClipboard() and clipboard.text() == self._copied:
            clipboard.clear()
            self.cleared.emit()
