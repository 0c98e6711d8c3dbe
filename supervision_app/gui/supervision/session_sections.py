"""Repeating parts of a session record: reviewed actions, cases, decisions, new actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.model import (
    ACTION_STATUSES,
    REVIEW_STATUSES,
    Action,
    ActionReview,
    CaseDiscussion,
    Decision,
)
from supervision_app.gui.common.wipe import discard
from supervision_app.gui.companion.case_choice import CaseChoice
from supervision_app.gui.supervision.widgets import (
    OptionalDate,
    TextBox,
    line,
    muted,
    remove_button,
    select_data,
)

#: Dates and durations made in core come through the window's language (core/i18n.py).
translate = QCoreApplication.translate

ACTION_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("ActionRow", "Open"),
    "done": QT_TRANSLATE_NOOP("ActionRow", "Done"),
    "dropped": QT_TRANSLATE_NOOP("ActionRow", "Dropped"),
}


def action_details(action: Action | None, today: dt.date | None = None) -> str:
    """``Owner: AB · due 3 Mar 2026 (overdue)`` for a reviewed action (shown by ReviewRow)."""
    if action is None:
        return ""
    parts = []
    if action.owner:
        parts.append(
            QCoreApplication.translate("ReviewRow", "Owner: {owner}").format(owner=action.owner)
        )
    if action.due_date is not None:
        late = today is not None and action.due_date < today
        due = (
            QCoreApplication.translate("ReviewRow", "due {date} (overdue)")
            if late
            else QCoreApplication.translate("ReviewRow", "due {date}")
        )
        parts.append(due.format(date=format_date(action.due_date, translate)))
    return " · ".join(parts)


class ReviewRow(QWidget):
    """An open action from an earlier session, marked done, carried forward or dropped."""

    changed = Signal()

    def __init__(self, review: ActionReview, today: dt.date | None = None) -> None:
        super().__init__()
        self.action_id = review.action_id
        self.action = review.action
        text = (
            review.action.text
            if review.action
            else self.tr("Action {number}").format(number=review.action_id)
        )
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.detail = muted(action_details(review.action, today))
        self.status = QComboBox()
        for key, label in REVIEW_STATUSES.items():
            self.status.addItem(self.tr(label), key)  # declared: i18n.declared_texts
        select_data(self.status, review.status)
        self.status.setAccessibleName(self.tr("Mark the action: {text}").format(text=text))
        self.note = line(
            self.tr("Note on the action: {text}").format(text=text), self.tr("Note (optional)")
        )
        self.note.setText(review.note)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.text)
        left.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(left, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.note, 2)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.note.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> ActionReview:
        return ActionReview(
            self.action_id, str(self.status.currentData()), self.note.text(), action=self.action
        )

    def set_read_only(self, read_only: bool) -> None:
        self.status.setEnabled(not read_only)
        self.note.setReadOnly(read_only)


class ReviewsSection(QWidget):
    """The open actions a session reviews at its start."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReviewRow] = []
        self.empty = muted(self.tr("No open actions from earlier sessions with this partner."))
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows_layout)

    def load(self, reviews: Sequence[ActionReview], today: dt.date | None = None) -> None:
        self.clear()
        for review in reviews:
            row = ReviewRow(review, today)
            row.changed.connect(self.changed)
            self.rows.append(row)
            self.rows_layout.addWidget(row)
        self.empty.setVisible(not self.rows)

    def reviews(self) -> tuple[ActionReview, ...]:
        return tuple(row.value() for row in self.rows)

    def clear(self) -> None:
        for row in self.rows:
            discard(row)
        self.rows = []
        self.empty.setVisible(True)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.set_read_only(read_only)


def case_label(choice: CaseChoice) -> QLabel:
    label = QLabel(QCoreApplication.translate("widgets", "Case"))
    label.setBuddy(choice)
    return label


