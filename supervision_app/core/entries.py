"""Journal entries: the domain objects, free of storage and Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from supervision_app.core.errors import InvalidEntry

#: Built-in kinds; the vault accepts any slug so new kinds need no migration.
KINDS: dict[str, str] = {
    "reflection": "Reflection",
    "supervision": "Supervision",
    "cpd_activity": "CPD activity",
    "note": "Note",
}
DEFAULT_KIND = "reflection"
MAX_TITLE = 300
MAX_MINUTES = 60 * 24 * 14


def kind_label(kind: str) -> str:
    return KINDS.get(kind, kind.replace("_", " ").capitalize())


#: Removed from titles and tags wherever they come from (editor, command line, importers):
#: control characters (C0, DEL, C1) and the bidirectional overrides. In a title they could
#: drive a terminal (escape sequences), break an export, or make text read differently
#: from what is stored.
_CONTROLS = dict.fromkeys(
    [*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


MAX_UID = 200


def one_line(text: str) -> str:
    """``text`` on one line: whitespace runs become one space, control characters go."""
    return " ".join(text.split()).translate(_CONTROLS).strip()


def normalise_tags(tags: object) -> tuple[str, ...]:
    """Trim, drop empties and duplicates (case-insensitively), keep first spelling and order.

    Control characters are removed (see :func:`one_line`).
    """
    if isinstance(tags, str):
        tags = tags.split(",")
    seen: set[str] = set()
    result: list[str] = []
    for raw in tags or ():  # type: ignore[attr-defined]
        tag = one_line(str(raw)).lstrip("#")
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return tuple(result)


@dataclass(frozen=True)
class Entry:
    title: str
    body: str = ""
    kind: str = DEFAULT_KIND
    practice_date: dt.date = field(default_factory=dt.date.today)
    tags: tuple[str, ...] = ()
    minutes: int = 0
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    #: A client-chosen unique id (``add --uid``): adding it again adds nothing.
    uid: str | None = None

    def validated(self) -> Entry:
        """A normalised copy, or :class:`InvalidEntry` with a sentence for the user."""
        title = one_line(self.title)
        if len(title) > MAX_TITLE:
            raise InvalidEntry(f"The title is longer than {MAX_TITLE} characters.")
        kind = self.kind.strip().lower()
        if not kind or not kind.replace("_", "").isalnum():
            raise InvalidEntry(f"'{self.kind}' is not a valid kind of entry.")
        if not isinstance(self.minutes, int) or not 0 <= self.minutes <= MAX_MINUTES:
            raise InvalidEntry("Minutes spent must be a whole number between 0 and 20160.")
        if not isinstance(self.practice_date, dt.date):
            raise InvalidEntry("The practice date must be a date.")
        uid = self.uid
        if uid is not None:
            uid = uid.strip()
            if not uid or len(uid) > MAX_UID or uid != one_line(uid):
                raise InvalidEntry(
                    f"A uid must be 1 to {MAX_UID} characters on one line, without controls."
                )
        return replace(self, title=title, kind=kind, tags=normalise_tags(self.tags), uid=uid)

    @property
    def display_title(self) -> str:
        return self.title or "Untitled"


@dataclass(frozen=True)
class EntrySummary:
    """What a list row needs; cheap to load by the thousand."""

    id: int
    title: str
    kind: str
    practice_date: dt.date
    tags: tuple[str, ...]
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None
    snippet: str = ""

    @property
    def display_title(self) -> str:
        return self.title or "Untitled"

    @classmethod
    def from_entry(cls, entry: Entry) -> EntrySummary:
        return cls(
            id=entry.id or 0,
            title=entry.title,
            kind=entry.kind,
            practice_date=entry.practice_date,
            tags=entry.tags,
            updated_at=entry.updated_at or dt.datetime.now(dt.UTC),
            deleted_at=entry.deleted_at,
        )


def parse_date(text: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` or raise :class:`InvalidEntry` naming the bad value."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntry(f"'{text}' is not a date in the form YYYY-MM-DD.") from None
