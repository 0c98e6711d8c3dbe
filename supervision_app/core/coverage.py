"""Capability coverage: how often and how recently each framework item was reflected on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supervision_app.core.cpd.year import add_months
from supervision_app.core.frameworks import Framework, FrameworkItem

DEFAULT_PERIOD_DAYS = 183  # about six months


@dataclass(frozen=True)
class CoverageRow:
    item: FrameworkItem
    entries: int
    last: dt.date | None
    neglected: bool
    confidence: int | None = None


def months_ago(today: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, clamped to the end of a shorter month."""
    return add_months(today, -months)


def coverage(
    framework: Framework,
    counts: dict[str, tuple[int, dt.date]],
    *,
    today: dt.date,
    period_start: dt.date,
    confidence: dict[str, int] | None = None,
) -> list[CoverageRow]:
    """One row per item in framework order; ``neglected`` if nothing since ``period_start``."""
    rows = []
    for item in framework.items:
        n, last = counts.get(item.ref, (0, None))
        rows.append(
            CoverageRow(
                item=item,
                entries=n,
                last=last,
                neglected=last is None or last < period_start,
                confidence=(confidence or {}).get(item.ref),
            )
        )
    return rows
