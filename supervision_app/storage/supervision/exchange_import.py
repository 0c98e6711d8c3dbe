"""Importing a verified exchange file: plan first (read only), then write in one transaction.

A record already in the vault (same uid and the same signed content) is skipped; its new
addenda, and new signatures on its addenda, are added. A record whose signed content differs
from the copy in the vault is a conflict, and nothing is imported. A file that brings
nothing new is a duplicate, and nothing is imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.entries import Entry
from supervision_app.core.supervision.codec import fingerprint
from supervision_app.core.supervision.errors import (
    ExchangeConflict,
    ExchangeDuplicate,
    InvalidSupervisionRecord,
    PartnerNotFound,
)
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.model import (
    Action,
    ActionReview,
    Addendum,
    SessionRecord,
)
from supervision_app.core.supervision.people import (
    Partner,
)
from supervision_app.core.wording import count
from supervision_app.storage.supervision.common import iso_date, new_uid, ts
from supervision_app.storage.supervision.signoff import insert_signature

if TYPE_CHECKING:
    from supervision_app.storage.supervision.exchange import ExchangeContents
    from supervision_app.storage.supervision.repository import SupervisionRepository
    from supervision_app.storage.vault import Vault


@dataclass(frozen=True)
class ImportResult:
    partner_id: int
    partner_created: bool
    #: Ids of the records added (each is also a journal entry).
    sessions_added: tuple[int, ...]
    #: Records already in the vault (perhaps with new addenda added).
    sessions_already_present: int
    addenda_added: int
    signatures_added: int

    def summary(self) -> str:
        """One sentence for the user."""
        parts = [f"{count(len(self.sessions_added), 'record')} imported"]
        if self.sessions_already_present:
            parts.append(f"{self.sessions_already_present} already in your journal")
        if self.addenda_added:
            parts.append(f"{count(self.addenda_added, 'addendum', 'addenda')} added")
        if self.signatures_added:
            parts.append(f"{count(self.signatures_added, 'signature')} added to addenda")
        return "; ".join(parts) + "."


@dataclass
class _Plan:
    partner_id: int | None
    new_partner: Partner | None
    link_uid: str | None
    new_records: list[tuple[SessionRecord, dict[str, Any]]] = field(default_factory=list)
    #: (local session id, addendum) for addenda not yet in the vault.
    new_addenda: list[tuple[int, Addendum, bool]] = field(default_factory=list)
    #: (local session id, local addendum id, signature party/name/time)
    new_signatures: list[tuple[int, int, Any]] = field(default_factory=list)
    present: int = 0


def _resolve_partner(conn: Any, rel: dict[str, Any], partner_id: int | None) -> _Plan:
    row = conn.execute(
        "SELECT id, role, link_uid FROM supervision_partners WHERE link_uid = ? OR uid = ?"
        " ORDER BY id LIMIT 1",
        (rel["exporter_partner_uid"], rel.get("exporter_partner_link_uid") or ""),
    ).fetchone()
    role = rel["exporter_role"]
    if row is not None:
        if partner_id is not None and partner_id != row[0]:
            raise ExchangeConflict(
                f"This file comes from {rel['exporter_name']}, who is already a different partner "
                "in your journal; nothing was imported."
            )
        return _Plan(row[0], None, None if row[2] else rel["exporter_partner_uid"])
    if partner_id is not None:
        chosen = conn.execute(
            "SELECT role, link_uid FROM supervision_partners WHERE id = ?", (partner_id,)
        ).fetchone()
        if chosen is None:
            raise PartnerNotFound(partner_id)
        if chosen[0] != role:
            raise ExchangeConflict(
                f"{rel['exporter_name']} exported these records as your {role}, but the partner "
                f"you chose is recorded as your {chosen[0]}; nothing was imported."
            )
        if chosen[1] and chosen[1] != rel["exporter_partner_uid"]:
            raise ExchangeConflict(
                "The partner you chose has exchanged records from another journal; "
                "nothing was imported."
            )
        return _Plan(partner_id, None, rel["exporter_partner_uid"])
    partner = Partner(name=rel["exporter_name"], role=role, link_uid=rel["exporter_partner_uid"])
    return _Plan(None, partner.validated(), None)


def _plan(conn: Any, contents: ExchangeContents, partner_id: int | None) -> _Plan:
    new_records: list[tuple[SessionRecord, dict[str, Any]]] = []
    new_addenda: list[tuple[int, Addendum, bool]] = []
    new_signatures: list[tuple[int, int, Any]] = []
    present_partner: int | None = None
    for record, data in zip(contents.records, contents.data, strict=True):
        row = conn.execute(
            "SELECT entry_id, partner_id, fingerprint FROM supervision_sessions WHERE uid = ?",
            (record.uid,),
        ).fetchone()
        when = format_date(record.session_date)
        if row is None:
            new_records.append((record, data))
            continue
        if row[2] != fingerprint(data):
            raise ExchangeConflict(
                f"The record of {when} in this file differs from the copy in your journal; "
                "nothing was imported."
            )
        present_partner = row[1]
        local = {
            r[0]: (r[1], r[2], r[3] is not None)
            for r in conn.execute(
                "SELECT uid, id, text, locked_at FROM supervision_addenda WHERE session_id = ?",
                (row[0],),
            )
        }
        first = not local
        for addendum in record.addenda:
            if addendum.uid not in local:
                new_addenda.append((row[0], addendum, first))
                first = False
                continue
            local_id, local_text, local_locked = local[addendum.uid]
            if local_text != addendum.text:
                raise ExchangeConflict(
                    f"An addendum to the record of {when} differs from the copy in your journal; "
                    "nothing was imported."
                )
            signed = {
                r[0]
                for r in conn.execute(
                    "SELECT party FROM supervision_signatures WHERE addendum_id = ?", (local_id,)
                )
            }
            for signature in addendum.signatures:
                if signature.party not in signed and not local_locked:
                    new_signatures.append((row[0], local_id, signature))
    if not new_records and not new_addenda and not new_signatures:
        raise ExchangeDuplicate()
    if new_records:
        plan = _resolve_partner(conn, contents.relationship, partner_id)
    else:
        plan = _Plan(present_partner, None, None)
    plan.new_records, plan.new_addenda, plan.new_signatures = (
        new_records,
        new_addenda,
        new_signatures,
    )
    plan.present = len(contents.records) - len(new_records)
    return plan


def import_contents(
    vault: Vault, contents: ExchangeContents, *, partner_id: int | None = None
) -> ImportResult:
    from supervision_app.storage.supervision.repository import SupervisionRepository

    repo = SupervisionRepository(vault)
    now = vault.clock()
    with vault.transaction() as conn:
        plan = _plan(conn, contents, partner_id)
        created = plan.new_partner is not None
        if plan.new_partner is not None:
            plan.partner_id = repo.partners.add(plan.new_partner).id
        elif plan.link_uid is not None:
            conn.execute(
                "UPDATE supervision_partners SET link_uid = ? WHERE id = ? AND link_uid IS NULL",
                (plan.link_uid, plan.partner_id),
            )
        assert plan.partner_id is not None
        try:
            added = [
                _add_record(vault, repo, conn, plan.partner_id, record, data, now)
                for record, data in sorted(
                    plan.new_records, key=lambda rd: (rd[0].session_date, rd[0].created_at or now)
                )
            ]
        except InvalidSupervisionRecord as error:
            reason = str(error).rstrip(".")
            raise ExchangeConflict(
                "The records in this file do not fit those in your journal "
                f"({reason[:1].lower()}{reason[1:]}); nothing was imported."
            ) from None
        for session_id, addendum, first in plan.new_addenda:
            _add_addendum(repo, conn, session_id, addendum, first)
        for session_id, addendum_id, signature in plan.new_signatures:
            insert_signature(conn, session_id, addendum_id, signature)
            _lock_addendum_if_signed(conn, addendum_id, signature.signed_at)
        conn.execute(
            "INSERT INTO supervision_imports (payload_sha256, imported_at, exported_by,"
            " partner_id, sessions_added, addenda_added) VALUES (?, ?, ?, ?, ?, ?)",
            (
                contents.payload_sha256,
                ts(now),
                contents.exported_by,
                plan.partner_id,
                len(added),
                len(plan.new_addenda) + sum(len(r.addenda) for r, _ in plan.new_records),
            ),
        )
    return ImportResult(
        partner_id=plan.partner_id,
        partner_created=created,
        sessions_added=tuple(added),
        sessions_already_present=plan.present,
        addenda_added=len(plan.new_addenda),
        signatures_added=len(plan.new_signatures),
    )


def _action_id(conn: Any, partner_id: int, action: Action) -> int:
    """The local id of a reviewed action; one from a session not in this vault is created
    without a session, and linked to it if that session is imported later."""
    row = conn.execute("SELECT id FROM supervision_actions WHERE uid = ?", (action.uid,)).fetchone()
    if row is not None:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO supervision_actions (uid, session_id, partner_id, text, owner, due_date,"
        " initial_status, status) VALUES (?, NULL, ?, ?, ?, ?, 'open', 'open')",
        (action.uid, partner_id, action.text, action.owner, iso_date(action.due_date)),
    )
    return int(cur.lastrowid)


def _add_record(
    vault: Vault,
    repo: SupervisionRepository,
    conn: Any,
    partner_id: int,
    record: SessionRecord,
    data: dict[str, Any],
    now: dt.datetime,
) -> int:
    entry = vault.entries.add(
        Entry(
            title="", kind="supervision", practice_date=record.session_date, minutes=record.minutes
        )
    )
    assert entry.id is not None
    conn.execute(
        "INSERT INTO supervision_sessions (entry_id, uid, partner_id, session_date, session_type,"
        " origin, created_at, updated_at, imported_at) VALUES (?, ?, ?, ?, ?, 'imported', ?, ?, ?)",
        (
            entry.id,
            record.uid,
            partner_id,
            record.session_date.isoformat(),
            record.session_type,
            ts(record.created_at or now),
            ts(now),
            ts(now),
        ),
    )
    new_actions = []
    for action in record.new_actions:
        row = conn.execute(
            "SELECT id, session_id FROM supervision_actions WHERE uid = ?", (action.uid,)
        ).fetchone()
        if row is not None and row[1] is not None:
            raise InvalidSupervisionRecord("an action appears in two records.")
        if row is not None:  # reviewed in a record imported earlier: now we know its session
            conn.execute(
                "UPDATE supervision_actions SET session_id = ? WHERE id = ?", (entry.id, row[0])
            )
        new_actions.append(replace(action, id=None if row is None else int(row[0])))
    reviews = tuple(
        ActionReview(_action_id(conn, partner_id, r.action), r.status, r.note)
        for r in record.action_reviews
        if r.action is not None
    )
    local = replace(
        record, partner_id=partner_id, new_actions=tuple(new_actions), action_reviews=reviews
    )
    repo.sessions.write(conn, entry.id, local, now)
    for signature in record.signatures:
        insert_signature(conn, entry.id, None, signature)
    assert record.locked_at is not None
    conn.execute(
        "UPDATE supervision_sessions SET locked_at = ?, fingerprint = ? WHERE entry_id = ?",
        (ts(record.locked_at), fingerprint(data), entry.id),
    )
    for index, addendum in enumerate(record.addenda):
        _add_addendum(repo, conn, entry.id, addendum, index == 0)
    return entry.id


def _add_addendum(
    repo: SupervisionRepository, conn: Any, session_id: int, addendum: Addendum, first: bool
) -> None:
    cur = conn.execute(
        "INSERT INTO supervision_addenda (uid, session_id, text, author, created_at, locked_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            addendum.uid or new_uid(),
            session_id,
            addendum.text,
            addendum.author,
            ts(addendum.created_at),
            None if addendum.locked_at is None else ts(addendum.locked_at),
        ),
    )
    for signature in addendum.signatures:
        insert_signature(conn, session_id, int(cur.lastrowid), signature)
    repo.signoff.append_to_entry(session_id, addendum, first=first)


def _lock_addendum_if_signed(conn: Any, addendum_id: int, at: dt.datetime) -> None:
    count = conn.execute(
        "SELECT count(*) FROM supervision_signatures WHERE addendum_id = ?", (addendum_id,)
    ).fetchone()[0]
    if count >= 2:
        conn.execute(
            "UPDATE supervision_addenda SET locked_at = ? WHERE id = ? AND locked_at IS NULL",
            (ts(at), addendum_id),
        )
