"""HCPC CPD profile (Word): summary of practice, personal statement, activity list, evidence.

The HCPC asks audited registrants for a summary of practice (up to 500 words), a personal
statement (up to 1,500 words) about 4 to 6 activities, a dated list of all CPD activities
with gaps of three months or more explained, and supporting evidence. Word, because that is
what people edit and send; the checks (word counts, number of activities, unexplained gaps)
come back as warnings rather than text in the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.hcpc import HcpcProfile, check_profile, profile_gaps
from supervision_app.core.cpd.model import CpdRecord, format_duration, format_size
from supervision_app.core.cpd.year import format_day
from supervision_app.core.i18n import Text
from supervision_app.export.docx_common import (
    add_facts,
    add_header_table,
    add_heading,
    add_record_row,
    add_styled,
    new_document,
    set_cell,
    set_column_widths,
    xml_text,
)
from supervision_app.export.docx_markdown import add_markdown
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register

TITLE = "Continuing professional development profile"
ACTIVITY_HEADERS = ("Date", "Activity", "Type", "Time", "Evidence")
ACTIVITY_WIDTHS_CM = (2.5, 6.6, 3.2, 2.4, 2.3)


def _warnings(
    profile: HcpcProfile, records: Sequence[CpdRecord], options: ExportOptions
) -> list[str]:
    warnings: list[str] = [
        Text("Exports", "{check}: {detail}.", check=check.label, detail=check.detail)
        for check in check_profile(profile, records, options.today)
        if not check.ok
    ]
    known = {r.id for r in records}
    missing = [i for i in profile.evidence_ids if i not in known]
    if missing:
        if len(missing) == 1:
            left = Text(
                "Exports",
                "1 record chosen as evidence could not be found (deleted, or without CPD "
                "details) and was left out.",
            )
        else:
            left = Text(
                "Exports",
                "{count} records chosen as evidence could not be found (deleted, or without "
                "CPD details) and were left out.",
                count=len(missing),
            )
        warnings.append(left)
    return warnings


def _activity_table(doc: Any, records: Sequence[CpdRecord], evidence: dict[int, int]) -> None:
    from docx.shared import Cm

    table = add_header_table(doc, ACTIVITY_HEADERS)
    for record in records:
        cells = add_record_row(table, record)
        number = evidence.get(record.id)
        set_cell(cells[4], f"Evidence {number}" if number else "")
    set_column_widths(table, [Cm(w) for w in ACTIVITY_WIDTHS_CM])


def _evidence(doc: Any, n: int, record: CpdRecord) -> None:
    add_heading(doc, f"Evidence {n}: {record.title}", 2)
    cpd = record.cpd
    facts = [("Date", format_day(record.date)), ("Type", record.activity_label)]
    if record.minutes:
        facts.append(("Time spent", format_duration(record.minutes)))
    add_facts(doc, facts)
    if cpd is None:
        return
    parts = (
        ("What I did and why", cpd.description),
        ("What I learnt", cpd.learning),
        ("How it benefited my practice and service users", cpd.impact),
        ("Reflection with a peer", cpd.peer_learning),
    )
    for heading, text in parts:
        if text.strip():
            add_heading(doc, heading, 3)
            add_markdown(doc, text, base_level=4)
    if record.attachments:
        add_heading(doc, "Supporting documents", 3)
        for a in record.attachments:
            add_styled(doc, "List Bullet", f"{a.filename} ({format_size(a.size)})")


@register
class HcpcExporter(Exporter):
    name = "hcpc"
    label = "HCPC CPD profile (Word)"
    extension = "docx"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        profile = options.hcpc_profile or HcpcProfile()
        cpd = sorted((r for r in records if r.is_cpd), key=lambda r: (r.date, r.id))
        by_id = {r.id: r for r in cpd}
        chosen = [by_id[i] for i in profile.evidence_ids if i in by_id]
        evidence = {r.id: n for n, r in enumerate(chosen, start=1)}
        start, end = profile.period(options.today)
        in_period = [r for r in cpd if start <= r.date <= end]

        doc = new_document(TITLE, options.practitioner_name)
        add_heading(doc, TITLE, 0)
        lines = [options.practitioner_name, f"{format_day(start)} – {format_day(end)}"]
        lines.append(f"Prepared on {format_day(options.today)}")
        for line in filter(None, lines):
            doc.add_paragraph(xml_text(line))
        if options.redacted:
            doc.add_paragraph("Likely identifiers have been replaced with [redacted].")

        add_heading(doc, "Summary of practice", 1)
        add_markdown(doc, profile.summary or "(not written yet)", base_level=3)
        heading = add_heading(doc, "Personal statement", 1)
        heading.paragraph_format.page_break_before = True
        add_markdown(doc, profile.statement or "(not written yet)", base_level=3)
        if chosen:
            add_heading(doc, "Activities described in this statement", 2)
            for n, record in enumerate(chosen, start=1):
                add_styled(
                    doc, "List Number", f"Evidence {n}: {record.title} ({format_day(record.date)})"
                )

        heading = add_heading(doc, "List of CPD activities", 1)
        heading.paragraph_format.page_break_before = True
        _activity_table(doc, in_period, evidence)
        gaps = profile_gaps(profile, cpd, options.today)
        if gaps:
            add_heading(doc, "Gaps of three months or more", 2)
            for gap in gaps:
                note = profile.gap_notes.get(gap.key, "").strip() or "(explanation needed)"
                add_markdown(doc, f"**{gap.label}:** {note}")

        if chosen:
            heading = add_heading(doc, "Supporting evidence", 1)
            heading.paragraph_format.page_break_before = True
            for n, record in enumerate(chosen, start=1):
                _evidence(doc, n, record)

        atomic_write(path, lambda temp: doc.save(str(temp)))
        return ExportResult(path, len(in_period), _warnings(profile, cpd, options))
