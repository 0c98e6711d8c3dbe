"""Choose the filters of the list and search: one form, every field keyboard reachable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.entries import KINDS
from supervision_app.core.find.filters import InvalidFilter, SearchFilters
from supervision_app.gui.common.dates import read_typed
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.theme import set_tone


@dataclass
class FilterChoices:
    """What the vault holds, to choose from (labels already resolved by the caller)."""

    tags: list[str] = field(default_factory=list)
    #: (ref, label)
    items: list[tuple[str, str]] = field(default_factory=list)
    #: (partner id, name)
    partners: list[tuple[int, str]] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    year_end: tuple[int, int] = (11, 30)


def _date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class FilterDialog(QDialog):
    def __init__(
        self, filters: SearchFilters, choices: FilterChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filter entries"))
        self.choices = choices
        self.result_filters = filters

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.kind.addItem(self.tr("Any kind"), None)
        for key, label in KINDS.items():
            self.kind.addItem(self.tr(label), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(filters.kind)))

        self.tags = QComboBox()
        self.tags.setEditable(True)
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.addItem("")
        self.tags.addItems(choices.tags)
        self.tags.setEditText(", ".join(filters.tags))

        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Framework item"))
        self.item.addItem(self.tr("Any item"), None)
        for ref, label in choices.items:
            self.item.addItem(label, ref)
        if filters.framework_ref and self.item.findData(filters.framework_ref) < 0:
            self.item.addItem(filters.framework_ref, filters.framework_ref)
        self.item.setCurrentIndex(max(0, self.item.findData(filters.framework_ref)))

        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Supervision partner"))
        self.partner.addItem(self.tr("Anyone"), None)
        for pid, name in choices.partners:
            self.partner.addItem(name, pid)
        self.partner.setCurrentIndex(max(0, self.partner.findData(filters.partner_id)))

        self.date_from = QLineEdit(_date_text(filters.date_from))
        self.date_from.setPlaceholderText(self.tr("e.g. 1/2/2026 or 1 Feb 2026"))
        self.date_from.setAccessibleName(self.tr("From practice date"))
        self.date_to = QLineEdit(_date_text(filters.date_to))
        self.date_to.setPlaceholderText(self.tr("e.g. 1/2/2026 or 1 Feb 2026"))
        self.date_to.setAccessibleName(self.tr("To practice date"))

        self.cpd_year = QComboBox()
        self.cpd_year.setAccessibleName(self.tr("CPD registration year"))
        self.cpd_year.addItem(self.tr("Any year"), None)
        for year in sorted(set(choices.years) | {filters.cpd_year or 0} - {0}, reverse=True):
            self.cpd_year.addItem(self.tr("Year ending {year}").format(year=year), year)
        self.cpd_year.setCurrentIndex(max(0, self.cpd_year.findData(filters.cpd_year)))

        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("Framework &item:"), self.item)
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&From:"), self.date_from)
        form.addRow(self.tr("T&o:"), self.date_to)
        form.addRow(self.tr("CPD &year:"), self.cpd_year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _date(self, edit: QLineEdit, what: str) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            return None
        day = read_typed(text, dt.date.today())
        if day is None:
            raise InvalidFilter(
                self.tr(
                    "The {what} date '{text}' is not a date: write it as 1/2/2026 or 1 Feb 2026."
                ).format(what=what, text=text)
            )
        return day

    def chosen(self) -> SearchFilters:
        """The filters in the form; :class:`InvalidFilter` with one sentence if wrong."""
        tags = tuple(t.strip() for t in self.tags.currentText().split(",") if t.strip())
        return SearchFilters(
            kind=self.kind.currentData(),
            tags=tags,
            framework_ref=self.item.currentData(),
            partner_id=self.partner.currentData(),
            date_from=self._date(self.date_from, self.tr("start")),
            date_to=self._date(self.date_to, self.tr("end")),
            cpd_year=self.cpd_year.currentData(),
            year_end=self.choices.year_end,
        ).validated()

    def accept(self) -> None:
        try:
            self.result_filters = self.chosen()
        except InvalidFilter as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()
