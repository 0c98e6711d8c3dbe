"""The companion's commands in real subprocesses on a real vault."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import docx

from supervision_app.core.entries import Entry
from supervision_app.core.guided import GuidedReflection
from supervision_app.core.supervision.model import Decision
from supervision_app.storage.vault import Vault
from tests.cli.helpers import fails, ok, run
from tests.conftest import PASSPHRASE
from tests.unit.test_companion_depth import CRITICAL, DESCRIPTIVE
from tests.unit.test_companion_extract import PLANTED, planted_session


def _vault(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "j.sjvault"
    ids: dict[str, int] = {}
    with Vault.create(path, PASSPHRASE) as vault:
        plain = vault.entries.add(
            Entry(title="Visit", practice_date=dt.date(2026, 2, 1), body=DESCRIPTIVE)
        )
        deep = vault.entries.add(
            Entry(title="Deep", practice_date=dt.date(2026, 2, 2), body=CRITICAL)
        )
        guided = vault.entries.add(
            Entry(title="Gibbs", practice_date=dt.date(2026, 2, 3), body="x")
        )
        assert plain.id and deep.id and guided.id
        vault.guided.save(guided.id, GuidedReflection("gibbs", answers={"description": "We met."}))
        record = planted_session(vault)
        assert record.id is not None
        ids.update(plain=plain.id, deep=deep.id, guided=guided.id, session=record.id)
        ids["partner"] = record.partner_id
    return path, ids


def test_depth_json_and_text(tmp_path: Path) -> None:
    path, ids = _vault(tmp_path)
    plain = json.loads(ok(run("--vault", path, "depth", str(ids["plain"]), "--json")))
    deep = json.loads(ok(run("--vault", path, "depth", str(ids["deep"]), "--json")))
    assert plain["level"] == {"number": 1, "name": "Descriptive writing"}
    assert deep["level"] == {"number": 4, "name": "Critical reflection"}
    assert any("whose view is missing" in p for p in plain["prompts"])
    guided = json.loads(ok(run("--vault", path, "depth", str(ids["guided"]), "--json")))
    assert guided["model"] == "Gibbs' reflective cycle"
    assert guided["stages_answered"] == ["description"]
    text = ok(run("--vault", path, "depth", str(ids["plain"])))
    assert "whose view is missing" in text and "Descriptive writing" not in text  # no level
    fails(run("--vault", path, "depth", "999"), 1)


def test_flag_prep_and_wellbeing(tmp_path: Path) -> None:
    path, ids = _vault(tmp_path)
    ok(run("--vault", path, "flag", str(ids["plain"]), "--partner", str(ids["partner"])))
    ok(
        run(
            "--vault", path, "wellbeing", "add", "--impact", "4", "--energy", "2", "--word", "tired"
        )
    )
    fails(run("--vault", path, "wellbeing", "add", "--impact", "9", "--energy", "2"), 2, "1 to 5")
    draft = json.loads(ok(run("--vault", path, "prep", "--partner", str(ids["partner"]), "--json")))
    assert draft["flagged"] == [f"Bring: Visit (1 Feb 2026, entry {ids['plain']})"]
    assert [a.split(": ", 1)[1] for a in draft["actions"]] == [
        "Book the OT assessment (me)",
        "Ask about the rota (AB)",
    ]
    assert draft["wellbeing"][0].startswith("Wellbeing since 2 Mar 2026")
    assert (
        draft["agenda"]
        == draft["flagged"] + draft["actions"] + draft["gaps"] + draft["cpd"] + draft["wellbeing"]
    )
    ok(run("--vault", path, "unflag", str(ids["plain"])))
    draft = json.loads(ok(run("--vault", path, "prep", "--partner", str(ids["partner"]), "--json")))
    assert draft["flagged"] == []
    fails(run("--vault", path, "wellbeing", "--period", "1"), 2, "from 3 to 90 days")
    data = json.loads(ok(run("--vault", path, "wellbeing", "--json")))
    assert [(c["impact"], c["energy"], c["word"]) for c in data["checkins"]] == [(4, 2, "tired")]
    assert data["period_days"] == 14 and data["suggest_raising"] is False


def test_session_extract(tmp_path: Path) -> None:
    path, ids = _vault(tmp_path)
    text = ok(run("--vault", path, "session", "extract", str(ids["session"])))
    assert "Increase visits to weekly" in text and "Case: General" in text
    assert not any(word in text for word in PLANTED.values())
    only = ok(run("--vault", path, "session", "extract", str(ids["session"]), "--case", "Case R2"))
    assert "Book the OT assessment" in only and "Increase visits" not in only
    out = tmp_path / "k7.docx"
    ok(run("--vault", path, "session", "extract", str(ids["session"]), "--out", out))
    written = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Falls risk has risen" in written
    assert not any(word in written for word in PLANTED.values())
    fails(run("--vault", path, "session", "extract", str(ids["session"]), "--case", "Q"), 2)


def test_session_extract_refuses_identifiers_unless_told(tmp_path: Path) -> None:
    path = tmp_path / "j.sjvault"
    with Vault.create(path, PASSPHRASE) as vault:
        record = planted_session(vault)
        assert record.id is not None
        vault.supervision.sessions.save(
            replace(record, decisions=(Decision("Call her on 07700 900123", "", "K9"),))
        )
    out = tmp_path / "x.txt"
    fails(
        run("--vault", path, "session", "extract", str(record.id), "--out", out),
        5,
        "anonymisation check",
    )
    assert not out.exists()
    ok(run("--vault", path, "session", "extract", str(record.id), "--out", out, "--redact"))
    text = out.read_text(encoding="utf-8")
    assert "07700 900123" not in text and "[redacted]" in text
    kept = ok(run("--vault", path, "session", "extract", str(record.id), "--allow-identifiers"))
    assert "07700 900123" in kept
