"""The second pass of a JSONL import: rows into tables, in batches, with ids remapped."""

from __future__ import annotations

import json
from typing import Any

from supervision_app.core.entries import normalise_tags, one_line
from supervision_app.core.i18n import Text
from supervision_app.core.imports import ImportResult, InvalidImport
from supervision_app.storage.bulk import BATCH, IndexBuild
from supervision_app.storage.jsonl.schema import (
    SOFT_REFERENCES,
    TYPE_KEY,
    BadValue,
    Table,
    from_json,
    quote,
    remap_source,
)
from supervision_app.storage.vault import DatabaseError

_Key = tuple[str, tuple[str, ...]]

#: Rows kept in memory at most while the full-text index is built on a second thread (about
#: 30 MB for the 130,000 rows after the entries of a 50,000-entry restore).
HOLD_ROWS = 250_000


class RowWriter:
    """Buffers rows per statement and writes them with ``executemany``.

    ``offsets`` says how far each table's ids move; ``ids`` holds the file's ids of the
    tables that soft references point at; ``restore`` makes text-keyed rows of the file
    replace the vault's (see :mod:`.jsonl_import`). With ``index``, the entries written
    so far are indexed on a second thread as soon as a record of another table comes (in a
    dump: after the last entry), and the rows that follow are held until it has finished.
    """

    def __init__(
        self,
        conn: Any,
        tables: dict[str, Table],
        offsets: dict[str, int],
        ids: dict[str, set[int]],
        restore: bool,
        index: IndexBuild | None = None,
    ) -> None:
        self._conn = conn
        self._index = index
        self._entries_high = 0
        #: True once the index has been started (or if there is none to start).
        self._started = index is None
        self._tables = tables
        self._offsets = offsets
        self._ids = ids
        self._restore = restore
        self._buffers: dict[_Key, list[tuple[int, tuple[Any, ...]]]] = {}
        self._sql: dict[_Key, str] = {}
        # table -> {column: offset} for every column whose values are shifted
        self._shifts: dict[str, dict[str, int]] = {}
        for name, table in tables.items():
            shifts = {}
            for column in table.columns:
                source = remap_source(tables, name, column.name)
                if source is not None and offsets.get(source):
                    shifts[column.name] = offsets[source]
            self._shifts[name] = shifts
        self._soft: dict[str, list[tuple[str, tuple[tuple[str, str], ...]]]] = {}
        for (table_name, column_name), refs in SOFT_REFERENCES.items():
            if table_name in tables and tables[table_name].column(column_name) is not None:
                self._soft.setdefault(table_name, []).append((column_name, refs))
        self.result = ImportResult()
        #: Rows left out because a soft reference pointed at nothing in the file.
        self.dropped = 0
        #: Tables with rows written (their references are checked at the end).
        self.tables_written: set[str] = set()
        self._uids: set[str] = set()
        self._clean_tags: dict[str, str] = {}

    def add(self, number: int, table: Table, obj: dict[str, Any]) -> None:
        values = table.quick_values(obj)
        if values is None:
            values = _converted(table, obj)
        self.add_values(number, table, values)

    def add_values(self, number: int, table: Table, values: dict[str, Any]) -> None:
        """Like :meth:`add`, for a line's values as they are stored (``values`` is changed)."""
        name = table.name
        if name != "entries" and self._entries_high and not self._started:
            self._start_index()
        shifts = self._shifts[name]
        if shifts:
            for column_name, shift in shifts.items():
                if values.get(column_name) is not None:
                    values[column_name] += shift
        if name == "entries":
            self._clean_entry(values)
            if self._index is not None:
                self._note_entry(self._index, values)
            if values.get("uid") is not None:
                if self._index is not None:
                    self._index.wait()  # the connection is needed
                # A whole record whose uid the vault (or this file) already has comes in as
                # a new entry without the uid, as before uids existed: its linked records
                # follow its new id. (Minimal entry lines with a known uid are skipped.)
                if (
                    values["uid"] in self._uids
                    or self._conn.execute(
                        "SELECT 1 FROM entries WHERE uid = ?", (values["uid"],)
                    ).fetchone()
                ):
                    values["uid"] = None
                else:
                    self._uids.add(values["uid"])
        elif name == "entry_tags" and isinstance(values.get("tag"), str):
            values["tag"] = one_line(values["tag"])
        soft = self._soft.get(name)
        if soft:
            for column_name, refs in soft:
                if values.get(column_name) is not None:
                    keep, values[column_name] = self._soft_remap(values[column_name], refs)
                    if not keep:
                        self.dropped += 1
                        return
        key: _Key = (name, tuple(values))
        buffer = self._buffers.get(key)
        if buffer is None:
            buffer = self._buffers[key] = []
        buffer.append((number, tuple(values.values())))
        # A held buffer is looked at again each BATCH rows, not each row: the sum over the
        # buffers for each of 130,000 held rows cost ~0.1 CPU s while the index was built.
        if len(buffer) % BATCH == 0 and not self._hold():
            self._flush(key)

    def _note_entry(self, index: IndexBuild, values: dict[str, Any]) -> None:
        entry_id = values.get("id")
        if isinstance(entry_id, int):
            index.note(entry_id)  # an entry after another table's records, lower than some
            if entry_id > self._entries_high:
                self._entries_high = entry_id

    def _start_index(self) -> None:
        """The entries written so far go into the full-text index on a second thread."""
        index = self._index
        assert index is not None
        for key in [k for k in self._buffers if k[0] == "entries"]:
            self._flush(key)
        index.start(self._entries_high)
        self._started = True

    def _hold(self) -> bool:
        """True to keep a full batch for later: the index is being built on the second
        thread (and fewer than :data:`HOLD_ROWS` rows are waiting)."""
        index = self._index
        if index is None or not index.running:
            return False
        return sum(len(rows) for rows in self._buffers.values()) < HOLD_ROWS

    def _clean_entry(self, values: dict[str, Any]) -> None:
        """Titles and tags lose control characters here too, as on every other way in."""
        if isinstance(values.get("title"), str):
            values["title"] = one_line(values["title"])
        tags = values.get("tags")
        if isinstance(tags, str):
            # Entries share few sets of tags: each is cleaned once.
            clean = self._clean_tags.get(tags)
            if clean is None:
                clean = _clean_tags(tags)
                if len(self._clean_tags) >= 65536:
                    self._clean_tags.clear()
                self._clean_tags[tags] = clean
            values["tags"] = clean

    def _soft_remap(self, value: Any, refs: tuple[tuple[str, str], ...]) -> tuple[bool, Any]:
        """(keep the row, the new value) for a soft reference.

        An id the file holds moves with its table. One it does not hold cannot be followed:
        an integer becomes null (readers take that as "no linked record"; in a restore, with
        no offset, it is kept as it was), and a row keyed by text naming it is left out, so
        it can never attach to an unrelated record (entry ids can be used again).
        """
        for prefix, target in refs:
            if prefix == "" and isinstance(value, int):
                old = value
            elif prefix and isinstance(value, str) and value.startswith(prefix):
                digits = value[len(prefix) :]
                if not (digits.isascii() and digits.isdigit()):
                    continue
                old = int(digits)
            else:
                continue
            offset = self._offsets.get(target, 0)
            known = old in self._ids.get(target, set())
            if prefix == "":
                if not offset:  # a restore keeps every id as it was
                    return True, value
                return True, old + offset if known else None
            if not known:
                return False, None
            return True, f"{prefix}{old + offset}"
        return True, value

    def _statement(self, key: _Key) -> str:
        if key in self._sql:
            return self._sql[key]
        name, columns = key
        table = self._tables[name]
        sql = (
            f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})"
        )
        if table.rowid_key is None and table.primary_key:
            sql += self._on_conflict(table, columns)
        self._sql[key] = sql
        return sql

    def _on_conflict(self, table: Table, columns: tuple[str, ...]) -> str:
        others = [c for c in columns if c not in table.primary_key]
        if not others or not set(table.primary_key) <= set(columns):
            return " ON CONFLICT DO NOTHING"
        target = ", ".join(quote(c) for c in table.primary_key)
        update = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in others)
        sql = f" ON CONFLICT ({target}) DO UPDATE SET {update}"
        if self._restore:
            return sql
        if "updated_at" in others:
            return sql + f" WHERE excluded.updated_at > {quote(table.name)}.updated_at"
        return " ON CONFLICT DO NOTHING"

    def _flush(self, key: _Key) -> None:
        rows = self._buffers.pop(key, [])
        if not rows:
            return
        if self._index is not None:
            self._index.wait()
        sql = self._statement(key)
        conn = self._conn
        conn.execute("SAVEPOINT import_batch")
        try:
            cursor = conn.executemany(sql, [params for _number, params in rows])
        except DatabaseError as error:
            conn.execute("ROLLBACK TO import_batch")
            self._find_refused(key[0], sql, rows)
            raise InvalidImport(
                [
                    Text("Imports", "The vault refused a {table} record ({reason})",
                         table=key[0], reason=str(error))
                ]
            ) from None  # fmt: skip
        conn.execute("RELEASE import_batch")
        self.tables_written.add(key[0])
        written = max(cursor.rowcount, 0)
        self.result.records[key[0]] = self.result.records.get(key[0], 0) + written
        self.result.kept_existing += len(rows) - written

    def _find_refused(self, table: str, sql: str, rows: list[tuple[int, tuple[Any, ...]]]) -> None:
        for number, params in rows:
            try:
                self._conn.execute(sql, params)
            except DatabaseError as error:
                raise InvalidImport(
                    [f"Line {number}: the vault refused this {table} record ({error})"]
                ) from None

    def flush_all(self) -> None:
        for key in list(self._buffers):
            self._flush(key)


def _converted(table: Table, obj: dict[str, Any]) -> dict[str, Any]:
    """Each value as it is stored (base64 decoded); :class:`BadValue` if the first pass
    would not have accepted the line (the file has changed since)."""
    values: dict[str, Any] = {}
    for name, value in obj.items():
        if name == TYPE_KEY:
            continue
        column = table.column_for_key(name)
        if column is None:
            raise BadValue(f"{table.name} has no field '{name}'")
        values[column.name] = from_json(column, value)
    return values


def _clean_tags(text: str) -> str:
    """An entry's ``tags`` column (a JSON list) with each tag cleaned as on every other way
    in; text that is not a JSON list is kept as it is."""
    try:
        tags = json.loads(text)
    except ValueError:
        return text
    if isinstance(tags, list):
        return json.dumps(list(normalise_tags(tags)), ensure_ascii=False)
    return text
