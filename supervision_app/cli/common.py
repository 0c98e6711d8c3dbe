"""What every command shares: exit codes, errors, the vault options, passphrases, output.

Command modules under :mod:`supervision_app.cli.commands` import from here, never from
:mod:`supervision_app.cli` itself, so there is no import cycle. Keep imports light: the
standard library and ``supervision_app.core``; the vault is imported inside functions.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from supervision_app import APP_ID
from supervision_app.cli.args import path_arg
from supervision_app.core.errors import (
    DiskError,
    DiskFull,
    InvalidEntry,
    JournalError,
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultReadOnly,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)

# Not typing's own: a command-line search does not import typing (tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import Any

    from supervision_app.storage.vault import Vault

    Handler = Callable[[argparse.Namespace], int]
    Registrar = Callable[["argparse._SubParsersAction[Any]"], None]

#: The command's name: the app's id (pyproject.toml's console script has the same name).
PROG = APP_ID

# -- exit codes (documented in docs/cli.md) ----------------------------------------------------
EXIT_OK = 0
#: Any other error the user can act on, e.g. no entry with that id, or a file that cannot be
#: written.
EXIT_ERROR = 1
#: The command line or its input is wrong: unknown option, bad date, kind or minutes, missing
#: body, weak or mismatched new passphrase, nothing on standard input.
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
#: The vault cannot be used: missing, not a vault, in use by another process, written by a
#: newer version, or (for ``init``) a file already exists there.
EXIT_VAULT_UNAVAILABLE = 4
#: ``export``/``scan``: the anonymisation check found likely identifiers; nothing was written.
EXIT_IDENTIFIERS = 5
#: The vault (or a backup) is damaged: found when opening or reading it, or by ``check``.
EXIT_DAMAGED = 6
#: The disk is full or reported an error; nothing was saved.
EXIT_DISK = 7
#: The vault or its folder is read-only.
EXIT_READ_ONLY = 8
#: Ctrl+C (128 + SIGINT).
EXIT_INTERRUPTED = 130
#: Standard output was closed early, e.g. ``| head`` (128 + SIGPIPE).
EXIT_BROKEN_PIPE = 141

#: Set this environment variable to see the traceback of an unexpected error.
DEBUG_ENV = "SUPERVISION_JOURNAL_DEBUG"


class UsageError(JournalError):
    """Something typed or piped in is wrong (exit code 2); ``str()`` is one sentence."""


def exit_code_for(error: JournalError) -> int:
    if isinstance(error, WrongPassphrase):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(error, VaultDamaged):
        return EXIT_DAMAGED
    if isinstance(error, DiskFull | DiskError):
        return EXIT_DISK
    if isinstance(error, VaultReadOnly):
        return EXIT_READ_ONLY
    if isinstance(error, VaultMissing | NotAVault | VaultInUse | VaultExists | VaultTooNew):
        return EXIT_VAULT_UNAVAILABLE
    if isinstance(error, UsageError | WeakPassphrase | InvalidEntry):
        return EXIT_USAGE
    return EXIT_ERROR


def add_vault_options(parser: argparse.ArgumentParser, *, passphrase: bool = True) -> None:
    """``--vault`` (and ``--passphrase-stdin``) as every command that opens a vault has them."""
    import argparse  # already imported by whoever built ``parser``

    group = parser.add_argument_group("vault")
    group.add_argument(
        "--vault",
        metavar="PATH",
        type=path_arg,
        # SUPPRESS: a value given before the command name is not overwritten by a default.
        default=argparse.SUPPRESS,
        help="the vault file (default: the app's own vault; see 'supervision-journal --help')",
    )
    if passphrase:
        group.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase from the first line of standard input instead of asking "
            "(this is also what happens when standard input is not a terminal)",
        )


def add_command(
    subparsers: argparse._SubParsersAction[Any],
    name: str,
    *,
    summary: str,
    description: str,
    handler: Handler,
    epilog: str | None = None,
    vault: bool = True,
    passphrase: bool = True,
) -> argparse.ArgumentParser:
    """Add one command and return its parser, for the command's own arguments.

    ``summary`` is the one line in the top-level ``--help``; ``description`` and ``epilog``
    (examples) head and close the command's own ``--help`` and keep their line breaks.
    ``vault``/``passphrase`` add ``--vault`` and ``--passphrase-stdin``.
    """
    from supervision_app.cli.parser import _HelpFormatter

    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=summary,
        description=description,
        epilog=epilog,
        formatter_class=_HelpFormatter,
    )
    if vault:
        add_vault_options(parser, passphrase=passphrase)
    parser.set_defaults(handler=handler)
    return parser


def add_actions(parser: argparse.ArgumentParser, dest: str) -> argparse._SubParsersAction[Any]:
    """The actions of a command (``partner add``, ``partner list``), each added to what this
    returns with :func:`add_command`; ``dest`` names the chosen action in the arguments."""
    from supervision_app.cli.parser import CommandParser

    return parser.add_subparsers(
        title="actions", dest=dest, metavar="ACTION", parser_class=CommandParser
    )


# -- helpers for handlers ----------------------------------------------------------------------


def vault_path(args: argparse.Namespace) -> Path:
    """The vault the user chose, or the app's default one."""
    chosen = getattr(args, "vault", None)
    if chosen is not None:
        return Path(chosen)
    from supervision_app.paths import default_vault_path

    return default_vault_path()


def require_vault_file(path: Path) -> None:
    """Fail before asking for a passphrase when there is plainly no vault to open."""
    if not path.is_file():
        raise VaultMissing(path)


def _passphrase_from_stdin(args: argparse.Namespace) -> bool:
    if getattr(args, "passphrase_stdin", False):
        return True
    return sys.stdin is None or not sys.stdin.isatty()


