"""Locks the journal after a quiet spell, outside any widget (as KeePassXC does).

A repeating tick compares clocks rather than trusting a single-shot timer: a suspended
laptop does not run timers (and ``time.monotonic`` stops counting on Linux while asleep),
so the wall clock is checked too and the journal locks on wake. The timer re-arms on every
``start()``, whatever happened before.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication

DEFAULT_IDLE_MINUTES = 5
#: How often the clocks are compared (at most; shorter for a very short delay).
TICK_MS = 5_000

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}

Clock = Callable[[], float]


class InactivityTimer(QObject):
    inactive = Signal()

    def __init__(
        self,
        minutes: float = DEFAULT_IDLE_MINUTES,
        parent: QObject | None = None,
        *,
        monotonic: Clock = time.monotonic,
        wall: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self._monotonic, self._wall = monotonic, wall
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._watching = False
        self._since = (0.0, 0.0)
        self.set_minutes(minutes)

    @property
    def minutes(self) -> float:
        return self._seconds / 60

    def set_minutes(self, minutes: float) -> None:
        """A new delay, counted from now if the timer is running (Preferences apply live)."""
        self._seconds = max(float(minutes), 0.01) * 60
        self._timer.setInterval(max(50, min(TICK_MS, int(self._seconds * 1000 / 4))))
        if self._timer.isActive():
            self.touch()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
            self._watching = False
        self._timer.stop()

    def touch(self) -> None:
        """The user did something: count the quiet spell from now."""
        self._since = (self._monotonic(), self._wall())

    def idle_seconds(self) -> float:
        """The longest of the two clocks' views (a clock set back cannot delay the lock)."""
        return max(self._monotonic() - self._since[0], self._wall() - self._since[1])

    def check(self) -> None:
        if self._timer.isActive() and self.idle_seconds() >= self._seconds:
            self.stop()
            self.inactive.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Every event of the app passes here: the cheap class check first (asking for the
        # type builds a Python enum); key, mouse and wheel events are all QInputEvents.
        if not isinstance(event, QInputEvent) or not self._timer.isActive():
            return False
        if event.type() in _ACTIVITY:
            self.touch()
        return False
