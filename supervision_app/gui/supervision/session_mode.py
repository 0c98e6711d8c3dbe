"""Session mode: one large view for two people at one screen during supervision.

Agenda, sections and their prompts on the left; the notes for the chosen section on the
right (:mod:`.session_mode_pages`); a session timer at the top. F11 or Esc leaves.
Everything typed here goes into the same record (the controller saves it, after a pause in
typing and on leaving).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.supervision.markdown import session_title
from supervision_app.core.supervision.model import SessionRecord
from supervision_app.gui.common.timers import autosave_delay_ms, debounced
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.supervision.session_mode_pages import SessionModePages
from supervision_app.gui.supervision.session_timer import SessionTimer, format_elapsed
from supervision_app.gui.supervision.widgets import (
    ERROR_STYLE,
    MUTED_STYLE,
    TextBox,
    scaled_label,
)
from supervision_app.gui.theme import set_tone
from supervision_app.gui.writing.controller import zoom_actions
from supervision_app.gui.writing.zoom import Zoom

#: How much larger than the usual text session mode is.
FONT_SCALE = 1.5
TICK_MS = 250


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

        self.title = scaled_label(self, 1.25, bold=True)
        self.title.setAccessibleName(self.tr("Session"))
        self.clock_label = scaled_label(self, 1.8, bold=True)
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
        self.prompts = scaled_label(self, 1.0)
        set_tone(self.prompts, MUTED_STYLE)
        self.prompts.setAccessibleName(self.tr("Prompts"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        for text, widget, stretch in (
            (self.tr("&Agenda"), self.agenda, 2),
            (self.tr("S&ections"), self.sections, 3),
        ):
            label = scaled_label(self, 1.0, bold=True, text=text)
            label.setBuddy(widget)
            left_layout.addWidget(label)
            left_layout.addWidget(widget, stretch)
        left_layout.addWidget(scaled_label(self, 1.0, bold=True, text=self.tr("Prompts")))
        left_layout.addWidget(self.prompts, 2, Qt.AlignmentFlag.AlignTop)

        self.section_pages = SessionModePages(library, font_of=self)
        self._keys: list[str] = []
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.section_pages)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

        self.sections.currentRowChanged.connect(self._show_section)
        self.agenda.textChanged.connect(self._edited)
        self.section_pages.changed.connect(self._edited)
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
            self.section_pages.load(record, read_only=read_only)
            self.agenda.setReadOnly(read_only)
            self.use_button.setEnabled(not read_only)
            self._keys = self.section_pages.sections(record, reevaluation_due=reevaluation_due)
            self.sections.clear()
            for key in self._keys:
                self.sections.addItem(self.section_pages.section_title(key))
        finally:
            self._loading = False
        self.sections.setCurrentRow(0)
        self._show_section(0)

    def read(self, record: SessionRecord) -> SessionRecord:
        """``record`` with what was typed here (everything else as it was)."""
        return replace(
            self.section_pages.read(record), agenda=tuple(self.agenda.text().splitlines())
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
        if key is not None:
            self.prompts.setText(self.section_pages.show_section(key))

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
            self.section_pages.clear()
            self.sections.clear()
            self._keys = []
            wipe(self, labels=False)
            for label in (self.title, self.prompts, self.error):
                label.clear()
        finally:
            self._loading = False
        self._show_time()
