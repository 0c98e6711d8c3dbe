"""The text fields of a CPD record, laid out as Social Work England's form asks for them.

Type of activity, time spent (the entry's own Time, shown not duplicated), description and
why it is relevant, what I learnt, impact, and reflection with a peer (role, date, what I
learnt from discussing it, or a link to a peer-reflection record).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.model import ACTIVITY_LABELS, MAX_PEER_ROLE, CpdFields, format_hours
from supervision_app.core.supervision.views import PeerReflection
from supervision_app.gui.common.dates import DateField, shown_date
from supervision_app.gui.cpd.widgets import text_box

ROLE_HINT = QT_TRANSLATE_NOOP("CpdFieldsForm", "e.g. senior social worker in my team")
LEARNING_HINT = QT_TRANSLATE_NOOP("CpdFieldsForm", "What did you learn from talking it through?")


class CpdFieldsForm(QWidget):
    """Emits ``edited`` on every change the user makes (not while loading)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._peers: dict[int | None, PeerReflection] = {}

        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Type of activity"))
        for key, label in ACTIVITY_LABELS.items():
            self.activity.addItem(self.tr(label), key)
        self.time_label = QLabel()
        self.time_label.setAccessibleName(self.tr("Time spent"))
        self.description = text_box(
            self.tr("Description and why it is relevant"),
            self.tr("What was the activity, and why is it relevant to your practice?"),
        )
        self.learning = text_box(self.tr("What I learnt"), self.tr("What did you learn?"))
        self.impact = text_box(
            self.tr("Impact on my practice and the people I work with"),
            self.tr(
                "How has it changed your practice, and what difference does it make to the "
                "people you work with?"
            ),
        )
        self.peer_link = QComboBox()
        self.peer_link.setAccessibleName(self.tr("Linked peer reflection"))
        self.peer_role = QLineEdit()
        self.peer_role.setMaxLength(MAX_PEER_ROLE)
        self.peer_role.setAccessibleName(self.tr("Peer's role"))
        self.peer_dated = QCheckBox(self.tr("Discussed on"))
        self.peer_dated.setAccessibleName(self.tr("The peer discussion has a date"))
        self.peer_date = DateField(self.tr("Date of the peer discussion"))
        self.peer_date.setEnabled(False)
        self.peer_learning = text_box(
            self.tr("What I learnt from discussing it with a peer"), "", lines=2
        )
        self._layout()

        self.activity.currentIndexChanged.connect(self._edited)
        for box in self.text_boxes():
            box.textChanged.connect(self._edited)
        self.peer_role.textEdited.connect(self._edited)
        self.peer_dated.toggled.connect(self.peer_date.setEnabled)
        self.peer_dated.toggled.connect(self._edited)
        self.peer_date.dateChanged.connect(self._edited)
        self.peer_link.currentIndexChanged.connect(self._on_peer_link)
        self._show_peer_hints()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in (
            (self.tr("Type of a&ctivity"), self.activity),
            (self.tr("Time spent"), self.time_label),
            (self.tr("Description and\n&why it is relevant"), self.description),
            (self.tr("What I lea&rnt"), self.learning),
            (self.tr("I&mpact on my practice\nand the people I work with"), self.impact),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        peer = QGroupBox(self.tr("Reflection with a peer (optional)"))
        peer_form = QFormLayout(peer)
        peer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        date_row = QHBoxLayout()
        date_row.addWidget(self.peer_dated)
        date_row.addWidget(self.peer_date)
        date_row.addStretch(1)
        link_label = QLabel(self.tr("Linked record"))
        link_label.setBuddy(self.peer_link)
        peer_form.addRow(link_label, self.peer_link)
        role_label = QLabel(self.tr("Peer's r&ole"))
        role_label.setBuddy(self.peer_role)
        peer_form.addRow(role_label, self.peer_role)
        peer_form.addRow(self.tr("Date"), date_row)
        learnt_label = QLabel(self.tr("What I learnt from\ndisc&ussing it"))
        learnt_label.setBuddy(self.peer_learning)
        peer_form.addRow(learnt_label, self.peer_learning)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(peer)
        layout.addStretch(1)

    def text_boxes(self) -> tuple[QPlainTextEdit, ...]:
        return (self.description, self.learning, self.impact, self.peer_learning)

    # -- loading and reading back ----------------------------------------------------------

    def load(
        self, fields: CpdFields, peers: Sequence[PeerReflection], default_date: object
    ) -> None:
        self._loading = True
        try:
            self.activity.setCurrentIndex(max(self.activity.findData(fields.activity_type), 0))
            self.description.setPlainText(fields.description)
            self.learning.setPlainText(fields.learning)
            self.impact.setPlainText(fields.impact)
            self.peer_role.setText(fields.peer_role)
            self.peer_dated.setChecked(fields.peer_date is not None)
            self.peer_date.set_value(fields.peer_date or default_date)  # type: ignore[arg-type]
            self.peer_learning.setPlainText(fields.peer_learning)
            self._fill_peers(peers, fields.peer_reflection_id)
            for box in (self.description, self.learning, self.impact, self.peer_learning):
                box.document().clearUndoRedoStacks()
        finally:
            self._loading = False

    def clear(self) -> None:
        self._loading = True
        try:
            for box in (self.description, self.learning, self.impact, self.peer_learning):
                box.clear()
                box.document().clearUndoRedoStacks()
            self.peer_role.clear()
            self.peer_dated.setChecked(False)
            self.peer_link.clear()
            self._peers = {}
            self.time_label.clear()
            self._show_peer_hints()
        finally:
            self._loading = False

    def set_activity(self, activity_type: str) -> None:
        self._loading = True
        self.activity.setCurrentIndex(max(self.activity.findData(activity_type), 0))
        self._loading = False

    def values(self) -> CpdFields:
        return CpdFields(
            activity_type=str(self.activity.currentData()),
            description=self.description.toPlainText(),
            learning=self.learning.toPlainText(),
            impact=self.impact.toPlainText(),
            peer_role=self.peer_role.text(),
            peer_date=self.peer_date.value() if self.peer_dated.isChecked() else None,
            peer_learning=self.peer_learning.toPlainText(),
            peer_reflection_id=self.peer_link.currentData(),
        )

    @property
    def has_peer_reflection(self) -> bool:
        return bool(self.peer_learning.toPlainText().strip() or self.peer_link.currentData())

    def set_minutes(self, minutes: int) -> None:
        if minutes:
            if minutes == 60:
                text = self.tr("1 hour, from the Time field above")
            else:
                text = self.tr("{hours} hours, from the Time field above").format(
                    hours=format_hours(minutes)
                )
        else:
            text = self.tr("Not recorded yet: set the Time field above")
        self.time_label.setText(text)

    # -- peer reflection records -----------------------------------------------------------

    def _fill_peers(self, peers: Sequence[PeerReflection], chosen: int | None) -> None:
        self.peer_link.clear()
        self.peer_link.addItem(self.tr("None: write it here"), None)
        for peer in peers:
            text = f"{shown_date(peer.reflected_on)} · {peer.peer_role}"
            if peer.topic:
                text += f" · {peer.topic}"
            self.peer_link.addItem(text, peer.id)
            self.peer_link.setItemData(
                self.peer_link.count() - 1, peer.learning, Qt.ItemDataRole.ToolTipRole
            )
        self._peers = {p.id: p for p in peers}
        if chosen is not None and self.peer_link.findData(chosen) < 0:
            missing = self.tr("Record {id} (no longer in the journal)").format(id=chosen)
            self.peer_link.addItem(missing, chosen)
        self.peer_link.setCurrentIndex(max(self.peer_link.findData(chosen), 0))
        self._show_peer_hints()

    def _on_peer_link(self, _index: int) -> None:
        self._show_peer_hints()
        self._edited()

    def _show_peer_hints(self) -> None:
        """A linked record fills in what is left empty here (at export): say what it holds."""
        peer = self._peers.get(self.peer_link.currentData())
        role = self.tr("From the linked record: {text}").format(text=peer.peer_role) if peer else ""
        learnt = (
            self.tr("From the linked record: {text}").format(text=peer.learning) if peer else ""
        )
        self.peer_role.setPlaceholderText(role or self.tr(str(ROLE_HINT)))
        self.peer_learning.setPlaceholderText(learnt or self.tr(str(LEARNING_HINT)))

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()
