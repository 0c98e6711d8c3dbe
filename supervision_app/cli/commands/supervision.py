"""Supervision commands: ``actions``, and ``session list|export|import`` (registered with the
rest of ``session`` in :mod:`.sessions`).

Exit codes are those of :mod:`supervision_app.cli`: a wrong one-time passphrase, a damaged
or changed exchange file, a duplicate import or an unsigned record is exit code 1; a wrong
vault passphrase 3; a missing or busy vault 4; wrong usage 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app.cli.args import id_arg, path_arg
from supervision_app.cli.common import (
    UsageError,
    add_command,
    note,
    open_vault,
    print_json_array,
    read_secret,
    require_vault_file,
    vault_path,
)
from supervision_app.core.supervision.errors import (
    ExchangeError,
    ExchangeKeyNotConfirmed,
    SupervisionError,
)
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.model import SESSION_TYPES
from supervision_app.core.wording import count

if TYPE_CHECKING:
    from supervision_app.core.supervision.model import SessionRecord
    from supervision_app.core.supervision.views import OpenAction, SessionSummary
    from supervision_app.storage.vault import Vault


def _repo(vault: Vault) -> Any:
    from supervision_app.storage.supervision.repository import SupervisionRepository

    return SupervisionRepository(vault)


# -- actions -------------------------------------------------------------------------------------


def action_json(row: OpenAction) -> dict[str, Any]:
    """One ``actions --json`` item (a documented, stable shape: add fields, never remove)."""
    action = row.action
    return {
        "id": action.id,
        "uid": action.uid,
        "text": action.text,
        "owner": action.owner,
        "due_date": None if action.due_date is None else action.due_date.isoformat(),
        "overdue": row.overdue,
        "days_overdue": row.days_overdue,
        "partner_id": row.partner_id,
        "partner_name": row.partner_name,
        "session_id": row.session_id,
        "session_date": None if row.session_date is None else row.session_date.isoformat(),
    }


def action_row(row: OpenAction) -> str:
    action = row.action
    due = action.due_date.isoformat() if action.due_date else "no date"
    flag = "OVERDUE" if row.overdue else ""
    text = " ".join(action.text.split())
    where = f"with {row.partner_name}"
    if row.session_id is not None and row.session_date is not None:
        where += f", session {row.session_id} on {format_date(row.session_date)}"
    owner = f"owner: {action.owner}; " if action.owner else ""
    return f"{action.id:>5}  {due:<10}  {flag:<7}  {text}  [{owner}{where}]"


def _actions(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with open_vault(args) as vault:
        rows = _repo(vault).actions.open_actions(today, partner_id=args.partner)
    if args.json:
        print_json_array(action_json(r) for r in rows)
        return 0
    for row in rows:
        print(action_row(row))
    if not rows:
        note("There are no open supervision actions.")
    return 0


# -- session list ---------------------------------------------------------------------------------


def session_json(summary: SessionSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "uid": summary.uid,
        "session_date": summary.session_date.isoformat(),
        "session_type": summary.session_type,
        "minutes": summary.minutes,
        "partner_id": summary.partner_id,
        "partner_name": summary.partner_name,
        "signed_by": list(summary.signed_by),
        "locked": summary.is_locked,
        "origin": summary.origin,
        "addenda": summary.addenda,
    }


def _session_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = _repo(vault).sessions.summaries(args.partner, limit=1_000_000)
    if args.json:
        print_json_array(session_json(r) for r in rows)
        return 0
    for r in rows:
        state = "signed" if r.is_locked else ("signed by one" if r.signed_by else "draft")
        kind = SESSION_TYPES.get(r.session_type, r.session_type)
        print(f"{r.id:>5}  {r.session_date.isoformat()}  {state:<13}  {kind:<15}  {r.partner_name}")
    if not rows:
        note("There are no supervision records.")
    return 0


# -- export and import ----------------------------------------------------------------------------


def _identifier_warning(records: list[SessionRecord]) -> str | None:
    from supervision_app.core.scan.scanner import scan_text
    from supervision_app.core.supervision.rules import find_identifiers

    for record in records:
        findings = find_identifiers(record, scan_text, cases_only=False)
        if findings:
            first = findings[0]
            return (
                f"The record of {format_date(record.session_date)} may identify someone "
                f"({len(findings)} possible identifier(s), the first: "
                f"{first.finding.label.lower()} in {first.location.lower()}); check it, then "
                "run again with --allow-identifiers to export anyway."
            )
    return None


def _session_export(args: argparse.Namespace) -> int:
    from supervision_app.storage.supervision.exchange import export_partner_history, export_session

    if (args.id is None) == (args.partner is None):
        raise UsageError("Give the id of one record, or --partner with a partner's id.")
    out: Path = args.out
    if out.exists():
        raise ExchangeError(f"A file already exists at {out}; choose another name.")
    with open_vault(args) as vault:
        repo = _repo(vault)
        if args.id is not None:
            records = [repo.sessions.get(args.id)]
        else:
            summaries = repo.sessions.summaries(args.partner, limit=1_000_000)
            records = [repo.sessions.get(s.id) for s in summaries if s.is_locked]
        warning = None if args.allow_identifiers else _identifier_warning(records)
        if warning:
            raise SupervisionError(warning)
        if args.id is not None:
            result = export_session(vault, args.id, out)
        else:
            result = export_partner_history(vault, args.partner, out)
        partner = records[0].partner_name if records else "your partner"
        fingerprint = vault.supervision.identity.fingerprint()
    print(result.passphrase)
    note(
        f"Exported {count(len(result.record_uids), 'signed record')} to {out}. Give {partner} the "
        "one-time passphrase above by another channel (in person or by phone), never with "
        "the file. If it is the first file they import from you, also read them your key "
        f"fingerprint by that channel: {fingerprint}."
    )
    return 0


def _session_import(args: argparse.Namespace) -> int:
    from supervision_app.storage.supervision.exchange import import_exchange_file

    path: Path = args.file
    if not path.is_file():
        raise ExchangeError(f"There is no file at {path}.")
    require_vault_file(vault_path(args))
    with open_vault(args) as vault:
        one_time = read_secret(args, "One-time passphrase: ")
        assert one_time is not None
        trust = args.trust_fingerprint
        try:
            result = import_exchange_file(
                vault, path, one_time, partner_id=args.partner, trust_fingerprint=trust
            )
        except ExchangeKeyNotConfirmed as error:
            if trust is not None or not _interactive():
                raise
            trust = _ask_to_trust(error)
            result = import_exchange_file(
                vault, path, one_time, partner_id=args.partner, trust_fingerprint=trust
            )
    print(result.summary())
    if result.proposals_added:
        note(
            "Nothing was signed in your name: see what waits for your sign-off with "
            "'supervision-journal session proposals', then accept or reject each."
        )
    return 0


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty() and sys.stderr.isatty()


def _ask_to_trust(error: ExchangeKeyNotConfirmed) -> str:
    """Show the fingerprint and ask for an explicit yes; anything else imports nothing."""
    note(
        f"This is the first file from {error.name}. Its key's fingerprint is:\n\n"
        f"    {error.fingerprint}\n\n"
        f"Ask {error.name} to read out their fingerprint ('supervision-journal identity'), by the "
        "same channel as the one-time passphrase, and compare every group."
    )
    sys.stderr.write("Does it match exactly? Type yes to trust it: ")
    sys.stderr.flush()
    if input().strip().lower() != "yes":
        raise ExchangeKeyNotConfirmed(error.name, error.fingerprint)
    return error.fingerprint


# -- registration ---------------------------------------------------------------------------------

_EXPORT_DESCRIPTION = """\
Export one supervision record signed by both of you, or every signed record with a
partner (--partner), as one encrypted exchange file for your partner to import.

