"""Day One's JSON export: the ``Journal.json`` file, or the whole export ``.zip``.

::

    {"metadata": {"version": "1.0"},
     "entries": [{"uuid": "...", "creationDate": "2026-03-01T09:30:00Z",
                  "modifiedDate": "...", "timeZone": "Europe/London",
                  "text": "# A heading\\n\\n![](dayone-moment://6A3F...)\\n\\nThe body\\.",
                  "tags": ["supervision"], "starred": true, "isPinned": false,
                  "location": {"placeName": "...", "localityName": "...", ...},
                  "weather": {"temperatureCelsius": 12, "conditionsDescription": "..."},
                  "photos": [{"identifier": "6A3F...", "md5": "9c1e...", "type": "jpeg"}],
                  "audios": [{"identifier": "...", "md5": "...", "format": "m4a"}]}]}

Everything Day One shows comes across:

* **Title** as Day One shows it: the first line (a heading's text, or the first line with
  words when there is no heading), which then leaves the body. A first line longer than a
  title can be stays in the body and the title is its first words.
* **Text**: Day One escapes punctuation it writes as Markdown (``\\.`` ``\\-`` ``\\(``); those
  escapes are undone, except where the character would start a list, heading or quote.
* **Photos, audio, videos and PDFs** in the export become encrypted evidence files of the
  entry (``photos/<md5>.<type>``, ``audios/...``, ``videos/...``, ``pdfs/...`` in the zip, or
  next to a ``Journal.json``), and each ``dayone-moment://`` link in the text becomes
  ``[Evidence file: NAME]``. A file missing from the export or larger than an evidence file
  may be is left out and listed in the import summary, one line each.
* **Location and weather** are kept as a last paragraph of the body; starred and pinned
  entries get the tags ``starred`` and ``pinned``.

The creation date, in the entry's own time zone, is the practice date. A ``.zip`` is read
in memory: nothing is unpacked to disk.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from supervision_app.core.cpd.model import MAX_ATTACHMENT_BYTES, format_size
from supervision_app.core.entries import MAX_TITLE, Entry
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text, reason
from supervision_app.core.imports import (
    ImportedFile,
    ImportResult,
    InvalidImport,
    Problems,
    ReadEntries,
    checked_entry,
)
from supervision_app.export.importers.jrnl import (
    DAY_ONE,
    JRNL,
    STARRED_TAG,
    entry_list,
    every_entry_has,
    parse_json,
    tag_list,
    wrong_export,
)
from supervision_app.storage.bulk import write_entries
from supervision_app.storage.jsonl.schema import describe

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: A journal larger than this (uncompressed) is refused rather than read into memory.
MAX_JOURNAL_BYTES = 512 * 1024 * 1024
PINNED_TAG = "pinned"
#: The entry's key -> (the folder its files are in, a word for the summary, extension).
#: The word names the file in the entry's text too (English, as the entry is stored) and,
#: translated, in the lines about files left out.
MEDIA: dict[str, tuple[str, str, str]] = {
    "photos": ("photos", QT_TRANSLATE_NOOP("Imports", "photo"), "jpeg"),
    "audios": ("audios", QT_TRANSLATE_NOOP("Imports", "audio recording"), "m4a"),
    "videos": ("videos", QT_TRANSLATE_NOOP("Imports", "video"), "mov"),
    "pdfAttachments": ("pdfs", QT_TRANSLATE_NOOP("Imports", "PDF"), "pdf"),
}
#: Longest first line taken whole as a title; a longer one stays in the body.
TITLE_WORDS_LIMIT = 120
_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")
_MOMENT = re.compile(
    r"!?\[[^\]]*\]\(dayone-moment:/{1,2}(?:(?:audio|video|pdfAttachment)/)?([A-Za-z0-9-]+)\)"
)
_ESCAPE = re.compile(r"\\([!\"#$%&'()+,\-./:;<=>?@^{|}~])")
#: Escapes that keep their meaning: "1\." or "\-" starting a line would become a list.
_LINE_START_ESCAPE = re.compile(r"^(\s*)(\d+\\\.|\\[-+#>=])", re.MULTILINE)
_INLINE_MARKS = re.compile(r"[*_`~]+")


def undo_escapes(text: str) -> str:
    """Day One's ``\\.`` ``\\-`` ``\\(``... back to the characters, where that changes nothing
    about how the Markdown reads (a line-starting ``1\\.`` or ``\\-`` stays escaped)."""
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(2))
        return f"{match.group(1)}\x00{len(kept) - 1}\x00"

    text = _LINE_START_ESCAPE.sub(keep, text)
    text = _ESCAPE.sub(r"\1", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)


def split_title(text: str) -> tuple[str, str]:
    """(title, body) as Day One shows them: the first heading or line with words is the title.

    A line longer than :data:`TITLE_WORDS_LIMIT` characters stays in the body and the title
    is its first words, ending with an ellipsis.
    """
    lines = text.strip("\n").split("\n")
    for index, line in enumerate(lines):
        words = _MOMENT.sub("", line).strip()
        if not words:
            continue
        heading = _HEADING.match(words)
        title = heading.group(1) if heading else _INLINE_MARKS.sub("", words).strip()
        title = title.replace("\\", "")
        if heading is None and len(title) > TITLE_WORDS_LIMIT:
            cut = title[:TITLE_WORDS_LIMIT].rsplit(" ", 1)[0].rstrip(",;:.")
            return cut + "…", text.strip("\n")
        # A photo on the title line stays in the body, where the title line was.
        moments = " ".join(m.group(0) for m in _MOMENT.finditer(line))
        rest = [*lines[:index], *([moments] if moments else []), *lines[index + 1 :]]
        return title[:MAX_TITLE], "\n".join(rest).strip("\n")
    return "", text.strip("\n")


def _moment(item: dict[str, Any], key: str, required: bool) -> dt.datetime | None:
    value = item.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        found = Text("Imports", "nothing") if value is None else describe(value)
        raise ValueError(
            Text(
                "Imports",
                "field '{key}': expected a date and time, found {found}",
                key=key,
                found=found,
            )
        )
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            Text("Imports", "field '{key}': '{value}' is not a date and time", key=key, value=value)
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _local_day(moment: dt.datetime, zone_name: Any) -> dt.date:
    if isinstance(zone_name, str) and zone_name:
        try:
            return moment.astimezone(ZoneInfo(zone_name)).date()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment.astimezone().date()


def place_and_weather(item: dict[str, Any]) -> list[str]:
    """``Location: …`` and ``Weather: …`` lines from an entry's ``location`` and ``weather``."""
    lines = []
    location = item.get("location")
    if isinstance(location, dict):
        parts = [
            location.get(k) for k in ("placeName", "localityName", "administrativeArea", "country")
        ]
        place = ", ".join(
            dict.fromkeys(p.strip() for p in parts if isinstance(p, str) and p.strip())
        )
        if place:
            lines.append(f"Location: {place}")
    weather = item.get("weather")
    if isinstance(weather, dict):
        bits = []
        temperature = weather.get("temperatureCelsius")
        if isinstance(temperature, int | float) and not isinstance(temperature, bool):
            bits.append(f"{temperature:.0f} °C")
        conditions = weather.get("conditionsDescription")
        if isinstance(conditions, str) and conditions.strip():
            bits.append(conditions.strip())
        if bits:
            lines.append(f"Weather: {', '.join(bits)}")
    return lines


