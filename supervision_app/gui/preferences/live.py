"""Applies settings to the running window as soon as they change (no restart).

The window owns one :class:`LiveSettings`; it reads each setting once at start-up and then
follows :attr:`PreferencesStore.changed`: the theme (and the system's light/dark switch),
the lock delay, locking with the screen (and on suspend), the clipboard delay and the editor's font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from supervision_app.gui import theme
from supervision_app.gui.common.clipboard import ClipboardGuard
from supervision_app.gui.preferences.store import PreferencesStore

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow


class LiveSettings(QObject):
    def __init__(
        self, window: MainWindow, store: PreferencesStore, *, idle_fixed: bool = False
    ) -> None:
        super().__init__(window)
        self.w = window
        self.store = store
        self._idle_fixed = idle_fixed  # a test or benchmark chose the delay itself
        self.theme = theme.SystemFollower(store.get("theme"), self)
        theme.apply(store.get("theme"))
        self.clipboard = ClipboardGuard(store.get("clipboard_clear_seconds"), self)
        window.locking.desktop.lock_requested.connect(self._on_screen_locked)
        if not idle_fixed:
            window.idle.set_minutes(store.get("lock_delay_minutes"))
        self.apply_font()
        store.changed.connect(self.on_changed)

    def on_changed(self, key: str, value: Any) -> None:
        if key == "theme":
            self.theme.set_choice(str(value))
        elif key == "lock_delay_minutes" and not self._idle_fixed:
            self.w.idle.set_minutes(int(value))
        elif key == "clipboard_clear_seconds":
            self.clipboard.set_seconds(int(value))
        elif key in ("editor_font", "editor_font_size"):
            self.apply_font()

    def editor_font(self) -> QFont:
        family = self.store.get("editor_font")
        app = QApplication.instance()
        font = (
            QFont(family)
            if family
            else QFont(app.font() if isinstance(app, QApplication) else QFont())
        )
        font.setPointSize(int(self.store.get("editor_font_size")))
        return font

    def apply_font(self) -> None:
        """The writing font for the entry text, its preview and the guided answers; the
        views' zoom steps then apply on it."""
        font = self.editor_font()
        self.w.editor.body.setFont(font)
        self.w.editor.guided_panel.answer.setFont(font)
        self.w.editor.preview.setFont(font)
        self.w.writing.editor_zoom.rebase()
        self.w.writing.preview_zoom.rebase()

    def _on_screen_locked(self) -> None:
        if self.store.get("lock_on_screen_lock"):
            self.w.lock()
