"""Entries in the vault: create, edit, trash, list page by page, and full-text search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlcipher3.dbapi2 import DatabaseError

from supervision_app.core.entries import EntrySummary
from supervision_app.core.errors import EntryNotFound
from supervision_app.core.find.text import MARK_END, MARK_START
from supervision_app.storage.find.query import filter_sql, readable_snippet
from supervision_app.storage.find.search import SHOWN, Candidates, ranked_page

# Not typing's TYPE_CHECKING, and Entry, SearchFilters and dataclasses imported where used:
# a command-line search imports none of them (see tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from typing import Any, Protocol

    from supervision_app.core.entries import Entry
    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.find.search import Rows
    from supervision_app.storage.vault import Clock

    class EntryStore(Protocol):
        """What the repository uses of a vault: the vault itself, or one private connection
        of a worker's write (storage/worker_writes.py)."""

        @property
        def conn(self) -> Any: ...
        @property
        def clock(self) -> Clock: ...
        def transaction(self) -> AbstractContextManager[Any]: ...


__all__ = ["MARK_END", "MARK_START", "EntryRepository", "plain_words_query"]

SUMMARY_COLUMNS = "id, title, kind, practice_date, tags, updated_at, deleted_at"
#: The columns :func:`entry_from_row` reads, in its order.
ENTRY_COLUMNS = (
    "id, kind, title, body, practice_date, tags, minutes, created_at, updated_at, deleted_at, uid"
)
_WORD = re.compile(r"\w+", re.UNICODE)

#: While the user types, only the newest this many matches are ranked (see ``search``).
QUICK_CANDIDATES = 2000

