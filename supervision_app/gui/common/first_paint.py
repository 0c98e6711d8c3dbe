"""Run something once a widget has painted: work that must not hold up what the user sees.

``QTimer.singleShot(0, work)`` after ``show()`` is not enough: on X11 a window paints only
when the server's expose event arrives, which comes after a zero timer has fired, so the
work ran first and the window stayed blank for as long as the work took (the unlock dialog
was blank for the whole build of the main window, about a second).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: How long to wait for a paint that may never come (a hidden or minimised window, a
#: locked screen) before running the work anyway.
FALLBACK_MS = 500


class _AfterPaint(QObject):
    def __init__(
        self, widget: QWidget, work: Callable[[], object], fallback_ms: int, owner: QObject
    ) -> None:
        super().__init__(owner)
        self._widget: QWidget | None = widget
        self._work: Callable[[], object] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._stop_watching()
            # The next turn of the event loop: after the painted pixels reach the screen.
            QTimer.singleShot(0, self, self._run)
        return False

    def _stop_watching(self) -> None:
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return  # already run (the paint, then the fallback)
        self._stop_watching()
        self.deleteLater()
        work()


def after_first_paint(
    widget: QWidget,
    work: Callable[[], object],
    fallback_ms: int | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``work`` once, on the turn of the event loop after ``widget``'s next paint, or
    after ``fallback_ms`` (by default :data:`FALLBACK_MS`, read now) if it does not paint by
    then. Nothing runs if ``owner`` (by default ``widget``) is deleted first."""
    wait = FALLBACK_MS if fallback_ms is None else fallback_ms
    _AfterPaint(widget, work, wait, owner if owner is not None else widget)
