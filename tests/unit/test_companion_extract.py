"""The case-record extract: decisions, rationale and actions per case, and no reflection."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import docx

from supervision_app.core.companion.extract import extract_cases
from supervision_app.core.supervision.model import (
    Action,
    CaseDiscussion,
    Decision,
    DiscussionNote,
    SessionRecord,
    Wellbeing,
)
from supervision_app.core.supervision.people import Partner
from supervision_app.export.case_extract import check_extract, redacted_extract, write_extract
from supervision_app.storage.vault import Vault

#: Planted in every part the extract must leave out.
PLANTED = {
    "agenda": "quokkaagenda",
    "discussion": "zebrafinchnote",
    "case": "marmosetcase",
    "wellbeing": "axolotlfeeling",
    "impact": "pangolinimpact",
    "learning": "narwhallearning",
    "cpd": "okapicpd",
    "reevaluation": "tapirreview",
}


def planted_session(vault: Vault) -> SessionRecord:
    repo = vault.supervision
    pid = repo.partners.add(Partner("AB", "supervisor")).id
    assert pid is not None
    draft = repo.sessions.draft(pid, dt.date(2026, 3, 2))
    return repo.sessions.create(
        replace(
            draft,
            agenda=(f"Caseload {PLANTED['agenda']}",),
            discussion=(
                DiscussionNote("four-by-four-by-four:support", f"I felt {PLANTED['discussion']}"),
            ),
            case_discussions=(CaseDiscussion("Case K7", f"Long story {PLANTED['case']}"),),
            wellbeing=Wellbeing(PLANTED["wellbeing"], PLANTED["impact"]),
            decisions=(
                Decision("Increase visits to weekly", "Falls risk has risen", "Case K7"),
                Decision("Refer to occupational therapy", "Stairs are unsafe", "Case R2"),
                Decision("Team rota review", "Cover gaps"),  # no case: "General"
            ),
            learning=PLANTED["learning"],
            cpd=PLANTED["cpd"],
            reevaluation=True,
            reevaluation_notes=PLANTED["reevaluation"],
            new_actions=(
                Action("Book the OT assessment", "me", dt.date(2026, 3, 16), case_ref="Case R2"),
                Action("Ask about the rota", "AB"),
            ),
        )
    )


def test_extract_has_decisions_per_case_and_none_of_the_reflection(
    vault: Vault, tmp_path: Path
) -> None:
    record = planted_session(vault)
    # Stored and read back with their case references.
    assert [d.case_ref for d in record.decisions] == ["Case K7", "Case R2", ""]
    assert [a.case_ref for a in record.new_actions] == ["Case R2", ""]
    extract = extract_cases(record)
    text = extract.text()
    assert [c.case_ref for c in extract.cases] == ["Case K7", "Case R2", "General"]
    for words in (
        "Case: Case K7",
        "1. Increase visits to weekly",
        "Rationale: Falls risk has risen",
        "- Book the OT assessment (owner: me; due 16 Mar 2026)",
        "Case: General",
        "Team rota review",
    ):
        assert words in text
    docx_path = write_extract(text, tmp_path / "extract.docx", title="Extract")
    txt_path = write_extract(text, tmp_path / "extract.txt", title="Extract")
    doc_text = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert "Increase visits to weekly" in doc_text and "Case: Case R2" in doc_text
    assert txt_path.read_text(encoding="utf-8") == text
    for part, word in PLANTED.items():
        assert word not in text, part
        assert word not in doc_text, part
    # The planted words are in the session record itself (so their absence means something).
    body = vault.entries.get(record.id or 0).body
    assert all(word in body for word in PLANTED.values())


def test_one_case_only(vault: Vault) -> None:
    record = planted_session(vault)
    only = extract_cases(record, "case r2").text()
    assert "Refer to occupational therapy" in only and "Book the OT assessment" in only
    assert "Increase visits" not in only and "Team rota" not in only
    assert extract_cases(record, "nobody").cases == ()


def test_identifiers_are_found_and_redacted(vault: Vault) -> None:
    record = planted_session(vault)
    record = replace(
        record, decisions=(Decision("Call Mrs Hetherington on 07700 900123", "", "K9"),)
    )
    extract = extract_cases(record)
    check = check_extract(extract)
    assert check.findings
    redacted = redacted_extract(extract)
    assert "07700 900123" not in redacted and "[redacted]" in redacted
    assert check_extract(extract, ["Hetherington"]).findings
