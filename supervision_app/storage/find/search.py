"""Full-text search narrowed by filters, fast enough to run on every key press.

Joining each FTS match to ``entries`` costs a page decryption per match (~7 µs), so a
word found in most of 50,000 entries took hundreds of milliseconds with a filter; reading
the filtered entries' ids first took up to 0.4 s (the kind filter scanned the table). Now
every filter is read from a covering index (``entries_live_by_kind`` or
``entries_live_by_date`` for kind and dates; ``entry_tags``, ``entry_links`` and
``supervision_sessions`` by their keys), only their count and id range are kept between key
presses (:class:`Candidates`), and the search takes one of two routes, all in SQL:

* **few candidates** (under 5 % of the journal): the FTS walk is limited to the
  candidates' rowid range and checked against their ids (one ``IN`` set per query, built
  from the indexes: a few thousand ids at most), and only the matches that pass are ranked
  (``bm25``);
* **many candidates**: FTS5 ranks as it does without filters (quick: only the newest
  matches), and SQLite checks each ranked row against the filters by key (``EXISTS``),
  in rank order, stopping as soon as the page is full: a filter is never applied after the
  ``LIMIT``, and no row beyond the page is checked or reaches Python.

Either way a tag filter is also added to the FTS query itself (``tags : "home visit"``), so
FTS5 skips every entry without that tag before anything is ranked. Trashed entries are not
in the FTS index, so no route needs to exclude them.

Where FTS5 itself ranks (``ORDER BY rank``: the unfiltered search and the many-candidates
route), the page's snippets come with its rows (:data:`SHOWN`): FTS5 computes them only
for the rows returned, and a second query would walk the matches again (a whole merge of
the word lists for a prefix FTS5 has not indexed: 2-5 ms at 50,000 entries).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.text import MARK_END, MARK_START
from supervision_app.storage.find.query import entry_column_sql

#: Below this share of live entries the candidates route is taken. Above it, the newest
#: 2,000 matches hold enough candidates (100 or more) to fill the first page.
FEW_SHARE = 0.05
#: The fewest newest matches ranked while typing on the many-candidates route.
MIN_WINDOW = 500
_WORD = re.compile(r"\w+", re.UNICODE)
_ROW = "entries_fts.rowid"
_MARKS = f"'{MARK_START}', '{MARK_END}'"
#: What the list shows of a match: the body's snippet, the title and the tags highlighted
#: (``readable_snippet`` picks one). Selected after ``rowid``.
SHOWN = (
    f"snippet(entries_fts, 1, {_MARKS}, '…', 12),"
    f" highlight(entries_fts, 0, {_MARKS}), highlight(entries_fts, 2, {_MARKS})"
)
#: A page's rows: ``(id, snippet, title, tags)``, or ``(id,)`` when ranked by SQLite (the
#: few-candidates route) or with a tag filter, whose snippets are read afterwards for the
#: page alone, with the user's own query.
Rows = list[tuple[Any, ...]]


def members_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    """A ``SELECT`` of the ids passing ``filters``, each part from a covering index.

    Tag, item and partner parts may name trashed entries; FTS5 never returns those.
    """
    parts: list[str] = []
    params: list[Any] = []
    where, where_params = entry_column_sql(filters, "e")
    if where:
        parts.append("SELECT e.id AS id FROM entries e WHERE e.deleted_at IS NULL AND " + where)
        params += where_params
    for tag in filters.tags:
        parts.append("SELECT entry_id AS id FROM entry_tags WHERE tag = ?")
        params.append(tag)
    if filters.framework_ref:
        parts.append("SELECT entry_id AS id FROM entry_links WHERE ref = ?")
        params.append(filters.framework_ref)
    if filters.partner_id is not None:
        parts.append("SELECT entry_id AS id FROM supervision_sessions WHERE partner_id = ?")
        params.append(filters.partner_id)
    return " INTERSECT ".join(parts), params


def row_checks_sql(filters: SearchFilters, row: str = _ROW) -> tuple[str, list[Any]]:
    """``filters`` as checks of one FTS row by primary key (``AND``-joined), for rows
    read in rank order."""
    checks: list[str] = []
    params: list[Any] = []
    where, where_params = entry_column_sql(filters, "e")
    if where:
        checks.append(f"EXISTS (SELECT 1 FROM entries e WHERE e.id = {row} AND {where})")
        params += where_params
    for tag in filters.tags:
        # entry_tags' key is (entry_id, tag COLLATE NOCASE): one seek per row.
        checks.append(f"EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = {row} AND t.tag = ?)")
        params.append(tag)
    if filters.framework_ref:
        checks.append(
            f"EXISTS (SELECT 1 FROM entry_links l WHERE l.entry_id = {row} AND l.ref = ?)"
        )
        params.append(filters.framework_ref)
    if filters.partner_id is not None:
        checks.append(
            f"EXISTS (SELECT 1 FROM supervision_sessions s WHERE s.entry_id = {row}"
            " AND s.partner_id = ?)"
        )
        params.append(filters.partner_id)
    return " AND ".join(checks), params


class Candidates:
    """How many ids pass some filters, and their range: cached until the vault changes.

    Only three numbers per filter set (and the live count): nothing per entry is kept.
    """

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self.count = 0
        self.low = 0
        self.high = 0
        self.live = 0

    def load(self, conn: Any, filters: SearchFilters) -> Candidates:
        key = (filters, filters.year_end, conn.total_changes, id(conn))
        if key != self._key:
            sql, params = members_sql(filters)
            count, low, high = conn.execute(
                f"SELECT count(*), min(id), max(id) FROM ({sql})", params
            ).fetchone()
            self.count, self.low, self.high = int(count), int(low or 0), int(high or 0)
            # Counted from the small kind index, not the table.
            self.live = conn.execute(
                "SELECT count(*) FROM entries WHERE deleted_at IS NULL"
            ).fetchone()[0]
            self._key = key
        return self

    @property
    def few(self) -> bool:
        return self.count < FEW_SHARE * max(1, self.live)


def with_tag_terms(fts: str, tags: Sequence[str]) -> str:
    """``fts`` AND each tag as a phrase in the tags column (a superset of the exact tag)."""
    phrases = []
    for tag in tags:
        words = _WORD.findall(tag)
        if words:
            phrases.append('tags : "' + " ".join(words).replace('"', '""') + '"')
    return f"({fts}) AND " + " AND ".join(phrases) if phrases else fts


def ranked_page(
    conn: Any,
    fts: str,
    candidates: Candidates,
    filters: SearchFilters,
    *,
    limit: int,
    offset: int,
    quick: bool,
    quick_candidates: int,
) -> tuple[Rows, bool]:
    """One page of ranked matches that pass ``filters`` (:data:`Rows`), and whether only
    the newest matches were ranked (``quick``)."""
    if not candidates.count:
        return [], False
    fts = with_tag_terms(fts, filters.tags)
    if candidates.few:
        return _few(conn, fts, candidates, filters, limit, offset, quick, quick_candidates)
    return _many(conn, fts, candidates, filters, limit, offset, quick, quick_candidates)


def _few(
    conn: Any,
    fts: str,
    cands: Candidates,
    filters: SearchFilters,
    limit: int,
    offset: int,
    quick: bool,
    quick_candidates: int,
) -> tuple[Rows, bool]:
    lo, hi = cands.low, cands.high
    members, params = members_sql(filters)
    # "+": the set is checked per row, not used to seek FTS5 (which would seek each id).
    member = f"+rowid IN ({members})"
    floor, capped = lo - 1, False
    if quick:
        row = conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ?"
            f" AND {member} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (fts, lo, hi, *params, quick_candidates),
        ).fetchone()
        if row is not None:
            floor, capped = row[0], True
    rows = conn.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ? AND rowid <= ?"
        f" AND {member} ORDER BY bm25(entries_fts), rowid LIMIT ? OFFSET ?",
        (fts, floor, hi, *params, limit, offset),
    ).fetchall()
    # SQLite sorts these: snippets selected here would be computed for every row that passes.
    return [(r[0],) for r in rows], capped


def _many(
    conn: Any,
    fts: str,
    cands: Candidates,
    filters: SearchFilters,
    limit: int,
    offset: int,
    quick: bool,
    quick_candidates: int,
) -> tuple[Rows, bool]:
    floor, capped = 0, False
    if quick:
        # Enough of the newest matches to hold about four pages of candidates.
        share = cands.count / max(1, cands.live)
        window = min(quick_candidates, max(MIN_WINDOW, int(4 * (offset + limit) / share)))
        row = conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
            " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (fts, window),
        ).fetchone()
        if row is not None:
            floor, capped = row[0], True
    checks, params = row_checks_sql(filters)
    # The checks run before OFFSET and the snippets after it: only the page's rows get them.
    # Not with a tag filter: its phrase is part of ``fts`` here and would be highlighted
    # as if the user had searched for it.
    shown = "" if filters.tags else f", {SHOWN}"
    rows = conn.execute(
        f"SELECT rowid{shown} FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ?"
        f" AND {checks} ORDER BY rank LIMIT ? OFFSET ?",
        (fts, floor, *params, limit, offset),
    ).fetchall()
    return [tuple(r) for r in rows], capped
