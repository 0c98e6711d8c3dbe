"""The ``supervision-journal`` command: the desktop app with no command, or a journal command.

Only the standard library and ``supervision_app.core`` are imported at start-up, and never
Qt: the desktop app is imported only to start it, and the vault (SQLCipher) only by the
commands that open one, so a whole ``search`` process stays well under a quarter second.

Adding a command
----------------
Write a module ``supervision_app/cli/commands/<topic>.py`` with a function
``register(subparsers)`` that calls :func:`~supervision_app.cli.common.add_command` once per
command, append the module's dotted name to :data:`COMMAND_MODULES` and its commands to
:data:`COMMAND_INDEX`. A handler takes the parsed :class:`argparse.Namespace` and returns an
exit code; it raises :class:`~supervision_app.core.errors.JournalError` (or
:class:`~supervision_app.cli.common.UsageError`) for anything the user should read, and
:func:`~supervision_app.cli.common.run_handler` turns that into one line on standard error
and the matching exit code. Keep module-level imports light (standard library,
``supervision_app.core``, ``supervision_app.cli.common``); import anything heavy (the vault,
``docx``, ``xlsxwriter``) inside the handler.
"""

from __future__ import annotations

import importlib
import os
import sys

from supervision_app import APP_ID, __version__

# Everything else is imported where it is used: ``--version`` imports nothing more (it is
# printed at the interpreter's own cost), and a command pays only for its own module.
TYPE_CHECKING = False  # not typing's own: a plain search imports neither typing nor argparse
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Any

    from supervision_app.cli.common import Handler, Registrar

__all__ = ["COMMAND_INDEX", "COMMAND_MODULES", "build_parser", "main"]

_COMMANDS = "supervision_app.cli.commands."

#: Modules whose ``register(subparsers)`` adds commands, in the order ``--help`` lists them.
COMMAND_MODULES: list[str] = [
    _COMMANDS + "vault",
    _COMMANDS + "add",
    _COMMANDS + "entries",
    _COMMANDS + "frameworks",
    _COMMANDS + "supervision",
    _COMMANDS + "sessions",
    _COMMANDS + "partners",
    _COMMANDS + "export",
    _COMMANDS + "imports",
    _COMMANDS + "safety",
    _COMMANDS + "cpd",
    _COMMANDS + "links",
    _COMMANDS + "settings",
    _COMMANDS + "companion",
    _COMMANDS + "stats",
]

#: The module that registers each command: running one command imports only its module
#: (importing them all costs ~75 ms of a whole ``search`` process). A test keeps it in sync.
COMMAND_INDEX: dict[str, str] = {
    **dict.fromkeys(("init", "passwd"), _COMMANDS + "vault"),
    "add": _COMMANDS + "add",
    **dict.fromkeys(("list", "show", "search", "delete"), _COMMANDS + "entries"),
    **dict.fromkeys(("frameworks", "templates"), _COMMANDS + "frameworks"),
    "actions": _COMMANDS + "supervision",
    "session": _COMMANDS + "sessions",
    **dict.fromkeys(("identity", "partner"), _COMMANDS + "partners"),
    **dict.fromkeys(("export", "scan", "cpd-summary"), _COMMANDS + "export"),
    "import": _COMMANDS + "imports",
    **dict.fromkeys(("check", "backup", "backups", "restore"), _COMMANDS + "safety"),
    "cpd": _COMMANDS + "cpd",
    **dict.fromkeys(("link", "unlink"), _COMMANDS + "links"),
    "settings": _COMMANDS + "settings",
    **dict.fromkeys(("depth", "flag", "unflag", "prep", "wellbeing"), _COMMANDS + "companion"),
    "stats": _COMMANDS + "stats",
}


