"""The body of a session record: re-evaluation, actions, agenda, discussion, wellbeing,
cases, decisions, learning, new actions, and the sign-off panel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.scan.scanner import Finding
from supervision_app.core.supervision.model import (
    CASE_REMINDER,
    DISCUSSION_REFS,
    FUNCTION_REFS,
    KOLB_REFS,
    REEVALUATION_REF,
    DiscussionNote,
    SessionRecord,
    Wellbeing,
)
from supervision_app.core.supervision.rules import find_identifiers
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.supervision.session_sections import (
    ActionRow,
    CaseRow,
    DecisionRow,
    DiscussionField,
    ReviewsSection,
)
from supervision_app.gui.supervision.signoff_panel import SignOffPanel
from supervision_app.gui.supervision.widgets import (
    WARNING_STYLE,
    RowList,
    TextBox,
    muted,
    prompts_text,
    set_read_only,
    styled_label,
)


def identifier_warning(findings: Sequence[object]) -> str:
    lines = [
        QCoreApplication.translate(
            "SessionForm",
            "Possible identifying details: use a pseudonym or a case reference instead.",
        )
    ]
    for f in findings:
        finding = f.finding  # type: ignore[attr-defined]
        label = QCoreApplication.translate("Identifiers", finding.label)
        lines.append(f"• {f.location}: “{finding.text}” ({label.lower()})")  # type: ignore[attr-defined]
    return "\n".join(lines)


def group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for w in widgets:
        layout.addWidget(w)
    return box


def pair(left_title: str, left: QWidget, right_title: str, right: QWidget) -> QWidget:
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    for column, (title, field) in enumerate(((left_title, left), (right_title, right))):
        label = QLabel(f"<b>{title}</b>")
        label.setBuddy(field)
        grid.addWidget(label, 0, column)
        grid.addWidget(field, 1, column)
    return widget


class SessionForm(QWidget):
    """Emits ``edited`` on every change the user makes."""

    edited = Signal()

    def __init__(self, library: FrameworkLibrary) -> None:
        super().__init__()
        self.library = library
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)

        self.reevaluation_info = muted()
        self.reevaluation_prompts = muted(prompts_text(self._prompts(REEVALUATION_REF)))
        self.reevaluation = QCheckBox(self.tr("We &re-evaluated the relationship at this session"))
        self.reevaluation_notes = TextBox(
            self.tr("Re-evaluation notes"),
            self.tr("What is working, what is not, what to change"),
            3,
        )
        self.reevaluation_box = group(
            self.tr("Re-evaluating the supervisory relationship"),
            self.reevaluation_info,
            self.reevaluation_prompts,
            self.reevaluation,
            self.reevaluation_notes,
        )
        layout.addWidget(self.reevaluation_box)

        self.reviews = ReviewsSection()
        layout.addWidget(group(self.tr("Actions from earlier sessions"), self.reviews))
        self.agenda = TextBox(
            self.tr("Agenda, one item per line"), self.tr("One agenda item per line"), 3
        )
        layout.addWidget(group(self.tr("Agenda"), self.agenda))

        self.discussion: dict[str, DiscussionField] = {}
        for title, refs in (
            (self.tr("Discussion: the 4x4x4 functions"), FUNCTION_REFS),
            (self.tr("Discussion: the Kolb cycle"), KOLB_REFS),
        ):
            box = QGroupBox(title)
            grid = QGridLayout(box)
            for n, ref in enumerate(refs):
                _fw, item = self.library.item(ref)
                field = DiscussionField(ref, item.label, item.explanation, item.prompts)
                self.discussion[ref] = field
                grid.addWidget(field, n // 2, n % 2)
            layout.addWidget(box)

        self.own_wellbeing = TextBox(
            self.tr("Own wellbeing"), self.tr("How the supervisee is, really"), 2
        )
        self.emotional_impact = TextBox(
            self.tr("Emotional impact of the work"), self.tr("How the work is affecting them"), 2
        )
        wellbeing = pair(
            self.tr("Own wellbeing"),
            self.own_wellbeing,
            self.tr("Emotional impact of the work"),
            self.emotional_impact,
        )
        layout.addWidget(group(self.tr("Wellbeing check"), wellbeing))

        self.case_reminder = styled_label(
            WARNING_STYLE, "⚠ " + QCoreApplication.translate("Reminders", CASE_REMINDER)
        )
        self.case_reminder.setAccessibleName(self.tr("Reminder about names"))
        self.findings = styled_label(WARNING_STYLE)
        self.findings.setAccessibleName(self.tr("Possible identifying details"))
        self.findings.hide()
        self.cases = RowList(
            CaseRow, self.tr("Add a &case discussion"), self.tr("Add a case discussion")
        )
        layout.addWidget(
            group(self.tr("Case discussions"), self.case_reminder, self.cases, self.findings)
        )
        self.decisions = RowList(DecisionRow, self.tr("Add a decisi&on"), self.tr("Add a decision"))
        layout.addWidget(group(self.tr("Decisions and their rationale"), self.decisions))
        self.learning = TextBox(self.tr("Learning"), self.tr("What was learnt"), 2)
        self.cpd = TextBox(self.tr("CPD"), self.tr("CPD to record or plan"), 2)
        layout.addWidget(
            group(
                self.tr("Learning and CPD"),
                pair(self.tr("Learning"), self.learning, self.tr("CPD"), self.cpd),
            )
        )
        self.new_actions = RowList(
            ActionRow, self.tr("Add an act&ion"), self.tr("Add a new action")
        )
        layout.addWidget(group(self.tr("New actions"), self.new_actions))
        self.signoff = SignOffPanel()
        layout.addWidget(group(self.tr("Sign-off and history"), self.signoff))
        layout.addStretch(1)

        for text in self.texts():
            text.textChanged.connect(self.edited)
        self.reevaluation.toggled.connect(self.edited)
        self.reviews.changed.connect(self.edited)
        for rows in (self.cases, self.decisions, self.new_actions):
            rows.changed.connect(self.edited)
            rows.changed.connect(self.share_cases)

    def share_cases(self) -> None:
        """Offer the cases discussed as the case of each decision and new action."""
        refs = [r.value().case_ref.strip() for r in self.cases.rows]  # type: ignore[attr-defined]
        for row in (*self.decisions.rows, *self.new_actions.rows):
            row.case.set_cases(refs)  # type: ignore[attr-defined]

    def _prompts(self, ref: str) -> tuple[str, ...]:
        try:
            return tuple(self.library.item(ref)[1].prompts)
        except (KeyError, ValueError):
            return ()

    def texts(self) -> list[TextBox]:
        return [
            self.agenda,
            self.own_wellbeing,
            self.emotional_impact,
            self.learning,
            self.cpd,
            self.reevaluation_notes,
            *(f.text for f in self.discussion.values()),
        ]

    # -- loading and reading back ----------------------------------------------------------

    def load(
        self,
        record: SessionRecord,
        *,
        today: dt.date,
        reevaluation_due: bool,
        reevaluation_interval: int,
    ) -> None:
        due = reevaluation_due and not record.is_locked
        self.reevaluation_info.setText(
            self.tr(
                "It is time to re-evaluate your supervisory relationship (every "
                "{reevaluation_interval} sessions): how is supervision working for both of you?"
            ).format(reevaluation_interval=reevaluation_interval)
            if due
            else self.tr(
                "Re-evaluating now and then keeps supervision safe and useful for both of you."
            )
        )
        self.reevaluation.setChecked(record.reevaluation)
        self.reevaluation_notes.set_text(record.reevaluation_notes)
        self.reevaluation_box.setVisible(due or record.reevaluation)
        self.reviews.load(record.action_reviews, today)
        self.agenda.set_text("\n".join(record.agenda))
        notes = {n.ref: n.text for n in record.discussion}
        for ref, field in self.discussion.items():
            field.text.set_text(notes.get(ref, ""))
        self.own_wellbeing.set_text(record.wellbeing.own_wellbeing)
        self.emotional_impact.set_text(record.wellbeing.emotional_impact)
        self._load_rows(self.cases, record.case_discussions)
        self._load_rows(self.decisions, record.decisions)
        self.learning.set_text(record.learning)
        self.cpd.set_text(record.cpd)
        self._load_rows(self.new_actions, record.new_actions)
        self.share_cases()
        for text in self.texts():
            text.document().clearUndoRedoStacks()

    @staticmethod
    def _load_rows(rows: RowList, values: Sequence[object]) -> None:
        rows.clear()
        for value in values:
            rows.add_row().load(value)  # type: ignore[attr-defined]

    def read(self, record: SessionRecord) -> SessionRecord:
        """``record`` with the fields of the form as they are now (not yet validated)."""
        known = set(DISCUSSION_REFS)
        discussion = tuple(
            DiscussionNote(ref, f.text.text()) for ref, f in self.discussion.items()
        ) + tuple(n for n in record.discussion if n.ref not in known)
        return replace(
            record,
            agenda=tuple(self.agenda.text().splitlines()),
            action_reviews=self.reviews.reviews(),
            discussion=discussion,
            wellbeing=Wellbeing(self.own_wellbeing.text(), self.emotional_impact.text()),
            case_discussions=tuple(r.value() for r in self.cases.rows),  # type: ignore[attr-defined]
            decisions=tuple(r.value() for r in self.decisions.rows),  # type: ignore[attr-defined]
            learning=self.learning.text(),
            cpd=self.cpd.text(),
            new_actions=tuple(r.value() for r in self.new_actions.rows),  # type: ignore[attr-defined]
            reevaluation=self.reevaluation.isChecked(),
            reevaluation_notes=self.reevaluation_notes.text(),
        )

    def take_action_ids(self, saved: SessionRecord) -> None:
        """Give rows the ids storage gave their new actions (empty rows were not saved)."""
        kept = [r for r in self.new_actions.rows if r.text.text().strip()]  # type: ignore[attr-defined]
        for row, action in zip(kept, saved.new_actions, strict=False):
            row.action_id, row.uid = action.id, action.uid  # type: ignore[attr-defined]

    def set_read_only(self, read_only: bool) -> None:
        keep: list[QWidget] = [self.signoff.sign_button, self.signoff.addendum_button]
        keep += [box.sign_button for box in self.signoff.addenda]
        set_read_only(self, read_only, keep=keep)
        for rows in (self.cases, self.decisions, self.new_actions):
            rows.set_read_only(read_only)
        self.reviews.set_read_only(read_only)

    def show_reevaluation(self) -> None:
        self.reevaluation_box.show()
        self.reevaluation.setChecked(True)
        self.reevaluation_notes.setFocus()

    def show_findings(self, record: SessionRecord, scan: Callable[[str], list[Finding]]) -> int:
        """Warn inline about likely names and other identifiers anywhere in the record."""
        findings = find_identifiers(
            record, scan, cases_only=False, translate=QCoreApplication.translate
        )
        self.findings.setText(identifier_warning(findings) if findings else "")
        self.findings.setVisible(bool(findings))
        return len(findings)

    def clear(self) -> None:
        self.reviews.clear()
        for rows in (self.cases, self.decisions, self.new_actions):
            rows.clear()
        self.signoff.clear()
        wipe(self, labels=False)
        self.findings.clear()
        self.findings.hide()
