"""Choosing the records to export: one query over the live entries, then full records.

:func:`select_ids` runs one query (indexes: ``entries_live_by_date``, ``entry_tags_by_tag``,
``entry_links_by_ref``); :func:`load_selection` then loads full records in batches.
Records come oldest first, as a portfolio reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.selection import Selection
from supervision_app.storage.cpd.records import load_records

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["load_ids", "load_selection", "select_ids"]


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
