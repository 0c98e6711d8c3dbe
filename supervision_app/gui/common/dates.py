"""The one date field of the app: type a date as you would write it, or pick it from a calendar.

Qt's ``QDateEdit`` edits a date section by section: typing "5 Nov 2026" over a selected date
gave 3 Nov 2026, and Tab walked day → month → year before leaving the field. Here the date is
a line of text, read by ``core.dates.parse_uk_date`` when the user leaves the field or presses
Enter, and shown back as "Thu 5 Nov 2026" so a misread day or month is seen at once. Month
names are read in English and in the user's language (:func:`month_names`), and shown in the
window's language. Tab
leaves in one press; the calendar button is reached with Alt+Down or F4 instead of Tab.

The API follows ``QDateEdit`` where the rest of the app uses it (``date()``, ``setDate()``,
``dateChanged``), plus ``value()`` / ``set_value()`` in ``datetime.date``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from supervision_app.core.dates import parse_uk_date
from supervision_app.core.i18n import date_text, month_name
from supervision_app.gui.theme import set_tone

__all__ = ["DateField", "from_qdate", "take_typed_dates", "to_qdate"]

INVALID_STYLE = "invalid"  # a tone: see gui/theme.py


def shown_date(
    day: dt.date, *, long: bool = False, weekday: bool = False, year: bool = True
) -> str:
    """A date as the window shows it, in its language: "3 Mar 2026" (see
    :func:`~supervision_app.core.i18n.date_text` for the options)."""
    return date_text(day, QCoreApplication.translate, long=long, weekday=weekday, year=year)


def month_names() -> dict[str, int]:
    """Month names a user may type besides the English ones (lower case, without a full
    stop): the window's language's (its "Months" texts) and the system language's, from
    ``QLocale`` (long and short, in a date and standing alone: "novembre", "nov", "листопада").
    """
    locale = QLocale()
    translate = QCoreApplication.translate
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    names: dict[str, int] = {}
    for month in range(1, 13):
        forms = [month_name(month, translate), month_name(month, translate, short=True)]
        for kind in (long, short):
            forms += [locale.monthName(month, kind), locale.standaloneMonthName(month, kind)]
        for form in forms:
            key = form.strip().lower().replace(".", "")
            if key.isalpha():  # one word: "5 de noviembre" is not read
                names.setdefault(key, month)
    return names


def read_typed(text: str, today: dt.date) -> dt.date | None:
    """A date typed in a field: English, numeric or ISO, or with the user's month names."""
    return parse_uk_date(text, today, month_names())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def take_typed_dates(root: QWidget) -> None:
    """Before a save: every date typed under ``root`` but not yet entered is taken, so
    the widgets' change signals mark their forms as edited and nothing typed is lost."""
    for field in root.findChildren(DateField):
        field.take_typed()


def _shown(day: dt.date) -> str:
    """ "Thu 5 Nov 2026" (core.dates.display_date) in the window's language."""
    return shown_date(day, weekday=True)


def _as_date(value: QDate | dt.date) -> dt.date:
    return from_qdate(value) if isinstance(value, QDate) else value


class DateField(QWidget):
    """A typed date with a calendar button. ``dateChanged`` fires once per real change."""

    dateChanged = Signal(QDate)  # noqa: N815 (the QDateEdit name the app connects to)

    def __init__(
        self,
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._value = today()
        self.line = QLineEdit()
        super().setAccessibleName(accessible_name)
        self.line.setAccessibleName(accessible_name)
        self.line.setToolTip(
            self.tr(
                "Type a date: 5/11/2026, 5 Nov 2026, 2026-11-05, today or yesterday."
                " Up and Down change it by a day; Alt+Down opens a calendar."
            )
        )
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(
            self.tr("Choose {what} from a calendar").format(what=accessible_name.lower())
        )
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        # Tab leaves the field in one press; the calendar has its own keys.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        width = self.line.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 24
        self.line.setMinimumWidth(width)
        self.line.editingFinished.connect(self.commit)
        self.line.installEventFilter(self)
        self._calendar: QCalendarWidget | None = None
        self._show()

    # -- the QDateEdit-like API ------------------------------------------------------------

    def date(self) -> QDate:
        return to_qdate(self.value())

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802
        self.set_value(_as_date(value))

    def value(self) -> dt.date:
        """The date; one typed but not yet entered counts (a save or lock must not lose it)."""
        self.take_typed()
        return self._value

    def take_typed(self) -> None:
        """Adopt a date typed but not yet entered (no Enter or Tab yet), if it is one."""
        if self.line.isReadOnly() or self.line.text() == _shown(self._value):
            return
        parsed = read_typed(self.line.text(), self._today())
        if parsed is not None and parsed != self._value:
            # The text stays as typed (the user may still be typing); Enter or Tab shows it.
            self._value = parsed
            self.dateChanged.emit(to_qdate(parsed))

    def set_value(self, value: dt.date) -> None:
        """Show ``value``; emits ``dateChanged`` only when the date is a different one."""
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.dateChanged.emit(to_qdate(value))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:  # noqa: N802
        self.line.setToolTip(text)

    def text(self) -> str:
        return self.line.text()

    @property
    def valid(self) -> bool:
        """False while the text typed is not a date (the value is then the last good one)."""
        return read_typed(self.line.text(), self._today()) == self._value

    # -- typing ----------------------------------------------------------------------------

    def commit(self) -> bool:
        """Read what was typed; a non-date keeps the last date and says so in one sentence."""
        if self.line.isReadOnly():
            return True
        text = self.line.text()
        parsed = read_typed(text, self._today())
        if parsed is None:
            set_tone(self.line, INVALID_STYLE)
            message = self.tr(
                "“{text}” is not a date: type it as 5/11/2026, 5 Nov 2026 or today."
                " The date stays {date} until then."
            ).format(text=text.strip(), date=_shown(self._value))
            self.line.setAccessibleDescription(message)
            if self.line.isVisible():
                QToolTip.showText(
                    self.line.mapToGlobal(QPoint(0, self.line.height())), message, self.line
                )
            return False
        self.set_value(parsed)
        return True

    def _show(self) -> None:
        self.line.setText(_shown(self._value))
        set_tone(self.line, None)
        self.line.setAccessibleDescription("")
        self.line.setCursorPosition(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line:
            if event.type() == QEvent.Type.FocusIn:
                self.line.selectAll()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.show_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.line.isReadOnly():
            self.commit()  # a non-date typed: step from the last good date
            step = 1 if key == Qt.Key.Key_Up else -1
            self.set_value(self._value + dt.timedelta(days=step))
            self.line.selectAll()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.line.isReadOnly():
            # Not a date: Enter stays here (in a dialog it would press OK with the old date).
            return not self.commit()
        if key == Qt.Key.Key_Escape and not self.valid:
            self._show()  # back to the last good date
            self.line.selectAll()
            return True
        return False

    # -- the calendar ----------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.line.isReadOnly() or not self.isEnabled():
            return
        self.commit()
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(self.tr("Calendar"))
            self._calendar.setGridVisible(True)
            self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            # Queued: the calendar must not be hidden inside its own key or mouse event.
            queued = Qt.ConnectionType.QueuedConnection
            self._calendar.activated.connect(self._picked, queued)
            self._calendar.clicked.connect(self._picked, queued)
        self._calendar.setSelectedDate(self.date())
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    @property
    def calendar(self) -> QCalendarWidget | None:
        return self._calendar

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.set_value(from_qdate(day))
        self.window().activateWindow()
        self.line.setFocus()
