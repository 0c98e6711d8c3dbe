"""Laying the PDF portfolio out in many small QTextDocuments that flow as one.

Why: PySide6 holds the GIL for the whole of each call into Qt, and laying out or parsing
a QTextDocument is one call. One document for the whole portfolio meant calls of a second
or more for a long entry, and a PDF written on a worker thread froze every Python slot of
the window for that long. Here each part of the portfolio (the summary, each record: see
``export.html_build.portfolio_sections``) starts on a new page, and a long part is cut into
pieces of about :data:`PIECE_CHARS` characters, each its own document; no call into Qt then
takes more than a few tens of milliseconds, and the GIL passes between them (with a short
pause every 15 ms on a worker thread: ``core/gil.py`` explains why the GIL does not pass
by itself).

The pieces of a part flow as one document would: each piece is laid out with the page
size, so Qt breaks its lines over pages as before, and starts with an empty spacer block as
tall as what the pieces before it took of their last page, with their last block's bottom
margin (Qt collapses it with the next block's top margin, as between two blocks of one
document). Pieces are cut only between two top-level paragraphs or headings, whose margins
are plain block margins, so the gap is exactly the one a single document had.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QTextBlock

from supervision_app.core.gil import breathe
from supervision_app.gui.preview import SafeDocument

#: About how many characters of HTML each document holds (a few pages): each call into Qt
#: for one stays under ~30 ms on a slow machine, and documents are few enough to stay cheap.
PIECE_CHARS = 12_000

#: Longest paragraph (in characters) laid out as one block. Qt walks every line of a block
#: for each page the block touches, and cursor positions cost a pass over the whole block,
#: so a single 1 MB paragraph took minutes (quadratic). Longer paragraphs are split after a
#: sentence into paragraphs that follow each other without a gap.
MAX_BLOCK_CHARS = 2000
_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>|[^<]+")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>")
_SENTENCE_END = re.compile(r"[.!?;:](?:&quot;|&#x27;|[)\]\"'’”])*\s+")
_VOID = frozenset({"br", "img", "hr", "wbr"})
_JOINED = '<p style="margin-bottom: 0;">'
#: Top-level elements a piece may end with or start with (see the module doc).
_PLAIN_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})


def _cut_points(inner: str, limit: int) -> list[int]:
    """Offsets in ``inner`` (a paragraph's HTML) where a new paragraph may start: after a
    sentence, outside any element, once at least half of ``limit`` has gone by."""
    cuts: list[int] = []
    depth = 0
    last = 0
    for token in _TOKEN.finditer(inner):
        name = token.group(2)
        if name is not None:
            if name.lower() not in _VOID and not token.group(0).endswith("/>"):
                depth += -1 if token.group(1) else 1
            continue
        if depth:
            continue
        for end in _SENTENCE_END.finditer(token.group(0)):
            at = token.start() + end.end()
            if at - last >= limit // 2:
                cuts.append(at)
                last = at
        while token.end() - last > 2 * limit:  # no sentence ends: cut at a space
            space = inner.rfind(" ", last + limit // 2, last + limit)
            if space < 0 or space < token.start():
                break
            cuts.append(space + 1)
            last = space + 1
    return cuts


def split_long_paragraphs(html: str, limit: int = MAX_BLOCK_CHARS) -> str:
    """``html`` with every ``<p>`` longer than ``limit`` split into shorter ones that read
    as one paragraph (no gap between them). Linear in the length of ``html``.

    Each ``<p>…</p>`` (the first ``</p>`` after a ``<p>``) is found with ``str.find``, not a
    regular expression: a lazy ``<p>(.*?)</p>`` crawled a 1 MB paragraph in one call that
    held the GIL for 25-30 ms; ``find`` runs through it in well under a millisecond.
    """
    out: list[str] = []
    pos = 0
    while (start := html.find("<p>", pos)) >= 0:
        end = html.find("</p>", start + 3)
        if end < 0:
            break
        inner = html[start + 3 : end]
        out.append(html[pos:start])
        out.append(_split_paragraph(inner, limit))
        pos = end + 4
    out.append(html[pos:])
    return "".join(out)


def _split_paragraph(inner: str, limit: int) -> str:
    """``<p>inner</p>``, as several joined paragraphs if ``inner`` is over ``limit`` long."""
    cuts = _cut_points(inner, limit) if len(inner) > limit else []
    if not cuts:
        return f"<p>{inner}</p>"
    bounds = [0, *cuts, len(inner)]
    pieces = [inner[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return "".join(f"{_JOINED}{p}</p>" for p in pieces[:-1]) + f"<p>{pieces[-1]}</p>"


def _top_level(html: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, tag name) of each top-level element of ``html``, in order."""
    depth, start, name = 0, 0, ""
    for tag in _TAG.finditer(html):
        tag_name = tag.group(2).lower()
        if tag_name in _VOID or tag.group(0).endswith("/>"):
            if depth == 0:
                yield tag.start(), tag.end(), tag_name
            continue
        if tag.group(1):
            depth -= 1
            if depth == 0:
                yield start, tag.end(), name
        else:
            if depth == 0:
                start, name = tag.start(), tag_name
            depth += 1


def split_pieces(html: str, limit: int = PIECE_CHARS) -> list[str]:
    """``html`` (one part's body) cut into pieces of about ``limit`` characters or more.

    Cuts fall only between two top-level paragraphs or headings; nothing is lost or added.
    """
    cuts: list[int] = []
    last = 0
    previous: tuple[int, int, str] | None = None
    for element in _top_level(html):
        start, _end, name = element
        if (
            previous is not None
            and start - last >= limit
            and name in _PLAIN_BLOCKS
            and previous[2] in _PLAIN_BLOCKS
            and not html[previous[1] : start].strip()
        ):
            cuts.append(start)
            last = start
        previous = element
    bounds = [0, *cuts, len(html)]
    return [html[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _bottom(doc: SafeDocument, block: QTextBlock) -> float:
    """Where the last line of ``block`` ends, page breaks included (the block's bounding
    rectangle leaves out the shift of lines moved to the next page)."""
    rect = doc.documentLayout().blockBoundingRect(block)  # lays the document out
    layout = block.layout()
    if layout.lineCount() == 0:
        return rect.bottom()
    line = layout.lineAt(layout.lineCount() - 1)
    return layout.position().y() + line.y() + line.height()


@dataclass
class _Piece:
    doc: SafeDocument
    pages: int  # pages it draws on, the first one shared with the piece before if it flows
    flows: bool  # its first page is the page the piece before it ended on


class Flow:
    """The portfolio's parts laid out as pieces (see the module doc), then painted."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        *,
        style: str,
        font: QFont,
        width: float,
        page_height: float,
    ) -> None:
        self._device = device
        self._style = style
        self._font = font
        self._width = width
        self._page_height = page_height
        self._pieces: list[_Piece] = []
        # Where the last piece ended: the height it used of its last page, and its last
        # block's bottom margin.
        self._end: tuple[float, float] | None = None
        self.page_count = 0

    def add_part(self, html: str, *, top_margin: bool = True) -> None:
        """Lay out ``html`` from the top of a new page.

        ``top_margin``: its first block keeps its top margin, as after a page break in one
        document (Qt drops the top margin of a document's first block).
        """
        for n, piece in enumerate(split_pieces(split_long_paragraphs(html), PIECE_CHARS)):
            if n == 0:
                self._end = (0.0, 0.0) if top_margin else None
            self._add(piece, flows=n > 0)

    def _document(self, html: str) -> SafeDocument:
        doc = SafeDocument()
        doc.setUndoRedoEnabled(False)
        doc.documentLayout().setPaintDevice(self._device)
        doc.setDefaultFont(self._font)
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(self._width, self._page_height))
        doc.setHtml(f"<html><head><style>{self._style}</style></head><body>{html}</body></html>")
        return doc

    def _add(self, html: str, *, flows: bool) -> None:
        breathe()  # lets a waiting UI thread have the GIL (core/gil.py)
        if self._end is not None:
            html = self._spacer(*self._end) + html
        doc = self._document(html)
        last = doc.lastBlock()
        bottom = _bottom(doc, last)
        last_page = max(0, math.ceil(bottom / self._page_height) - 1)
        self._end = (bottom - last_page * self._page_height, last.blockFormat().bottomMargin())
        self._pieces.append(_Piece(doc, last_page + 1, flows))
        self.page_count += last_page + (0 if flows else 1)

    def _spacer(self, used: float, margin: float) -> str:
        """An empty first block ``used`` device dots tall with ``margin`` (CSS pixels) below.

        In the HTML rather than inserted afterwards: an edit after ``setHtml`` leaves the
        rest of the layout to a timer that a worker thread never runs.
        """
        # Block formats are in CSS pixels, scaled to the device by its resolution.
        # Qt reads "line-height: Npx" as a minimum unless the type says fixed; a line
        # height of 0 it ignores, so the least is a thousandth of a pixel (rounded away).
        height = max(used * 96 / self._device.logicalDpiY(), 0.001)
        return (
            f'<p style="margin-top: 0; margin-bottom: {margin:.4f}px;'
            f' line-height: {height:.4f}px; -qt-line-height-type: fixed;">&nbsp;</p>'
        )

    def paint(self, painter: QPainter, new_page: Callable[[], None]) -> None:
        """Paint every piece; ``new_page()`` is called whenever a fresh page is needed."""
        for piece in self._pieces:
            for page in range(piece.pages):
                breathe()
                if page or not piece.flows:
                    new_page()
                painter.save()
                painter.translate(0, -page * self._page_height)
                # Qt draws a block that merely touches the clip, so a heading that starts
                # the next page would also be drawn (hidden, but in the file's text) on
                # this one: stop one dot short of the page end.
                clip = QRectF(0, page * self._page_height, self._width, self._page_height - 1)
                piece.doc.drawContents(painter, clip)
                painter.restore()
        self._pieces.clear()
