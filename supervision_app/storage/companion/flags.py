"""Entries (or passages of them) flagged to bring to the next supervision session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from supervision_app.core.companion.prep import Flag
from supervision_app.core.errors import EntryNotFound
from supervision_app.storage.supervision.common import check_partner, parse_ts, ts

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

_COLUMNS = "f.id, f.entry_id, e.title, e.practice_date, f.passage, f.partner_id, f.created_at"


def _flag(row: Any) -> Flag:
    return Flag(
        id=row[0],
        entry_id=row[1],
        title=row[2],
        practice_date=dt.date.fromisoformat(row[3]),
        passage=row[4],
        partner_id=row[5],
        created_at=parse_ts(row[6]),
    )


class FlagRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, entry_id: int, *, partner_id: int | None = None, passage: str = "") -> Flag:
        """Flag an entry (or ``passage`` of it) for the next session with ``partner_id``
        (or with whoever is next, when None)."""
        conn = self._vault.conn
        live = "SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL"
        if conn.execute(live, (entry_id,)).fetchone() is None:
            raise EntryNotFound(entry_id)
        check_partner(conn, partner_id)
        with self._vault.transaction() as c:
            cur = c.execute(
                "INSERT INTO companion_flags (entry_id, partner_id, passage, created_at)"
                " VALUES (?, ?, ?, ?)",
                (entry_id, partner_id, passage.strip(), ts(self._vault.clock())),
            )
            flag_id = int(cur.lastrowid)
        return self.get(flag_id)

    def get(self, flag_id: int) -> Flag:
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM companion_flags f JOIN entries e ON e.id = f.entry_id"
            " WHERE f.id = ?",
            (flag_id,),
        ).fetchone()
        if row is None:
            raise LookupError(flag_id)
        return _flag(row)

    def open_flags(self, partner_id: int | None = None) -> list[Flag]:
        """Flags not yet brought to a session, oldest first: those for ``partner_id`` and
        those for whoever is next (all of them when ``partner_id`` is None)."""
        sql = (
            f"SELECT {_COLUMNS} FROM companion_flags f JOIN entries e ON e.id = f.entry_id"
            " WHERE f.brought_to IS NULL AND e.deleted_at IS NULL"
        )
        params: list[Any] = []
        if partner_id is not None:
            sql += " AND (f.partner_id = ? OR f.partner_id IS NULL)"
            params.append(partner_id)
        rows = self._vault.conn.execute(sql + " ORDER BY f.created_at, f.id", params)
        return [_flag(r) for r in rows]

    def flags_of(self, entry_id: int) -> list[Flag]:
        rows = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM companion_flags f JOIN entries e ON e.id = f.entry_id"
            " WHERE f.entry_id = ? AND f.brought_to IS NULL ORDER BY f.id",
            (entry_id,),
        )
        return [_flag(r) for r in rows]

    def remove_entry(self, entry_id: int) -> int:
        """Unflag an entry (every open flag on it); returns how many were removed."""
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM companion_flags WHERE entry_id = ? AND brought_to IS NULL",
                (entry_id,),
            )
            return int(cur.rowcount)

    def remove(self, flag_id: int) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM companion_flags WHERE id = ?", (flag_id,))

    def mark_brought(self, flag_ids: Iterable[int], session_id: int) -> None:
        """The flags went onto this session's agenda: off the list for the next one."""
        with self._vault.transaction() as conn:
            conn.executemany(
                "UPDATE companion_flags SET brought_to = ? WHERE id = ? AND brought_to IS NULL",
                [(session_id, i) for i in flag_ids],
            )
