"""The CPD year: records, hours, peer reflection, standards covered, gaps and the checklist.

A non-modal window, like the coverage view. ``today`` is injected so the days left and the
gaps can be tested; double-clicking a record asks the main window to open it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.model import CPD_FRAMEWORKS, CpdRecord, format_duration
from supervision_app.core.cpd.rules import RegulatorStatus, status_for_year
from supervision_app.core.cpd.year import (
    CpdYearSummary,
    default_ending_year,
    record_cells,
    summarise_year,
    year_containing,
    year_ending,
)
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.i18n import rendered
from supervision_app.core.regulators import default_regulators
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.common.keys import enter_opens_row
from supervision_app.gui.cpd.widgets import (
    DONE_MARK,
    NOT_DONE_MARK,
    PROBLEM_MARK,
    StatCard,
    read_only_table,
)
from supervision_app.storage.cpd.records import load_records
from supervision_app.storage.vault import Vault

COL_DATE, COL_TITLE, COL_TYPE, COL_HOURS, COL_PEER, COL_STANDARDS = range(6)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 50


class CpdYearView(QDialog):
    entry_chosen = Signal(int)
    preferences_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        library: FrameworkLibrary,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CPD year"))
        self._vault = vault
        self._library = library
        self._today = today
        self.summary: CpdYearSummary | None = None
        self.statuses: list[RegulatorStatus] = []

        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Registration year"))
        year_label = QLabel(self.tr("Registration &year"))
        year_label.setBuddy(self.year)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)  # "362 days left (until 23:59 on 30 Nov 2027)"
        self.deadline.setAccessibleName(self.tr("Deadline"))
        self.current_year = QPushButton(self.tr("&Current year"))
        self.current_year.setAccessibleName(self.tr("Show the current registration year"))
        self.current_year.clicked.connect(self.choose_current_year)
        self.preferences = QPushButton(self.tr("Year end and regulator…"))
        self.preferences.clicked.connect(self.preferences_requested)

        self.cards = {
            "records": StatCard(self.tr("CPD records")),
            "hours": StatCard(self.tr("time spent")),
            "peer": StatCard(self.tr("reflected on with a peer")),
            "days": StatCard(self.tr("days left")),
        }
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Title"),
                self.tr("Type"),
                self.tr("Time"),
                self.tr("Peer"),
                self.tr("Standards"),
            ]
        )
        read_only_table(self.table, self.tr("CPD records of the year"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Double-click a record to open it"))
        self.table.itemActivated.connect(lambda item: self._open_row(item.row()))
        enter_opens_row(self.table)

        self.checklist = QLabel()
        self.checklist.setAccessibleName(self.tr("Your regulator's rule"))
        self.covered = QLabel()
        self.covered.setAccessibleName(self.tr("Standards and domains covered"))
        self.gaps = QLabel()
        self.gaps.setAccessibleName(self.tr("Gaps of three months or more"))
        self.incomplete = QLabel()
        self.incomplete.setAccessibleName(self.tr("CPD activities without CPD details"))
        for label in (self.checklist, self.covered, self.gaps, self.incomplete):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.incomplete.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.incomplete.linkActivated.connect(
            lambda link: self.entry_chosen.emit(int(link.partition(":")[2]))
        )

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.current_year)
        top.addWidget(self.deadline, 1)
        top.addWidget(self.preferences)
        cards = QGridLayout()
        for n, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, n)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.rule_box = self._box(self.tr("Your regulator's rule"), self.checklist)
        side_layout.addWidget(self.rule_box)
        side_layout.addWidget(self._box(self.tr("Gaps of three months or more"), self.gaps))
        side_layout.addWidget(self._box(self.tr("Standards and domains covered"), self.covered))
        side_layout.addWidget(self._box(self.tr("Not yet counted"), self.incomplete))
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Year summary"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(split, 1)
        self.resize(1040, 640)

        self.fill_years()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def event(self, event: QEvent) -> bool:
        # Entries autosave while this window stays open: show them as they are now.
        active = event.type() == QEvent.Type.WindowActivate and self.isVisible()
        if active and self.summary is not None and self._vault.is_open:
            row = self.table.currentRow()
            self.refresh()
            if 0 <= row < self.table.rowCount():
                self.table.selectRow(row)
        return super().event(event)

    @staticmethod
    def _box(title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(content)
        return box

    # -- years -----------------------------------------------------------------------------

    def fill_years(self) -> None:
        """Every registration year from the first CPD record's to the current one.

        It opens on the most recent year that has records (on 3 December the new year is
        two days old and empty); the current year is one click away.
        """
        settings = self._vault.cpd_settings.load()
        end = settings.year_end
        this_year = year_containing(self._today(), end)
        current = this_year.ending_year
        opening = default_ending_year(
            self._vault.cpd.latest_date(this_year.end), self._today(), end
        )
        ids = self._vault.cpd.entry_ids()
        first = last = current
        if ids:
            ends = load_records(self._vault, [ids[0], ids[-1]])
            first = min(current, year_containing(ends[0].date, end).ending_year)
            last = max(current, year_containing(ends[-1].date, end).ending_year)
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for ending in range(last, first - 1, -1):
            year = year_ending(ending, end)
            self.year.addItem(f"{ending}: {year.label_text(QCoreApplication.translate)}", ending)
        self.year.setCurrentIndex(max(self.year.findData(chosen or opening), 0))
        self.year.blockSignals(False)

    def choose_current_year(self) -> None:
        end = self._vault.cpd_settings.load().year_end
        self.choose_year(year_containing(self._today(), end).ending_year)

    def choose_year(self, ending_year: int) -> None:
        index = self.year.findData(ending_year)
        if index < 0:
            self.year.addItem(str(ending_year), ending_year)
            index = self.year.count() - 1
        self.year.setCurrentIndex(index)
        self.refresh()

    # -- content ---------------------------------------------------------------------------

    def refresh(self) -> None:
        settings = self._vault.cpd_settings.load()
        today = self._today()
        year = year_ending(int(self.year.currentData()), settings.year_end)
        records = self._vault.cpd.records_between(year.start, year.end)
        regulators = default_regulators()
        primary = regulators[settings.primary_regulator]
        self.summary = summary = summarise_year(
            records,
            year,
            today=today,
            regulator=primary,
            role=settings.role_for(primary.id),
        )
        self.statuses = [
            status_for_year(
                regulators[reg_id],
                year,
                today=today,
                records_between=self._records_between,
                role=settings.role_for(reg_id),
                start=settings.start_for(reg_id),
            )
            for reg_id in settings.regulators
        ]
        self.deadline.setText(summary.deadline(QCoreApplication.translate))
        self.cards["records"].set_value(str(len(summary.records)))
        self.cards["hours"].set_value(format_duration(summary.minutes, QCoreApplication.translate))
        self.cards["peer"].set_value(str(summary.peer_records))
        self.cards["days"].set_value(str(summary.days_left))
        self._fill_table(summary.records)
        # A numerus text with no number: English writes both forms in full.
        self.rule_box.setTitle(self.tr("Your regulators' rules", "", len(self.statuses)))
        self.checklist.setText(self._rules_html(self.statuses))
        self.gaps.setText(self._gaps_html(summary))
        self.covered.setText(self._covered_html(summary))
        self.incomplete.setText(self._incomplete_html(summary.incomplete))

    def _fill_table(self, records: tuple[CpdRecord, ...]) -> None:
        self.table.setRowCount(len(records))
        # Before the translate() below: lupdate would file this text under its name.
        yes = self.tr("Yes")
        for row, record in enumerate(records):
            cells = [
                *record_cells(record, QCoreApplication.translate),
                yes if record.has_peer_reflection else "—",
                str(len(record.standards)) if record.standards else "—",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ENTRY_ROLE, record.id)
                if col in (COL_HOURS, COL_STANDARDS, COL_PEER):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col == COL_STANDARDS:
                    item.setToolTip("\n".join(self._labels(record.standards)))
                self.table.setItem(row, col, item)
        if records:
            self.table.selectRow(0)

    def _labels(self, refs: tuple[str, ...]) -> list[str]:
        labels = []
        for ref in refs:
            try:
                labels.append(self._library.item(ref)[1].label)
            except (KeyError, ValueError):
                labels.append(ref)
        return labels

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, COL_DATE)
        if item is not None:
            self.entry_chosen.emit(int(item.data(ENTRY_ROLE)))

    def _records_between(self, start: dt.date, end: dt.date) -> list[CpdRecord]:
        return self._vault.cpd.records_between(start, end, include_incomplete=False)

    def _rules_html(self, statuses: list[RegulatorStatus]) -> str:
        return "".join(self._status_html(s, heading=len(statuses) > 1) for s in statuses)

    def _status_html(self, status: RegulatorStatus, *, heading: bool) -> str:
        reg = status.regulator
        title = _esc(reg.name) + (f" ({_esc(status.role_label)})" if status.role_label else "")
        parts = [f"<b>{title}</b>"] if heading or status.role_label else []
        if status.period is not None and reg.period.kind != "fixed":
            parts.append(
                self.tr("Registration period {period}").format(
                    period=status.period.label_text(QCoreApplication.translate)
                )
            )
        for item in status.checks:
            mark = DONE_MARK if item.done else NOT_DONE_MARK
            state = self.tr("done") if item.done else self.tr("not yet")
            detail = f" ({_esc(item.detail)})" if item.detail else ""
            parts.append(f"{mark} {_esc(item.label)}: <b>{state}</b>{detail}")
        parts += [f"{PROBLEM_MARK} {_esc(w)}" for w in status.warnings]
        for rule in status.notes:
            flag = self.tr(" (unconfirmed)") if rule.unconfirmed else ""
            parts.append(f"• {_esc(rule.text)}{flag}")
        if status.needs:
            parts.append(f"<i>{_esc(self.tr(status.needs))}</i>")
        if status.meets is True:
            parts.append(self.tr("The minimum is met."))
        elif status.meets is False:
            parts.append(self.tr("The minimum is not met yet."))
        else:
            parts.append(
                self.tr("{name} sets no minimum the app can count.").format(name=_esc(reg.name))
            )
        parts.append(f"<small>{_esc(reg.period.deadline)}</small>")
        return "<p>" + "<br>".join(parts) + "</p>"

    def _gaps_html(self, summary: CpdYearSummary) -> str:
        if not summary.gaps:
            return self.tr("None: no three-month stretch without CPD so far.")
        return "<br>".join(
            f"{PROBLEM_MARK} {_esc(g.label_text(QCoreApplication.translate))}" for g in summary.gaps
        )

    def _covered_html(self, summary: CpdYearSummary) -> str:
        parts = []
        for framework_id in CPD_FRAMEWORKS:
            try:
                framework = self._library.get(framework_id)
            except KeyError:
                continue
            refs = summary.covered.get(framework_id, ())
            names = "<br>".join(f"• {_esc(label)}" for label in self._labels(refs))
            count = self.tr("{count} of {total}").format(
                count=len(refs), total=len(framework.items)
            )
            parts.append(
                f"<b>{_esc(framework.name)}</b>: {count}<br>{names or self.tr('none yet')}"
            )
        return "<p>" + "</p><p>".join(parts) + "</p>"

    def _incomplete_html(self, incomplete: tuple[CpdRecord, ...]) -> str:
        if not incomplete:
            return self.tr("Every CPD activity this year has its CPD details.")
        items = "<br>".join(
            f'<a href="entry:{r.id}">{shown_date(r.date)}: {_esc(r.title)}</a>' for r in incomplete
        )
        return (
            self.tr("CPD activities without CPD details (open them and press Add CPD details):")
            + f"<br>{items}"
        )


def _esc(text: str) -> str:
    """As HTML; a rule's line (core/cpd/rules.py, a Text) in the window's language."""
    text = str(rendered(text, QCoreApplication.translate))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
