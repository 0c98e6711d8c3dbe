"""Importing a verified exchange file: plan first (read only), then write in one transaction.

The plan (:mod:`.exchange_plan`) decides what may be written and what waits as a proposal
for the importer. A record already in the vault (same uid and the same signed content) is
skipped; its new addenda, new signatures on its addenda, and proofs of typed names are
added. A record whose signed content differs from the copy in the vault is a conflict, and
nothing is imported. A file that brings nothing new is a duplicate, and nothing is imported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.entries import Entry
from supervision_app.core.errors import Clause
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Translate, english
from supervision_app.core.supervision.codec import fingerprint
from supervision_app.core.supervision.errors import (
    ExchangeConflict,
    InvalidSupervisionRecord,
)
from supervision_app.core.supervision.model import (
    Action,
    ActionReview,
    Addendum,
    SessionRecord,
)
from supervision_app.storage.supervision.common import iso_date, new_uid, ts
from supervision_app.storage.supervision.exchange_plan import make_plan
from supervision_app.storage.supervision.identity import insert_proof, pin_partner_key
from supervision_app.storage.supervision.proposals import add_proposal
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
    #: Things in the importer's name waiting for them to accept or reject.
    proposals_added: int = 0
    #: Typed names that the partner's key now proves.
    proofs_added: int = 0
    #: False for an unsigned file (format version 1): nothing in it is verified.
    verified: bool = True
    key_pinned: bool = False

    def summary(self, translate: Translate = english) -> str:
        """One sentence for the user (two for an unsigned file), through ``translate`` (the
        window's, or English: see core/i18n.py)."""
        n = len(self.sessions_added)
        parts = [translate("Imports", "{count} record(s) imported", "", n).format(count=f"{n:,}")]
        if n := self.sessions_already_present:
            parts.append(translate("Imports", "{n} already in your journal").format(n=n))
        if n := self.addenda_added:
            parts.append(
                translate("Imports", "{count} addendum(s) added", "", n).format(count=f"{n:,}")
            )
        if n := self.signatures_added:
            text = translate("Imports", "{count} signature(s) added to addenda", "", n)
            parts.append(text.format(count=f"{n:,}"))
        if n := self.proofs_added:
            text = translate(
                "Imports", "{count} signature(s) verified from your partner's key", "", n
            )
            parts.append(text.format(count=f"{n:,}"))
        if n := self.proposals_added:
            text = translate(
                "Imports",
                "{count} proposal(s) in your name awaiting your sign-off (accept or reject them)",
                "",
                n,
            )
            parts.append(text.format(count=f"{n:,}"))
        if self.key_pinned:
            parts.append(
                translate("Imports", "your partner's key is now confirmed for their later files")
            )
        text = translate("Imports", "{parts}.").format(parts="; ".join(parts))
        if not self.verified:
            text += " " + translate(
                "Imports",
                "This file was written by an older version of the app and is not signed, so "
                "nothing in it is verified.",
            )
        return text


def import_contents(
    vault: Vault,
    contents: ExchangeContents,
    *,
    partner_id: int | None = None,
    trust_fingerprint: str | None = None,
    step: Callable[[int, int], object] | None = None,
) -> ImportResult:
    """Write what the plan allows, in one transaction.

    ``step(done, total)`` is called after each record, addendum, signature, proof and
    proposal written: the app reports progress with it and may raise there (Cancel), which
    rolls the whole import back.
    """
    from supervision_app.storage.supervision.repository import SupervisionRepository

    repo = SupervisionRepository(vault)
    now = vault.clock()
    with vault.transaction() as conn:
        plan = make_plan(vault, contents, partner_id, trust_fingerprint)
        created = plan.new_partner is not None
        if plan.new_partner is not None:
            plan.partner_id = repo.partners.add(plan.new_partner).id
        elif plan.link_uid is not None:
            conn.execute(
                "UPDATE supervision_partners SET link_uid = ? WHERE id = ? AND link_uid IS NULL",
                (plan.link_uid, plan.partner_id),
            )
        assert plan.partner_id is not None
        if plan.pin_key is not None:
            pin_partner_key(conn, plan.partner_id, plan.pin_key, now)
        total = len(plan.new_records) + len(plan.new_addenda) + len(plan.new_signatures)
        total += len(plan.new_proofs) + len(plan.proposals)
        done = 0

        def stepped() -> None:
            nonlocal done
            done += 1
            if step is not None:
                step(done, total)

        try:
            added = []
            for record, data in sorted(
                plan.new_records, key=lambda rd: (rd[0].session_date, rd[0].created_at or now)
            ):
                added.append(add_record(vault, repo, conn, plan.partner_id, record, data, now))
                stepped()
        except InvalidSupervisionRecord as error:
            raise ExchangeConflict.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The records in this file do not fit those in your journal "
                    "({reason}); nothing was imported.",
                ),
                reason=Clause(error),
            ) from None
        for session_id, addendum, first in plan.new_addenda:
            add_addendum(repo, conn, session_id, addendum, first)
            stepped()
        for session_id, addendum_id, signature in plan.new_signatures:
            insert_signature(conn, session_id, addendum_id, signature)
            _lock_addendum_if_signed(conn, addendum_id, signature.signed_at)
            stepped()
        for signature_id, proof in plan.new_proofs:
            insert_proof(conn, signature_id, proof)
            stepped()
        for draft in plan.proposals:
            add_proposal(conn, plan.partner_id, draft, now)
            stepped()
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
        proposals_added=len(plan.proposals),
        proofs_added=len(plan.new_proofs),
        verified=contents.signed,
        key_pinned=plan.pin_key is not None,
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


def add_record(
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
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "an action appears in two records.")
            )
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
        add_addendum(repo, conn, entry.id, addendum, index == 0)
    return entry.id


def add_addendum(
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
    if addendum.locked_at is None and addendum.signatures:
        _lock_addendum_if_signed(
            conn, int(cur.lastrowid), max(s.signed_at for s in addendum.signatures)
        )
    repo.signoff.append_to_entry(session_id, replace(addendum, id=int(cur.lastrowid)), first=first)


def _lock_addendum_if_signed(conn: Any, addendum_id: int, at: dt.datetime) -> None:
    count = conn.execute(
        "SELECT count(*) FROM supervision_signatures WHERE addendum_id = ?", (addendum_id,)
    ).fetchone()[0]
    if count >= 2:
        conn.execute(
            "UPDATE supervision_addenda SET locked_at = ? WHERE id = ? AND locked_at IS NULL",
            (ts(at), addendum_id),
        )
