"""Which records to export: date range, kind, tag, framework item, CPD only.

:func:`supervision_app.storage.selection.select_ids` runs the query and
:func:`~supervision_app.storage.selection.load_selection` loads full records in batches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supervision_app.core.errors import JournalError
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, date_text, english

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

    def describe(self, translate: Translate = english) -> str:
        """One line for covers and messages, e.g. "1 Dec 2025 to 30 Nov 2026, tag: training"
        (the exports' English; the window passes its ``translate``)."""
        parts = []
        if self.date_from or self.date_to:
            begin, today = translate("Selection", "the beginning"), translate("Selection", "today")
            start = date_text(self.date_from, translate) if self.date_from else begin
            end = date_text(self.date_to, translate) if self.date_to else today
            parts.append(translate("Selection", "{start} to {end}").format(start=start, end=end))
        if self.kinds:
            kinds = ", ".join(self.kinds)
            parts.append(translate("Selection", "kind: {kinds}").format(kinds=kinds))
        if self.tag:
            parts.append(translate("Selection", "tag: {tag}").format(tag=self.tag))
        if self.framework_item:
            item = self.framework_item
            parts.append(translate("Selection", "linked to {item}").format(item=item))
        if self.cpd_only:
            parts.append(translate("Selection", "CPD records only"))
        return ", ".join(parts) or translate("Selection", "all entries")
