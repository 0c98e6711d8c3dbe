"""What every importer shares: its error, the problem list, dates, and the batch writer.

An importer reads and checks the whole source first, collecting every problem it finds
(each naming the line, row, file or field), and writes only when there are none, in one
transaction: a bad file imports nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from supervision_app.core.entries import Entry
from supervision_app.core.errors import InvalidEntry, JournalError

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: Problems kept for the user (the count goes on beyond it).
MAX_PROBLEMS = 50
#: Rows per ``executemany``.
BATCH = 500


class InvalidImport(JournalError):
    """The source cannot be imported; nothing was written.

    ``str()`` is one sentence naming the first problem; :attr:`problems` lists up to
    :data:`MAX_PROBLEMS` of them (for a dialog) and :attr:`total` counts all.
    """

    def __init__(self, problems: list[str], total: int | None = None) -> None:
        self.problems = problems
        self.total = total if total is not None else len(problems)
        first = problems[0].rstrip(".") if problems else "The file cannot be imported"
        more = self.total - 1
        extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        super().__init__(f"{first}{extra}; nothing was imported.")


class Problems:
    """Collects problems while a source is checked; :meth:`check` raises if there are any."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.total = 0

    def add(self, message: str) -> None:
        self.total += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(message)

    def __bool__(self) -> bool:
        return self.total > 0

    def check(self) -> None:
        if self.total:
            raise InvalidImport(self.items, self.total)


@dataclass
class ImportResult:
    """What an import wrote: entries, and other records by table (JSONL only)."""

    entries: int = 0
    records: dict[str, int] = field(default_factory=dict)
    #: Rows of the file that the vault already had and kept (text-keyed rows, e.g. settings).
    kept_existing: int = 0
    #: Phrases about what was left out (e.g. "2 entries had photos, which were not imported").
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        noun = "entry" if self.entries == 1 else "entries"
        text = f"Imported {self.entries} {noun}"
        others = sum(n for table, n in self.records.items() if table != "entries")
        if others:
            text += f" and {others} other record{'s' if others != 1 else ''}"
        if self.kept_existing:
            text += f"; kept the vault's own version of {self.kept_existing}"
        for note in self.notes:
            text += f"; {note}"
        return text + "."


@dataclass
class ReadEntries:
    """Entries read and checked from a source, ready to write, and notes for the user."""

    entries: list[Entry]
    notes: list[str] = field(default_factory=list)


# -- values ------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?)?"
_UK_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})" + _TIME + r"$", re.I)
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + r"$")
_WORDS = re.compile(
    r"(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})" + _TIME + r"$", re.I
)


def parse_day(text: str) -> dt.date:
    """A date written as ISO (``2026-03-01``, or a date and time) or as in the UK.

    UK forms: ``01/03/2026``, ``1/3/26``, ``01-03-2026``, ``01.03.2026`` (day first, always),
    ``1 March 2026``, ``Sunday 1st Mar 2026``, each optionally followed by a time. Raises
    ``ValueError`` with a phrase for the user.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        if len(value) > 10 and value[4] == "-" and value[10] in "T ":
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        if match := _UK_NUMERIC.match(value):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
        if match := _YMD_SLASH.match(value):
            year, month, day = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if (match := _WORDS.match(value)) and match.group(2).lower() in _MONTHS:
            return dt.date(
                int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1))
            )
    except ValueError:
        pass
    raise ValueError(f"'{text}' is not a date (use 2026-03-01 or 01/03/2026)")


def parse_minutes(value: object) -> int:
    """Whole minutes from a number, ``"90"``, or hours and minutes ``"1:30"``."""
    if isinstance(value, bool):
        raise ValueError("expected a number of minutes")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return 0
        if re.fullmatch(r"\d+", text):
            return int(text)
        if match := re.fullmatch(r"(\d+):([0-5]\d)", text):
            return int(match.group(1)) * 60 + int(match.group(2))
    raise ValueError(f"'{value}' is not a number of minutes (use 90 or 1:30)")


def checked_entry(entry: Entry) -> Entry:
    """``entry.validated()`` with the reason as a phrase (``ValueError``)."""
    try:
        return entry.validated()
    except InvalidEntry as error:
        raise ValueError(str(error).rstrip(".")) from None


def local_today(vault: Vault) -> dt.date:
    """Today where the user is, by the vault's clock (tests inject theirs)."""
    return vault.clock().astimezone().date()


def timestamp(value: dt.datetime) -> str:
    """The vault's form of a timestamp (as storage/entries.py writes it)."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


# -- writing -----------------------------------------------------------------------------------


def next_rowid(conn: Any, table: str) -> int:
    """One more than any id the table has used (AUTOINCREMENT's high-water mark included)."""
    high = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    has_sequence = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone()
    if has_sequence:
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        if row is not None:
            high = max(high, int(row[0]))
    return int(high) + 1


class EntryWriter:
    """Inserts validated entries in batches, with ids it assigns, inside the caller's
    transaction; the ``entries`` triggers put each one into the full-text index."""

    def __init__(self, conn: Any, now: dt.datetime, first_id: int | None = None) -> None:
        self._conn = conn
        self._now = timestamp(now)
        self._next_id = first_id if first_id is not None else next_rowid(conn, "entries")
        self._entries: list[tuple[Any, ...]] = []
        self._tags: list[tuple[int, str]] = []
        self.written = 0

    def add(self, entry: Entry) -> int:
        entry_id = self._next_id
        self._next_id += 1
        self._entries.append(
            (
                entry_id,
                entry.kind,
                entry.title,
                entry.practice_date.isoformat(),
                json.dumps(list(entry.tags), ensure_ascii=False),  # as EntryRepository writes it
                entry.minutes,
                self._stamp(entry.created_at),
                self._stamp(entry.updated_at or entry.created_at),
                entry.body,
            )
        )
        self._tags.extend((entry_id, tag) for tag in entry.tags)
        if len(self._entries) >= BATCH:
            self.flush()
        return entry_id

    def _stamp(self, value: dt.datetime | None) -> str:
        return timestamp(value) if value is not None else self._now

    def add_all(self, entries: Iterable[Entry]) -> int:
        for entry in entries:
            self.add(entry)
        self.flush()
        return self.written

    def flush(self) -> None:
        if self._entries:
            self._conn.executemany(
                "INSERT INTO entries (id, kind, title, practice_date, tags, minutes, created_at,"
                " updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._entries,
            )
            self.written += len(self._entries)
            self._entries.clear()
        if self._tags:
            self._conn.executemany(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)", self._tags
            )
            self._tags.clear()


def write_entries(vault: Vault, read: ReadEntries, *, dry_run: bool = False) -> ImportResult:
    """Add already-checked entries in one transaction (or, with ``dry_run``, count them)."""
    if dry_run:
        count = len(read.entries)
        return ImportResult(entries=count, records={"entries": count}, notes=list(read.notes))
    with vault.transaction() as conn:
        written = EntryWriter(conn, vault.clock()).add_all(read.entries)
    return ImportResult(entries=written, records={"entries": written}, notes=list(read.notes))
