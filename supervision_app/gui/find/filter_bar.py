"""The filter bar under the search box: a Filters button and one removable chip per filter.

Each chip is a real button (Tab reaches it, Space or Enter removes the filter) whose
accessible name says what pressing it does: "Remove filter Kind: Reflection".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from supervision_app.core.entries import kind_label
from supervision_app.core.find.filters import SearchFilters
from supervision_app.gui.common.dates import shown_date

#: (field name, value for a tag or None, label shown) for each active filter.
Chip = tuple[str, object, str]


class FilterBar(QWidget):
    #: The user removed a chip; the new filters are in :attr:`filters`.
    changed = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = SearchFilters()
        self.ref_label: Callable[[str], str] = str
        self.partner_label: Callable[[int], str] = str
        self.edit_button = QPushButton(self.tr("Filters…"))
        self.edit_button.setAccessibleName(self.tr("Choose filters"))
        self.edit_button.setToolTip(
            self.tr("Narrow the list by kind, tag, framework item, partner or dates (Ctrl+Shift+F)")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.edit_button)
        self._chips_box = QWidget()
        self._chips = FlowRow(self._chips_box)
        self._layout.addWidget(self._chips_box, 1)
        self.chip_buttons: list[QPushButton] = []

    def chips(self) -> list[Chip]:
        f = self.filters
        out: list[Chip] = []
        if f.kind:
            out.append(("kind", None, self.tr("Kind: {v}").format(v=self.tr(kind_label(f.kind)))))
        out.extend(("tags", t, self.tr("Tag: {v}").format(v=t)) for t in f.tags)
        if f.framework_ref:
            label = self.ref_label(f.framework_ref)
            out.append(("framework_ref", None, self.tr("Item: {v}").format(v=label)))
        if f.partner_id is not None:
            name = self.partner_label(f.partner_id)
            out.append(("partner_id", None, self.tr("Partner: {v}").format(v=name)))
        if f.date_from:
            out.append(("date_from", None, self.tr("From {v}").format(v=_day(f.date_from))))
        if f.date_to:
            out.append(("date_to", None, self.tr("To {v}").format(v=_day(f.date_to))))
        if f.cpd_year is not None:
            out.append(("cpd_year", None, self.tr("CPD year {v}").format(v=f.cpd_year)))
        return out

    def set_filters(self, filters: SearchFilters) -> None:
        self.filters = filters
        for button in self.chip_buttons:
            button.deleteLater()
        self.chip_buttons = []
        self._chips.clear()
        for name, value, label in self.chips():
            button = QPushButton(f"{label}  ✕")
            button.setAccessibleName(self.tr("Remove filter {label}").format(label=label))
            button.setToolTip(self.tr("Remove this filter"))
            button.setFlat(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("QPushButton { padding: 1px 6px; border-radius: 9px; }")
            button.clicked.connect(
                lambda _c=False, n=name, v=value: self._remove(n, v)  # type: ignore[misc]
            )
            self._chips.add(button)
            self.chip_buttons.append(button)
        self._chips_box.setVisible(bool(self.chip_buttons))

    def _remove(self, name: str, value: object) -> None:
        self.set_filters(self.filters.without(name, value))
        self.edit_button.setFocus()
        self.changed.emit()


def _day(day: dt.date) -> str:
    return shown_date(day)


class FlowRow:
    """Chips laid out left to right, wrapping onto more rows when the pane is narrow."""

    PER_ROW = 3

    def __init__(self, host: QWidget) -> None:
        from PySide6.QtWidgets import QGridLayout

        self._grid = QGridLayout(host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(2)
        self._count = 0

    def add(self, widget: QWidget) -> None:
        row, col = divmod(self._count, self.PER_ROW)
        self._grid.addWidget(widget, row, col, Qt.AlignmentFlag.AlignLeft)
        self._count += 1

    def clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # type: ignore[call-overload]
        self._count = 0
