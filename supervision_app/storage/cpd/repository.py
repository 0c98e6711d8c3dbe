"""CPD details, evidence attachments and CPD settings in the vault.

Standards addressed are framework links (``entry_links``, through :class:`LinkRepository`);
the time spent is the entry's ``minutes``. :func:`load_records` builds full
:class:`CpdRecord` objects for many entries with a handful of queries (no query per entry).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import mimetypes
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3.dbapi2 import DatabaseError

from supervision_app.core.cpd.model import (
    CPD_FRAMEWORKS,
    MAX_ATTACHMENT_BYTES,
    Attachment,
    AttachmentTooLarge,
    CpdFields,
    CpdRecord,
)
from supervision_app.core.cpd.settings import KEYS, CpdSettings
from supervision_app.core.entries import Entry
from supervision_app.core.errors import EntryNotFound, JournalError
from supervision_app.core.i18n import Translate, english
from supervision_app.storage.entries import ENTRY_COLUMNS, entry_from_row
from supervision_app.storage.reflection import LinkRepository
from supervision_app.storage.supervision.signoff import signoff_lines
from supervision_app.storage.vault import VaultFileChosen, is_vault_file

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["AttachmentRepository", "CpdRepository", "CpdSettingsStore", "load_records"]

#: SQLite's default limit on bound parameters is 32766; stay far below it.
_CHUNK = 500
_FILENAME_BAD = re.compile(r"[\x00-\x1f\x7f/\\]")
MAX_FILENAME = 255


class AttachmentNotFound(JournalError):
    def __init__(self, attachment_id: int) -> None:
        self.attachment_id = attachment_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no evidence file with id {id}.").format(
            id=self.attachment_id
        )


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def _date(text: str | None) -> dt.date | None:
    return None if not text else dt.date.fromisoformat(text)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


_CPD_COLUMNS = (
    "activity_type, description, learning, impact, peer_role, peer_date, peer_learning,"
    " peer_reflection_id"
)


def _fields_from_row(row: Sequence[Any]) -> CpdFields:
    return CpdFields(
        activity_type=row[0],
        description=row[1],
        learning=row[2],
        impact=row[3],
        peer_role=row[4],
        peer_date=_date(row[5]),
        peer_learning=row[6],
        peer_reflection_id=row[7],
    )


_ATTACHMENT_COLUMNS = "id, entry_id, filename, media_type, size, sha256, added_at"


def _attachment_from_row(row: Sequence[Any]) -> Attachment:
    return Attachment(
        id=row[0],
        entry_id=row[1],
        filename=row[2],
        media_type=row[3],
        size=row[4],
        sha256=row[5],
        added_at=dt.datetime.fromisoformat(row[6]),
    )


class CpdRepository:
    """The CPD details of entries (one row per CPD record)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._links = LinkRepository(vault)

    def get(self, entry_id: int) -> CpdFields | None:
        row = self._vault.conn.execute(
            f"SELECT {_CPD_COLUMNS} FROM cpd_records WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return None if row is None else _fields_from_row(row)

    def save(self, entry_id: int, fields: CpdFields) -> CpdFields:
        """Create or replace the CPD details of an entry (which makes it a CPD record)."""
        fields = fields.validated()
        now = _ts(self._vault.clock())
        with self._vault.transaction() as conn:
            if conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
                raise EntryNotFound(entry_id)
            conn.execute(
                f"INSERT INTO cpd_records (entry_id, {_CPD_COLUMNS}, updated_at)"
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
        return _date(value)

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


class AttachmentRepository:
    """Evidence files (certificates, notes) kept encrypted inside the vault."""

    def __init__(self, vault: Vault, *, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self._vault = vault
        self.max_bytes = max_bytes

    @staticmethod
    def clean_filename(name: str) -> str:
        base = _FILENAME_BAD.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
        if len(base) > MAX_FILENAME:
            stem, dot, ext = base.rpartition(".")
            base = (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext) if dot else base[:MAX_FILENAME]
        return base or "evidence"

    def add(
        self, entry_id: int, filename: str, data: bytes, media_type: str | None = None
    ) -> Attachment:
        name = self.clean_filename(filename)
        if len(data) > self.max_bytes:
            raise AttachmentTooLarge(name, len(data), self.max_bytes)
        media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            if conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
                raise EntryNotFound(entry_id)
            cur = conn.execute(
                "INSERT INTO cpd_attachments (entry_id, filename, media_type, size, sha256,"
                " added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (entry_id, name, media, len(data), digest, _ts(now), bytes(data)),
            )
        return Attachment(int(cur.lastrowid), entry_id, name, media, len(data), digest, now)

    def add_file(self, entry_id: int, path: Path | str) -> Attachment:
        """Copy a file into the vault; the size is checked before it is read."""
        path = Path(path)
        if is_vault_file(path, self._vault.path):
            raise VaultFileChosen(path)
        size = path.stat().st_size
        if size > self.max_bytes:
            raise AttachmentTooLarge(path.name, size, self.max_bytes)
        with path.open("rb") as handle:
            data = handle.read(self.max_bytes + 1)  # the file may have grown since stat()
        return self.add(entry_id, path.name, data)

    def list(self, entry_id: int) -> list[Attachment]:
        rows = self._vault.conn.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM cpd_attachments WHERE entry_id = ? ORDER BY id",
            (entry_id,),
        ).fetchall()
        return [_attachment_from_row(r) for r in rows]

    def data(self, attachment_id: int) -> bytes:
        """The file's bytes; save them out only on the user's explicit request."""
        row = self._vault.conn.execute(
            "SELECT data FROM cpd_attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise AttachmentNotFound(attachment_id)
        return bytes(row[0])

    def remove(self, attachment_id: int) -> None:
        with self._vault.transaction() as conn:
            cur = conn.execute("DELETE FROM cpd_attachments WHERE id = ?", (attachment_id,))
            if cur.rowcount == 0:
                raise AttachmentNotFound(attachment_id)


class CpdSettingsStore:
    """Typed access to the CPD settings (see ``core/cpd_settings.py``).

    ``practitioner_name`` is "your name", one value shared with supervision sign-off and
    every export: it is stored once, as the supervision owner's name (``OwnerSettings``).
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def load(self) -> CpdSettings:
        from supervision_app.storage.supervision.people import OwnerSettings

        rows = self._vault.conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({_marks(len(KEYS))})", KEYS
        ).fetchall()
        values = {r[0]: json.loads(r[1]) for r in rows}
        values["practitioner_name"] = OwnerSettings(self._vault).name()
        return CpdSettings.from_values(values)

    def save(self, settings: CpdSettings) -> None:
        from supervision_app.storage.supervision.people import OwnerSettings

        with self._vault.transaction():
            for key, value in settings.to_values().items():
                if key == "practitioner_name":
                    OwnerSettings(self._vault).set_name(value)
                    self._vault.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
                else:
                    self._vault.settings.set(key, value)


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
        for chunk in _chunks(wanted):
            for row in conn.execute(
                "SELECT id, peer_role, reflected_on, learning FROM peer_reflections"
                f" WHERE id IN ({_marks(len(chunk))})",
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
            peer_date=f.peer_date or _date(day),
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
    for chunk in _chunks(ids):
        marks = _marks(len(chunk))
        for row in conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id IN ({marks})", chunk
        ):
            entries[row[0]] = entry_from_row(row)
        for row in conn.execute(
            f"SELECT entry_id, {_CPD_COLUMNS} FROM cpd_records WHERE entry_id IN ({marks})", chunk
        ):
            fields[row[0]] = _fields_from_row(row[1:])
        for row in conn.execute(
            f"SELECT entry_id, ref FROM entry_links WHERE entry_id IN ({marks}) ORDER BY ref",
            chunk,
        ):
            links.setdefault(row[0], []).append(row[1])
        for row in conn.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM cpd_attachments WHERE entry_id IN ({marks})"
            " ORDER BY id",
            chunk,
        ):
            attachments.setdefault(row[1], []).append(_attachment_from_row(row))
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
