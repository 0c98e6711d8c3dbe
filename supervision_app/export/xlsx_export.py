"""Excel workbook: one row per record, a column per field (see ``portfolio.COLUMNS``).

Written with XlsxWriter in memory (``{"in_memory": True}``): openpyxl and XlsxWriter's
default both write each sheet to a temporary file in ``$TMPDIR`` first, which would leave
the records in plain text outside the target file. The workbook's bytes go straight to
the target, atomically.

Dates are real date cells and minutes real numbers, so the user can sort and total them;
the time is also written as "1 h 30 min". Text that starts like a formula (``=``, ``+``,
``-``, ``@``) is written as a string, never a formula, so opening the file runs nothing.
Rows are as tall as their wrapped text, and the sheet prints landscape on A4, fitted to
the page width, with the header row repeated on every page.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Sequence
from pathlib import Path

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.i18n import Text
from supervision_app.export.portfolio import COLUMNS
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register

#: Excel's limit for one cell.
MAX_CELL = 32_767
#: Excel's tallest row, in points, and the height of one line of 10-point text.
MAX_ROW_POINTS = 409
LINE_POINTS = 13.5
#: Control characters other than tab and line breaks cannot be stored in the XML.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Column widths (characters) on the sheet: long text columns are narrower than in a CSV
#: reader, so that the sheet fits a landscape page and the rows grow instead.
WIDTHS = {"Title": 28, "Reflection": 48}
LONG_TEXT = 36


def _cell_text(value: str) -> str:
    if len(value) > MAX_CELL:
        return value[: MAX_CELL - 1] + "…"
    return value


def _width(header: str, width: int) -> int:
    return WIDTHS.get(header, min(width, LONG_TEXT))


def line_count(text: str, width: int, *, bold: bool = False) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    # 10-point text is narrower than the width unit (11-point characters); bold is wider.
    usable = max(1, int(width * (0.95 if bold else 1.15)) - 1)
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n"))


@register
class XlsxExporter(Exporter):
    name = "xlsx"
    label = "Excel workbook"
    extension = "xlsx"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        import xlsxwriter

        library = options.framework_library()
        warnings: list[str] = []
        buffer = io.BytesIO()
        workbook = xlsxwriter.Workbook(
            buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        )
        workbook.set_properties({"title": "CPD records"})
        base = {"font_size": 10, "valign": "top", "text_wrap": True}
        header = workbook.add_format(
            {**base, "bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "border": 1}
        )
        text = workbook.add_format({**base, "border": 1, "border_color": "#BFBFBF"})
        date = workbook.add_format(
            {**base, "border": 1, "border_color": "#BFBFBF", "num_format": "dd/mm/yyyy"}
        )
        sheet = workbook.add_worksheet("CPD records")
        widths = [_width(c.header, c.width) for c in COLUMNS]
        for col, (column, width) in enumerate(zip(COLUMNS, widths, strict=True)):
            sheet.set_column(col, col, width)
            sheet.write_string(0, col, column.header, header)
        sheet.set_row(
            0,
            LINE_POINTS
            * max(line_count(c.header, w, bold=True) for c, w in zip(COLUMNS, widths, strict=True)),
        )
        for row, record in enumerate(records, start=1):
            lines = 1
            for col, column in enumerate(COLUMNS):
                value = column.value(record, library)
                if isinstance(value, dt.date):
                    sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), date)
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.write_number(row, col, value, text)
                else:
                    raw = "" if value is None else str(value)
                    cell = _cell_text(raw)
                    if len(cell) < len(raw):
                        warnings.append(
                            Text(
                                "Exports",
                                "'{title}': {column} was cut to Excel's limit of {limit} "
                                "characters.",
                                title=record.title,
                                column=column.header,
                                limit=f"{MAX_CELL:,}",
                            )
                        )
                    cell = _ILLEGAL.sub("", cell)
                    sheet.write_string(row, col, cell, text)  # never a formula
                    lines = max(lines, line_count(cell, widths[col]))
            sheet.set_row(row, min(MAX_ROW_POINTS, LINE_POINTS * lines + 3))
        sheet.freeze_panes(1, 2)
        if records:
            sheet.autofilter(0, 0, len(records), len(COLUMNS) - 1)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)  # one page wide, as many tall as needed
        sheet.repeat_rows(0)
        sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        sheet.set_header('&L&"-,Bold"CPD records&R&D')
        sheet.set_footer("&CPage &P of &N")
        workbook.close()
        atomic_write(path, buffer.getvalue())
        return ExportResult(path, len(records), warnings)
