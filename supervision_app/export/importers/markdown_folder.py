"""A folder of Markdown files (``*.md``, ``*.markdown``, in sub-folders too), one entry each.

Each file may start with front matter (:mod:`.frontmatter`) giving ``title``, ``date``
(or ``created``), ``updated``, ``tags``, ``kind`` and ``minutes``; other keys (``aliases``,
``cssclass``...) are ignored. A template placeholder left in a value (``date: {{date}}``)
reads as no value.

* **Title**: the front matter's; else the first line, when it is a level-1 heading
  (``# Title``, then left out of the body); else the file name without its extension.
* **Date**: the front matter's ``date``, else its ``created`` (ISO or UK form, with or
  without a time); else a ``YYYY-MM-DD`` date in the file name (daily notes,
  ``2026-03-01 Supervision.md``); else the day the file was last modified, in local time.
  The last is the weakest guess (copying a file can reset it) but is much closer to the
  day of practice than the day of import. ``updated`` becomes the entry's last change.
* **Tags**: the front matter's, and inline ``#tags`` in the text (``#home-visit``,
  ``#work/supervision``; not headings, numbers such as ``#3``, code or links). As in
  Obsidian, a list keeps its items whole, and a string is split at commas and spaces
  (``tags: visit carers`` is two tags: an Obsidian tag has no spaces).
* **Body**: the rest of the file, as written.

Hidden files and folders (names starting with ``.``, e.g. ``.obsidian``) are skipped, and so
is an Obsidian vault's templates folder (``.obsidian/templates.json``), whose notes are
templates rather than entries.

On problems every file and line is named; with ``skip_invalid`` the valid notes are read
and each file left out is listed instead (the default still imports nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.entries import DEFAULT_KIND, Entry
from supervision_app.core.i18n import Text, reason
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
FIELDS = {"title", "date", "created", "updated", "tags", "kind", "minutes"}
_H1 = re.compile(r"#\s+(.*?)\s*#*\s*$")
#: ``#tag`` after a space or at a line's start, with at least one letter (``#3`` is a number).
_INLINE_TAG = re.compile(r"(?:(?<=\s)|^)#([\w/-]*[^\W\d_][\w/-]*)", re.MULTILINE)
_CODE = re.compile(r"```.*?```|~~~.*?~~~|`[^`\n]*`", re.DOTALL)
_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)|<https?://[^>]*>|https?://\S+")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def _field_error(line: int, name: str, why: str) -> ValueError:
    """What is wrong with field ``name`` on ``line`` (the line is named first: see
    :func:`read_markdown_folder`)."""
    return ValueError(
        Text("Imports", "line {line}, field '{name}': {reason}", line=line, name=name, reason=why)
    )


def templates_folder(folder: Path) -> Path | None:
    """An Obsidian vault's templates folder (core Templates or Templater), if it has one."""
    settings = (
        (folder / ".obsidian" / "templates.json", "folder"),
        (folder / ".obsidian" / "plugins" / "templater-obsidian" / "data.json", "templates_folder"),
    )
    for path, key in settings:
        try:
            value = json.loads(path.read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, str) and value.strip("/ "):
            return folder / value.strip("/ ")
    return None


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


def inline_tags(body: str) -> list[str]:
    """``#tags`` written in the text, in order (code, links and headings left out)."""
    text = _LINK.sub(" ", _CODE.sub(" ", body))
    return list(dict.fromkeys(m.group(1).rstrip("/-") for m in _INLINE_TAG.finditer(text)))


def _scalar(field: Field, name: str) -> str:
    if isinstance(field.value, list):
        raise _field_error(
            field.line, name, Text("Imports", "expected a single value, found a list")
        )
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
    for key in ("date", "created"):
        if key in fields:
            field = fields[key]
            try:
                return parse_day(_scalar(field, key))
            except ValueError as error:
                raise _field_error(field.line, key, reason(error)) from None
    if match := _DATE_IN_NAME.search(path.stem):
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime).date()


#: Where a ``tags`` string splits: Obsidian's ``parseFrontMatterTags`` splits at commas and
#: white space (a tag cannot hold a space), where other keys split at commas only.
_TAG_SEPARATORS = re.compile(r"[,\s]+")


