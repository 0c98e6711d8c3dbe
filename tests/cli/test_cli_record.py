"""The record from the command line: CPD details, framework links and settings (issue 12)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.entries import Entry
from supervision_app.storage.vault import Vault
from tests.cli.helpers import PASSPHRASE, fails, ok, run

STANDARD = "swe-standards:maintain-cpd"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "v.sjvault"
    with Vault.create(path, PASSPHRASE) as v:
        v.entries.add(Entry(title="Course day", practice_date=dt.date(2026, 11, 5), minutes=90))
        trashed = v.entries.add(Entry(title="Old", practice_date=dt.date(2026, 1, 5)))
        assert trashed.id is not None
        v.entries.trash(trashed.id)
    return path


def test_cpd_set_then_show_round_trip(vault_file: Path) -> None:
    shown = json.loads(ok(run("cpd", "show", "1", "--vault", vault_file, "--json")))
    assert shown["cpd"] is None and shown["minutes"] == 90
    result = run(
        "cpd", "set", "1", "--vault", vault_file,
        "--type", "course or training",
        "--description", "Safeguarding adults refresher",
        "--learnt", "How capacity is assessed",
        "--impact", "I record decisions more clearly",
        "--peer", "My supervisor helped me see the pattern",
        "--peer-role", "senior social worker",
        "--peer-date", "2026-11-06",
        "--standard", STANDARD,
        "--json",
    )  # fmt: skip
    assert "Made entry 1 a CPD record (course or training)." in result.stderr
    shown = json.loads(ok(result))
    assert shown["cpd"] == {
        "type": "course_or_training",
        "type_label": "Course or training",
        "description": "Safeguarding adults refresher",
        "learnt": "How capacity is assessed",
        "impact": "I record decisions more clearly",
        "peer": {
            "learnt": "My supervisor helped me see the pattern",
            "role": "senior social worker",
            "date": "2026-11-06",
            "record_id": None,
        },
        "has_peer_reflection": True,
    }
    assert shown["standards"] == [STANDARD]
    # Only the fields given change.
    ok(run("cpd", "set", "1", "--vault", vault_file, "--impact", "Clearer notes", "--no-peer-date"))
    with Vault.open(vault_file, PASSPHRASE) as v:
        fields = v.cpd.get(1)
        assert fields is not None
        assert fields.impact == "Clearer notes" and fields.learning == "How capacity is assessed"
        assert fields.peer_date is None
        assert v.cpd.standards(1) == (STANDARD,)
    human = ok(run("cpd", "show", "1", "--vault", vault_file))
    assert "Type:         Course or training" in human and STANDARD in human


def test_cpd_set_refuses_bad_input_and_changes_nothing(vault_file: Path) -> None:
    fails(run("cpd", "set", "1", "--vault", vault_file, "--type", "party"), 2, "party")
    fails(run("cpd", "set", "1", "--vault", vault_file, "--standard", "pcf:nope"), 2, "pcf:nope")
    fails(
        run("cpd", "set", "1", "--vault", vault_file, "--standard", "gibbs:feelings"),
        2,
        "not a standard",
    )
    fails(run("cpd", "set", "2", "--vault", vault_file, "--learnt", "x"), 2, "Trash")
    fails(run("cpd", "set", "9", "--vault", vault_file, "--learnt", "x"), 1, "9")
    fails(run("cpd", "set", "1", "--vault", vault_file, "--peer-record", "4"), 2, "peer")
    with Vault.open(vault_file, PASSPHRASE) as v:
        assert v.cpd.get(1) is None


def test_link_and_unlink(vault_file: Path) -> None:
    out = json.loads(ok(run("link", "1", "pcf:professionalism", "gibbs:feelings", "--vault",
                            vault_file, "--json")))  # fmt: skip
    assert [link["ref"] for link in out] == ["gibbs:feelings", "pcf:professionalism"]
    assert out[1]["label"] == "Professionalism"
    result = run("unlink", "1", "gibbs:feelings", "pcf:values-and-ethics", "--vault", vault_file)
    assert ok(result).splitlines()[0].startswith("pcf:professionalism")
    assert "Removed 1 link from entry 1." in result.stderr
    assert "Not linked before: pcf:values-and-ethics." in result.stderr
    fails(run("link", "1", "nonsense", "--vault", vault_file), 2, "nonsense")
    with Vault.open(vault_file, PASSPHRASE) as v:
        assert v.links.links_of(1) == ("pcf:professionalism",)


def test_settings_show_and_set(vault_file: Path) -> None:
    shown = json.loads(ok(run("settings", "--vault", vault_file, "--json")))
    assert shown["name"] == "" and shown["year_end"] == [11, 30]
    assert shown["never_export"] == []
    ok(run("settings", "set", "name", "C. Davies", "--vault", vault_file))
    ok(run("settings", "set", "year_end", "31 Mar", "--vault", vault_file))
    ok(run("settings", "set", "never_export", "Heron Court, Kestrel", "Owl", "--vault", vault_file))
    shown = json.loads(ok(run("settings", "--json", "--vault", vault_file)))
    assert shown["name"] == "C. Davies"
    assert shown["year_end"] == [3, 31]
    assert shown["never_export"] == ["Heron Court", "Kestrel", "Owl"]
    human = ok(run("settings", "--vault", vault_file))
    assert "year_end:          31 Mar" in human
    with Vault.open(vault_file, PASSPHRASE) as v:
        assert v.supervision.owner.name() == "C. Davies"
        assert v.cpd_settings.load().year_end == (3, 31)
    ok(run("settings", "set", "never_export", "", "--vault", vault_file))
    assert json.loads(ok(run("settings", "--json", "--vault", vault_file)))["never_export"] == []


def test_settings_refuses_unknown_keys_and_bad_values(vault_file: Path) -> None:
    fails(run("settings", "set", "colour", "blue", "--vault", vault_file), 2, "colour")
    fails(run("settings", "set", "year_end", "31 Feb", "--vault", vault_file), 2, "31 Feb")
    fails(run("settings", "set", "year_end", "--vault", vault_file), 2, "year_end")
    with Vault.open(vault_file, PASSPHRASE) as v:
        assert v.cpd_settings.load().year_end == (11, 30)


def test_settings_lists_every_declared_setting(vault_file: Path) -> None:
    from supervision_app.cli.commands.settings import ALIASES
    from supervision_app.core.cpd.settings import SETTINGS_DOC
    from supervision_app.core.vault_settings import SETTINGS as VAULT_SETTINGS

    shown = json.loads(ok(run("settings", "--json", "--vault", vault_file)))
    declared = {"name", *(ALIASES.get(k, k) for k in SETTINGS_DOC), *VAULT_SETTINGS}
    assert set(shown) == declared
    help_text = ok(run("settings", "--help", passphrase=None))
    for key in shown:
        assert key in help_text


@pytest.mark.parametrize(
    "command",
    [("frameworks", "--kind", "model"), ("templates",), ("settings",), ("cpd", "show", "1")],
)
def test_vault_option_accepted_by_every_command(vault_file: Path, command: tuple[str]) -> None:
    ok(run(*command, "--vault", vault_file))
    ok(run("--vault", vault_file, *command))


def _leaf_parsers(parser: argparse.ArgumentParser, name: str = "") -> dict[str, Any]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return {name: parser}
    leaves = {} if not name else {name: parser}
    for sub in subs:
        for child, child_parser in sub.choices.items():
            leaves.update(_leaf_parsers(child_parser, f"{name} {child}".strip()))
    return leaves


def test_every_command_takes_the_vault_option() -> None:
    """Documented for every command; ``frameworks --vault`` was refused."""
    from supervision_app import cli

    leaves = _leaf_parsers(cli.build_parser())
    assert {"frameworks", "templates", "cpd set", "link", "settings set"} <= set(leaves)
    without = [
        name
        for name, parser in leaves.items()
        if name and not any("--vault" in a.option_strings for a in parser._actions)
    ]
    assert without == []