class _Source:
    """The journals of an export and the media files beside them (zip or folder)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile | None) -> None:
        self.path = path
        self.archive = archive
        self._names = {i.filename.lower(): i for i in archive.infolist()} if archive else {}

    def journals(self) -> list[tuple[str, str]]:
        if self.archive is None:
            return [(self.path.name, _decode(self.path.read_bytes(), self.path.name))]
        journals = []
        for info in self.archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith(".json"):
                continue
            if Path(info.filename).name.startswith("."):
                continue
            if info.file_size > MAX_JOURNAL_BYTES:
                raise InvalidImport(
                    [
                        Text(
                            "Imports",
                            "{name} in {archive} is too large to import",
                            name=info.filename,
                            archive=self.path.name,
                        )
                    ]
                )
            journals.append((info.filename, _decode(self.archive.read(info), info.filename)))
        if not journals:
            raise InvalidImport(
                [
                    Text(
                        "Imports",
                        "{name} holds no Day One journal (.json file)",
                        name=self.path.name,
                    )
                ]
            )
        return journals

    def media(self, journal: str, folder: str, md5: str, ext: str) -> tuple[str, int] | None:
        """(where, size) of a media file, or None when the export does not have it."""
        base = str(Path(journal).parent / folder) if Path(journal).parent != Path(".") else folder
        for name in (f"{base}/{md5}.{ext}", f"{folder}/{md5}.{ext}"):
            if self.archive is not None:
                info = self._names.get(name.lower())
                if info is not None:
                    return info.filename, info.file_size
            else:
                found = self.path.parent / folder / f"{md5}.{ext}"
                if found.is_file():
                    return str(found), found.stat().st_size
        return None

    def read(self, where: str) -> bytes:
        if self.archive is not None:
            return self.archive.read(where)
        return Path(where).read_bytes()


@contextmanager
def _open(path: Path) -> Iterator[_Source]:
    if not zipfile.is_zipfile(path):
        yield _Source(path, None)
        return
    with zipfile.ZipFile(path) as archive:
        yield _Source(path, archive)


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidImport([Text("Imports", "{name} is not UTF-8 text", name=name)]) from None


@dataclass
class _Read:
    entry: Entry
    files: list[ImportedFile]
    dropped: list[str]


def _media_files(
    source: _Source, journal: str, item: dict[str, Any], day: dt.date, where: Text
) -> tuple[dict[str, str], list[ImportedFile], list[str]]:
    """(identifier -> link text, files kept, lines about files left out)."""
    links: dict[str, str] = {}
    files: list[ImportedFile] = []
    dropped: list[str] = []
    for key, (folder, word, default_ext) in MEDIA.items():
        media = item.get(key)
        if not isinstance(media, list):
            continue
        for number, medium in enumerate(media, start=1):
            if not isinstance(medium, dict):
                continue
            identifier = str(medium.get("identifier") or "")
            md5 = str(medium.get("md5") or "")
            ext = str(medium.get("type") or medium.get("format") or default_ext).lower()
            name = f"{day.isoformat()}-{word.split()[0].lower()}-{number}.{ext}"
            found = source.media(journal, folder, md5, ext) if md5 else None
            if found is None:
                dropped.append(
                    Text(
                        "Imports",
                        "{where}: {word} {number} ({file}) is not in the export",
                        where=where,
                        word=Text("Imports", word),
                        number=number,
                        file=f"{md5 or identifier or 'no name'}.{ext}",
                    )
                )
                links[identifier] = f"[{word.capitalize()} not imported: not in the export]"
                continue
            location, size = found
            if size > MAX_ATTACHMENT_BYTES:
                dropped.append(
                    Text(
                        "Imports",
                        "{where}: {word} {number} is {size}, more than an evidence file may be "
                        "({limit})",
                        where=where,
                        word=Text("Imports", word),
                        number=number,
                        size=format_size(size),
                        limit=format_size(MAX_ATTACHMENT_BYTES),
                    )
                )
                links[identifier] = f"[{word.capitalize()} not imported: too large]"
                continue
            files.append(ImportedFile(name, source.read(location)))
            links[identifier] = f"[Evidence file: {name}]"
    return links, files, dropped


def _entry(source: _Source, journal: str, item: Any, where: Text) -> _Read:
    if not isinstance(item, dict):
        raise ValueError(Text("Imports", "expected an object, found {found}", found=describe(item)))
    created = _moment(item, "creationDate", required=True)
    assert created is not None
    modified = _moment(item, "modifiedDate", required=False) or created
    text = item.get("text", "")
    if not isinstance(text, str):
        raise ValueError(
            Text("Imports", "field 'text': expected text, found {found}", found=describe(text))
        )
    day = _local_day(created, item.get("timeZone"))
    title, body = split_title(undo_escapes(text))
    links, files, dropped = _media_files(source, journal, item, day, where)
    body = _MOMENT.sub(lambda m: links.get(m.group(1), "[Media not in the export]"), body)
    extra = place_and_weather(item)
    if extra:
        body = (body + "\n\n" if body else "") + "  \n".join(extra)
    tags = tag_list(item)
    if item.get("starred") is True:
        tags.append(STARRED_TAG)
    if item.get("isPinned") is True:
        tags.append(PINNED_TAG)
    entry = checked_entry(
        Entry(
            title=title,
            body=body,
            practice_date=day,
            tags=tuple(tags),
            created_at=created,
            updated_at=max(created, modified),
        )
    )
    return _Read(entry, files, dropped)


def read_dayone(path: Path | str) -> ReadEntries:
    """Every entry of every journal in the export, checked, with its media files."""
    path = Path(path)
    problems = Problems()
    read = ReadEntries([])
    with _open(path) as source:
        for name, text in source.journals():
            items = entry_list(parse_json(text, name), name, DAY_ONE)
            if every_entry_has(items, "date", lacks="creationDate"):
                raise wrong_export(name, JRNL, DAY_ONE)
            for number, item in enumerate(items, start=1):
                where = Text("Imports", "{name}, entry {number}", name=name, number=number)
                try:
                    one = _entry(source, name, item, where)
                except ValueError as error:
                    problems.add(
                        Text("Imports", "{where}: {reason}", where=where, reason=reason(error))
                    )
                    continue
                if one.files:
                    read.files[len(read.entries)] = one.files
                read.entries.append(one.entry)
                read.dropped += one.dropped
    problems.check()
    if read.dropped:
        read.notes.append(
            Text("Imports", "%n media file(s) was not imported (listed below)", n=len(read.dropped))
        )
    return read


def import_dayone(vault: Vault, path: Path | str, *, dry_run: bool = False) -> ImportResult:
    return write_entries(vault, read_dayone(path), dry_run=dry_run)
