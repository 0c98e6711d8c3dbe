"""Which records to export: date range, kind, tag, framework item, CPD only.

:func:`supervision_app.storage.selection.select_ids` runs the query and
:func:`~supervision_app.storage.selection.load_selection` loads full records in batches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supervision_app.core.cpd.year import format_day
from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["InvalidSelection", "Selection"]


class InvalidSelection(JournalError):
    pass


@dataclass(frozen=True)
class Selection:
    """Which live entries to export; every criterion given must match."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: Entry kinds (any of them); empty: every kind.
    kinds: tuple[str, ...] = ()
    #: A tag (case-insensitive).
    tag: str | None = None
    #: "framework-id:item-id" for one item, or "framework-id" for any item of it.
    framework_item: str | None = None
    #: Only entries with CPD details.
    cpd_only: bool = False
    #: Exactly these entries (e.g. ticked in a list); combined with the rest.
    entry_ids: tuple[int, ...] | None = None

    def validated(self) -> Selection:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InvalidSelection.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "The start date {value} is after the end date {value2}."
                ),
                value=self.date_from.isoformat(),
                value2=self.date_to.isoformat(),
            )
        return self

    def describe(self) -> str:
        """One line for covers and messages, e.g. "1 Dec 2025 to 30 Nov 2026, tag: training"."""
        parts = []
        if self.date_from or self.date_to:
            start = format_day(self.date_from) if self.date_from else "the beginning"
            end = format_day(self.date_to) if self.date_to else "today"
            parts.append(f"{start} to {end}")
        if self.kinds:
            parts.append("kind: " + ", ".join(self.kinds))
        if self.tag:
            parts.append(f"tag: {self.tag}")
        if self.framework_item:
            parts.append(f"linked to {self.framework_item}")
        if self.cpd_only:
            parts.append("CPD records only")
        return ", ".join(parts) or "all entries"
