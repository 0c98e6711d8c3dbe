"""The command index names, for every command, the module that registers it."""

from __future__ import annotations

import argparse
import functools
import importlib
import random
import subprocess
import sys
from pathlib import Path

from supervision_app import cli
from supervision_app.core.entries import Entry
from supervision_app.storage.vault import Vault
from tests.cli.helpers import CLI_ENV, PASSPHRASE, run


def _commands_of(module: str) -> set[str]:
    parser = cli.build_parser([importlib.import_module(module).register])
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_index_matches_what_each_module_registers() -> None:
    registered = {name: m for m in cli.COMMAND_MODULES for name in _commands_of(m)}
    assert registered == cli.COMMAND_INDEX
    assert set(cli.COMMAND_INDEX.values()) == set(cli.COMMAND_MODULES)


def test_command_of_skips_the_vault_option() -> None:
    assert cli._command_of(["--vault", "x.sjvault", "search", "q"]) == "search"
    assert cli._command_of(["--vault=x", "list"]) == "list"
    assert cli._command_of(["--help"]) is None
    assert cli._command_of([]) is None


#: Modules a whole ``search`` process must not import: a command-line search pays for every
#: module (issue 10: at most 1.10x a bare SQLCipher + FTS5 process). Each is imported on use.
NOT_FOR_SEARCH = (
    "supervision_app.cli.commands.vault",  # only the searched command's module (COMMAND_INDEX)
    "supervision_app.cli.commands.supervision",
    "supervision_app.core.cpd.year",  # and calendar: only for --cpd-year
    "calendar",
    "_strptime",  # and calendar: backup names are read without strptime
    "uuid",  # and platform: only to make a record's uid
    "platform",
    "supervision_app.storage.reflection",  # links, guided answers, templates: on first use
    "supervision_app.core.guided",
    "supervision_app.storage.damage",  # only when the first read fails
    "supervision_app.storage.backup",  # only when the day's backup is due (not in this run)
    "supervision_app.storage.backup_copy",
    "supervision_app.storage.backup_open",
    "supervision_app.storage.backup_verify",
    "_hashlib",  # OpenSSL: the backup folder's name is hashed with CPython's own SHA-256
    "supervision_app.storage.supervision.repository",
    "supervision_app.storage.cpd.repository",
    "supervision_app.storage.cpd.attachments",
    "supervision_app.storage.cpd.records",
    "supervision_app.storage.cpd.settings",
    "supervision_app.storage.cpd.rows",
    "supervision_app.storage.companion",
    "PySide6",
    # Issue 10's 1.10x: a plain search is parsed without argparse (plain_search_args), and
    # nothing on its way imports typing, dataclasses (inspect, ast), ctypes or shutil.
    "argparse",
    "gettext",
    "locale",
    "shutil",
    "typing",
    "dataclasses",
    "inspect",
    "ctypes",
    "supervision_app.cli.parser",
    "supervision_app.core.entry",  # Entry (a dataclass): a search builds EntrySummary only
    "supervision_app.core.find.filters",  # only when a filter option is given
    "supervision_app.storage.backup_list",  # BackupInfo: the daily check needs the newest name
    "supervision_app.storage.schema.identity",  # migration steps: only when one runs
    "supervision_app.storage.schema.v4_supervision",
    "supervision_app.storage.supervision",  # the lock helper: only to update an entry
    # json (~2 ms): the tags column is split without it (storage.entries.tags_of), the
    # settings repository is built on first use, a snippet from the tags imports it itself.
    "json",
    "_json",
    "supervision_app.storage.settings",
    # The upgrade's progress reports (and contextvars): only when a migration runs.
    "supervision_app.storage.schema.progress",
    "contextvars",
    # The kept key and the new-passphrase rules: only with keep_key, create, passwd.
    "supervision_app.storage.vault_key",
    "supervision_app.core.passphrase",
)

