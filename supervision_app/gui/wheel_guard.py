"""The mouse wheel never changes a field that the user has not clicked or tabbed into.

Qt's combo boxes, date, time and number fields and sliders take the wheel (and focus from
it) as the pointer passes over them, so scrolling a long record changed an action's status,
a practice date or a CPD activity type without anyone noticing, and autosave kept it. One
application-wide event filter fixes it for every such widget, present and future:

- when a widget is polished it gets ``Qt.StrongFocus`` (click or Tab), so the wheel no
  longer gives it focus;
- a wheel event over such a widget without keyboard focus goes to the nearest scroll area
  instead, so the page scrolls as the user expects, and the field stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)


def is_guarded(widget: QObject) -> bool:
    """A field whose value the wheel would change (scroll bars only scroll)."""
    if isinstance(widget, QScrollBar):
        return False
    return isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractSlider)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Installed on the QApplication by :func:`install_wheel_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # It sees every event of the app: the receiver's class and the event's are checked
        # before its type (asking for the type builds a Python enum; the events of a worker's
        # signals are plain QEvents too). Polish events are plain QEvents, wheels QWheelEvents.
        if not is_guarded(watched):
            return False
        if not isinstance(event, QWheelEvent) and type(event) is not QEvent:
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish:
            widget = watched
            assert isinstance(widget, QWidget)
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        widget = watched
        assert isinstance(widget, QWidget) and isinstance(event, QWheelEvent)
        if widget.hasFocus():
            return False
        area = _scroll_area_of(widget)
        if area is not None:
            viewport = area.viewport()
            local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            forwarded = QWheelEvent(
                local,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
            )
            QApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True


def install_wheel_guard(owner: QObject) -> WheelGuard:
    """Install a guard on the running QApplication for as long as ``owner`` lives.

    The main window installs it once it is built (as it does its other application-wide
    filters): while a filter written in Python is on the application, each of the thousands
    of events that building the window sends costs about 10 µs more, so the window took
    twice as long to build. Widgets polished before the guard existed get the focus policy
    now; a second window's guard is harmless (the first to see a wheel event takes it).
    """
    guard = WheelGuard(owner)
    app = QApplication.instance()
    if app is None:
        return guard
    # Before installing, so that the focus changes pass no filter; found by Qt (findChildren)
    # rather than by wrapping every widget of the app in Python (allWidgets).
    for top in QApplication.topLevelWidgets():
        for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
            for widget in [top, *top.findChildren(kind)]:
                if is_guarded(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    app.installEventFilter(guard)
    return guard
