"""The CPD year: registration years, totals, gaps and the regulator's minimum.

Pure functions of the records and an injected ``today``. Social Work England's registration
year ends on 30 November at 23:59 (UK time); the end month and day are configurable for
other regulators. A year is named by the calendar year it ends in: the 2026 year runs from
1 December 2025 to 30 November 2026.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from supervision_app.core.cpd import DEFAULT_YEAR_END
from supervision_app.core.cpd.model import CPD_FRAMEWORKS, CpdRecord, format_duration
from supervision_app.core.i18n import DateText, Text, Translate, date_text, english

if TYPE_CHECKING:
    from supervision_app.core.regulators import Regulator

__all__ = [
    "DEFAULT_YEAR_END",
    "MIN_PEER_RECORDS",
    "MIN_RECORDS",
    "CheckItem",
    "CpdYearSummary",
    "Gap",
    "RegistrationYear",
    "add_months",
    "default_ending_year",
    "find_gaps",
    "format_day",
    "record_cells",
    "summarise_year",
    "year_containing",
    "validate_year_end",
    "year_ending",
]

#: Social Work England's minimum (the rule itself lives in resources/regulators/swe.toml).
MIN_RECORDS = 2
MIN_PEER_RECORDS = 1
GAP_MONTHS = 3


def format_day(day: dt.date) -> str:
    """``1 Dec 2025`` (no leading zero, short month: fits table cells and headings)."""
    return f"{day.day} {day:%b %Y}"


def record_cells(record: CpdRecord, translate: Translate = english) -> tuple[str, str, str, str]:
    """The cells every table of records starts with: date, title, type and hours (the
    exports' English by default; the window passes its ``translate``)."""
    return (
        date_text(record.date, translate),
        record.title,
        translate("Activities", record.activity_label),
        format_duration(record.minutes, translate),
    )


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return _clamped(year, month0 + 1, day.day)


@dataclass(frozen=True)
class RegistrationYear:
    start: dt.date
    #: The last day (inclusive); the deadline is 23:59 on this day.
    end: dt.date

    @property
    def label(self) -> str:
        return self.label_text()

    def label_text(self, translate: Translate = english) -> str:
        """ "1 Dec 2025 – 30 Nov 2026", the months through ``translate``."""
        return self.text().render(translate)

    def text(self) -> Text:
        """:meth:`label_text` kept to be rendered later, inside another :class:`Text`."""
        return Text("Dates", "{start} – {end}", start=DateText(self.start), end=DateText(self.end))

    @property
    def ending_year(self) -> int:
        return self.end.year

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def days_left(self, today: dt.date) -> int:
        """Whole days left to record, counting today (0 once the year has closed)."""
        return max(0, (self.end - today).days + 1)


def validate_year_end(month: int, day: int, translate: Translate = english) -> None:
    """Raise ``ValueError`` unless day/month is a day of a (leap) year."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
        message = translate("Errors", "{day}/{month} is not a day of the year")
        raise ValueError(message.format(day=day, month=month))


def year_ending(ending_year: int, end: tuple[int, int] = DEFAULT_YEAR_END) -> RegistrationYear:
    """The registration year that ends in ``ending_year`` (e.g. 2026: 1 Dec 2025 – 30 Nov 2026)."""
    validate_year_end(*end)
    last = _clamped(ending_year, *end)
    previous_end = _clamped(ending_year - 1, *end)
    return RegistrationYear(previous_end + dt.timedelta(days=1), last)


def year_containing(day: dt.date, end: tuple[int, int] = DEFAULT_YEAR_END) -> RegistrationYear:
    validate_year_end(*end)
    this_end = _clamped(day.year, *end)
    return year_ending(day.year if day <= this_end else day.year + 1, end)


@dataclass(frozen=True)
class Gap:
    """A stretch of three months or more with no CPD activity (HCPC asks for an explanation)."""

    start: dt.date  # the last activity before it (or the period start)
    end: dt.date  # the next activity (or today / the period end)
    #: "before-first", "between", "since-last" or "no-activity" (nothing in the period).
    position: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def key(self) -> str:
        """A stable name for the gap, used to store the user's explanation."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def label(self) -> str:
        return self.label_text()

    def label_text(self, translate: Translate = english) -> str:
        """ "1 Dec 2025 – 30 Apr 2026 (150 days)", through ``translate``."""
        return translate("Dates", "{start} – {end} (%n day(s))", "", self.days).format(
            start=date_text(self.start, translate), end=date_text(self.end, translate)
        )


def find_gaps(
    dates: Iterable[dt.date],
    *,
    start: dt.date,
    end: dt.date,
    months: int = GAP_MONTHS,
) -> list[Gap]:
    """Gaps of ``months`` or more between activities inside ``start`` .. ``end``.

    The stretch from ``start`` to the first activity and from the last one to ``end`` count
    too (``end`` is usually the earlier of today and the period end). A gap is "three months
    or more" when the next activity is on or after the same day three months later.
    """
    days = sorted({d for d in dates if start <= d <= end})
    if not days:
        return [Gap(start, end, "no-activity")] if end >= add_months(start, months) else []
    gaps: list[Gap] = []
    if days[0] >= add_months(start, months):
        gaps.append(Gap(start, days[0], "before-first"))
    gaps.extend(Gap(a, b, "between") for a, b in pairwise(days) if b >= add_months(a, months))
    if end >= add_months(days[-1], months):
        gaps.append(Gap(days[-1], end, "since-last"))
    return gaps


@dataclass(frozen=True)
class CheckItem:
    label: str
    done: bool
    detail: str = ""


@dataclass(frozen=True)
class CpdYearSummary:
    year: RegistrationYear
    today: dt.date
    records: tuple[CpdRecord, ...]
    minutes: int
    peer_records: int
    #: framework id -> refs linked by at least one record this year (sorted).
    covered: dict[str, tuple[str, ...]]
    gaps: tuple[Gap, ...]
    checklist: tuple[CheckItem, ...]
    #: Entries of kind "cpd_activity" dated this year that have no CPD details yet.
    incomplete: tuple[CpdRecord, ...] = ()
    identical: tuple[tuple[int, int], ...] = field(default=())
    #: Sentences about records that count once (copies of another record).
    warnings: tuple[str, ...] = ()

    @property
    def days_left(self) -> int:
        return self.year.days_left(self.today)

    @property
    def closed(self) -> bool:
        return self.today > self.year.end

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)

    @property
    def deadline_text(self) -> str:
        """E.g. "8 days left (until 23:59 on 30 Nov 2026)" or "The year closed on 30 Nov 2026"
        (the command line and the exports: English)."""
        return self.deadline()

    def deadline(self, translate: Translate = english) -> str:
        """:attr:`deadline_text` in the language of ``translate`` (the window's)."""
        end = date_text(self.year.end, translate)
        if self.closed:
            return translate("Dates", "The year closed on {day}").format(day=end)
        if self.today < self.year.start:
            start = date_text(self.year.start, translate)
            return translate("Dates", "The year starts on {day}").format(day=start)
        return translate(
            "Dates", "%n day(s) left (until 23:59 on {day})", "", self.days_left
        ).format(day=end)

    @property
    def meets_minimum(self) -> bool | None:
        """None when the regulator sets no countable minimum for the year."""
        return all(item.done for item in self.checklist) if self.checklist else None


