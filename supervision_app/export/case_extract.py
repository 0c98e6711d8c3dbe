"""Write the case-record extract (see :mod:`core.companion.extract`) as text or DOCX.

The anonymisation check runs over the extract's own text first: with findings, nothing is
written unless the caller asks to redact them (each becomes ``[redacted]`` in the written
copy) or to allow them, as ``export`` does.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supervision_app.core.atomic import atomic_write
from supervision_app.core.companion.extract import SessionExtract, case_text
from supervision_app.core.scan.scanner import Finding, redact, scan_text

FORMATS = ("text", "docx")


@dataclass(frozen=True)
class ExtractCheck:
    text: str
    findings: tuple[Finding, ...]


def check_extract(extract: SessionExtract, never_export: Iterable[str] = ()) -> ExtractCheck:
    text = extract.text()
    return ExtractCheck(text, tuple(scan_text(text, tuple(never_export))))


def redacted_extract(extract: SessionExtract, never_export: Iterable[str] = ()) -> str:
    """The extract's text with every finding replaced (each case block is scanned alone,
    so offsets stay right)."""
    words = tuple(never_export)
    blocks = []
    for case in extract.cases:
        block = case_text(extract.heading, case)
        blocks.append(redact(block, scan_text(block, words)))
    return "\n\n".join(blocks) + "\n"


def format_for(path: Path) -> str:
    return "docx" if path.suffix.lower() == ".docx" else "text"


def write_extract(text: str, path: Path, *, title: str, author: str = "") -> Path:
    """Write the (already checked) extract text atomically, as DOCX for a ``.docx`` path."""
    return atomic_write(path, extract_bytes(text, path, title=title, author=author))


def extract_bytes(text: str, path: Path, *, title: str, author: str = "") -> bytes:
    """The file's bytes for ``path``: UTF-8 text, or a DOCX made in memory for ``.docx``
    (the app makes them on a worker thread and writes them with progress and Cancel)."""
    if format_for(path) == "text":
        return text.encode("utf-8")
    buffer = io.BytesIO()
    _docx(text, title, author).save(buffer)
    return buffer.getvalue()


def _docx(text: str, title: str, author: str) -> Any:
    """A small document: a heading per case, its lines as paragraphs, lists as lists."""
    from supervision_app.export.docx_common import add_heading, add_styled, new_document

    doc = new_document(title, author)
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        if lines and lines[0].startswith("Case: "):
            add_heading(doc, lines[0], 1)
            lines = lines[1:]
        for line in lines:
            if not line.strip():
                continue
            if line in ("Decisions", "Actions"):
                add_heading(doc, line, 2)
            elif line.startswith("- "):
                add_styled(doc, "List Bullet", line[2:])
            elif line.startswith("   Rationale: "):
                add_styled(doc, None, line.strip())
            else:
                add_styled(doc, None, line)
    return doc
