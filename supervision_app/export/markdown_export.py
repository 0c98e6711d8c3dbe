"""Markdown: the portfolio as one plain-text file (GitHub-flavoured tables).

The user's own Markdown is kept as written, with its headings pushed down three levels so
they sit under the record's headings.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord, format_duration
from supervision_app.core.cpd.year import record_cells
from supervision_app.export.html_build import TITLE, demote_headings
from supervision_app.export.portfolio import (
    cover_lines,
    record_facts,
    record_sections,
    ref_label,
)
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register


def table_cell(text: str) -> str:
    """Text that stays inside one Markdown table cell."""
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|") or " "


def portfolio_markdown(records: Sequence[CpdRecord], options: ExportOptions) -> str:
    library = options.framework_library()
    out = [f"# {TITLE}", ""]
    out += [f"{line}  " for line in cover_lines(records, options)]
    out += [
        "",
        "## Summary",
        "",
        "| Date | Title | Type | Time | Standards |",
        "|---|---|---|--:|---|",
    ]
    for record in records:
        standards = ", ".join(ref_label(r, library, short=True) for r in record.links)
        cells = (*record_cells(record), standards)
        out.append("| " + " | ".join(table_cell(c) for c in cells) + " |")
    total = format_duration(sum(r.minutes for r in records if r.is_cpd))
    out.append(f"| **Total (CPD records)** | | | **{total}** | |")
    for n, record in enumerate(records, start=1):
        out += ["", f"## {n}. {record.title}", ""]
        out += [f"**{label}:** {value}  " for label, value in record_facts(record)]
        out.append("")
        for section in record_sections(record, library):
            out += [f"### {section.heading}", "", demote_headings(section.text), ""]
    return "\n".join(out).rstrip() + "\n"


@register
class MarkdownExporter(Exporter):
    name = "md"
    label = "Markdown"
    extension = "md"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        atomic_write(path, portfolio_markdown(records, options).encode("utf-8"))
        return ExportResult(path, len(records))
