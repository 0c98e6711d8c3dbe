"""A chart widget and the panel around it: the chart or its table, and Save as PNG.

The table is the chart's own numbers (:meth:`ChartData.table`), so a screen reader user
gets every figure: Tab reaches the chart (its description says what it shows), the
"Show as table" button switches to a read-only table navigable cell by cell.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.atomic import atomic_write
from supervision_app.gui.find.chart_paint import CANVAS, ChartData, chart_image, paint_chart

HEATMAP_ROW_PX = 26


def image_height(data: ChartData, width: int) -> int:
    if data.is_heatmap:
        return max(220, 110 + HEATMAP_ROW_PX * max(1, len(data.rows)))
    return max(300, int(width * 0.42))


class ChartView(QWidget):
    """A chart on a white card (its colours are chosen for white, in either theme).

    ``height`` fixes a compact height (the home view's panel); otherwise it follows the data.
    """

    def __init__(
        self, data: ChartData, parent: QWidget | None = None, *, height: int | None = None
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.fixed_height = height
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(220)
        self.set_data(data)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setAccessibleName(data.title)
        self.setAccessibleDescription(data.summary())
        self.setToolTip(data.summary())
        self.setMinimumHeight(self._height())
        self.update()

    def _height(self) -> int:
        return self.fixed_height or image_height(self.data, 600) - 40

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600 if self.fixed_height is None else 320, self._height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), CANVAS)
            rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)
            paint_chart(painter, rect, self.data, self.font(), title=False)
            if self.hasFocus():
                painter.setPen(self.palette().highlight().color())
                painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        finally:
            painter.end()

    def image(self, width: int = 1000) -> QImage:
        return chart_image(self.data, width, image_height(self.data, width))


class ChartPanel(QWidget):
    """A heading, the chart (or its table), and the buttons to switch and to save.

    ``compact_height`` makes a small panel (the home view's) without the Save button.
    """

    def __init__(
        self,
        key: str,
        data: ChartData,
        parent: QWidget | None = None,
        *,
        compact_height: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.chart = ChartView(data, height=compact_height)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton()
        self.toggle.clicked.connect(self.toggle_table)
        self.save = QPushButton(self.tr("Save as PNG…"))
        self.save.clicked.connect(self.save_png)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.toggle)
        buttons.addWidget(self.save)
        self.save.setVisible(compact_height is None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.stack)
        self.set_data(data)

    def set_data(self, data: ChartData) -> None:
        self.heading.setText(data.title)
        self.chart.set_data(data)
        self.save.setAccessibleName(self.tr("Save {title} as PNG").format(title=data.title))
        head, rows = data.table()
        self.table.clear()
        self.table.setColumnCount(len(head))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(head)
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        for r, (_label, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setAccessibleName(self.tr("{title}, as a table").format(title=data.title))
        self.table.setMinimumHeight(self.chart.minimumHeight())
        self._update_toggle()  # named after the chart's (new) title

    def table_cells(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and for checking by eye)."""
        return [
            [
                item.text() if (item := self.table.item(r, c)) is not None else ""
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    @property
    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def toggle_table(self) -> None:
        self.stack.setCurrentWidget(self.chart if self.showing_table else self.table)
        self._update_toggle()
        shown = self.stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    def _update_toggle(self) -> None:
        title = self.chart.data.title
        if self.showing_table:
            self.toggle.setText(self.tr("Show as chart"))
            self.toggle.setAccessibleName(self.tr("Show {title} as a chart").format(title=title))
        else:
            self.toggle.setText(self.tr("Show as table"))
            self.toggle.setAccessibleName(self.tr("Show {title} as a table").format(title=title))

    def save_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), f"{self.key}.png", self.tr("PNG images (*.png)")
        )
        if name:
            self.write_png(Path(name))

    def write_png(self, path: Path) -> None:
        write_png(self.chart.image(), path)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(QCoreApplication.translate("Dashboard", "Could not encode the chart as PNG."))
    buffer.close()
    return bytes(data.data())


def write_png(image: QImage, path: Path) -> None:
    """Atomically: an interrupted save never leaves half a file."""
    atomic_write(path, png_bytes(image))
