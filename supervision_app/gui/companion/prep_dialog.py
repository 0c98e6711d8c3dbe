"""Prepare for supervision: the drafted agenda, edited before the session record starts.

Nothing is sent anywhere: accepting starts a session record with this agenda (and takes
the flagged items off the list for the next one).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.companion.prep import AgendaDraft
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.typed_text import DiscardGuard
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.storage.companion.prep import draft_agenda
from supervision_app.storage.vault import Vault


class PrepDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        partner_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault, self.today = vault, today
        #: What the agenda was drafted from (its flags are marked brought when it starts).
        self.drafted: AgendaDraft | None = None
        self.setWindowTitle(self.tr("Prepare for supervision"))
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setProperty(WIPE_ITEMS, True)
        for p in vault.supervision.partners.list(active_only=True):
            self.partner.addItem(f"{p.name} ({p.role_label})", p.id)
        if partner_id is not None and self.partner.findData(partner_id) >= 0:
            self.partner.setCurrentIndex(self.partner.findData(partner_id))
        self.date = DateField(self.tr("Session date"))
        self.date.set_value(today)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Where the draft comes from"))
        self.agenda = QPlainTextEdit()
        self.agenda.setAccessibleName(self.tr("Draft agenda, one item a line"))
        self.agenda.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&With"), self.partner)
        form.addRow(self.tr("&Date"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Start the session with this agenda"))
        self.buttons.accepted.connect(self.accept)
        self.discard_guard = DiscardGuard(self, self.written)
        self.buttons.rejected.connect(self.discard_guard.cancel)
        agenda_label = QLabel(self.tr("&Agenda (edit freely; one item a line):"))
        agenda_label.setBuddy(self.agenda)
        note = QLabel(self.tr("Nothing is sent to anyone: this becomes your session record."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(agenda_label)
        layout.addWidget(self.agenda, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.partner.currentIndexChanged.connect(lambda _i: self.redraft())
        self.resize(760, 520)
        self.redraft()

    def partner_id(self) -> int | None:
        data = self.partner.currentData()
        return int(data) if data is not None else None

    def session_date(self) -> dt.date:
        return self.date.value()

    def redraft(self) -> None:
        partner_id = self.partner_id()
        self.ok.setEnabled(partner_id is not None)
        if partner_id is None:
            self.drafted = None
            self.summary.setText(self.tr("Add your supervisor, supervisee or peer first."))
            self.agenda.clear()
            return
        self.drafted = draft_agenda(self.vault, partner_id, self.today)
        counts = [
            self.tr("{n} from “{title}”").format(n=len(lines), title=self.tr(title))
            for title, lines in self.drafted.sections()
            if lines
        ]
        self.summary.setText(
            self.tr("Drafted from: {parts}.").format(parts="; ".join(counts))
            if counts
            else self.tr("Nothing flagged, open or due: the agenda is yours to write.")
        )
        self.agenda.setPlainText("\n".join(self.drafted.agenda()))

    def draft(self) -> tuple[int | None, dt.date, str]:
        """The partner, date and agenda as edited, kept through a lock (gui/common/drafts.py)."""
        return self.partner_id(), self.session_date(), self.agenda.toPlainText()

    def restore_draft(self, draft: tuple[int | None, dt.date, str]) -> None:
        partner_id, session_date, agenda = draft
        index = self.partner.findData(partner_id)
        if index >= 0:
            self.partner.setCurrentIndex(index)  # drafts the agenda again from its flags...
        self.date.set_value(session_date)
        self.agenda.setPlainText(agenda)  # ...which the edited agenda replaces

    def written(self) -> bool:
        """Whether the agenda was edited after it was drafted."""
        drafted = "\n".join(self.drafted.agenda()) if self.drafted is not None else ""
        return self.agenda.toPlainText().strip() != drafted.strip()

    def agenda_items(self) -> tuple[str, ...]:
        lines = self.agenda.toPlainText().splitlines()
        return tuple(" ".join(line.split()) for line in lines if line.strip())
