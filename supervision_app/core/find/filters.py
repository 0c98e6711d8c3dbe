"""What a search or a list is narrowed to, beside its words.

One frozen value shared by the app, the command line and saved searches (stored as JSON),
so a filter means the same everywhere. Storage turns it into SQL (``storage/find/query.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from supervision_app.core.cpd import DEFAULT_YEAR_END
from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP


class InvalidFilter(JournalError):
    """A filter the user cannot have meant (the message is one sentence for them)."""


@dataclass(frozen=True)
class SearchFilters:
    kind: str | None = None
    #: Every tag must be on the entry (case-insensitive).
    tags: tuple[str, ...] = ()
    #: A framework item reference such as ``pcf:critical-reflection``.
    framework_ref: str | None = None
    #: A supervision partner's id: sessions recorded with them.
    partner_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: A CPD registration year, named by the calendar year it ends in.
    cpd_year: int | None = None
    year_end: tuple[int, int] = field(default=DEFAULT_YEAR_END, compare=False)

    @property
    def active(self) -> bool:
        return any(
            (
                self.kind,
                self.tags,
                self.framework_ref,
                self.partner_id is not None,
                self.date_from,
                self.date_to,
                self.cpd_year is not None,
            )
        )

    def date_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        """The practice dates allowed: the date range narrowed by the CPD year, if any."""
        low, high = self.date_from, self.date_to
        if self.cpd_year is not None:
            from supervision_app.core.cpd.year import year_ending  # only when a year is asked

            year = year_ending(self.cpd_year, self.year_end)
            low = year.start if low is None else max(low, year.start)
            high = year.end if high is None else min(high, year.end)
        return low, high

    def validated(self) -> SearchFilters:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidFilter.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "The start date {value} is after the end date {value2}."
                ),
                value=self.date_from.isoformat(),
                value2=self.date_to.isoformat(),
            )
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags if t.strip()))
        return replace(self, tags=tags)

    def without(self, name: str, value: object = None) -> SearchFilters:
        """A copy with one filter removed (for a tag, just that tag)."""
        if name == "tags" and value is not None:
            return replace(self, tags=tuple(t for t in self.tags if t != value))
        default: Any = () if name == "tags" else None
        return replace(self, **{name: default})

    def to_json(self) -> dict[str, Any]:
        """For saved searches and ``--json``; only the filters that are set."""
        out: dict[str, Any] = {}
        if self.kind:
            out["kind"] = self.kind
        if self.tags:
            out["tags"] = list(self.tags)
        if self.framework_ref:
            out["framework_item"] = self.framework_ref
        if self.partner_id is not None:
            out["partner_id"] = self.partner_id
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        if self.cpd_year is not None:
            out["cpd_year"] = self.cpd_year
        return out

    @classmethod
    def from_json(
        cls, data: dict[str, Any], year_end: tuple[int, int] = DEFAULT_YEAR_END
    ) -> SearchFilters:
        """The filters of a saved search; a value that no longer parses is dropped."""

        def day(key: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(str(data[key])) if data.get(key) else None
            except ValueError:
                return None

        tags = data.get("tags") or []
        partner = data.get("partner_id")
        year = data.get("cpd_year")
        return cls(
            kind=str(data["kind"]) if data.get("kind") else None,
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            framework_ref=str(data["framework_item"]) if data.get("framework_item") else None,
            partner_id=partner if isinstance(partner, int) else None,
            date_from=day("from"),
            date_to=day("to"),
            cpd_year=year if isinstance(year, int) else None,
            year_end=year_end,
        )