def summarise_year(
    records: Sequence[CpdRecord],
    year: RegistrationYear,
    *,
    today: dt.date,
    frameworks: Sequence[str] = CPD_FRAMEWORKS,
    regulator: Regulator | None = None,
    role: str | None = None,
) -> CpdYearSummary:
    """Totals, coverage, gaps and the checklist for ``year`` (records outside it are ignored).

    Gaps run up to today while the year is open, and to its end once it has closed. The
    checklist is ``regulator``'s rule (Social Work England by default) when its period is
    the registration year; a regulator whose period runs from the user's own registration
    date gets no checklist here (see :func:`core.cpd.rules.status_for_year`).
    """
    from supervision_app.core.cpd.rules import evaluate  # avoids a cycle at import
    from supervision_app.core.cpd.swe import identical_pairs
    from supervision_app.core.regulators import DEFAULT_REGULATOR, default_regulators

    in_year = tuple(r for r in records if r.date in year)
    cpd = tuple(sorted((r for r in in_year if r.is_cpd), key=lambda r: (r.date, r.id)))
    incomplete = tuple(r for r in in_year if not r.is_cpd and r.entry.kind == "cpd_activity")
    peer = sum(1 for r in cpd if r.has_peer_reflection)
    covered: dict[str, set[str]] = {f: set() for f in frameworks}
    for record in cpd:
        for ref in record.links:
            framework_id = ref.partition(":")[0]
            if framework_id in covered:
                covered[framework_id].add(ref)
    gap_end = min(today, year.end)
    gaps = []
    if today >= year.start:
        gaps = find_gaps((r.date for r in cpd), start=year.start, end=gap_end)
    identical = tuple((a.id, b.id) for a, b in identical_pairs(cpd))
    checklist: tuple[CheckItem, ...] = ()
    warnings: tuple[str, ...] = ()
    rule = regulator if regulator is not None else default_regulators()[DEFAULT_REGULATOR]
    if rule.period.kind == "fixed":
        status = evaluate(rule, cpd, period=year, today=today, role=role)
        checklist, warnings = status.checks, status.warnings
    return CpdYearSummary(
        year=year,
        today=today,
        records=cpd,
        minutes=sum(r.minutes for r in cpd),
        peer_records=peer,
        covered={f: tuple(sorted(refs)) for f, refs in covered.items()},
        gaps=tuple(gaps),
        checklist=checklist,
        incomplete=incomplete,
        identical=identical,
        warnings=warnings,
    )


def default_ending_year(
    latest: dt.date | None, today: dt.date, end: tuple[int, int] = DEFAULT_YEAR_END
) -> int:
    """The year to open on: the most recent one with records, up to the current year.

    On 3 December the new year is two days old and usually empty; opening on it would
    show nothing (and export "No records"). ``latest`` is the date of the most recent
    record on or before the current year's last day (None when there is none).
    """
    current = year_containing(today, end)
    if latest is None or latest > current.end:
        return current.ending_year
    return year_containing(latest, end).ending_year
