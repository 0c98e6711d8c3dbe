"""The ``session`` command: write, sign and show records (here), exchange them
(:mod:`.supervision`) and decide proposals (:mod:`.proposals`).

Signing from the command line is the same as at the app's sign-off screen: both people are
present, the owner's signature is made with this journal's key, the partner's is a name
typed here (it proves presence, not identity). Names other than "your name" and the
partner's recorded name are refused unless ``--confirm-names`` is given.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from supervision_app.cli.args import date_arg, id_arg, path_arg
from supervision_app.cli.common import (
    UsageError,
    add_actions,
    add_command,
    note,
    open_vault,
    vault_path,
)
from supervision_app.core.supervision.errors import InvalidSupervisionRecord
from supervision_app.core.supervision.model import REVIEW_STATUSES

# -- session add -----------------------------------------------------------------------------------


def _record_fields(path: Path) -> dict[str, Any]:
    """The written parts of a record from a JSON file (shape in docs/supervision.md)."""
    from supervision_app.core.supervision.model import (
        Action,
        CaseDiscussion,
        Decision,
        DiscussionNote,
        Wellbeing,
    )

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"There is no file at {path}.") from None
    except (OSError, ValueError) as error:
        raise UsageError(f"{path} is not a readable JSON file ({error}).") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path} should hold one JSON object: the record.")
    known = {
        "agenda",
        "learning",
        "cpd",
        "minutes",
        "session_type",
        "discussion",
        "case_discussions",
        "decisions",
        "wellbeing",
        "new_actions",
        "next_session",
    }
    unknown = sorted(set(data) - known)
    if unknown:
        raise UsageError(f"{path}: unknown field(s) {', '.join(unknown)}.")
    try:
        fields: dict[str, Any] = {k: data[k] for k in ("learning", "cpd", "minutes") if k in data}
        if "session_type" in data:
            fields["session_type"] = data["session_type"]
        fields["agenda"] = tuple(str(a) for a in data.get("agenda", []))
        fields["discussion"] = tuple(
            DiscussionNote(n["ref"], n.get("text", "")) for n in data.get("discussion", [])
        )
        fields["case_discussions"] = tuple(
            CaseDiscussion(c["case_ref"], c.get("text", ""))
            for c in data.get("case_discussions", [])
        )
        fields["decisions"] = tuple(
            Decision(d["decision"], d.get("rationale", "")) for d in data.get("decisions", [])
        )
        if "wellbeing" in data:
            fields["wellbeing"] = Wellbeing(**data["wellbeing"])
        fields["new_actions"] = tuple(
            Action(
                a["text"],
                a.get("owner", ""),
                date_arg(a["due_date"]) if a.get("due_date") else None,
            )
            for a in data.get("new_actions", [])
        )
        if data.get("next_session"):
            fields["next_session"] = date_arg(data["next_session"])
    except (KeyError, TypeError, AttributeError, argparse.ArgumentTypeError) as error:
        raise UsageError(f"{path}: a field is missing or of the wrong kind ({error}).") from None
    return fields


def _review_arg(text: str) -> tuple[int, str]:
    action, _, status = text.partition("=")
    if not action.isdigit() or status not in REVIEW_STATUSES:
        raise argparse.ArgumentTypeError(
            f"'{text}' should be ACTION_ID=STATUS, the status one of {', '.join(REVIEW_STATUSES)}."
        )
    return int(action), status


def _session_add(args: argparse.Namespace) -> int:
    from supervision_app.core.supervision.model import Action

    if args.from_file is not None:
        if args.agenda or args.learning or args.action:
            raise UsageError("Give --from-file, or --agenda/--learning/--action, not both.")
        from supervision_app.storage.vault import VaultFileChosen, is_vault_file

        # Read before the vault is opened (so no lock of it can be dropped), but never the
        # vault itself or its companions: that is a wrong choice, not a bad JSON file.
        if is_vault_file(args.from_file, vault_path(args)):
            raise VaultFileChosen(args.from_file)
        fields = _record_fields(args.from_file)
    elif args.agenda or args.learning or args.action:
        fields = {
            "agenda": tuple(args.agenda or ()),
            "learning": args.learning or "",
            "new_actions": tuple(Action(t) for t in args.action or ()),
        }
    else:
        raise UsageError("Give the record: --from-file RECORD.json, or --agenda TEXT.")
    with open_vault(args) as vault:
        sessions = vault.supervision.sessions
        draft = sessions.draft(args.partner, args.date)
        reviews = dict(args.review or ())
        known = {r.action_id for r in draft.action_reviews}
        missing = sorted(set(reviews) - known)
        if missing:
            raise InvalidSupervisionRecord(
                f"Action {missing[0]} is not an open action with this partner to review."
            )
        fields["action_reviews"] = tuple(
            replace(r, status=reviews.get(r.action_id, r.status)) for r in draft.action_reviews
        )
        record = sessions.create(replace(draft, **fields))
    print(record.id)
    return 0


# -- session sign ----------------------------------------------------------------------------------


def _session_sign(args: argparse.Namespace) -> int:
    if not args.owner_name and not args.partner_name:
        raise UsageError("Give --owner-name, --partner-name or both: the names typed to sign.")
    with open_vault(args) as vault:
        signoff = vault.supervision.signoff
        given = [("owner", args.owner_name), ("partner", args.partner_name)]
        if not args.confirm_names:  # check both before signing either
            for party, name in given:
                if name:
                    signoff.check_name(args.id, party, name)
        for party, name in given:
            if name:
                record = signoff.sign(args.id, party, name, confirm_name=args.confirm_names)
    state = "signed by both: it is now read-only" if record.is_locked else "signed by one of you"
    note(f"Record {args.id} {state}.")
    return 0


def _addendum_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        author = args.author or vault.supervision.owner.name()
        addendum = vault.supervision.signoff.add_addendum(args.id, args.text, author)
    print(addendum.id)
    return 0


def _addendum_sign(args: argparse.Namespace) -> int:
    if not args.owner_name and not args.partner_name:
        raise UsageError("Give --owner-name, --partner-name or both: the names typed to sign.")
    with open_vault(args) as vault:
        signoff = vault.supervision.signoff
        for party, name in (("owner", args.owner_name), ("partner", args.partner_name)):
            if name:
                signoff.sign_addendum(args.id, party, name, confirm_name=args.confirm_names)
    return 0


# -- registration ----------------------------------------------------------------------------------


def _session_usage(args: argparse.Namespace) -> int:
    raise UsageError(
        "Say what to do: session list, add, sign, show, addendum, sign-addendum, export, "
        "import, proposals, accept, reject or extract."
    )


def _sign_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--owner-name", metavar="NAME", help="the name you type to sign")
    parser.add_argument(
        "--partner-name", metavar="NAME", help="the name your partner types, here with you"
    )
    parser.add_argument(
        "--confirm-names",
        action="store_true",
        help="sign even if a name is not your name or your partner's recorded name",
    )


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    from supervision_app.cli.commands import proposals, session_show, supervision

    session = add_command(
        subparsers,
        "session",
        summary="write, sign, show and exchange supervision records",
        description=(
            "Write and sign supervision records, show them with their signatures, exchange\n"
            "signed ones with your partner, and accept or reject what an exchange file\n"
            "proposed in your name."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal session add --partner 3 --date 2026-01-05 --agenda 'Caseload'\n"
            "  supervision-journal session sign 12 --owner-name 'A. Supervisor' "
            "--partner-name 'C. Supervisee'\n"
            "  supervision-journal session show 12 --json\n"
            "  supervision-journal session export 12 --out record.sjexchange\n"
            "  supervision-journal session import record.sjexchange --trust-fingerprint '…'\n"
            "  supervision-journal session proposals"
        ),
        handler=_session_usage,
        passphrase=False,  # --vault before the action works too; the action reads the rest
    )
    actions = add_actions(session, "session_action")
    supervision.add_session_list(actions)

    add = add_command(
        actions,
        "add",
        summary="write a new record; prints its id",
        description=(
            "Write a new supervision record with a partner. Open actions with them are\n"
            "carried forward unless --review marks them done or dropped."
        ),
        handler=_session_add,
    )
    add.add_argument("--partner", required=True, type=id_arg, metavar="ID")
    add.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add.add_argument("--from-file", type=path_arg, metavar="RECORD.json", help="the record")
    add.add_argument("--agenda", action="append", metavar="TEXT", help="an agenda item")
    add.add_argument("--learning", metavar="TEXT", help="what was learnt")
    add.add_argument("--action", action="append", metavar="TEXT", help="an action agreed")
    add.add_argument(
        "--review",
        action="append",
        type=_review_arg,
        metavar="ACTION_ID=STATUS",
        help="mark an open action: done, carried or dropped",
    )

    sign = add_command(
        actions,
        "sign",
        summary="sign a record, as at the sign-off screen",
        description=(
            "Sign a record. Your signature is made with this journal's key; your partner's\n"
            "is a name typed here, which proves only that someone typed it."
        ),
        handler=_session_sign,
    )
    sign.add_argument("id", type=id_arg, metavar="ID", help="the record's id")
    _sign_options(sign)

    show = add_command(
        actions,
        "show",
        summary="show a record's signatures and history",
        description="Show a record with each signature's status and the record's history.",
        handler=session_show.show,
    )
    show.add_argument("id", type=id_arg, metavar="ID", help="the record's id")
    show.add_argument("--json", action="store_true", help="print a JSON object")

    addendum = add_command(
        actions,
        "addendum",
        summary="add a dated addendum to a signed record; prints its id",
        description="Add a dated addendum to a record signed by both; both of you sign it.",
        handler=_addendum_add,
    )
    addendum.add_argument("id", type=id_arg, metavar="ID", help="the record's id")
    addendum.add_argument("--text", required=True, help="the addendum")
    addendum.add_argument("--author", help="who wrote it (default: your name)")

    sign_addendum = add_command(
        actions,
        "sign-addendum",
        summary="sign an addendum",
        description="Sign an addendum (its id is printed by 'session addendum' and 'show').",
        handler=_addendum_sign,
    )
    sign_addendum.add_argument("id", type=id_arg, metavar="ADDENDUM_ID")
    _sign_options(sign_addendum)

    supervision.add_exchange_actions(actions)
    proposals.add_proposal_actions(actions)

    from supervision_app.cli.commands.companion import add_session_extract

    add_session_extract(actions)
