"""The CPD details of entries: what makes an entry a CPD record, its standards and dates.

Standards addressed are framework links (``entry_links``, through :class:`LinkRepository`);
the time spent is the entry's ``minutes``. Evidence files are ``attachments.py``, the CPD
settings ``settings.py``, and whole records for many entries at once ``records.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from supervision_app.core.cpd.model import CPD_FRAMEWORKS, CpdFields, CpdRecord
from supervision_app.core.errors import EntryNotFound
from supervision_app.storage.cpd.records import load_records
from supervision_app.storage.cpd.rows import (
    CPD_COLUMNS,
    date_or_none,
    fields_from_row,
    timestamp,
)
from supervision_app.storage.reflection import LinkRepository

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["CpdRepository"]


class CpdRepository:
    """The CPD details of entries (one row per CPD record)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._links = LinkRepository(vault)

    def get(self, entry_id: int) -> CpdFields | None:
        row = self._vault.conn.execute(
            f"SELECT {CPD_COLUMNS} FROM cpd_records WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return None if row is None else fields_from_row(row)

    def save(self, entry_id: int, fields: CpdFields) -> CpdFields:
        """Create or replace the CPD details of an entry (which makes it a CPD record)."""
        fields = fields.validated()
        now = timestamp(self._vault.clock())
        with self._vault.transaction() as conn:
            if conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
                raise EntryNotFound(entry_id)
            conn.execute(
                f"INSERT INTO cpd_records (entry_id, {CPD_COLUMNS}, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET"
                " activity_type = excluded.activity_type, description = excluded.description,"
                " learning = excluded.learning, impact = excluded.impact,"
                " peer_role = excluded.peer_role, peer_date = excluded.peer_date,"
                " peer_learning = excluded.peer_learning,"
                " peer_reflection_id = excluded.peer_reflection_id,"
                " updated_at = excluded.updated_at",
                (
                    entry_id,
                    fields.activity_type,
                    fields.description,
                    fields.learning,
                    fields.impact,
                    fields.peer_role,
                    fields.peer_date.isoformat() if fields.peer_date else None,
                    fields.peer_learning,
                    fields.peer_reflection_id,
                    now,
                ),
            )
        return fields

    def remove(self, entry_id: int) -> bool:
        """Drop the CPD details (the entry, its links and its evidence files stay)."""
        with self._vault.transaction() as conn:
            cur = conn.execute("DELETE FROM cpd_records WHERE entry_id = ?", (entry_id,))
            return bool(cur.rowcount)

    def standards(self, entry_id: int) -> tuple[str, ...]:
        return tuple(
            r for r in self._links.links_of(entry_id) if r.partition(":")[0] in CPD_FRAMEWORKS
        )

    def set_standards(
        self, entry_id: int, refs: Iterable[str], frameworks: Sequence[str] = CPD_FRAMEWORKS
    ) -> None:
        """Replace the entry's links into ``frameworks``; links to other frameworks stay."""
        new = list(dict.fromkeys(refs))
        for ref in new:
            framework_id, colon, item = ref.partition(":")
            if not colon or not item or framework_id not in frameworks:
                raise ValueError(f"'{ref}' is not an item of {', '.join(frameworks)}")
        with self._vault.transaction():
            kept = [
                r for r in self._links.links_of(entry_id) if r.partition(":")[0] not in frameworks
            ]
            self._links.set_links(entry_id, [*kept, *new])

    def entry_ids(self, start: dt.date | None = None, end: dt.date | None = None) -> list[int]:
        """Live CPD records dated in ``start`` .. ``end`` (inclusive), oldest first."""
        sql = (
            "SELECT e.id FROM cpd_records c JOIN entries e ON e.id = c.entry_id"
            " WHERE e.deleted_at IS NULL"
        )
        params: list[Any] = []
        if start is not None:
            sql += " AND e.practice_date >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND e.practice_date <= ?"
            params.append(end.isoformat())
        rows = self._vault.conn.execute(sql + " ORDER BY e.practice_date, e.id", params)
        return [r[0] for r in rows]

    def latest_date(self, until: dt.date, *, cpd_only: bool = True) -> dt.date | None:
        """The practice date of the most recent live record (CPD record, or any entry when
        ``cpd_only`` is false) dated on or before ``until``."""
        sql = "SELECT MAX(e.practice_date) FROM entries e WHERE e.deleted_at IS NULL"
        if cpd_only:
            sql += " AND e.id IN (SELECT entry_id FROM cpd_records)"
        row = self._vault.conn.execute(sql + " AND e.practice_date <= ?", (until.isoformat(),))
        value = row.fetchone()[0]
        return date_or_none(value)

    def records_between(
        self, start: dt.date, end: dt.date, *, include_incomplete: bool = True
    ) -> list[CpdRecord]:
        """CPD records dated in the range, plus (optionally) ``cpd_activity`` entries that
        have no CPD details yet, for the year summary."""
        ids = self.entry_ids(start, end)
        if include_incomplete:
            rows = self._vault.conn.execute(
                "SELECT id FROM entries WHERE deleted_at IS NULL AND kind = 'cpd_activity'"
                " AND practice_date BETWEEN ? AND ?"
                " AND id NOT IN (SELECT entry_id FROM cpd_records)",
                (start.isoformat(), end.isoformat()),
            )
            ids += [r[0] for r in rows]
        return load_records(self._vault, ids)
