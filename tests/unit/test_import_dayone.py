"""Day One's JSON export (the Journal.json, or the .zip read in memory) into a real vault."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from supervision_app.export.importers import InvalidImport
from supervision_app.export.importers.dayone import import_dayone, split_title, undo_escapes
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
    # No heading: the first line is the title, as Day One shows it.
    assert plain.title == "No heading here, just a thought about the team meeting."
    assert vault.entries.get(plain.id).body == "Second line."


def test_the_journal_json_imports(vault: Vault) -> None:
    result = import_dayone(vault, SAMPLE)
    assert result.entries == 3
    assert "1 media file was not imported (listed below)" in result.summary()
    assert result.dropped == ["Journal.json, entry 1: photo 1 (00.jpeg) is not in the export"]
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
    assert split_title("#hashtag not a heading\nBody") == ("#hashtag not a heading", "Body")
    assert split_title("![](dayone-moment://AB12)\nLunch *club*\nMore") == (
        "Lunch club",
        "![](dayone-moment://AB12)\nMore",
    )
    long = "word " * 40
    title, body = split_title(long + "\nRest")
    assert title.endswith("…") and len(title) <= 121 and body.startswith("word word")


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


EXPORT = Path(__file__).parent.parent / "data" / "imports" / "dayone-export"


def _export_zip(tmp_path: Path) -> Path:
    members = {
        f"Export/{p.relative_to(EXPORT).as_posix()}": p.read_bytes()
        for p in EXPORT.rglob("*")
        if p.is_file()
    }
    return _zip(tmp_path / "Export - Journal.zip", **members)


def test_undo_escapes_keeps_what_would_change_the_markdown() -> None:
    assert undo_escapes("calm\\. plan \\(agreed\\) \\- ok\\!") == "calm. plan (agreed) - ok!"
    assert undo_escapes("1\\. a number\n\\- a dash\n  \\# hash") == (
        "1\\. a number\n\\- a dash\n  \\# hash"
    )
    assert undo_escapes("keep \\*stars\\* and \\_under\\_") == "keep \\*stars\\* and \\_under\\_"


def test_a_real_export_brings_everything_across(vault: Vault, tmp_path: Path) -> None:
    """The defects: untitled entries, escapes and links left in, media dropped, location lost."""
    result = import_dayone(vault, _export_zip(tmp_path))
    assert result.entries == 4 and result.attachments == 3
    summary = result.summary()
    assert "with 3 evidence files (encrypted in the vault)" in summary
    assert result.dropped == [
        "Export/Journal.json, entry 3: video 1 (4f2b6c0e9d8a7b6c5d4e3f2a1b0c9d8e.mov) "
        "is not in the export"
    ]
    [visit] = vault.entries.search("centre")
    entry = vault.entries.get(visit.id)
    assert entry.title == "Home visit with the duty team"
    assert "We met at the day centre. The plan (agreed last week) held." in entry.body
    assert "1\\. This line starts with a number" in entry.body  # would become a list
    assert "Risk stayed *low* - no new concerns!" in entry.body
    assert "dayone-moment" not in entry.body
    assert "[Evidence file: 2026-03-04-photo-1.jpeg]" in entry.body
    assert entry.body.endswith(
        "Location: Millennium Square, Leeds, England, United Kingdom  \nWeather: 9 °C, Light rain"
    )
    assert entry.tags == ("home visit", "reflection", "starred", "pinned")
    [photo] = vault.attachments.list(visit.id)
    assert photo.filename == "2026-03-04-photo-1.jpeg" and photo.media_type == "image/jpeg"
    assert vault.attachments.data(photo.id) == next((EXPORT / "photos").glob("89be*")).read_bytes()
    [talk] = vault.entries.search("caseload")
    entry = vault.entries.get(talk.id)
    assert entry.title == "Thoughts before supervision - what to bring"
    assert entry.body.startswith("Talk about the caseload (three new referrals).")
    assert "[Evidence file: 2026-02-10-audio-1.m4a]" in entry.body
    assert [a.filename for a in vault.attachments.list(talk.id)] == ["2026-02-10-audio-1.m4a"]
    [lunch] = vault.entries.search("volunteers")
    entry = vault.entries.get(lunch.id)
    assert entry.title == "Lunch club: the new volunteers settled in."
    assert entry.body.startswith("[Evidence file: 2026-01-22-photo-1.jpeg]")
    assert "[Video not imported: not in the export]" in entry.body
    [long] = vault.entries.search("spring")
    assert vault.entries.get(long.id).title.endswith("…")


def test_the_journal_json_finds_media_beside_it(vault: Vault) -> None:
    result = import_dayone(vault, EXPORT / "Journal.json")
    assert result.attachments == 3 and len(result.dropped) == 1


def test_a_dry_run_lists_what_would_be_left_out(vault: Vault, tmp_path: Path) -> None:
    before = vault_state(vault)
    result = import_dayone(vault, _export_zip(tmp_path), dry_run=True)
    assert result.entries == 4 and result.attachments == 3 and len(result.dropped) == 1
    assert vault_state(vault) == before


def test_a_jrnl_export_chosen_as_day_one_says_which_it_is(vault: Vault) -> None:
    """Every entry's "field 'creationDate': expected a date and time, found nothing" said
    what was missing, not that the file is jrnl's."""
    jrnl = Path(__file__).parent.parent / "data" / "imports" / "jrnl.json"
    with pytest.raises(InvalidImport) as caught:
        import_dayone(vault, jrnl)
    assert caught.value.problems == [
        "jrnl.json looks like a jrnl JSON export, not a Day One JSON export: "
        "import it as a jrnl JSON export"
    ]
    assert vault.entries.count() == 0
