"""Choosing what to export or check: format, date range, kind, tag, framework item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from supervision_app.core.cpd.year import default_ending_year, year_containing, year_ending
from supervision_app.core.entries import KINDS
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.selection import Selection
from supervision_app.export import registry
from supervision_app.gui.common.combos import fit_long_items
from supervision_app.gui.common.dates import DateField
from supervision_app.storage.vault import Vault

#: What each format is for, shown under the format choice.
FORMAT_HINTS = {
    "pdf": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "A portfolio to print or send: cover, summary table, then each record.",
    ),
    "docx": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "The same portfolio as a Word document you can edit.",
    ),
    "xlsx": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "One row per record, a column per CPD field.",
    ),
    "csv": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "One row per record, a column per CPD field (opens in any spreadsheet).",
    ),
    "md": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "The portfolio as Markdown text.",
    ),
    "html": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "One self-contained web page.",
    ),
    "swe": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "For each CPD record, the text of each field of Social Work England's online "
        "form, ready to paste.",
    ),
    "hcpc": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "Your HCPC CPD profile (Word): summary of practice, personal statement, "
        "activities and evidence. Without dates it covers the profile's period.",
    ),
    "jsonl": QT_TRANSLATE_NOOP(
        "SelectionForm",
        "A full backup of your journal that this app can import again. It is not "
        "checked for identifying details: keep it as safe as the journal itself.",
    ),
}
CPD_ONLY = frozenset({"swe", "hcpc"})


class SelectionForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        vault: Vault,
        library: FrameworkLibrary,
        *,
        with_format: bool = True,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for name in registry.names():
            self.format.addItem(format_label(name), name)
        self.format_hint = QLabel()
        self.format_hint.setWordWrap(True)
        self.use_from = QCheckBox(self.tr("&From"))
        self.date_from = DateField(self.tr("From date"), today=today)
        self.use_to = QCheckBox(self.tr("&To"))
        self.date_to = DateField(self.tr("To date"), today=today)
        self.this_year = QPushButton(self.tr("This registration &year"))
        self.this_year.setToolTip(self.tr("The registration year that contains today"))
        self.all_dates = QPushButton(self.tr("All &dates"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.kind.addItem(self.tr("Any kind"), None)
        for key, kind_label in KINDS.items():
            self.kind.addItem(self.tr(kind_label), key)
        self.tag = QLineEdit()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setPlaceholderText(self.tr("Any tag"))
        self.tag.setClearButtonEnabled(True)
        tags = [name for name, _count in vault.entries.all_tags()]
        self.tag.setCompleter(QCompleter(tags, self.tag))
        self.framework_item = QComboBox()
        self.framework_item.setAccessibleName(self.tr("Linked to a framework item"))
        self.framework_item.addItem(self.tr("Any, or none"), None)
        for fw in library.by_kind("framework"):
            self.framework_item.addItem(self.tr("Any item of {name}").format(name=fw.name), fw.id)
            for item in fw.items:
                self.framework_item.addItem(f"    {item.label}", item.ref)
        fit_long_items(self.framework_item)
        self.cpd_only = QCheckBox(self.tr("C&PD records only (entries with CPD details)"))
        self.cpd_only.setChecked(True)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.format_label = QLabel(self.tr("F&ormat"))
        self.format_label.setBuddy(self.format)
        format_row = QHBoxLayout()
        format_row.addWidget(self.format)
        format_row.addWidget(self.format_hint, 1)
        form.addRow(self.format_label, format_row)
        dates = QHBoxLayout()
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(w)
        dates.addStretch(1)
        dates.addWidget(self.this_year)
        dates.addWidget(self.all_dates)
        form.addRow(self.tr("Dates"), dates)
        for text, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("T&ag"), self.tag),
            (self.tr("&Linked to"), self.framework_item),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.cpd_only)
        self.format.setVisible(with_format)
        self.format_label.setVisible(with_format)
        self.format_hint.setVisible(with_format)

        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.this_year.clicked.connect(self.choose_this_year)
        self.all_dates.clicked.connect(self.choose_all_dates)
        self.format.currentIndexChanged.connect(self._format_changed)
        for signal in (
            self.use_from.toggled,
            self.use_to.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.kind.currentIndexChanged,
            self.tag.textChanged,
            self.framework_item.currentIndexChanged,
            self.cpd_only.toggled,
        ):
            signal.connect(lambda *_: self.changed.emit())
        self.choose_latest_year()
        self._format_changed()

    # -- choices ---------------------------------------------------------------------------

    def choose_this_year(self) -> None:
        year = year_containing(self._today(), self._vault.cpd_settings.load().year_end)
        self.set_dates(year.start, year.end)

    def choose_latest_year(self) -> None:
        """The most recent registration year with entries (the default): on 3 December
        the current year is two days old and exporting it would find nothing."""
        end = self._vault.cpd_settings.load().year_end
        current = year_containing(self._today(), end)
        latest = self._vault.cpd.latest_date(current.end, cpd_only=False)
        year = year_ending(default_ending_year(latest, self._today(), end), end)
        self.set_dates(year.start, year.end)

    def choose_all_dates(self) -> None:
        self.set_dates(None, None)

    def set_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        today = self._today()
        self.use_from.setChecked(start is not None)
        self.date_from.setEnabled(start is not None)
        self.date_from.set_value(start or today)
        self.use_to.setChecked(end is not None)
        self.date_to.setEnabled(end is not None)
        self.date_to.set_value(end or today)

    def set_format(self, name: str) -> None:
        index = self.format.findData(name)
        if index >= 0:
            self.format.setCurrentIndex(index)

    def format_name(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self, *_: object) -> None:
        name = self.format_name()
        self.format_hint.setText(self.tr(str(FORMAT_HINTS.get(name, ""))))
        forced = name in CPD_ONLY
        if forced:
            self.cpd_only.setChecked(True)
        if name == "hcpc":  # without dates, the export covers the profile's own period
            self.choose_all_dates()
        self.cpd_only.setEnabled(not forced)
        self.changed.emit()

    def selection(self) -> Selection:
        """The choice as a :class:`Selection` (``validated()`` checks the dates' order)."""
        return Selection(
            date_from=self.date_from.value() if self.use_from.isChecked() else None,
            date_to=self.date_to.value() if self.use_to.isChecked() else None,
            kinds=(str(self.kind.currentData()),) if self.kind.currentData() else (),
            tag=self.tag.text().strip() or None,
            framework_item=self.framework_item.currentData(),
            cpd_only=self.cpd_only.isChecked(),
        )

    def describe(self) -> str:
        return self.selection().describe(QCoreApplication.translate)


def format_label(name: str) -> str:
    """The export format's label in the window's language (declared under this form's
    context: gui/i18n.py declared_texts)."""
    return QCoreApplication.translate("SelectionForm", registry.info(name).label)
