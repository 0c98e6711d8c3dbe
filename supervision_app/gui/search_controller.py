"""Search as you type: a quick search shortly after each key, a full ranking when typing stops.

The quick search ranks only the newest matches (see ``EntryRepository.search``); if that cut
anything, the search is run again in full once the user has stopped typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from supervision_app.gui.common.timers import debounced
from supervision_app.gui.models.entry_list import ListMode

if TYPE_CHECKING:
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.storage.vault import Vault

SEARCH_DELAY_MS = 150
#: After typing stops for this long, a search that ranked only the newest matches is redone.
SEARCH_SETTLE_MS = 700


class SearchController(QObject):
    """Works on the list pane's search box and list; told how to reach the vault, save the
    entry being edited and update what surrounds the list, never given the window."""

    def __init__(
        self,
        pane: EntryListPane,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        list_changed: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.vault = vault
        self.save_current = save_current
        self.list_changed = list_changed
        self._quick_timer = debounced(self, SEARCH_DELAY_MS, lambda: self.run(quick=True))
        self._settle_timer = debounced(self, SEARCH_SETTLE_MS, self._settle)
        pane.search.textEdited.connect(self._on_edited)
        pane.search.returnPressed.connect(self.run)
        pane.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Escape empties the search (back to the journal); Down goes on into the results."""
        if watched is self.pane.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                if self.pane.search.text():
                    self.pane.search.clear()
                    self.run()
                    return True
            elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
                self.to_results()
                return True
        return super().eventFilter(watched, event)

    def to_results(self) -> None:
        pane = self.pane
        if self._quick_timer.isActive():  # typed but not searched yet: search first
            self._quick_timer.stop()
            self.run(quick=True)
        if pane.model.rowCount() == 0:
            return
        if not pane.list.currentIndex().isValid():
            pane.select_row(0)
        pane.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus(self) -> None:
        self.pane.search.setFocus()
        self.pane.search.selectAll()

    def stop(self) -> None:
        self._quick_timer.stop()
        self._settle_timer.stop()

    def _on_edited(self, _text: str) -> None:
        self._quick_timer.start()
        self._settle_timer.start()

    def _settle(self) -> None:
        """Typing stopped: rank every match if the quick search ranked only the newest."""
        pane = self.pane
        if pane.mode is not ListMode.SEARCH or not pane.model.search_capped:
            return
        current = pane.current_summary()
        self.run()
        row = pane.model.row_of(current.id) if current else -1
        if row > 0:
            pane.select_row(row)

    def run(self, *, quick: bool = False) -> None:
        pane = self.pane
        if self.vault() is None:
            return
        if not quick:
            self._settle_timer.stop()
        self.save_current()
        if pane.mode is ListMode.TRASH:
            pane.view_choice.setCurrentIndex(0)
        pane.model.show_search(pane.search.text(), quick=quick)
        pane.select_row(0)
        self.list_changed()
