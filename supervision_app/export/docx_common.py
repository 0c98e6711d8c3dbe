"""python-docx helpers shared by the Word exports (portfolio and HCPC profile)."""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from typing import Any

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.year import record_cells

__all__ = [
    "xml_text",
    "add_facts",
    "add_heading",
    "add_header_table",
    "add_page_number_footer",
    "add_record_row",
    "add_styled",
    "new_document",
    "repeat_header_row",
    "set_cell",
    "set_column_widths",
]

#: Characters XML 1.0 cannot hold (python-docx refuses the whole string with ValueError):
#: C0 controls other than tab and line breaks, lone surrogates, and U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters a Word document cannot hold (a pasted form feed or
    NUL must never abort an export); everything else is kept exactly."""
    return _NOT_XML.sub("", text)


#: Style ids by document part, then by style name: python-docx looks a style name up by
#: scanning every style (milliseconds each), which dominated a 200-record export.
_STYLE_IDS: weakref.WeakKeyDictionary[Any, dict[str, str | None]] = weakref.WeakKeyDictionary()


def style_id(doc: Any, name: str) -> str | None:
    """The id of the paragraph style called ``name``, or None if the template lacks it."""
    ids = _STYLE_IDS.setdefault(doc.part, {})
    if name not in ids:
        try:
            ids[name] = doc.styles[name].style_id
        except KeyError:
            ids[name] = None
    return ids[name]


def add_styled(doc: Any, style_name: str | None, text: str = "") -> Any:
    """``doc.add_paragraph(text, style_name)``, with the style id looked up once per document."""
    paragraph = doc.add_paragraph(xml_text(text))
    sid = style_id(doc, style_name) if style_name else None
    if sid is not None:
        paragraph._p.style = sid
    return paragraph


def add_heading(doc: Any, text: str, level: int) -> Any:
    return add_styled(doc, "Title" if level == 0 else f"Heading {level}", text)


def add_facts(doc: Any, facts: list[tuple[str, str]]) -> Any:
    """One paragraph of "Label: value" lines with bold labels."""
    paragraph = doc.add_paragraph()
    for n, (label, value) in enumerate(facts):
        if n:
            paragraph.add_run().add_break()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(xml_text(value))
    return paragraph


def new_document(title: str, author: str) -> Any:
    """An A4 document with 2 cm margins, page numbers in the footer and clean properties."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    doc.styles["Normal"].font.size = Pt(10.5)
    props = doc.core_properties
    props.title = xml_text(title)
    props.author = xml_text(author)
    props.last_modified_by = xml_text(author)
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    add_page_number_footer(section)
    return doc


def _field(run: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, text, separate, shown, end):
        run._r.append(element)


def add_page_number_footer(section: Any) -> None:
    """ "Page N of M" centred in the footer, as Word fields (updated when the file opens)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    _field(paragraph.add_run(), "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph.add_run(), "NUMPAGES")


def repeat_header_row(row: Any) -> None:
    """Repeat this table row at the top of every page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def set_cell(cell: Any, text: str, *, bold: bool = False, align_right: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(xml_text(text))
    run.bold = bold or None
    if align_right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def set_column_widths(table: Any, widths: Sequence[Any]) -> None:
    """Fixed column widths that Word and LibreOffice both honour.

    Cell widths alone are ignored by LibreOffice, which shares the page equally between
    the columns (the grid, ``w:gridCol``, is what it reads); autofit would undo both.
    """
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def add_header_table(doc: Any, headers: Sequence[str]) -> Any:
    """A grid table whose bold header row repeats on every page it runs onto."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        set_cell(cell, header, bold=True)
    repeat_header_row(table.rows[0])
    return table


def add_record_row(table: Any, record: CpdRecord) -> Any:
    """A new row with the record's date, title, type and hours in its first four cells."""
    cells = table.add_row().cells
    day, title, kind, hours = record_cells(record)
    set_cell(cells[0], day)
    set_cell(cells[1], title)
    set_cell(cells[2], kind)
    set_cell(cells[3], hours, align_right=True)
    return cells
