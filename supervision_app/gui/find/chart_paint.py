"""Charts painted with QPainter: bars with target lines, and a heatmap.

Only QtGui is used (no widgets), so the same painting serves the dashboard's widgets, the
PNG files and the PDF portfolio. The numbers come from :class:`ChartData`, which also gives
the table shown behind each chart, so a chart and its table can never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

INK = QColor("#1a1a1a")
MUTED = QColor("#666666")
GRID = QColor("#dddddd")
PALETTE = ("#2f6fb0", "#e08a1e", "#3b9b5a", "#b0413e")
#: Charts are drawn on white in either theme (and in PNG files): the colours above are
#: chosen, and checked for contrast, against it.
CANVAS = QColor("#ffffff")
#: Chart texts are looked up under the "Dashboard" context, as in chart_data.py.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]
    #: "bar", or "target": a dashed level per column (a pace or a standard).
    style: str = "bar"
    colour: str = PALETTE[0]


@dataclass(frozen=True)
class ChartData:
    title: str
    #: Column labels along the bottom (bars) or the top (heatmap).
    x_labels: list[str]
    series: list[Series] = field(default_factory=list)
    #: Heatmap rows: (label, one value per column).
    rows: list[tuple[str, list[int]]] = field(default_factory=list)
    unit: str = ""
    note: str = ""

    @property
    def is_heatmap(self) -> bool:
        return bool(self.rows) or not self.series

    def table(self) -> tuple[list[str], list[tuple[str, list[str]]]]:
        """The table behind the chart: column headings and (row heading, cells)."""
        if self.is_heatmap:
            head = [*self.x_labels, translate("Dashboard", "Total")]
            return head, [(label, [*map(str, v), str(sum(v))]) for label, v in self.rows]
        head = [s.name for s in self.series]
        body = [
            (label, [fmt(s.values[i]) for s in self.series])
            for i, label in enumerate(self.x_labels)
        ]
        return head, body

    def summary(self) -> str:
        """One sentence for a screen reader's description of the chart."""
        if self.is_heatmap:
            busiest = max(self.rows, key=lambda r: sum(r[1]), default=None)
            if busiest is None:
                text = translate("Dashboard", "{title}: nothing linked in this period.")
                return text.format(title=self.title)
            text = translate(
                "Dashboard",
                "{title}: %n item(s); most entries: {busiest} ({entries}). "
                "Switch to the table for every figure.",
                "",
                len(self.rows),
            )
            return text.format(title=self.title, busiest=busiest[0], entries=sum(busiest[1]))
        first = self.series[0] if self.series else None
        if first is None:
            return self.title
        total = sum(v or 0 for v in first.values)
        text = translate(
            "Dashboard",
            "{title}: {total} {series} over %n month(s). Switch to the table for every figure.",
            "",
            len(self.x_labels),
        )
        return text.format(title=self.title, total=fmt(total), series=first.name.lower())


def fmt(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * exp:
            return step * exp
    return 10 * exp


def _nice_steps(top: float) -> int:
    """How many grid steps make round labels (5 -> 5 steps of 1, 20 -> 4 of 5)."""
    for steps in (4, 5, 2, 3):
        step = top / steps
        mantissa = step / 10 ** math.floor(math.log10(step))
        if any(math.isclose(mantissa, m) for m in (1, 2, 2.5, 5)):
            return steps
    return 4


def paint_chart(
    painter: QPainter, rect: QRectF, data: ChartData, font: QFont, *, title: bool = True
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    line = fm.height()
    area = QRectF(rect)
    if title:
        bold = QFont(font)
        bold.setBold(True)
        if font.pixelSize() > 0:
            bold.setPixelSize(round(font.pixelSize() * 1.15))
        else:
            bold.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(bold)
        painter.setPen(INK)
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), line * 1.4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            data.title,
        )
        painter.setFont(font)
        area.setTop(area.top() + line * 1.6)
    if data.note:
        painter.setPen(MUTED)
        note_rect = QRectF(area.left(), area.bottom() - line * 2.2, area.width(), line * 2.2)
        painter.drawText(
            note_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignBottom, data.note
        )
        area.setBottom(area.bottom() - line * 2.4)
    if data.is_heatmap:
        _paint_heatmap(painter, area, data, fm)
    else:
        _paint_bars(painter, area, data, fm)
    painter.restore()


def _paint_legend(painter: QPainter, area: QRectF, data: ChartData, fm: QFontMetricsF) -> float:
    x = area.left()
    y = area.top()
    for s in data.series:
        colour = QColor(s.colour)
        if s.style == "bar":
            painter.fillRect(QRectF(x, y + fm.height() * 0.25, 12, fm.height() * 0.5), colour)
        else:
            pen = QPen(colour, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 14, y + fm.height() / 2))
        painter.setPen(INK)
        painter.drawText(QPointF(x + 18, y + fm.ascent()), s.name)
        x += 18 + fm.horizontalAdvance(s.name) + 16
        if x > area.right() - 80:
            x = area.left()
            y += fm.height()
    return y + fm.height() * 1.3 - area.top()


