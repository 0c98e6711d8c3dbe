"""The entry list pane: search box, Journal/Trash choice with the count, the "linked to"
filter, the list itself and the Trash buttons.

A widget with a small public API and signals, so the window and the controllers get the
pane rather than the whole window (as vorta's tabs get what they use).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.entries import EntrySummary
from supervision_app.gui import texts
from supervision_app.gui.models.entry_delegate import EntryDelegate
from supervision_app.gui.models.entry_list import EntryListModel, ListMode


class EntryListPane(QWidget):
    #: The selected row changed (also to none).
    current_changed = Signal()
    #: :meth:`select_row` found the list empty: nothing is selected.
    nothing_selected = Signal()
    #: The user chose Journal or Trash.
    view_changed = Signal()
    clear_filter_requested = Signal()
    restore_requested = Signal()
    empty_trash_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EntryListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        # Every row of a mode has the same height (two lines, three with a search snippet), so
        # the view lays out 50,000 rows without asking the delegate for each size.
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Entries"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(texts.tr(texts.SEARCH_PLACEHOLDER))
        self.search.setAccessibleName(self.tr("Search entries"))
        self.search.setClearButtonEnabled(True)

        self.view_choice = QComboBox()
        self.view_choice.addItem(self.tr("Journal"), ListMode.JOURNAL)
        self.view_choice.addItem(self.tr("Trash"), ListMode.TRASH)
        self.view_choice.setAccessibleName(self.tr("Show journal or Trash"))
        self.view_choice.currentIndexChanged.connect(lambda _i: self.view_changed.emit())
        self.count_label = QLabel()
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        self.clear_filter_button = QPushButton(self.tr("Show &all"))
        self.clear_filter_button.clicked.connect(self.clear_filter_requested)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore from Trash"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.empty_trash_button = QPushButton(self.tr("E&mpty Trash…"))
        self.empty_trash_button.clicked.connect(self.empty_trash_requested)

        #: The pane's column, top to bottom; features add their widgets to it (the filter bar
        #: under the search box, saved searches under the list).
        self.column = QVBoxLayout(self)
        layout = self.column
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.view_choice)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.clear_filter_button)
        layout.addLayout(filter_row)
        layout.addWidget(self.list, 1)
        trash_row = QHBoxLayout()
        trash_row.addWidget(self.restore_button)
        trash_row.addWidget(self.empty_trash_button)
        layout.addLayout(trash_row)

    def _on_current_changed(
        self, _current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        self.current_changed.emit()

    # -- the list --------------------------------------------------------------------------

    @property
    def mode(self) -> ListMode:
        return self.model.mode

    def current_summary(self) -> EntrySummary | None:
        index = self.list.currentIndex()
        return self.model.summary_at(index.row()) if index.isValid() else None

    def current_row(self) -> int:
        return self.list.currentIndex().row()

    def select_row(self, row: int) -> None:
        """Select ``row`` (or the last row); on an empty list emit :attr:`nothing_selected`."""
        if self.model.rowCount() == 0:
            self.nothing_selected.emit()
            return
        row = min(row, self.model.rowCount() - 1)
        self.list.setCurrentIndex(self.model.index(row))

    # -- around it -------------------------------------------------------------------------

    def show_journal_choice(self) -> None:
        """Set the choice back to Journal without emitting :attr:`view_changed`."""
        self.view_choice.blockSignals(True)
        self.view_choice.setCurrentIndex(0)
        self.view_choice.blockSignals(False)

    def chosen_view(self) -> ListMode:
        data = self.view_choice.currentData()
        return data if isinstance(data, ListMode) else ListMode.JOURNAL

    def show_filter(self, label: str | None) -> None:
        """Show "Linked to: …" with its Show all button, or hide both (``None``)."""
        if label is not None:
            self.filter_label.setText(self.tr("Linked to: {label}").format(label=label))
        self.filter_label.setVisible(label is not None)
        self.clear_filter_button.setVisible(label is not None)

    def set_trash_controls(self, *, in_trash: bool, has_current: bool) -> None:
        self.restore_button.setVisible(in_trash)
        self.empty_trash_button.setVisible(in_trash)
        self.restore_button.setEnabled(in_trash and has_current)
