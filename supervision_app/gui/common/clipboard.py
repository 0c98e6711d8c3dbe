"""Clears text this app put on the clipboard after a delay, and tells when the screen locks.

Copied text may name people: it should not outlive the need for it. The guard watches the
clipboard; when this app owns it (it copied something) a single-shot timer clears it unless
something else has been copied since. Lock also clears it at once (lock_controller.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
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


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop's screen saver locks (freedesktop or GNOME
    D-Bus signal ``ActiveChanged(true)``); silent where there is no session bus."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6 on Linux
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path, interface in (
            (
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
            ),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ):
            slot = SLOT("on_active(bool)")
            try:
                ok = bus.connect(service, path, interface, "ActiveChanged", self, slot.encode())
            except TypeError:  # bindings that take the slot as text
                ok = bus.connect(service, path, interface, "ActiveChanged", self, slot)  # type: ignore[call-overload]
            self.listening = self.listening or ok

    @Slot(bool)
    def on_active(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
