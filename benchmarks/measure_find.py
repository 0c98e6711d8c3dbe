"""Issue 15's figures: the dashboard, filtered search as you type, and a year's timeline.

Each runs in process on the generated vault (with ``benchmarks/find_data.py``'s links, CPD
details and sessions), after a warm-up, like ``measure_storage``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from benchmarks.generate import END_DATE, GeneratedVault
from benchmarks.measure_storage import GUI_SEARCH_KWARGS, pick_queries
from benchmarks.stats import percentile, summary
from supervision_app.core.find.filters import SearchFilters
from supervision_app.storage.find.figures import dashboard_figures, day_counts
from supervision_app.storage.vault import Vault

YEAR_START, YEAR_END = dt.date(END_DATE.year, 1, 1), END_DATE
#: The filters a user might set, alone and combined, for the filtered search figure.
FILTER_SETS: dict[str, SearchFilters] = {
    "kind": SearchFilters(kind="reflection"),
    "tag": SearchFilters(tags=("safeguarding",)),
    "framework item": SearchFilters(framework_ref="pcf:critical-reflection-analysis"),
    "year": SearchFilters(date_from=YEAR_START, date_to=YEAR_END),
    "kind + year + item": SearchFilters(
        kind="reflection",
        framework_ref="pcf:knowledge",
        date_from=YEAR_START,
        date_to=YEAR_END,
    ),
}


def _times_ms(fn: Callable[[], Any], runs: int) -> list[float]:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _open(vault: GeneratedVault) -> Vault:
    return Vault.open(vault.path, vault.passphrase)


def measure_dashboard(vault: GeneratedVault, runs: int = 5) -> dict[str, Any]:
    """Every figure of the dashboard for the journal's last year (and, untargeted, for all
    twenty years)."""
    opened = _open(vault)
    try:
        year = _times_ms(
            lambda: dashboard_figures(opened, YEAR_START, YEAR_END, END_DATE), runs * 4
        )
        start = END_DATE - dt.timedelta(days=20 * 366)
        whole = _times_ms(lambda: dashboard_figures(opened, start, END_DATE, END_DATE), runs)
        figures = dashboard_figures(opened, YEAR_START, YEAR_END, END_DATE)
    finally:
        opened.close()
    return {
        "dashboard_ms": round(percentile(year, 50), 3),
        "year_ms": summary(year),
        "twenty_years_ms": summary(whole),
        "year_figures": {
            "entries": sum(figures.entries_total(m) for m in figures.months),
            "cpd_hours": round(sum(figures.cpd_hours), 1),
            "items": len(figures.coverage),
            "sessions": sum(figures.sessions),
            "open_actions": figures.open_actions,
        },
    }


def measure_filtered_search(vault: GeneratedVault, runs: int = 5) -> dict[str, Any]:
    """The list's call while typing, with each filter set, over the search benchmark's
    query mix; the figure is the p95 over every query, filter set and repetition.

    The machine is shared, so the same call without filters is timed beside each filtered
    one (interleaved): ``unfiltered_p95_ms`` says how much of the figure is FTS5's own work
    for the query. ``first_key_ms`` is the first key press after choosing a filter (nothing
    cached about the filter yet), over the heaviest queries.
    """
    from supervision_app.storage.find.search import Candidates

    opened = _open(vault)
    try:
        entries = opened.entries
        queries = [q["q"] for q in pick_queries(vault.meta, opened.conn)]
        per_filter: dict[str, Any] = {}
        everything: list[float] = []
        unfiltered: list[float] = []
        first_key: list[float] = []
        repeats = max(2, runs // 2)
        for name, filters in FILTER_SETS.items():
            times: list[float] = []
            for q in queries:

                def filtered(q: str = q, f: SearchFilters = filters) -> None:
                    entries.search(q, filters=f, **GUI_SEARCH_KWARGS)

                def bare(q: str = q) -> None:
                    entries.search(q, **GUI_SEARCH_KWARGS)

                times += _times_ms(filtered, repeats)
                unfiltered += _times_ms(bare, 1)
            for q in queries[:4]:  # the commonest words: the slowest first key presses

                def cold(q: str = q, f: SearchFilters = filters) -> None:
                    # As if the filter were just chosen (its candidates are held by the
                    # repository's EntrySearch, storage/find/entry_search.py).
                    entries._search._candidates = Candidates()
                    entries.search(q, filters=f, **GUI_SEARCH_KWARGS)

                first_key += _times_ms(cold, 1)
            per_filter[name] = {
                "p50_ms": round(percentile(times, 50), 3),
                "p95_ms": round(percentile(times, 95), 3),
            }
            everything += times
    finally:
        opened.close()
    return {
        "filtered_search_p95_ms": round(percentile(everything, 95), 3),
        "p50_ms": round(percentile(everything, 50), 3),
        "unfiltered_p50_ms": round(percentile(unfiltered, 50), 3),
        "unfiltered_p95_ms": round(percentile(unfiltered, 95), 3),
        "first_key_p50_ms": round(percentile(first_key, 50), 3),
        "first_key_p95_ms": round(percentile(first_key, 95), 3),
        "per_filter": per_filter,
        "queries": len(queries),
    }


def measure_timeline(vault: GeneratedVault, runs: int = 5) -> dict[str, Any]:
    """Entries per day for the journal's last year (the timeline window's query)."""
    opened = _open(vault)
    try:
        times = _times_ms(lambda: day_counts(opened, YEAR_START, YEAR_END), runs * 4)
        days = len(day_counts(opened, YEAR_START, YEAR_END))
    finally:
        opened.close()
    return {
        "timeline_year_ms": round(percentile(times, 50), 3),
        "year_ms": summary(times),
        "days": days,
    }
