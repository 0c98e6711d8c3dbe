"""PDF portfolio: Qt's rich-text engine (QTextDocument) painted page by page into QPdfWriter.

Why paint the pages ourselves: ``QTextDocument.print_()`` adds a 2 cm margin and its own
page numbers unless the page size is set first, and then it adds none at all. Here the
document is laid out for the writer's page (minus a footer band) and each page is drawn
with a footer: the title and name on the left, "Page n of N" on the right (not on the
cover). Text is DejaVu Sans, which Qt embeds (subset) in the PDF.

The document is a :class:`~supervision_app.gui.preview.SafeDocument`, so no ``<img>`` or
link in a record can make Qt read a local file. This is the only exporter that needs Qt;
the registry imports this module only when a PDF is asked for, and
:func:`ensure_gui_application` starts an offscreen QGuiApplication when there is none (the
command line) and no display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.gil import breathe
from supervision_app.export.html_build import TITLE, portfolio_sections, qt_css
from supervision_app.export.portfolio import cover_lines
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register
from supervision_app.gui.pdf_flow import Flow

FONT_FAMILY = "DejaVu Sans"
RESOLUTION = 300  # dots per inch; layout units are device dots
MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER_MM = 10.0
ACCENT = "#1f4e79"
CONFIDENTIAL_NOTE = (
    "This portfolio contains reflections on professional practice. Keep it secure and share "
    "it only with the people who need to see it."
)

_app: QGuiApplication | None = None
#: Texts here are looked up under "PdfExporter" (the class below is no QObject, so no tr()).
translate = QCoreApplication.translate


def ensure_gui_application() -> None:
    """Qt's text engine needs a QGuiApplication; start an offscreen one if there is none."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "supervision-journal"])


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


@dataclass(frozen=True)
class Cover:
    title: str
    name: str = ""
    lines: tuple[str, ...] = ()
    note: str = ""


def _paint_wrapped(painter: QPainter, x: float, y: float, width: float, text: str) -> float:
    """Draw ``text`` wrapped to ``width`` from ``y``; return the y just below it."""
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    rect = painter.boundingRect(QRectF(x, y, width, _mm(200)), flags, text)
    painter.drawText(QRectF(x, y, width, rect.height()), flags, text)
    return y + rect.height()


def _paint_cover(painter: QPainter, width: float, height: float, cover: Cover) -> None:
    """A plain, formal cover: a coloured band with the title, then name, period and totals."""
    band_top, band_height = _mm(55), _mm(32)
    painter.fillRect(QRectF(0, band_top, width, band_height), QColor(ACCENT))
    inset = _mm(8)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(QFont(FONT_FAMILY, 26, QFont.Weight.Bold))
    painter.drawText(
        QRectF(inset, band_top, width - 2 * inset, band_height),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        cover.title,
    )
    y = band_top + band_height + _mm(12)
    painter.setPen(QColor("#1a1a1a"))
    if cover.name:
        painter.setFont(QFont(FONT_FAMILY, 18))
        y = _paint_wrapped(painter, inset, y, width - 2 * inset, cover.name) + _mm(4)
    painter.setFont(QFont(FONT_FAMILY, 12))
    painter.setPen(QColor("#444444"))
    for line in cover.lines:
        # A line that wraps (a long totals line) pushes the next one down: never overprints.
        y = _paint_wrapped(painter, inset, y, width - 2 * inset, line) + _mm(2)
    if cover.note:
        painter.setFont(QFont(FONT_FAMILY, 9))
        painter.setPen(QColor("#666666"))
        rect = QRectF(inset, height - _mm(20), width - 2 * inset, _mm(16))
        painter.drawText(rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignBottom, cover.note)


def render_pdf(
    parts: Sequence[str],
    path: Path,
    *,
    footer_title: str,
    cover: Cover | None = None,
    charts: Sequence[QImage] = (),
) -> int:
    """Write ``parts`` (Qt HTML bodies, each from a new page: see ``gui/pdf_flow.py``) as an
    A4 PDF at ``path`` (not atomic: the caller's temporary file), after a painted ``cover``
    page if one is given. Returns the number of pages.
    """
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(footer_title)
    writer.setCreator("Supervision Journal")

    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = _mm(FOOTER_MM)
    page_height = float(int(body.height() - footer))
    flow = Flow(
        writer,
        style=qt_css(),
        font=QFont(FONT_FAMILY, 10),
        width=body.width(),
        page_height=page_height,
    )
    for n, part in enumerate(parts):
        flow.add_part(part, top_margin=n > 0)  # as after a page break (not at the start)
    first = 1 if cover else 0
    pages = flow.page_count + first - (-len(charts) // CHARTS_PER_PAGE)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(
            translate("PdfExporter", "Could not write the PDF to {path}.").format(path=path)
        )
    number = 0  # the page being drawn (from 1)

    def new_page() -> None:
        nonlocal number
        if number > first:  # the page just drawn, not the cover, gets its footer
            _paint_footer(painter, body.width(), page_height, footer_title, number, pages)
        if number:
            writer.newPage()
        number += 1

    try:
        if cover is not None:
            new_page()
            _paint_cover(painter, body.width(), body.height(), cover)
        flow.paint(painter, new_page)
        if number > first:
            _paint_footer(painter, body.width(), page_height, footer_title, number, pages)
        for extra in _paint_charts(writer, painter, charts, body.width(), page_height):
            _paint_footer(painter, body.width(), page_height, footer_title, number + extra, pages)
        breathe()  # before end(), which writes the fonts and the trailer in one call
    finally:
        painter.end()
    return pages


