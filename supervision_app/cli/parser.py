"""The argparse side of the command line: the parser classes every command's parser uses.

Apart from :mod:`.common` so that a plain ``search`` (parsed without argparse, see
:func:`supervision_app.cli.commands.entries.plain_search_args`) does not import argparse.
"""

from __future__ import annotations

import argparse
import os
import sys

from supervision_app.cli.common import EXIT_USAGE, PROG, _line, _sentence

TYPE_CHECKING = False  # not typing's own
if TYPE_CHECKING:
    from typing import NoReturn


class CommandParser(argparse.ArgumentParser):
    """Reports a usage error as one sentence on one line, never the usage block."""

    def error(self, message: str) -> NoReturn:
        # "argument --date: 'x' is not a date…" -> "--date: 'x' is not a date…"
        name, colon, rest = message.partition(": ")
        if colon and name.startswith("argument "):
            message = f"{name.removeprefix('argument ')}: {rest}"
        else:
            message = message[:1].upper() + message[1:]
        hint = f"Try '{self.prog} --help'."
        self.exit(EXIT_USAGE, _line(f"{PROG}: {_sentence(message)} {hint}"))


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the line breaks of descriptions and epilogues (examples), wraps option help.

    argparse makes one of these for every option added (to check its metavar), and its own
    way to find the width imports :mod:`shutil` (and with it ``bz2`` and ``lzma``): ~4 ms
    of a command-line search. The width is the same (see :func:`terminal_columns`).
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = terminal_columns() - 2  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)


def terminal_columns() -> int:
    """``shutil.get_terminal_size().columns`` without importing :mod:`shutil`: ``COLUMNS``
    if it is a positive number, else the width of the terminal on standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        size = os.get_terminal_size(stdout.fileno()) if stdout is not None else None
    except (AttributeError, ValueError, OSError):
        size = None
    if size is None:
        return 80
    return size.columns or 80


class TopParser(CommandParser):
    """Names the default vault in ``--help`` only (platformdirs is not needed otherwise)."""

    def format_help(self) -> str:
        from supervision_app.paths import default_vault_path

        return super().format_help().replace("{default_vault}", str(default_vault_path()))
