"""A regulator's rule applied to the user's records: ticks only for what can be counted.

:func:`evaluate` turns the rules in force (see :mod:`supervision_app.core.regulators`) into
checks (at least N different records, N with a peer, N hours over the period), warnings
(two records that read the same) and notes (what the regulator asks that the app cannot
count: keep a record, a declaration at renewal, a sample check). A rule is in force on
the period's last day, or today while the period is open. Nothing is ticked that has not
been counted: an empty year shows "0 of 2", never a vacuous tick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.swe import distinct_count, identical_pairs
from supervision_app.core.cpd.year import (
    CheckItem,
    RegistrationYear,
    add_months,
    format_day,
    year_containing,
)
from supervision_app.core.i18n import DurationText, Text
from supervision_app.core.regulators import Regulator, Rule

__all__ = ["RegulatorStatus", "evaluate", "period_containing", "status_for_year"]


@dataclass(frozen=True)
class RegulatorStatus:
    regulator: Regulator
    role: str | None
    #: None when the period runs from the user's registration date and that is not set.
    period: RegistrationYear | None
    as_of: dt.date
    checks: tuple[CheckItem, ...]
    warnings: tuple[str, ...]
    notes: tuple[Rule, ...]
    #: What the user must set before the app can count (one sentence, or "").
    needs: str = ""
    #: Minutes of the CPD records dated in the period.
    minutes: int = 0

    @property
    def meets(self) -> bool | None:
        """True/False against the counted rules; None when nothing can be counted."""
        return all(c.done for c in self.checks) if self.checks else None

    @property
    def role_label(self) -> str:
        role = self.regulator.role(self.role)
        return role.label if role else ""

    @property
    def unconfirmed(self) -> bool:
        return any(r.unconfirmed for r in self.notes) or any(
            r.unconfirmed for r in self.regulator.rules_on(self.as_of, self.role) if r.counted
        )


def period_containing(
    regulator: Regulator,
    day: dt.date,
    *,
    role: str | None = None,
    start: dt.date | None = None,
    year_end: tuple[int, int] | None = None,
) -> RegistrationYear | None:
    """The registration period that contains ``day``.

    A fixed period uses ``year_end`` (the user's setting) or the regulator's; an
    anniversary period repeats every N months from ``start`` (None without a start).
    """
    if regulator.period.kind == "fixed":
        end = year_end or regulator.period.year_end
        assert end is not None  # the loader requires it for fixed periods
        return year_containing(day, end)
    if start is None:
        return None
    months = regulator.period_months(role)
    first = start
    steps = ((day.year - start.year) * 12 + day.month - start.month) // months
    first = add_months(start, steps * months)
    while first > day:
        first = add_months(first, -months)
    while add_months(first, months) <= day:
        first = add_months(first, months)
    return RegistrationYear(first, add_months(first, months) - dt.timedelta(days=1))


#: What a status still needs from the user (the GUI translates them: gui/i18n.py declares them).
NEEDS_ROLE = "Choose your role to see the rule that applies to it."
NEEDS_PERIOD_START = "Set the day your registration period started to count this period."


def evaluate(
    regulator: Regulator,
    records: Sequence[CpdRecord],
    *,
    period: RegistrationYear | None,
    today: dt.date,
    role: str | None = None,
) -> RegulatorStatus:
    """Checks, warnings and notes for the records dated inside ``period``."""
    if period is None:
        as_of = today
    else:
        as_of = max(period.start, min(today, period.end))
    rules = regulator.rules_on(as_of, role)
    role_rules = [r for r in regulator.rules if r.roles]
    needs = ""
    if role_rules and regulator.role(role) is None:
        needs = NEEDS_ROLE
    elif period is None:
        needs = NEEDS_PERIOD_START
    counted = [r for r in rules if r.counted]
    notes = tuple(r for r in rules if not r.counted and r.kind != "distinct_records")
    if period is None:
        # Nothing to count without a period: show the counted rules as notes, not ticks.
        return RegulatorStatus(regulator, role, None, as_of, (), (), (*counted, *notes), needs)
    cpd = sorted((r for r in records if r.is_cpd and r.date in period), key=lambda r: r.date)
    checks = tuple(_check(rule, cpd) for rule in counted)
    warnings: list[str] = []
    if any(r.kind == "distinct_records" for r in rules):
        warnings += [
            Text(
                "Rules",
                "Records {first} and {second} read the same; {regulator} checks that no two "
                "records are identical, so reword one of them (it counts once).",
                first=a.id,
                second=b.id,
                regulator=regulator.name,
            )
            for a, b in identical_pairs(cpd)
        ]
    return RegulatorStatus(
        regulator,
        role,
        period,
        as_of,
        checks,
        tuple(warnings),
        notes,
        needs,
        minutes=sum(r.minutes for r in cpd),
    )


def _check(rule: Rule, records: Sequence[CpdRecord]) -> CheckItem:
    """A counted rule's line, its label and detail core.i18n.Text (the year view shows them
    in the window's language; the command line and exports print the English)."""
    value = rule.value or 0
    total = f"{value:g}"
    if rule.kind == "min_records":
        n = distinct_count(records)
        return CheckItem(
            _label(rule, Text("Rules", "At least {total} different CPD records", total=total)),
            n >= value,
            Text("Rules", "{done} of {total}", done=n, total=total),
        )
    if rule.kind == "min_peer_records":
        n = sum(1 for r in records if r.has_peer_reflection)
        if value == 1:
            label = Text("Rules", "At least {total} record reflected on with a peer", total=total)
        else:
            label = Text("Rules", "At least {total} records reflected on with a peer", total=total)
        return CheckItem(
            _label(rule, label), n >= value, Text("Rules", "{done} of {total}", done=n, total=total)
        )
    minutes = sum(r.minutes for r in records)
    return CheckItem(
        _label(rule, Text("Rules", "At least {total} hours of CPD in the period", total=total)),
        minutes >= value * 60,
        Text("Rules", "{done} of {total} hours", done=DurationText(minutes), total=total),
    )


def _label(rule: Rule, text: str) -> str:
    return Text("Rules", "{label} (unconfirmed)", label=text) if rule.unconfirmed else text


def status_for_year(
    regulator: Regulator,
    year: RegistrationYear,
    *,
    today: dt.date,
    records_between: Callable[[dt.date, dt.date], Sequence[CpdRecord]],
    role: str | None = None,
    start: dt.date | None = None,
) -> RegulatorStatus:
    """The status for the period shown beside a registration year.

    A fixed-period regulator uses the year itself; an anniversary one the period that
    contains the year's last day (or today, for the current year).
    """
    if regulator.period.kind == "fixed":
        period: RegistrationYear | None = year
    else:
        on = min(year.end, max(today, year.start))
        period = period_containing(regulator, on, role=role, start=start)
    records = records_between(period.start, period.end) if period else ()
    return evaluate(regulator, records, period=period, today=today, role=role)


def describe_period(status: RegulatorStatus) -> str:
    if status.period is None:
        return "registration period not set"
    return f"{format_day(status.period.start)} – {format_day(status.period.end)}"
