"""Typed dates: the forms people in the UK use, day first, with one clear display form."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.dates import display_date, numeric_parts, parse_uk_date, read_date
from supervision_app.core.imports import parse_day

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5/11/2026", dt.date(2026, 11, 5)),
        ("05/11/2026", dt.date(2026, 11, 5)),
        ("5.11.2026", dt.date(2026, 11, 5)),
        ("5-11-2026", dt.date(2026, 11, 5)),
        ("5/11/26", dt.date(2026, 11, 5)),
        ("5/11", dt.date(2026, 11, 5)),
        ("5 Nov 2026", dt.date(2026, 11, 5)),
        ("5 november 2026", dt.date(2026, 11, 5)),
        ("5th Nov 2026", dt.date(2026, 11, 5)),
        ("Thu 5 Nov 2026", dt.date(2026, 11, 5)),
        ("Nov 5, 2026", dt.date(2026, 11, 5)),
        ("5 Sept", dt.date(2026, 9, 5)),
        ("2026-11-05", dt.date(2026, 11, 5)),
        ("  today ", TODAY),
        ("Yesterday", dt.date(2026, 12, 2)),
        ("tomorrow", dt.date(2026, 12, 4)),
        ("1/5/2026", dt.date(2026, 5, 1)),  # day first, always
    ],
)
def test_uk_forms_parse(text: str, expected: dt.date) -> None:
    assert parse_uk_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "31/11/2026", "13/13/2026", "5 Novvember 2026", "2026-02-30", "soon", "5"]
)
def test_not_dates_are_refused(text: str) -> None:
    assert parse_uk_date(text, TODAY) is None


def test_display_form_names_the_weekday_and_reads_back() -> None:
    day = dt.date(2026, 11, 5)
    assert display_date(day) == "Thu 5 Nov 2026"
    assert parse_uk_date(display_date(day), TODAY) == day


# -- one reader for typed and imported dates (core.dates.read_date) ----------------------------
# The date field (parse_uk_date) and the importers (core.imports.parse_day) once had a parser
# each; they now share read_date. These pin that the two agree wherever both accept a text,
# and that they differ only where they mean to: a file must write its year and may carry a
# time; a typed date may leave the year out or say "today".

BOTH = [
    ("5/11/2026", dt.date(2026, 11, 5)),
    ("5.11.26", dt.date(2026, 11, 5)),
    ("05-11-2026", dt.date(2026, 11, 5)),
    ("2026-11-05", dt.date(2026, 11, 5)),
    ("2026/11/05", dt.date(2026, 11, 5)),
    ("2026-W45-4", dt.date(2026, 11, 5)),
    ("5 Nov 2026", dt.date(2026, 11, 5)),
    ("Thursday, 5th November 2026", dt.date(2026, 11, 5)),
    ("Weds 4 Nov. 26", dt.date(2026, 11, 4)),
    ("Nov 5, 2026", dt.date(2026, 11, 5)),
    ("5/11/0026", dt.date(26, 11, 5)),  # a four-digit year is read as written, in every form
    ("5 Nov 0026", dt.date(26, 11, 5)),
    # Excel's "d-mmm-yy" and "dd-mmm-yyyy" date formats, as a CSV saved from it writes them
    # (they were "not a date": a CPD log kept in Excel could not be imported).
    ("5-Nov-26", dt.date(2026, 11, 5)),
    ("05-Nov-2026", dt.date(2026, 11, 5)),
    ("05-November-2026", dt.date(2026, 11, 5)),
    ("Nov-05-2026", dt.date(2026, 11, 5)),
]


@pytest.mark.parametrize(("text", "expected"), BOTH)
def test_typed_and_imported_dates_read_alike(text: str, expected: dt.date) -> None:
    assert parse_uk_date(text, TODAY) == expected
    assert parse_day(text) == expected


@pytest.mark.parametrize("text", ["5/11", "5 Nov", "Nov 5", "today", "yesterday"])
def test_a_file_must_write_its_year(text: str) -> None:
    """A typed date may leave the year out (this year); an imported one may not be guessed."""
    assert parse_uk_date(text, TODAY) is not None
    with pytest.raises(ValueError, match="is not a date"):
        parse_day(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/11/2026 14:30", dt.date(2026, 11, 5)),
        ("5 Nov 2026 2:30 pm", dt.date(2026, 11, 5)),
        ("2026-11-05T23:10:00Z", dt.date(2026, 11, 5)),
        ("2026-11-05T23:10:00-05:00", dt.date(2026, 11, 5)),  # the day written, not converted
    ],
)
def test_only_imports_take_a_time_of_day(text: str, expected: dt.date) -> None:
    assert parse_day(text) == expected
    assert parse_uk_date(text, TODAY) is None


def test_month_first_only_when_asked() -> None:
    assert parse_day("3/4/2026") == dt.date(2026, 4, 3)
    assert parse_day("3/4/2026", "mdy") == dt.date(2026, 3, 4)
    assert read_date("3/4/2026", order="mdy") == dt.date(2026, 3, 4)
    assert read_date("4 Mar 2026", order="mdy") == dt.date(2026, 3, 4)  # words are never in doubt


@pytest.mark.parametrize(
    ("text", "parts"),
    [("1/5/2026", (1, 5)), ("13.05.26 10:00", (13, 5)), ("1/5", None), ("1 May 2026", None)],
)
def test_numeric_parts_need_the_year(text: str, parts: tuple[int, int] | None) -> None:
    assert numeric_parts(text) == parts


def test_more_month_names_are_read_and_english_still_wins() -> None:
    spanish = {"noviembre": 11, "nov": 11, "mar": 3, "may": 1}  # "may": a clash, on purpose
    assert read_date("miércoles 5 noviembre 2026", months=spanish) == dt.date(2026, 11, 5)
    assert read_date("5 noviembre 2026") is None  # not without the names
    assert read_date("5 May 2026", months=spanish) == dt.date(2026, 5, 5)
