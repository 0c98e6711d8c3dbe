"""Dates as people in the UK type and read them.

A date field takes what a user types ("5/11/2026", "5 Nov 2026", "2026-11-05", "today",
"yesterday") and shows it back in one clear form ("Thu 5 Nov 2026"), so a misread day or
month is seen at once. Numeric dates are always day first: this is a UK app, and ISO dates
(year first) are the only other numeric order accepted.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["MONTHS", "display_date", "parse_uk_date"]

#: Month names and abbreviations (lower case) -> month number; importers read them too.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
}
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_YEAR = re.compile(r"\d{4}|\d{2}")


def _year(text: str | None, today: dt.date) -> int:
    if text is None:
        return today.year
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _words(words: list[str], today: dt.date) -> dt.date | None:
    """``5 Nov 2026``, ``5th November``, ``Nov 5 2026`` (a weekday in front is ignored)."""
    if words and words[0] in _WEEKDAYS:
        words = words[1:]
    if len(words) not in (2, 3):
        return None
    year_text = words[2] if len(words) == 3 else None
    if year_text is not None and not _YEAR.fullmatch(year_text):
        return None
    first, second = words[0], words[1]
    if first in MONTHS and (m := _DAY.fullmatch(second)):
        month, day = MONTHS[first], int(m.group(1))
    elif second in MONTHS and (m := _DAY.fullmatch(first)):
        month, day = MONTHS[second], int(m.group(1))
    else:
        return None
    return _make(_year(year_text, today), month, day)


def parse_uk_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` means, or ``None`` when it is not a date (the caller says so).

    A missing year is this year (``today``'s); a two-digit year is in this century.
    """
    cleaned = text.strip().lower().replace(",", " ")
    if not cleaned:
        return None
    if cleaned in _RELATIVE:
        return today + dt.timedelta(days=_RELATIVE[cleaned])
    if m := _ISO.fullmatch(cleaned):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _NUMERIC.fullmatch(cleaned):
        return _make(_year(m.group(3), today), int(m.group(2)), int(m.group(1)))
    return _words(cleaned.replace(".", " ").split(), today)


def display_date(day: dt.date) -> str:
    """``Thu 5 Nov 2026``: the weekday shows at a glance whether the right day was typed."""
    # Not strftime: Qt sets the C locale from the environment, and the form must stay English.
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{weekday} {day.day} {month[day.month - 1]} {day.year}"
