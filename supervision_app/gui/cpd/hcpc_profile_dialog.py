"""The HCPC CPD profile, written in the app: summary, statement, evidence, activities, gaps.

Word counts update as you type, against the HCPC's limits (500 and 1,500 words); a text
over its limit says so in words, not only in colour. The profile is kept in the vault and
saved as you go (like entries), on closing and on lock. "Export…" opens the export dialog
with the HCPC format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.hcpc import (
    STATEMENT_LIMIT,
    SUMMARY_LIMIT,
    HcpcProfile,
    check_profile,
    profile_gaps,
    word_count,
)
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.i18n import rendered
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.timers import autosave_delay_ms, debounced
from supervision_app.gui.cpd.hcpc_pages import ActivitiesPage, EvidencePage
from supervision_app.gui.cpd.widgets import (
    DONE_MARK,
    PROBLEM_MARK,
    message_label,
    show_message,
    text_box,
)
from supervision_app.gui.saving import SAVE_ERRORS
from supervision_app.gui.theme import set_tone
from supervision_app.storage.cpd.records import load_records
from supervision_app.storage.vault import Vault


class HcpcProfileDialog(QDialog):
    entry_chosen = Signal(int)
    export_requested = Signal()

    def __init__(
        self,
        vault: Vault,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HCPC CPD profile"))
        self._vault = vault
        self._today = today
        self._loading = True
        self.dirty = False
        self.profile: HcpcProfile = vault.hcpc_profiles.latest()
        self.records: list[CpdRecord] = []

        start, end = self.profile.period(today())
        self.period_from = DateField(self.tr("Profile period from"))
        self.period_to = DateField(self.tr("Profile period to"))
        self.period_from.set_value(start)
        self.period_to.set_value(end)
        self.summary = text_box(
            self.tr("Summary of practice"),
            self.tr(
                "Describe your role and the kind of work you do, who you work with and where "
                "(up to 500 words). Leave out anything that identifies the people you work with."
            ),
            lines=12,
        )
        self.summary.setMaximumHeight(16_777_215)
        self.summary_count = QLabel()
        self.summary_count.setAccessibleName(self.tr("Summary word count"))
        self.statement = text_box(
            self.tr("Personal statement"),
            self.tr(
                "For each of the 4 to 6 activities you chose as evidence: what you did, what "
                "you learnt, and how it benefited your practice and the people who use your "
                "services (up to 1,500 words)."
            ),
            lines=16,
        )
        self.statement.setMaximumHeight(16_777_215)
        self.statement_count = QLabel()
        self.statement_count.setAccessibleName(self.tr("Statement word count"))
        self.evidence = EvidencePage()
        self.activities = ActivitiesPage()
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(self.tr("Profile checks"))
        self.message = message_label(self.tr("Profile message"))
        self.export_button = QPushButton(self.tr("&Export profile…"))
        self.close_button = QPushButton(self.tr("Close"))

        tabs = QTabWidget()
        tabs.addTab(
            self._text_tab(self.summary, self.summary_count), self.tr("&Summary of practice")
        )
        tabs.addTab(
            self._text_tab(self.statement, self.statement_count), self.tr("Personal s&tatement")
        )
        tabs.addTab(self.evidence, self.tr("E&vidence"))
        tabs.addTab(self.activities, self.tr("&Activities and gaps"))
        self.tabs = tabs
        period = QHBoxLayout()
        for label, widget in (
            (self.tr("Period &from"), self.period_from),
            (self.tr("t&o"), self.period_to),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            period.addWidget(text)
            period.addWidget(widget)
        period.addWidget(QLabel(self.tr("(the HCPC looks at the two years before an audit)")))
        period.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checks, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 640)

        self._timer = debounced(self, autosave_delay_ms(), self.save_now)
        self.summary.textChanged.connect(self._texts_changed)
        self.statement.textChanged.connect(self._texts_changed)
        self.period_from.dateChanged.connect(lambda _d: self._period_changed())
        self.period_to.dateChanged.connect(lambda _d: self._period_changed())
        self.evidence.changed.connect(self._edited)
        self.activities.notes_changed.connect(self._edited)
        self.evidence.entry_chosen.connect(self.entry_chosen)
        self.activities.entry_chosen.connect(self.entry_chosen)
        self.export_button.clicked.connect(self._export)
        self.close_button.clicked.connect(self.accept)

        self.summary.setPlainText(self.profile.summary)
        self.statement.setPlainText(self.profile.statement)
        self._load_records()
        self._loading = False
        self._texts_changed()
        self.dirty = False
        self.summary.setFocus()

    @staticmethod
    def _text_tab(box: QWidget, count: QLabel) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(box, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(count)
        layout.addLayout(row)
        return page

    # -- content ---------------------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return self.period_from.value(), self.period_to.value()

    def _load_records(self) -> None:
        start, end = self.period()
        records = self._vault.cpd.records_between(start, end, include_incomplete=False)
        known = {r.id for r in records}
        chosen = [i for i in self.profile.evidence_ids if i not in known]
        records += load_records(self._vault, chosen)
        self.records = sorted(records, key=lambda r: (r.date, r.id))
        self.evidence.load(self.records, self.profile.evidence_ids)
        in_period = [r for r in self.records if start <= r.date <= end]
        gaps = profile_gaps(self.current_profile(), in_period, self._today())
        self.activities.load(in_period, gaps, self.profile.gap_notes)

    def current_profile(self) -> HcpcProfile:
        start, end = self.period()
        default_start, default_end = HcpcProfile().period(self._today())
        return replace(
            self.profile,
            summary=self.summary.toPlainText(),
            statement=self.statement.toPlainText(),
            evidence_ids=tuple(self.evidence.chosen_ids()),
            gap_notes=self.activities.notes(),
            period_start=None if start == default_start and end == default_end else start,
            period_end=None if start == default_start and end == default_end else end,
        )

    # -- edits -----------------------------------------------------------------------------

    def _texts_changed(self) -> None:
        summary = word_count(self.summary.toPlainText())
        statement = word_count(self.statement.toPlainText())
        self._show_count(self.summary_count, summary, SUMMARY_LIMIT)
        self._show_count(self.statement_count, statement, STATEMENT_LIMIT)
        self._edited()

    def _show_count(self, label: QLabel, words: int, limit: int) -> None:
        over = words > limit
        label.setText(
            f"{PROBLEM_MARK} {self.count_text(words, limit)}"
            if over
            else self.count_text(words, limit)
        )
        font = label.font()
        font.setBold(over)
        label.setFont(font)
        set_tone(label, "error" if over else None)

    def count_text(self, words: int, limit: int) -> str:
        """ "120 of 500 words" or "512 of 500 words: 12 over the limit"."""
        if words > limit:
            return self.tr("{words} of {limit} words: {over} over the limit").format(
                words=f"{words:,}", limit=f"{limit:,}", over=f"{words - limit:,}"
            )
        return self.tr("{words} of {limit} words").format(words=f"{words:,}", limit=f"{limit:,}")

    def _period_changed(self) -> None:
        if self._loading:
            return
        start, end = self.period()
        if start > end:
            show_message(self.message, self.tr("The period starts after it ends; change a date."))
            return
        show_message(self.message, "")
        self.profile = self.current_profile()
        self._load_records()
        self._edited()

    def _edited(self) -> None:
        self._update_checks()
        if self._loading:
            return
        self.dirty = True
        self._timer.start()

    def _update_checks(self) -> None:
        start, end = self.period()
        in_period = [r for r in self.records if start <= r.date <= end]
        checks = check_profile(self.current_profile(), in_period, self._today())
        line = self.tr("{mark} {check}: {detail}")
        translate = QCoreApplication.translate
        self.checks.setText(
            "\n".join(
                line.format(
                    mark=DONE_MARK if c.ok else PROBLEM_MARK,
                    check=rendered(c.label, translate),
                    detail=rendered(c.detail, translate),
                )
                for c in checks
            )
        )

    def save_now(self) -> bool:
        """Save the profile if it changed (also on closing and on lock)."""
        self._timer.stop()
        if not self.dirty or not self._vault.is_open:
            return not self.dirty
        start, end = self.period()
        if start > end:
            return False
        try:
            self.profile = self._vault.hcpc_profiles.save(self.current_profile())
        except SAVE_ERRORS as error:  # kept in the dialog (and through a lock, by draft())
            show_message(self.message, error_text(error))
            return False
        self.dirty = False
        return True

    def draft(self) -> HcpcProfile | None:
        """What a lock would lose (gui/common/drafts.py): closing saves the profile, so only
        what cannot be saved now (e.g. a period that starts after it ends) is kept."""
        return None if self.save_now() else self.current_profile()

    def restore_draft(self, draft: HcpcProfile | None) -> None:
        if draft is None:
            return
        self._loading = True
        self.profile = draft
        start, end = draft.period(self._today())
        self.period_from.set_value(start)
        self.period_to.set_value(end)
        self.summary.setPlainText(draft.summary)
        self.statement.setPlainText(draft.statement)
        self._load_records()
        self._loading = False
        self._period_changed()  # says what stopped the save
        self._texts_changed()

    def _export(self) -> None:
        if self.save_now():
            self.export_requested.emit()

    def done(self, result: int) -> None:
        self.save_now()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_now()
        super().closeEvent(event)
