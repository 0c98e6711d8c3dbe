"""How entries look on standard output: the ``--json`` shapes and the human lines.

The JSON shapes are a documented, stable interface (docs/cli.md): add fields, never rename
or remove one.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from supervision_app.cli.terminal import safe_text
from supervision_app.core.entries import KINDS, EntrySummary, kind_label

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.core.entries import Entry

#: Wide enough for every built-in kind's label.
_KIND_WIDTH = max(len(label) for label in KINDS.values())


def iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def local_time(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def summary_json(summary: EntrySummary) -> dict[str, Any]:
    """One ``list --json`` item."""
    return {
        "id": summary.id,
        "kind": summary.kind,
        "title": summary.title,
        "practice_date": summary.practice_date.isoformat(),
        "tags": list(summary.tags),
        "updated_at": iso(summary.updated_at),
    }


def entry_json(entry: Entry) -> dict[str, Any]:
    """The ``show --json`` object."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "practice_date": entry.practice_date.isoformat(),
        "tags": list(entry.tags),
        "minutes": entry.minutes,
        "created_at": iso(entry.created_at),
        "updated_at": iso(entry.updated_at),
        "deleted_at": iso(entry.deleted_at),
    }


def split_snippet(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without its markers, and the ``[start, end)`` offsets they enclosed
    (non-empty only; a start mark without an end is dropped). Split at the marks rather
    than read a character at a time: that loop was an eighth of the Python a whole
    ``search`` process ran (issue 10)."""
    from supervision_app.storage.entries import MARK_END, MARK_START

    text: list[str] = []
    spans: list[list[int]] = []
    length = 0
    start: int | None = None
    for i, after_start in enumerate(snippet.split(MARK_START)):
        if i:  # a start mark came just before this piece
            start = length
        for j, piece in enumerate(after_start.split(MARK_END)):
            if j:  # an end mark came just before this piece
                if start is not None and length > start:
                    spans.append([start, length])
                start = None
            text.append(piece)
            length += len(piece)
    return "".join(text), spans


def search_json(summary: EntrySummary) -> dict[str, Any]:
    """One ``search --json`` item."""
    snippet, highlights = split_snippet(summary.snippet)
    item = summary_json(summary)
    del item["updated_at"]
    item["snippet"] = snippet
    item["highlights"] = highlights
    return item


def summary_row(summary: EntrySummary) -> str:
    tags = f"  [{', '.join(summary.tags)}]" if summary.tags else ""
    return (
        f"{summary.id:>5}  {summary.practice_date.isoformat()}  "
        f"{kind_label(summary.kind):<{_KIND_WIDTH}}  {summary.display_title}{tags}"
    )


def highlight_marks() -> tuple[str, str]:
    if sys.stdout.isatty() and os.name != "nt" and "NO_COLOR" not in os.environ:
        return "\x1b[1m", "\x1b[0m"
    return "[", "]"


def render_snippet(snippet: str, start: str, end: str) -> str:
    text, spans = split_snippet(snippet)
    parts: list[str] = []
    done = 0
    text = safe_text(text)  # the marks may be escape sequences: print this in raw_output()
    for first, last in spans:
        parts += [text[done:first], start, text[first:last], end]
        done = last
    parts.append(text[done:])
    return " ".join("".join(parts).split())
