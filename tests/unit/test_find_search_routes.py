"""Both routes of a filtered search (storage/find/search.py) against a plain join.

The routes read filters from indexes and check ranked rows by key; this pins that they
return exactly what joining every match to its entry would (filters applied before the
page's LIMIT, trashed entries never), page by page, in rank order.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.find.filters import SearchFilters
from supervision_app.storage.find import search
from supervision_app.storage.find.query import filter_sql, readable_snippet
from supervision_app.storage.vault import Vault

WORDS = "handover carer visit warm hospital team risk plan review family".split()
KINDS = ("reflection", "note", "cpd_activity")
TAGS = ("home visit", "training", "loneliness")
REFS = ("pcf:critical-reflection-analysis", "pcf:values-and-ethics")


@pytest.fixture
def mixed(vault: Vault) -> Vault:
    """120 entries of varied kind, tags, items and dates; every seventh one trashed."""
    rng = random.Random(15)
    for n in range(120):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30)))
        entry = vault.entries.add(
            Entry(
                title=f"Entry {n}",
                body=body,
                practice_date=dt.date(2025, 1, 1) + dt.timedelta(days=3 * n),
                kind=KINDS[n % 3],
                tags=tuple(t for i, t in enumerate(TAGS) if (n >> i) & 1),
            )
        )
        assert entry.id is not None
        vault.links.set_links(entry.id, [r for i, r in enumerate(REFS) if (n >> (i + 1)) & 1])
        if n % 7 == 0:
            vault.entries.trash(entry.id)
    return vault


def reference(vault: Vault, fts: str, filters: SearchFilters) -> list[tuple[float, int]]:
    """(score, id) of every live match passing ``filters``, joined the slow, obvious way.

    Ranked on the same FTS expression as the search: a tag filter is also a phrase in the
    tags column there (so FTS5 skips untagged entries), and that phrase counts in bm25.
    """
    fts = search.with_tag_terms(fts, filters.tags)
    where, params = filter_sql(filters, "e")
    rows = vault.conn.execute(
        "SELECT bm25(entries_fts), e.id FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
        " WHERE entries_fts MATCH ? AND e.deleted_at IS NULL"
        + "".join(f" AND {w}" for w in where)
        + " ORDER BY bm25(entries_fts), e.id",
        (fts, *params),
    ).fetchall()
    return [(float(r[0]), int(r[1])) for r in rows]


FILTER_SETS = [
    SearchFilters(kind="reflection"),
    SearchFilters(tags=("Home Visit",)),
    SearchFilters(tags=("home visit", "training")),
    SearchFilters(framework_ref=REFS[0]),
    SearchFilters(date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 12, 31)),
    SearchFilters(kind="note", framework_ref=REFS[1], date_from=dt.date(2025, 3, 1)),
]


@pytest.mark.parametrize("share", [1.01, 0.0], ids=["few", "many"])
def test_routes_page_like_the_plain_join(
    mixed: Vault, monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    monkeypatch.setattr(search, "FEW_SHARE", share)
    for filters in FILTER_SETS:
        for query in ("handover", "warm OR risk", "vis*"):
            check_pages(mixed, query, filters)


def check_pages(mixed: Vault, query: str, filters: SearchFilters) -> None:
    expected = reference(mixed, query, filters)
    assert expected, "the fixture gives every case some matches"
    trashed = {
        r[0] for r in mixed.conn.execute("SELECT id FROM entries WHERE deleted_at IS NOT NULL")
    }
    pages: list[int] = []
    for offset in range(0, len(expected) + 5, 5):
        page = [s.id for s in mixed.entries.search(query, limit=5, offset=offset, filters=filters)]
        # A full page while more matches pass: the filter is applied before the LIMIT.
        assert len(page) == min(5, max(0, len(expected) - offset))
        pages += page
    assert not trashed & set(pages)
    assert sorted(pages) == sorted(i for _score, i in expected)
    score = dict((i, s) for s, i in expected)
    scores = [score[i] for i in pages]
    assert scores == sorted(scores)  # in rank order across pages


@pytest.mark.parametrize("filters", FILTER_SETS, ids=range(len(FILTER_SETS)))
def test_filters_are_read_from_indexes_never_by_scanning_entries(
    vault: Vault, filters: SearchFilters
) -> None:
    """The kind filter scanned the whole table (bodies too: 0.3 s at 50,000 entries)."""
    members, params = search.members_sql(filters)
    checks, check_params = search.row_checks_sql(filters)
    plans = [
        f"SELECT count(*), min(id), max(id) FROM ({members})",
        "SELECT count(*) FROM entries WHERE deleted_at IS NULL",
        f"SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'a' AND +rowid IN ({members})",
        f"SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'a' AND {checks} ORDER BY rank",
    ]
    for sql, p in zip(plans, (params, (), params, check_params), strict=True):
        steps = [r[3] for r in vault.conn.execute("EXPLAIN QUERY PLAN " + sql, p)]
        # A SCAN of a table (not of an index, a subquery or the FTS index) reads every row.
        scans = [s for s in steps if s.startswith("SCAN") and "INDEX" not in s]
        assert not [s for s in scans if "subquery" not in s], steps


@pytest.mark.parametrize("share", [1.01, 0.0], ids=["few", "many"])
def test_snippets_are_those_of_the_users_own_words(
    mixed: Vault, monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    """Snippets selected with FTS5's ranking are the ones a separate walk with the user's
    query gives; a tag filter's phrase (part of the ranked query) is never highlighted."""
    monkeypatch.setattr(search, "FEW_SHARE", share)
    for filters in (None, *FILTER_SETS):
        for query in ("handover", "warm OR risk", "vis*", "training", "home"):
            page = mixed.entries.search(query, limit=10, filters=filters)
            ids = [s.id for s in page]
            rows = mixed.conn.execute(
                f"SELECT rowid, {search.SHOWN} FROM entries_fts WHERE entries_fts MATCH ?"
                f" AND rowid IN ({', '.join('?' * len(ids))})",
                (query, *ids),
            ).fetchall()
            expected = {r[0]: readable_snippet(r[1], r[2], r[3]) for r in rows}
            assert [s.snippet for s in page] == [expected[i] for i in ids], (query, filters)