class CaseRow(QWidget):
    changed = Signal()
    remove_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.case_ref = line(
            self.tr("Pseudonym or case reference"),
            self.tr("Pseudonym or case reference only, e.g. Person A or C-1042"),
        )
        self.text = TextBox(
            self.tr("Case discussion notes"), self.tr("What was discussed about this case"), 3
        )
        self.remove = remove_button(self.tr("case discussion"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Case:")))
        top.addWidget(self.case_ref, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.text)
        self.case_ref.textEdited.connect(lambda _t: self.changed.emit())
        self.text.textChanged.connect(self.changed)
        self.remove.clicked.connect(self.remove_requested)

    def focus_first(self) -> None:
        self.case_ref.setFocus()

    def load(self, case: CaseDiscussion) -> None:
        self.case_ref.setText(case.case_ref)
        self.text.set_text(case.text)

    def value(self) -> CaseDiscussion:
        return CaseDiscussion(self.case_ref.text(), self.text.text())

    def set_read_only(self, read_only: bool) -> None:
        self.case_ref.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class DecisionRow(QWidget):
    changed = Signal()
    remove_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.decision = line(self.tr("Decision"), self.tr("What was decided"))
        self.rationale = TextBox(
            self.tr("Rationale for the decision"), self.tr("Why: the reasons and evidence"), 2
        )
        self.case = CaseChoice()
        self.remove = remove_button(self.tr("decision"))
        top = QHBoxLayout()
        top.addWidget(self.decision, 1)
        top.addWidget(case_label(self.case))
        top.addWidget(self.case)
        top.addWidget(self.remove)
        rationale_label = muted(self.tr("Rationale"))
        rationale_label.setBuddy(self.rationale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(rationale_label)
        layout.addWidget(self.rationale)
        self.decision.textEdited.connect(lambda _t: self.changed.emit())
        self.case.editTextChanged.connect(lambda _t: self.changed.emit())
        self.rationale.textChanged.connect(self.changed)
        self.remove.clicked.connect(self.remove_requested)

    def focus_first(self) -> None:
        self.decision.setFocus()

    def load(self, decision: Decision) -> None:
        self.decision.setText(decision.decision)
        self.rationale.set_text(decision.rationale)
        self.case.set_value(decision.case_ref)

    def value(self) -> Decision:
        return Decision(self.decision.text(), self.rationale.text(), self.case.value())

    def set_read_only(self, read_only: bool) -> None:
        self.decision.setReadOnly(read_only)
        self.case.setEnabled(not read_only)
        self.rationale.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class ActionRow(QWidget):
    """A new action agreed at this session: text, owner, due date and status."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.action_id: int | None = None
        self.uid = ""
        self.text = line(self.tr("Action"), self.tr("What will be done"))
        self.owner = line(self.tr("Owner of the action"), self.tr("Who"))
        self.owner.setMaximumWidth(160)
        self.due = OptionalDate(self.tr("Due"), self.tr("Due date of the action"))
        self.status = QComboBox()
        for key in ACTION_STATUSES:
            self.status.addItem(self.tr(str(ACTION_STATUS_LABELS[key])), key)
        self.status.setAccessibleName(self.tr("Status of the action"))
        self.remove = remove_button(self.tr("action"))
        owner_label = QLabel(self.tr("Owner"))
        owner_label.setBuddy(self.owner)
        status_label = QLabel(self.tr("Status"))
        status_label.setBuddy(self.status)
        self.case = CaseChoice()
        details = QHBoxLayout()
        for widget in (
            owner_label,
            self.owner,
            self.due,
            status_label,
            self.status,
            case_label(self.case),
            self.case,
        ):
            details.addWidget(widget)
        details.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.remove, 0, 1)
        layout.addLayout(details, 1, 0)
        self.text.textEdited.connect(lambda _t: self.changed.emit())
        self.owner.textEdited.connect(lambda _t: self.changed.emit())
        self.due.changed.connect(self.changed)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.case.editTextChanged.connect(lambda _t: self.changed.emit())
        self.remove.clicked.connect(self.remove_requested)

    def focus_first(self) -> None:
        self.text.setFocus()

    def load(self, action: Action, default_due: dt.date | None = None) -> None:
        self.action_id, self.uid = action.id, action.uid
        self.text.setText(action.text)
        self.owner.setText(action.owner)
        self.due.set_value(action.due_date, default_due)
        select_data(self.status, action.status)
        self.case.set_value(action.case_ref)

    def value(self) -> Action:
        return Action(
            text=self.text.text(),
            owner=self.owner.text(),
            due_date=self.due.value(),
            status=str(self.status.currentData()),
            id=self.action_id,
            uid=self.uid,
            case_ref=self.case.value(),
        )

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.owner.setReadOnly(read_only)
        self.due.set_read_only(read_only)
        self.status.setEnabled(not read_only)
        self.case.setEnabled(not read_only)
        self.remove.setVisible(not read_only)


class DiscussionField(QWidget):
    """Notes under one guiding item (a 4x4x4 function or a Kolb stage) with its prompts."""

    changed = Signal()

    def __init__(self, ref: str, label: str, explanation: str, prompts: Sequence[str]) -> None:
        super().__init__()
        self.ref = ref
        title = QLabel(f"<b>{label}</b>")
        title.setToolTip(explanation)
        self.prompts = muted("\n".join(f"• {p}" for p in prompts))
        self.text = TextBox(
            self.tr("Discussion notes: {label}").format(label=label), self.tr("Notes"), 3
        )
        title.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(self.prompts)
        # Titles line up at the top of a row and the boxes at its foot, whatever the prompts.
        layout.addStretch(1)
        layout.addWidget(self.text)
        self.text.textChanged.connect(self.changed)
