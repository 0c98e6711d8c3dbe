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
    # 03/02/2026 is the only numeric date: 3 February or 2 March? The user must say.
    with pytest.raises(InvalidImport) as caught:
        import_csv(vault, SAMPLE, guess_mapping(headers))
    assert caught.value.date_examples == ("03/02/2026",)
    assert "'03/02/2026' is 3 February 2026 or 2 March 2026" in str(caught.value)
    assert vault.entries.count() == 0
    result = import_csv(vault, SAMPLE, guess_mapping(headers), date_order="dmy")
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
    import_csv(
        vault, path, {"title": "Titre", "date": "Date", "minutes": "Minutes"}, date_order="dmy"
    )
    [entry] = vault.entries.page()
    assert (entry.title, entry.practice_date) == ("Caf\u00e9 with the team", dt.date(2026, 3, 1))
    assert vault.entries.get(entry.id).minutes == 90


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_excel_unicode_text_utf_16_with_tabs(vault: Vault, tmp_path: Path, encoding: str) -> None:
    """Excel's "Unicode Text (*.txt)" (and Numbers' UTF-16 CSV) is UTF-16 with a byte-order
    mark and tabs. It was read as Windows-1252: one column named "ÿþD\x00a\x00..." and
    "Choose a column for the title or for the body"."""
    path = tmp_path / "cpd log.txt"
    text = (
        "Date\tTitle\tNotes\r\n02/03/2026\tVisit to the caf\u00e9\tTalked \u201cchoices\u201d\r\n"
    )
    data = text.encode(encoding)
    path.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
    headers, rows = csv_preview(path)
    assert headers == ["Date", "Title", "Notes"]
    assert rows == [["02/03/2026", "Visit to the caf\u00e9", "Talked \u201cchoices\u201d"]]
    import_csv(vault, path, guess_mapping(headers), date_order="dmy")
    [entry] = vault.entries.page()
    assert (entry.title, entry.practice_date) == ("Visit to the caf\u00e9", dt.date(2026, 3, 2))


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
        import_csv(vault, path, guess_mapping(HEADERS), date_order="dmy")
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

    assert run_import(vault, "csv", SAMPLE, date_order="dmy").entries == 3
    assert sorted(s.title for s in vault.entries.page()) == [
        "Reading group",
        "Safeguarding course",
        "Shadowed a colleague",
    ]


DATA = Path(__file__).parent.parent / "data" / "imports"


def test_british_and_american_files_decide_their_own_order(vault: Vault) -> None:
    from supervision_app.export.importers import run_import

    assert run_import(vault, "csv", DATA / "cpd-log-en-GB.csv").entries == 3
    uk = sorted(s.practice_date for s in vault.entries.page())
    assert uk == [dt.date(2025, 11, 25), dt.date(2025, 12, 3), dt.date(2026, 1, 14)]
    result = run_import(vault, "csv", DATA / "cpd-log-en-US.csv", dry_run=True)
    assert "dates were read month first" in result.summary()
    with pytest.raises(InvalidImport, match="can only be month first, not day first"):
        run_import(vault, "csv", DATA / "cpd-log-en-US.csv", date_order="dmy")


def test_ambiguous_dates_need_the_order_chosen(vault: Vault) -> None:
    """The defect: 1/5/2026 with nothing to decide the order imported silently as 1 May."""
    from supervision_app.export.importers import run_import

    with pytest.raises(InvalidImport) as caught:
        run_import(vault, "csv", DATA / "cpd-log-ambiguous.csv")
    assert caught.value.date_examples == ("1/5/2026", "3/4/2026")
    assert vault.entries.count() == 0
    run_import(vault, "csv", DATA / "cpd-log-ambiguous.csv", date_order="mdy")
    dates = sorted(s.practice_date for s in vault.entries.page())
    assert dates == [dt.date(2026, 1, 5), dt.date(2026, 3, 4)]