def _entry(path: Path, text: str) -> Entry:
    try:
        lines, rest, _body_line = split_front_matter(text)
        fields = parse_front_matter(lines, FIELDS)
    except FrontMatterError as error:
        raise ValueError(
            Text("Imports", "line {line}: {reason}", line=error.line, reason=reason(error))
        ) from None
    title, body = _title_and_body(rest, path, fields)
    tags: list[str] = []
    if "tags" in fields:
        value = fields["tags"].value
        tags = list(value) if isinstance(value, list) else _TAG_SEPARATORS.split(value)
    tags += inline_tags(body)
    moments: dict[str, dt.datetime] = {}
    for key in ("created", "updated"):
        if key in fields:
            field = fields[key]
            try:
                moments[key] = _moment(_scalar(field, key))
            except ValueError as error:
                raise _field_error(field.line, key, reason(error)) from None
    created = moments.get("created")
    updated = moments.get("updated")
    if created and updated and updated < created:
        updated = created
    minutes = 0
    if "minutes" in fields:
        field = fields["minutes"]
        try:
            minutes = parse_minutes(_scalar(field, "minutes"))
        except ValueError as error:
            raise _field_error(field.line, "minutes", reason(error)) from None
    kind = DEFAULT_KIND
    if "kind" in fields:
        kind = _scalar(fields["kind"], "kind").strip().lower().replace(" ", "_").replace("-", "_")
    return checked_entry(
        Entry(
            title=title,
            body=body,
            kind=kind or DEFAULT_KIND,
            practice_date=_date(path, fields),
            tags=tuple(t.lstrip("#") for t in tags),
            minutes=minutes,
            created_at=created,
            updated_at=updated or created,
        )
    )


def _moment(text: str) -> dt.datetime:
    """A date, or a date and time, as a moment (local time when no zone is given)."""
    value = text.strip()
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        day = parse_day(value)
        moment = dt.datetime(day.year, day.month, day.day, 12)
    return moment if moment.tzinfo else moment.astimezone()


def read_markdown_folder(folder: Path | str, *, skip_invalid: bool = False) -> ReadEntries:
    """One checked entry per Markdown file; :class:`InvalidImport` names each bad file and
    line (``valid`` says how many were fine). With ``skip_invalid`` the bad files are left
    out and listed in :attr:`ReadEntries.dropped`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidImport([Text("Imports", "{folder} is not a folder", folder=folder)])
    templates = templates_folder(folder)
    files = markdown_files(folder)
    skipped_templates = 0
    if templates is not None:
        kept = [p for p in files if not p.is_relative_to(templates)]
        skipped_templates = len(files) - len(kept)
        files = kept
    if not files:
        raise InvalidImport(
            [Text("Imports", "There are no Markdown files (.md) in {folder}", folder=folder)]
        )
    problems = Problems()
    entries: list[Entry] = []
    for path in files:
        name = path.relative_to(folder).as_posix()
        try:
            text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError:
            problems.add(Text("Imports", "{name} is not UTF-8 text", name=name))
            continue
        try:
            entries.append(_entry(path, text))
        except ValueError as error:
            why = reason(error)
            if why.startswith("line"):  # "note.md, line 3: …"
                problems.add(Text("Imports", "{name}, {reason}", name=name, reason=why))
            else:
                problems.add(Text("Imports", "{name}: {reason}", name=name, reason=why))
    if not skip_invalid:
        problems.check(valid=len(entries))
    read = ReadEntries(entries)
    if skipped_templates:
        where = templates.relative_to(folder).as_posix() if templates else ""
        read.notes.append(
            Text(
                "Imports", "left out %n template(s) in {folder}/", n=skipped_templates, folder=where
            )
        )
    if problems:
        read.notes.append(
            Text("Imports", "left out %n note(s) with problems (listed below)", n=problems.total)
        )
        read.dropped = list(problems.items)
    return read


def import_markdown_folder(
    vault: Vault, folder: Path | str, *, dry_run: bool = False, skip_invalid: bool = False
) -> ImportResult:
    return write_entries(
        vault, read_markdown_folder(folder, skip_invalid=skip_invalid), dry_run=dry_run
    )
