"""The entry list: a lazy model over the vault (pages on demand, never the whole journal)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from supervision_app.core.entries import EntrySummary, kind_label
from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.text import uses_syntax
from supervision_app.gui.common.dates import shown_date
from supervision_app.storage.entries import EntryRepository
from supervision_app.storage.reflection import LinkRepository

PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
#: Search results come this many at a time: each needs a snippet (~30 µs).
SEARCH_PAGE = 50

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ListMode(Enum):
    JOURNAL = "journal"
    SEARCH = "search"
    TRASH = "trash"
    LINKED = "linked"


def meta_line(s: EntrySummary) -> str:
    # The kinds are declared under this model's name (gui/i18n.py declared_texts).
    kind = QCoreApplication.translate("EntryListModel", kind_label(s.kind))
    parts = [shown_date(s.practice_date), kind]
    if s.tags:
        parts.append(", ".join(s.tags))
    return " · ".join(parts)


class EntryListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._repo: EntryRepository | None = None
        self._links: LinkRepository | None = None
        self.linked_ref: str | None = None
        #: Old refs (aliases of a renamed item) shown with ``linked_ref``.
        self.linked_also: tuple[str, ...] = ()
        self._rows: list[EntrySummary] = []
        self._more = False
        self.mode = ListMode.JOURNAL
        self.query = ""
        self.quick = False
        #: The last search ranked only the newest matches (see ``EntryRepository.search``).
        self.search_capped = False
        self.tag: str | None = None
        #: Narrows the journal and search results (the filter bar's chips).
        self.filters = SearchFilters()

    # -- what is shown ---------------------------------------------------------------------

    def attach(self, repo: EntryRepository | None, links: LinkRepository | None = None) -> None:
        """Show ``repo`` (or nothing when ``None``: the vault is locked)."""
        self._repo = repo
        self._links = links
        if repo is None:
            self.mode, self.query, self.tag, self.linked_ref = ListMode.JOURNAL, "", None, None
            self.filters = SearchFilters()
        self.reload()

    def show_linked(self, ref: str, also: tuple[str, ...] = ()) -> None:
        """Entries linked to one framework item (``also``: its old ids, if it was renamed)."""
        self.mode, self.query, self.linked_ref, self.linked_also = ListMode.LINKED, "", ref, also
        self.reload()

    def show_journal(self, tag: str | None = None) -> None:
        self.mode, self.query, self.tag = ListMode.JOURNAL, "", tag
        self.reload()

    def show_search(self, query: str, *, quick: bool = False) -> None:
        """``quick`` while the user types: only the newest matches are ranked."""
        if not query.strip():
            self.show_journal(self.tag)
            return
        self.mode, self.query, self.quick = ListMode.SEARCH, query, quick
        self.reload()

    def show_trash(self) -> None:
        self.mode, self.query = ListMode.TRASH, ""
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._more = False
        self.search_capped = False
        repo = self._repo
        if repo is not None:
            if self.mode is ListMode.SEARCH:
                self._rows = self._search_page(repo, 0)
                self.search_capped = repo.last_search_capped
                self._more = len(self._rows) == SEARCH_PAGE
            elif self.mode is ListMode.TRASH:
                self._rows = repo.trashed()
            elif self.mode is ListMode.LINKED and self._links is not None and self.linked_ref:
                self._rows = self._links.entries_for(self.linked_ref, also=self.linked_also)
            else:
                self._rows = repo.page(limit=PAGE_SIZE, tag=self.tag, filters=self.filters)
                self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    # -- lazy loading ----------------------------------------------------------------------

    @property
    def has_more(self) -> bool:
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and self._repo is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent) or self._repo is None:
            return
        if self.mode is ListMode.SEARCH:
            page = self._search_page(self._repo, len(self._rows))
            self._more = len(page) == SEARCH_PAGE
            self._append(page)
            return
        after = self._repo.cursor_of(self._rows[-1])
        # Pages grow with the list: each insert makes the view lay out its rows again, so a
        # fixed page size would make scrolling to the end quadratic.
        size = min(MAX_PAGE_SIZE, max(PAGE_SIZE, len(self._rows) // 2))
        page = self._repo.page(after=after, limit=size, tag=self.tag, filters=self.filters)
        self._more = len(page) == size
        self._append(page)

    def _search_page(self, repo: EntryRepository, offset: int) -> list[EntrySummary]:
        return repo.search(
            self.query,
            limit=SEARCH_PAGE,
            offset=offset,
            plain=not uses_syntax(self.query),
            prefix_last=True,
            quick=self.quick,
            filters=self.filters,
        )

    def _append(self, page: list[EntrySummary]) -> None:
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- the Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.display_title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{s.display_title} — {meta_line(s)}"
        if role == ID_ROLE:
            return s.id
        if role == SUMMARY_ROLE:
            return s
        return None

    # -- helpers for the window ------------------------------------------------------------

    def row_of(self, entry_id: int) -> int:
        for row, s in enumerate(self._rows):
            if s.id == entry_id:
                return row
        return -1

    def replace_summary(self, summary: EntrySummary) -> None:
        """Show a saved entry's new summary; a new practice date moves it to its place."""
        row = self.row_of(summary.id)
        if row < 0:
            return
        old = self._rows[row]
        self._rows[row] = summary
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)
        if old.practice_date != summary.practice_date and self.mode in (
            ListMode.JOURNAL,
            ListMode.LINKED,
        ):
            self._move_to_place(row)

    def _move_to_place(self, row: int) -> None:
        """Move ``row`` to where the newest-first order puts it, keeping the selection on it.

        When its place is past the rows loaded so far it stays where it is, not at the end:
        the next page is read after the last row shown, which would skip entries.
        """
        moved = self._rows[row]
        key = (moved.practice_date, moved.id)
        others = self._rows[:row] + self._rows[row + 1 :]
        place = next(
            (i for i, s in enumerate(others) if (s.practice_date, s.id) < key), len(others)
        )
        if place == len(others) and self._more:
            return
        if place == row:
            return
        # Qt's destination is an index in the list before the move.
        destination = place + 1 if place > row else place
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        del self._rows[row]
        self._rows.insert(place, moved)
        self.endMoveRows()

    def remove_entry(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def summary_at(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
