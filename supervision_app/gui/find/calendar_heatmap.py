"""A year on one screen: twelve rows of months, one square per day, darker for more entries.

Keyboard: arrows move the chosen day (left/right a day, up/down a month), Enter lists the
day's entries, Ctrl+Enter the month's. The mouse: click a day, or a month's name.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from supervision_app.core.i18n import month_name
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.find.chart_paint import INK, MUTED, heat_colour


class YearGrid:
    """Geometry of the grid for a given size; shared by painting and hit-testing."""

    def __init__(self, width: float, height: float, label_w: float, head_h: float) -> None:
        self.label_w = label_w
        self.head_h = head_h
        self.cell = max(6.0, min((width - label_w - 4) / 31, (height - head_h - 4) / 12))

    def day_rect(self, month: int, day: int) -> QRectF:
        return QRectF(
            self.label_w + (day - 1) * self.cell + 1,
            self.head_h + (month - 1) * self.cell + 1,
            self.cell - 2,
            self.cell - 2,
        )

    def month_rect(self, month: int) -> QRectF:
        return QRectF(0, self.head_h + (month - 1) * self.cell, self.label_w - 4, self.cell)

    def hit(self, point: QPointF) -> tuple[int, int | None] | None:
        """(month, day) under ``point``; day None on a month's name."""
        row = int((point.y() - self.head_h) // self.cell) + 1
        if not 1 <= row <= 12:
            return None
        if point.x() < self.label_w:
            return row, None
        col = int((point.x() - self.label_w) // self.cell) + 1
        return (row, col) if 1 <= col <= 31 else None


def paint_year(
    painter: QPainter,
    width: float,
    height: float,
    year: int,
    counts: dict[dt.date, int],
    font_metrics: QFontMetricsF,
    chosen: dt.date | None = None,
) -> YearGrid:
    fm = font_metrics
    grid = YearGrid(width, height, fm.horizontalAdvance("Sept (000)") + 10, fm.height() * 1.3)
    top = max(counts.values(), default=1)
    painter.setPen(MUTED)
    for day in (1, 5, 10, 15, 20, 25, 31):
        rect = grid.day_rect(1, day)
        painter.drawText(
            QRectF(rect.left() - 10, 0, rect.width() + 20, grid.head_h),
            Qt.AlignmentFlag.AlignCenter,
            str(day),
        )
    for month in range(1, 13):
        total = sum(n for d, n in counts.items() if d.month == month)
        short = month_name(month, QCoreApplication.translate, short=True)
        painter.setPen(INK)
        painter.drawText(
            grid.month_rect(month),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{short} ({total})" if total else short,
        )
        for day in range(1, calendar.monthrange(year, month)[1] + 1):
            date = dt.date(year, month, day)
            rect = grid.day_rect(month, day)
            painter.fillRect(rect, heat_colour(counts.get(date, 0), top))
            if date.weekday() >= 5:
                painter.fillRect(
                    QRectF(rect.left(), rect.bottom() - 2, rect.width(), 2), QColor("#bbbbbb")
                )
            if date == chosen:
                painter.setPen(QPen(QColor("#d0021b"), 2))
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
    return grid


class CalendarHeatmap(QWidget):
    day_chosen = Signal(object)  # dt.date
    month_chosen = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = dt.date.today().year
        self.counts: dict[dt.date, int] = {}
        self.chosen = dt.date(self.year, 1, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(560, 300)
        self.setAccessibleName(self.tr("Calendar of entries"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 420)

    def set_year(
        self, year: int, counts: dict[dt.date, int], chosen: dt.date | None = None
    ) -> None:
        self.year, self.counts = year, counts
        self.chosen = chosen if chosen and chosen.year == year else dt.date(year, 1, 1)
        self._describe()
        self.update()

    def _describe(self) -> None:
        n = self.counts.get(self.chosen, 0)
        text = self.tr("{day}: {n} entries. Enter lists them; Ctrl+Enter lists the month.").format(
            day=shown_date(self.chosen, long=True), n=n
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def _grid(self) -> YearGrid:
        fm = QFontMetricsF(self.font())
        return YearGrid(
            self.width(), self.height(), fm.horizontalAdvance("Sept (000)") + 10, fm.height() * 1.3
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            paint_year(
                painter,
                self.width(),
                self.height(),
                self.year,
                self.counts,
                QFontMetricsF(self.font()),
                self.chosen if self.hasFocus() else None,
            )
        finally:
            painter.end()

    def image(self, width: int = 1000, height: int = 420) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            paint_year(painter, width, height, self.year, self.counts, QFontMetricsF(self.font()))
        finally:
            painter.end()
        return image

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self._grid().hit(event.position())
        if hit is None:
            return
        month, day = hit
        if day is None:
            self.month_chosen.emit(self.year, month)
            return
        if day <= calendar.monthrange(self.year, month)[1]:
            self.chosen = dt.date(self.year, month, day)
            self._describe()
            self.update()
            self.day_chosen.emit(self.chosen)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self._grid().hit(event.position())
        if hit and hit[1] and hit[1] <= calendar.monthrange(self.year, hit[0])[1]:
            day = dt.date(self.year, hit[0], hit[1])
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.tr("{day}: {n} entries").format(
                    day=shown_date(day), n=self.counts.get(day, 0)
                ),
                self,
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        day = self.chosen
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.month_chosen.emit(day.year, day.month)
            else:
                self.day_chosen.emit(day)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            day = day + dt.timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            month = day.month + (-1 if key == Qt.Key.Key_Up else 1)
            if 1 <= month <= 12:
                last = calendar.monthrange(day.year, month)[1]
                day = dt.date(day.year, month, min(day.day, last))
        else:
            super().keyPressEvent(event)
            return
        if day.year == self.year:
            self.chosen = day
            self._describe()
            self.update()
