"""What every importer shares: its error, the problem list and reading dates and minutes.

An importer reads and checks the whole source first, collecting every problem it finds
(each naming the line, row, file or field), and writes only when there are none, in one
transaction: a bad file imports nothing.

Problems, notes and the lines about items left out are :class:`~.i18n.Text`: ``str()`` is
the English the command line prints, ``render(translate)`` the window's language (a reason
nested in a problem, ``ValueError(Text(…))``, is rendered with it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.dates import numeric_parts, read_date
from supervision_app.core.entries import Entry
from supervision_app.core.errors import InvalidEntry, JournalError
from supervision_app.core.i18n import Phrase, Text, Translate, english, rendered

#: Problems kept for the user (the count goes on beyond it).
MAX_PROBLEMS = 50


class InvalidImport(JournalError):
    """The source cannot be imported; nothing was written.

    ``str()`` is one sentence naming the first problem; :attr:`problems` lists up to
    :data:`MAX_PROBLEMS` of them (for a dialog) and :attr:`total` counts all.
    """

    def __init__(
        self,
        problems: list[str],  # usually Text (core/i18n.py)
        total: int | None = None,
        *,
        valid: int = 0,
        date_examples: tuple[str, ...] = (),
    ) -> None:
        self.problems = problems
        self.total = total if total is not None else len(problems)
        #: How many items (e.g. notes of a folder) were fine: they can be imported alone.
        self.valid = valid
        #: Ambiguous numeric dates (e.g. "1/5/2026"): the user must say which order.
        self.date_examples = date_examples
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        """The first problem, how many more, and that nothing was imported."""
        if self.problems:
            first = str(rendered(self.problems[0], translate)).rstrip(".")
        else:
            first = translate("Errors", "The file cannot be imported")
        more = self.total - 1
        if more > 0:
            return translate(
                "Errors", "{first} (and %n more problem(s)); nothing was imported.", "", more
            ).format(first=first)
        return translate("Errors", "{first}; nothing was imported.").format(first=first)


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

    def check(self, *, valid: int = 0) -> None:
        if self.total:
            raise InvalidImport(self.items, self.total, valid=valid)


@dataclass
class ImportResult:
    """What an import wrote: entries, and other records by table (JSONL only)."""

    entries: int = 0
    records: dict[str, int] = field(default_factory=dict)
    #: Rows of the file that the vault already had and kept (text-keyed rows, e.g. settings).
    kept_existing: int = 0
    #: Entries left out because the vault already has their uid (a repeated import).
    skipped_known: int = 0
    #: Phrases about what was left out (e.g. "2 entries had photos, which were not imported"),
    #: as :class:`~.i18n.Text`.
    notes: list[str] = field(default_factory=list)
    #: One line per item left out (a video, a note with a problem), for the user to check.
    dropped: list[str] = field(default_factory=list)
    attachments: int = 0
    #: Entries that came with CPD details (our own CSV export re-imported).
    cpd_records: int = 0

    def summary(self, translate: Translate = english, *, ready: bool = False) -> str:
        """One sentence: "Imported 3 entries and 2 other records." (``ready``: "Ready to
        import …", before the import); the importer's notes rendered alike."""
        if ready:
            text = translate("Imports", "Ready to import %n entry(s)", "", self.entries)
        else:
            text = translate("Imports", "Imported %n entry(s)", "", self.entries)
        others = sum(n for table, n in self.records.items() if table != "entries")
        if others:
            text += translate("Imports", " and %n other record(s)", "", others)
        if self.cpd_records:
            text += translate("Imports", " ({n} with CPD details)").format(n=self.cpd_records)
        if self.attachments:
            text += translate(
                "Imports",
                " with %n evidence file(s) (encrypted in the vault)",
                "",
                self.attachments,
            )
        if self.kept_existing:
            text += translate("Imports", "; kept the vault's own version of {n}").format(
                n=self.kept_existing
            )
        if self.skipped_known:
            text += translate("Imports", "; skipped {n} already in the vault (same uid)").format(
                n=self.skipped_known
            )
        for note in self.notes:
            text += "; " + str(rendered(note, translate))
        return text + "."


@dataclass(frozen=True)
class ImportedFile:
    """A file that came with an entry (a Day One photo): kept as an encrypted evidence file."""

    filename: str
    data: bytes
    media_type: str | None = None


@dataclass
class ReadEntries:
    """Entries read and checked from a source, ready to write, and notes for the user.

    ``cpd``, ``links`` and ``files`` are keyed by the entry's index in ``entries``.
    """

    entries: list[Entry]
    notes: list[str] = field(default_factory=list)
    cpd: dict[int, CpdFields] = field(default_factory=dict)
    links: dict[int, tuple[str, ...]] = field(default_factory=dict)
    files: dict[int, list[ImportedFile]] = field(default_factory=dict)
    #: One line per item left out, e.g. "Journal.json, entry 3: a video (not in the export)".
    dropped: list[str] = field(default_factory=list)


# -- values ------------------------------------------------------------------------------------


def date_order(values: list[str]) -> str | None:
    """``"dmy"`` or ``"mdy"`` when the numeric dates decide it, None when every one could be
    either (``1/5/2026``). ``ValueError`` names two dates that need different orders."""
    day_first = month_first = None
    for value in values:
        parts = numeric_parts(value)
        if parts is None:
            continue
        if parts[0] > 12 and day_first is None:
            day_first = value
        elif parts[1] > 12 and month_first is None:
            month_first = value
    if day_first and month_first:
        raise ValueError(
            Text(
                "Imports",
                "'{day_first}' is day first but '{month_first}' is month first; "
                "use one order for every date",
                day_first=day_first,
                month_first=month_first,
            )
        )
    if day_first:
        return "dmy"
    if month_first:
        return "mdy"
    return None


def parse_day(text: str, order: str = "dmy") -> dt.date:
    """A date in a file: ISO (``2026-03-01``, or a date and time) or as written in the UK.

    UK forms: ``01/03/2026``, ``1/3/26``, ``01-03-2026``, ``01.03.2026`` (day first unless
    ``order`` is ``"mdy"``), ``1 March 2026``, ``Sunday 1st Mar 2026``, each optionally
    followed by a time (:func:`.dates.read_date`, with the year required). Raises
    ``ValueError`` with a phrase for the user (a :class:`~.i18n.Text`).
    """
    day = read_date(text, order=order, times=True)
    if day is None:
        raise ValueError(
            Text("Errors", "'{text}' is not a date (use 2026-03-01 or 01/03/2026)", text=text)
        )
    return day


#: A length of time as a spreadsheet shows it: ``1:30`` or ``01:30:00`` (Excel's durations).
_CLOCK = re.compile(r"(\d+):([0-5]\d)(?::([0-5]\d))?")
#: Written with units: ``90 min``, ``1 h 30 min``, ``2 hours``, ``1.5 hrs``.
_UNITS = re.compile(
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours))?\s*(?:(\d+)\s*(?:m|min|mins|minutes?))?",
    re.IGNORECASE,
)