The file is protected by a new one-time passphrase, printed on standard output: give it
to your partner by another channel (in person or by phone), never with the file. The
records are checked for likely names and other identifiers first; if any are found,
nothing is exported unless --allow-identifiers is given."""

_IMPORT_DESCRIPTION = """\
Import an exchange file from your supervisor, supervisee or peer into your vault.

Asks for the vault's passphrase, then the one-time passphrase. With --passphrase-stdin
(or when standard input is not a terminal) they are the first and second lines of
standard input. A wrong one-time passphrase, a damaged or changed file, or a file already
imported is refused with a message, and nothing is imported (exit code 1)."""


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    actions = add_command(
        subparsers,
        "actions",
        summary="list open supervision actions, overdue first",
        description=(
            "List the open actions from every supervision record, overdue ones first\n"
            "(oldest due date first), then by due date, then those with no due date."
        ),
        epilog="examples:\n  supervision-journal actions\n  supervision-journal actions --json",
        handler=_actions,
    )
    actions.add_argument("--json", action="store_true", help="print a JSON array")
    actions.add_argument("--partner", type=id_arg, metavar="ID", help="only this partner's")


def add_session_list(actions_of_session: argparse._SubParsersAction[Any]) -> None:
    listing = add_command(
        actions_of_session,
        "list",
        summary="list supervision records, newest first",
        description="List supervision records (not in the Trash), newest first.",
        handler=_session_list,
    )
    listing.add_argument("--partner", type=id_arg, metavar="ID", help="only this partner's")
    listing.add_argument("--json", action="store_true", help="print a JSON array")


def add_exchange_actions(actions_of_session: argparse._SubParsersAction[Any]) -> None:
    """``session export`` and ``session import`` (the ``session`` command is in sessions.py)."""
    export = add_command(
        actions_of_session,
        "export",
        summary="export signed records to an encrypted exchange file",
        description=_EXPORT_DESCRIPTION,
        epilog="examples:\n  supervision-journal session export 12 --out record.sjexchange",
        handler=_session_export,
    )
    export.add_argument("id", nargs="?", type=id_arg, metavar="ID", help="the record's id")
    export.add_argument(
        "--partner", type=id_arg, metavar="ID", help="export every signed record with a partner"
    )
    export.add_argument(
        "--out", required=True, type=path_arg, metavar="FILE", help="the file to write"
    )
    export.add_argument(
        "--allow-identifiers",
        action="store_true",
        help="export even if the check finds likely names or other identifiers",
    )

    importing = add_command(
        actions_of_session,
        "import",
        summary="import an exchange file",
        description=_IMPORT_DESCRIPTION,
        epilog="examples:\n  supervision-journal session import record.sjexchange",
        handler=_session_import,
    )
    importing.add_argument("file", type=path_arg, metavar="FILE", help="the exchange file")
    importing.add_argument(
        "--partner",
        type=id_arg,
        metavar="ID",
        help="the partner who sent it, if this is the first file from them and they are "
        "already in your journal (otherwise they are matched or added automatically)",
    )
    importing.add_argument(
        "--trust-fingerprint",
        metavar="FP",
        help="the key fingerprint your partner read out to you (needed for the first file "
        "from them, unless you confirm it when asked at a terminal)",
    )
