"""Full-text search narrowed by filters, fast enough to run on every key press.

Joining each FTS match to ``entries`` costs a page decryption per match (~7 µs), so a
word found in most of 50,000 entries took hundreds of milliseconds with a filter. Instead
the filtered entries' ids (the *candidates*) are read once per filter (cached until the
vault changes) and the search takes one of two routes:

* **few candidates** (under 5 % of the journal): the FTS walk is limited to the
  candidates' rowid range and checked against them in memory (``json_each``), and only the
  matches that pass are ranked (``bm25``);
* **many candidates**: FTS5 ranks as it does without filters (quick: only the newest
  matches), and the ranked ids are kept if they are candidates, until a page is full.

Either way a tag filter is also added to the FTS query itself (``tags : "home visit"``), so
FTS5 skips every entry without that tag before anything is ranked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from supervision_app.core.find.filters import SearchFilters
from supervision_app.storage.find.query import filter_sql

#: Below this share of live entries the candidates route is taken. Above it, the newest
#: 2,000 matches hold enough candidates (100 or more) to fill the first page.
FEW_SHARE = 0.05
#: The fewest newest matches ranked while typing on the many-candidates route.
MIN_WINDOW = 500
_WORD = re.compile(r"\w+", re.UNICODE)


class Candidates:
    """The ids of live entries passing some filters, cached until the vault changes."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self.ids: list[int] = []
        self.members: frozenset[int] = frozenset()
        self.as_json = "[]"
        self.live = 0

    def load(self, conn: Any, filters: SearchFilters) -> Candidates:
        key = (filters, filters.year_end, conn.total_changes, id(conn))
        if key != self._key:
            where, params = filter_sql(filters, "e")
            self.ids = [
                r[0]
                for r in conn.execute(
                    "SELECT e.id FROM entries e WHERE e.deleted_at IS NULL AND "
                    + " AND ".join(where)
                    + " ORDER BY e.id",
                    params,
                )
            ]
            self.members = frozenset(self.ids)
            self.as_json = json.dumps(self.ids)
            self.live = conn.execute(
                "SELECT count(*) FROM entries WHERE deleted_at IS NULL"
            ).fetchone()[0]
            self._key = key
        return self

    @property
    def few(self) -> bool:
        return len(self.ids) < FEW_SHARE * max(1, self.live)


def with_tag_terms(fts: str, tags: Sequence[str]) -> str:
    """``fts`` AND each tag as a phrase in the tags column (a superset of the exact tag)."""
    phrases = []
    for tag in tags:
        words = _WORD.findall(tag)
        if words:
            phrases.append('tags : "' + " ".join(words).replace('"', '""') + '"')
    return f"({fts}) AND " + " AND ".join(phrases) if phrases else fts


def ranked_ids(
    conn: Any,
    fts: str,
    candidates: Candidates,
    filters: SearchFilters,
    *,
    limit: int,
    offset: int,
    quick: bool,
    quick_candidates: int,
) -> tuple[list[int], bool]:
    """The ids of one page of ranked matches that pass ``filters``, and whether only the
    newest matches were ranked (``quick``)."""
    if not candidates.ids:
        return [], False
    fts = with_tag_terms(fts, filters.tags)
    if candidates.few:
        return _few(
            conn,
            fts,
            candidates,
            limit,
            offset,
            quick,
            quick_candidates,
        )
    return _many(conn, fts, candidates, limit, offset, quick, quick_candidates)


def _few(
    conn: Any,
    fts: str,
    cands: Candidates,
    limit: int,
    offset: int,
    quick: bool,
    quick_candidates: int,
) -> tuple[list[int], bool]:
    lo, hi = cands.ids[0], cands.ids[-1]
    member = "+rowid IN (SELECT value FROM json_each(?))"
    floor, capped = lo - 1, False
    if quick:
        row = conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ?"
            f" AND {member} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (fts, lo, hi, cands.as_json, quick_candidates),
        ).fetchone()
        if row is not None:
            floor, capped = row[0], True
    rows = conn.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ? AND rowid <= ?"
        f" AND {member} ORDER BY bm25(entries_fts), rowid LIMIT ? OFFSET ?",
        (fts, floor, hi, cands.as_json, limit, offset),
    ).fetchall()
    return [r[0] for r in rows], capped


def _many(
    conn: Any,
    fts: str,
    cands: Candidates,
    limit: int,
    offset: int,
    quick: bool,
    quick_candidates: int,
) -> tuple[list[int], bool]:
    floor, capped = 0, False
    if quick:
        # Enough of the newest matches to hold about four pages of candidates.
        share = len(cands.ids) / max(1, cands.live)
        window = min(quick_candidates, max(MIN_WINDOW, int(4 * (offset + limit) / share)))
        row = conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (fts, window),
        ).fetchone()
        if row is not None:
            floor, capped = row[0], True
    kept: list[int] = []
    members = cands.members
    for (rowid,) in conn.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ? ORDER BY rank",
        (fts, floor),
    ):
        if rowid in members:
            kept.append(rowid)
            if len(kept) >= offset + limit:
                break
    return kept[offset:], capped
