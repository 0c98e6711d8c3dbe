"""``export``, ``scan`` and ``cpd-summary`` end to end: real processes on real vaults."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.entries import Entry
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.vault import Vault
from tests.cli.helpers import PASSPHRASE, run
from tests.data.cpd_samples import SAMPLES, add_sample_portfolio

EXIT_IDENTIFIERS = 5


@pytest.fixture
def sample_vault(vault_path: Path) -> Path:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        add_sample_portfolio(vault)
    return vault_path


@pytest.fixture
def dirty_vault(sample_vault: Path) -> Path:
    with Vault.open(sample_vault, PASSPHRASE) as vault:
        entry = vault.entries.add(
            Entry(title="Visit with Mrs Okafor", practice_date=dt.date(2026, 4, 1))
        )
        assert entry.id is not None
        CpdRepository(vault).save(
            entry.id, CpdFields(learning="Her postcode is SW1A 1AA.", impact="Better visits.")
        )
    return sample_vault


def test_export_csv_prints_the_path(sample_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "cpd.csv"
    result = run("export", "--vault", sample_vault, "--format", "csv", "--out", out, "--cpd-only")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out.absolute())
    assert "Exported 4 records." in result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        titles = [row["Title"] for row in csv.DictReader(handle)]
    assert titles == [s.title for s in SAMPLES if s.fields is not None]


def test_export_refuses_then_redacts_or_allows(dirty_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.md"
    refused = run("export", "--vault", dirty_vault, "--format", "md", "--out", out)
    assert refused.returncode == EXIT_IDENTIFIERS
    assert "found 2 likely identifiers in 1 record, so nothing was exported" in refused.stderr
    assert "--redact" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()

    redacted = run("export", "--vault", dirty_vault, "--format", "md", "--out", out, "--redact")
    assert redacted.returncode == 0, redacted.stderr
    assert "Replaced 2 likely identifiers with [redacted]" in redacted.stderr
    text = out.read_text(encoding="utf-8")
    assert "Visit with [redacted]" in text and "Okafor" not in text and "SW1A" not in text

    allowed = run(
        "export", "--vault", dirty_vault, "--format", "md", "--out", out, "--allow-identifiers"
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "Mrs Okafor" in out.read_text(encoding="utf-8")

    both = run("export", "--vault", dirty_vault, "--format", "md", "--out", out,
               "--redact", "--allow-identifiers")  # fmt: skip
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_export_errors_are_one_line(sample_vault: Path, tmp_path: Path) -> None:
    unknown = run("export", "--vault", sample_vault, "--format", "rtf", "--out", tmp_path / "x")
    assert unknown.returncode == 2 and "invalid choice: 'rtf'" in unknown.stderr
    onto_vault = run("export", "--vault", sample_vault, "--format", "csv", "--out", sample_vault)
    assert onto_vault.returncode == 1
    assert "is the vault itself" in onto_vault.stderr
    assert len(onto_vault.stderr.strip().splitlines()) == 1
    backwards = run("export", "--vault", sample_vault, "--format", "csv", "--out",
                    tmp_path / "x.csv", "--from", "2026-05-01", "--to", "2026-01-01")  # fmt: skip
    assert backwards.returncode == 1 and "is after the end date" in backwards.stderr
    jsonl = run("export", "--vault", sample_vault, "--format", "jsonl", "--out",
                tmp_path / "all.jsonl", "--redact")  # fmt: skip
    assert jsonl.returncode != 0 and "cannot be redacted" in jsonl.stderr
    assert not (tmp_path / "all.jsonl").exists()


def test_pdf_from_the_command_line_without_a_display(sample_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "portfolio.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SUPERVISION_JOURNAL_DEBUG")
    }
    result = run("export", "--vault", sample_vault, "--format", "pdf", "--out", out, env=env)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Exported 5 records." in result.stderr


def test_only_the_pdf_export_imports_qt(sample_vault: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from supervision_app import cli\n"
        "code = cli.main(sys.argv[1:])\n"
        "print(code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "export", "--vault", str(sample_vault), "--format", "docx",
         "--out", str(tmp_path / "p.docx")],
        input=f"{PASSPHRASE}\n", capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stderr


def test_scan_lists_findings_in_context(dirty_vault: Path) -> None:
    human = run("scan", "--vault", dirty_vault)
    assert human.returncode == EXIT_IDENTIFIERS
    assert "Visit with Mrs Okafor" in human.stdout
    assert "Title · Name with a title: Visit with [[Mrs Okafor]]" in human.stdout
    assert "2 likely identifiers in 1 of 6 records." in human.stderr
    as_json = run("scan", "--vault", dirty_vault, "--json")
    findings = json.loads(as_json.stdout)
    assert {(f["field"], f["kind"], f["text"]) for f in findings} == {
        ("title", "titled_name", "Mrs Okafor"),
        ("learning", "postcode", "SW1A 1AA"),
    }
    assert findings[0]["entry_id"] == 6 and findings[0]["practice_date"] == "2026-04-01"
    only_before = run("scan", "--vault", dirty_vault, "--to", "2026-03-31")
    assert only_before.returncode == 0 and only_before.stdout == ""
    assert "No likely identifiers in 3 records." in only_before.stderr


def test_cpd_summary_json_and_text(sample_vault: Path) -> None:
    result = run("cpd-summary", "--vault", sample_vault, "--year", "2026", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["year"]["label"] == "1 Dec 2025 – 30 Nov 2026"
    assert summary["records"] == 4 and summary["hours"] == 16.5
    assert summary["peer_records"] == 2
    assert summary["meets_minimum"] is True
    assert summary["covered"]["swe-standards"]["items"] == 6
    assert len(summary["covered"]["swe-standards"]["refs"]) == 3
    assert summary["gaps"][0]["start"] == "2026-03-03"
    assert [r["title"] for r in summary["record_list"]][0] == SAMPLES[0].title
    text = run("cpd-summary", "--vault", sample_vault, "--year", "2025")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Registration year 1 Dec 2024 – 30 Nov 2025\nCPD records: 0")
    assert "\n  [ ] At least 2 different CPD records (0 of 2)\n" in text.stdout
    assert "identical" not in text.stdout  # no vacuous tick on an empty year
    assert "The year closed on 30 Nov 2025" in text.stdout
    assert summary["regulators"][0]["id"] == "swe"
    assert summary["regulators"][0]["meets"] is True
    bad = run("cpd-summary", "--vault", sample_vault, "--year", "26")
    assert bad.returncode == 2 and "is not a year such as 2026" in bad.stderr


def test_cpd_summary_defaults_to_the_latest_year_with_records(vault_path: Path) -> None:
    """The defect: just after the year turns, the default year was the new, empty one."""
    from supervision_app.core.cpd.model import CpdFields
    from supervision_app.core.cpd.year import year_containing
    from supervision_app.core.entries import Entry

    last_year_day = year_containing(dt.date.today()).start - dt.timedelta(days=10)
    with Vault.create(vault_path, PASSPHRASE) as vault:
        entry = vault.entries.add(Entry(title="Course", practice_date=last_year_day, minutes=90))
        assert entry.id is not None
        vault.cpd.save(entry.id, CpdFields(activity_type="reflection", description="Course"))
        vault.cpd_settings.save(
            CpdSettings(regulators=("swe", "niscc"), roles={"niscc": "social_worker"})
        )
    result = run("cpd-summary", "--vault", vault_path, "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["year"]["ending_year"] == year_containing(last_year_day).ending_year
    assert summary["records"] == 1 and summary["minutes"] == 90
    niscc = summary["regulators"][1]
    assert niscc["id"] == "niscc" and niscc["checks"] == [] and niscc["meets"] is None
    assert "registration period" in niscc["needs"]
    text = run("cpd-summary", "--vault", vault_path)
    assert "1 h 30 min" in text.stdout
    assert "Northern Ireland Social Care Council (NISCC) (social worker)" in text.stdout


def test_cpd_summary_social_care_wales_has_no_hours_target_now(vault_path: Path) -> None:
    """The defect: "28.5 of 90 hours" for a social worker after the hours rule ended."""
    from supervision_app.core.cpd.model import CpdFields
    from supervision_app.core.entries import Entry

    today = dt.date.today()
    with Vault.create(vault_path, PASSPHRASE) as vault:
        entry = vault.entries.add(Entry(title="Course", practice_date=today, minutes=1710))
        assert entry.id is not None
        vault.cpd.save(entry.id, CpdFields(activity_type="reflection", description="Course"))
        vault.cpd_settings.save(
            CpdSettings(
                regulators=("scw",),
                roles={"scw": "social_worker"},
                period_starts={"scw": today - dt.timedelta(days=30)},
            )
        )
    summary = json.loads(run("cpd-summary", "--vault", vault_path, "--json").stdout)
    wales = summary["social_care_wales"]
    assert wales["role"] == "social_worker" and wales["hours"] == 28.5
    assert wales["target_hours"] is None and wales["remaining_hours"] is None
    assert summary["meets_minimum"] is None and summary["checklist"] == []
    [status] = summary["regulators"]
    assert status["checks"] == [] and status["meets"] is None
    assert [n["id"] for n in status["notes"]] == ["keep-record", "sample", "declaration"]
    text = run("cpd-summary", "--vault", vault_path).stdout
    assert "of 90 hours" not in text
    assert "Social Care Wales sets no minimum the app can count." in text
