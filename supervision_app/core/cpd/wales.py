"""Social Care Wales: hours of CPD over a three-year registration period.

Social Care Wales counts hours over the three years of a registration: 45 for care
workers and 90 for social workers and social care managers. The period starts on the
date the user sets (their registration or last renewal); the time of each CPD record is
the entry's own minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.year import add_months, format_day

__all__ = ["SCW_ROLES", "ScwProgress", "scw_progress"]

#: role -> (label, hours needed over three years)
SCW_ROLES: dict[str, tuple[str, int]] = {
    "care_worker": ("Care worker", 45),
    "social_worker": ("Social worker", 90),
    "manager": ("Social care manager", 90),
}
PERIOD_YEARS = 3


@dataclass(frozen=True)
class ScwProgress:
    role: str
    start: dt.date
    end: dt.date  # inclusive
    minutes: int
    target_hours: int
    today: dt.date

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)

    @property
    def remaining_hours(self) -> float:
        return max(0.0, round(self.target_hours - self.minutes / 60, 2))

    @property
    def met(self) -> bool:
        return self.minutes >= self.target_hours * 60

    @property
    def days_left(self) -> int:
        return max(0, (self.end - self.today).days + 1)

    @property
    def label(self) -> str:
        return f"{format_day(self.start)} – {format_day(self.end)}"

    @property
    def role_label(self) -> str:
        return SCW_ROLES[self.role][0]


def scw_progress(
    records: Sequence[CpdRecord], *, role: str, period_start: dt.date, today: dt.date
) -> ScwProgress:
    """Hours of CPD records dated within the three years from ``period_start``."""
    if role not in SCW_ROLES:
        raise ValueError(f"unknown Social Care Wales role '{role}'")
    end = add_months(period_start, 12 * PERIOD_YEARS) - dt.timedelta(days=1)
    minutes = sum(r.minutes for r in records if r.is_cpd and period_start <= r.date <= end)
    return ScwProgress(role, period_start, end, minutes, SCW_ROLES[role][1], today)
