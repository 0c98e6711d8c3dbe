"""The ``add`` command: a new entry from options, a body file or standard input, its
fields checked before the vault is unlocked.

The vault is imported inside the handler (see ``supervision_app.cli``).
"""

from __future__ import annotations

import datetime as dt
import sys

from supervision_app.cli.args import date_arg, kind_arg, minutes_arg
from supervision_app.cli.common import (
    UsageError,
    add_command,
    note,
    open_vault,
    read_passphrase,
    require_vault_file,
    vault_path,
)
from supervision_app.core.entries import DEFAULT_KIND, KINDS, normalise_tags, validated_fields

# Not typing's own: ``add`` imports no typing, as before it had a module of its own.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any


def _read_body_file(name: str) -> str:
    try:
        with open(name, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise UsageError(f"The body file {name} is not UTF-8 text.") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"Cannot read the body file {name}: {reason}.") from None


def _add(args: argparse.Namespace) -> int:
    body = args.body
    if args.body_file is not None and args.body_file != "-":
        body = _read_body_file(args.body_file)
    path = vault_path(args)
    require_vault_file(path)
    passphrase = read_passphrase(args, path)
    if args.body_file == "-":
        body = sys.stdin.read()
    # Checked before unlocking, without building an Entry (dataclasses: ~15 ms).
    practice_date = args.date or dt.date.today()
    title, kind, tags, uid = validated_fields(
        args.title,
        args.kind,
        args.minutes,
        practice_date,
        normalise_tags(",".join(args.tag)),
        args.uid,
    )
    with open_vault(args, passphrase) as vault:
        entry_id, new = vault.entries.add_values(
            title=title,
            body=body,
            kind=kind,
            practice_date=practice_date,
            tags=tags,
            minutes=args.minutes,
            uid=uid,
        )
    if not new:
        note(f"An entry with the uid {uid} is already in the vault; nothing was added.")
    print(entry_id)
    return 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    kinds = ", ".join(KINDS)

    add = add_command(
        subparsers,
        "add",
        summary="add an entry and print its id",
        description=(
            "Add an entry to the journal and print its id on a line of its own.\n\n"
            "With --passphrase-stdin, the first line of standard input is the passphrase and,\n"
            "with --body-file -, the rest of standard input is the body."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal add --title 'Supervision with my manager' \\\n"
            "      --kind supervision --date 2026-03-02 --tag 'case load' --minutes 60 \\\n"
            "      --body-file notes.md\n"
            "  printf '%s\\n' \"$PASS\" | cat - notes.md | supervision-journal add \\\n"
            "      --passphrase-stdin --title 'Home visit reflection' --body-file -"
        ),
        handler=_add,
    )
    add.add_argument("--title", required=True, help="the entry's title")
    add.add_argument(
        "--kind",
        type=kind_arg,
        default=DEFAULT_KIND,
        metavar="KIND",
        help=f"one of {kinds} (default: {DEFAULT_KIND})",
    )
    add.add_argument(
        "--date",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="the practice date: when it happened (default: today; 'yesterday' works too)",
    )
    add.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="TAG",
        help="a tag; repeat the option for more tags, or separate them with commas",
    )
    add.add_argument(
        "--minutes",
        type=minutes_arg,
        default=0,
        metavar="N",
        help="time spent, in minutes, for CPD records (default: 0)",
    )
    add.add_argument(
        "--uid",
        metavar="UID",
        help="a unique id of your choosing: if an entry with it is already in the vault, "
        "its id is printed and nothing is added (so a script can safely retry an add)",
    )
    body = add.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", metavar="TEXT", help="the entry's text (Markdown)")
    body.add_argument(
        "--body-file",
        metavar="FILE",
        help="read the entry's text from a UTF-8 file; '-' reads standard input",
    )
