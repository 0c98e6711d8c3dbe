"""Journal entries: the domain objects, free of storage and Qt."""

from __future__ import annotations

import datetime as dt

from supervision_app.core.errors import InvalidEntry
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english

TYPE_CHECKING = False  # not typing's: a command-line search does not import typing
if TYPE_CHECKING:
    from supervision_app.core.entry import Entry as Entry

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
    # Most text is already so (imports call this for every title and tag): printable means
    # no control character, no bidirectional override and no whitespace but the space.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
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


class EntrySummary:
    """What a list row needs; cheap to load by the thousand.

    A frozen value like a ``dataclass(frozen=True)`` (equal and hashed by its fields,
    the same ``repr``, no assignment), written out by hand: a command-line ``search``
    builds these, and importing :mod:`dataclasses` would cost it ~15 ms (``inspect``).
    """

    __match_args__ = (
        "id",
        "title",
        "kind",
        "practice_date",
        "tags",
        "updated_at",
        "deleted_at",
        "snippet",
    )

    id: int
    title: str
    kind: str
    practice_date: dt.date
    tags: tuple[str, ...]
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    snippet: str

    def __init__(
        self,
        id: int,
        title: str,
        kind: str,
        practice_date: dt.date,
        tags: tuple[str, ...],
        updated_at: dt.datetime,
        deleted_at: dt.datetime | None = None,
        snippet: str = "",
    ) -> None:
        self.__dict__.update(
            id=id,
            title=title,
            kind=kind,
            practice_date=practice_date,
            tags=tags,
            updated_at=updated_at,
            deleted_at=deleted_at,
            snippet=snippet,
        )

    def _fields(self) -> tuple[object, ...]:
        return tuple(self.__dict__[name] for name in self.__match_args__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            assert isinstance(other, EntrySummary)
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({values})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

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


def validated_fields(
    title: str,
    kind: str,
    minutes: object,
    practice_date: object,
    tags: object,
    uid: str | None,
) -> tuple[str, str, tuple[str, ...], str | None]:
    """An entry's title, kind, tags and uid normalised, or :class:`InvalidEntry` with a
    sentence for the user (``Entry.validated``; the command line's ``add`` checks its
    values with this before unlocking, without building an ``Entry``: ~15 ms of
    :mod:`dataclasses` and :mod:`inspect` in every ``add`` process)."""
    clean_title = one_line(title)
    if len(clean_title) > MAX_TITLE:
        raise InvalidEntry.marked(
            QT_TRANSLATE_NOOP("Errors", "The title is longer than {n} characters."), n=MAX_TITLE
        )
    clean_kind = kind.strip().lower()
    if not clean_kind or not clean_kind.replace("_", "").isalnum():
        raise InvalidEntry.marked(
            QT_TRANSLATE_NOOP("Errors", "'{kind}' is not a valid kind of entry."), kind=kind
        )
    if not isinstance(minutes, int) or not 0 <= minutes <= MAX_MINUTES:
        raise InvalidEntry.marked(
            QT_TRANSLATE_NOOP("Errors", "Minutes spent must be a whole number between 0 and 20160.")
        )
    if not isinstance(practice_date, dt.date):
        raise InvalidEntry.marked(QT_TRANSLATE_NOOP("Errors", "The practice date must be a date."))
    if uid is not None:
        uid = uid.strip()
        if not uid or len(uid) > MAX_UID or uid != one_line(uid):
            raise InvalidEntry.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "A uid must be 1 to {n} characters on one line, without controls."
                ),
                n=MAX_UID,
            )
    return clean_title, clean_kind, normalise_tags(tags), uid


def parse_date(text: str, translate: Translate = english) -> dt.date:
    """Parse ``YYYY-MM-DD`` or raise :class:`InvalidEntry` naming the bad value."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        message = translate("Errors", "'{text}' is not a date in the form YYYY-MM-DD.")
        raise InvalidEntry(message.format(text=text)) from None


def __getattr__(name: str) -> object:
    # Entry lives in core/entry.py (a dataclass); see that module for why it is loaded late.
    if name == "Entry":
        from supervision_app.core.entry import Entry

        return Entry
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
