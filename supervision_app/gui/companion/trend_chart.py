"""The wellbeing trend: emotional impact and energy over time, drawn with QPainter.

The chart is for sighted users; the same numbers are in the table beside it (screen
readers read that), so the chart itself is not focusable. The two lines differ by dash
and marker shape as well as colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from supervision_app.core.companion.wellbeing import CheckIn
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.theme import tone_colour


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkins: list[CheckIn] = []
        self.setAccessibleName(self.tr("Wellbeing trend chart (the table holds the same data)"))
        self.setMinimumSize(420, 220)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 260)

    def set_checkins(self, checkins: Sequence[CheckIn]) -> None:
        self.checkins = list(checkins)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        left, right, top, bottom = fm.horizontalAdvance("5 ") + 8, 12, 28, fm.height() + 10
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        text_pen = QPen(self.palette().text().color())
        grid_pen = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        for level in range(1, 6):
            y = plot.bottom() - (level - 1) / 4 * plot.height()
            p.setPen(grid_pen)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_pen)
            p.drawText(QPointF(4, y + fm.ascent() / 2 - 1), str(level))
        self._legend(p, text_pen)
        if not self.checkins:
            p.setPen(text_pen)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins yet"))
            return
        start = self.checkins[0].checked_at
        span = max((self.checkins[-1].checked_at - start).total_seconds(), 1.0)

        def point(i: int, value: int) -> QPointF:
            c = self.checkins[i]
            frac = (c.checked_at - start).total_seconds() / span if len(self.checkins) > 1 else 0.5
            return QPointF(
                plot.left() + frac * plot.width(), plot.bottom() - (value - 1) / 4 * plot.height()
            )

        for attr, colour, style, square in (
            ("impact", QColor(tone_colour("chart_impact")), Qt.PenStyle.SolidLine, False),
            ("energy", QColor(tone_colour("chart_energy")), Qt.PenStyle.DashLine, True),
        ):
            points = [point(i, getattr(c, attr)) for i, c in enumerate(self.checkins)]
            p.setPen(QPen(colour, 2, style))
            for a, b in zip(points, points[1:], strict=False):
                p.drawLine(a, b)
            p.setPen(QPen(colour, 2))
            p.setBrush(colour)
            for pt in points:
                if square:
                    p.drawRect(QRectF(pt.x() - 3.5, pt.y() - 3.5, 7, 7))
                else:
                    p.drawEllipse(pt, 4, 4)
        p.setPen(text_pen)
        first = self.checkins[0].checked_at.astimezone()
        last = self.checkins[-1].checked_at.astimezone()
        y = self.height() - 4
        p.drawText(QPointF(plot.left(), y), shown_date(first))
        end = shown_date(last)
        p.drawText(QPointF(plot.right() - fm.horizontalAdvance(end), y), end)

    def _legend(self, p: QPainter, text_pen: QPen) -> None:
        fm = p.fontMetrics()
        x, y = 8.0, fm.height()
        impact, energy = QColor(tone_colour("chart_impact")), QColor(tone_colour("chart_energy"))
        for label, colour, style in (
            (self.tr("Emotional impact (solid, circles)"), impact, Qt.PenStyle.SolidLine),
            (self.tr("Energy (dashed, squares)"), energy, Qt.PenStyle.DashLine),
        ):
            p.setPen(QPen(colour, 2, style))
            p.drawLine(QPointF(x, y - fm.ascent() / 3), QPointF(x + 24, y - fm.ascent() / 3))
            p.setPen(text_pen)
            p.drawText(QPointF(x + 30, y), label)
            x += 30 + fm.horizontalAdvance(label) + 24
