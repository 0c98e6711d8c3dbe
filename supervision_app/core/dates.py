"""Dates as people in the UK type and read them.

A date field takes what a user types ("5/11/2026", "5 Nov 2026", "2026-11-05", "today",
"yesterday") and shows it back in one clear form ("Thu 5 Nov 2026"), so a misread day or
month is seen at once. Numeric dates are day first: this is a UK app, and ISO dates (year
first) are the only other numeric order accepted, unless an importer is told a file writes
its dates month first. The importers read dates with the same :func:`read_date`, strictly:
a file must write its year, and nothing relative ("today") is guessed.
"""

from __future__ import annotations

import datetime as dt
import re

TYPE_CHECKING = False  # not typing's own: the command line imports this module
if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["MONTHS", "display_date", "numeric_parts", "parse_uk_date", "read_date"]

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
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}

_ISO = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_YEAR = re.compile(r"\d{4}|\d{2}")
#: A time of day after a date in a file ("01/03/2026 14:30", "1 March 2026 2:30 pm").
_TIME = re.compile(r"[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$")


def _year(text: str | None, today: dt.date | None) -> int | None:
    """The year written (two digits: this century), else ``today``'s; None: none to assume."""
    if text is None:
        return today.year if today is not None else None
    return 2000 + int(text) if len(text) == 2 else int(text)


def _make(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _words(
    words: list[str], today: dt.date | None, months: Mapping[str, int] = MONTHS
) -> dt.date | None:
    """``5 Nov 2026``, ``5th November``, ``Nov 5 2026``; a word in front (a weekday) is ignored."""
    if len(words) > 1 and words[0].isalpha() and words[0] not in months:
        words = words[1:]
    if len(words) not in (2, 3):
        return None
    year_text = words[2] if len(words) == 3 else None
    if year_text is not None and not _YEAR.fullmatch(year_text):
        return None
    first, second = words[0], words[1]
    if first in months and (m := _DAY.fullmatch(second)):
        month, day = months[first], int(m.group(1))
    elif second in months and (m := _DAY.fullmatch(first)):
        month, day = months[second], int(m.group(1))
    else:
        return None
    return _make(_year(year_text, today), month, day)


def _clean(text: str, times: bool) -> str:
    cleaned = text.strip().lower()
    if times:
        cleaned = _TIME.sub("", cleaned)
    return cleaned.replace(",", " ").strip()


def read_date(
    text: str,
    today: dt.date | None = None,
    *,
    order: str = "dmy",
    times: bool = False,
    months: Mapping[str, int] | None = None,
) -> dt.date | None:
    """The date ``text`` means, or ``None`` when it is not one: the one reader of dates.

    Forms: ISO (``2026-11-05``, ``2026/11/05``, ``2026-W45-4``), numeric day first
    (``5/11/2026``, ``5.11.26``, ``5-11``; month first when ``order`` is ``"mdy"``) and words
    (``5 Nov 2026``, ``Thu 5th November``, ``Nov 5, 2026``, Excel's ``5-Nov-26``). A two-digit
    year is this century.

    ``today`` is for a field the user types in: it allows ``today``/``yesterday``/``tomorrow``
    and a missing year (this year). Without it (a file), nothing is guessed: the year must
    be written. ``times`` accepts a time of day after the date, and ISO timestamps
    (``2026-03-01T23:10:00Z``), as files carry them; the time is dropped. ``months``
    (lower case, without a full stop) adds month names to the English ones: the date field
    reads the user's language's names too (gui/common/dates.py).
    """
    value = text.strip()
    if times and len(value) > 10 and value[4] == "-" and value[10] in "T ":
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            pass  # e.g. a one-digit hour: read below with the other forms
    if len(value) == 10 and value[4] == "-":
        try:
            return dt.date.fromisoformat(value)  # also the week form, 2026-W45-4
        except ValueError:
            pass
    cleaned = _clean(value, times)
    if not cleaned:
        return None
    if today is not None and cleaned in _RELATIVE:
        return today + dt.timedelta(days=_RELATIVE[cleaned])
    if m := _ISO.fullmatch(cleaned):
        return _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    if m := _NUMERIC.fullmatch(cleaned):
        first, second = int(m.group(1)), int(m.group(2))
        day, month = (second, first) if order == "mdy" else (first, second)
        return _make(_year(m.group(3), today), month, day)
    names = {**months, **MONTHS} if months else MONTHS  # English wins a clash
    # Hyphens between words: Excel's "5-Nov-26" and "05-Nov-2026" (numeric ones are read above).
    return _words(re.sub(r"[.\-]", " ", cleaned).split(), today, names)


def parse_uk_date(
    text: str, today: dt.date, months: Mapping[str, int] | None = None
) -> dt.date | None:
    """A date typed by the user (:func:`read_date` with ``today``), or ``None``.

    A missing year is this year (``today``'s); a two-digit year is in this century.
    ``months``: more month names, as :func:`read_date` takes them.
    """
    return read_date(text, today, months=months)


def numeric_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a numeric date with its year, such as ``1/5/2026`` (an
    importer decides from them whether a file writes dates day or month first)."""
    match = _NUMERIC.fullmatch(_clean(text, times=True))
    if match is None or match.group(3) is None:
        return None
    return int(match.group(1)), int(match.group(2))


def display_date(day: dt.date) -> str:
    """``Thu 5 Nov 2026``: the weekday shows at a glance whether the right day was typed."""
    # Not strftime: Qt sets the C locale from the environment, and the form must stay English.
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{weekday} {day.day} {month[day.month - 1]} {day.year}"
