"""CSV: one row per record, a column per field (see ``portfolio.COLUMNS``).

UTF-8 with a byte-order mark, because Excel (the spreadsheet most people open a CSV in)
reads a CSV without one in the computer's legacy code page and mangles "£", "é" and
curly quotes; Python reads it with ``encoding="utf-8-sig"``, LibreOffice and Numbers detect
it. Dates are ``YYYY-MM-DD``; the time is written twice, as "1 h 30 min" for people and
as a number of minutes for sums. The file re-imports into the same fields without a
mapping (:mod:`.importers.csv_own`).

Formula injection: a spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@``
(and tab or carriage return) as a formula, so a journal line like ``=HYPERLINK(...)`` could
run when the file is opened. Such text cells get a leading apostrophe, which spreadsheets
show as plain text.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from supervision_app.core.atomic import atomic_file
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.export.portfolio import COLUMNS
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell's text, with a leading apostrophe if a spreadsheet would read it as a formula."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    text = "" if value is None else str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


@register
class CsvExporter(Exporter):
    name = "csv"
    label = "CSV spreadsheet"
    extension = "csv"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        library = options.framework_library()
        with atomic_file(path, encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.header for c in COLUMNS])
            for record in records:
                writer.writerow([safe_cell(c.value(record, library)) for c in COLUMNS])
        return ExportResult(path, len(records))