def build_parser(registrars: Iterable[Registrar] | None = None) -> argparse.ArgumentParser:
    """The whole parser; ``registrars`` defaults to every module in :data:`COMMAND_MODULES`."""
    from supervision_app.cli.args import path_arg
    from supervision_app.cli.common import PROG
    from supervision_app.cli.parser import CommandParser, TopParser, _HelpFormatter

    parser = TopParser(
        prog=PROG,
        formatter_class=_HelpFormatter,
        description=(
            "Supervision Journal: an encrypted reflective log and supervision journal.\n\n"
            "With no command, the desktop app opens. With a command, work with the journal\n"
            "from the command line; every command asks for the vault's passphrase."
        ),
        epilog=(
            "The default vault is {default_vault}\n\n"
            "Exit codes: 0 done; 1 other error (e.g. no such entry); 2 wrong usage or input;\n"
            "3 wrong passphrase; 4 vault missing, not a vault, already exists or in use;\n"
            "5 likely identifying details found (export, scan); 6 vault damaged (also\n"
            "'check' found problems); 7 disk full or failing; 8 vault or its folder\n"
            "read-only; 130 cancelled with Ctrl+C.\n\n"
            f"Run '{PROG} COMMAND --help' for the options of a command."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: a round trip through a temporary vault "
        "(create, write, search, link, export PDF and Word, lock, reopen); "
        "your own journal is not touched",
    )
    parser.add_argument(
        "--vault",
        metavar="PATH",
        type=path_arg,
        default=None,
        help="the vault file to open in the app or to use for a command",
    )
    subparsers = parser.add_subparsers(
        title="commands", dest="command", metavar="COMMAND", parser_class=CommandParser
    )
    if registrars is None:
        registrars = [importlib.import_module(m).register for m in COMMAND_MODULES]
    for register in registrars:
        register(subparsers)
    return parser


def start_gui(path: Path | None) -> int:
    """Open the desktop app (the only place Qt is imported)."""
    try:
        from supervision_app.app import run_gui
    except ImportError as error:
        from supervision_app.cli.common import EXIT_ERROR, _fail

        return _fail(f"The desktop app could not start ({error})", EXIT_ERROR)
    return run_gui(path)


def _desktop_app_vault(argv: list[str] | None) -> list[str | None] | None:
    """For the desktop app alone (no arguments, or ``--vault PATH``): ``[PATH]`` (``[None]``
    without ``--vault``), read without argparse, whose import and parser (with gettext,
    ``cli.common`` and ``datetime``) came before the unlock dialog could show (issue 16 item
    8). None for anything else, which argparse parses and judges as before: this takes only
    what argparse reads the same way (the last ``--vault`` wins; a value that starts with a
    dash, an abbreviated option or anything more goes to argparse)."""
    args = list(sys.argv[1:] if argv is None else argv)
    vault: str | None = None
    i = 0
    while i < len(args):
        if args[i] == "--vault" and i + 1 < len(args) and not args[i + 1].startswith("-"):
            vault = args[i + 1]
            i += 2
        elif args[i].startswith("--vault="):
            vault = args[i].removeprefix("--vault=")
            i += 1
        else:
            return None
    return [vault]


def _command_of(argv: list[str] | None) -> str | None:
    """The command named on the command line, or None (no command, or an option first)."""
    args = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(args):
        if args[i] == "--vault":
            i += 2
        elif args[i].startswith("--vault="):
            i += 1
        elif args[i].startswith("-"):
            return None
        else:
            return args[i]
    return None


#: Options that need no command's parser: the desktop app (``--vault`` alone or nothing),
#: ``--self-test`` and ``--version``.
_NO_COMMAND_OPTIONS = frozenset({"--self-test", "--version"})


def _needs_no_commands(argv: list[str] | None) -> bool:
    """True when the command line names no command and asks for no help: starting the app
    must not import every command module (~0.1 s before the unlock dialog could show)."""
    args = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(args):
        if args[i] == "--vault" and i + 1 < len(args):
            i += 2
        elif args[i].startswith("--vault=") or args[i] in _NO_COMMAND_OPTIONS:
            i += 1
        else:
            return False  # a command, --help, or something the full parser must judge
    return True


def _untranslated_argparse() -> None:
    """argparse passes each of its messages through :mod:`gettext`, which searches the disk
    for a catalogue (and imports :mod:`locale`) at every call: ~3 ms of building one
    command's parser. When the same search, made once, finds no catalogue for argparse's
    domain in the user's languages, every message comes back as written: say so directly.
    """
    import argparse
    import gettext

    domain = gettext.textdomain()
    folder = gettext.bindtextdomain(domain)
    # No catalogue can be under a folder that does not exist (Python's own share/locale,
    # often): then the search, which imports locale, is not needed either.
    if os.path.isdir(folder) and gettext.find(domain, folder, all=True):
        return  # a catalogue exists: argparse translates as before
    vars(argparse).update(
        _=lambda message: message,
        ngettext=lambda singular, plural, n: singular if n == 1 else plural,
    )


def _plain_search_args(argv: list[str] | None) -> Any:
    """The arguments of a plain ``search`` without argparse (its import and parser are a
    tenth of a whole search process beyond the bare query), or None: argparse parses
    everything else, including every error and ``--help``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "search":
        return None
    from supervision_app.cli.commands.entries import plain_search_args

    return plain_search_args(args[1:])


#: What ``--version`` prints (argparse's version action prints the same).
VERSION_LINE = f"{APP_ID} {__version__}\n"


def _only_version(argv: list[str] | None) -> bool:
    """``--version`` alone: printed before anything else is imported (the process set-up
    and argparse ran a third as many instructions again as the interpreter's own start).
    Anything more on the command line goes to argparse, as before."""
    return list(sys.argv[1:] if argv is None else argv) == ["--version"]


def main(argv: list[str] | None = None) -> int:
    if _only_version(argv):
        sys.stdout.write(VERSION_LINE)
        return 0
    from supervision_app.process_safety import start_safely

    desktop = _desktop_app_vault(argv)
    if desktop is not None:
        import pathlib

        from supervision_app.cli.terminal import output_tolerant

        start_safely()
        output_tolerant()
        # As the parser's --vault type (cli.args.path_arg) reads it.
        return start_gui(None if desktop[0] is None else pathlib.Path(desktop[0]).expanduser())
    from supervision_app.cli.common import (
        EXIT_INTERRUPTED,
        EXIT_USAGE,
        _fail,
        _output_tolerant,
        run_handler,
    )

    start_safely()
    _output_tolerant()
    args = _plain_search_args(argv)
    if args is None:
        _untranslated_argparse()
        module = COMMAND_INDEX.get(_command_of(argv) or "")
        registrars: list[Registrar] | None = (
            [importlib.import_module(module).register]
            if module
            else ([] if _needs_no_commands(argv) else None)
        )
        try:
            args = build_parser(registrars).parse_args(argv)
        except SystemExit as done:  # --help, --version and usage errors
            return done.code if isinstance(done.code, int) else EXIT_USAGE
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
    handler: Handler | None = getattr(args, "handler", None)
    if args.self_test:
        if handler is not None:
            return _fail("--self-test takes no command; run it on its own.", EXIT_USAGE)
        from supervision_app.selftest import run_self_test

        try:
            return run_self_test()
        except KeyboardInterrupt:  # the temporary folder is already removed
            return _fail("Cancelled.", EXIT_INTERRUPTED)
    if handler is None:
        return start_gui(args.vault)
    return run_handler(handler, args)
