"""Applies settings to the running window as soon as they change (no restart).

The window owns one :class:`LiveSettings`; it reads each setting once at start-up and then
follows :attr:`PreferencesStore.changed`: the theme (and the system's light/dark switch),
the lock delay, locking with the screen (and on suspend), the clipboard delay, the editor's
font and the spell-check language. It is given the parts it sets, never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from supervision_app.gui import theme
from supervision_app.gui.common.clipboard import ClipboardGuard
from supervision_app.gui.preferences.store import PreferencesStore

if TYPE_CHECKING:
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.idle import InactivityTimer
    from supervision_app.gui.writing import WritingController


class LiveSettings(QObject):
    def __init__(
        self,
        store: PreferencesStore,
        *,
        editor: EntryEditor,
        writing: WritingController,
        idle: InactivityTimer,
        desktop_locked: SignalInstance,
        lock: Callable[[], None],
        idle_fixed: bool = False,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.editor, self.writing, self.idle, self.lock = editor, writing, idle, lock
        self._idle_fixed = idle_fixed  # a test or benchmark chose the delay itself
        self.theme = theme.SystemFollower(store.get("theme"), self)
        theme.apply(store.get("theme"))
        self.clipboard = ClipboardGuard(store.get("clipboard_clear_seconds"), self)
        desktop_locked.connect(self._on_screen_locked)
        if not idle_fixed:
            idle.set_minutes(store.get("lock_delay_minutes"))
        self.apply_font()
        store.changed.connect(self.on_changed)

    def on_changed(self, key: str, value: Any) -> None:
        if key == "theme":
            self.theme.set_choice(str(value))
        elif key == "lock_delay_minutes" and not self._idle_fixed:
            self.idle.set_minutes(int(value))
        elif key == "clipboard_clear_seconds":
            self.clipboard.set_seconds(int(value))
        elif key in ("editor_font", "editor_font_size"):
            self.apply_font()
        elif key == "spell_language":
            self.writing.on_unlocked()  # restarts the checker in the new language (or stops it)

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
        self.editor.body.setFont(font)
        self.editor.guided_panel.answer.setFont(font)
        self.editor.preview.setFont(font)
        self.writing.editor_zoom.rebase()
        self.writing.preview_zoom.rebase()

    def _on_screen_locked(self) -> None:
        if self.store.get("lock_on_screen_lock"):
            self.lock()
