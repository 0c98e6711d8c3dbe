"""A CSV file with a header row, imported through a mapping of our fields to its columns.

The mapping is ``{field: column header}`` for any of :data:`FIELDS`; the dialog (or
``import --map``) builds it, starting from :func:`guess_mapping`. Values:

* ``date``: ISO (``2026-03-01``), ``1 March 2026``, or numeric (``01/03/2026``), with or
  without a time; empty means today. Numeric dates are read in the order the file's dates
  decide (``25/12/2026`` can only be day first, ``12/25/2026`` only month first); when every
  one could be either (``1/5/2026``), the user must choose (``date_order``: ``"dmy"`` or
  ``"mdy"``) and :class:`InvalidImport` carries two examples to show.
* ``tags``: separated by commas or semicolons.
* ``minutes``: ``90``, ``1:30`` (``1:30:00`` as Excel saves a duration) or ``1 h 30 min``;
  or ``hours``: ``1.5``, ``1:30`` or ``1.5 hours`` (not both).
* ``kind``: a kind's name (``CPD activity``) or its slug (``cpd_activity``); empty means a
  reflection.

Rows are numbered as a spreadsheet shows them: the header is row 1. Entirely empty rows are
skipped; a row with neither a title nor a body is a problem. The file is read as UTF-8 (with
or without a byte-order mark), as UTF-16 when it starts with that byte-order mark (Excel's
"Unicode Text"), or, failing those, as Windows-1252, which is what Excel for Windows saves
as "CSV"; commas, semicolons and tabs are recognised as separators.

This app's own CSV export is recognised by its header row and read back into the same
fields, CPD details included, without a mapping (:mod:`.csv_own`).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.dates import numeric_parts
from supervision_app.core.entries import DEFAULT_KIND, KINDS, Entry
from supervision_app.core.i18n import DateText, Text, reason
from supervision_app.core.imports import (
    ImportResult,
    InvalidImport,
    Problems,
    ReadEntries,
    checked_entry,
    date_order,
    duration_minutes,
    parse_day,
    parse_minutes,
)
from supervision_app.core.parse_problems import csv_reason
from supervision_app.export.importers.csv_own import is_own_export, read_own_csv
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
    """UTF-8 (with or without a byte-order mark), UTF-16 with one (Excel's "Unicode Text",
    tab-separated), else Windows-1252 (Excel's "CSV" on Windows)."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _rows(path: Path) -> list[list[str]]:
    text = _read_text(path)
    if not text.strip():
        raise InvalidImport([Text("Imports", "{name} is empty", name=path.name)])
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return list(reader)
    except csv.Error as error:
        raise InvalidImport(
            [
                Text(
                    "Imports",
                    "{name} is not a readable CSV file ({reason})",
                    name=path.name,
                    reason=csv_reason(error, reader.line_num),
                )
            ]
        ) from None


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
                Text(
                    "Imports",
                    "'{field}' is not a field to import into (choose from {fields})",
                    field=field,
                    fields=", ".join(FIELDS),
                )
            )
        elif header not in headers:
            shown = ", ".join(f"'{h}'" for h in headers)
            problems.add(
                Text(
                    "Imports",
                    "There is no column '{header}' in {name} (its columns are {columns})",
                    header=header,
                    name=name,
                    columns=shown,
                )
            )
        else:
            columns[field] = headers.index(header)
    if not problems and "title" not in columns and "body" not in columns:
        problems.add(Text("Imports", "Choose a column for the title or for the body"))
    if "minutes" in columns and "hours" in columns:
        problems.add(Text("Imports", "Choose a column for minutes or for hours, not both"))
    problems.check()
    return columns


def _kind(text: str) -> str:
    value = text.strip()
    if not value:
        return DEFAULT_KIND
    return _LABELS.get(value.casefold(), value.lower().replace(" ", "_").replace("-", "_"))


def _hours(text: str) -> int:
    """Minutes from hours: ``1.5`` (or ``1,5``), ``1:30`` as Excel saves a duration, ``6 hours``."""
    try:
        hours = float(text.strip().replace(",", "."))
    except ValueError:
        minutes = duration_minutes(text)
        if minutes is None:
            raise ValueError(
                Text("Imports", "'{text}' is not a number of hours (use 1.5)", text=text)
            ) from None
        hours = minutes / 60
    if not 0 <= hours < 24 * 14:
        raise ValueError(
            Text("Imports", "'{text}' is not a number of hours between 0 and 336", text=text)
        )
    return round(hours * 60)


def ambiguous_examples(values: list[str]) -> tuple[str, ...]:
    """Up to two numeric dates that read differently day first and month first."""
    found = [v.strip() for v in values if (p := numeric_parts(v)) and p[0] != p[1]]
    return tuple(dict.fromkeys(found))[:2]


