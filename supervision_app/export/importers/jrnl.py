"""jrnl's JSON export (``jrnl --export json``)::

    {"tags": {"@supervision": 2},
     "entries": [{"title": "...", "body": "...", "date": "2026-03-01", "time": "09:30",
                  "tags": ["@supervision"], "starred": false}]}

jrnl's tag symbols (``@``, ``#``) are dropped from tag names; a starred entry gets the tag
``starred``. The date and time (local time, as jrnl keeps them) become the practice date and
the entry's creation time.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app.core import safe_json
from supervision_app.core.entries import Entry
from supervision_app.core.i18n import Text, reason
from supervision_app.core.imports import (
    ImportResult,
    InvalidImport,
    Problems,
    ReadEntries,
    checked_entry,
)
from supervision_app.core.parse_problems import json_reason
from supervision_app.storage.bulk import write_entries
from supervision_app.storage.jsonl.schema import describe

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

STARRED_TAG = "starred"


JRNL = Text("Imports", "a jrnl JSON export")
DAY_ONE = Text("Imports", "a Day One JSON export")


def wrong_export(name: str, found: Text, chosen: Text) -> InvalidImport:
    """The file is the other program's export: say so, rather than what it lacks."""
    return InvalidImport(
        [
            Text(
                "Imports",
                "{name} looks like {found}, not {chosen}: import it as {found}",
                name=name,
                found=found,
                chosen=chosen,
            )
        ]
    )


def every_entry_has(items: list[Any], key: str, lacks: str) -> bool:
    """Every entry is an object with ``key`` and without ``lacks``: jrnl's ``date`` or Day
    One's ``creationDate`` (the wrong import chosen)."""
    return bool(items) and all(isinstance(i, dict) and key in i and lacks not in i for i in items)


def load_json(path: Path) -> Any:
    """The file's JSON, or :class:`InvalidImport` naming the line of a syntax error."""
    if zipfile.is_zipfile(path):  # Day One's export is a zip; jrnl's never is
        raise wrong_export(path.name, DAY_ONE, JRNL)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidImport([Text("Imports", "{name} is not UTF-8 text", name=path.name)]) from None
    return parse_json(text, path.name)


def parse_json(text: str, name: str) -> Any:
    try:
        return safe_json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidImport(
            [
                Text(
                    "Imports",
                    "{name}, line {line}: not valid JSON ({reason} at column {column})",
                    name=name,
                    line=error.lineno,
                    reason=json_reason(error),
                    column=error.colno,
                )
            ]
        ) from None
    except safe_json.HostileJSON as error:
        raise InvalidImport(
            [
                Text(
                    "Imports",
                    "{name}, line {line}: {reason}",
                    name=name,
                    line=error.line,
                    reason=error.reason,
                )
            ]
        ) from None


def entry_list(data: Any, name: str, what: str) -> list[Any]:
    """The list of ``entries``; ``what`` names the export (a :class:`Text`)."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise InvalidImport(
            [
                Text(
                    "Imports",
                    "{name} is not {what} (it has no list of 'entries')",
                    name=name,
                    what=what,
                )
            ]
        )
    entries: list[Any] = data["entries"]
    return entries


def _text(item: dict[str, Any], key: str, required: bool = False) -> str:
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        found = Text("Imports", "nothing") if value is None else describe(value)
        raise ValueError(
            Text("Imports", "field '{key}': expected text, found {found}", key=key, found=found)
        )
    return value


def tag_list(item: dict[str, Any], key: str = "tags") -> list[str]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise ValueError(Text("Imports", "field '{key}': expected a list of text", key=key))
    return [t.lstrip("@#") for t in value]


def _entry(item: Any) -> Entry:
    if not isinstance(item, dict):
        raise ValueError(Text("Imports", "expected an object, found {found}", found=describe(item)))
    date_text = _text(item, "date", required=True)
    try:
        day = dt.date.fromisoformat(date_text)
    except ValueError:
        raise ValueError(
            Text(
                "Imports",
                "field 'date': '{text}' is not a date in the form YYYY-MM-DD",
                text=date_text,
            )
        ) from None
    created = None
    time_text = _text(item, "time")
    if time_text:
        try:
            created = dt.datetime.combine(day, dt.time.fromisoformat(time_text)).astimezone()
        except ValueError:
            raise ValueError(
                Text(
                    "Imports",
                    "field 'time': '{text}' is not a time in the form HH:MM",
                    text=time_text,
                )
            ) from None
    tags = tag_list(item)
    if item.get("starred") is True:
        tags.append(STARRED_TAG)
    return checked_entry(
        Entry(
            title=_text(item, "title"),
            body=_text(item, "body").strip("\n"),
            practice_date=day,
            tags=tuple(tags),
            created_at=created,
            updated_at=created,
        )
    )


def read_jrnl(path: Path | str) -> ReadEntries:
    """Every entry of the export, checked; :class:`InvalidImport` names each bad one."""
    path = Path(path)
    items = entry_list(load_json(path), path.name, JRNL)
    if every_entry_has(items, "creationDate", lacks="date"):
        raise wrong_export(path.name, DAY_ONE, JRNL)
    problems = Problems()
    entries: list[Entry] = []
    for number, item in enumerate(items, start=1):
        try:
            entries.append(_entry(item))
        except ValueError as error:
            problems.add(
                Text(
                    "Imports",
                    "{name}, entry {number}: {reason}",
                    name=path.name,
                    number=number,
                    reason=reason(error),
                )
            )
    problems.check()
    return ReadEntries(entries)


def import_jrnl(vault: Vault, path: Path | str, *, dry_run: bool = False) -> ImportResult:
    return write_entries(vault, read_jrnl(path), dry_run=dry_run)
