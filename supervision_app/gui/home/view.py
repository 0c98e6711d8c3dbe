"""The home view shown after unlocking: what to reflect on today and what is due.

It only shows :class:`HomeFigures` (counted in SQL by ``storage/home.py``); the buttons
emit signals the window's home controller connects, so the view knows nothing of the window.
Every control is reachable with Tab and has an accessible name.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.home import HomeFigures
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.home.glance import GlancePanel
from supervision_app.gui.theme import set_tone


def _label(text: str = "", *, tone: str | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if tone:
        set_tone(label, tone)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class RecentList(QListWidget):
    """Recent entries; Enter or a double-click opens one."""

    open_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.open_requested.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class HomeView(QScrollArea):
    new_reflection = Signal()
    guided_reflection = Signal()
    new_session = Signal()
    write_prompt = Signal(str, str)  # (framework item ref, question)
    show_actions = Signal()
    show_cpd_year = Signal()
    show_journal = Signal()
    open_entry = Signal(int)
    show_dashboard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Home"))
        body = QWidget()
        self.setWidget(body)
        self.title = _label(bold=True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.subtitle = _label(tone="muted")

        self.new_button = self._button(self.tr("New &reflection"), self.new_reflection)
        self.guided_button = self._button(self.tr("&Guided reflection…"), self.guided_reflection)
        self.session_button = self._button(self.tr("New supervision sessi&on…"), self.new_session)
        self.journal_button = self._button(self.tr("All e&ntries"), self.show_journal)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.guided_button, self.session_button, self.journal_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.prompt_item = _label(bold=True)
        self.prompt_question = _label()
        self.prompt_last = _label(tone="muted")
        self.prompt_source = _label(tone="muted")
        self.prompt_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt_button = QPushButton(self.tr("&Write about this"))
        self.prompt_button.setAccessibleName(self.tr("Write about today's prompt"))
        self.prompt_button.clicked.connect(self._write_prompt)
        self._prompt: tuple[str, str] | None = None
        prompt_box = self._box(
            self.tr("A prompt for today"),
            self.prompt_item,
            self.prompt_question,
            self.prompt_last,
            self.prompt_source,
            self.prompt_button,
        )

        self.next_session = _label()
        self.actions_summary = _label()
        self.actions_list = _label()
        self.actions_button = QPushButton(self.tr("Open &actions"))
        self.actions_button.clicked.connect(self.show_actions)
        supervision_box = self._box(
            self.tr("Supervision"),
            self.next_session,
            self.actions_summary,
            self.actions_list,
            self.actions_button,
        )

        self.cpd_summary = _label()
        self.cpd_deadline = _label(tone="muted")
        self.cpd_button = QPushButton(self.tr("CPD &year"))
        self.cpd_button.clicked.connect(self.show_cpd_year)
        cpd_box = self._box(
            self.tr("CPD this registration year"),
            self.cpd_summary,
            self.cpd_deadline,
            self.cpd_button,
        )

        self.recent = RecentList()
        self.recent.setAccessibleName(self.tr("Recent entries"))
        self.recent.open_requested.connect(self.open_entry)
        self.recent.setMaximumHeight(160)
        self.recent_empty = _label(
            self.tr("No entries yet: start with a new reflection."), tone="muted"
        )
        recent_box = self._box(self.tr("Recent entries"), self.recent, self.recent_empty)

        #: Filled after the rest of home has painted (see HomeController.show_home).
        self.glance = GlancePanel()
        self.glance.show_dashboard.connect(self.show_dashboard)

        grid = QGridLayout()
        grid.addWidget(prompt_box, 0, 0)
        grid.addWidget(supervision_box, 0, 1)
        grid.addWidget(cpd_box, 1, 0)
        grid.addWidget(recent_box, 1, 1)
        grid.addWidget(self.glance, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _c=False: signal.emit())
        return button

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for w in widgets:
            if isinstance(w, QPushButton):
                layout.addWidget(w, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                layout.addWidget(w)
        layout.addStretch(1)
        return box

    def forget(self) -> None:
        self._prompt = None
        self.glance.forget()

    def _write_prompt(self) -> None:
        if self._prompt is not None:
            self.write_prompt.emit(*self._prompt)

    def show_figures(self, f: HomeFigures) -> None:
        self.title.setText(
            self.tr("Today, {day}").format(day=shown_date(f.today, long=True, weekday=True))
        )
        self.subtitle.setText(
            self.tr("{count} entry(s) in your journal", "", f.entries).format(
                count=f"{f.entries:,}"
            )
        )
        p = f.prompt
        self._prompt = (p.item.ref, p.question) if p else None
        self.prompt_button.setVisible(p is not None)
        self.prompt_last.setVisible(p is not None)
        self.prompt_source.setVisible(p is not None)
        if p is None:
            self.prompt_item.setText(self.tr("You have reflected on every item lately."))
            self.prompt_question.setText(self.tr("Try a guided reflection on anything new."))
        else:
            self.prompt_item.setText(p.item.label)
            self.prompt_question.setText(p.question)
            self.prompt_last.setText(
                self.tr("Not reflected on yet.")
                if p.last is None
                else self.tr("Last reflected on {day}.").format(
                    day=shown_date(p.last, weekday=True)
                )
            )
            self.prompt_source.setText(self.tr("Source: {source}").format(source=p.source_text))
        self._show_supervision(f)
        self.cpd_summary.setText(f.cpd.summary(QCoreApplication.translate))
        self.cpd_deadline.setText(
            self.tr("{n} days left in the year ending {day}.").format(
                n=f.cpd.days_left, day=shown_date(f.cpd.year.end, weekday=True)
            )
        )
        self.recent.clear()
        for s in f.recent:
            item = QListWidgetItem(
                f"{shown_date(s.practice_date, weekday=True)} · {s.title or self.tr('Untitled')}"
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.setVisible(bool(f.recent))
        self.recent_empty.setVisible(not f.recent)

    def _show_supervision(self, f: HomeFigures) -> None:
        if f.next_session is not None:
            self.next_session.setText(
                self.tr("Next supervision: {day}.").format(
                    day=shown_date(f.next_session, weekday=True)
                )
            )
        elif f.last_session is not None:
            self.next_session.setText(
                self.tr("No next session agreed. Last session: {day}.").format(
                    day=shown_date(f.last_session, weekday=True)
                )
            )
        else:
            self.next_session.setText(self.tr("No supervision sessions recorded yet."))
        if f.open_actions == 0:
            self.actions_summary.setText(self.tr("No open actions."))
        else:
            self.actions_summary.setText(
                self.tr("{n} open actions, {late} overdue.").format(
                    n=f.open_actions, late=f.overdue_actions
                )
            )
        lines = []
        for a in f.first_actions:
            due = shown_date(a.due, weekday=True) if a.due else self.tr("no due date")
            mark = self.tr(" (overdue)") if a.overdue else ""
            lines.append(f"• {a.text} — {a.partner}, {due}{mark}")
        self.actions_list.setText("\n".join(lines))
        self.actions_list.setVisible(bool(lines))

    def today(self) -> dt.date:
        return dt.date.today()
