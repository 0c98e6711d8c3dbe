"""A CSV file with a header row, imported through a mapping of our fields to its columns.

The mapping is ``{field: column header}`` for any of :data:`FIELDS`; the dialog (or
``import --map``) builds it, starting from :func:`guess_mapping`. Values:

* ``date``: ISO (``2026-03-01``) or UK day-first (``01/03/2026``, ``1 March 2026``), with or
  without a time; empty means today.
* ``tags``: separated by commas or semicolons.
* ``minutes``: ``90`` or ``1:30``; or ``hours``: ``1.5`` (not both).
* ``kind``: a kind's name (``CPD activity``) or its slug (``cpd_activity``); empty means a
  reflection.

Rows are numbered as a spreadsheet shows them: the header is row 1. Entirely empty rows are
skipped; a row with neither a title nor a body is a problem. The file is read as UTF-8 (with
or without a byte-order mark) or, failing that, as Windows-1252, which is what Excel for
Windows saves as "CSV"; commas, semicolons and tabs are recognised as separators.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.entries import DEFAULT_KIND, KINDS, Entry
from supervision_app.core.imports import (
    ImportResult,
    InvalidImport,
    Problems,
    ReadEntries,
    checked_entry,
    parse_day,
    parse_minutes,
)
from supervision_app.storage.bulk import local_today, write_entries

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

FIELDS = ("title", "body", "date", "tags", "minutes", "hours", "kind")
#: Field -> header words that suggest it (compared without case or punctuation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "subject", "heading", "entry title", "activity", "name of activity"),
    "body": (
        "body",
        "text",
        "content",
        "notes",
        "note",
        "description",
        "reflection",
        "entry",
        "details",
        "what i learnt",
        "what i learned",
    ),
    "date": ("date", "practice date", "activity date", "date of activity", "day", "when"),
    "tags": ("tags", "tag", "labels", "keywords", "categories", "category"),
    "minutes": ("minutes", "mins", "duration", "time spent", "duration minutes", "time minutes"),
    "hours": ("hours", "hrs", "cpd hours", "hours spent", "time spent hours", "duration hours"),
    "kind": ("kind", "type", "entry type", "record type"),
}
_LABELS = {label.casefold(): slug for slug, label in KINDS.items()}
_FIELD_LIMIT = 16 * 1024 * 1024


def _normal(header: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", header.casefold()).split())


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """A first guess of which column holds which field (each column used once)."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for exact in (True, False):
        for field in FIELDS:
            if field in mapping:
                continue
            for header in headers:
                name = _normal(header)
                if header in used or not name:
                    continue
                words = SYNONYMS[field]
                hit = name in words if exact else any(w in name.split() for w in words[:2])
                if hit:
                    mapping[field] = header
                    used.add(header)
                    break
    if "minutes" in mapping:
        mapping.pop("hours", None)  # both: minutes are exact, hours may be rounded
    return mapping


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _rows(path: Path) -> list[list[str]]:
    text = _read_text(path)
    if not text.strip():
        raise InvalidImport([f"{path.name} is empty"])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        raise InvalidImport([f"{path.name} is not a readable CSV file ({error})"]) from None


def csv_preview(path: Path | str, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """The header row and the first ``rows`` data rows, for the column-mapping dialog."""
    table = _rows(Path(path))
    return table[0], table[1 : rows + 1]


def _check_mapping(mapping: dict[str, str], headers: list[str], name: str) -> dict[str, int]:
    problems = Problems()
    columns: dict[str, int] = {}
    for field, header in mapping.items():
        if field not in FIELDS:
            problems.add(
                f"'{field}' is not a field to import into (choose from {', '.join(FIELDS)})"
            )
        elif header not in headers:
            shown = ", ".join(f"'{h}'" for h in headers)
            problems.add(f"There is no column '{header}' in {name} (its columns are {shown})")
        else:
            columns[field] = headers.index(header)
    if not problems and "title" not in columns and "body" not in columns:
        problems.add("Choose a column for the title or for the body")
    if "minutes" in columns and "hours" in columns:
        problems.add("Choose a column for minutes or for hours, not both")
    problems.check()
    return columns


def _kind(text: str) -> str:
    value = text.strip()
    if not value:
        return DEFAULT_KIND
    return _LABELS.get(value.casefold(), value.lower().replace(" ", "_").replace("-", "_"))


def _hours(text: str) -> int:
    try:
        hours = float(text.strip().replace(",", "."))
    except ValueError:
        raise ValueError(f"'{text}' is not a number of hours (use 1.5)") from None
    if not 0 <= hours < 24 * 14:
        raise ValueError(f"'{text}' is not a number of hours between 0 and 336")
    return round(hours * 60)


def _entry(cells: dict[str, str], today: dt.date, mapping: dict[str, str], row: int) -> Entry:
    def fail(field: str, reason: str) -> ValueError:
        return ValueError(f"Row {row}, column '{mapping[field]}': {reason}")

    try:
        day = parse_day(cells["date"]) if cells.get("date", "").strip() else today
    except ValueError as error:
        raise fail("date", str(error)) from None
    minutes = 0
    try:
        if "minutes" in cells:
            minutes = parse_minutes(cells["minutes"])
        elif cells.get("hours", "").strip():
            minutes = _hours(cells["hours"])
    except ValueError as error:
        raise fail("minutes" if "minutes" in cells else "hours", str(error)) from None
    if not cells.get("title", "").strip() and not cells.get("body", "").strip():
        raise ValueError(f"Row {row}: neither the title nor the body has any text")
    entry = Entry(
        title=cells.get("title", ""),
        body=cells.get("body", "").replace("\r\n", "\n"),
        kind=_kind(cells.get("kind", "")),
        practice_date=day,
        tags=tuple(re.split(r"[,;]", cells.get("tags", ""))),
        minutes=minutes,
    )
    try:
        return checked_entry(entry)
    except ValueError as error:
        raise ValueError(f"Row {row}: {error}") from None


def read_csv(path: Path | str, mapping: dict[str, str], today: dt.date) -> ReadEntries:
    """Every row as a checked entry; :class:`InvalidImport` names each bad row and column."""
    path = Path(path)
    table = _rows(path)
    headers = table[0]
    columns = _check_mapping(mapping, headers, path.name)
    problems = Problems()
    entries: list[Entry] = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {f: cells[i] if i < len(cells) else "" for f, i in columns.items()}
        try:
            entries.append(_entry(values, today, mapping, number))
        except ValueError as error:
            problems.add(str(error))
    problems.check()
    return ReadEntries(entries)


def import_csv(
    vault: Vault, path: Path | str, mapping: dict[str, str], *, dry_run: bool = False
) -> ImportResult:
    """Import ``path`` with ``mapping`` (``{field: column header}``), all rows or none."""
    return write_entries(vault, read_csv(path, mapping, local_today(vault)), dry_run=dry_run)
