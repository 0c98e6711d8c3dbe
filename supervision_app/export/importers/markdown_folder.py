"""A folder of Markdown files (``*.md``, ``*.markdown``, in sub-folders too), one entry each.

Each file may start with front matter (:mod:`.frontmatter`) giving ``title``, ``date``,
``tags``, ``kind`` and ``minutes``; other keys (``aliases``, ``cssclass``...) are ignored.

* **Title**: the front matter's; else the first line, when it is a level-1 heading
  (``# Title``, then left out of the body); else the file name without its extension.
* **Date**: the front matter's (ISO or UK form); else a ``YYYY-MM-DD`` date in the file name
  (daily notes, ``2026-03-01 Supervision.md``); else the day the file was last modified, in
  local time. The last is the weakest guess (copying a file can reset it) but is much
  closer to the day of practice than the day of import.
* **Body**: the rest of the file, as written.

Hidden files and folders (names starting with ``.``, e.g. ``.obsidian``) are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.entries import DEFAULT_KIND, Entry
from supervision_app.core.imports import (
    ImportResult,
    InvalidImport,
    Problems,
    ReadEntries,
    checked_entry,
    parse_day,
    parse_minutes,
)
from supervision_app.export.importers.frontmatter import (
    Field,
    FrontMatterError,
    parse_front_matter,
    split_front_matter,
)
from supervision_app.storage.bulk import write_entries

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

SUFFIXES = (".md", ".markdown")
FIELDS = {"title", "date", "tags", "kind", "minutes"}
_H1 = re.compile(r"#\s+(.*?)\s*#*\s*$")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


class _FieldError(ValueError):
    def __init__(self, line: int, name: str, reason: str) -> None:
        super().__init__(f"line {line}, field '{name}': {reason}")


def markdown_files(folder: Path) -> list[Path]:
    """The Markdown files under ``folder``, in a stable order, hidden ones left out."""
    found = [
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix().casefold())


def _scalar(field: Field, name: str) -> str:
    if isinstance(field.value, list):
        raise _FieldError(field.line, name, "expected a single value, found a list")
    return field.value


def _title_and_body(text: str, path: Path, fields: dict[str, Field]) -> tuple[str, str]:
    body = text.strip("\n")
    if "title" in fields:
        return _scalar(fields["title"], "title"), body
    first, _newline, rest = body.partition("\n")
    heading = _H1.match(first.strip())
    if heading:
        return heading.group(1), rest.strip("\n")
    return path.stem, body


def _date(path: Path, fields: dict[str, Field]) -> dt.date:
    if "date" in fields:
        field = fields["date"]
        try:
            return parse_day(_scalar(field, "date"))
        except ValueError as error:
            raise _FieldError(field.line, "date", str(error)) from None
    if match := _DATE_IN_NAME.search(path.stem):
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime).date()


def _entry(path: Path, text: str) -> Entry:
    try:
        lines, rest, _body_line = split_front_matter(text)
        fields = parse_front_matter(lines, FIELDS)
    except FrontMatterError as error:
        raise ValueError(f"line {error.line}: {error}") from None
    title, body = _title_and_body(rest, path, fields)
    tags: tuple[str, ...] = ()
    if "tags" in fields:
        value = fields["tags"].value
        tags = tuple(value) if isinstance(value, list) else tuple(value.split(","))
    minutes = 0
    if "minutes" in fields:
        field = fields["minutes"]
        try:
            minutes = parse_minutes(_scalar(field, "minutes"))
        except ValueError as error:
            raise _FieldError(field.line, "minutes", str(error)) from None
    kind = DEFAULT_KIND
    if "kind" in fields:
        kind = _scalar(fields["kind"], "kind").strip().lower().replace(" ", "_").replace("-", "_")
    return checked_entry(
        Entry(
            title=title,
            body=body,
            kind=kind or DEFAULT_KIND,
            practice_date=_date(path, fields),
            tags=tags,
            minutes=minutes,
        )
    )


def read_markdown_folder(folder: Path | str) -> ReadEntries:
    """One checked entry per Markdown file; :class:`InvalidImport` names each bad file."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidImport([f"{folder} is not a folder"])
    files = markdown_files(folder)
    if not files:
        raise InvalidImport([f"There are no Markdown files (.md) in {folder}"])
    problems = Problems()
    entries: list[Entry] = []
    for path in files:
        name = path.relative_to(folder).as_posix()
        try:
            text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError:
            problems.add(f"{name} is not UTF-8 text")
            continue
        try:
            entries.append(_entry(path, text))
        except ValueError as error:
            problems.add(
                f"{name}, {error}" if str(error).startswith("line") else f"{name}: {error}"
            )
    problems.check()
    return ReadEntries(entries)


def import_markdown_folder(
    vault: Vault, folder: Path | str, *, dry_run: bool = False
) -> ImportResult:
    return write_entries(vault, read_markdown_folder(folder), dry_run=dry_run)
