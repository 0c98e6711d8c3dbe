"""CSV with a column mapping: the preview and guess the dialog uses, and the import itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supervision_app.core.imports import parse_day
from supervision_app.export.importers import InvalidImport
from supervision_app.export.importers.csv_import import csv_preview, guess_mapping, import_csv
from supervision_app.storage.vault import Vault
from tests.conftest import FakeClock
from tests.unit.test_jsonl_roundtrip import vault_state

SAMPLE = Path(__file__).parent.parent / "data" / "imports" / "cpd-log.csv"
HEADERS = ["Date of activity", "Activity", "What I learnt", "Hours", "Type", "Tags"]


def test_preview_and_guess_for_the_mapping_dialog() -> None:
    headers, rows = csv_preview(SAMPLE, rows=2)
    assert headers == HEADERS
    assert rows[0][:2] == ["03/02/2026", "Safeguarding course"]
    assert len(rows) == 2
    assert guess_mapping(headers) == {
        "title": "Activity",
        "body": "What I learnt",
        "date": "Date of activity",
        "tags": "Tags",
        "hours": "Hours",
        "kind": "Type",
    }
    assert guess_mapping(["Subject", "Notes", "Date", "Minutes", "Hours"]) == {
        "title": "Subject",
        "body": "Notes",
        "date": "Date",
        "minutes": "Minutes",
    }
    assert guess_mapping(["Colour", "Size"]) == {}


def test_the_sample_imports_with_the_guessed_mapping(vault: Vault) -> None:
    headers, _rows = csv_preview(SAMPLE)
    result = import_csv(vault, SAMPLE, guess_mapping(headers))
    assert result.entries == 3  # the empty row is skipped
    [course] = vault.entries.search("Safeguarding course")
    entry = vault.entries.get(course.id)
    assert entry.practice_date == dt.date(2026, 2, 3)  # day first: 3 February
    assert entry.minutes == 210 and entry.kind == "cpd_activity"
    assert entry.tags == ("training", "safeguarding")
    assert entry.body == "Making Safeguarding Personal.\nA second paragraph."
    dates = sorted(s.practice_date for s in vault.entries.page())
    assert dates == [dt.date(2026, 2, 3), dt.date(2026, 2, 10), dt.date(2026, 2, 14)]


def test_a_partial_mapping_defaults_the_rest(vault: Vault, clock: FakeClock) -> None:
    import_csv(vault, SAMPLE, {"title": "Activity"})
    summaries = vault.entries.page()
    assert len(summaries) == 3
    today = clock.now.astimezone().date()
    assert {s.practice_date for s in summaries} == {today}
    assert {s.kind for s in summaries} == {"reflection"}


def test_excel_style_semicolons_and_windows_1252(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Titre;Date;Minutes\r\nCaf\u00e9 with the team;1/3/26;1:30\r\n".encode("cp1252")
    )
    import_csv(vault, path, {"title": "Titre", "date": "Date", "minutes": "Minutes"})
    [entry] = vault.entries.page()
    assert (entry.title, entry.practice_date) == ("Caf\u00e9 with the team", dt.date(2026, 3, 1))
    assert vault.entries.get(entry.id).minutes == 90


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("31/02/2026,A,B,1,Note,", ["Row 3, column 'Date of activity'", "31/02/2026"]),
        ("01/02/2026,A,B,lots,Note,", ["Row 3, column 'Hours'", "lots"]),
        ("01/02/2026,A,B,999,Note,", ["Row 3, column 'Hours'", "between 0 and 336"]),
        ("01/02/2026,,,1,Note,", ["Row 3", "neither the title nor the body"]),
        ("01/02/2026,A,B,1,Not a kind!,", ["Row 3", "not a valid kind"]),
    ],
)
def test_a_bad_row_names_its_row_and_column_and_imports_nothing(
    vault: Vault, tmp_path: Path, row: str, words: list[str]
) -> None:
    path = tmp_path / "bad.csv"
    good = "02/02/2026,Fine,Fine,1,Note,"
    path.write_text(f"{','.join(HEADERS)}\n{good}\n{row}\n{good}\n", encoding="utf-8")
    before = vault_state(vault)
    with pytest.raises(InvalidImport) as caught:
        import_csv(vault, path, guess_mapping(HEADERS))
    for word in words:
        assert word in str(caught.value)
    assert vault_state(vault) == before


def test_a_bad_mapping_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidImport, match="no column 'Dated'"):
        import_csv(vault, SAMPLE, {"title": "Activity", "date": "Dated"})
    with pytest.raises(InvalidImport, match="'mood' is not a field"):
        import_csv(vault, SAMPLE, {"title": "Activity", "mood": "Type"})
    with pytest.raises(InvalidImport, match="title or for the body"):
        import_csv(vault, SAMPLE, {"date": "Date of activity"})
    with pytest.raises(InvalidImport, match="minutes or for hours, not both"):
        import_csv(vault, SAMPLE, {"title": "Activity", "minutes": "Hours", "hours": "Hours"})
    assert vault.entries.count() == 0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-01", dt.date(2026, 3, 1)),
        ("2026-03-01T23:10:00Z", dt.date(2026, 3, 1)),
        ("01/03/2026", dt.date(2026, 3, 1)),
        ("1/3/26", dt.date(2026, 3, 1)),
        ("01-03-2026", dt.date(2026, 3, 1)),
        ("01.03.2026 14:30", dt.date(2026, 3, 1)),
        ("1 March 2026", dt.date(2026, 3, 1)),
        ("Sunday 1st Mar 2026", dt.date(2026, 3, 1)),
        ("2026/03/01", dt.date(2026, 3, 1)),
    ],
)
def test_iso_and_uk_dates(text: str, day: dt.date) -> None:
    assert parse_day(text) == day


@pytest.mark.parametrize("text", ["03/31/2026", "31 Smarch 2026", "tomorrow", "2026-02-30"])
def test_dates_that_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_day(text)


def test_run_import_guesses_the_mapping_when_none_is_given(vault: Vault) -> None:
    from supervision_app.export.importers import run_import

    assert run_import(vault, "csv", SAMPLE).entries == 3
    assert sorted(s.title for s in vault.entries.page()) == [
        "Reading group",
        "Safeguarding course",
        "Shadowed a colleague",
    ]
