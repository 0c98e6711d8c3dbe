"""Vault commands: init (create a vault) and passwd (change its passphrase)."""

from __future__ import annotations

import argparse
from typing import Any

from supervision_app.cli.common import (
    add_command,
    note,
    open_vault,
    read_new_passphrase,
    read_secret,
    require_vault_file,
    vault_path,
)
from supervision_app.core.errors import VaultExists
from supervision_app.core.passphrase import MIN_LENGTH

_FORGOTTEN = (
    "Keep your passphrase safe: if it is forgotten, nobody (not even the app's developers) "
    "can recover the journal."
)


def _init(args: argparse.Namespace) -> int:
    from supervision_app.storage.vault import Vault

    path = vault_path(args)
    if path.exists():  # before asking for a passphrase that could not be used
        raise VaultExists(path)
    passphrase = read_new_passphrase(args)
    Vault.create(path, passphrase).close()
    print(path.absolute())
    note(_FORGOTTEN)
    return 0


def _passwd(args: argparse.Namespace) -> int:
    path = vault_path(args)
    require_vault_file(path)
    old = read_secret(args, f"Current passphrase for {path}: ")
    # A wrong one fails here, before the new one is asked.
    with open_vault(args, old, keep_key=True) as vault:
        new = read_new_passphrase(args)
        vault.change_passphrase(old, new)
    print("The passphrase has been changed; use the new one from now on.")
    return 0


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    rules = (
        f"A new passphrase must be at least {MIN_LENGTH} characters long and must not start\n"
        "or end with a space. A few unrelated words are easy to remember and hard to guess."
    )
    add_command(
        subparsers,
        "init",
        summary="create a new, empty vault",
        description=(
            "Create a new encrypted vault and print where it was created.\n\n"
            f"{rules}\n\n"
            "The passphrase is asked for twice. With --passphrase-stdin (or when standard\n"
            "input is not a terminal) it is the first line of standard input; if a second line\n"
            "is given, it must be the same.\n\n"
            "A forgotten passphrase cannot be recovered, and neither can the journal."
        ),
        epilog=(
            "examples:\n"
            "  supervision-journal init\n"
            "  supervision-journal init --vault ~/Documents/journal.sjvault"
        ),
        handler=_init,
    )
    add_command(
        subparsers,
        "passwd",
        summary="change the vault's passphrase",
        description=(
            "Change the vault's passphrase: asks for the current one, then the new one twice,\n"
            "and re-encrypts the whole vault.\n\n"
            f"{rules}\n\n"
            "With --passphrase-stdin (or when standard input is not a terminal) the first line\n"
            "of standard input is the current passphrase and the second the new one; if a third\n"
            "line is given, it must repeat the new one."
        ),
        handler=_passwd,
    )
