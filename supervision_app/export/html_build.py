"""The portfolio as HTML: for the HTML export (a browser) and the PDF (Qt's rich text).

All user text goes through :func:`supervision_app.core.render.render_markdown` (sanitised,
no images, only absolute web and mail links) or :func:`html.escape`; the page loads
nothing: styles are inline and a Content-Security-Policy forbids every other resource.
Qt's rich-text engine understands a subset of CSS, so ``qt=True`` uses table attributes
and page breaks it honours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from supervision_app.core.cpd.model import CpdRecord, format_duration
from supervision_app.core.cpd.year import format_day
from supervision_app.core.render import render_markdown
from supervision_app.export.portfolio import (
    ABBREVIATIONS,
    cover_lines,
    plain_paragraphs,
    record_facts,
    record_sections,
    ref_label,
    totals_line,
)
from supervision_app.export.registry import ExportOptions

__all__ = ["demote_headings", "portfolio_html", "portfolio_sections"]

TITLE = "CPD portfolio"
_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^(#{1,6})(?=\s|$)")
#: The deepest heading: Qt draws h5 and h6 smaller than the text, whatever the CSS says.
DEEPEST = 4


def demote_headings(markdown: str, levels: int = 3, deepest: int = 6) -> str:
    """Push the user's own Markdown headings down so they sit under the record's headings."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            line = _ATX.sub(lambda m: "#" * min(deepest, len(m.group(1)) + levels), line)
        out.append(line)
    return "\n".join(out)


_BROWSER_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; color: #1a1a1a; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 22pt; color: #1f4e79; margin-bottom: 0.2em; }
h2 { font-size: 15pt; color: #1f4e79; border-bottom: 2px solid #1f4e79; padding-bottom: 2px;
     margin-top: 2em; }
