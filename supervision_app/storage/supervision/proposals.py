"""Proposals: what an exchange file says in the owner's name, until they accept or reject it.

Accepting signs with the owner's own key (so the signature is theirs, made in their
journal); rejecting keeps the proposal, marked, so the same file does not propose it again.
Nothing of a proposal touches the owner's records or actions until it is accepted.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from supervision_app.core.supervision.codec import session_from_dict, signature_to_dict
from supervision_app.core.supervision.errors import SupervisionError
from supervision_app.core.supervision.model import Signature, clean_line
from supervision_app.core.supervision.proposal_texts import action_update, record_details, summary
from supervision_app.core.supervision.signing import make_proof, record_content_sha256
from supervision_app.core.supervision.views import Proposal
from supervision_app.storage.supervision.common import parse_ts, ts

if TYPE_CHECKING:
    from supervision_app.storage.supervision.exchange_plan import ProposalDraft
    from supervision_app.storage.vault import Vault

_COLUMNS = (
    "p.id, p.kind, p.partner_id, coalesce(pa.name, ''), p.session_uid, p.item_uid, p.summary,"
    " p.status, p.created_at, p.decided_at, p.payload"
)


class ProposalNotFound(SupervisionError):
    def __init__(self, proposal_id: object) -> None:
        self.proposal_id = proposal_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no proposal with id {id}.").format(id=self.proposal_id)


def add_proposal(conn: Any, partner_id: int, draft: ProposalDraft, at: dt.datetime) -> None:
    conn.execute(
        "INSERT INTO supervision_proposals (kind, partner_id, session_uid, item_uid, summary,"
        " payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            draft.kind,
            partner_id,
            draft.session_uid,
            draft.item_uid,
            draft.summary,
            json.dumps(draft.payload, sort_keys=True),
            ts(at),
        ),
    )


def _check_pending(proposal: Proposal) -> None:
    """Refuse to decide a proposal twice, saying how it was decided."""
    if proposal.status == "accepted":
        raise SupervisionError.marked(
            QT_TRANSLATE_NOOP("Errors", "This proposal was already accepted.")
        )
    if proposal.status != "pending":
        raise SupervisionError.marked(
            QT_TRANSLATE_NOOP("Errors", "This proposal was already rejected.")
        )


class ProposalRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- reading ---------------------------------------------------------------------------------

    def list(self, status: str | None = "pending") -> list[Proposal]:
        """Oldest first; ``status=None`` lists every proposal."""
        where, params = ("p.status = ?", (status,)) if status else ("1", ())
        rows = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM supervision_proposals p"
            f" LEFT JOIN supervision_partners pa ON pa.id = p.partner_id WHERE {where}"
            " ORDER BY p.id",
            params,
        ).fetchall()
        return [self._from_row(r) for r in rows]

    def get(self, proposal_id: int) -> Proposal:
        row = self._vault.conn.execute(
            f"SELECT {_COLUMNS} FROM supervision_proposals p"
            " LEFT JOIN supervision_partners pa ON pa.id = p.partner_id WHERE p.id = ?",
            (proposal_id,),
        ).fetchone()
        if row is None:
            raise ProposalNotFound(proposal_id)
        return self._from_row(row)

    def pending_count(self) -> int:
        return int(
            self._vault.conn.execute(
                "SELECT count(*) FROM supervision_proposals WHERE status = 'pending'"
            ).fetchone()[0]
        )

    def _payload(self, proposal_id: int) -> dict[str, Any]:
        row = self._vault.conn.execute(
            "SELECT payload FROM supervision_proposals WHERE id = ?", (proposal_id,)
        ).fetchone()
        if row is None:
            raise ProposalNotFound(proposal_id)
        value: dict[str, Any] = json.loads(row[0])
        return value

    def _session_id(self, uid: str) -> int | None:
        row = self._vault.conn.execute(
            "SELECT entry_id FROM supervision_sessions WHERE uid = ?", (uid,)
        ).fetchone()
        return None if row is None else int(row[0])

    def _from_row(self, r: Any) -> Proposal:
        payload = json.loads(r[10])
        details: tuple[str, ...] = ()
        updates: tuple[str, ...] = ()
        if r[1] == "record":
            record = payload["record"]
            details = record_details(record.get("agenda", []), record.get("learning", ""))
            updates = self._action_updates(record)
        elif r[1] == "addendum":
            details = (payload["addendum"]["text"],)
        return Proposal(
            id=r[0],
            kind=r[1],
            partner_id=r[2],
            partner_name=r[3],
            session_uid=r[4],
            item_uid=r[5],
            summary=summary(payload.get("about", {}), r[6]),
            status=r[7],
            created_at=dt.datetime.fromisoformat(r[8]),
            decided_at=parse_ts(r[9]),
            claimed_name=payload.get("claimed_name"),
            details=details,
            action_updates=updates,
            session_id=self._session_id(r[4]),
        )

    def _action_updates(self, record: dict[str, Any]) -> tuple[str, ...]:
        found: tuple[str, ...] = ()
        for review in record.get("action_reviews", []):
            row = self._vault.conn.execute(
                "SELECT text, status FROM supervision_actions WHERE uid = ?",
                (review.get("action_uid"),),
            ).fetchone()
            if row is not None and row[1] == "open":
                found += (action_update(row[0], str(review.get("status"))),)
        return found

    # -- deciding --------------------------------------------------------------------------------

    def _signer_name(self, proposal: Proposal, name: str | None) -> str:
        from supervision_app.storage.supervision.people import OwnerSettings

        chosen = clean_line(name or OwnerSettings(self._vault).name() or proposal.claimed_name)
        if not chosen:
            raise SupervisionError.marked(
                QT_TRANSLATE_NOOP("Errors", "Type your name to sign, or set your name first.")
            )
        return chosen

    def accept(
        self, proposal_id: int, name: str | None = None, *, confirm_name: bool = False
    ) -> Proposal:
        """Sign what was proposed with the owner's own key, in their name (by default "your
        name" in the settings); a different name needs ``confirm_name``."""
        proposal = self.get(proposal_id)
        _check_pending(proposal)
        signer = self._signer_name(proposal, name)
        with self._vault.transaction() as conn:
            if proposal.kind == "record":
                self._accept_record(conn, proposal, signer, confirm_name)
            else:
                self._accept_addendum(conn, proposal, signer, confirm_name)
            self._decide(conn, proposal_id, "accepted")
        return self.get(proposal_id)

    def reject(self, proposal_id: int) -> Proposal:
        proposal = self.get(proposal_id)
        _check_pending(proposal)
        with self._vault.transaction() as conn:
            self._decide(conn, proposal_id, "rejected")
        return self.get(proposal_id)

    def _decide(self, conn: Any, proposal_id: int, status: str) -> None:
        conn.execute(
            "UPDATE supervision_proposals SET status = ?, decided_at = ? WHERE id = ?",
            (status, ts(self._vault.clock()), proposal_id),
        )

    def _accept_record(self, conn: Any, proposal: Proposal, signer: str, confirm: bool) -> None:
        from supervision_app.storage.supervision.exchange_import import add_record
        from supervision_app.storage.supervision.identity import IdentityRepository
        from supervision_app.storage.supervision.people import OwnerSettings
        from supervision_app.storage.supervision.repository import SupervisionRepository
        from supervision_app.storage.supervision.signoff import check_name

        if proposal.session_id is not None:
            raise SupervisionError.marked(
                QT_TRANSLATE_NOOP("Errors", "This record is already in your journal.")
            )
        if proposal.partner_id is None:
            raise SupervisionError.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "The partner who sent this record is no longer in your journal."
                )
            )
        data = self._payload(proposal.id)["record"]
        if not confirm:
            check_name("owner", signer, OwnerSettings(self._vault).name(), "")
        now = self._vault.clock()
        record = session_from_dict(data, proposal.partner_id)
        proof = make_proof(
            IdentityRepository(self._vault).private_key(),
            record.uid,
            None,
            record_content_sha256(data),
            signer,
            ts(now),
        )
        mine = Signature("owner", signer, now, proof)
        record = replace(record, signatures=(*record.signatures, mine), locked_at=now)
        data = {**data, "signatures": [signature_to_dict(s) for s in record.signatures]}
        repo = SupervisionRepository(self._vault)
        add_record(self._vault, repo, conn, proposal.partner_id, record, data, now)

    def _accept_addendum(self, conn: Any, proposal: Proposal, signer: str, confirm: bool) -> None:
        from supervision_app.storage.supervision.exchange_import import add_addendum
        from supervision_app.storage.supervision.repository import SupervisionRepository

        if proposal.session_id is None:
            raise SupervisionError.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The record of this addendum is not in your journal yet: accept it first.",
                )
            )
        repo = SupervisionRepository(self._vault)
        if proposal.kind == "addendum":
            item = self._payload(proposal.id)["addendum"]
            record = repo.sessions.get(proposal.session_id)
            if any(a.uid == item["uid"] for a in record.addenda):
                raise SupervisionError.marked(
                    QT_TRANSLATE_NOOP("Errors", "This addendum is already in your journal.")
                )
            addendum = session_from_dict({**_EMPTY_RECORD, "addenda": [item]}, 0).addenda[0]
            add_addendum(repo, conn, proposal.session_id, addendum, not record.addenda)
        local = conn.execute(
            "SELECT id FROM supervision_addenda WHERE uid = ?", (proposal.item_uid,)
        ).fetchone()
        if local is None:
            raise SupervisionError.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "The addendum this proposal is about is not in your journal."
                )
            )
        repo.signoff.sign_addendum(local[0], "owner", signer, confirm_name=confirm)


#: The smallest valid record data, to read one addendum with the record codec.
_EMPTY_RECORD: dict[str, Any] = {
    "uid": "-",
    "session_date": "2000-01-01",
    "minutes": 0,
    "session_type": "one_to_one",
    "agenda": [],
    "action_reviews": [],
    "discussion": [],
    "wellbeing": {"own_wellbeing": "", "emotional_impact": ""},
    "case_discussions": [],
    "decisions": [],
    "learning": "",
    "cpd": "",
    "new_actions": [],
    "next_session": None,
    "reevaluation": False,
    "reevaluation_notes": "",
    "signatures": [],
}
