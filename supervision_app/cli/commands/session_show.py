"""``session show``: a record with each signature's status and its history (the JSON shape
is documented in docs/supervision.md)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from supervision_app.cli.common import open_vault, print_json
from supervision_app.core.supervision.markdown import format_timestamp

if TYPE_CHECKING:
    from supervision_app.core.supervision.model import Signature
    from supervision_app.storage.vault import Vault


def signature_json(signature: Signature, status: str) -> dict[str, Any]:
    from supervision_app.core.supervision.signing import (
        MADE_HERE,
        STATUS_TEXT,
        TYPED,
        fingerprint_of,
    )

    proof = signature.proof
    return {
        "party": signature.party,
        "name": signature.name,
        "signed_at": signature.signed_at.isoformat(),
        "status": status,
        "status_text": STATUS_TEXT[status],
        "signed_as": None if status == TYPED or proof is None else proof.name,
        "proof_signed_at": None if status == TYPED or proof is None else proof.signed_at,
        "key_fingerprint": (
            None
            if status == TYPED or proof is None
            else ("this journal" if status == MADE_HERE else fingerprint_of(proof.public_key))
        ),
    }


def session_show_json(vault: Vault, session_id: int) -> dict[str, Any]:
    """``session show --json`` (documented in docs/supervision.md)."""
    from supervision_app.core.supervision.codec import session_to_dict
    from supervision_app.storage.supervision.identity import record_sha256, statuses

    repo = vault.supervision
    record = repo.sessions.get(session_id)
    found = statuses(vault, record)
    data = session_to_dict(record)
    content = {k: v for k, v in data.items() if k not in ("signatures", "addenda")}
    return {
        "id": record.id,
        "uid": record.uid,
        "partner_id": record.partner_id,
        "partner_name": record.partner_name,
        "session_date": record.session_date.isoformat(),
        "locked": record.is_locked,
        "origin": record.origin,
        "record_sha256": record_sha256(record),
        "content": content,
        "signatures": [signature_json(s, found[(None, s.party)][1]) for s in record.signatures],
        "addenda": [
            {
                "id": a.id,
                "uid": a.uid,
                "text": a.text,
                "author": a.author,
                "created_at": a.created_at.isoformat(),
                "locked": a.is_locked,
                "signatures": [signature_json(s, found[(a.uid, s.party)][1]) for s in a.signatures],
            }
            for a in record.addenda
        ],
        "history": [
            {"at": e.at.isoformat(), "kind": e.kind, "text": e.text, "status": e.status or None}
            for e in repo.signoff.history(session_id)
        ],
    }


def show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        shown = session_show_json(vault, args.id)
    if args.json:
        print_json(shown)
        return 0
    state = "signed by both (read-only)" if shown["locked"] else "not yet signed by both"
    print(f"Record {shown['id']} of {shown['session_date']} with {shown['partner_name']}: {state}")
    for item in shown["content"]["agenda"]:
        print(f"  Agenda: {item}")
    print("History:")
    for event in shown["history"]:
        print(f"  {format_timestamp(dt.datetime.fromisoformat(event['at']))}  {event['text']}")
    return 0
