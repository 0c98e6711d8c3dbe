"""jrnl's JSON export into a real vault."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from supervision_app.export.importers import InvalidImport, run_import
from supervision_app.export.importers.jrnl import import_jrnl
from supervision_app.storage.vault import Vault
from tests.unit.test_jsonl_roundtrip import vault_state

SAMPLE = Path(__file__).parent.parent / "data" / "imports" / "jrnl.json"


def test_the_sample_export_imports_every_entry(vault: Vault) -> None:
    result = import_jrnl(vault, SAMPLE)
    assert result.entries == 3 == vault.entries.count()
    assert result.summary() == "Imported 3 entries."
    starred = vault.entries.get(vault.entries.search("Safeguarding Personal")[0].id)
    assert starred.title == "Safeguarding refresher."
    assert starred.tags == ("training", "starred")  # jrnl's "@" dropped
    assert starred.practice_date == dt.date(2026, 1, 20)
    assert starred.created_at is not None
    assert starred.created_at.astimezone().replace(tzinfo=None) == dt.datetime(2026, 1, 20, 9, 0)
    assert starred.body == "Half a day of @training on Making Safeguarding Personal."
    assert [t for t, _n in vault.entries.all_tags()] == ["starred", "supervision", "training"]


def test_run_import_picks_the_jrnl_reader(vault: Vault) -> None:
    assert run_import(vault, "jrnl", SAMPLE).entries == 3


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda e: e.update(date="14/01/2026"), ["entry 2", "field 'date'", "14/01/2026"]),
        (lambda e: e.update(time="quarter past"), ["entry 2", "field 'time'"]),
        (lambda e: e.update(tags="supervision"), ["entry 2", "field 'tags'"]),
        (lambda e: e.pop("date"), ["entry 2", "field 'date'", "found nothing"]),
        (lambda e: e.update(title=["x"]), ["entry 2", "field 'title'", "a list"]),
    ],
)
def test_a_bad_entry_imports_nothing(
    vault: Vault, tmp_path: Path, change: Callable[[dict[str, Any]], object], words: list[str]
) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    change(data["entries"][1])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = vault_state(vault)
    with pytest.raises(InvalidImport) as caught:
        import_jrnl(vault, path)
    for word in words:
        assert word in str(caught.value)
    assert vault_state(vault) == before


def test_not_a_jrnl_export(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"entries": [\n  {"title": "x",}\n]}', encoding="utf-8")
    with pytest.raises(InvalidImport, match="x.json, line 2: not valid JSON"):
        import_jrnl(vault, path)
    path.write_text('{"journal": []}', encoding="utf-8")
    with pytest.raises(InvalidImport, match="not a jrnl JSON export"):
        import_jrnl(vault, path)
    assert vault.entries.count() == 0


DAYONE = Path(__file__).parent.parent / "data" / "imports" / "dayone" / "Journal.json"


def test_a_day_one_export_chosen_as_jrnl_says_which_it_is(vault: Vault, tmp_path: Path) -> None:
    """Choosing the wrong format in the import menu named a symptom, not the cause: a Day One
    zip "is not UTF-8 text"; its Journal.json gave "field 'date': ... found nothing" for
    every entry. Both now say what the file is."""
    archive = tmp_path / "Export - Journal.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("Journal.json", DAYONE.read_bytes())
    for path in (archive, DAYONE):
        with pytest.raises(InvalidImport) as caught:
            import_jrnl(vault, path)
        assert caught.value.problems == [
            f"{path.name} looks like a Day One JSON export, not a jrnl JSON export: "
            "import it as a Day One JSON export"
        ]
    assert vault.entries.count() == 0
