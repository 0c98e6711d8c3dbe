"""Data-safety commands: check, backup, backups, restore.

The vault and the backup module are imported inside the handlers (see ``supervision_app.cli``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from supervision_app.cli.args import path_arg
from supervision_app.cli.common import (
    EXIT_DAMAGED,
    UsageError,
    add_command,
    note,
    open_vault,
    print_json,
    read_passphrase,
    require_vault_file,
    vault_path,
)
from supervision_app.cli.shapes import local_time
from supervision_app.cli.terminal import safe_text


def _check(args: argparse.Namespace) -> int:
    from supervision_app.storage.damage import check_vault

    with open_vault(args, keep_key=True) as vault:
        report = check_vault(vault)
    if args.json:
        print_json(
            {
                "vault": str(report.path),
                "ok": report.ok,
                "checks": [{"name": n, "problems": p} for n, p in report.results.items()],
            }
        )
    elif report.ok:
        print("ok")
    else:
        for problem in report.problems:
            print(safe_text(problem))
    return 0 if report.ok else EXIT_DAMAGED


def _backup(args: argparse.Namespace) -> int:
    from supervision_app.storage.backup import backups_kept, make_backup

    out: Path | None = args.out
    if out is not None and out.exists():
        raise UsageError(f"A file already exists at {out}; choose another name.")
    if out is not None and not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    with open_vault(args, keep_key=True) as vault:
        info = make_backup(vault, reason="manual", out=out, keep=backups_kept(vault))
    print(info.path)
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _backups(args: argparse.Namespace) -> int:
    from supervision_app.storage.backup import list_backups

    path = vault_path(args)
    passphrase = None
    if not args.no_count:
        require_vault_file(path)
        passphrase = read_passphrase(args, path)
    found = list_backups(path, passphrase)
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "created": b.created.isoformat(),
                    "size": b.size,
                    "entries": b.entries,
                }
                for b in found
            ]
        )
        return 0
    if not found:
        note("There are no backups of this vault yet.")
    for b in found:
        entries = "?" if b.entries is None else str(b.entries)
        print(f"{local_time(b.created)}  {entries:>7} entries  {_size(b.size):>9}  {b.path}")
    return 0


def _confirm(question: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError("Restoring replaces the vault: add --yes to confirm.")
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _restore(args: argparse.Namespace) -> int:
    from supervision_app.storage.backup import restore_backup, verify_backup

    backup: Path = args.backup
    if not backup.is_file():
        raise UsageError(f"There is no backup at {backup}.")
    path = vault_path(args)
    passphrase = read_passphrase(args, path if path.exists() else backup)
    if not args.yes:
        verify_backup(backup, passphrase)  # before asking: a bad backup is refused at once
    if not args.yes and not _confirm(
        f"Replace the vault {path} with the backup {backup.name}? "
        "The current vault is kept beside it. [y/N] "
    ):
        note("Nothing was restored.")
        return 1
    aside = restore_backup(backup, path, passphrase)
    print(f"Restored {backup} to {path}.")
    if aside != path:
        print(f"The replaced vault is kept at {aside}.")
    return 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    check = add_command(
        subparsers,
        "check",
        summary="check the vault for damage",
        description=(
            "Check the whole vault: every page's encryption checksum (SQLCipher's\n"
            "cipher_integrity_check), the database structure (SQLite's integrity_check), the\n"
            "full-text search index against the entries, and the links between records.\n"
            "Prints 'ok', or one line per problem and exits with code 6. Nothing is changed."
        ),
        epilog="examples:\n  supervision-journal check\n  supervision-journal check --json",
        handler=_check,
    )
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    backup = add_command(
        subparsers,
        "backup",
        summary="make an encrypted backup now",
        description=(
            "Make an encrypted copy of the vault (same passphrase), check it, and print where\n"
            "it is. Without --out it goes to the vault's backup folder, where the newest\n"
            "backups_kept (default 14) are kept. Backups are also made automatically on the\n"
            "first use of each day, before an upgrade, a passphrase change and a restore."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal backup\n"
            "  supervision-journal backup --out /media/usb/journal-2026-03.sjbackup"
        ),
        handler=_backup,
    )
    backup.add_argument(
        "--out", metavar="PATH", type=path_arg, help="write the backup here instead"
    )
    backups = add_command(
        subparsers,
        "backups",
        summary="list the vault's backups",
        description=(
            "List the backups in the vault's backup folder, newest first, with the number\n"
            "of entries in each (which needs the passphrase; a backup from before a\n"
            "passphrase change shows '?')."
        ),
        epilog="examples:\n  supervision-journal backups\n  supervision-journal backups --json",
        handler=_backups,
    )
    backups.add_argument("--json", action="store_true", help="print the list as JSON")
    backups.add_argument(
        "--no-count",
        action="store_true",
        help="do not ask for the passphrase; leave the entry counts out",
    )
    restore = add_command(
        subparsers,
        "restore",
        summary="put a backup in place of the vault",
        description=(
            "Replace the vault with a backup, after checking the backup. The backup must\n"
            "open with the passphrase given. The current vault is backed up (if it opens)\n"
            "and kept beside itself as <name>.replaced-<time>. Asks for confirmation\n"
            "unless --yes is given."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal backups\n"
            "  supervision-journal restore ~/.local/share/supervision-journal/backups/"
            "journal-0123456789/20260301T090000000000Z-daily.sjbackup"
        ),
        handler=_restore,
    )
    restore.add_argument("backup", metavar="BACKUP", type=path_arg, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
