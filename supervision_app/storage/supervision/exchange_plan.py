"""Deciding what an exchange file may change, before anything is written (read only).

The rules (issue 11):

* The sender is matched to a partner; a signed file from a partner whose key is pinned must
  carry that key, and the first signed file from a partner needs the key confirmed.
* A sign-off in the file that is the sender's counts as verified only if the key that signed
  the file made it over this content; otherwise it is kept as a typed name.
* **Nobody speaks for the importer.** A sign-off in the importer's name that their own key
  did not make, an addendum in their name, or a new record "signed" by them is never
  written as theirs: it becomes a proposal for them to accept (signing it with their own
  key) or reject. A new record's reviews of their actions wait with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.codec import session_to_dict, signature_to_dict
from supervision_app.core.supervision.errors import (
    ExchangeConflict,
    ExchangeDuplicate,
)
from supervision_app.core.supervision.model import Addendum, SessionRecord, Signature, clean_line
from supervision_app.core.supervision.people import Partner
from supervision_app.core.supervision.proposal_texts import about, summary
from supervision_app.core.supervision.signing import (
    Proof,
    addendum_content_sha256,
    proof_holds,
    record_content_sha256,
)
from supervision_app.storage.supervision.exchange_partner import check_key, find_partner
from supervision_app.storage.supervision.identity import IdentityRepository

if TYPE_CHECKING:
    from supervision_app.storage.supervision.exchange import ExchangeContents
    from supervision_app.storage.vault import Vault


@dataclass(frozen=True)
class ProposalDraft:
    kind: str  # record | addendum | addendum_signature
    session_uid: str
    item_uid: str | None
    summary: str
    payload: dict[str, Any]


@dataclass
class Plan:
    partner_id: int | None
    new_partner: Partner | None = None
    link_uid: str | None = None
    pin_key: bytes | None = None
    new_records: list[tuple[SessionRecord, dict[str, Any]]] = field(default_factory=list)
    #: (local session id, addendum, first addendum of the record)
    new_addenda: list[tuple[int, Addendum, bool]] = field(default_factory=list)
    #: (local session id, local addendum id, signature)
    new_signatures: list[tuple[int, int, Signature]] = field(default_factory=list)
    #: (local signature id, proof): a typed signature the partner's key now proves
    new_proofs: list[tuple[int, Proof]] = field(default_factory=list)
    proposals: list[ProposalDraft] = field(default_factory=list)
    present: int = 0

    @property
    def empty(self) -> bool:
        return not (
            self.new_records
            or self.new_addenda
            or self.new_signatures
            or self.new_proofs
            or self.proposals
        )


class _Keys:
    """The keys a signature can be checked against, and the importer's names."""

    def __init__(self, own: bytes, sender: bytes | None, owner_names: set[str]) -> None:
        self.own, self.sender, self.owner_names = own, sender, owner_names

    def partner_signature(
        self, s: Signature, record_uid: str, addendum_uid: str | None, content: str
    ) -> Signature:
        """The sender's sign-off, with its proof only if the file's key made it over this
        content; any other proof (an earlier key of theirs, or none that holds) leaves a
        typed name, which is all the file's own signature vouches for."""
        if s.proof is None:
            return s
        if (
            self.sender is None
            or s.proof.public_key != self.sender
            or not proof_holds(s.proof, record_uid, addendum_uid, content)
        ):
            return replace(s, proof=None)
        return s

    def own_signature(
        self, s: Signature, record_uid: str, addendum_uid: str | None, content: str
    ) -> bool:
        """Whether the importer's own key made this sign-off."""
        return (
            s.proof is not None
            and s.proof.public_key == self.own
            and proof_holds(s.proof, record_uid, addendum_uid, content)
        )

    def is_owner_name(self, name: str) -> bool:
        return clean_line(name).casefold() in self.owner_names


