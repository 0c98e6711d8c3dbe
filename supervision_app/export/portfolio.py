"""What every portfolio export shows, in one place: labels, sections and table columns.

The PDF, Word, Markdown and HTML exporters lay the same content out differently; the
spreadsheet exporters share the column list. Plain Python.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from supervision_app.core.cpd.model import CpdRecord, format_duration, format_size
from supervision_app.core.cpd.year import format_day
from supervision_app.core.entries import kind_label
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.scan import chunks
from supervision_app.export.registry import ExportOptions

__all__ = [
    "COLUMNS",
    "Column",
    "Section",
    "cover_lines",
    "plain_paragraphs",
    "record_facts",
    "record_sections",
    "totals_line",
    "ref_label",
    "standards_text",
]

#: Short names for the frameworks people cite in CPD records.
ABBREVIATIONS = {"swe-standards": "SWE", "pcf": "PCF", "hcpc-cpd-standards": "HCPC"}


def ref_label(ref: str, library: FrameworkLibrary, *, short: bool = False) -> str:
    """``"SWE 4: Maintain my continuing professional development"`` (``short``: ``"SWE 4"``);
    a ref the library does not know is shown as it is."""
    try:
        framework, item = library.item(ref)
    except (KeyError, ValueError):
        return ref
    abbr = ABBREVIATIONS.get(framework.id)
    if abbr:
        number = f"{abbr} {framework.items.index(item) + 1}"
        return number if short else f"{number}: {item.label}"
    return item.label if short else f"{framework.name}: {item.label}"


def standards_text(record: CpdRecord, library: FrameworkLibrary, *, short: bool = False) -> str:
    sep = ", " if short else "\n"
    return sep.join(ref_label(r, library, short=short) for r in record.links)


@dataclass(frozen=True)
class Section:
    heading: str
    #: Markdown (rendered through core/render.py by HTML and PDF, as text by the others).
    text: str


def record_facts(record: CpdRecord) -> list[tuple[str, str]]:
    """The short labelled facts under a record's title (date, kind, type, time, tags, and a
    supervision record's sign-off)."""
    entry, cpd = record.entry, record.cpd
    facts = [("Date", format_day(entry.practice_date)), ("Kind", kind_label(entry.kind))]
    if cpd is not None:
        facts.append(("Type of CPD", cpd.activity_label))
    if entry.minutes:
        facts.append(("Time spent", format_duration(entry.minutes)))
    if entry.tags:
        facts.append(("Tags", ", ".join(entry.tags)))
    if record.signoff:
        facts.append(("Sign-off", record.signoff))
    return facts


def record_sections(record: CpdRecord, library: FrameworkLibrary) -> list[Section]:
    """The headed parts of one record, in reading order; empty parts are left out."""
    entry, cpd = record.entry, record.cpd
    sections = []
    if cpd is not None:
        sections += [
            Section("Description and why it is relevant", cpd.description),
            Section("What I learnt", cpd.learning),
            Section("Impact on my practice and the people I work with", cpd.impact),
        ]
        if cpd.peer_learning or cpd.peer_role:
            who = [f"Peer: {cpd.peer_role}"] if cpd.peer_role else []
            if cpd.peer_date:
                who.append(f"Discussed on: {format_day(cpd.peer_date)}")
            text = "\n\n".join([*who, cpd.peer_learning]) if who else cpd.peer_learning
            sections.append(Section("Reflection with a peer", text))
    if record.links:
        items = "\n".join(f"- {ref_label(r, library)}" for r in record.links)
        sections.append(Section("Standards and frameworks addressed", items))
    if entry.body.strip():
        sections.append(Section("Reflection" if cpd is not None else "Text", entry.body))
    if record.attachments:
        files = "\n".join(
            f"- {a.filename} ({format_size(a.size)}, kept in the journal)"
            for a in record.attachments
        )
        sections.append(Section("Evidence", files))
    return [s for s in sections if s.text.strip()]