def duration_minutes(text: str) -> int | None:
    """Whole minutes from ``h:mm``, ``h:mm:ss`` or a length with units, else None."""
    text = text.strip()
    if clock := _CLOCK.fullmatch(text):
        hours, minutes, seconds = (int(g or 0) for g in clock.groups())
        return round(hours * 60 + minutes + seconds / 60)
    match = _UNITS.fullmatch(text)
    if match is None or not any(match.groups()):
        return None
    in_hours = float((match.group(1) or "0").replace(",", "."))
    return round(in_hours * 60) + int(match.group(2) or 0)


def parse_minutes(value: object) -> int:
    """Whole minutes from a number, ``"90"``, hours and minutes ``"1:30"`` (or Excel's
    ``"1:30:00"``), or with units (``"90 min"``, ``"1 h 30 min"``)."""
    if isinstance(value, bool):
        raise ValueError(Text("Imports", "expected a number of minutes"))
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
        if (minutes := duration_minutes(text)) is not None:
            return minutes
    raise ValueError(
        Text("Imports", "'{value}' is not a number of minutes (use 90 or 1:30)", value=value)
    )


def checked_entry(entry: Entry) -> Entry:
    """``entry.validated()`` with the reason as a phrase (``ValueError``)."""
    try:
        return entry.validated()
    except InvalidEntry as error:
        raise ValueError(Phrase(error)) from None


def timestamp(value: dt.datetime) -> str:
    """The vault's form of a timestamp (as storage/entries.py writes it)."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")
