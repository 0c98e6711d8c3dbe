"""``cpd show`` and ``cpd set``: an entry's CPD details, so a CPD log can be scripted."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from supervision_app.cli.args import date_arg, entry_id_arg, id_arg
from supervision_app.cli.common import (
    UsageError,
    add_actions,
    add_command,
    note,
    open_vault,
    print_json,
)

if TYPE_CHECKING:
    from supervision_app.core.cpd.model import CpdFields
    from supervision_app.storage.vault import Vault

_EXAMPLES = """examples:
  supervision-journal cpd show 12
  supervision-journal cpd show 12 --json
  supervision-journal cpd set 12 --type course_or_training \\
      --description "Safeguarding adults refresher" --learnt "..." --impact "..."
  supervision-journal cpd set 12 --peer "Talking it through with my supervisor, I saw..." \\
      --peer-role "senior social worker" --peer-date 2026-11-05
  supervision-journal cpd set 12 --standard swe-standards:3.1 --standard pcf:critical-reflection"""


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    cpd = add_command(
        subparsers,
        "cpd",
        summary="show or set an entry's CPD details (type, learning, impact, peer, standards)",
        description="Show or set the CPD details of an entry: any entry with CPD details is a "
        "CPD record\n(see 'cpd-summary' for the registration year).",
        epilog=_EXAMPLES,
        handler=_usage,
        passphrase=False,  # --vault before the action works too; the action reads the rest
    )
    actions = add_actions(cpd, "cpd_action")
    show = add_command(
        actions,
        "show",
        summary="show an entry's CPD details",
        description="Show the CPD details, standards and evidence files of an entry.",
        handler=_show,
    )
    show.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id")
    show.add_argument("--json", action="store_true", help="print JSON (shape in docs/cli.md)")

    put = add_command(
        actions,
        "set",
        summary="set an entry's CPD details (only the fields given change)",
        description="Set CPD details of an entry; fields not given keep their value. An entry "
        "without CPD details\nbecomes a CPD record (of type reflection unless --type says).",
        epilog=_EXAMPLES,
        handler=_set,
    )
    put.add_argument("id", type=entry_id_arg, metavar="ID", help="the entry's id")
    put.add_argument("--type", metavar="TYPE", help=f"the type of CPD activity ({_types()})")
    put.add_argument("--description", metavar="TEXT", help="what the activity was and why")
    put.add_argument("--learnt", metavar="TEXT", help="what you learnt")
    put.add_argument("--impact", metavar="TEXT", help="the impact on your practice")
    peer = put.add_argument_group("reflection with a peer")
    peer.add_argument("--peer", metavar="TEXT", help="what you learnt from discussing it")
    peer.add_argument("--peer-role", metavar="ROLE", help="the peer's role (not their name)")
    peer.add_argument(
        "--peer-date", type=date_arg, metavar="DATE", help="when (YYYY-MM-DD, today, yesterday)"
    )
    peer.add_argument(
        "--no-peer-date", action="store_true", help="forget the date of the peer discussion"
    )
    peer.add_argument(
        "--peer-record",
        type=id_arg,
        metavar="ID",
        help="link a peer-reflection record (see the Supervision menu)",
    )
    peer.add_argument("--no-peer-record", action="store_true", help="unlink it")
    put.add_argument(
        "--standard",
        action="append",
        metavar="REF",
        help="a standard addressed, e.g. swe-standards:3.1 (repeat for several; replaces "
        "the entry's standards)",
    )
    put.add_argument(
        "--no-standards", action="store_true", help="remove every standard from the entry"
    )
    put.add_argument("--json", action="store_true", help="print the result as 'cpd show --json'")


def _types() -> str:
    from supervision_app.core.cpd.model import ACTIVITY_LABELS

    return ", ".join(ACTIVITY_LABELS)


def _usage(args: argparse.Namespace) -> int:
    raise UsageError("Name an action: 'cpd show ID' or 'cpd set ID …'.")


def cpd_json(vault: Vault, entry_id: int) -> dict[str, Any]:
    """The JSON shape of ``cpd show --json`` (docs/cli.md)."""
    entry = vault.entries.get(entry_id)
    fields = vault.cpd.get(entry_id)
    return {
        "entry_id": entry_id,
        "title": entry.title,
        "practice_date": entry.practice_date.isoformat(),
        "minutes": entry.minutes,
        "in_trash": entry.deleted_at is not None,
        "cpd": None if fields is None else _fields_json(fields),
        "standards": list(vault.cpd.standards(entry_id)),
        "attachments": [
            {"id": a.id, "filename": a.filename, "media_type": a.media_type, "size": a.size}
            for a in vault.attachments.list(entry_id)
        ],
    }


def _fields_json(fields: CpdFields) -> dict[str, Any]:
    return {
        "type": fields.activity_type,
        "type_label": fields.activity_label,
        "description": fields.description,
        "learnt": fields.learning,
        "impact": fields.impact,
        "peer": {
            "learnt": fields.peer_learning,
            "role": fields.peer_role,
            "date": fields.peer_date.isoformat() if fields.peer_date else None,
            "record_id": fields.peer_reflection_id,
        },
        "has_peer_reflection": fields.has_peer_reflection,
    }


def _print_human(shown: dict[str, Any]) -> None:
    from supervision_app.core.cpd.model import format_hours

    lines = [
        shown["title"] or "Untitled",
        f"Entry:        {shown['entry_id']}" + ("  (in the Trash)" if shown["in_trash"] else ""),
        f"Date:         {shown['practice_date']}",
        f"Time:         {format_hours(shown['minutes'])} h",
    ]
    cpd = shown["cpd"]
    if cpd is None:
        lines.append("No CPD details: 'cpd set ID --type TYPE' makes it a CPD record.")
    else:
        peer = cpd["peer"]
        lines += [
            f"Type:         {cpd['type_label']}",
            f"Description:  {cpd['description'] or '-'}",
            f"Learnt:       {cpd['learnt'] or '-'}",
            f"Impact:       {cpd['impact'] or '-'}",
            f"Peer learnt:  {peer['learnt'] or '-'}",
            f"Peer's role:  {peer['role'] or '-'}",
            f"Peer date:    {peer['date'] or '-'}",
        ]
        if peer["record_id"]:
            lines.append(f"Peer record:  {peer['record_id']}")
    lines.append(f"Standards:    {', '.join(shown['standards']) or '-'}")
    for a in shown["attachments"]:
        lines.append(f"Evidence:     {a['filename']} ({a['size']:,} bytes)")
    print("\n".join(lines))


def _show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        shown = cpd_json(vault, args.id)
    if args.json:
        print_json(shown)
    else:
        _print_human(shown)
    return 0


def _changed_fields(current: CpdFields, args: argparse.Namespace) -> CpdFields:
    changes: dict[str, Any] = {}
    for option, name in (
        ("type", "activity_type"),
        ("description", "description"),
        ("learnt", "learning"),
        ("impact", "impact"),
        ("peer", "peer_learning"),
        ("peer_role", "peer_role"),
        ("peer_date", "peer_date"),
        ("peer_record", "peer_reflection_id"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[name] = value
    if args.no_peer_date:
        changes["peer_date"] = None
    if args.no_peer_record:
        changes["peer_reflection_id"] = None
    return replace(current, **changes)


def _check_standards(refs: list[str]) -> list[str]:
    from supervision_app.core.cpd.model import CPD_FRAMEWORKS
    from supervision_app.core.frameworks import default_library

    library = default_library()
    for ref in refs:
        framework_id = ref.partition(":")[0]
        try:
            library.item(ref)
        except (KeyError, ValueError):
            raise UsageError(
                f"'{ref}' is not an item of a framework; 'supervision-journal frameworks' "
                "lists them."
            ) from None
        if framework_id not in CPD_FRAMEWORKS:
            raise UsageError(
                f"'{ref}' is not a standard; standards come from {', '.join(CPD_FRAMEWORKS)} "
                "(use 'link' for other framework items)."
            )
    return refs


def _set(args: argparse.Namespace) -> int:
    from supervision_app.core.cpd.model import CpdFields, InvalidCpd

    if args.standard and args.no_standards:
        raise UsageError("Give --standard or --no-standards, not both.")
    if args.peer_date and args.no_peer_date:
        raise UsageError("Give --peer-date or --no-peer-date, not both.")
    if args.peer_record and args.no_peer_record:
        raise UsageError("Give --peer-record or --no-peer-record, not both.")
    standards = _check_standards(args.standard) if args.standard else None
    with open_vault(args) as vault:
        entry = vault.entries.get(args.id)
        if entry.deleted_at is not None:
            raise UsageError(f"Entry {args.id} is in the Trash; restore it before changing it.")
        if args.peer_record is not None:
            _check_peer_record(vault, args.peer_record)
        current = vault.cpd.get(args.id)
        created = current is None
        fields = _changed_fields(current or CpdFields(), args)
        try:
            fields = fields.validated()
        except InvalidCpd as error:
            raise UsageError(str(error)) from None
        with vault.transaction():
            saved = vault.cpd.save(args.id, fields)
            if standards is not None or args.no_standards:
                vault.cpd.set_standards(args.id, standards or [])
        shown = cpd_json(vault, args.id)
    what = "Made" if created else "Updated"
    note(
        f"{what} entry {args.id} a CPD record ({saved.activity_label.lower()})."
        if created
        else f"{what} the CPD details of entry {args.id}."
    )
    if args.json:
        print_json(shown)
    return 0


def _check_peer_record(vault: Vault, record_id: int) -> None:
    from supervision_app.core.errors import JournalError

    try:
        vault.supervision.peer.get(record_id)
    except (JournalError, KeyError, LookupError):
        raise UsageError(f"There is no peer-reflection record {record_id}.") from None