_MARKDOWN_SYNTAX = re.compile(
    r"[*_`#>\[\]|<&\\{}!~^]"  # emphasis, code, headings, quotes, links, tables, html, attrs
    r"|^(?: {4}|\t)"  # indented code
    r"|^\s*(?:[-+]|\d+[.)])(?:\s|$)"  # list items
    r"|^\s*[=-]+\s*$"  # setext heading underlines
    r"|^\s*:"  # definition lists
    r"| {2}$",  # hard line breaks
    re.MULTILINE,
)


def plain_paragraphs(text: str) -> list[str] | None:
    """The paragraphs of ``text`` if it uses no Markdown at all, else None.

    Rendering Markdown costs about 1.5 ms a call; most CPD fields are plain prose, and for
    those joining lines and splitting at blank lines is exactly what Markdown would do.
    """
    if chunks.search(_MARKDOWN_SYNTAX, text):  # in windows: a 1 MB entry held the GIL 0.2 s
        return None
    blocks = re.split(r"\n\s*\n", text.strip())
    return [chunks.join_words(b) for b in blocks if b.strip()]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def totals_line(records: Sequence[CpdRecord]) -> str:
    """E.g. "10 CPD records · 29 h 55 min of CPD · 3 reflected on with a peer"."""
    cpd = [r for r in records if r.is_cpd]
    hours = format_duration(sum(r.minutes for r in cpd))
    if len(cpd) == len(records):
        counted = _plural(len(records), "CPD record")
    else:
        counted = f"{_plural(len(records), 'record')}, {len(cpd)} with CPD details"
    peer = sum(r.has_peer_reflection for r in cpd)
    return f"{counted} · {hours} of CPD · {peer} reflected on with a peer"


def cover_lines(records: Sequence[CpdRecord], options: ExportOptions) -> list[str]:
    """The lines under the title of a cover page."""
    start = options.period_start or (min(r.date for r in records) if records else None)
    end = options.period_end or (max(r.date for r in records) if records else None)
    lines = []
    if options.practitioner_name:
        lines.append(options.practitioner_name)
    if start and end:
        lines.append(f"{format_day(start)} – {format_day(end)}")
    lines.append(totals_line(records))
    lines.append(f"Prepared on {format_day(options.today)}")
    if options.redacted:
        lines.append("Likely identifiers have been replaced with [redacted].")
    return lines


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[CpdRecord, FrameworkLibrary], object]
    #: Width in characters, for spreadsheets.
    width: int = 20


def _cpd(name: str) -> Callable[[CpdRecord, FrameworkLibrary], object]:
    return lambda r, _lib: getattr(r.cpd, name) if r.cpd is not None else ""


def _peer_date(record: CpdRecord, _lib: FrameworkLibrary) -> dt.date | str:
    return record.cpd.peer_date if record.cpd and record.cpd.peer_date else ""


#: One row per record, a column per field (CSV and XLSX).
COLUMNS: tuple[Column, ...] = (
    Column("Date", lambda r, _: r.date, 12),
    Column("Title", lambda r, _: r.entry.title, 36),
    Column("Kind", lambda r, _: kind_label(r.entry.kind), 14),
    Column("Type of CPD", lambda r, _: r.cpd.activity_label if r.cpd else "", 22),
    Column("Time", lambda r, _: format_duration(r.minutes), 12),
    Column("Minutes", lambda r, _: r.minutes, 9),
    Column("Description and why it is relevant", _cpd("description"), 50),
    Column("What I learnt", _cpd("learning"), 50),
    Column("Impact on my practice and the people I work with", _cpd("impact"), 50),
    Column("Peer's role", _cpd("peer_role"), 20),
    Column("Peer discussion date", _peer_date, 12),
    Column("What I learnt from the peer discussion", _cpd("peer_learning"), 50),
    Column("Standards addressed", lambda r, lib: standards_text(r, lib), 40),
    Column("Tags", lambda r, _: ", ".join(r.entry.tags), 20),
    Column("Sign-off", lambda r, _: r.signoff, 28),
    Column("Evidence files", lambda r, _: "; ".join(a.filename for a in r.attachments), 24),
    Column("Reflection", lambda r, _: r.entry.body, 60),
)