def _owner_names(vault: Vault, records: list[SessionRecord]) -> set[str]:
    from supervision_app.storage.supervision.people import OwnerSettings

    names = {OwnerSettings(vault).name()}
    for record in records:
        names.update(s.name for s in record.signatures if s.party == "owner")
    return {clean_line(n).casefold() for n in names if clean_line(n)}


def _split_addendum(
    keys: _Keys, record: SessionRecord, a: Addendum, content: str
) -> tuple[Addendum, bool, Signature | None]:
    """(the addendum with only signatures that may be imported, whether it must be proposed,
    an unproved sign-off in the importer's name)."""
    a_content = addendum_content_sha256(content, _addendum_dict(a))
    kept: list[Signature] = []
    claimed: Signature | None = None
    for s in a.signatures:
        if s.party == "partner":
            kept.append(keys.partner_signature(s, record.uid, a.uid, a_content))
        elif keys.own_signature(s, record.uid, a.uid, a_content):
            kept.append(s)
        else:
            claimed = s
    proposed = keys.is_owner_name(a.author)
    return replace(a, signatures=tuple(kept), locked_at=None), proposed, claimed


def _addendum_dict(a: Addendum) -> dict[str, Any]:
    return {
        "uid": a.uid,
        "text": a.text,
        "author": a.author,
        "created_at": a.created_at.astimezone(UTC).isoformat(timespec="seconds"),
    }


def addendum_payload(a: Addendum) -> dict[str, Any]:
    return {**_addendum_dict(a), "signatures": [signature_to_dict(s) for s in a.signatures]}


def _propose_addendum(
    plan: Plan, record: SessionRecord, a: Addendum, n: int, claimed: Signature | None
) -> None:
    facts = about("addendum", record.session_date, n, a.author)
    plan.proposals.append(
        ProposalDraft(
            "addendum",
            record.uid,
            a.uid,
            str(summary(facts)),
            {
                "about": facts,
                "addendum": addendum_payload(a),
                "claimed_name": None if claimed is None else claimed.name,
            },
        )
    )


def _propose_signature(
    plan: Plan, record: SessionRecord, a: Addendum, n: int, s: Signature
) -> None:
    facts = about("addendum_signature", record.session_date, n, s.name)
    plan.proposals.append(
        ProposalDraft(
            "addendum_signature",
            record.uid,
            a.uid,
            str(summary(facts)),
            {"about": facts, "claimed_name": s.name},
        )
    )


def _plan_new(
    plan: Plan, keys: _Keys, record: SessionRecord, data: dict[str, Any], content: str
) -> None:
    """A record not in the journal: imported if the importer's own key signed it (a copy of
    their own sign-off coming back), else proposed for their sign-off."""
    theirs = record.signature_of("partner")
    mine = record.signature_of("owner")
    assert theirs is not None and mine is not None  # checked when the file was read
    theirs = keys.partner_signature(theirs, record.uid, None, content)
    direct: list[Addendum] = []
    for n, a in enumerate(record.addenda, 1):
        kept, proposed, claimed = _split_addendum(keys, record, a, content)
        if proposed:
            _propose_addendum(plan, record, kept, n, claimed)
            continue
        direct.append(kept)
        if claimed is not None:
            _propose_signature(plan, record, kept, n, claimed)
    if keys.own_signature(mine, record.uid, None, content):
        plan.new_records.append(
            (replace(record, signatures=(theirs, mine), addenda=tuple(direct)), data)
        )
        return
    payload = {
        "record": {
            **data,
            "signatures": [signature_to_dict(theirs)],
            "addenda": [addendum_payload(a) for a in direct],
            "locked_at": None,
        },
        "claimed_name": mine.name,
    }
    facts = about("record", record.session_date)
    payload["about"] = facts
    text = str(summary(facts))
    plan.proposals.insert(0, ProposalDraft("record", record.uid, None, text, payload))


