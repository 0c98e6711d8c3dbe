"""Minimal entry lines: entries from scripts and other tools, the rest defaulted."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.export.importers import InvalidImport
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.vault import Vault
from tests.conftest import FakeClock
from tests.unit.test_jsonl_roundtrip import vault_state

SAMPLE = Path(__file__).parent.parent / "data" / "imports" / "minimal.jsonl"


def _write(path: Path, *lines: object) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_the_sample_file_imports_with_defaults(vault: Vault, clock: FakeClock) -> None:
    result = import_jsonl(vault, SAMPLE)
    count = len(SAMPLE.read_text(encoding="utf-8").split("\n")) - 1
    assert result.entries == count == vault.entries.count()
    rows = {e.title: vault.entries.get(e.id) for e in vault.entries.page(limit=100)}
    only_body = rows[""]
    assert only_body.kind == "reflection" and only_body.minutes == 0 and only_body.tags == ()
    assert only_body.practice_date == clock.now.astimezone().date()  # today, by the vault clock
    assert only_body.created_at == clock.now
    full = rows["Group supervision: transitions"]
    assert (full.kind, full.minutes, full.practice_date) == (
        "supervision",
        90,
        dt.date(2026, 2, 11),
    )
    assert full.tags == ("group", "transitions")
    uk = rows["Reading: strengths-based practice"]
    assert uk.practice_date == dt.date(2026, 1, 3) and uk.tags == ("reading", "strengths")
    assert uk.kind == "cpd_activity"
    assert [s.title for s in vault.entries.search("ecomap")] == ["Ecomap with a young person"]


def test_minimal_lines_after_a_dump_take_ids_after_it(
    vault: Vault, tmp_path: Path, clock: FakeClock
) -> None:
    vault.entries.add(Entry(title="Kept", body="first"))
    dump = tmp_path / "dump.jsonl"
    export_jsonl(vault, dump)
    lines = [json.loads(x) for x in dump.read_text(encoding="utf-8").splitlines()]
    end = lines.pop()
    lines += [{"type": "entry", "title": "Added by a script"}, {"body": "And another"}]
    end["lines"] += 2
    _write(dump, *lines, end)
    result = import_jsonl(vault, dump)
    assert result.entries == 3
    titles = [vault.entries.get(i).title for i in range(1, 5)]
    assert titles == ["Kept", "Kept", "Added by a script", ""]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ({"title": "x", "date": "31/02/2026"}, ["field 'date'", "31/02/2026"]),
        ({"title": "x", "minutes": -5}, ["field 'minutes'"]),
        ({"title": "x", "minutes": "a while"}, ["field 'minutes'", "a while"]),
        ({"title": "x", "tags": 5}, ["field 'tags'"]),
        ({"title": 12}, ["field 'title'", "expected text"]),
        ({"title": "x", "colour": "red"}, ["no field 'colour'"]),
        ({"title": "x", "kind": "not a kind!"}, ["not a valid kind"]),
        ({"tags": ["only tags"]}, ["needs a title or a body"]),
    ],
)
def test_a_bad_minimal_line_names_its_field_and_imports_nothing(
    vault: Vault, tmp_path: Path, line: dict[str, object], words: list[str]
) -> None:
    path = _write(tmp_path / "bad.jsonl", {"title": "Fine"}, line, {"title": "Also fine"})
    before = vault_state(vault)
    with pytest.raises(InvalidImport) as caught:
        import_jsonl(vault, path)
    message = str(caught.value)
    assert message.startswith("Line 2")
    for word in words:
        assert word in message
    assert vault_state(vault) == before


def test_a_dry_run_counts_and_writes_nothing(vault: Vault) -> None:
    before = vault_state(vault)
    result = import_jsonl(vault, SAMPLE, dry_run=True)
    assert result.entries == len(SAMPLE.read_text(encoding="utf-8").splitlines())
    assert vault_state(vault) == before
