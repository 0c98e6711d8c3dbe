"""Full-text search of entries: ranked matches with readable snippets, a query that is not
valid FTS5 searched again as plain words, and the quick ranking used while the user types.

The entry repository (storage/entries.py) owns one :class:`EntrySearch` and hands on its
``search``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlcipher3.dbapi2 import DatabaseError

from supervision_app.core.entries import EntrySummary
from supervision_app.storage.entry_rows import SUMMARY_COLUMNS, summary_from_row
from supervision_app.storage.find.query import readable_snippet
from supervision_app.storage.find.search import SHOWN, Candidates, ranked_page

# Not typing's TYPE_CHECKING: a command-line search imports neither typing nor the filters.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.find.search import Rows

_WORD = re.compile(r"\w+", re.UNICODE)


def plain_words_query(text: str, *, prefix_last: bool = False) -> str:
    """An FTS5 query matching every word of ``text`` literally (no operators).

    ``prefix_last`` lets the last word match longer words (search as you type), except a
    single letter: every word starting with it would be merged (~150 ms at 50,000 entries).
    """
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last and len(words[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


class EntrySearch:
    def __init__(self, conn: Callable[[], Any]) -> None:
        """``conn``: the vault's connection (a provider: a worker's store has its own)."""
        self.conn = conn
        #: Whether the last ``quick`` search ranked only the newest matches.
        self.last_capped = False
        self._candidates = Candidates()

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        plain: bool = False,
        prefix_last: bool = False,
        quick: bool = False,
        quick_candidates: int,
        filters: SearchFilters | None = None,
    ) -> list[EntrySummary]:
        """Ranked matches in live entries that pass ``filters``, each with a snippet.

        ``query`` may use FTS5 syntax; if it is not valid FTS5 it is searched as plain words,
        so a stray quote or bracket never turns into an error for the user.

        Ranking scores every match, which costs tens of milliseconds for a word found in most
        of 50,000 entries. ``quick`` (while the user is typing) ranks only the newest
        ``quick_candidates`` matches; :attr:`last_capped` says whether that cut
        anything, so the caller can rank fully once typing stops.
        """
        self.last_capped = False
        fts = plain_words_query(query, prefix_last=prefix_last) if plain else query.strip()
        if not fts:
            return []
        try:
            return self._match(fts, limit, offset, quick_candidates if quick else 0, filters)
        except DatabaseError:
            fallback = plain_words_query(query, prefix_last=prefix_last)
            if plain or not fallback:
                return []
        try:
            return self._match(fallback, limit, offset, quick_candidates if quick else 0, filters)
        except DatabaseError:
            return []

    def _match(
        self, fts: str, limit: int, offset: int, quick: int, filters: SearchFilters | None
    ) -> list[EntrySummary]:
        """``quick``: rank only the newest this many matches (0: all)."""
        if filters is not None and filters.active:
            candidates = self._candidates.load(self.conn(), filters)
            rows, self.last_capped = ranked_page(
                self.conn(),
                fts,
                candidates,
                filters,
                limit=limit,
                offset=offset,
                quick=quick > 0,
                quick_candidates=quick,
            )
        else:
            rows = self._ranked(fts, limit, offset, quick)
        if not rows:
            return []
        return self._summaries(fts, rows)

    def _ranked(self, fts: str, limit: int, offset: int, quick: int) -> Rows:
        """``quick``: rank only the newest this many matches (0: all)."""
        floor = 0
        if quick:
            # Cheap: walks back at most ``quick`` rowids from the end of the doclists.
            row = (
                self.conn()
                .execute(
                    "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
                    " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                    (fts, quick),
                )
                .fetchone()
            )
            floor = row[0] if row is not None else 0
            self.last_capped = floor > 0
        # Snippets with the ranking: FTS5 computes them for the page's rows only.
        rows = (
            self.conn()
            .execute(
                f"SELECT rowid, {SHOWN} FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ?"
                " ORDER BY rank LIMIT ? OFFSET ?",
                (fts, floor, limit, offset),
            )
            .fetchall()
        )
        return [tuple(r) for r in rows]

    def _summaries(self, fts: str, rows: Rows) -> list[EntrySummary]:
        """The page's rows as summaries with snippets: from the body (Markdown taken out),
        else the tags (not their JSON), else the title; see ``readable_snippet``."""
        if len(rows[0]) == 1:  # ranked without snippets (see ``Rows``)
            rows = self._shown(fts, [r[0] for r in rows])
        marks = ", ".join("?" * len(rows))
        found = (
            self.conn()
            .execute(
                f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE id IN ({marks})", [r[0] for r in rows]
            )
            .fetchall()
        )
        by_id = {r[0]: r for r in found}
        return [
            summary_from_row(by_id[r[0]], readable_snippet(r[1], r[2], r[3]))
            for r in rows
            if r[0] in by_id
        ]

    def _shown(self, fts: str, ids: list[int]) -> Rows:
        rows = (
            self.conn()
            .execute(
                f"""
            SELECT rowid, {SHOWN} FROM entries_fts
            WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ?
              AND +rowid IN ({", ".join("?" * len(ids))})
            """,
                # The page's rowid range is walked and each row checked in memory: "rowid IN"
                # alone makes FTS5 seek each id, up to 100 ms a page for a common word.
                (fts, min(ids), max(ids), *ids),
            )
            .fetchall()
        )
        by_id = {r[0]: tuple(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]