def _plan_present(
    vault: Vault, plan: Plan, keys: _Keys, record: SessionRecord, content: str, entry_id: int
) -> None:
    """A record the journal holds: new addenda, new sign-offs, proofs of typed names."""
    from supervision_app.storage.supervision.sessions import SessionRepository

    when = record.session_date
    local = SessionRepository(vault).get(entry_id)
    if record_content_sha256(session_to_dict(local)) != content:
        raise ExchangeConflict.marked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The record of {when} in this file differs from the copy in your journal; "
                "nothing was imported.",
            ),
            when=when,
        )
    keys.owner_names.update(
        clean_line(s.name).casefold() for s in local.signatures if s.party == "owner"
    )
    incoming = record.signature_of("partner")
    held = local.signature_of("partner")
    if incoming is not None:
        incoming = keys.partner_signature(incoming, record.uid, None, content)
        if incoming.proof is not None and held is not None and held.proof is None:
            assert held.id is not None
            plan.new_proofs.append((held.id, incoming.proof))
    local_addenda = {a.uid: a for a in local.addenda}
    first = not local.addenda
    for n, a in enumerate(record.addenda, 1):
        kept, proposed, claimed = _split_addendum(keys, record, a, content)
        mine = local_addenda.get(a.uid)
        if mine is None:
            if proposed:
                _propose_addendum(plan, record, kept, n, claimed)
                continue
            plan.new_addenda.append((entry_id, kept, first))
            first = False
            if claimed is not None:
                _propose_signature(plan, record, kept, n, claimed)
            continue
        if (mine.text, mine.author) != (a.text, a.author):
            raise ExchangeConflict.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An addendum to the record of {when} differs from the copy in your journal; "
                    "nothing was imported.",
                ),
                when=when,
            )
        assert mine.id is not None
        have = {s.party: s for s in mine.signatures}
        for s in kept.signatures:
            ours = have.get(s.party)
            if ours is None and not mine.is_locked:
                plan.new_signatures.append((entry_id, mine.id, s))
            elif ours is not None and ours.proof is None and s.proof is not None:
                assert ours.id is not None
                plan.new_proofs.append((ours.id, s.proof))
        if claimed is not None and "owner" not in have:
            _propose_signature(plan, record, mine, n, claimed)


def _already_proposed(conn: Any, draft: ProposalDraft) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM supervision_proposals WHERE kind = ? AND session_uid = ?"
            " AND item_uid IS ? AND status IN ('pending', 'rejected')",
            (draft.kind, draft.session_uid, draft.item_uid),
        ).fetchone()
        is not None
    )


def make_plan(
    vault: Vault, contents: ExchangeContents, partner_id: int | None, trust: str | None
) -> Plan:
    """What importing ``contents`` would do; raises (and changes nothing) if it is refused."""
    conn = vault.conn
    present: dict[str, int] = {}
    present_partner: int | None = None
    for record in contents.records:
        row = conn.execute(
            "SELECT entry_id, partner_id FROM supervision_sessions WHERE uid = ?", (record.uid,)
        ).fetchone()
        if row is not None:
            present[record.uid] = row[0]
            present_partner = present_partner or row[1]
    match = find_partner(conn, contents, partner_id, present_partner)
    plan = Plan(match.partner_id, new_partner=match.new_partner, link_uid=match.link_uid)
    plan.pin_key = check_key(vault, plan.partner_id, contents, trust)
    keys = _Keys(
        IdentityRepository(vault).public_key(),
        contents.signer_key,
        _owner_names(vault, list(contents.records)),
    )
    for record, data in zip(contents.records, contents.data, strict=True):
        content = record_content_sha256(data)
        if record.uid in present:
            _plan_present(vault, plan, keys, record, content, present[record.uid])
        else:
            _plan_new(plan, keys, record, data, content)
    plan.proposals = [p for p in plan.proposals if not _already_proposed(conn, p)]
    plan.present = len(present)
    if plan.empty and plan.pin_key is None:
        raise ExchangeDuplicate()
    return plan