def _paint_bars(painter: QPainter, area: QRectF, data: ChartData, fm: QFontMetricsF) -> None:
    legend_h = _paint_legend(painter, area, data, fm)
    values = [v for s in data.series for v in s.values if v is not None]
    top = _nice_max(max(values, default=0))
    whole = all(float(v).is_integer() for v in values)
    steps = int(top) if whole and top <= 5 else _nice_steps(top)
    ticks = [top * i / steps for i in range(steps + 1)]
    axis_w = max(fm.horizontalAdvance(fmt(t)) for t in ticks) + 8
    plot = QRectF(
        area.left() + axis_w,
        area.top() + legend_h,
        area.width() - axis_w - 4,
        area.height() - legend_h - fm.height() * 1.4,
    )
    if plot.height() <= 10 or not data.x_labels:
        return
    # Grid lines and the axis labels.
    for value in ticks:
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(area.left(), y - fm.height() / 2, axis_w - 4, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fmt(value),
        )
    n = len(data.x_labels)
    slot = plot.width() / n
    bars = [s for s in data.series if s.style == "bar"]
    bar_w = slot * 0.7 / max(1, len(bars))
    every = max(1, math.ceil(fm.horizontalAdvance("Mmm 0000") * 1.1 / slot))
    for i, label in enumerate(data.x_labels):
        x0 = plot.left() + i * slot + slot * 0.15
        for j, s in enumerate(bars):
            v = s.values[i] or 0
            h = plot.height() * v / top
            painter.fillRect(
                QRectF(x0 + j * bar_w, plot.bottom() - h, bar_w - 1, h), QColor(s.colour)
            )
        if i % every == 0:
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(plot.left() + i * slot - slot, plot.bottom() + 2, slot * 3, fm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
    for s in data.series:
        if s.style != "target":
            continue
        painter.setPen(QPen(QColor(s.colour), 2, Qt.PenStyle.DashLine))
        for i, level in enumerate(s.values):
            if level is None:
                continue
            y = plot.bottom() - plot.height() * level / top
            painter.drawLine(
                QPointF(plot.left() + i * slot + 2, y), QPointF(plot.left() + (i + 1) * slot - 2, y)
            )
    painter.setPen(QPen(MUTED, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())


def heat_colour(value: int, top: int) -> QColor:
    if value <= 0:
        return QColor("#f2f2f2")
    share = value / max(1, top)
    light, dark = QColor("#cfe3f5"), QColor("#0f4c8a")
    return QColor(
        round(light.red() + (dark.red() - light.red()) * share),
        round(light.green() + (dark.green() - light.green()) * share),
        round(light.blue() + (dark.blue() - light.blue()) * share),
    )


def _paint_heatmap(painter: QPainter, area: QRectF, data: ChartData, fm: QFontMetricsF) -> None:
    if not data.rows:
        painter.setPen(MUTED)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignCenter,
            "No entries are linked to framework items in this period.",
        )
        return
    label_w = min(area.width() * 0.42, max(fm.horizontalAdvance(r[0]) for r in data.rows) + 10)
    head_h = fm.height() * 1.3
    cols = len(data.x_labels)
    cell_w = (area.width() - label_w) / max(1, cols)
    cell_h = min(fm.height() * 1.5, (area.height() - head_h) / len(data.rows))
    top = max((max(v) for _, v in data.rows), default=1)
    every = max(1, math.ceil(fm.horizontalAdvance("Mmm") * 1.2 / cell_w))
    painter.setPen(MUTED)
    for c, label in enumerate(data.x_labels):
        if c % every == 0:
            painter.drawText(
                QRectF(area.left() + label_w + c * cell_w - cell_w, area.top(), cell_w * 3, head_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                label.split(" ")[0],
            )
    for r, (label, values) in enumerate(data.rows):
        y = area.top() + head_h + r * cell_h
        if y + cell_h > area.bottom() + 0.5:
            break
        painter.setPen(INK)
        painter.drawText(
            QRectF(area.left(), y, label_w - 6, cell_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6),
        )
        for c, v in enumerate(values):
            cell = QRectF(area.left() + label_w + c * cell_w + 1, y + 1, cell_w - 2, cell_h - 2)
            colour = heat_colour(v, top)
            painter.fillRect(cell, colour)
            if v and cell_w > fm.horizontalAdvance("00") + 4:
                painter.setPen(QColor("#ffffff") if v / max(1, top) > 0.5 else INK)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(v))


def chart_image(
    data: ChartData, width: int = 1000, height: int = 420, font: QFont | None = None
) -> QImage:
    """The chart with its title on a white image (for PNG files and the PDF)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(CANVAS)
    painter = QPainter(image)
    try:
        chosen = font or QFont("DejaVu Sans", 10)
        chosen.setPixelSize(max(12, width // 70))
        paint_chart(painter, QRectF(16, 12, width - 32, height - 24), data, chosen)
    finally:
        painter.end()
    return image
