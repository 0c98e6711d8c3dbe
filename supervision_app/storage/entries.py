"""Entries in the vault: create, edit, trash, list page by page, and full-text search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from supervision_app.core.entries import EntrySummary
from supervision_app.core.errors import EntryNotFound
from supervision_app.core.find.text import MARK_END, MARK_START
from supervision_app.storage.entry_rows import (
    ENTRY_COLUMNS,
    SUMMARY_COLUMNS,
    entry_from_row,
    summary_from_row,
    tags_json,
    tags_of,
    ts,
)
from supervision_app.storage.find.entry_search import EntrySearch, plain_words_query
from supervision_app.storage.find.query import filter_sql

# Not typing's TYPE_CHECKING, and Entry, SearchFilters and dataclasses imported where used:
# a command-line search imports none of them (see tests/cli/test_cli_index.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from contextlib import AbstractContextManager
    from typing import Any, Protocol

    from supervision_app.core.entries import Entry
    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.vault import Clock

    class EntryStore(Protocol):
        """What the repository uses of a vault: the vault itself, or one private connection
        of a worker's write (storage/worker_writes.py)."""

        @property
        def conn(self) -> Any: ...
        @property
        def clock(self) -> Clock: ...
        def transaction(self) -> AbstractContextManager[Any]: ...


#: While the user types, only the newest this many matches are ranked (see ``search``).
QUICK_CANDIDATES = 2000

__all__ = [
    "ENTRY_COLUMNS",
    "MARK_END",
    "MARK_START",
    "SUMMARY_COLUMNS",
    "EntryRepository",
    "entry_from_row",
    "plain_words_query",
    "summary_from_row",
    "tags_of",
]

#: A keyset cursor for the list: (practice_date, id) of the last row already shown.
Cursor = tuple[str, int]


class EntryRepository:
    def __init__(self, vault: EntryStore) -> None:
        self._vault = vault
        self._search = EntrySearch(lambda: vault.conn)

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
                tags_json(tags),
                minutes,
                ts(created_at),
                ts(updated_at),
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
            "tags": tags_json(entry.tags),
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
                (*(new[column] for column in changed), ts(now), entry_id),
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
        self._set_deleted(entry_id, ts(self._vault.clock()))

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

    # -- search (storage/find/entry_search.py) -------------------------------------------------

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
        """Ranked matches in live entries that pass ``filters``, each with a snippet (see
        ``EntrySearch.search`` in storage/find/entry_search.py)."""
        return self._search.search(
            query,
            limit=limit,
            offset=offset,
            plain=plain,
            prefix_last=prefix_last,
            quick=quick,
            quick_candidates=QUICK_CANDIDATES,
            filters=filters,
        )

    @property
    def last_search_capped(self) -> bool:
        """Whether the last ``quick`` search ranked only the newest matches."""
        return self._search.last_capped
