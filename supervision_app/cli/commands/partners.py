"""``identity`` (this journal's key fingerprint) and ``partner add|list``.

The fingerprint is what two people read to each other, by the same channel as the one-time
passphrase of an exchange file, before the first file from one is trusted by the other.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from supervision_app.cli.args import id_arg
from supervision_app.cli.common import (
    UsageError,
    add_actions,
    add_command,
    note,
    open_vault,
    print_json,
    print_json_array,
)
from supervision_app.core.supervision.model import PARTNER_ROLES

if TYPE_CHECKING:
    from supervision_app.core.supervision.people import Partner
    from supervision_app.storage.vault import Vault


def partner_json(partner: Partner, fingerprint: str | None) -> dict[str, Any]:
    """One ``partner list --json`` item (documented in docs/supervision.md)."""
    return {
        "id": partner.id,
        "uid": partner.uid,
        "name": partner.name,
        "role": partner.role,
        "active": partner.active,
        "key_fingerprint": fingerprint,
    }


def _fingerprint(vault: Vault, partner_id: int | None) -> str | None:
    from supervision_app.storage.supervision.identity import partner_fingerprint

    return None if partner_id is None else partner_fingerprint(vault.conn, partner_id)


def _identity(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        identity = vault.supervision.identity
        fingerprint, created = identity.fingerprint(), identity.created_at()
        name = vault.supervision.owner.name()
    if args.json:
        print_json({"fingerprint": fingerprint, "name": name, "created_at": created})
        return 0
    print(fingerprint)
    note(
        "This is your journal's key fingerprint. Before your partner trusts your first "
        "exchange file, read it to them by the same channel as the one-time passphrase."
    )
    return 0


def _partner_add(args: argparse.Namespace) -> int:
    from supervision_app.core.supervision.people import Partner

    with open_vault(args) as vault:
        partner = vault.supervision.partners.add(Partner(args.name, args.role))
    if args.json:
        print_json(partner_json(partner, None))
    else:
        print(partner.id)
    return 0


def _partner_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = [(p, _fingerprint(vault, p.id)) for p in vault.supervision.partners.list()]
    if args.json:
        print_json_array(partner_json(p, f) for p, f in rows)
        return 0
    for p, f in rows:
        state = "" if p.active else " (no longer active)"
        key = f"key {f}" if f else "no key confirmed yet"
        print(f"{p.id:>5}  {PARTNER_ROLES[p.role]:<10}  {p.name}{state}  [{key}]")
    if not rows:
        note("There are no supervision partners.")
    return 0


def _partner_forget_key(args: argparse.Namespace) -> int:
    from supervision_app.storage.supervision.identity import forget_partner_key

    with open_vault(args) as vault:
        partner = vault.supervision.partners.get(args.id)
        forget_partner_key(vault, args.id)
    note(
        f"The key confirmed for {partner.name} is forgotten: their next exchange file asks "
        "for its fingerprint to be compared with them again."
    )
    return 0


def _partner_usage(args: argparse.Namespace) -> int:
    raise UsageError("Say what to do: partner add, partner list or partner forget-key.")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    identity = add_command(
        subparsers,
        "identity",
        summary="show this journal's key fingerprint, to compare with a partner",
        description=(
            "Show the fingerprint of this journal's signing key, as eight groups of four\n"
            "characters. Your partner compares it with the one shown when they import your\n"
            "first exchange file, by the same channel as the one-time passphrase."
        ),
        epilog="examples:\n  supervision-journal identity\n  supervision-journal identity --json",
        handler=_identity,
    )
    identity.add_argument("--json", action="store_true", help="print a JSON object")

    partner = add_command(
        subparsers,
        "partner",
        summary="add or list supervision partners",
        description="Add a supervisor, supervisee or peer, or list them with their keys.",
        epilog=(
            "examples:\n"
            "  supervision-journal partner add --name 'A. Supervisor' --role supervisor\n"
            "  supervision-journal partner list --json"
        ),
        handler=_partner_usage,
        passphrase=False,  # --vault before the action works too; the action reads the rest
    )
    actions = add_actions(partner, "partner_action")
    add = add_command(
        actions,
        "add",
        summary="add a partner; prints their id",
        description="Add a supervision partner (a name or initials; never a person you serve).",
        handler=_partner_add,
    )
    add.add_argument("--name", required=True, help="their name or initials")
    add.add_argument(
        "--role",
        choices=tuple(PARTNER_ROLES),
        default="supervisor",
        help="what they are to you (default: supervisor)",
    )
    add.add_argument("--json", action="store_true", help="print the partner as a JSON object")
    listing = add_command(
        actions,
        "list",
        summary="list partners and their confirmed keys",
        description="List supervision partners by name, with each one's confirmed key.",
        handler=_partner_list,
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    forget = add_command(
        actions,
        "forget-key",
        summary="forget a partner's confirmed key (they have a new journal)",
        description=(
            "Forget the key confirmed for a partner, e.g. when they start a new journal or\n"
            "restore theirs from a backup. Their next file shows its fingerprint to compare\n"
            "with them again; until then, files with their old key are refused too."
        ),
        handler=_partner_forget_key,
    )
    forget.add_argument("id", type=id_arg, metavar="ID", help="the partner's id")
