"""Excel workbook: one row per record, a column per field (see ``portfolio.COLUMNS``).

Dates are real date cells and hours real numbers, so the user can sort and total them.
Text that starts like a formula (``=``, ``+``, ``-``, ``@``) is stored as a string cell,
never as a formula, so opening the file runs nothing and the text is kept exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.export.portfolio import COLUMNS
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register

#: Excel's limit for one cell.
MAX_CELL = 32_767


def _cell_text(value: str) -> str:
    if len(value) > MAX_CELL:
        return value[: MAX_CELL - 1] + "…"
    return value


@register
class XlsxExporter(Exporter):
    name = "xlsx"
    label = "Excel workbook"
    extension = "xlsx"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        library = options.framework_library()
        warnings: list[str] = []
        workbook = Workbook()
        sheet: Any = workbook.active
        sheet.title = "CPD records"
        header_fill = PatternFill("solid", start_color="1F4E79")
        for col, column in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=1, column=col, value=column.header)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = header_fill
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            sheet.column_dimensions[get_column_letter(col)].width = column.width
        wrap = Alignment(vertical="top", wrap_text=True)
        for row, record in enumerate(records, start=2):
            for col, column in enumerate(COLUMNS, start=1):
                value = column.value(record, library)
                cell = sheet.cell(row=row, column=col)
                if isinstance(value, str):
                    text = _cell_text(value)
                    if len(text) < len(value):
                        warnings.append(
                            f"'{record.title}': {column.header} was cut to Excel's limit of "
                            f"{MAX_CELL:,} characters."
                        )
                    # Control characters other than tab and line breaks cannot be stored.
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                else:
                    cell.value = value
                    if column.header == "Date" or "date" in column.header:
                        cell.number_format = "dd/mm/yyyy"
                cell.alignment = wrap
        sheet.freeze_panes = "C2"
        if records:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(records) + 1}"
        workbook.properties.title = "CPD records"
        atomic_write(path, lambda temp: workbook.save(temp))
        return ExportResult(path, len(records), warnings)