def test_dates_in_both_orders_are_refused(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Title,Date\nA,25/12/2025\nB,12/25/2025\n", encoding="utf-8")
    with pytest.raises(InvalidImport, match="'25/12/2025' is day first but '12/25/2025'"):
        import_csv(vault, path, None)


def test_our_own_csv_export_reimports_into_the_same_fields(vault: Vault, tmp_path: Path) -> None:
    """The defect: the body came from 'What I learnt', the Reflection column was ignored."""
    from dataclasses import replace

    from supervision_app.core.entries import Entry
    from supervision_app.export.service import run_export
    from supervision_app.storage.cpd.records import load_records
    from tests.conftest import PASSPHRASE
    from tests.data.cpd_samples import add_sample_portfolio

    add_sample_portfolio(vault)
    vault.attachments.add(vault.cpd.entry_ids()[0], "certificate.pdf", b"%PDF-1.4 synthetic")
    vault.entries.add(
        Entry(
            title="=Formula-looking title",
            body="-starts with a dash",
            practice_date=dt.date(2026, 4, 1),
        )
    )
    path = tmp_path / "export.csv"
    run_export(vault, "csv", path, allow_identifiers=True)
    other = tmp_path / "other.sjvault"
    with Vault.create(other, PASSPHRASE) as fresh:
        result = import_csv(fresh, path, None)
        assert result.entries == vault.entries.count()
        assert "1 record listed evidence files, which a CSV file does not hold" in (
            result.summary()
        )
        assert "(certificate.pdf); add them to the record again" in result.dropped[0]

        def state(v: Vault) -> list[tuple[object, ...]]:
            ids = [s.id for s in v.entries.page(limit=100)]
            out = []
            for r in load_records(v, ids):
                e = r.entry
                cpd = replace(r.cpd, peer_reflection_id=None) if r.cpd else None
                out.append(
                    (e.title, e.body, e.kind, e.practice_date, e.minutes, e.tags, cpd, r.links)
                )
            return sorted(out, key=repr)

        assert state(fresh) == state(vault)


@pytest.mark.parametrize(
    ("column", "value", "minutes"),
    [
        # Excel turns a typed 1:30 into a time and saves it as shown: "01:30" or "1:30:00".
        ("Duration", "1:30:00", 90),
        ("Duration", "01:30", 90),
        ("Hours", "1:30", 90),
        ("Hours", "01:30:00", 90),
        ("Hours", "1.5", 90),
        # Written with units, as people keep a log by hand.
        ("Duration", "90 min", 90),
        ("Duration", "1 h 30 min", 90),
        ("Duration", "2 hours", 120),
        ("Hours", "1h 30m", 90),
        ("Hours", "6 hours", 360),
        ("Hours", "1.5 hrs", 90),
    ],
)
def test_time_spent_as_spreadsheets_write_it(
    vault: Vault, tmp_path: Path, column: str, value: str, minutes: int
) -> None:
    """ "1:30:00" (a duration saved from Excel) and "6 hours" were refused as "not a number
    of minutes (use 90 or 1:30)" or "not a number of hours (use 1.5)"."""
    path = tmp_path / "log.csv"
    path.write_text(f"Title,{column}\r\nCourse,{value}\r\n", encoding="utf-8")
    import_csv(vault, path, guess_mapping(["Title", column]), date_order="dmy")
    [entry] = vault.entries.page()
    assert vault.entries.get(entry.id).minutes == minutes


@pytest.mark.parametrize(
    ("column", "value"), [("Duration", "1:75"), ("Hours", "lots"), ("Hours", "2 days")]
)
def test_time_spent_that_is_not_one_is_refused(
    vault: Vault, tmp_path: Path, column: str, value: str
) -> None:
    path = tmp_path / "log.csv"
    path.write_text(f"Title,{column}\r\nCourse,{value}\r\n", encoding="utf-8")
    with pytest.raises(InvalidImport, match=f"Row 2, column '{column}'"):
        import_csv(vault, path, guess_mapping(["Title", column]), date_order="dmy")
    assert vault.entries.count() == 0
