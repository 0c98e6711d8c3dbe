"""``session proposals|accept|reject``: what exchange files proposed in your name.

An exchange file never signs anything as you: a record "signed" by you, an addendum in
your name, or your sign-off of an addendum waits here. Accepting signs it with this
journal's key, in your name; rejecting leaves your journal as it was.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from supervision_app.cli.args import id_arg
from supervision_app.cli.common import add_command, note, open_vault, print_json_array
from supervision_app.core.supervision.views import PROPOSAL_KINDS

if TYPE_CHECKING:
    from supervision_app.core.supervision.views import Proposal


def proposal_json(p: Proposal) -> dict[str, Any]:
    """One ``session proposals --json`` item (documented in docs/supervision.md)."""
    return {
        "id": p.id,
        "kind": p.kind,
        "kind_text": PROPOSAL_KINDS[p.kind],
        "status": p.status,
        "summary": p.summary,
        "partner_id": p.partner_id,
        "partner_name": p.partner_name,
        "session_uid": p.session_uid,
        "session_id": p.session_id,
        "addendum_uid": p.item_uid,
        "claimed_name": p.claimed_name,
        "text": p.text,
        "action_updates": list(p.action_updates),
        "created_at": p.created_at.isoformat(),
        "decided_at": None if p.decided_at is None else p.decided_at.isoformat(),
    }


def _proposals(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = vault.supervision.proposals.list(None if args.all else "pending")
    if args.json:
        print_json_array(proposal_json(p) for p in rows)
        return 0
    for p in rows:
        who = f" from {p.partner_name}" if p.partner_name else ""
        status = "" if p.status == "pending" else f" [{p.status}]"
        print(f"{p.id:>5}  {p.summary}{who}{status}")
        for update in p.action_updates:
            print(f"       if accepted: {update}")
    if not rows:
        note("There is nothing waiting for your sign-off.")
    return 0


def _accept(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        proposals = vault.supervision.proposals
        proposal = proposals.accept(args.id, args.name, confirm_name=args.confirm_name)
    note(f"Accepted and signed with your key: {proposal.summary}.")
    if proposal.session_id is not None:
        print(proposal.session_id)
    return 0


def _reject(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        proposal = vault.supervision.proposals.reject(args.id)
    note(f"Rejected; nothing was added to your journal: {proposal.summary}.")
    return 0


def add_proposal_actions(actions: argparse._SubParsersAction[Any]) -> None:
    listing = add_command(
        actions,
        "proposals",
        summary="list what exchange files proposed in your name",
        description=(
            "List records awaiting your sign-off, proposed addenda in your name and\n"
            "addenda awaiting your sign-off, brought by exchange files. Accepting a record\n"
            "also applies what it says about your open actions (listed with it)."
        ),
        handler=_proposals,
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--all", action="store_true", help="include accepted and rejected ones")

    accept = add_command(
        actions,
        "accept",
        summary="accept a proposal: sign it with your key",
        description=(
            "Accept a proposal: it is signed with this journal's key in your name and added\n"
            "to your journal. Prints the record's id."
        ),
        handler=_accept,
    )
    accept.add_argument("id", type=id_arg, metavar="ID", help="the proposal's id")
    accept.add_argument("--name", metavar="NAME", help="the name to sign with (default: yours)")
    accept.add_argument(
        "--confirm-name", action="store_true", help="sign even if NAME is not your name"
    )

    reject = add_command(
        actions,
        "reject",
        summary="reject a proposal: nothing is added",
        description="Reject a proposal; your journal is left as it was.",
        handler=_reject,
    )
    reject.add_argument("id", type=id_arg, metavar="ID", help="the proposal's id")
