"""Day One's JSON export: the ``Journal.json`` file, or the whole export ``.zip``.

::

    {"metadata": {"version": "1.0"},
     "entries": [{"uuid": "...", "creationDate": "2026-03-01T09:30:00Z",
                  "modifiedDate": "...", "timeZone": "Europe/London",
                  "text": "# A heading\\n\\nThe body...", "tags": ["supervision"],
                  "starred": true, "richText": "...", "photos": [...]}]}

The text is Markdown already. If its first line is a heading it becomes the title and the
rest the body; otherwise the whole text is the body and the entry has no title. The
creation date, in the entry's own time zone, is the practice date. Starred entries get the
tag ``starred``. Photos, locations and weather are not imported (the result says how many
entries had any). A ``.zip`` is read in memory: every ``.json`` journal in it is imported,
and nothing is unpacked to disk.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supervision_app.core.entries import Entry
from supervision_app.core.imports import (
    ImportResult,
    InvalidImport,
    Problems,
    ReadEntries,
    checked_entry,
)
from supervision_app.export.importers.jrnl import STARRED_TAG, entry_list, parse_json, tag_list
from supervision_app.storage.bulk import write_entries
from supervision_app.storage.jsonl.schema import describe

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: A journal larger than this (uncompressed) is refused rather than read into memory.
MAX_JOURNAL_BYTES = 512 * 1024 * 1024
_MEDIA = ("photos", "videos", "audios", "pdfAttachments")
_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line as the title when it is a Markdown heading."""
    first, _newline, rest = text.lstrip("\n").partition("\n")
    match = _HEADING.match(first.strip())
    if match is None:
        return "", text.strip("\n")
    return match.group(1).replace("\\", ""), rest.strip("\n")


def _moment(item: dict[str, Any], key: str, required: bool) -> dt.datetime | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        found = "nothing" if value is None else describe(value)
        raise ValueError(f"field '{key}': expected a date and time, found {found}")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"field '{key}': '{value}' is not a date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _local_day(moment: dt.datetime, zone_name: Any) -> dt.date:
    if isinstance(zone_name, str) and zone_name:
        try:
            return moment.astimezone(ZoneInfo(zone_name)).date()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment.astimezone().date()


def _entry(item: Any) -> Entry:
    if not isinstance(item, dict):
        raise ValueError(f"expected an object, found {describe(item)}")
    created = _moment(item, "creationDate", required=True)
    assert created is not None
    modified = _moment(item, "modifiedDate", required=False) or created
    text = item.get("text", "")
    if not isinstance(text, str):
        raise ValueError(f"field 'text': expected text, found {describe(text)}")
    title, body = split_title(text)
    tags = tag_list(item)
    if item.get("starred") is True:
        tags.append(STARRED_TAG)
    return checked_entry(
        Entry(
            title=title,
            body=body,
            practice_date=_local_day(created, item.get("timeZone")),
            tags=tuple(tags),
            created_at=created,
            updated_at=max(created, modified),
        )
    )


def _journals(path: Path) -> list[tuple[str, str]]:
    """(name, text) of each JSON journal: the file itself, or each one in the zip."""
    if not zipfile.is_zipfile(path):
        return [(path.name, _decode(path.read_bytes(), path.name))]
    journals = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith(".json"):
                continue
            if Path(info.filename).name.startswith("."):
                continue
            if info.file_size > MAX_JOURNAL_BYTES:
                raise InvalidImport([f"{info.filename} in {path.name} is too large to import"])
            journals.append((info.filename, _decode(archive.read(info), info.filename)))
    if not journals:
        raise InvalidImport([f"{path.name} holds no Day One journal (.json file)"])
    return journals


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidImport([f"{name} is not UTF-8 text"]) from None


def read_dayone(path: Path | str) -> ReadEntries:
    """Every entry of every journal in the export, checked."""
    path = Path(path)
    problems = Problems()
    entries: list[Entry] = []
    with_media = 0
    for name, text in _journals(path):
        items = entry_list(parse_json(text, name), name, "a Day One JSON export")
        for number, item in enumerate(items, start=1):
            try:
                entries.append(_entry(item))
            except ValueError as error:
                problems.add(f"{name}, entry {number}: {error}")
                continue
            if any(item.get(key) for key in _MEDIA):
                with_media += 1
    problems.check()
    notes = []
    if with_media:
        noun = "entry" if with_media == 1 else "entries"
        verb = "was" if with_media == 1 else "were"
        notes.append(f"{with_media} {noun} had photos or other media, which {verb} not imported")
    return ReadEntries(entries, notes)


def import_dayone(vault: Vault, path: Path | str, *, dry_run: bool = False) -> ImportResult:
    return write_entries(vault, read_dayone(path), dry_run=dry_run)
