"""Choosing the records to export: date range, kind, tag, framework item, CPD only.

:func:`select_ids` runs one query (indexes: ``entries_live_by_date``, ``entry_tags_by_tag``,
``entry_links_by_ref``); :func:`load_selection` then loads full records in batches.
Records come oldest first, as a portfolio reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.year import format_day
from supervision_app.core.errors import JournalError
from supervision_app.storage.cpd.repository import load_records

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["Selection", "load_selection", "select_ids"]


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
            raise InvalidSelection(
                f"The start date {self.date_from.isoformat()} is after the end date "
                f"{self.date_to.isoformat()}."
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


def select_ids(vault: Vault, selection: Selection) -> list[int]:
    """Ids of live entries matching ``selection``, oldest practice date first."""
    selection = selection.validated()
    where = ["e.deleted_at IS NULL"]
    params: list[Any] = []
    if selection.date_from:
        where.append("e.practice_date >= ?")
        params.append(selection.date_from.isoformat())
    if selection.date_to:
        where.append("e.practice_date <= ?")
        params.append(selection.date_to.isoformat())
    if selection.kinds:
        where.append(f"e.kind IN ({','.join('?' * len(selection.kinds))})")
        params.extend(selection.kinds)
    if selection.tag:
        where.append("e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        params.append(selection.tag.strip().lstrip("#"))
    if selection.framework_item:
        ref = selection.framework_item.strip()
        if ":" in ref:
            where.append("e.id IN (SELECT entry_id FROM entry_links WHERE ref = ?)")
            params.append(ref)
        else:  # the whole framework: refs from "id:" up to (not including) "id;"
            where.append("e.id IN (SELECT entry_id FROM entry_links WHERE ref >= ? AND ref < ?)")
            params.extend([ref + ":", ref + ";"])
    if selection.cpd_only:
        where.append("e.id IN (SELECT entry_id FROM cpd_records)")
    sql = f"SELECT e.id FROM entries e WHERE {' AND '.join(where)}"
    ids = [r[0] for r in vault.conn.execute(sql + " ORDER BY e.practice_date, e.id", params)]
    if selection.entry_ids is not None:
        wanted = set(selection.entry_ids)
        ids = [i for i in ids if i in wanted]
    return ids


def load_selection(vault: Vault, selection: Selection) -> list[CpdRecord]:
    """Full records (entry, CPD details, links, evidence file details) for ``selection``."""
    return load_records(vault, select_ids(vault, selection))


def load_ids(vault: Vault, ids: Sequence[int]) -> list[CpdRecord]:
    return load_records(vault, ids)
