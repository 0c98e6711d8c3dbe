"""Capability coverage: how often and how recently each framework item was reflected on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from supervision_app.core.cpd.year import add_months
from supervision_app.core.frameworks import Framework, FrameworkItem, FrameworkLibrary

Counts = dict[str, tuple[int, dt.date]]

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


def counts_with_aliases(
    library: FrameworkLibrary,
    framework_id: str,
    fetch: Callable[[str], Counts],
    count_entries: Callable[[list[str]], tuple[int, dt.date] | None],
) -> Counts:
    """Link counts for a framework's items, including links kept under old (aliased) ids.

    ``fetch(framework_id)`` returns the stored counts by ref for one framework (the vault's
    ``links.counts``); ``count_entries(refs)`` counts the entries linked to any of ``refs``,
    each once (``links.count_entries``). An item with old ids is counted with them, so
    coverage keeps entries written before a rename and counts an entry linked under both
    ids once.
    """
    prefix = framework_id + ":"
    old_ids: dict[str, list[str]] = {}
    for old, new in library.alias_map().items():
        if new.startswith(prefix):
            old_ids.setdefault(new, []).append(old)
    merged: Counts = {
        ref: value for ref, value in fetch(framework_id).items() if ref not in library.alias_map()
    }
    for new, olds in old_ids.items():
        value = count_entries([new, *olds])
        if value is None:
            merged.pop(new, None)
        else:
            merged[new] = value
    return merged


def confidence_with_aliases(
    library: FrameworkLibrary, framework_id: str, confidence: dict[str, int]
) -> dict[str, int]:
    """Latest confidence by current ref; a rating kept under an old id counts for the current
    item unless the current item has its own."""
    result = dict(confidence)
    for old, new in library.alias_map().items():
        if old in confidence and new.startswith(framework_id + ":"):
            result.setdefault(new, confidence[old])
    return result
