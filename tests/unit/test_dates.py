"""Typed dates: the forms people in the UK use, day first, with one clear display form."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.dates import display_date, parse_uk_date

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
