"""Day One's JSON export (the Journal.json, or the .zip read in memory) into a real vault."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from supervision_app.export.importers import InvalidImport
from supervision_app.export.importers.dayone import import_dayone, split_title
from supervision_app.storage.vault import Vault
from tests.unit.test_jsonl_roundtrip import vault_state

SAMPLE = Path(__file__).parent.parent / "data" / "imports" / "dayone" / "Journal.json"


def _zip(path: Path, **members: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _check_sample(vault: Vault) -> None:
    [night] = vault.entries.search("handover")
    entry = vault.entries.get(night.id)
    assert entry.title == "A late night on shift"  # the heading line
    assert entry.body.startswith("The handover was calm")
    # 23:30 UTC on 28 March is 00:30 on the 29th in Paris (summer time began that night).
    assert entry.practice_date == dt.date(2026, 3, 29)
    assert entry.tags == ("reflection", "night shift", "starred")
    assert entry.created_at == dt.datetime(2026, 3, 28, 23, 30, tzinfo=dt.UTC)
    assert entry.updated_at == dt.datetime(2026, 3, 29, 8, 0, tzinfo=dt.UTC)
    [plain] = vault.entries.search("team meeting")
    assert plain.title == ""  # no heading, no title
    assert vault.entries.get(plain.id).body.endswith("Second line.")


def test_the_journal_json_imports(vault: Vault) -> None:
    result = import_dayone(vault, SAMPLE)
    assert result.entries == 3
    assert "1 entry had photos or other media, which was not imported" in result.summary()
    _check_sample(vault)


def test_the_export_zip_is_read_in_memory(vault: Vault, tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "Export.zip",
        **{"Journal.json": SAMPLE.read_bytes(), "photos/abc.jpeg": b"\xff\xd8 not imported"},
    )
    assert import_dayone(vault, archive).entries == 3
    _check_sample(vault)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Export.zip", "vaults"]


def test_split_title() -> None:
    assert split_title("# Title #\nBody") == ("Title", "Body")
    assert split_title("\n### Deep\n\nBody\n") == ("Deep", "Body")
    assert split_title("#hashtag not a heading\nBody") == ("", "#hashtag not a heading\nBody")


def test_a_bad_entry_or_archive_imports_nothing(vault: Vault, tmp_path: Path) -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["entries"][2]["creationDate"] = "yesterday"
    data["entries"][1]["text"] = 5
    before = vault_state(vault)
    archive = _zip(tmp_path / "bad.zip", **{"Journal.json": json.dumps(data).encode()})
    with pytest.raises(InvalidImport) as caught:
        import_dayone(vault, archive)
    assert caught.value.problems == [
        "Journal.json, entry 2: field 'text': expected text, found a number",
        "Journal.json, entry 3: field 'creationDate': 'yesterday' is not a date and time",
    ]
    with pytest.raises(InvalidImport, match="holds no Day One journal"):
        import_dayone(vault, _zip(tmp_path / "empty.zip", **{"photos/a.jpeg": b"x"}))
    assert vault_state(vault) == before
