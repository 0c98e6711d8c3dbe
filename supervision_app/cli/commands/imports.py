"""The ``import`` command: bring entries (or a whole JSONL backup) into the vault.

jrnl, Day One, Markdown and CSV sources are read and checked before the passphrase is asked
for, so a bad file fails at once; a JSONL file is checked against the vault's own tables,
after it is opened. Either way a bad source imports nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from supervision_app.cli.common import (
    UsageError,
    add_command,
    open_vault,
    read_passphrase,
    require_vault_file,
    vault_path,
)

FORMAT_NAMES = ("jsonl", "jrnl", "dayone", "markdown", "csv")


def _mapping_arg(text: str) -> tuple[str, str]:
    field, equals, column = text.partition("=")
    if not equals or not field.strip() or not column:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not FIELD=COLUMN, e.g. date='Date of session'"
        )
    return field.strip().lower(), column


def _csv_mapping(path: Path, pairs: list[tuple[str, str]]) -> dict[str, str] | None:
    """The mapping to read ``path`` with; None for this app's own export (read back whole)."""
    from supervision_app.export.importers.csv_import import csv_preview, guess_mapping
    from supervision_app.export.importers.csv_own import is_own_export

    headers, _rows = csv_preview(path, rows=0)
    if not pairs and is_own_export(headers):
        return None
    mapping = guess_mapping(headers)
    chosen = dict(pairs)
    # A column named with --map is taken away from any field the guess gave it to.
    mapping = {f: c for f, c in mapping.items() if c not in chosen.values()}
    mapping.update(chosen)
    if "title" not in mapping and "body" not in mapping:
        shown = ", ".join(f"'{h}'" for h in headers)
        raise UsageError(
            f"Cannot tell which column of {path.name} holds the title or the body (its columns"
            f" are {shown}); name them with --map, e.g. --map title=Subject --map body=Notes."
        )
    return mapping


def _check_path(fmt: str, path: Path) -> None:
    if fmt == "markdown":
        if not path.is_dir():
            raise UsageError(f"There is no folder at {path}.")
    elif not path.is_file():
        raise UsageError(f"There is no file at {path}.")


def _import(args: argparse.Namespace) -> int:
    from supervision_app.export.importers import InvalidImport, read_entries
    from supervision_app.storage.bulk import write_entries

    fmt: str = args.format
    path: Path = args.path
    _check_path(fmt, path)
    if args.map and fmt != "csv":
        raise UsageError("--map is only for --format csv.")
    if args.date_order and fmt != "csv":
        raise UsageError("--date-order is only for --format csv.")
    if args.skip_invalid and fmt != "markdown":
        raise UsageError("--skip-invalid is only for --format markdown.")
    try:
        read = None
        if fmt != "jsonl":
            mapping = _csv_mapping(path, args.map) if fmt == "csv" else None
            read = read_entries(
                fmt,
                path,
                mapping=mapping,
                date_order=args.date_order,
                skip_invalid=args.skip_invalid,
            )
        target = vault_path(args)
        require_vault_file(target)
        passphrase = read_passphrase(args, target)
        with open_vault(args, passphrase) as vault:
            if read is None:
                from supervision_app.storage.jsonl.restore import import_jsonl

                result = import_jsonl(vault, path, dry_run=args.dry_run)
            else:
                result = write_entries(vault, read, dry_run=args.dry_run)
    except InvalidImport as error:
        raise UsageError(_problems(error, fmt)) from None
    summary = result.summary()
    if args.dry_run:
        summary = "Checked: nothing wrong found. " + summary.replace("Imported", "Would import", 1)
    print(summary)
    for line in result.dropped:
        print(f"  left out: {line}")
    return 0


def _problems(error: Any, fmt: str) -> str:
    """Every problem (file and line, or row and column) in one message, and what to do next.

    The command line's errors are one line, so the problems are joined with " | "."""
    if len(error.problems) <= 1:
        text = str(error)
    else:
        listed = " | ".join(p.rstrip(".") for p in error.problems)
        more = error.total - len(error.problems)
        tail = f" | and {more} more" if more > 0 else ""
        text = f"Nothing was imported; {error.total} problems: {listed}{tail}."
    if error.date_examples:
        text += " Add --date-order dmy (day first, as in the UK) or --date-order mdy (month first)."
    if fmt == "markdown" and error.valid:
        notes = "note" if error.valid == 1 else "notes"
        text += (
            f" To import the {error.valid} valid {notes} and list the others, add --skip-invalid."
        )
    return text


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = add_command(
        subparsers,
        "import",
        summary="import entries from a JSONL backup, jrnl, Day One, Markdown files or CSV",
        description=(
            "Import entries into the vault and print how many were imported.\n\n"
            "The whole source is checked first; if anything in it is wrong, nothing is\n"
            "imported and the message names the line, row or field.\n\n"
            "formats:\n"
            "  jsonl     this app's JSON Lines backup (export --format jsonl), or lines of\n"
            '            {"title", "body", "date", "tags", "minutes", "kind"}\n'
            "  jrnl      the file written by 'jrnl --export json'\n"
            "  dayone    Day One's JSON export: the .zip, or the Journal.json inside it\n"
            "  markdown  a folder of .md files (an Obsidian vault too), with optional front\n"
            "            matter (title, date or created, updated, tags, kind, minutes) and\n"
            "            inline #tags; template placeholders such as {{date}} count as empty\n"
            "  csv       a CSV file with a header row; columns are matched to fields by\n"
            "            their names, or named with --map FIELD=COLUMN; this app's own CSV\n"
            "            export is read back into the same fields, CPD details included\n\n"
            "docs/jsonl-format.md describes the JSONL format and how it merges into a vault\n"
            "that already has entries."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal import --format jsonl backup-2026-03-01.jsonl\n"
            "  supervision-journal import --format dayone 'Export - Journal.zip'\n"
            "  supervision-journal import --format markdown ~/Notes/Reflections\n"
            "  supervision-journal import --format csv cpd-log.csv \\\n"
            "      --map date='Date of activity' --map body='What I learnt' --map hours=Hours"
        ),
        handler=_import,
    )
    parser.add_argument(
        "--format", required=True, choices=FORMAT_NAMES, help="what kind of source PATH is"
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="the file (or folder) to import")
    parser.add_argument(
        "--map",
        type=_mapping_arg,
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="CSV only: take FIELD (title, body, date, tags, minutes, hours or kind) from the"
        " column headed COLUMN; repeat for more fields",
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="CSV only: read numeric dates such as 1/5/2026 day first (dmy: 1 May) or month"
        " first (mdy: 5 January); needed when the file's dates leave it open",
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="Markdown only: import the valid notes and list each file left out (by default"
        " nothing is imported when any note has a problem)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the source and say what would be imported, without importing anything",
    )