#: A keyset cursor for the list: (practice_date, id) of the last row already shown.
Cursor = tuple[str, int]


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def _parse_ts(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def tags_of(text: str) -> tuple[str, ...]:
    """The tags column, a JSON array of strings, as a tuple.

    The column as :meth:`EntryRepository.add_once` writes it (``json.dumps`` of a list,
    ``ensure_ascii=False``) is split without :mod:`json` when no tag needs an escape (no
    quote, backslash or control character): a command-line search then does not import
    json (~2 ms). Anything else goes to ``json.loads``; a test compares the two.
    """
    if text == "[]":
        return ()
    if text[:2] == '["' and text[-2:] == '"]' and "\\" not in text and min(text) >= " ":
        tags = text[2:-2].split('", "')
        if not any('"' in tag for tag in tags):
            return tuple(tags)
    import json

    return tuple(json.loads(text))


def _tags_json(tags: Iterable[str]) -> str:
    import json

    return json.dumps(list(tags), ensure_ascii=False)


def entry_from_row(row: Any) -> Entry:
    """An :class:`Entry` from a row of :data:`ENTRY_COLUMNS`."""
    from supervision_app.core.entry import Entry

    return Entry(
        id=row[0],
        kind=row[1],
        title=row[2],
        body=row[3],
        practice_date=dt.date.fromisoformat(row[4]),
        tags=tags_of(row[5]),
        minutes=row[6],
        created_at=_parse_ts(row[7]),
        updated_at=_parse_ts(row[8]),
        deleted_at=_parse_ts(row[9]),
        uid=row[10] if len(row) > 10 else None,
    )


def summary_from_row(row: Any, snippet: str = "") -> EntrySummary:
    return EntrySummary(
        id=row[0],
        title=row[1],
        kind=row[2],
        practice_date=dt.date.fromisoformat(row[3]),
        tags=tags_of(row[4]),
        updated_at=dt.datetime.fromisoformat(row[5]),
        deleted_at=_parse_ts(row[6]),
        snippet=snippet,
    )


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


class EntryRepository:
    def __init__(self, vault: EntryStore) -> None:
        self._vault = vault
        #: Whether the last ``quick`` search ranked only the newest matches.
        self.last_search_capped = False
        self._candidates = Candidates()

    @property
    def _conn(self) -> Any:
        return self._vault.conn

    # -- writing -----------------------------------------------------------------------------

    def add(self, entry: Entry) -> Entry:
        """Add ``entry``; if its ``uid`` is already in the vault, return that entry instead."""
        return self.add_once(entry)[0]

    def add_once(self, entry: Entry) -> tuple[Entry, bool]:
        """(the entry, True if added now): an entry whose ``uid`` is known is not added again."""
        from dataclasses import replace

        entry = entry.validated()
        now = self._vault.clock()
        with self._vault.transaction():
            entry_id, new = self._insert_once(
                entry.kind,
                entry.title,
                entry.body,
                entry.practice_date,
                entry.tags,
                entry.minutes,
                entry.uid,
                created_at=entry.created_at or now,
                updated_at=entry.updated_at or now,
            )
            if not new:
                return self.get(entry_id), False
        added = replace(
            entry,
            id=entry_id,
            created_at=entry.created_at or now,
            updated_at=entry.updated_at or now,
        )
        return added, True

    def add_values(
        self,
        *,
        title: str,
        body: str,
        kind: str,
        practice_date: dt.date,
        tags: Iterable[str] = (),
        minutes: int = 0,
        uid: str | None = None,
    ) -> tuple[int, bool]:
        """:meth:`add_once` for a caller without an ``Entry`` (the command line's ``add``:
        building one imports :mod:`dataclasses`, ~15 ms of its process): the same checks,
        the same row; returns (the entry's id, True if added now)."""
        from supervision_app.core.entries import validated_fields

        title, kind, clean_tags, uid = validated_fields(
            title, kind, minutes, practice_date, tuple(tags), uid
        )
        now = self._vault.clock()
        with self._vault.transaction():
            return self._insert_once(
                kind, title, body, practice_date, clean_tags, minutes, uid, now, now
            )

    def _insert_once(
        self,
        kind: str,
        title: str,
        body: str,
        practice_date: dt.date,
        tags: tuple[str, ...],
        minutes: int,
        uid: str | None,
        created_at: dt.datetime,
        updated_at: dt.datetime,
    ) -> tuple[int, bool]:
        """Insert validated values in the open transaction, unless ``uid`` is known:
        (the id, True) or (the known entry's id, False)."""
        if uid is not None:
            known = self.id_of_uid(uid)
            if known is not None:
                return known, False
        conn = self._conn
        cur = conn.execute(
            "INSERT INTO entries (kind, title, practice_date, tags, minutes, created_at,"
            " updated_at, body, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                title,
                practice_date.isoformat(),
                _tags_json(tags),
                minutes,
                _ts(created_at),
                _ts(updated_at),
                body,
                uid,
            ),
        )
        entry_id = int(cur.lastrowid)
        self._write_tags(conn, entry_id, tags)
        return entry_id, True

    def id_of_uid(self, uid: str) -> int | None:
        row = self._conn.execute("SELECT id FROM entries WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else int(row[0])

    def update(self, entry: Entry) -> Entry:
        from dataclasses import replace

        from supervision_app.storage.supervision.common import locked_as_error

        entry_id = entry.id
        if entry_id is None:
            raise ValueError("update() needs an entry with an id")
        entry = entry.validated()
        now = self._vault.clock()
        new = {
            "kind": entry.kind,
            "title": entry.title,
            "practice_date": entry.practice_date.isoformat(),
            "tags": _tags_json(entry.tags),
            "minutes": entry.minutes,
            "body": entry.body,
        }
        with self._vault.transaction() as conn, locked_as_error():
            row = conn.execute(
                f"SELECT {', '.join(new)} FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise EntryNotFound(entry_id)
            # Only what changed is written: an unchanged title, body or tags does not make
            # the search index tokenise the entry again (its trigger fires on those columns;
            # ~4 ms for 10,000 words), and unchanged tags are not rewritten.
            changed = [column for column, old in zip(new, row, strict=True) if new[column] != old]
            assignments = "".join(f"{column} = ?, " for column in changed)
            conn.execute(
                f"UPDATE entries SET {assignments}updated_at = ? WHERE id = ?",
                (*(new[column] for column in changed), _ts(now), entry_id),
            )
            if "tags" in changed:
                conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
                self._write_tags(conn, entry_id, entry.tags)
        return replace(entry, updated_at=now)

    @staticmethod
    def _write_tags(conn: Any, entry_id: int, tags: Iterable[str]) -> None:
        conn.executemany(
            "INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)",
            [(entry_id, tag) for tag in tags],
        )

    def trash(self, entry_id: int) -> None:
        self._set_deleted(entry_id, _ts(self._vault.clock()))

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, None)

    def _set_deleted(self, entry_id: int, value: str | None) -> None:
        with self._vault.transaction() as conn:
            cur = conn.execute("UPDATE entries SET deleted_at = ? WHERE id = ?", (value, entry_id))
            if cur.rowcount == 0:
                raise EntryNotFound(entry_id)

    def empty_trash(self) -> int:
        """Delete every trashed entry for good; returns how many."""
        with self._vault.transaction() as conn:
            cur = conn.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL")
            return int(cur.rowcount)

    # -- reading -----------------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self._conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise EntryNotFound(entry_id)
        return entry_from_row(row)

    def count(self, *, trash: bool = False, filters: SearchFilters | None = None) -> int:
        where, params = filter_sql(None if trash else filters, "entries")
        where.insert(0, "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL")
        sql = f"SELECT count(*) FROM entries WHERE {' AND '.join(where)}"
        return int(self._conn.execute(sql, params).fetchone()[0])

    def page(
        self,
        *,
        after: Cursor | None = None,
        limit: int = 200,
        kind: str | None = None,
        tag: str | None = None,
        filters: SearchFilters | None = None,
    ) -> list[EntrySummary]:
        """Live entries matching ``filters``, newest practice date first, after ``after``."""
        if kind or tag:
            from dataclasses import replace

            from supervision_app.core.find.filters import SearchFilters

            filters = replace(
                filters or SearchFilters(),
                kind=kind or (filters.kind if filters else None),
                tags=(*(filters.tags if filters else ()), *((tag,) if tag else ())),
            )
        where, params = filter_sql(filters, "entries")
        where.insert(0, "deleted_at IS NULL")
        if after is not None:
            where.append("(practice_date, id) < (?, ?)")
            params.extend(after)
        sql = (
            f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE {' AND '.join(where)}"
            " ORDER BY practice_date DESC, id DESC LIMIT ?"
        )
        rows = self._conn.execute(sql, (*params, limit)).fetchall()
        return [summary_from_row(r) for r in rows]

    @staticmethod
    def cursor_of(summary: EntrySummary) -> Cursor:
        return (summary.practice_date.isoformat(), summary.id)

    def trashed(self, *, limit: int = 1000) -> list[EntrySummary]:
        rows = self._conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NOT NULL"
            " ORDER BY deleted_at DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [summary_from_row(r) for r in rows]

    def all_tags(self) -> list[tuple[str, int]]:
        rows = self._conn.execute(
            "SELECT t.tag, count(*) FROM entry_tags t JOIN entries e ON e.id = t.entry_id"
            " WHERE e.deleted_at IS NULL"
            " GROUP BY t.tag COLLATE NOCASE ORDER BY t.tag COLLATE NOCASE"
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    # -- search ------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        plain: bool = False,
        prefix_last: bool = False,
        quick: bool = False,
        filters: SearchFilters | None = None,
    ) -> list[EntrySummary]:
        """Ranked matches in live entries that pass ``filters``, each with a snippet.

        ``query`` may use FTS5 syntax; if it is not valid FTS5 it is searched as plain words,
        so a stray quote or bracket never turns into an error for the user.

        Ranking scores every match, which costs tens of milliseconds for a word found in most
        of 50,000 entries. ``quick`` (while the user is typing) ranks only the newest
        :data:`QUICK_CANDIDATES` matches; :attr:`last_search_capped` says whether that cut
        anything, so the caller can rank fully once typing stops.
        """
        self.last_search_capped = False
        fts = plain_words_query(query, prefix_last=prefix_last) if plain else query.strip()
        if not fts:
            return []
        try:
            return self._match(fts, limit, offset, quick, filters)
        except DatabaseError:
            fallback = plain_words_query(query, prefix_last=prefix_last)
            if plain or not fallback:
                return []
        try:
            return self._match(fallback, limit, offset, quick, filters)
        except DatabaseError:
            return []

    def _match(
        self, fts: str, limit: int, offset: int, quick: bool, filters: SearchFilters | None
    ) -> list[EntrySummary]:
        if filters is not None and filters.active:
            candidates = self._candidates.load(self._conn, filters)
            rows, self.last_search_capped = ranked_page(
                self._conn,
                fts,
                candidates,
                filters,
                limit=limit,
                offset=offset,
                quick=quick,
                quick_candidates=QUICK_CANDIDATES,
            )
        else:
            rows = self._ranked(fts, limit, offset, quick)
        if not rows:
            return []
        return self._summaries(fts, rows)

    def _ranked(self, fts: str, limit: int, offset: int, quick: bool) -> Rows:
        floor = 0
        if quick:
            # Cheap: walks back at most QUICK_CANDIDATES rowids from the end of the doclists.
            row = self._conn.execute(
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
                " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (fts, QUICK_CANDIDATES),
            ).fetchone()
            floor = row[0] if row is not None else 0
            self.last_search_capped = floor > 0
        # Snippets with the ranking: FTS5 computes them for the page's rows only.
        rows = self._conn.execute(
            f"SELECT rowid, {SHOWN} FROM entries_fts WHERE entries_fts MATCH ? AND rowid > ?"
            " ORDER BY rank LIMIT ? OFFSET ?",
            (fts, floor, limit, offset),
        ).fetchall()
        return [tuple(r) for r in rows]

    def _summaries(self, fts: str, rows: Rows) -> list[EntrySummary]:
        """The page's rows as summaries with snippets: from the body (Markdown taken out),
        else the tags (not their JSON), else the title; see ``readable_snippet``."""
        if len(rows[0]) == 1:  # ranked without snippets (see ``Rows``)
            rows = self._shown(fts, [r[0] for r in rows])
        marks = ", ".join("?" * len(rows))
        found = self._conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE id IN ({marks})", [r[0] for r in rows]
        ).fetchall()
        by_id = {r[0]: r for r in found}
        return [
            summary_from_row(by_id[r[0]], readable_snippet(r[1], r[2], r[3]))
            for r in rows
            if r[0] in by_id
        ]

    def _shown(self, fts: str, ids: list[int]) -> Rows:
        rows = self._conn.execute(
            f"""
            SELECT rowid, {SHOWN} FROM entries_fts
            WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ?
              AND +rowid IN ({", ".join("?" * len(ids))})
            """,
            # The page's rowid range is walked and each row checked in memory: "rowid IN"
            # alone makes FTS5 seek each id, up to 100 ms a page for a common word.
            (fts, min(ids), max(ids), *ids),
        ).fetchall()
        by_id = {r[0]: tuple(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]