CHARTS_PER_PAGE = 2


def _paint_footer(
    painter: QPainter, width: float, page_height: float, title: str, number: int, pages: int
) -> None:
    footer = _mm(FOOTER_MM)
    top = page_height + footer * 0.35
    painter.setPen(QPen(QColor("#9a9a9a"), _mm(0.2)))
    painter.drawLine(0, int(top), int(width), int(top))
    painter.setFont(QFont(FONT_FAMILY, 8))
    painter.setPen(QColor("#555555"))
    band = QRectF(0, top, width, footer * 0.65)
    align = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(band, align | Qt.AlignmentFlag.AlignLeft, title)
    # The document's own text stays English, like every exporter's (export/ serves the CLI too).
    painter.drawText(band, align | Qt.AlignmentFlag.AlignRight, f"Page {number} of {pages}")


def _paint_charts(
    writer: QPdfWriter, painter: QPainter, charts: Sequence[QImage], width: float, height: float
) -> Iterator[int]:
    """The dashboard's charts after the records, two to a page, each scaled to the width
    (or to half the page, if taller); yields each new page's number (1, 2, ...)."""
    gap = _mm(6)
    slot = (height - gap) / CHARTS_PER_PAGE
    for i, image in enumerate(charts):
        if i % CHARTS_PER_PAGE == 0:
            writer.newPage()
            yield i // CHARTS_PER_PAGE + 1
        scale = min(width / image.width(), slot / image.height())
        y = (i % CHARTS_PER_PAGE) * (slot + gap)
        for top, rows in _strips(image.width(), image.height()):
            breathe()
            target = QRectF(0, y + top * scale, image.width() * scale, rows * scale)
            painter.drawImage(target, image, QRectF(0, top, image.width(), rows))


#: Pixels of a chart drawn into the PDF in one call. The PDF engine encodes each image as a
#: JPEG inside ``drawImage``, with the GIL held: a whole 1400 x 588 chart took 22 ms.
STRIP_PIXELS = 200_000
#: JPEG codes pixels in blocks of 16 rows (with chroma halved): strips that start on a block
#: boundary are coded exactly as those rows of the whole image were.
_JPEG_ROWS = 16


def _strips(width: int, height: int) -> Iterator[tuple[int, int]]:
    """(first row, rows) of each horizontal strip of an image drawn in pieces. Each strip but
    the last takes one row of the next one too, drawn over by it: a viewer that smooths
    image edges would otherwise show a hairline where two strips meet."""
    step = max(_JPEG_ROWS, STRIP_PIXELS // max(1, width) // _JPEG_ROWS * _JPEG_ROWS)
    for top in range(0, height, step):
        yield top, min(step + 1, height - top)


def chart_images(options: ExportOptions) -> list[QImage]:
    """The dashboard's charts, when the export service passed its figures (issue 15)."""
    figures = options.extra.get("figures")
    if figures is None:
        return []
    from supervision_app.export.portfolio import ref_label
    from supervision_app.gui.find.chart_data import dashboard_charts
    from supervision_app.gui.find.chart_paint import chart_image
    from supervision_app.gui.find.charts import image_height

    library = options.framework_library()
    charts = dashboard_charts(figures, lambda ref: ref_label(ref, library))
    return [chart_image(c, 1400, image_height(c, 1400)) for c in charts.values()]


@register
class PdfExporter(Exporter):
    name = "pdf"
    label = "PDF portfolio"
    extension = "pdf"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        ensure_gui_application()
        warnings = []
        if FONT_FAMILY not in QFontDatabase.families():
            warnings.append(
                translate(
                    "PdfExporter", "The {font} font is not installed, so the PDF uses another font."
                ).format(font=FONT_FAMILY)
            )
        parts = portfolio_sections(records, options)
        name = options.practitioner_name
        footer_title = f"{TITLE} – {name}" if name else TITLE
        lines = cover_lines(records, options)
        if name:
            lines = lines[1:]  # the name is painted larger, on its own
        cover = Cover(TITLE, name, tuple(lines), CONFIDENTIAL_NOTE)
        atomic_write(
            path,
            lambda temp: render_pdf(
                parts, temp, footer_title=footer_title, cover=cover, charts=chart_images(options)
            ),
        )
        return ExportResult(path, len(records), warnings)
