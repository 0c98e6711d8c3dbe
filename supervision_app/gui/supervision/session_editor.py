"""The session record editor: every part of a supervision record, with debounced autosave.

It replaces the plain editor for a supervision session: the entry's body is composed from
this record by storage, so the plain editor never edits it. A record signed by both is
shown read-only with a banner; changes then go into dated addenda.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkLibrary, default_library
from supervision_app.core.scan.scanner import Finding, scan_text
from supervision_app.core.supervision.markdown import session_title
from supervision_app.core.supervision.model import (
    MAX_MINUTES,
    SESSION_TYPES,
    ActionReview,
    SessionRecord,
)
from supervision_app.core.supervision.people import Partner
from supervision_app.core.supervision.views import HistoryEvent
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.timers import autosave_delay_ms, debounced
from supervision_app.gui.common.wipe import WIPE_ITEMS
from supervision_app.gui.supervision.session_form import SessionForm
from supervision_app.gui.supervision.widgets import (
    BANNER_STYLE,
    ERROR_STYLE,
    OptionalDate,
    fill_combo,
    heading,
    select_data,
    styled_label,
)

SCAN_DELAY_MS = 400


@dataclass(frozen=True)
class SessionContext:
    """What the editor shows beside the record itself."""

    partners: Sequence[Partner] = ()
    history: Sequence[HistoryEvent] = ()
    banner: str = ""
    editable: bool = True
    reevaluation_due: bool = False
    reevaluation_interval: int = 6
    today: dt.date = field(default_factory=dt.date.today)


class SessionEditor(QWidget):
    """Edits one record. Emits ``save_due`` after a pause in typing; the controller saves."""

    changed = Signal()
    save_due = Signal()
    session_mode_requested = Signal()
    export_requested = Signal()
    partner_changed = Signal(int)

    def __init__(self, library: FrameworkLibrary | None = None) -> None:
        super().__init__()
        self.scan: Callable[[str], list[Finding]] = scan_text
        self._record: SessionRecord | None = None
        self._loading = False
        self.dirty = False
        self.editable = True
        self._build_header()
        self.form = SessionForm(library or default_library())
        self.signoff = self.form.signoff
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Session record"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.header)
        layout.addWidget(self.error)
        layout.addWidget(self.scroll_area, 1)

        self._autosave = debounced(self, autosave_delay_ms(), self.save_due)
        self._scan_timer = debounced(self, SCAN_DELAY_MS, self.check_identifiers)

        self.form.edited.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.session_type.currentIndexChanged.connect(self._edited)
        self.next_session.changed.connect(self._edited)
        self.partner.currentIndexChanged.connect(self._partner_edited)

    def _build_header(self) -> None:
        self.banner = styled_label(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Record status"))
        self.banner.hide()
        self.error = styled_label(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Why the record was not saved"))
        self.error.hide()
        self.title = heading("", 1.35)
        self.title.setAccessibleName(self.tr("Session"))
        self.mode_button = QPushButton(self.tr("Session &mode (F11)"))
        self.mode_button.setToolTip(self.tr("A large view for both of you during the session"))
        self.mode_button.clicked.connect(self.session_mode_requested)
        self.export_button = QPushButton(self.tr("E&xport for partner…"))
        self.export_button.setToolTip(self.tr("Export this signed record as an encrypted file"))
        self.export_button.clicked.connect(self.export_requested)
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setProperty(WIPE_ITEMS, True)
        self.date = DateField(self.tr("Session date"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Duration"))
        self.session_type = QComboBox()
        self.session_type.setAccessibleName(self.tr("Type of session"))
        for key, label in SESSION_TYPES.items():
            self.session_type.addItem(self.tr(label), key)  # declared: i18n.declared_texts
        self.next_session = OptionalDate(self.tr("&Next session"), self.tr("Next session date"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mode_button)
        top.addWidget(self.export_button)
        fields = QHBoxLayout()
        for caption, widget in (
            ("&With", self.partner),
            ("&Date", self.date),
            ("D&uration", self.minutes),
            ("T&ype", self.session_type),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(widget)
            fields.addWidget(buddy)
            fields.addWidget(widget)
        fields.addSpacing(12)
        fields.addWidget(self.next_session)
        fields.addStretch(1)
        self.header = QVBoxLayout()
        self.header.addLayout(top)
        self.header.addLayout(fields)

    # -- loading and reading back ----------------------------------------------------------

    @property
    def record(self) -> SessionRecord | None:
        return self._record

    @property
    def read_only(self) -> bool:
        return self._record is None or self._record.is_locked or not self.editable

    def load(self, record: SessionRecord, context: SessionContext) -> None:
        self._autosave.stop()
        another = self._record is None or self._record.id != record.id
        self._loading = True
        try:
            self._record = record
            self.dirty = False
            self.editable = context.editable
            self.error.hide()
            self.banner.setText(context.banner)
            self.banner.setVisible(bool(context.banner))
            self._show_title(record)
            partners = [p for p in context.partners if p.active or p.id == record.partner_id]
            fill_combo(self.partner, [(f"{p.name} ({p.role_label})", p.id) for p in partners])
            select_data(self.partner, record.partner_id)
            self.date.set_value(record.session_date)
            self.minutes.setValue(record.minutes)
            select_data(self.session_type, record.session_type)
            self.next_session.set_value(record.next_session, record.session_date)
            self.form.load(
                record,
                today=context.today,
                reevaluation_due=context.reevaluation_due,
                reevaluation_interval=context.reevaluation_interval,
            )
            self.signoff.load(record, context.history, editable=context.editable)
            read_only = self.read_only
            self.form.set_read_only(read_only)
            for widget in (self.date, self.minutes, self.session_type):
                widget.setEnabled(not read_only)
            # Actions reviewed belong to this partner: a draft can move only before that.
            self.partner.setEnabled(not read_only and not record.action_reviews)
            self.next_session.set_read_only(read_only)
            self.export_button.setVisible(record.is_locked)
            self.export_button.setEnabled(self.editable)
            self.partner.setToolTip(
                ""
                if self.partner.isEnabled()
                else self.tr("The actions reviewed belong to this partner.")
            )
        finally:
            self._loading = False
        self.check_identifiers()
        if another:
            self._to_top()

    def _to_top(self) -> None:
        """Another record opens at its top, where the actions carried forward are.

        Focus left in a row of the last record's form would make the scroll area follow it
        to the bottom once the form is laid out, so it moves to the first field too.
        """
        focus = QApplication.focusWidget()
        if focus is not None and self.form.isAncestorOf(focus):
            self.form.agenda.setFocus(Qt.FocusReason.OtherFocusReason)
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(0)
        QTimer.singleShot(0, self, lambda: bar.setValue(0))  # after the new layout

    def _show_title(self, record: SessionRecord) -> None:
        self.title.setText(
            session_title(
                record.session_type,
                record.partner_name,
                record.session_date,
                QCoreApplication.translate,
            )
        )

    def current_record(self) -> SessionRecord | None:
        """The record as the fields show it now (not yet validated)."""
        if self._record is None:
            return None
        partner_id = self.partner.currentData()
        return replace(
            self.form.read(self._record),
            partner_id=int(partner_id) if partner_id is not None else self._record.partner_id,
            session_date=self.date.value(),
            minutes=self.minutes.value(),
            session_type=str(self.session_type.currentData()),
            next_session=self.next_session.value(),
        )

    def mark_saved(self, saved: SessionRecord, history: Sequence[HistoryEvent]) -> None:
        """After a save: keep the fields as typed, take the ids of new actions and the
        sign-off state (a change withdraws a signature given earlier)."""
        self._autosave.stop()
        self._record = saved
        self.dirty = False
        self.error.hide()
        self.form.take_action_ids(saved)
        self._show_title(saved)
        self.signoff.load(saved, history, editable=self.editable)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def set_reviews(self, reviews: Sequence[ActionReview], today: dt.date | None = None) -> None:
        """The open actions of the partner just chosen (a draft moved to another partner)."""
        self.form.reviews.load(reviews, today)
        self.form.reviews.set_read_only(self.read_only)
        self._edited()

    def show_reevaluation(self) -> None:
        """Open the re-evaluation section on request, even when it is not due."""
        if self.read_only:
            return
        self.form.show_reevaluation()
        self.scroll_area.ensureWidgetVisible(self.form.reevaluation_box)

    def clear(self) -> None:
        """Forget the record and clear every field (on lock)."""
        self._autosave.stop()
        self._scan_timer.stop()
        self._loading = True
        try:
            self._record = None
            self.dirty = False
            self.form.clear()
            self.partner.clear()
            for label in (self.title, self.banner, self.error):
                label.clear()
        finally:
            self._loading = False

    # -- edits -----------------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading or self.read_only:
            return
        self.dirty = True
        self._autosave.start()
        self._scan_timer.start()
        self.changed.emit()

    def _partner_edited(self, _index: int) -> None:
        if self._loading or self.read_only:
            return
        partner_id = self.partner.currentData()
        if partner_id is not None:
            self.partner_changed.emit(int(partner_id))
        self._edited()

    def check_identifiers(self) -> int:
        record = self.current_record()
        return self.form.show_findings(record, self.scan) if record is not None else 0
