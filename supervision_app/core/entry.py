"""The journal entry as a frozen dataclass: what is written, read back and exported.

Re-exported by :mod:`supervision_app.core.entries` on first use (``from
supervision_app.core.entries import Entry`` works everywhere), so that a command-line
``search``, which never builds an entry, does not import :mod:`dataclasses`: with
``inspect`` and ``ast`` that is ~15 ms of a whole process.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from supervision_app.core.entries import DEFAULT_KIND, validated_fields

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
        title, kind, tags, uid = validated_fields(
            self.title, self.kind, self.minutes, self.practice_date, self.tags, self.uid
        )
        return replace(self, title=title, kind=kind, tags=tags, uid=uid)

    @property
    def display_title(self) -> str:
        return self.title or "Untitled"