h3 { font-size: 12pt; color: #1f4e79; margin: 1.2em 0 0.3em; }
h4, h5, h6 { font-size: 11pt; }
.cover { margin: 3em 0 2em; }
.cover p { margin: 0.2em 0; color: #444; }
table.summary { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.summary th, table.summary td { border: 1px solid #7f7f7f; padding: 4px 6px;
     vertical-align: top; text-align: left; }
table.summary th { background: #1f4e79; color: #fff; }
table.summary td.num { text-align: right; }
.key { font-size: 9pt; color: #555; }
.record { page-break-before: always; }
blockquote { border-left: 3px solid #bbb; margin-left: 0; padding-left: 1em; color: #444; }
@media print { body { margin: 0; max-width: none; } }
"""

# Qt: points, no max-width/margins on body (the page is set by the writer), bold headings.
# Qt's rich text ignores margins given in points ("margin-bottom: 5pt" was no margin at all,
# so paragraphs ran together); it takes CSS pixels (1/96 inch, scaled to the device).
# Margins are written here in points, ``[n]``, and turned into pixels by :func:`qt_css`.
_QT_CSS = """
body { font-family: "DejaVu Sans"; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 24pt; color: #1f4e79; margin-top: 0; margin-bottom: [8]; }
h2 { font-size: 15pt; color: #1f4e79; margin-top: [14]; margin-bottom: [5]; }
h3 { font-size: 11.5pt; color: #1f4e79; margin-top: [12]; margin-bottom: [4]; }
h4 { font-size: 10.5pt; font-weight: bold; margin-top: [9]; margin-bottom: [3]; }
h5 { font-size: 10pt; font-weight: bold; margin-top: [8]; margin-bottom: [3]; }
h6 { font-size: 10pt; font-weight: bold; margin-top: [8]; margin-bottom: [3]; }
p { margin-top: 0; margin-bottom: [7]; }
ul, ol { margin-top: 0; margin-bottom: [7]; }
li { margin-bottom: [2]; }
.meta { color: #444444; }
th { background-color: #1f4e79; color: #ffffff; font-weight: bold; }
td, th { font-size: 8.5pt; }
.key { font-size: 8pt; color: #555555; margin-top: [6]; }
"""
_POINTS = re.compile(r"\[(\d+(?:\.\d+)?)\]")


def qt_css() -> str:
    """The Qt style sheet with its margins (``[n]`` points) in CSS pixels (96 an inch)."""
    return _POINTS.sub(lambda m: f"{round(float(m.group(1)) * 96 / 72)}px", _QT_CSS)


def _md(text: str) -> str:
    paragraphs = plain_paragraphs(text)
    if paragraphs is not None:
        return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return render_markdown(demote_headings(text, deepest=DEEPEST))


def _facts(record: CpdRecord) -> str:
    lines = "<br>".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in record_facts(record))
    return f'<p class="meta">{lines}</p>'


def _summary_table(records: Sequence[CpdRecord], options: ExportOptions, qt: bool) -> str:
    library = options.framework_library()
    rows = []
    for n, record in enumerate(records, start=1):
        standards = ", ".join(ref_label(r, library, short=True) for r in record.links)
        anchor = (
            f'<a href="#record-{n}">{escape(record.title)}</a>' if not qt else escape(record.title)
        )
        rows.append(
            "<tr>"
            f"<td>{escape(format_day(record.date))}</td>"
            f"<td>{anchor}</td>"
            f"<td>{escape(record.activity_label)}</td>"
            f'<td class="num" align="right">{escape(format_duration(record.minutes))}</td>'
            f"<td>{escape(standards)}</td>"
            "</tr>"
        )
    attributes = (
        ' border="1" cellspacing="0" cellpadding="4" width="100%"'
        ' style="border-collapse: collapse; border-color: #7f7f7f;"'
        if qt
        else ' class="summary"'
    )
    total = format_duration(sum(r.minutes for r in records if r.is_cpd))
    head = (
        '<tr><th width="13%" align="left">Date</th><th width="37%" align="left">Title</th>'
        '<th width="18%" align="left">Type</th><th width="8%" align="right">Time</th>'
        '<th width="24%" align="left">Standards</th></tr>'
    )
    foot = (
        f'<tr><td colspan="3"><b>Total (CPD records)</b></td>'
        f'<td class="num" align="right"><b>{total}</b></td><td></td></tr>'
    )
    table = f"<table{attributes}><thead>{head}</thead><tbody>{''.join(rows)}{foot}</tbody></table>"
    used = {ref.partition(":")[0] for r in records for ref in r.links}
    key = [
        f"{abbr}: {escape(library.get(fid).name)}"
        for fid, abbr in ABBREVIATIONS.items()
        if fid in used and fid in library
    ]
    if key:
        table += f'<p class="key">{"; ".join(key)}.</p>'
    return table


def _record_html(
    n: int, record: CpdRecord, options: ExportOptions, qt: bool, *, page_break: bool = True
) -> str:
    library = options.framework_library()
    brk = ' style="page-break-before: always;"' if qt and page_break else ""
    parts = [f'<h2 id="record-{n}"{brk}>{n}. {escape(record.title)}</h2>']
    parts.append(_facts(record))
    for section in record_sections(record, library):
        parts.append(f"<h3>{escape(section.heading)}</h3>")
        parts.append(_md(section.text))
    return f'<div class="record">{"".join(parts)}</div>' if not qt else "".join(parts)


def _summary_html(records: Sequence[CpdRecord], options: ExportOptions, qt: bool) -> str:
    totals = f'<p class="meta">{escape(totals_line(records))}</p>'
    return f"<h2>Summary</h2>{totals}{_summary_table(records, options, qt)}"


def portfolio_sections(records: Sequence[CpdRecord], options: ExportOptions) -> list[str]:
    """The PDF's parts, each to start on a new page: the summary, then each record.

    Qt's HTML (as ``portfolio_html(qt=True)``) without page breaks: the PDF writer lays
    each part out on its own (see ``gui/pdf_flow.py``), with :func:`qt_css` as style sheet.
    """
    return [_summary_html(records, options, True)] + [
        _record_html(n, r, options, True, page_break=False) for n, r in enumerate(records, start=1)
    ]


def portfolio_html(
    records: Sequence[CpdRecord], options: ExportOptions, *, qt: bool = False
) -> str:
    """The whole portfolio: cover, summary table, then one part per record.

    ``qt=True``: for QTextDocument, without the cover (the PDF writer paints it).
    """
    cover = ""
    if not qt:  # the PDF paints its own cover page
        cover = (
            f'<div class="cover"><h1>{TITLE}</h1>'
            + "".join(f"<p>{escape(line)}</p>" for line in cover_lines(records, options))
            + "</div>"
        )
    summary = _summary_html(records, options, qt)
    body = "".join(_record_html(n, r, options, qt) for n, r in enumerate(records, start=1))
    title = escape(f"{TITLE} – {options.practitioner_name}" if options.practitioner_name else TITLE)
    csp = "default-src 'none'; style-src 'unsafe-inline'"
    head = (
        '<meta charset="utf-8">'
        + ("" if qt else f'<meta http-equiv="Content-Security-Policy" content="{csp}">')
        + ('<meta name="referrer" content="no-referrer">' if not qt else "")
        + f"<title>{title}</title><style>{qt_css() if qt else _BROWSER_CSS}</style>"
    )
    page = f"<body>{cover}{summary}{body}</body>"
    return f'<!DOCTYPE html>\n<html lang="en-GB"><head>{head}</head>{page}</html>\n'
