"""Peer reflections: reflective discussions with a peer, which CPD records point to by id.

Each is also a journal entry (kind ``reflection``, tagged ``peer reflection``) so it is
searched and listed with the rest of the journal. ``peer_reflections.id`` is stable and
never reused (AUTOINCREMENT); a CPD record refers to it as ``peer_reflection_id``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.entries import Entry
from supervision_app.core.supervision.errors import PeerReflectionNotFound
from supervision_app.core.supervision.markdown import (
    compose_peer_reflection_markdown,
    peer_reflection_title,
)
from supervision_app.core.supervision.views import (
    PeerReflection,
)
from supervision_app.storage.supervision.common import check_partner, new_uid, parse_ts, ts

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

ENTRY_KIND = "reflection"
ENTRY_TAG = "peer reflection"
_COLUMNS = (
    "r.id, r.uid, r.entry_id, r.partner_id, r.peer_role, r.reflected_on, r.minutes, r.topic,"
    " r.discussion, r.learning, r.created_at, r.updated_at"
)


def _from_row(row: Any) -> PeerReflection:
    return PeerReflection(
        id=row[0],
        uid=row[1],
        entry_id=row[2],
        partner_id=row[3],
        peer_role=row[4],
        reflected_on=dt.date.fromisoformat(row[5]),
        minutes=row[6],
        topic=row[7],
        discussion=row[8],
        learning=row[9],
        created_at=parse_ts(row[10]),
        updated_at=parse_ts(row[11]),
    )


class PeerReflectionRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, reflection: PeerReflection) -> PeerReflection:
        reflection = reflection.validated()
        now = self._vault.clock()
        uid = reflection.uid or new_uid()
        with self._vault.transaction() as conn:
            check_partner(conn, reflection.partner_id)
            entry = self._vault.entries.add(self._entry(reflection, Entry(title="")))
            cur = conn.execute(
                "INSERT INTO peer_reflections (uid, entry_id, partner_id, peer_role, reflected_on,"
                " minutes, topic, discussion, learning, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    entry.id,
                    reflection.partner_id,
                    reflection.peer_role,
                    reflection.reflected_on.isoformat(),
                    reflection.minutes,
                    reflection.topic,
                    reflection.discussion,
                    reflection.learning,
                    ts(now),
                    ts(now),
                ),
            )
            return self.get(int(cur.lastrowid))

    def update(self, reflection: PeerReflection) -> PeerReflection:
        reflection_id = reflection.id
        if reflection_id is None:
            raise ValueError("update() needs a peer reflection with an id")
        reflection = reflection.validated()
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            stored = self.get(reflection_id)
            check_partner(conn, reflection.partner_id)
            conn.execute(
                "UPDATE peer_reflections SET partner_id = ?, peer_role = ?, reflected_on = ?,"
                " minutes = ?, topic = ?, discussion = ?, learning = ?, updated_at = ?"
                " WHERE id = ?",
                (
                    reflection.partner_id,
                    reflection.peer_role,
                    reflection.reflected_on.isoformat(),
                    reflection.minutes,
                    reflection.topic,
                    reflection.discussion,
                    reflection.learning,
                    ts(now),
                    reflection_id,
                ),
            )
            assert stored.entry_id is not None
            entry = self._vault.entries.get(stored.entry_id)
            self._vault.entries.update(self._entry(reflection, entry))
            return self.get(reflection_id)

    @staticmethod
    def _entry(reflection: PeerReflection, entry: Entry) -> Entry:
        tags = entry.tags if ENTRY_TAG in entry.tags else (*entry.tags, ENTRY_TAG)
        return replace(
            entry,
            kind=ENTRY_KIND,
            title=peer_reflection_title(reflection),
            body=compose_peer_reflection_markdown(reflection),
            tags=tags,
            practice_date=reflection.reflected_on,
            minutes=reflection.minutes,
        )

    def get(self, reflection_id: int) -> PeerReflection:
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM peer_reflections r WHERE r.id = ?", (reflection_id,)
        ).fetchone()
        if row is None:
            raise PeerReflectionNotFound(reflection_id)
        return _from_row(row)

    def for_entry(self, entry_id: int) -> PeerReflection | None:
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM peer_reflections r WHERE r.entry_id = ?", (entry_id,)
        ).fetchone()
        return None if row is None else _from_row(row)

    def list(
        self, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[PeerReflection]:
        """Peer reflections whose entry is not in the Trash, newest first (for CPD pickers)."""
        sql = (
            f"SELECT {_COLUMNS} FROM peer_reflections r JOIN entries e ON e.id = r.entry_id"
            " WHERE e.deleted_at IS NULL"
        )
        params: list[Any] = []
        if since is not None:
            sql += " AND r.reflected_on >= ?"
            params.append(since.isoformat())
        if until is not None:
            sql += " AND r.reflected_on <= ?"
            params.append(until.isoformat())
        rows = self._vault.conn.execute(sql + " ORDER BY r.reflected_on DESC, r.id DESC", params)
        return [_from_row(r) for r in rows]
