"""``supervision-journal import``, end to end: real processes on real SQLCipher vaults.

Each command runs as ``python -m supervision_app.cli`` in a subprocess, as a user runs it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from supervision_app import cli
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.vault import Vault
from tests.cli.helpers import PASSPHRASE, fails, ok_quiet, run
from tests.conftest import FakeClock
from tests.unit.test_jsonl_roundtrip import fill_vault, normalised, vault_state

DATA = Path(__file__).parent.parent / "data" / "imports"
MODULE = "supervision_app.cli.commands.imports"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "own.sjvault"
    Vault.create(path, PASSPHRASE).close()
    return path


def run_import(
    vault: Path, fmt: str, *args: str | Path, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    """``import --vault VAULT --format FMT ARGS...``."""
    return run("import", "--vault", vault, "--format", fmt, *args, passphrase=passphrase)


def _titles(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE) as vault:
        return sorted(s.title for s in vault.entries.page(limit=100))


def test_the_command_is_registered() -> None:
    assert MODULE in cli.COMMAND_MODULES, f"add {MODULE!r} to cli.COMMAND_MODULES"


def test_each_format_imports_and_says_how_many(vault_file: Path, tmp_path: Path) -> None:
    out = ok_quiet(run_import(vault_file, "jsonl", DATA / "minimal.jsonl"))
    assert out == "Imported 4 entries.\n"
    out = ok_quiet(run_import(vault_file, "jrnl", DATA / "jrnl.json"))
    assert out == "Imported 3 entries.\n"
    out = ok_quiet(run_import(vault_file, "dayone", DATA / "dayone" / "Journal.json"))
    assert out.startswith("Imported 3 entries; 1 media file was not imported (listed below).")
    assert "  left out: Journal.json, entry 1: photo 1 (00.jpeg) is not in the export" in out
    out = ok_quiet(run_import(vault_file, "markdown", DATA / "markdown"))
    assert out == "Imported 3 entries.\n"
    out = ok_quiet(
        run_import(
            vault_file,
            "csv",
            DATA / "cpd-log.csv",
            "--map",
            "title=What I learnt",
            "--map",
            "body=Activity",
            "--date-order",
            "dmy",
        )
    )
    assert out == "Imported 3 entries.\n"
    titles = _titles(vault_file)
    assert len(titles) == 16
    assert "Watched a review meeting" in titles  # --map moved the title to another column
    assert "Supervision with my manager." in titles and "Strengths-based practice" in titles


def test_a_whole_vault_backup_restores_into_a_new_vault(
    tmp_path: Path, vault_file: Path, clock: FakeClock
) -> None:
    source = tmp_path / "source.sjvault"
    backup = tmp_path / "backup.jsonl"
    with Vault.create(source, PASSPHRASE, clock=clock) as vault:
        fill_vault(vault, clock)
        summary = export_jsonl(vault, backup)
    others = sum(summary.rows.values()) - summary.entries
    out = ok_quiet(run_import(vault_file, "jsonl", backup))
    assert out == f"Imported {summary.entries} entries and {others} other records.\n"
    again = tmp_path / "again.jsonl"
    with Vault.open(vault_file, PASSPHRASE) as vault:
        export_jsonl(vault, again)
    assert normalised(again) == normalised(backup)


def test_a_bad_file_imports_nothing_and_names_the_line(vault_file: Path, tmp_path: Path) -> None:
    ok_quiet(run_import(vault_file, "jrnl", DATA / "jrnl.json"))
    with Vault.open(vault_file, PASSPHRASE) as vault:
        before = vault_state(vault)
    bad = tmp_path / "bad.jsonl"
    lines = (DATA / "minimal.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(2, json.dumps({"title": "x", "minutes": "ages"}))
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fails(
        run_import(vault_file, "jsonl", bad),
        2,
        "Line 3, field 'minutes'",
        "nothing was imported",
    )
    broken = tmp_path / "broken.csv"
    broken.write_text("Title,Date\nFine,01/02/2026\nBad,32/01/2026\n", encoding="utf-8")
    # A CSV is read before the passphrase is asked for: no passphrase needed to fail.
    fails(
        run_import(vault_file, "csv", broken, passphrase=None),
        2,
        "Row 3, column 'Date'",
        "32/01/2026",
    )
    with Vault.open(vault_file, PASSPHRASE) as vault:
        assert vault_state(vault) == before


def test_dry_run_checks_without_writing(vault_file: Path) -> None:
    with Vault.open(vault_file, PASSPHRASE) as vault:
        before = vault_state(vault)
    out = ok_quiet(run_import(vault_file, "jsonl", "--dry-run", DATA / "minimal.jsonl"))
    assert out == "Checked: nothing wrong found. Would import 4 entries.\n"
    with Vault.open(vault_file, PASSPHRASE) as vault:
        assert vault_state(vault) == before


def test_usage_errors(vault_file: Path, tmp_path: Path) -> None:
    fails(
        run_import(vault_file, "jsonl", tmp_path / "nope.jsonl", passphrase=None),
        2,
        "There is no file at",
    )
    fails(
        run_import(vault_file, "markdown", DATA / "jrnl.json", passphrase=None),
        2,
        "There is no folder at",
    )
    fails(
        run_import(vault_file, "jrnl", DATA / "jrnl.json", "--map", "title=x", passphrase=None),
        2,
        "--map is only for --format csv",
    )
    fails(
        run_import(vault_file, "csv", DATA / "cpd-log.csv", "--map", "title", passphrase=None),
        2,
        "--map",
        "FIELD=COLUMN",
    )
    odd = tmp_path / "odd.csv"
    odd.write_text("Colour,Size\nred,big\n", encoding="utf-8")
    fails(
        run_import(vault_file, "csv", odd, passphrase=None),
        2,
        "Cannot tell which column",
        "--map title=",
    )
    fails(run_import(vault_file, "pdf", odd, passphrase=None), 2, "--format")
    fails(
        run_import(vault_file, "jsonl", DATA / "minimal.jsonl", passphrase="wrong passphrase here"),
        3,
        "passphrase",
    )
    fails(
        run_import(tmp_path / "none.sjvault", "jsonl", DATA / "minimal.jsonl", passphrase=None),
        4,
        "There is no vault",
    )
    assert _titles(vault_file) == []


def test_help_lists_the_formats() -> None:
    out = ok_quiet(run("import", "--help", passphrase=None))
    for name in ("jsonl", "jrnl", "dayone", "markdown", "csv", "--map", "--dry-run"):
        assert name in out
    assert "import" in ok_quiet(run("--help", passphrase=None))


def test_skip_invalid_and_date_order(vault_file: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "obsidian"
    shutil.copytree(DATA / "obsidian-vault", folder)
    refused = run_import(vault_file, "markdown", folder)
    assert refused.returncode != 0
    assert "Nothing was imported; 2 problems:" in refused.stderr
    assert ": Supervision/Session notes.md, line 5, field 'minutes'" in refused.stderr
    assert " | Supervision/Unclosed.md, line 1: " in refused.stderr
    assert "To import the 3 valid notes and list the others, add --skip-invalid." in (
        refused.stderr
    )
    assert _titles(vault_file) == []
    out = ok_quiet(run_import(vault_file, "markdown", folder, "--skip-invalid"))
    assert out.startswith("Imported 3 entries; left out 2 templates in Templates/")
    assert "  left out: Supervision/Unclosed.md, line 1" in out
    ambiguous = run_import(vault_file, "csv", DATA / "cpd-log-ambiguous.csv")
    assert ambiguous.returncode != 0
    assert "'1/5/2026' is 1 May 2026 or 5 January 2026" in ambiguous.stderr
    assert "Add --date-order dmy (day first, as in the UK) or --date-order mdy" in (
        ambiguous.stderr
    )
    out = ok_quiet(
        run_import(vault_file, "csv", DATA / "cpd-log-ambiguous.csv", "--date-order", "mdy")
    )
    assert out == "Imported 2 entries; dates were read month first.\n"
