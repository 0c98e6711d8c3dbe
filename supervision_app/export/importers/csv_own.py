"""Our own CSV export, read back into the same fields without a mapping.

A file whose header row holds every column of :data:`portfolio.COLUMNS` (or the older
export's ``Hours`` instead of ``Time`` and ``Minutes``) is ours: the title, date, kind,
time, tags and **Reflection** (the entry's text) go back where they came from, and a row
with a type of CPD gets its CPD details back (description, learning, impact, the peer
discussion, the standards addressed). Evidence files are not in a CSV: each row that
listed some is named in the import summary. The leading apostrophe the export puts before
text a spreadsheet would take for a formula is taken off again.
"""

from __future__ import annotations

import datetime as dt
import re

from supervision_app.core.cpd.model import ACTIVITY_LABELS, CpdFields, InvalidCpd
from supervision_app.core.entries import DEFAULT_KIND, KINDS, Entry
from supervision_app.core.frameworks import FrameworkLibrary, default_library
from supervision_app.core.i18n import Phrase, Text, reason
from supervision_app.core.imports import (
    Problems,
    ReadEntries,
    checked_entry,
    parse_day,
    parse_minutes,
)
from supervision_app.export.csv_export import FORMULA_STARTS
from supervision_app.export.portfolio import COLUMNS, ref_label

#: Columns every version of our export has (the time is "Minutes" now, "Hours" before).
REQUIRED = tuple(c.header for c in COLUMNS if c.header not in ("Time", "Minutes", "Sign-off"))
_KIND_LABELS = {label.casefold(): slug for slug, label in KINDS.items()}
_TYPE_LABELS = {label.casefold(): slug for slug, label in ACTIVITY_LABELS.items()}


def is_own_export(headers: list[str]) -> bool:
    names = set(headers)
    return all(h in names for h in REQUIRED) and ("Minutes" in names or "Hours" in names)


def _plain(text: str) -> str:
    """A cell as written, without the export's formula-guard apostrophe."""
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _standards(text: str, library: FrameworkLibrary) -> tuple[str, ...]:
    labels = {ref_label(item.ref, library): item.ref for fw in library for item in fw.items}
    refs = []
    for line in text.splitlines():
        line = line.strip()
        if line in labels:
            refs.append(labels[line])
        elif re.fullmatch(r"[a-z0-9-]+:[a-z0-9-]+", line):
            refs.append(line)  # a reference the export showed as it is
        elif line:
            raise ValueError(
                Text("Imports", "'{line}' is not a standard this app knows", line=line)
            )
    return tuple(refs)


def read_own_csv(headers: list[str], table: list[list[str]], name: str) -> ReadEntries:
    """Every row of our export as an entry with its CPD details and standards."""
    library = default_library()
    index = {h: i for i, h in enumerate(headers)}
    problems = Problems()
    read = ReadEntries([])
    for number, cells in enumerate(table, start=2):
        if not any(c.strip() for c in cells):
            continue

        cell = _Cells(cells, index)
        try:
            entry, fields, refs = _row(cell, library)
        except ValueError as error:
            problems.add(Text("Imports", "Row {row}: {reason}", row=number, reason=reason(error)))
            continue
        position = len(read.entries)
        read.entries.append(entry)
        if fields is not None:
            read.cpd[position] = fields
        if refs:
            read.links[position] = refs
        if cell("Evidence files").strip():
            read.dropped.append(
                Text(
                    "Imports",
                    "{name}, row {row}: evidence files are not in a CSV file ({files}); add "
                    "them to the record again",
                    name=name,
                    row=number,
                    files=cell("Evidence files").strip(),
                )
            )
    problems.check()
    if read.dropped:
        read.notes.append(
            Text(
                "Imports",
                "%n record(s) listed evidence files, which a CSV file does not hold (listed below)",
                n=len(read.dropped),
            )
        )
    return read


class _Cells:
    """A row's cells by header, as written (an absent column reads as empty)."""

    def __init__(self, cells: list[str], index: dict[str, int]) -> None:
        self._cells, self._index = cells, index

    def __call__(self, header: str) -> str:
        i = self._index.get(header)
        return _plain(self._cells[i]) if i is not None and i < len(self._cells) else ""


def _row(
    cell: _Cells, library: FrameworkLibrary
) -> tuple[Entry, CpdFields | None, tuple[str, ...]]:
    day = parse_day(cell("Date")) if cell("Date").strip() else None
    if day is None:
        raise ValueError(Text("Imports", "column 'Date' is empty"))
    if cell("Minutes").strip():
        minutes = parse_minutes(cell("Minutes"))
    elif cell("Hours").strip():
        minutes = round(float(cell("Hours").replace(",", ".")) * 60)
    else:
        minutes = 0
    kind_text = cell("Kind").strip()
    kind = _KIND_LABELS.get(kind_text.casefold(), kind_text or DEFAULT_KIND)
    entry = checked_entry(
        Entry(
            title=cell("Title"),
            body=cell("Reflection").replace("\r\n", "\n"),
            kind=kind,
            practice_date=day,
            tags=tuple(cell("Tags").split(",")),
            minutes=minutes,
        )
    )
    refs = _standards(cell("Standards addressed"), library)
    cpd_type = cell("Type of CPD").strip()
    if not cpd_type:
        return entry, None, refs
    peer_date = cell("Peer discussion date").strip()
    try:
        fields = CpdFields(
            activity_type=_TYPE_LABELS.get(cpd_type.casefold(), cpd_type),
            description=cell("Description and why it is relevant"),
            learning=cell("What I learnt"),
            impact=cell("Impact on my practice and the people I work with"),
            peer_role=cell("Peer's role"),
            peer_date=dt.date.fromisoformat(peer_date) if peer_date else None,
            peer_learning=cell("What I learnt from the peer discussion"),
        ).validated()
    except InvalidCpd as error:
        raise ValueError(Phrase(error)) from None
    return entry, fields, refs
