"""Search as you type: a quick search shortly after each key, a full ranking when typing stops.

The quick search ranks only the newest matches (see ``EntryRepository.search``); if that cut
anything, the search is run again in full once the user has stopped typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from supervision_app.gui.common.timers import debounced
from supervision_app.gui.models.entry_list import ListMode

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow

SEARCH_DELAY_MS = 150
#: After typing stops for this long, a search that ranked only the newest matches is redone.
SEARCH_SETTLE_MS = 700


class SearchController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._quick_timer = debounced(window, SEARCH_DELAY_MS, lambda: self.run(quick=True))
        self._settle_timer = debounced(window, SEARCH_SETTLE_MS, self._settle)
        window.search.textEdited.connect(self._on_edited)
        window.search.returnPressed.connect(self.run)
        window.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Escape empties the search (back to the journal); Down goes on into the results."""
        if watched is self.w.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                if self.w.search.text():
                    self.w.search.clear()
                    self.run()
                    return True
            elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.to_results()
                return True
        return super().eventFilter(watched, event)

    def to_results(self) -> None:
        w = self.w
        if self._quick_timer.isActive():  # typed but not searched yet: search first
            self._quick_timer.stop()
            self.run(quick=True)
        if w.model.rowCount() == 0:
            return
        if not w.list.currentIndex().isValid():
            w._select_row(0)
        w.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus(self) -> None:
        self.w.search.setFocus()
        self.w.search.selectAll()

    def stop(self) -> None:
        self._quick_timer.stop()
        self._settle_timer.stop()

    def _on_edited(self, _text: str) -> None:
        self._quick_timer.start()
        self._settle_timer.start()

    def _settle(self) -> None:
        """Typing stopped: rank every match if the quick search ranked only the newest."""
        w = self.w
        if w.model.mode is not ListMode.SEARCH or not w.model.search_capped:
            return
        current = w._current_summary()
        self.run()
        row = w.model.row_of(current.id) if current else -1
        if row > 0:
            w._select_row(row)

    def run(self, *, quick: bool = False) -> None:
        w = self.w
        if w.vault is None:
            return
        if not quick:
            self._settle_timer.stop()
        w.save_current()
        if w.model.mode is ListMode.TRASH:
            w.view_choice.setCurrentIndex(0)
        w.model.show_search(w.search.text(), quick=quick)
        w._select_row(0)
        w._after_list_change()
