"""The journal entry as a frozen dataclass: what is written, read back and exported.

Re-exported by :mod:`supervision_app.core.entries` on first use (``from
supervision_app.core.entries import Entry`` works everywhere), so that a command-line
``search``, which never builds an entry, does not import :mod:`dataclasses`: with
``inspect`` and ``ast`` that is ~15 ms of a whole process.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from supervision_app.core.entries import (
    DEFAULT_KIND,
    MAX_MINUTES,
    MAX_TITLE,
    MAX_UID,
    normalise_tags,
    one_line,
)
from supervision_app.core.errors import InvalidEntry

__all__ = ["Entry"]


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