_MODULES_AFTER_MAIN = (
    "import sys\n"
    "from supervision_app.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "print('MODULES', *sorted(sys.modules), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def test_search_imports_only_what_it_uses(tmp_path: Path) -> None:
    path = tmp_path / "journal.sjvault"
    with Vault.create(path, PASSPHRASE) as vault:
        vault.entries.add(Entry(title="Home visit", body="A handover after a home visit."))
    args = ["search", "--vault", str(path), "--passphrase-stdin", "handover"]
    run(*args)  # the day's first unlock makes the daily backup; the run below is a plain one
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER_MAIN, *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=CLI_ENV,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Home visit" in result.stdout
    modules = set(result.stderr.split("MODULES", 1)[1].split())
    assert "supervision_app.storage.entries" in modules  # the check sees the real import set
    loaded = [m for m in modules if m.split(".")[0] in NOT_FOR_SEARCH or m in NOT_FOR_SEARCH]
    assert loaded == []


_MODULES_WHEN_THE_APP_STARTS = (
    "import sys\n"
    "import supervision_app.cli as cli\n"
    "def start_gui(path):\n"
    "    print('VAULT', path)\n"
    "    print('MODULES', *sorted(sys.modules))\n"
    "    return 0\n"
    "cli.start_gui = start_gui\n"
    "sys.exit(cli.main(sys.argv[1:]))\n"
)


def test_starting_the_app_imports_no_command_module(tmp_path: Path) -> None:
    """No command: the parser is built without the command modules (they cost ~0.1 s
    before the unlock dialog could show, issue 16 item 8), and --vault still reaches the app."""
    path = tmp_path / "journal.sjvault"
    for args in ([], ["--vault", str(path)], [f"--vault={path}"]):
        result = subprocess.run(
            [sys.executable, "-c", _MODULES_WHEN_THE_APP_STARTS, *args],
            capture_output=True,
            text=True,
            env=CLI_ENV,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert f"VAULT {path if args else None}" in result.stdout
        modules = result.stdout.split("MODULES", 1)[1].split()
        assert "supervision_app.cli" in modules  # the check sees the real import set
        assert [m for m in modules if m.startswith(cli._COMMANDS)] == []
        # --vault alone is read without argparse and the commands' shared module.
        assert set(modules) & set(NOT_FOR_THE_APP) == set()


#: Modules the desktop app's start (``supervision-journal [--vault PATH]``) does not import
#: before Qt: argparse and its parser were ~10 ms before the unlock dialog could show.
NOT_FOR_THE_APP = (
    "argparse",
    "gettext",
    "datetime",
    "supervision_app.cli.common",
    "supervision_app.cli.args",
    "supervision_app.cli.parser",
)


def _argparse_vault(argv: list[str]) -> tuple[object, ...] | None:
    """What the full parser makes of ``argv`` for the desktop app, or None if argparse
    refuses it or it names a command or another option."""
    try:
        args = cli.build_parser([]).parse_args(argv)
    except SystemExit:
        return None
    return (args.vault,) if not args.self_test else None


def test_the_app_start_reads_the_vault_as_argparse_does() -> None:
    pieces = [
        ["--vault", "journal.sjvault"],
        ["--vault=~/j.sjvault"],
        ["--vault", ""],
        ["--vault="],
        ["--vault", "-x"],
        ["--vault", "-"],
        ["--vault"],
        ["--va", "x"],
        ["--self-test"],
        ["--help"],
        ["search"],
        ["-"],
        ["x"],
    ]
    rng = random.Random(16)
    taken = 0
    for _ in range(400):
        argv = [a for _ in range(rng.randint(0, 3)) for a in rng.choice(pieces)]
        fast = cli._desktop_app_vault(argv)
        if fast is None:
            continue
        taken += 1
        expected = _argparse_vault(argv)
        assert expected is not None, argv
        vault = None if fast[0] is None else Path(fast[0]).expanduser()
        assert (vault,) == expected, argv
    assert taken > 50
    assert cli._desktop_app_vault([]) == [None]
    assert cli._desktop_app_vault(["--vault", "a", "--vault=b"]) == ["b"]
    for argv in (["--vault"], ["--vault", "-x"], ["--va", "x"], ["--self-test"], ["x"]):
        assert cli._desktop_app_vault(argv) is None, argv


def test_help_and_commands_still_see_every_command() -> None:
    assert not cli._needs_no_commands(["--help"])
    assert not cli._needs_no_commands(["--vault", "x", "search", "q"])
    assert not cli._needs_no_commands(["--vault"])  # the full parser says what is missing
    assert cli._needs_no_commands(["--vault", "x.sjvault"])
    assert cli._needs_no_commands(["--self-test"])
    help_text = run("--help", passphrase=None).stdout
    assert all(name in help_text for name in ("search", "export", "backup"))


# -- a plain search is parsed without argparse: the same arguments, or argparse decides ----------

_PIECES: list[list[str]] = [
    ["--vault", "journal.sjvault"],
    ["--vault=~/j.sjvault"],
    ["--vault", ""],
    ["--vault", "-x"],
    ["--vault"],
    ["--passphrase-stdin"],
    ["--json"],
    ["--json=yes"],
    ["--limit", "5"],
    ["--limit=007"],
    ["--limit", "0"],
    ["--limit", "x"],
    ["--limit", "-3"],
    ["--limit", "\u0665"],
    ["--lim", "3"],
    ["--kind", "note"],
    ["--tag", "training"],
    ["--from", "2026-01-01"],
    ["--help"],
    ["-h"],
    ["--"],
    ["-"],
    ["-starts-with-a-dash"],
]
_WORDS: list[list[str]] = [["handover"], ["home", "visit"], [""], ["a=b", "title:x"], []]


@functools.cache
def _search_parser() -> argparse.ArgumentParser:
    """The command line's parser with the search command, built once: parsing changes
    nothing in a parser (each parse makes a new namespace and copies list defaults)."""
    entries = importlib.import_module("supervision_app.cli.commands.entries")
    return cli.build_parser([entries.register])


def _argparse_args(argv: list[str]) -> dict[str, object] | None:
    try:
        return vars(_search_parser().parse_args(argv))
    except SystemExit:
        return None


def _command_lines() -> list[list[str]]:
    import random

    rng = random.Random(10)
    lines = [["search", *w] for w in _WORDS]
    for _ in range(600):
        pieces = [rng.choice(_PIECES) for _ in range(rng.randint(0, 3))]
        words = rng.choice(_WORDS)
        at = rng.randint(0, len(pieces))
        middle = [rng.choice(_WORDS)] if rng.random() < 0.2 else []
        line = [p for piece in pieces[:at] for p in piece] + words
        line += [w for m in middle for w in m[:1]]
        line += [p for piece in pieces[at:] for p in piece]
        if rng.random() < 0.2 and pieces:  # a word after the options, apart from the query
            line += rng.choice(_WORDS)
        lines.append(["search", *line])
    return lines


def test_a_plain_search_is_parsed_as_argparse_does() -> None:
    from supervision_app.cli.commands.entries import plain_search_args

    taken = 0
    for argv in _command_lines():
        plain = plain_search_args(argv[1:])
        expected = _argparse_args(argv)
        if plain is None:
            continue
        taken += 1
        assert expected is not None, argv
        assert vars(plain) == expected, argv
    assert taken > 100  # the usual command lines do take the short way


def test_a_plain_search_takes_the_short_way() -> None:
    from supervision_app.cli.commands.entries import plain_search_args

    for argv in (
        ["handover"],
        ["--vault", "j.sjvault", "--passphrase-stdin", "home", "visit"],
        ["home visit", "--limit", "5", "--json"],
    ):
        assert plain_search_args(argv) is not None, argv
    for argv in (["--kind", "note", "x"], ["--help"], ["a", "--json", "b"], ["--", "-x"], []):
        assert plain_search_args(argv) is None, argv


# -- --version alone is printed before anything else is imported -------------------------------

_MODULES_AFTER_VERSION = (
    "import sys\n"
    "before = set(sys.modules)\n"
    "from supervision_app.cli import main\n"
    "code = main(['--version'])\n"
    "sys.stdout.flush()\n"
    "print('MODULES', *sorted(set(sys.modules) - before), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def test_version_alone_imports_nothing_more() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER_VERSION],
        capture_output=True,
        text=True,
        env=CLI_ENV,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == cli.VERSION_LINE
    modules = set(result.stderr.split("MODULES", 1)[1].split())
    assert modules == {"supervision_app", "supervision_app.cli"}


def test_version_alone_prints_what_argparse_prints() -> None:
    """The short way and argparse's version action (which --version takes beside another
    option) print the same line, and both exit 0."""
    short = run("--version", passphrase=None)
    long = run("--vault", "journal.sjvault", "--version", passphrase=None)
    assert (short.returncode, long.returncode) == (0, 0)
    assert short.stdout == long.stdout == cli.VERSION_LINE
    assert short.stderr == long.stderr == ""


#: Modules a whole ``add`` process must not import: dataclasses (and inspect, ast, dis,
#: tokenize: ~15 ms) for an Entry it only writes (EntryRepository.add_values).
NOT_FOR_ADD = ("dataclasses", "inspect", "ast", "supervision_app.core.entry")


def test_add_imports_no_dataclasses(tmp_path: Path) -> None:
    path = tmp_path / "journal.sjvault"
    with Vault.create(path, PASSPHRASE):
        pass
    args = ["add", "--vault", str(path), "--passphrase-stdin", "--title", "Home visit"]
    run(*args, "--body", "First.")  # the day's first unlock makes the daily backup
    result = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER_MAIN, *args, "--body", "A handover.", "--tag", "x"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=CLI_ENV,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = set(result.stderr.split("MODULES", 1)[1].split())
    assert "supervision_app.storage.entries" in modules  # the check sees the real import set
    assert [m for m in NOT_FOR_ADD if m in modules] == []
    with Vault.open(path, PASSPHRASE) as vault:
        entry = vault.entries.get(int(result.stdout))
    assert (entry.title, entry.body, entry.tags) == ("Home visit", "A handover.", ("x",))
