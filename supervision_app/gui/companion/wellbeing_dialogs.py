"""Wellbeing: the quick check-in, the trend (chart and table), and "My support".

Private to the vault and never diagnostic: the only suggestion is to raise a run of high
emotional impact in supervision, next to the support the user has set up themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.companion.wellbeing import (
    MAX_PERIOD_DAYS,
    MAX_WORD,
    MIN_PERIOD_DAYS,
    NOT_DIAGNOSTIC,
    SUGGESTION,
    SUPPORT_KINDS,
    InvalidCheckIn,
    SupportContact,
)
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.keys import enter_opens_row
from supervision_app.gui.common.typed_text import DiscardGuard
from supervision_app.gui.companion.trend_chart import TrendChart
from supervision_app.storage.vault import Vault


class Scale(QWidget):
    """Five labelled radio buttons (1-5), reachable with the arrow keys."""

    def __init__(self, name: str, low: str, high: str) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(low))
        for n in range(1, 6):
            button = QRadioButton(str(n))
            button.setAccessibleName(f"{name} {n}")
            self.group.addButton(button, n)
            layout.addWidget(button)
            if n == 1:
                self.setFocusProxy(button)  # the form's mnemonic lands on the scale
        layout.addWidget(QLabel(high))
        layout.addStretch(1)

    def value(self) -> int | None:
        n = self.group.checkedId()
        return n if n > 0 else None

    def set_value(self, n: int) -> None:
        button = self.group.button(n)
        if button is not None:
            button.setChecked(True)


def support_text(contacts: list[SupportContact]) -> str:
    """Where the user can turn for support, as the check-in and wellbeing dialogs show it."""
    if not contacts:
        return QCoreApplication.translate(
            "WellbeingDialog", "Add where you can turn for support with “My support…”."
        )
    heading = QCoreApplication.translate("WellbeingDialog", "My support:")
    return (
        heading
        + "\n"
        + "\n".join(
            f"{c.kind or 'Support'}: {c.name}" + (f" ({c.how})" if c.how else "") for c in contacts
        )
    )


class CheckInDialog(QDialog):
    """After an entry or a session: how did that feel? (optional; Escape skips it)."""

    def __init__(self, vault: Vault, entry_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.entry_id = vault, entry_id
        self.saved = False
        self.setWindowTitle(self.tr("Wellbeing check-in"))
        intro = QLabel(self.tr("A quick check on how the work is landing with you. Optional."))
        intro.setWordWrap(True)
        self.impact = Scale(self.tr("Emotional impact"), self.tr("light"), self.tr("heavy"))
        self.energy = Scale(self.tr("Energy"), self.tr("drained"), self.tr("full"))
        self.word = QLineEdit()
        self.word.setMaxLength(MAX_WORD)
        self.word.setPlaceholderText(self.tr("e.g. stretched, hopeful, flat"))
        self.word.setAccessibleName(self.tr("One word for how it feels"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the check-in"))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Suggestion"))
        self.suggestion.hide()
        form = QFormLayout()
        form.addRow(self.tr("Emotional &impact"), self.impact)
        form.addRow(self.tr("&Energy"), self.energy)
        form.addRow(self.tr("One &word"), self.word)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Skip"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr(NOT_DIAGNOSTIC))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.suggestion)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def draft(self) -> tuple[int | None, int | None, str] | None:
        """What is chosen and typed, kept through a lock (gui/common/drafts.py); None once
        saved."""
        return None if self.saved else (self.impact.value(), self.energy.value(), self.word.text())

    def restore_draft(self, draft: tuple[int | None, int | None, str] | None) -> None:
        if draft is not None:
            impact, energy, word = draft
            for scale, n in ((self.impact, impact), (self.energy, energy)):
                if n is not None:
                    scale.set_value(n)
            self.word.setText(word)

    def save(self) -> None:
        impact, energy = self.impact.value(), self.energy.value()
        if impact is None or energy is None:
            self.error.setText(self.tr("Choose a number from 1 to 5 for impact and for energy."))
            return
        try:
            self.vault.companion.wellbeing.add(
                impact, energy, self.word.text(), entry_id=self.entry_id
            )
        except InvalidCheckIn as error:
            self.error.setText(error_text(error))
            return
        self.saved = True
        store = self.vault.companion.wellbeing
        if not store.suggestion_due():
            self.accept()
            return
        # Saved; stay open once to say it gently, beside the user's own support.
        self.error.clear()
        support = support_text(self.vault.companion.support.all())
        self.suggestion.setText(
            self.tr(SUGGESTION).format(days=store.period_days()) + "\n\n" + support
        )
        self.suggestion.show()
        for widget in (self.impact, self.energy, self.word):
            widget.setEnabled(False)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setFocus()


class SupportDialog(QDialog):
    """My support: where the user turns (EAP, peer support, their GP...). Kept in the vault."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("My support"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Who or what"), self.tr("How to reach them")]
        )
        self.table.setAccessibleName(self.tr("My support contacts"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for contact in vault.companion.support.all():
            self._add(contact)
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(lambda: self._add(SupportContact(SUPPORT_KINDS[0], "")))
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        self._as_opened = self.contacts()
        self.discard_guard = DiscardGuard(self, lambda: self.contacts() != self._as_opened)
        buttons.rejected.connect(self.discard_guard.cancel)
        intro = QLabel(
            self.tr(
                "Where you can turn when the work weighs on you: your employee assistance"
                " programme, peer support, your own GP. Only you see this list."
            )
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _add(self, contact: SupportContact) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((contact.kind, contact.name, contact.how)):
            self.table.setItem(r, c, QTableWidgetItem(text))

    def contacts(self) -> list[SupportContact]:
        def cell(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [
            SupportContact(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.table.rowCount())
        ]

    def draft(self) -> tuple[SupportContact, ...]:
        """The list as edited, kept through a lock (gui/common/drafts.py), with a cell still
        being typed in (a lock can come before Return)."""
        for editor in self.table.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.table.itemDelegate().commitData.emit(editor)
        return tuple(self.contacts())

    def restore_draft(self, draft: tuple[SupportContact, ...]) -> None:
        self.table.setRowCount(0)
        for contact in draft:
            self._add(contact)

    def save(self) -> None:
        self.vault.companion.support.replace_all(self.contacts())
        self.accept()


class WellbeingDialog(QDialog):
    """The trend: chart and table, the period setting, the suggestion and My support."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("My wellbeing"))
        self.chart = TrendChart()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Impact"), self.tr("Energy"), self.tr("Word")]
        )
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Wellbeing check-ins"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        enter_opens_row(self.table)  # not Check in now
        self.table.horizontalHeader().setStretchLastSection(True)
        self.period = QSpinBox()
        self.period.setRange(MIN_PERIOD_DAYS, MAX_PERIOD_DAYS)
        self.period.setSuffix(self.tr(" days"))
        self.period.setAccessibleName(self.tr("Period of high impact before a suggestion"))
        self.period.setValue(vault.companion.wellbeing.period_days())
        self.period.valueChanged.connect(self._period_changed)
        self.offer = QCheckBox(
            self.tr("&Offer a check-in when I move on from an entry or session I wrote in")
        )
        self.offer.setChecked(vault.companion.wellbeing.offer_checkin())
        self.offer.toggled.connect(vault.companion.wellbeing.set_offer_checkin)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Suggestion"))
        self.support = QLabel()
        self.support.setWordWrap(True)
        self.support.setAccessibleName(self.tr("My support"))
        self.check_in_button = QPushButton(self.tr("&Check in now…"))
        self.check_in_button.clicked.connect(self.check_in)
        self.support_button = QPushButton(self.tr("My &support…"))
        self.support_button.clicked.connect(self.edit_support)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        splitter = QSplitter()
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([540, 400])
        period_row = QHBoxLayout()
        label = QLabel(self.tr("Suggest raising it in supervision when impact stays at 4 or 5 for"))
        label.setBuddy(self.period)
        period_row.addWidget(label)
        period_row.addWidget(self.period)
        period_row.addStretch(1)
        note = QLabel(self.tr(NOT_DIAGNOSTIC))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.support_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(period_row)
        layout.addWidget(self.offer)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.support)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(980, 520)
        self.refresh()

    def refresh(self) -> None:
        store = self.vault.companion.wellbeing
        history = store.history()
        self.chart.set_checkins(history)
        self.table.setRowCount(len(history))
        for r, c in enumerate(reversed(history)):
            when = c.checked_at.astimezone()
            cells = (f"{shown_date(when)} {when:%H:%M}", str(c.impact), str(c.energy), c.word)
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        due = store.suggestion_due()
        self.suggestion.setVisible(due)
        self.suggestion.setText(self.tr(SUGGESTION).format(days=store.period_days()) if due else "")
        self.support.setText(support_text(self.vault.companion.support.all()))

    def _period_changed(self, days: int) -> None:
        self.vault.companion.wellbeing.set_period_days(days)
        self.refresh()

    def check_in(self) -> None:
        if CheckInDialog(self.vault, None, self).exec():
            self.refresh()

    def edit_support(self) -> None:
        if SupportDialog(self.vault, self).exec():
            self.refresh()
