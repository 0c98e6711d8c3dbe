"""Social Work England: the text for each field of the online CPD form, ready to paste.

A plain-text file (UTF-8), records grouped by registration year, each field under the
form's own question. Warnings (returned, and shown by the command line and the dialog):
two records that read the same (Social Work England checks that no two are identical),
required fields left empty, and a year short of the minimum.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from pathlib import Path

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.swe import (
    distinct_count,
    identical_pairs,
    missing_fields,
    swe_fields,
)
from supervision_app.core.cpd.year import (
    DEFAULT_YEAR_END,
    MIN_PEER_RECORDS,
    MIN_RECORDS,
    format_day,
    year_containing,
)
from supervision_app.core.i18n import DateText, Text
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register

RULE = "=" * 72


def _quoted(record: CpdRecord) -> str:
    return Text("Exports", "'{title}' ({day})", title=record.title, day=DateText(record.date))


def swe_warnings(records: Sequence[CpdRecord], year_end: tuple[int, int]) -> list[str]:
    """What to look at before pasting the records into the online form: core.i18n.Text,
    English on the command line, in the window's language after an export there."""
    warnings: list[str] = []
    for first, second in identical_pairs(records):
        warnings.append(
            Text(
                "Exports",
                "{second} reads the same as {first}; Social Work England checks that no two "
                "records are identical, so reword one of them.",
                second=_quoted(second),
                first=_quoted(first),
            )
        )
    for record in records:
        missing = missing_fields(record)
        if missing:
            warnings.append(
                Text("Exports", "{record} has nothing yet for: {fields}.",
                     record=_quoted(record), fields="; ".join(missing))
            )  # fmt: skip
    for year, group in groupby(records, key=lambda r: year_containing(r.date, year_end)):
        items = list(group)
        different = distinct_count(items)
        if different < MIN_RECORDS:
            if different == 1:
                source = Text(
                    "Exports",
                    "The year {year} has {count} record; at least {minimum} different records "
                    "are needed.",
                    year=year.text(), count=different, minimum=MIN_RECORDS,
                )  # fmt: skip
            else:
                source = Text(
                    "Exports",
                    "The year {year} has {count} different records; at least {minimum} "
                    "different records are needed.",
                    year=year.text(), count=different, minimum=MIN_RECORDS,
                )  # fmt: skip
            warnings.append(source)
        if sum(r.has_peer_reflection for r in items) < MIN_PEER_RECORDS:
            warnings.append(
                Text(
                    "Exports",
                    "No record in the year {year} includes reflection with a peer; at least "
                    "one must.",
                    year=year.text(),
                )
            )
    return warnings


def swe_text(
    records: Sequence[CpdRecord], options: ExportOptions, year_end: tuple[int, int]
) -> str:
    out = ["Social Work England CPD records: text for each field of the online form"]
    if options.practitioner_name:
        out.append(options.practitioner_name)
    out.append(f"Prepared on {format_day(options.today)}")
    if options.redacted:
        out.append("Likely identifiers have been replaced with [redacted].")
    out += [
        "",
        "Copy each part into the field with the same question on Social Work England's",
        "website. The type of CPD may need matching to the nearest option the form offers.",
    ]
    for year, group in groupby(records, key=lambda r: year_containing(r.date, year_end)):
        items = list(group)
        out += ["", "", f"REGISTRATION YEAR {year.label.upper()}", ""]
        for n, record in enumerate(items, start=1):
            out += [RULE, f"Record {n} of {len(items)}: {record.title}", RULE, ""]
            for field in swe_fields(record):
                label = field.label + (" (optional)" if field.optional else "")
                out += [label, "-" * min(len(label), 72)]
                empty = "(none)" if field.optional else "(nothing written yet)"
                out += [field.text.strip() or empty, ""]
    return "\n".join(out).rstrip() + "\n"


@register
class SweExporter(Exporter):
    name = "swe"
    label = "Social Work England form text"
    extension = "txt"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        year_end = options.extra.get("year_end", DEFAULT_YEAR_END)
        cpd = sorted((r for r in records if r.is_cpd), key=lambda r: (r.date, r.id))
        warnings = swe_warnings(cpd, year_end)
        skipped = len(records) - len(cpd)
        if skipped:
            if skipped == 1:
                left = Text("Exports", "1 entry has no CPD details and was left out.")
            else:
                left = Text(
                    "Exports",
                    "{count} entries have no CPD details and were left out.",
                    count=skipped,
                )
            warnings.insert(0, left)
        if not cpd:
            warnings.append(Text("Exports", "There are no CPD records to export."))
        atomic_write(path, swe_text(cpd, options, year_end).encode("utf-8"))
        return ExportResult(path, len(cpd), warnings)
