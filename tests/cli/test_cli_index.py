"""The command index names, for every command, the module that registers it."""

from __future__ import annotations

import argparse
import importlib

from supervision_app import cli


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
