"""Session mode: one large view for two people at one screen during supervision.

Agenda, sections and their prompts on the left; the notes for the chosen section on the
right; a session timer at the top. F11 or Esc leaves. Everything typed here goes into the
same record (the controller saves it, after a pause in typing and on leaving).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.supervision.markdown import discussion_label, session_title
from supervision_app.core.supervision.model import (
    DISCUSSION_REFS,
    REEVALUATION_REF,
    DiscussionNote,
    SessionRecord,
    Wellbeing,
)
from supervision_app.gui.common.timers import autosave_delay_ms, debounced
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.supervision.session_sections import ReviewsSection
from supervision_app.gui.supervision.session_timer import SessionTimer, format_elapsed
from supervision_app.gui.supervision.widgets import ERROR_STYLE, MUTED_STYLE, TextBox, prompts_text
from supervision_app.gui.theme import set_tone
from supervision_app.gui.writing.controller import zoom_actions
from supervision_app.gui.writing.zoom import Zoom

#: How much larger than the usual text session mode is.
FONT_SCALE = 1.5
TICK_MS = 250
REVIEWS = "reviews"
#: Sections that are not discussion items: key -> (title, explanation).
OTHER_SECTIONS = {
    "own_wellbeing": (
        QT_TRANSLATE_NOOP("SessionModeView", "Wellbeing: how you are"),
        QT_TRANSLATE_NOOP("SessionModeView", "The supervisee's own wellbeing."),
    ),
    "emotional_impact": (
        QT_TRANSLATE_NOOP("SessionModeView", "Wellbeing: impact of the work"),
        QT_TRANSLATE_NOOP("SessionModeView", "The emotional impact of the work on the supervisee."),
    ),
    "learning": (
        QT_TRANSLATE_NOOP("SessionModeView", "Learning"),
        QT_TRANSLATE_NOOP("SessionModeView", "What was learnt in this session."),
    ),
    "cpd": (
        QT_TRANSLATE_NOOP("SessionModeView", "CPD"),
        QT_TRANSLATE_NOOP(
            "SessionModeView", "Continuing professional development to record or plan."
        ),
    ),
}


class SessionModeView(QWidget):
    """A window of its own, shown full screen; ``leave_requested`` on F11 or Esc."""

    leave_requested = Signal()
    save_due = Signal()

    def __init__(
        self,
        library: FrameworkLibrary,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.setWindowTitle(self.tr("Session mode"))
        self.setAccessibleName(self.tr("Session mode"))
        base = QFont(self.font())
        base.setPointSizeF(base.pointSizeF() * FONT_SCALE)
        self.setFont(base)
        self._record: SessionRecord | None = None
        self._loading = False
        self.dirty = False
        self.read_only = False
        self.timer = SessionTimer(clock)

        self.title = self._label(1.25, bold=True)
        self.title.setAccessibleName(self.tr("Session"))
        self.clock_label = self._label(1.8, bold=True)
        self.clock_label.setAccessibleName(self.tr("Elapsed time"))
        self.start_button = QPushButton(self.tr("&Start timer"))
        self.reset_button = QPushButton(self.tr("&Reset timer"))
        self.use_button = QPushButton(self.tr("Use as &duration"))
        self.use_button.setToolTip(self.tr("Set the record's duration to the time on the timer"))
        self.leave_button = QPushButton(self.tr("&Leave (F11 or Esc)"))
        for button in (self.start_button, self.reset_button, self.use_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.leave_button.setAccessibleName(self.tr("Leave session mode"))
        self.leave_button.setToolTip(self.tr("Leave session mode: F11 or Esc"))
        self.start_button.clicked.connect(self.toggle_timer)
        self.reset_button.clicked.connect(self._reset_timer)
        self.use_button.clicked.connect(self.use_timer_as_duration)
        self.leave_button.clicked.connect(self.leave_requested)
        timer_box = QFrame()
        timer_box.setObjectName("timer")
        set_tone(timer_box, "panel")
        timer_row = QHBoxLayout(timer_box)
        timer_row.setContentsMargins(12, 4, 12, 4)
        for w in (self.clock_label, self.start_button, self.reset_button, self.use_button):
            if w is not self.clock_label:
                # A style sheet on the frame would otherwise give its buttons the usual size.
                w.setFont(QFont(self.font()))
            timer_row.addWidget(w)
        # Title and way out, then the timer: in one row they needed 952 px, more than some screens.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addSpacing(24)
        heading.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        timer_line = QHBoxLayout()
        timer_line.addWidget(timer_box)
        timer_line.addStretch(1)
        top = QVBoxLayout()
        top.addLayout(heading)
        top.addLayout(timer_line)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, ERROR_STYLE)
        self.error.hide()

        self.agenda = TextBox(
            self.tr("Agenda, one item per line"), self.tr("One agenda item per line"), 4, grow=False
        )
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections of the record"))
        self.prompts = self._label(1.0)
        set_tone(self.prompts, MUTED_STYLE)
        self.prompts.setAccessibleName(self.tr("Prompts"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        for text, widget, stretch in (
            ("&Agenda", self.agenda, 2),
            ("S&ections", self.sections, 3),
        ):
            label = self._label(1.0, bold=True, text=text)
            label.setBuddy(widget)
            left_layout.addWidget(label)
            left_layout.addWidget(widget, stretch)
        left_layout.addWidget(self._label(1.0, bold=True, text="Prompts"))
        left_layout.addWidget(self.prompts, 2, Qt.AlignmentFlag.AlignTop)

        self.section_title = self._label(1.2, bold=True)
        self.explanation = self._label(1.0)
        set_tone(self.explanation, MUTED_STYLE)
        self.pages = QStackedWidget()
        self.notes: dict[str, TextBox] = {}
        self.reviews = ReviewsSection()
        self._keys: list[str] = []
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.section_title)
        right_layout.addWidget(self.explanation)
        right_layout.addWidget(self.pages, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

        self._build_pages()
        self.sections.currentRowChanged.connect(self._show_section)
        self.agenda.textChanged.connect(self._edited)
        self.reviews.changed.connect(self._edited)
        for key in (QKeySequence(Qt.Key.Key_F11), QKeySequence(Qt.Key.Key_Escape)):
            shortcut = QShortcut(key, self)
            shortcut.setWhatsThis(self.tr("Leave session mode"))
            shortcut.activated.connect(self.leave_requested)
        # Two people read this screen: text grows and shrinks with the main window's keys.
        self.zoom = Zoom("session", self)
        self.addActions(zoom_actions(self, lambda: self.zoom))
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show_time)
        self._autosave = debounced(self, autosave_delay_ms(), self.save_due)
        self._show_time()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        width = max(self.width(), 800)
        self.split.setSizes([width * 2 // 5, width * 3 // 5])

    def _label(self, factor: float, *, bold: bool = False, text: str = "") -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _build_pages(self) -> None:
        self.pages.addWidget(self.reviews)
        for key in (*DISCUSSION_REFS, *OTHER_SECTIONS, REEVALUATION_REF):
            title = self._section_title(key)
            box = TextBox(
                self.tr("Notes: {title}").format(title=title), self.tr("Notes"), 6, grow=False
            )
            box.textChanged.connect(self._edited)
            self.notes[key] = box
            self.pages.addWidget(box)

    def _section_title(self, key: str) -> str:
        if key == REVIEWS:
            return self.tr("Actions from earlier sessions")
        if key == REEVALUATION_REF:
            return self.tr("Re-evaluating the relationship")
        if key in OTHER_SECTIONS:
            return self.tr(str(OTHER_SECTIONS[key][0]))
        return discussion_label(key, self.library)

    # -- the record ------------------------------------------------------------------------

    def load(self, record: SessionRecord, *, reevaluation_due: bool, read_only: bool) -> None:
        self._loading = True
        try:
            self._record, self.dirty, self.read_only = record, False, read_only
            self.title.setText(
                session_title(
                    record.session_type,
                    record.partner_name,
                    record.session_date,
                    QCoreApplication.translate,
                )
            )
            self.agenda.set_text("\n".join(record.agenda))
            self.reviews.load(record.action_reviews)
            notes = {n.ref: n.text for n in record.discussion}
            values = {
                **notes,
                "own_wellbeing": record.wellbeing.own_wellbeing,
                "emotional_impact": record.wellbeing.emotional_impact,
                "learning": record.learning,
                "cpd": record.cpd,
                REEVALUATION_REF: record.reevaluation_notes,
            }
            for key, box in self.notes.items():
                box.set_text(values.get(key, ""))
                box.setReadOnly(read_only)
                box.document().clearUndoRedoStacks()
            self.agenda.setReadOnly(read_only)
            self.reviews.set_read_only(read_only)
            self.use_button.setEnabled(not read_only)
            keys = [REVIEWS] if record.action_reviews else []
            keys += [*DISCUSSION_REFS, *OTHER_SECTIONS]
            if (reevaluation_due and not record.is_locked) or record.reevaluation:
                keys.append(REEVALUATION_REF)
            self._keys = keys
            self.sections.clear()
            for key in keys:
                self.sections.addItem(self._section_title(key))
        finally:
            self._loading = False
        self.sections.setCurrentRow(0)
        self._show_section(0)

    def read(self, record: SessionRecord) -> SessionRecord:
        """``record`` with what was typed here (everything else as it was)."""
        known = set(DISCUSSION_REFS)
        discussion = tuple(
            DiscussionNote(ref, self.notes[ref].text()) for ref in DISCUSSION_REFS
        ) + tuple(n for n in record.discussion if n.ref not in known)
        reevaluation_notes = self.notes[REEVALUATION_REF].text()
        return replace(
            record,
            agenda=tuple(self.agenda.text().splitlines()),
            action_reviews=self.reviews.reviews(),
            discussion=discussion,
            wellbeing=Wellbeing(
                self.notes["own_wellbeing"].text(), self.notes["emotional_impact"].text()
            ),
            learning=self.notes["learning"].text(),
            cpd=self.notes["cpd"].text(),
            reevaluation_notes=reevaluation_notes,
            reevaluation=record.reevaluation or bool(reevaluation_notes.strip()),
        )

    @property
    def record(self) -> SessionRecord | None:
        return self._record

    def mark_saved(self, saved: SessionRecord) -> None:
        self._record, self.dirty = saved, False
        self._autosave.stop()
        self.error.hide()

    def show_error(self, message: str) -> None:
        self.error.setText(self.tr("Not saved: {message}").format(message=message))
        self.error.show()

    def current_key(self) -> str | None:
        row = self.sections.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def show_section(self, key: str) -> None:
        if key in self._keys:
            self.sections.setCurrentRow(self._keys.index(key))

    def _show_section(self, row: int) -> None:
        key = self._keys[row] if 0 <= row < len(self._keys) else None
        if key is None:
            return
        self.section_title.setText(self._section_title(key))
        if key == REVIEWS:
            self.pages.setCurrentWidget(self.reviews)
            self.explanation.setText(self.tr("Mark each one done, carried forward or dropped."))
            self.prompts.setText("")
            return
        self.pages.setCurrentWidget(self.notes[key])
        if key in OTHER_SECTIONS:
            self.explanation.setText(self.tr(str(OTHER_SECTIONS[key][1])))
            self.prompts.setText("")
            return
        try:
            item = self.library.item(key)[1]
        except (KeyError, ValueError):
            self.explanation.setText("")
            self.prompts.setText("")
            return
        self.explanation.setText(item.explanation)
        self.prompts.setText(prompts_text(item.prompts))

    def _edited(self, *_: object) -> None:
        if self._loading or self._record is None or self.read_only:
            return
        self.dirty = True
        self._autosave.start()

    # -- the timer -------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        if self.timer.running:
            self.timer.pause()
            self._tick.stop()
        else:
            self.timer.start()
            self._tick.start()
        self.start_button.setText(
            self.tr("&Pause timer") if self.timer.running else self.tr("&Start timer")
        )
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self._show_time()

    def _reset_timer(self) -> None:
        self.timer.reset()
        self._tick.stop()
        self.start_button.setText(self.tr("&Start timer"))
        self._show_time()

    def _show_time(self) -> None:
        self.clock_label.setText(format_elapsed(self.timer.elapsed()))

    def use_timer_as_duration(self) -> None:
        """Round the elapsed time up to whole minutes and keep it as the record's duration."""
        if self._record is None or self.read_only:
            return
        minutes = min(1440, max(1, -(-int(self.timer.elapsed()) // 60)))
        self._record = replace(self._record, minutes=minutes)
        self.dirty = True
        self.save_due.emit()

    def clear(self) -> None:
        """Forget the record and every piece of text (on leaving and on lock)."""
        self._tick.stop()
        self._autosave.stop()
        self.timer.reset()
        self._loading = True
        try:
            self._record, self.dirty = None, False
            self.reviews.clear()
            self.sections.clear()
            self._keys = []
            wipe(self, labels=False)
            for label in (
                self.title,
                self.section_title,
                self.explanation,
                self.prompts,
                self.error,
            ):
                label.clear()
        finally:
            self._loading = False
        self._show_time()
