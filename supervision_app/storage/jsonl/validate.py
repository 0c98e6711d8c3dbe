"""The first pass of a JSONL import: check every line before anything is written.

It checks that each line is a JSON object; the header (format, version, schema) and the end
line (so a file cut short is noticed); that each record names a table of this vault and only
its columns, with values of the column's type and every required column present; that keys
are not repeated; and that every reference resolves, to a row of the file or (for text keys)
of the vault. It keeps what the second pass needs (where each line starts, counts, the
smallest and largest id of each table, the file's digest) and the keys that references point
at, so memory grows with the number of rows, never with the size of the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supervision_app.core.gil import breathe
from supervision_app.core.i18n import reason
from supervision_app.core.imports import Problems
from supervision_app.storage.jsonl import texts
from supervision_app.storage.jsonl.dump import END_TYPE, ENTRY_TYPE, FORMAT, HEADER_TYPE, VERSION
from supervision_app.storage.jsonl.lines import (
    LineError,
    Plan,
    TableStats,
    parse_line,
    read_lines,
)
from supervision_app.storage.jsonl.minimal import FieldProblem, minimal_entry
from supervision_app.storage.jsonl.schema import (
    SEQUENCE_TYPE,
    SOFT_REFERENCES,
    TYPE_KEY,
    BadValue,
    ForeignKey,
    Table,
    from_json,
    quote,
    remap_source,
)


@dataclass(frozen=True)
class _Pending:
    line: int
    table: str
    fk: ForeignKey
    value: tuple[Any, ...]


#: Called with (line number, table, values) for each accepted record; True means it has been
#: written already, so the second pass need not read the line again.
EarlyWrite = Callable[[int, Table, dict[str, Any]], bool]


class Validator:
    def __init__(
        self,
        conn: Any,
        tables: list[Table],
        schema_version: int,
        today: dt.date,
        early: EarlyWrite | None = None,
    ):
        self._conn = conn
        self._early = early
        self.tables = {t.name: t for t in tables}
        self._schema_version = schema_version
        self._today = today
        self.problems = Problems()
        self.plan = Plan(header=None)
        self._first = True
        self._end_line: int | None = None
        self._declared_lines: Any = None
        self._data_lines = 0
        self._last_line = 0
        self._told_header = False
        # (table, columns) -> {key value: line}: keys that references point at, and primary
        # keys (to catch a key given twice).
        self._unique: dict[str, tuple[str, ...]] = {}
        for table in tables:
            if table.rowid_key:
                self._unique[table.name] = (table.rowid_key,)
            elif len(table.primary_key) == 1:
                self._unique[table.name] = table.primary_key
        self._keys: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], int]] = {
            (name, columns): {} for name, columns in self._unique.items()
        }
        for table in tables:
            for fk in table.foreign_keys:
                if fk.parent in self.tables:
                    self._keys.setdefault((fk.parent, fk.parent_columns), {})
        # table -> its entries of ``_keys`` (looked up for every line)
        self._keys_of: dict[str, list[tuple[tuple[str, ...], dict[tuple[Any, ...], int]]]] = {}
        for (name, columns), seen in self._keys.items():
            self._keys_of.setdefault(name, []).append((columns, seen))
        self._pending: list[_Pending] = []
        # table -> its references to tables of this vault, with the keys seen of each parent
        self._references: dict[str, list[tuple[ForeignKey, dict[tuple[Any, ...], int]]]] = {}

    # -- lines -------------------------------------------------------------------------------

    def feed(self, number: int, offset: int, raw: bytes) -> None:
        self._last_line = number
        try:
            obj = parse_line(number, raw)
        except LineError as error:
            self.problems.add(reason(error))
            self._first = False
            return
        if obj is None:
            return
        first, self._first = self._first, False
        kind = obj.get(TYPE_KEY, ENTRY_TYPE)
        if self._end_line is not None:
            self.problems.add(texts.after_end(number, self._end_line))
            return
        if kind == HEADER_TYPE:
            if first:
                self._header(number, obj)
            else:
                self.problems.add(texts.header_not_first(number))
            return
        if kind == END_TYPE:
            if self.plan.header is None:
                self.problems.add(texts.end_without_header(number))
            self._end_line = number
            self._declared_lines = obj.get("lines")
            return
        self._data_lines += 1
        if kind == ENTRY_TYPE:
            if self._minimal(number, obj):
                self.plan.minimal.add(number, offset)
        elif kind == SEQUENCE_TYPE and self.plan.header is not None:
            self._sequence(number, obj)
        elif isinstance(kind, str) and kind in self.tables:
            if self.plan.header is None:
                if not self._told_header:
                    self._told_header = True
                    self.problems.add(texts.needs_header(number, kind))
                return
            table = self.tables[kind]
            values = self._row(number, table, obj)
            if values is not None and not (
                self._early is not None and self._early(number, table, values)
            ):
                self.plan.add_line(kind, number, offset)
        else:
            self.problems.add(texts.unknown_kind(number, kind, ", ".join(self.tables)))

    def _header(self, number: int, obj: dict[str, Any]) -> None:
        if obj.get("format") != FORMAT:
            self.problems.add(texts.not_our_format(number))
            return
        version = obj.get("version")
        if version != VERSION:
            self.problems.add(texts.unknown_version(number, repr(version), VERSION))
            return
        schema = obj.get("schema_version")
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
            self.problems.add(texts.schema_not_a_number(number))
            return
        if schema > self._schema_version:
            self.problems.add(texts.newer_schema(number, schema, self._schema_version))
            return
        self.plan.header = obj

    def _minimal(self, number: int, obj: dict[str, Any]) -> bool:
        try:
            minimal_entry(obj, self._today)
        except FieldProblem as problem:
            if problem.field:
                self.problems.add(texts.field_problem(number, problem.field, reason(problem)))
            else:
                self.problems.add(texts.line_problem(number, reason(problem)))
            return False
        return True

    def _sequence(self, number: int, obj: dict[str, Any]) -> None:
        name, seq = obj.get("name"), obj.get("seq")
        if not isinstance(name, str) or name not in self.tables:
            self.problems.add(texts.not_a_table(number, repr(name)))
        elif set(obj) - {TYPE_KEY, "name", "seq"}:
            extra = sorted(set(obj) - {TYPE_KEY, "name", "seq"})[0]
            self.problems.add(texts.no_such_field(number, SEQUENCE_TYPE, extra))
        elif not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq < 2**63:
            self.problems.add(texts.seq_not_a_number(number))
        elif self.tables[name].fresh_key is None:
            self.problems.add(texts.no_ids_to_count(number, name))
        else:
            self.plan.sequences[name] = seq

    def _row(self, number: int, table: Table, obj: dict[str, Any]) -> dict[str, Any] | None:
        """The line's values as they are stored, or None (and the problems noted)."""
        values = table.quick_values(obj)
        if values is None:  # a value to convert, or a problem to name
            return self._row_checked(number, table, obj)
        self._count(table, values)
        self._remember_keys(number, table, values)
        self._check_references(number, table, values)
        return values

    def _row_checked(self, number: int, table: Table, obj: dict[str, Any]) -> dict[str, Any] | None:
        values: dict[str, Any] = {}
        bad = False
        for key, value in obj.items():
            if key == TYPE_KEY:
                continue
            column = table.column_for_key(key)
            if column is None:
                self.problems.add(texts.no_such_field(number, table.name, key))
                bad = True
                continue
            try:
                values[column.name] = from_json(column, value)
            except BadValue as error:
                self.problems.add(texts.bad_value(number, key, table.name, reason(error)))
                bad = True
        for column in table.columns:
            if column.name in values:
                is_key = column.name == table.rowid_key or column.name in table.primary_key
                if is_key and values[column.name] is None:
                    self.problems.add(texts.null_key(number, column.key, table.name))
                    bad = True
            elif (
                (column.not_null and not column.has_default)
                or column.name == table.rowid_key
                or column.name in table.primary_key
            ):
                self.problems.add(texts.missing_field(number, column.key, table.name))
                bad = True
        if bad:
            # Its valid keys still count, so rows referring to it are not reported as well.
            self._remember_keys(number, table, values)
            return None
        self._count(table, values)
        self._remember_keys(number, table, values)
        self._check_references(number, table, values)
        return values

    def _count(self, table: Table, values: dict[str, Any]) -> None:
        stats = self.plan.stats.get(table.name)
        if stats is None:
            stats = self.plan.stats[table.name] = TableStats()
        stats.rows += 1
        fresh = table.fresh_key
        if fresh is not None:
            key = values[fresh]
            if stats.min_key is None or key < stats.min_key:
                stats.min_key = key
            if stats.max_key is None or key > stats.max_key:
                stats.max_key = key

    def _remember_keys(self, number: int, table: Table, values: dict[str, Any]) -> None:
        unique = self._unique.get(table.name)
        for columns, seen in self._keys_of.get(table.name, ()):
            key = tuple([values.get(c) for c in columns])
            if None in key:
                continue
            if columns == unique and key in seen:
                shown = key[0] if len(key) == 1 else key
                self.problems.add(
                    texts.duplicate(number, table.name, columns[0], repr(shown), seen[key])
                )
                continue
            seen.setdefault(key, number)

    def _check_references(self, number: int, table: Table, values: dict[str, Any]) -> None:
        references = self._references.get(table.name)
        if references is None:
            references = self._references[table.name] = [
                (fk, self._keys[(fk.parent, fk.parent_columns)])
                for fk in table.foreign_keys
                if fk.parent in self.tables
            ]
        for fk, keys in references:
            value = tuple([values.get(c) for c in fk.columns])
            if None in value:
                continue
            if value not in keys:
                self._pending.append(_Pending(number, table.name, fk, value))

    # -- the end -----------------------------------------------------------------------------

    def finish(self) -> Plan:
        """The plan, or :class:`InvalidImport` listing every problem found."""
        if self.plan.header is not None:
            if self._end_line is None:
                self.problems.add(texts.cut_short(self._last_line))
            elif self._declared_lines != self._data_lines:
                self.problems.add(
                    texts.wrong_count(self._end_line, repr(self._declared_lines), self._data_lines)
                )
        for pending in self._pending:
            self._resolve(pending)
        if not self._data_lines and not self.problems:
            self.problems.add(texts.nothing_to_import())
        self.problems.check()
        targets = {t for refs in SOFT_REFERENCES.values() for _prefix, t in refs}
        for name in targets & set(self._unique):
            if self.tables[name].fresh_key is not None:
                ids = self._keys[(name, self._unique[name])]
                self.plan.ids[name] = {key[0] for key in ids}
        return self.plan

    def _resolve(self, pending: _Pending) -> None:
        fk = pending.fk
        if pending.value in self._keys[(fk.parent, fk.parent_columns)]:
            return
        in_file_only = (
            len(fk.parent_columns) == 1
            and remap_source(self.tables, fk.parent, fk.parent_columns[0]) is not None
        )
        if not in_file_only:
            where = " AND ".join(f"{quote(c)} = ?" for c in fk.parent_columns)
            sql = f"SELECT 1 FROM {quote(fk.parent)} WHERE {where} LIMIT 1"
            if self._conn.execute(sql, pending.value).fetchone() is not None:
                return
        shown = pending.value[0] if len(pending.value) == 1 else pending.value
        if in_file_only:
            text = texts.missing_parent_in_file(
                pending.line,
                fk.columns[0],
                pending.table,
                fk.parent,
                fk.parent_columns[0],
                repr(shown),
            )
        else:
            text = texts.missing_parent(
                pending.line,
                fk.columns[0],
                pending.table,
                fk.parent,
                fk.parent_columns[0],
                repr(shown),
            )
        self.problems.add(text)


def validate(
    conn: Any,
    path: Path,
    tables: list[Table],
    schema_version: int,
    today: dt.date,
    early: EarlyWrite | None = None,
) -> Plan:
    """Read the whole file once; return the :class:`Plan` or raise ``InvalidImport``.

    ``early`` may write accepted records as they come (see :mod:`.restore`): only the
    caller's transaction, rolled back if this raises, makes that safe.
    """
    validator = Validator(conn, tables, schema_version, today, early)
    digest = hashlib.sha256()
    for number, offset, raw in read_lines(path):
        breathe()  # on the app's worker thread, the window gets the GIL (core/gil.py)
        digest.update(raw)
        validator.feed(number, offset, raw)
    plan = validator.finish()
    plan.digest = digest.hexdigest()
    return plan
