"""Zoom for reading and writing: text grows or shrinks by steps, remembered per view.

A zoom step changes the font of the view and of every child with a font of its own (a
heading label in session mode), each from the size it had before the first zoom, so steps
never compound rounding. The step per view is a display preference, not vault content, so
it is kept in QSettings under ``zoom/<view>``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

STEP = 0.1  # each step is 10 % of the base size
MIN_STEP, MAX_STEP = -5, 15
_BASE = "zoom_base_point_size"


def _scale(widget: QWidget, factor: float) -> None:
    base = widget.property(_BASE)
    if base is None:
        base = widget.font().pointSizeF()
        widget.setProperty(_BASE, base)
    font = QFont(widget.font())
    font.setPointSizeF(max(4.0, float(base) * factor))
    widget.setFont(font)


class Zoom:
    """The zoom of one view (``editor``, ``preview`` or ``session``)."""

    def __init__(self, name: str, *widgets: QWidget) -> None:
        self.name = name
        self.widgets = list(widgets)
        value = QSettings().value(f"zoom/{name}", 0)
        try:
            self.step = max(MIN_STEP, min(MAX_STEP, int(value)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            self.step = 0
        if self.step:
            self.apply()

    @property
    def factor(self) -> float:
        return 1.0 + STEP * self.step

    def apply(self) -> None:
        factor = self.factor
        for top in self.widgets:
            _scale(top, factor)
            for child in top.findChildren(QWidget):
                if child.property(_BASE) is not None or child.testAttribute(
                    Qt.WidgetAttribute.WA_SetFont
                ):
                    _scale(child, factor)

    def rebase(self) -> None:
        """Take the widgets' current fonts as the normal size (a new writing font was set)
        and apply the zoom step on them."""
        for top in self.widgets:
            for widget in [top, *top.findChildren(QWidget)]:
                if widget.property(_BASE) is not None:
                    widget.setProperty(_BASE, None)
        self.apply()

    def change(self, delta: int | None) -> None:
        """``delta`` steps bigger (or smaller); None goes back to the normal size."""
        step = 0 if delta is None else self.step + delta
        self.step = max(MIN_STEP, min(MAX_STEP, step))
        self.apply()
        QSettings().setValue(f"zoom/{self.name}", self.step)
