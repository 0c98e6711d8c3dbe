"""Whole CPD records (entry, CPD details, standards, evidence-file details, sign-off) for
many entries with a handful of queries: no query per entry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlcipher3.dbapi2 import DatabaseError

from supervision_app.core.cpd.model import Attachment, CpdFields, CpdRecord
from supervision_app.core.entries import Entry
from supervision_app.storage.cpd.rows import (
    ATTACHMENT_COLUMNS,
    CPD_COLUMNS,
    attachment_from_row,
    chunks,
    date_or_none,
    fields_from_row,
    marks,
)
from supervision_app.storage.entries import ENTRY_COLUMNS, entry_from_row
from supervision_app.storage.supervision.signoff import signoff_lines

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["load_records"]


def _resolve_peer_reflections(conn: Any, fields: dict[int, CpdFields]) -> None:
    """Fill the peer part of CPD details from linked peer-reflection records (schema 4).

    A field the user wrote on the CPD record wins; a link to a record that no longer exists
    is dropped, so it does not count as reflection with a peer.
    """
    linked = {f.peer_reflection_id for f in fields.values() if f.peer_reflection_id}
    if not linked:
        return
    found: dict[int, tuple[str, str, str]] = {}
    wanted = sorted(linked)
    try:
        for chunk in chunks(wanted):
            for row in conn.execute(
                "SELECT id, peer_role, reflected_on, learning FROM peer_reflections"
                f" WHERE id IN ({marks(len(chunk))})",
                chunk,
            ):
                found[row[0]] = (row[1], row[2], row[3])
    except DatabaseError:  # no peer_reflections table: keep the ids as they are
        return
    for entry_id, f in fields.items():
        if not f.peer_reflection_id:
            continue
        peer = found.get(f.peer_reflection_id)
        if peer is None:
            fields[entry_id] = replace(f, peer_reflection_id=None)
            continue
        role, day, learning = peer
        fields[entry_id] = replace(
            f,
            peer_role=f.peer_role or role,
            peer_date=f.peer_date or date_or_none(day),
            peer_learning=f.peer_learning or learning,
        )


def load_records(vault: Vault, ids: Sequence[int]) -> list[CpdRecord]:
    """Full records for ``ids`` (in that order; unknown ids are skipped), a few queries per
    500 ids: entries, CPD details, links and attachment details (never attachment bytes)."""
    conn = vault.conn
    entries: dict[int, Entry] = {}
    fields: dict[int, CpdFields] = {}
    links: dict[int, list[str]] = {}
    attachments: dict[int, list[Attachment]] = {}
    signoff: dict[int, str] = {}
    ids = list(dict.fromkeys(ids))
    for chunk in chunks(ids):
        places = marks(len(chunk))
        for row in conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id IN ({places})", chunk
        ):
            entries[row[0]] = entry_from_row(row)
        for row in conn.execute(
            f"SELECT entry_id, {CPD_COLUMNS} FROM cpd_records WHERE entry_id IN ({places})", chunk
        ):
            fields[row[0]] = fields_from_row(row[1:])
        for row in conn.execute(
            f"SELECT entry_id, ref FROM entry_links WHERE entry_id IN ({places}) ORDER BY ref",
            chunk,
        ):
            links.setdefault(row[0], []).append(row[1])
        for row in conn.execute(
            f"SELECT {ATTACHMENT_COLUMNS} FROM cpd_attachments WHERE entry_id IN ({places})"
            " ORDER BY id",
            chunk,
        ):
            attachments.setdefault(row[1], []).append(attachment_from_row(row))
        signoff.update(signoff_lines(conn, chunk))
    _resolve_peer_reflections(conn, fields)
    return [
        CpdRecord(
            entry=entries[i],
            cpd=fields.get(i),
            links=tuple(links.get(i, ())),
            attachments=tuple(attachments.get(i, ())),
            signoff=signoff.get(i, ""),
        )
        for i in ids
        if i in entries
    ]
