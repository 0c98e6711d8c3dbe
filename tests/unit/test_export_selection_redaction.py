"""Choosing records, the anonymisation check over records, and redaction of the copy only."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.entries import Entry
from supervision_app.core.scan.scanner import FindingKind
from supervision_app.core.selection import InvalidSelection, Selection
from supervision_app.export.anonymise import REDACTED, scan_records
from supervision_app.export.service import (
    BadOutputPath,
    IdentifiersFound,
    plan_export,
    run_export,
    write_export,
)
from supervision_app.storage.cpd.attachments import AttachmentRepository
from supervision_app.storage.cpd.profile import DismissalRepository, HcpcProfileRepository
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.cpd.settings import CpdSettingsStore
from supervision_app.storage.selection import select_ids
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.data.cpd_samples import add_sample_records

D = dt.date
#: 943 476 5919 passes the NHS modulus 11 check (it is the NHS's own published example).
NHS = "943 476 5919"


def add(vault: Vault, title: str, day: dt.date, **kw: object) -> int:
    entry = vault.entries.add(Entry(title=title, practice_date=day, **kw))  # type: ignore[arg-type]
    assert entry.id is not None
    return entry.id


# -- selection -------------------------------------------------------------------------------


def test_selection_by_date_kind_tag_framework_and_cpd(vault: Vault) -> None:
    ids = add_sample_records(vault)
    course, reading, group, shadowing, notes = ids
    assert select_ids(vault, Selection()) == ids
    assert select_ids(vault, Selection(date_from=D(2026, 1, 20), date_to=D(2026, 7, 14))) == [
        reading,
        group,
        shadowing,
    ]
    assert select_ids(vault, Selection(kinds=("cpd_activity", "note"))) == [
        course,
        shadowing,
        notes,
    ]
    assert select_ids(vault, Selection(tag="SAFEGUARDING")) == [course]
    assert select_ids(vault, Selection(framework_item="pcf:knowledge")) == [reading]
    assert select_ids(vault, Selection(framework_item="swe-standards")) == [
        course,
        reading,
        shadowing,
    ]
    assert select_ids(vault, Selection(cpd_only=True)) == ids[:4]
    assert select_ids(vault, Selection(cpd_only=True, entry_ids=(notes, group))) == [group]
    vault.entries.trash(group)
    assert group not in select_ids(vault, Selection())
    with pytest.raises(InvalidSelection, match="after the end date"):
        select_ids(vault, Selection(date_from=D(2026, 2, 1), date_to=D(2026, 1, 1)))
    assert Selection(date_from=D(2025, 12, 1), tag="x").describe() == "1 Dec 2025 to today, tag: x"


# -- scanning records ------------------------------------------------------------------------


def planted(vault: Vault) -> tuple[int, int]:
    """A CPD record with identifiers in several fields, and a clean one."""
    cpd = CpdRepository(vault)
    dirty = add(
        vault,
        "Visit to Mrs Okafor",
        D(2026, 2, 1),
        body=f"Her NHS number {NHS} was on the letter. Jamie seemed calmer.",
        tags=("jamie okafor",),
    )
    cpd.save(dirty, CpdFields(learning="Call 07700 900123 first.", impact="Fewer missed visits."))
    AttachmentRepository(vault).add(dirty, "Okafor letter SW1A 1AA.pdf", b"%PDF")
    clean = add(vault, "Reading on risk", D(2026, 2, 2), body="Nothing identifying here.")
    cpd.save(clean, CpdFields(learning="Risk is shared.", impact="Calmer reviews."))
    CpdSettingsStore(vault).save(CpdSettings(never_export=("Jamie", "Okafor")))
    return dirty, clean


def test_scan_records_covers_every_field_and_skips_dismissed(vault: Vault) -> None:
    dirty, _ = planted(vault)
    from supervision_app.storage.selection import load_selection

    records = load_selection(vault, Selection())
    results = scan_records(records, ["Jamie"])
    assert [r.id for r, _ in results] == [dirty]
    found = {(f.field.partition(":")[0], f.finding.kind, f.finding.text) for f in results[0][1]}
    assert ("title", FindingKind.TITLED_NAME, "Mrs Okafor") in found
    assert ("body", FindingKind.NHS_NUMBER, NHS) in found
    assert ("body", FindingKind.NEVER_EXPORT, "Jamie") in found
    assert ("tag", FindingKind.NEVER_EXPORT, "jamie") in found
    assert ("learning", FindingKind.PHONE, "07700 900123") in found
    assert ("attachment", FindingKind.POSTCODE, "SW1A 1AA") in found
    title = next(f for f in results[0][1] if f.field == "title")
    assert title.key == (f"entry:{dirty}", "titled_name", "Mrs Okafor")
    assert title.field_label == "Title" and title.kind_label == "Name with a title"
    again = scan_records(records, ["Jamie"], {title.key})
    assert len(again[0][1]) == len(results[0][1]) - 1
    only_cpd_fields = scan_records(records, ["Jamie"], fields={"learning"})
    assert [f.field for f in only_cpd_fields[0][1]] == ["learning"]


# -- refusing, redacting, allowing -----------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_refuses_while_findings_remain(vault: Vault, tmp_path: Path) -> None:
    planted(vault)
    target = tmp_path / "out.csv"
    with pytest.raises(IdentifiersFound) as caught:
        run_export(vault, "csv", target)
    assert caught.value.records == 1 and caught.value.findings >= 6
    assert "likely identifiers in 1 record" in str(caught.value)
    assert not target.exists() and list(tmp_path.iterdir()) == [tmp_path / "vaults"]


def test_redaction_changes_the_exported_copy_only(vault: Vault, tmp_path: Path) -> None:
    dirty, clean = planted(vault)
    before = (vault.entries.get(dirty), CpdRepository(vault).get(dirty))
    target = tmp_path / "out.csv"
    run_export(vault, "csv", target, redact=True)
    rows = {r["Title"]: r for r in read_csv(target)}
    row = rows[f"Visit to {REDACTED}"]
    exported = " ".join(row.values())
    for identifier in ("Okafor", NHS, "07700 900123", "SW1A 1AA", "Jamie", "jamie"):
        assert identifier not in exported
    assert (
        row["Reflection"]
        == f"Her NHS number {REDACTED} was on the letter. {REDACTED} seemed calmer."
    )
    assert row["What I learnt"] == f"Call {REDACTED} first."
    assert row["Tags"] == f"{REDACTED} {REDACTED}"
    assert row["Evidence files"] == f"{REDACTED} letter {REDACTED}.pdf"
    assert rows["Reading on risk"]["Reflection"] == "Nothing identifying here."
    # The vault is untouched, on disk too.
    assert (vault.entries.get(dirty), CpdRepository(vault).get(dirty)) == before
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE) as reopened:
        assert reopened.entries.get(dirty).title == "Visit to Mrs Okafor"
        assert (
            AttachmentRepository(reopened).list(dirty)[0].filename == "Okafor letter SW1A 1AA.pdf"
        )


def test_allow_identifiers_and_marked_as_fine(vault: Vault, tmp_path: Path) -> None:
    dirty, _ = planted(vault)
    target = tmp_path / "out.csv"
    run_export(vault, "csv", target, allow_identifiers=True)
    assert "Visit to Mrs Okafor" in [r["Title"] for r in read_csv(target)]
    plan = plan_export(vault, "csv", Selection())
    dismissals = DismissalRepository(vault)
    for finding in plan.all_findings():
        if finding.field != "title":
            dismissals.dismiss(*finding.key)
    plan = plan_export(vault, "csv", Selection())
    assert [f.field for f in plan.all_findings()] == ["title"]
    write_export(plan, target, redact=True)
    row = read_csv(target)[0]
    assert row["Title"] == f"Visit to {REDACTED}"
    assert NHS in row["Reflection"]  # marked as fine: exported as written


def test_swe_checks_only_the_fields_it_writes(vault: Vault, tmp_path: Path) -> None:
    entry_id = add(vault, "Course", D(2026, 3, 1), body=f"NHS {NHS} in the private notes.")
    CpdRepository(vault).save(
        entry_id, CpdFields(description="A course.", learning="L", impact="I")
    )
    result = run_export(vault, "swe", tmp_path / "swe.txt")
    assert result.records == 1
    assert NHS not in (tmp_path / "swe.txt").read_text(encoding="utf-8")
    with pytest.raises(IdentifiersFound):
        run_export(vault, "md", tmp_path / "all.md")


def test_hcpc_profile_text_is_checked_and_redacted(vault: Vault, tmp_path: Path) -> None:
    from docx import Document

    HcpcProfileRepository(vault).save(
        HcpcProfile(summary="I work in a team.", statement="I supported Mr Adeyemi at home.")
    )
    with pytest.raises(IdentifiersFound):
        run_export(vault, "hcpc", tmp_path / "hcpc.docx")
    run_export(vault, "hcpc", tmp_path / "hcpc.docx", redact=True)
    texts = [p.text for p in Document(str(tmp_path / "hcpc.docx")).paragraphs]
    assert f"I supported {REDACTED} at home." in texts
    assert HcpcProfileRepository(vault).latest().statement == "I supported Mr Adeyemi at home."


def test_output_path_is_checked(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(BadOutputPath, match="is the vault itself"):
        run_export(vault, "csv", vault.path)
    with pytest.raises(BadOutputPath, match="is a folder"):
        run_export(vault, "csv", tmp_path)
    with pytest.raises(BadOutputPath, match="does not exist"):
        run_export(vault, "csv", tmp_path / "missing" / "out.csv")
    assert vault.entries.count() == 0  # the vault still works