def read_date_order(values: list[str], column: str, chosen: str | None) -> str:
    """The order to read numeric dates in: decided by the file, else ``chosen``.

    :class:`InvalidImport` when dates disagree, when the file's dates contradict
    ``chosen``, or when nothing decides and nothing was chosen.
    """
    try:
        decided = date_order(values)
    except ValueError as error:
        raise InvalidImport(
            [Text("Imports", "Column '{column}': {reason}", column=column, reason=reason(error))]
        ) from None
    if decided and chosen and decided != chosen:
        if decided == "dmy":
            text = Text(
                "Imports",
                "Column '{column}' has dates that can only be day first, not month first",
                column=column,
            )
        else:
            text = Text(
                "Imports",
                "Column '{column}' has dates that can only be month first, not day first",
                column=column,
            )
        raise InvalidImport([text])
    if decided or chosen:
        return decided or chosen or "dmy"
    examples = ambiguous_examples(values)
    if not examples:
        return "dmy"  # no numeric date reads two ways
    first = examples[0]
    as_dmy, as_mdy = parse_day(first, "dmy"), parse_day(first, "mdy")
    raise InvalidImport(
        [
            Text(
                "Imports",
                "The dates in column '{column}' could be day first or month first "
                "('{first}' is {day_first} or {month_first}); choose which order they are in",
                column=column,
                first=first,
                day_first=DateText(as_dmy, long=True),
                month_first=DateText(as_mdy, long=True),
            )
        ],
        date_examples=examples,
    )


def _entry(
    cells: dict[str, str], today: dt.date, mapping: dict[str, str], row: int, order: str = "dmy"
) -> Entry:
    def fail(field: str, error: ValueError) -> ValueError:
        return ValueError(
            Text(
                "Imports",
                "Row {row}, column '{column}': {reason}",
                row=row,
                column=mapping[field],
                reason=reason(error),
            )
        )

    try:
        day = parse_day(cells["date"], order) if cells.get("date", "").strip() else today
    except ValueError as error:
        raise fail("date", error) from None
    minutes = 0
    try:
        if "minutes" in cells:
            minutes = parse_minutes(cells["minutes"])
        elif cells.get("hours", "").strip():
            minutes = _hours(cells["hours"])
    except ValueError as error:
        raise fail("minutes" if "minutes" in cells else "hours", error) from None
    if not cells.get("title", "").strip() and not cells.get("body", "").strip():
        raise ValueError(
            Text("Imports", "Row {row}: neither the title nor the body has any text", row=row)
        )
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
        raise ValueError(
            Text("Imports", "Row {row}: {reason}", row=row, reason=reason(error))
        ) from None


def read_csv(
    path: Path | str,
    mapping: dict[str, str] | None,
    today: dt.date,
    *,
    date_order: str | None = None,
) -> ReadEntries:
    """Every row as a checked entry; :class:`InvalidImport` names each bad row and column.

    ``mapping`` None: our own export is read back as it was written, anything else with
    :func:`guess_mapping`'s guess.
    """
    path = Path(path)
    table = _rows(path)
    headers = table[0]
    if mapping is None:
        if is_own_export(headers):
            return read_own_csv(headers, table[1:], path.name)
        mapping = guess_mapping(headers)
    columns = _check_mapping(mapping, headers, path.name)
    rows = [
        (number, cells)
        for number, cells in enumerate(table[1:], start=2)
        if any(c.strip() for c in cells)
    ]
    order = "dmy"
    problems = Problems()
    undecided: InvalidImport | None = None
    if "date" in columns:
        i = columns["date"]
        try:
            order = read_date_order(
                [cells[i] for _n, cells in rows if i < len(cells)], mapping["date"], date_order
            )
        except InvalidImport as error:
            if not error.date_examples:
                raise
            # Either order gives a real date, so the rows can still be checked meanwhile.
            undecided = error
            problems.add(error.problems[0])
    entries: list[Entry] = []
    for number, cells in rows:
        values = {f: cells[i] if i < len(cells) else "" for f, i in columns.items()}
        try:
            entries.append(_entry(values, today, mapping, number, order))
        except ValueError as error:
            problems.add(reason(error))
    if undecided is not None:
        raise InvalidImport(problems.items, problems.total, date_examples=undecided.date_examples)
    problems.check()
    read = ReadEntries(entries)
    if order == "mdy":
        read.notes.append(Text("Imports", "dates were read month first"))
    return read


def import_csv(
    vault: Vault,
    path: Path | str,
    mapping: dict[str, str] | None,
    *,
    dry_run: bool = False,
    date_order: str | None = None,
) -> ImportResult:
    """Import ``path`` with ``mapping`` (``{field: column header}``), all rows or none."""
    read = read_csv(path, mapping, local_today(vault), date_order=date_order)
    return write_entries(vault, read, dry_run=dry_run)