def read_optional_secret(args: argparse.Namespace, prompt: str) -> str | None:
    """The next line of standard input (``None`` at its end), or typed at a prompt, unechoed."""
    if _passphrase_from_stdin(args):
        line = sys.stdin.readline() if sys.stdin is not None else ""
        return line.removesuffix("\n").removesuffix("\r") if line else None
    import getpass  # only at a terminal (benchmarks and scripts pipe the passphrase)

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError("No passphrase was entered.") from None


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    """One passphrase: the next line of standard input, or typed at a prompt without echo."""
    secret = read_optional_secret(args, prompt)
    if secret is None:
        raise UsageError("No passphrase was given on standard input.")
    return secret


def read_passphrase(args: argparse.Namespace, path: Path) -> str:
    return read_secret(args, f"Passphrase for {path}: ")


def read_new_passphrase(args: argparse.Namespace) -> str:
    """A new passphrase, typed twice; from standard input one line, or two that must match."""
    from supervision_app.core.passphrase import check_new_passphrase

    first = read_secret(args, "New passphrase: ")
    check_new_passphrase(first)
    repeated = read_optional_secret(args, "Repeat the new passphrase: ")
    check_new_passphrase(first, repeated)
    return first


@contextmanager
def open_vault(
    args: argparse.Namespace, passphrase: str | None = None, *, keep_key: bool = False
) -> Iterator[Vault]:
    """Open the chosen vault (asking for its passphrase unless given) and close it after.

    ``keep_key`` for commands that back up or check the vault (on a connection of their
    own): the key is kept for them. The day's first run keeps it too, for the daily backup;
    other runs leave key derivation to SQLCipher (no ``hashlib`` import: ~3 ms).
    """
    from supervision_app.storage.backup_folder import backup_due_for
    from supervision_app.storage.vault import Vault

    path = vault_path(args)
    require_vault_file(path)
    if passphrase is None:
        passphrase = read_passphrase(args, path)
    due = backup_due_for(path)  # once: it hashes the path and lists the backup folder
    vault = Vault.open(path, passphrase, on_progress=_say_upgrading, keep_key=keep_key or due)
    try:
        if due:
            _daily_backup(vault)
        yield vault
    finally:
        vault.close()


def _say_upgrading(done: int, total: int) -> None:
    """Once, as an upgrade starts: it can take seconds on a big journal (the search index)."""
    if (done, total) == (0, 0):
        note(
            f"{PROG}: upgrading the vault for this version (once; a backup first, then the"
            " search index)..."
        )


def _daily_backup(vault: Vault) -> None:
    """The first unlock of the day takes a backup (``open_vault`` calls this only when one
    is due, so no other run imports the backup code); a failed one warns and never stops
    work."""
    try:
        from supervision_app.storage.backup import daily_backup

        daily_backup(vault)
    except JournalError as error:
        note(f"{PROG}: warning: today's backup could not be made: {error}")
    except OSError as error:
        note(f"{PROG}: warning: today's backup could not be made: {_os_error_sentence(error)}")


def use_utf8_stdout() -> None:
    """JSON is UTF-8 whatever the console's code page (RFC 8259)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        reconfigure(encoding="utf-8", errors="strict")


def print_json(value: Any) -> None:
    import json

    from supervision_app.cli.terminal import raw_output

    use_utf8_stdout()
    with raw_output():  # JSON escapes control characters itself and must stay exact
        print(json.dumps(value, ensure_ascii=False, indent=2))


def print_json_array(items: Iterable[Any]) -> None:
    """Stream a JSON array, one item per line, without holding all items in memory."""
    import json

    use_utf8_stdout()
    out = _unfiltered(sys.stdout)
    first = True
    for item in items:
        out.write("[\n" if first else ",\n")
        out.write(json.dumps(item, ensure_ascii=False))
        first = False
    out.write("[]\n" if first else "\n]\n")


def _unfiltered(stream: Any) -> Any:
    """The stream under :class:`~supervision_app.cli.terminal.SafeStdout` (JSON is exact)."""
    return getattr(stream, "_stream", stream)


def note(message: str) -> None:
    """A message for the person at the keyboard, kept off standard output."""
    sys.stderr.write(_line(message))


# -- running -----------------------------------------------------------------------------------


def _sentence(message: str) -> str:
    message = " ".join(message.split())
    return message if message.endswith((".", "?", "!")) else message + "."


def _line(message: str) -> str:
    from supervision_app.cli.terminal import safe_text

    return safe_text(" ".join(message.split())) + "\n"


def _fail(message: str, code: int) -> int:
    sys.stderr.write(_line(f"{PROG}: {_sentence(message)}"))
    return code


def _os_error_sentence(error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    if error.filename:
        return f"Could not use {error.filename}: {reason}."
    return f"A system error happened: {reason}."


def _output_tolerant() -> None:
    from supervision_app.cli.terminal import output_tolerant

    output_tolerant()


def _silence_stdout() -> None:
    # The reader went away: stop Python complaining again when it flushes at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; every failure becomes one line on standard error and an exit code."""
    try:
        code = handler(args)
        sys.stdout.flush()
        return EXIT_OK if code is None else int(code)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return _fail("Cancelled.", EXIT_INTERRUPTED)
    except JournalError as error:
        return _fail(str(error), exit_code_for(error))
    except OSError as error:
        return _fail(_os_error_sentence(error), EXIT_ERROR)
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        return _fail(
            f"Something unexpected went wrong ({type(error).__name__}: {error}); "
            f"run again with {DEBUG_ENV}=1 to see the details",
            EXIT_ERROR,
        )
