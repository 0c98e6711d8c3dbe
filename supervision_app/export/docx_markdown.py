"""Markdown into a python-docx document, as real Word paragraphs, lists and runs.

The text is rendered by ``core/render.py`` first (sanitised HTML with a small set of tags),
then walked with :class:`html.parser.HTMLParser`: headings become Word headings, lists use
Word's list styles, bold/italic/code become run formatting, so the result stays editable.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from supervision_app.core.render import render_markdown
from supervision_app.export.docx_common import add_styled, style_id, xml_text
from supervision_app.export.portfolio import plain_paragraphs

__all__ = ["add_markdown"]

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th"}


class _DocxWriter(HTMLParser):
    def __init__(self, doc: Any, base_level: int, table_columns: list[int]) -> None:
        super().__init__(convert_charrefs=True)
        self.table_columns = iter(table_columns)
        self.doc = doc
        self.base_level = base_level
        self.paragraph: Any = None
        self.lists: list[str] = []  # "ul" / "ol" nesting
        #: The Word numbering instance of each open list (None for bullets), so that each
        #: numbered list starts again at 1 instead of counting on across the document.
        self.list_nums: list[int | None] = []
        self.bold = self.italic = self.code = self.strike = self.underline = 0
        self.quote = 0
        self.pre = False
        self.href: str | None = None
        self.link_text = ""
        self.table: Any = None
        self.row: Any = None
        self.cell_index = 0

    # -- paragraphs --------------------------------------------------------------------------
    def _styled(self, *names: str) -> Any:
        """A new paragraph in the first of ``names`` the template has."""
        for name in names:
            if style_id(self.doc, name) is not None:
                return add_styled(self.doc, name)
        return self.doc.add_paragraph()

    def _new_paragraph(self, tag: str) -> Any:
        if tag in ("td", "th") and self.row is not None:
            cells = self.row.cells
            cell = cells[min(self.cell_index, len(cells) - 1)]
            self.cell_index += 1
            return cell.paragraphs[0]
        if tag.startswith("h") and len(tag) == 2:
            level = min(9, int(tag[1]) + self.base_level - 1)
            return add_styled(self.doc, f"Heading {level}")
        if tag == "li":
            depth = len(self.lists)
            kind = "List Number" if self.lists and self.lists[-1] == "ol" else "List Bullet"
            name = kind if depth <= 1 else f"{kind} {min(depth, 3)}"
            paragraph = self._styled(name, kind)
            if kind == "List Number":
                num_id = self.list_nums[-1] if self.list_nums else None
                if num_id is None:
                    num_id = _restarted_numbering(self.doc, name)
                    if self.list_nums:
                        self.list_nums[-1] = num_id
                if num_id is not None:
                    numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                    numbering.get_or_add_ilvl().val = 0
                    numbering.get_or_add_numId().val = num_id
            return paragraph
        if self.quote:
            return self._styled("Quote")
        return self.doc.add_paragraph()

    def _text(self, text: str) -> None:
        if self.href is not None:
            self.link_text += text
            return
        if not self.pre:
            text = " ".join(text.split("\n"))
            if self.paragraph is None:
                if not text.strip():
                    return
                self.paragraph = self._new_paragraph("p")
        elif self.paragraph is None:
            self.paragraph = self._new_paragraph("p")
        run = self.paragraph.add_run(xml_text(text))
        run.bold = bool(self.bold) or None
        run.italic = bool(self.italic) or None
        run.underline = bool(self.underline) or None
        run.font.strike = bool(self.strike) or None
        if self.code or self.pre:
            run.font.name = "DejaVu Sans Mono"

    # -- parser callbacks --------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self.lists.append(tag)
            self.list_nums.append(None)  # a numbered list gets its instance at its first item
            self.paragraph = None
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "pre":
            self.pre = True
            self.paragraph = self._new_paragraph("p")
        elif tag in _BLOCKS:
            self.paragraph = self._new_paragraph(tag)
            if tag == "th":
                self.bold += 1
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag in ("s", "del"):
            self.strike += 1
        elif tag == "u":
            self.underline += 1
        elif tag == "code":
            self.code += 1
        elif tag == "br" and self.paragraph is not None:
            self.paragraph.add_run().add_break()
        elif tag == "a":
            self.href, self.link_text = dict(attrs).get("href") or "", ""
        elif tag == "table":
            self.table = self.doc.add_table(rows=0, cols=next(self.table_columns, 1))
        elif tag == "tr" and self.table is not None:
            self.row, self.cell_index = self.table.add_row(), 0
        elif tag == "hr":
            self.doc.add_paragraph("* * *")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.list_nums.pop()
            self.paragraph = None
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre, self.paragraph = False, None
        elif tag in _BLOCKS:
            if tag == "th":
                self.bold = max(0, self.bold - 1)
            self.paragraph = None
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag in ("s", "del"):
            self.strike = max(0, self.strike - 1)
        elif tag == "u":
            self.underline = max(0, self.underline - 1)
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag == "a" and self.href is not None:
            href, text = self.href, self.link_text
            self.href = None
            shown = text if not href or href in (text, f"mailto:{text}") else f"{text} ({href})"
            self._text(shown)
        elif tag == "table":
            if self.table is not None and style_id(self.doc, "Table Grid") is not None:
                self.table.style = self.doc.styles["Table Grid"]
            self.table, self.row = None, None

    def handle_data(self, data: str) -> None:
        if self.table is not None and self.paragraph is None and not data.strip():
            return  # whitespace between table tags
        self._text(data)


def _restarted_numbering(doc: Any, style_name: str) -> int | None:
    """A new numbering instance of the list style's numbering, starting again at 1.

    Every "List Number" paragraph shares the style's one instance, so Word and LibreOffice
    count on across the whole document (1-3 in one record, 4-6 in the next).
    """
    try:
        properties = doc.styles[style_name].element.pPr
        style_num = properties.numPr.numId.val
    except (KeyError, AttributeError):
        return None
    numbering = doc.part.numbering_part.element
    base = numbering.num_having_numId(style_num)
    num = numbering.add_num(base.abstractNumId.val)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(num.numId)


_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL = re.compile(r"<t[dh][ >]")


def _table_columns(html: str) -> list[int]:
    """Columns of each table, in order (python-docx tables are created with their width)."""
    return [
        max([len(_CELL.findall(row)) for row in _ROW.findall(table)] + [1])
        for table in _TABLE.findall(html)
    ]


def add_markdown(doc: Any, text: str, *, base_level: int = 3) -> None:
    """Append ``text`` (Markdown) to ``doc``; its headings start at Word level ``base_level``."""
    paragraphs = plain_paragraphs(text)
    if paragraphs is not None:
        for paragraph in paragraphs:
            doc.add_paragraph(xml_text(paragraph))
        return
    html = render_markdown(text)
    writer = _DocxWriter(doc, base_level, _table_columns(html))
    writer.feed(html)
    writer.close()
