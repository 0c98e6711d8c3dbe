"""Word (DOCX): the portfolio as an editable document with real headings and a table.

Cover page, a summary table (date, title, type, hours, standards) whose header repeats on
every page, then each record under Heading 1 with its parts under Heading 2; the user's
Markdown becomes Word paragraphs, lists and bold/italic runs. Page numbers are Word fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord, format_duration
from supervision_app.export.docx_common import (
    add_facts,
    add_header_table,
    add_heading,
    add_record_row,
    new_document,
    set_cell,
    set_column_widths,
    xml_text,
)
from supervision_app.export.docx_markdown import add_markdown
from supervision_app.export.html_build import TITLE
from supervision_app.export.portfolio import (
    cover_lines,
    record_facts,
    record_sections,
    ref_label,
)
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register

SUMMARY_HEADERS = ("Date", "Title", "Type", "Time", "Standards")
#: Column widths on a 17 cm text width: the title gets the room, "16 h 30 min" one line.
SUMMARY_WIDTHS_CM = (2.5, 6.0, 3.0, 2.4, 3.1)
SUMMARY_POINTS = 9


def add_cover(doc: Any, title: str, lines: Sequence[str], name: str) -> None:
    from docx.shared import Pt

    for _ in range(6):
        doc.add_paragraph()
    add_heading(doc, title, 0)
    for line in lines:
        run = doc.add_paragraph().add_run(xml_text(line))
        if name and line == name:
            run.font.size = Pt(16)


def add_summary_table(doc: Any, records: Sequence[CpdRecord], options: ExportOptions) -> None:
    from docx.shared import Cm, Pt

    library = options.framework_library()
    table = add_header_table(doc, SUMMARY_HEADERS)
    for record in records:
        cells = add_record_row(table, record)
        set_cell(cells[4], ", ".join(ref_label(r, library, short=True) for r in record.links))
    total = table.add_row().cells
    set_cell(total[0], "Total (CPD records)", bold=True)
    hours = format_duration(sum(r.minutes for r in records if r.is_cpd))
    set_cell(total[3], hours, bold=True, align_right=True)
    set_column_widths(table, [Cm(w) for w in SUMMARY_WIDTHS_CM])
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(SUMMARY_POINTS)


def add_record(doc: Any, n: int, record: CpdRecord, options: ExportOptions) -> None:
    heading = add_heading(doc, f"{n}. {record.title}", 1)
    heading.paragraph_format.page_break_before = True
    add_facts(doc, record_facts(record))
    for section in record_sections(record, options.framework_library()):
        add_heading(doc, section.heading, 2)
        add_markdown(doc, section.text, base_level=3)


@register
class DocxExporter(Exporter):
    name = "docx"
    label = "Word document (editable)"
    extension = "docx"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        doc = new_document(TITLE, options.practitioner_name)
        add_cover(doc, TITLE, cover_lines(records, options), options.practitioner_name)
        add_heading(doc, "Summary", 1).paragraph_format.page_break_before = True
        add_summary_table(doc, records, options)
        for n, record in enumerate(records, start=1):
            add_record(doc, n, record, options)
        atomic_write(path, lambda temp: doc.save(str(temp)))
        return ExportResult(path, len(records))
