"""The pace CPD and supervision should keep, month by month.

**Supervision, employer standard.** The Local Government Association's *Standards for
employers of social workers in England* (standard 5, updated 2014) ask employers to "make sure
that supervision takes place at least weekly for the first six weeks of employment of a
newly qualified social worker, at least fortnightly for the duration of the first six months,
and a minimum of monthly supervision thereafter" (wording as summarised by CCInform,
https://www.ccinform.co.uk/socialworkemployerstandards/Standard05.html, which links the LGA
page; the LGA's own page could not be read from here). The stage starts on the first day
of employment as a newly qualified social worker (the ``nqsw_start`` setting).

**CPD hours.** The user's regulator's rule in force (``resources/regulators/*.toml``, read
by ``core/regulators.py``): a ``min_hours`` rule's hours spread evenly over the months of
the registration period is the pace. Social Work England asks for records, not hours, so
it has no hours pace; nor has Social Care Wales since 1 April 2025.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from supervision_app.core.cpd.year import add_months
from supervision_app.core.i18n import Text
from supervision_app.core.regulators import Regulator

STANDARD_SOURCE = "https://www.ccinform.co.uk/socialworkemployerstandards/Standard05.html"
STANDARD_NAME = "LGA Standards for employers of social workers, standard 5"
#: Average days in a month (365.2425 / 12), to turn "every N days" into sessions a month.
MONTH_DAYS = 30.436875


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """Every ``YYYY-MM`` from ``start``'s month to ``end``'s, inclusive."""
    months: list[str] = []
    day = start.replace(day=1)
    while day <= end:
        months.append(month_key(day))
        day = add_months(day, 1)
    return months


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    year, number = (int(p) for p in month.split("-"))
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def standard_rate(day: dt.date, nqsw_start: dt.date) -> float:
    """Sessions a day the employer standard asks for on ``day`` (0 before employment)."""
    if day < nqsw_start:
        return 0.0
    if day < nqsw_start + dt.timedelta(weeks=6):
        return 1 / 7
    if day < add_months(nqsw_start, 6):
        return 1 / 14
    return 1 / MONTH_DAYS


def standard_sessions(month: str, nqsw_start: dt.date | None) -> float | None:
    """Sessions the employer standard asks for in ``month`` (one decimal), or None if unknown.

    Weekly for six weeks, fortnightly to six months, then monthly: summed day by day, so a
    month that straddles a change gets the share of each.
    """
    if nqsw_start is None:
        return None
    first, last = month_bounds(month)
    total = sum(
        standard_rate(first + dt.timedelta(days=i), nqsw_start)
        for i in range((last - first).days + 1)
    )
    return round(total, 1)


def agreed_sessions(frequency_days: list[int]) -> float | None:
    """Sessions a month the current agreements set (every N days each), or None if none do."""
    rates = [MONTH_DAYS / days for days in frequency_days if days and days > 0]
    return round(sum(rates), 1) if rates else None


@dataclass(frozen=True)
class CpdPace:
    #: Hours a month that keep the rule's pace, or None when the rule sets no hours.
    hours_per_month: float | None
    #: One sentence saying where the pace comes from (a core.i18n.Text; the rule's own
    #: wording is the regulator file's).
    basis: str


def cpd_pace(regulator: Regulator, role: str | None, day: dt.date) -> CpdPace:
    """The hours a month the regulator's rule in force on ``day`` needs for ``role``: its
    hours over the registration period, spread evenly over the period's months."""
    hours = [r for r in regulator.rules_on(day, role) if r.kind == "min_hours" and r.value]
    if hours:
        rule = hours[0]
        assert rule.value is not None
        months = regulator.period_months(role)
        basis = Text("Rules", "{regulator}: {rule}", regulator=regulator.name, rule=rule.text)
        return CpdPace(round(rule.value / months, 2), basis)
    if role is None and any(
        r.kind == "min_hours" and r.roles and r.applies(day, r.roles[0]) for r in regulator.rules
    ):
        return CpdPace(
            None,
            Text("Rules", "Choose your {regulator} role to see its hours.",
                 regulator=regulator.name),
        )  # fmt: skip
    counted = [r.text for r in regulator.rules_on(day, role) if r.counted]
    if not counted:
        return CpdPace(
            None,
            Text("Rules", "{regulator} sets no hours. Keep a record of your CPD.",
                 regulator=regulator.name),
        )  # fmt: skip
    return CpdPace(
        None,
        Text("Rules", "{regulator} sets no hours. {rules}", regulator=regulator.name,
             rules=" ".join(counted)),
    )  # fmt: skip
