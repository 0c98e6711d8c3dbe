"""Session records: write (with their journal entry), read, list, and re-evaluation.

Sign-off, addenda and history are in :mod:`.supervision_signoff`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.entries import Entry
from supervision_app.core.supervision.codec import content_to_dict, session_to_dict
from supervision_app.core.supervision.errors import (
    RecordSigned,
    SessionNotFound,
)
from supervision_app.core.supervision.markdown import compose_session_markdown, session_title
from supervision_app.core.supervision.model import (
    ActionReview,
    CaseDiscussion,
    Decision,
    DiscussionNote,
    SessionRecord,
    Wellbeing,
)
from supervision_app.core.supervision.rules import sessions_until_reevaluation
from supervision_app.core.supervision.views import (
    SessionSummary,
)
from supervision_app.storage.supervision.actions import (
    ActionRepository,
    recompute,
    write_new_actions,
    write_reviews,
)
from supervision_app.storage.supervision.common import (
    check_partner,
    iso_date,
    locked_as_error,
    new_uid,
    parse_date,
    parse_ts,
    ts,
)
from supervision_app.storage.supervision.people import (
    AgreementRepository,
    OwnerSettings,
    PartnerRepository,
)
from supervision_app.storage.supervision.signoff import addenda_of, signatures_of

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

ENTRY_KIND = "supervision"
_SESSION_COLUMNS = (
    "s.entry_id, s.uid, s.partner_id, p.name, p.role, s.session_date, s.minutes,"
    " s.session_type, s.content, s.next_session, s.reevaluation, s.reevaluation_notes,"
    " s.origin, s.created_at, s.updated_at, s.imported_at, s.locked_at"
)


def content_json(record: SessionRecord) -> str:
    return json.dumps(content_to_dict(record), ensure_ascii=False)


def _record_from_row(row: Any) -> SessionRecord:
    content = json.loads(row[8])
    wellbeing = content.get("wellbeing", {})
    return SessionRecord(
        id=row[0],
        uid=row[1],
        partner_id=row[2],
        partner_name=row[3],
        partner_role=row[4],
        session_date=dt.date.fromisoformat(row[5]),
        minutes=row[6],
        session_type=row[7],
        agenda=tuple(content.get("agenda", ())),
        discussion=tuple(
            DiscussionNote(n["ref"], n["text"]) for n in content.get("discussion", ())
        ),
        wellbeing=Wellbeing(
            wellbeing.get("own_wellbeing", ""), wellbeing.get("emotional_impact", "")
        ),
        case_discussions=tuple(
            CaseDiscussion(c["case_ref"], c["text"]) for c in content.get("case_discussions", ())
        ),
        decisions=tuple(
            Decision(d["decision"], d["rationale"], d.get("case_ref", ""))
            for d in content.get("decisions", ())
        ),
        learning=content.get("learning", ""),
        cpd=content.get("cpd", ""),
        next_session=parse_date(row[9]),
        reevaluation=bool(row[10]),
        reevaluation_notes=row[11],
        origin=row[12],
        created_at=parse_ts(row[13]),
        updated_at=parse_ts(row[14]),
        imported_at=parse_ts(row[15]),
        locked_at=parse_ts(row[16]),
    )


def _comparable(record: SessionRecord) -> dict[str, Any]:
    """What a signature vouches for: the record without sign-off, addenda or times."""
    data = session_to_dict(record)
    for key in ("signatures", "addenda", "created_at", "locked_at"):
        data.pop(key)
    return data


class SessionRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._actions = ActionRepository(vault)

    # -- writing -----------------------------------------------------------------------------

    def create(self, record: SessionRecord) -> SessionRecord:
        """Save a new record (a new journal entry too); gives it an id and a global uid."""
        record = replace(record.validated(), uid=record.uid or new_uid())
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            check_partner(conn, record.partner_id)
            entry = self._vault.entries.add(
                Entry(
                    title="",
                    kind=ENTRY_KIND,
                    practice_date=record.session_date,
                    minutes=record.minutes,
                )
            )
            assert entry.id is not None
            conn.execute(
                "INSERT INTO supervision_sessions (entry_id, uid, partner_id, session_date,"
                " session_type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.id,
                    record.uid,
                    record.partner_id,
                    record.session_date.isoformat(),
                    record.session_type,
                    ts(record.created_at or now),
                    ts(now),
                ),
            )
            self.write(conn, entry.id, record, now)
            return self.get(entry.id)

    def save(self, record: SessionRecord) -> SessionRecord:
        """Save changes to a record that is not yet signed by both parties.

        If the content changed, a signature already given is withdrawn (it vouched for the
        old text): check ``record.signatures`` of the result.
        """
        session_id = record.id
        if session_id is None:
            raise ValueError("save() needs a record with an id; use create() for a new one")
        record = record.validated()
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            before = self.get(session_id)
            if before.is_locked:
                raise RecordSigned()
            check_partner(conn, record.partner_id)
            self.write(conn, session_id, record, now)
            after = self.get(session_id)
            if before.signatures and _comparable(before) != _comparable(after):
                conn.execute(
                    "DELETE FROM supervision_signatures"
                    " WHERE session_id = ? AND addendum_id IS NULL",
                    (session_id,),
                )
                after = replace(after, signatures=())
            return after

    def write(self, conn: Any, session_id: int, record: SessionRecord, now: dt.datetime) -> None:
        """Write the record's fields, actions and reviews, then the entry's title and body."""
        with locked_as_error():
            conn.execute(
                "UPDATE supervision_sessions SET partner_id = ?, session_date = ?, minutes = ?,"
                " session_type = ?, content = ?, next_session = ?, reevaluation = ?,"
                " reevaluation_notes = ?, updated_at = ? WHERE entry_id = ?",
                (
                    record.partner_id,
                    record.session_date.isoformat(),
                    record.minutes,
                    record.session_type,
                    content_json(record),
                    iso_date(record.next_session),
                    int(record.reevaluation),
                    record.reevaluation_notes,
                    ts(now),
                    session_id,
                ),
            )
            # A draft moved to another partner takes the actions it agreed with it.
            conn.execute(
                "UPDATE supervision_actions SET partner_id = ? WHERE session_id = ?",
                (record.partner_id, session_id),
            )
            changed = write_reviews(
                conn, session_id, record.partner_id, record.session_date, record.action_reviews
            )
            changed |= set(
                write_new_actions(conn, session_id, record.partner_id, record.new_actions)
            )
            recompute(conn, changed)
            self.sync_entry(session_id)

    def sync_entry(self, session_id: int) -> None:
        """Compose the entry's title and body from the record (so search finds it)."""
        record = self.get(session_id)
        entry = self._vault.entries.get(session_id)
        self._vault.entries.update(
            replace(
                entry,
                title=session_title(record.session_type, record.partner_name, record.session_date),
                body=compose_session_markdown(record, include_signatures=False),
                kind=ENTRY_KIND,
                practice_date=record.session_date,
                minutes=record.minutes,
            )
        )

    # -- reading -----------------------------------------------------------------------------

    def get(self, session_id: int) -> SessionRecord:
        row = self._vault.conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM supervision_sessions s"
            " JOIN supervision_partners p ON p.id = s.partner_id WHERE s.entry_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise SessionNotFound(session_id)
        conn = self._vault.conn
        return replace(
            _record_from_row(row),
            action_reviews=tuple(self._actions.reviews_of_session(session_id)),
            new_actions=tuple(self._actions.of_session(session_id)),
            signatures=signatures_of(conn, session_id, None),
            addenda=addenda_of(conn, session_id),
        )

    def for_entry(self, entry_id: int) -> SessionRecord | None:
        """The record behind a journal entry, or None if the entry is not a session record."""
        try:
            return self.get(entry_id)
        except SessionNotFound:
            return None

    def summaries(
        self, partner_id: int | None = None, *, limit: int = 1000
    ) -> list[SessionSummary]:
        """Records (not in the Trash), newest first: a partner's history when given one."""
        where = "e.deleted_at IS NULL" + (" AND s.partner_id = ?" if partner_id is not None else "")
        params: list[Any] = [partner_id] if partner_id is not None else []
        rows = self._vault.conn.execute(
            "SELECT s.entry_id, s.uid, s.partner_id, p.name, s.session_date, s.session_type,"
            " s.minutes, s.locked_at, s.origin, s.reevaluation,"
            " (SELECT group_concat(party) FROM supervision_signatures g"
            "  WHERE g.session_id = s.entry_id AND g.addendum_id IS NULL),"
            " (SELECT count(*) FROM supervision_addenda a WHERE a.session_id = s.entry_id)"
            " FROM supervision_sessions s JOIN entries e ON e.id = s.entry_id"
            " JOIN supervision_partners p ON p.id = s.partner_id"
            f" WHERE {where} ORDER BY s.session_date DESC, s.entry_id DESC LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [
            SessionSummary(
                id=r[0],
                uid=r[1],
                partner_id=r[2],
                partner_name=r[3],
                session_date=dt.date.fromisoformat(r[4]),
                session_type=r[5],
                minutes=r[6],
                locked_at=parse_ts(r[7]),
                origin=r[8],
                reevaluation=bool(r[9]),
                signed_by=tuple(sorted((r[10] or "").split(","))) if r[10] else (),
                addenda=r[11],
            )
            for r in rows
        ]

    def draft(self, partner_id: int, session_date: dt.date) -> SessionRecord:
        """A new, unsaved record: open actions to review (marked 'carried' until changed),
        the agreed length, and the re-evaluation flag set when one is due."""
        partner = PartnerRepository(self._vault).get(partner_id)
        agreement = AgreementRepository(self._vault).current(partner_id)
        reviews = tuple(
            ActionReview(a.id, "carried", action=a)
            for a in self._actions.for_review(partner_id)
            if a.id is not None
        )
        return SessionRecord(
            partner_id=partner_id,
            session_date=session_date,
            minutes=agreement.length_minutes if agreement and agreement.length_minutes else 60,
            action_reviews=reviews,
            reevaluation=self.reevaluation_due(partner_id),
            partner_name=partner.name,
            partner_role=partner.role,
        )

    # -- re-evaluation of the relationship -----------------------------------------------------

    def reevaluation_interval(self, partner_id: int) -> int:
        agreement = AgreementRepository(self._vault).current(partner_id)
        if agreement is not None and agreement.reevaluation_every:
            return agreement.reevaluation_every
        return OwnerSettings(self._vault).reevaluation_interval()

    def _reevaluation_history(self, partner_id: int, session_id: int | None) -> list[bool]:
        sql = (
            "SELECT s.reevaluation FROM supervision_sessions s JOIN entries e ON e.id = s.entry_id"
            " WHERE s.partner_id = ? AND e.deleted_at IS NULL"
        )
        params: list[Any] = [partner_id]
        if session_id is not None:
            date = self.get(session_id).session_date.isoformat()
            sql += " AND (s.session_date, s.entry_id) < (?, ?)"
            params += [date, session_id]
        rows = self._vault.conn.execute(sql + " ORDER BY s.session_date, s.entry_id", params)
        return [bool(r[0]) for r in rows]

    def sessions_until_reevaluation(self, partner_id: int, session_id: int | None = None) -> int:
        """0 when the next session (or ``session_id``) should re-evaluate the relationship."""
        history = self._reevaluation_history(partner_id, session_id)
        return sessions_until_reevaluation(history, self.reevaluation_interval(partner_id))

    def reevaluation_due(self, partner_id: int, session_id: int | None = None) -> bool:
        """Should the next session with this partner (or the given one) include a
        re-evaluation of the supervisory relationship? (Default: every sixth session.)"""
        return self.sessions_until_reevaluation(partner_id, session_id) == 0
