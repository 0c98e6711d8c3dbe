"""The vault's own tables, read from SQLite itself, for the JSONL dump and its re-import.

Nothing here names a table: the dump covers whatever the migrations created, so a table
added by a later schema is exported and imported without touching this code. Virtual tables
(the full-text index) and their shadow tables are left out; triggers rebuild them.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from supervision_app.core.i18n import Text

#: Key of the line type in every line; a column of that name is written as ``$type``.
TYPE_KEY = "type"
ESCAPED_TYPE_KEY = "$type"
BASE64_KEY = "$base64"
#: The line type of AUTOINCREMENT high-water marks (SQLite's own table of them).
SEQUENCE_TYPE = "sqlite_sequence"

#: References the schema cannot declare as foreign keys, remapped like declared ones on
#: import: (table, column) -> ((prefix, target table), ...). With an empty prefix the value
#: is the target's id; otherwise it is text, the prefix followed by the id. Keep this in
#: step with the schema: a column listed here that does not exist is ignored.
SOFT_REFERENCES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    # A plain integer: SQLite cannot add a foreign key to an existing table (schema 3).
    ("cpd_records", "peer_reflection_id"): (("", "peer_reflections"),),
    # "Marked as fine" decisions of the anonymisation check, keyed by where they apply.
    ("scan_dismissals", "source"): (("entry:", "entries"), ("hcpc-profile:", "hcpc_profiles")),
}


@dataclass(frozen=True)
class Column:
    name: str
    #: SQLite's type affinity: INTEGER, TEXT, BLOB, REAL or NUMERIC.
    affinity: str
    not_null: bool
    has_default: bool

    @property
    def key(self) -> str:
        """The key of this column in a JSON line."""
        return ESCAPED_TYPE_KEY if self.name == TYPE_KEY else self.name


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    #: The ``INTEGER PRIMARY KEY`` column (an alias of the rowid), if any.
    rowid_key: str | None
    foreign_keys: tuple[ForeignKey, ...]

    def column(self, name: str) -> Column | None:
        return self._by_name.get(name)

    @cached_property
    def _by_name(self) -> dict[str, Column]:
        # Looked up for every value of every line (hundreds of thousands of times).
        return {column.name: column for column in self.columns}

    def column_for_key(self, key: str) -> Column | None:
        """The column a JSON key stands for (``$type`` -> ``type``; ``type`` is the line's)."""
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Column]:
        keys = {c.name: c for c in self.columns if c.name not in (TYPE_KEY, ESCAPED_TYPE_KEY)}
        if (typed := self._by_name.get(TYPE_KEY)) is not None:
            keys[ESCAPED_TYPE_KEY] = typed
        return keys

    def quick_values(self, obj: dict[str, Any]) -> dict[str, Any] | None:
        """``{column: value}`` for a line whose every value goes in as it is, else None.

        The same as calling :func:`from_json` for each key, for a line with no unknown key,
        no missing required column, no null key and no value needing a conversion (base64)
        or refused; for any other line None, and the caller takes the long way, which names
        the problem. What is checked for a set of keys is worked out once per set (the lines
        of a table nearly always share theirs): this is what an import does for every line,
        twice.
        """
        keys = tuple(obj)
        shape = self._shapes.get(keys)
        if shape is None:
            shape = self._shapes[keys] = self._shape(keys)
        if not shape:
            return None
        values: dict[str, Any] = {}
        # Inline rather than a call per value: this runs for every value of every line.
        for (name, kinds, nullable, whole), value in zip(shape, obj.values(), strict=True):
            if name is None:
                continue
            if value is None:
                if not nullable:
                    return None
            elif type(value) not in kinds or (whole and not -_INT_LIMIT <= value < _INT_LIMIT):
                return None
            values[name] = value
        return values

    @cached_property
    def _shapes(self) -> dict[tuple[str, ...], tuple[_Accepts, ...]]:
        return {}

    def _shape(self, keys: tuple[str, ...]) -> tuple[_Accepts, ...]:
        """Per key, what it accepts as is (see :data:`_Accepts`; the column ``None`` for the
        line type), or ``()`` if the keys themselves are a problem: one that is no column,
        or a required column missing."""
        shape: list[_Accepts] = []
        present = set()
        for key in keys:
            if key == TYPE_KEY:
                shape.append((None, frozenset(), True, False))
                continue
            column = self.column_for_key(key)
            if column is None:
                return ()
            is_key = column.name == self.rowid_key or column.name in self.primary_key
            shape.append((column.name, *_accepts(column.affinity, column.not_null or is_key)))
            present.add(column.name)
        for column in self.columns:
            required = (
                (column.not_null and not column.has_default)
                or column.name == self.rowid_key
                or column.name in self.primary_key
            )
            if required and column.name not in present:
                return ()
        return tuple(shape)

    @cached_property
    def fresh_key(self) -> str | None:
        """The rowid key that gets new values on import (one that is not itself a reference)."""
        if self.rowid_key is None:
            return None
        if any(self.rowid_key in fk.columns for fk in self.foreign_keys):
            return None
        return self.rowid_key

    @property
    def order_by(self) -> str:
        columns = self.primary_key or ("rowid",)
        return ", ".join(quote(c) for c in columns)


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def affinity(declared: str) -> str:
    """SQLite's rules (https://sqlite.org/datatype3.html#determination_of_column_affinity)."""
    text = declared.upper()
    if "INT" in text:
        return "INTEGER"
    if any(word in text for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not text or "BLOB" in text:
        return "BLOB"
    if any(word in text for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _table(conn: Any, name: str, without_rowid: bool) -> Table:
    q = quote(name)
    columns: list[Column] = []
    keyed: list[tuple[int, str, str]] = []
    for _cid, col, declared, not_null, default, pk, hidden in conn.execute(
        f"PRAGMA table_xinfo({q})"
    ):
        if hidden:  # generated columns cannot be written
            continue
        columns.append(Column(col, affinity(declared or ""), bool(not_null), default is not None))
        if pk:
            keyed.append((pk, col, declared or ""))
    primary_key = tuple(col for _pk, col, _type in sorted(keyed))
    rowid_key = None
    if not without_rowid and len(keyed) == 1 and keyed[0][2].upper() == "INTEGER":
        rowid_key = keyed[0][1]
    groups: dict[int, list[tuple[int, str, str, str | None]]] = {}
    for fk_id, seq, parent, from_col, to_col, *_rest in conn.execute(
        f"PRAGMA foreign_key_list({q})"
    ):
        groups.setdefault(fk_id, []).append((seq, parent, from_col, to_col))
    foreign_keys = []
    for fk_id in sorted(groups):
        parts = sorted(groups[fk_id])
        foreign_keys.append(
            ForeignKey(
                columns=tuple(p[2] for p in parts),
                parent=parts[0][1],
                parent_columns=tuple(p[3] or "" for p in parts),
            )
        )
    return Table(name, tuple(columns), primary_key, rowid_key, tuple(foreign_keys))


def _resolve_parent_columns(tables: dict[str, Table]) -> dict[str, Table]:
    """``REFERENCES parent`` without columns means the parent's primary key."""
    resolved: dict[str, Table] = {}
    for name, table in tables.items():
        fks = []
        for fk in table.foreign_keys:
            parent = tables.get(fk.parent)
            if "" in fk.parent_columns and parent is not None:
                pk = parent.primary_key or (parent.rowid_key or "rowid",)
                fk = ForeignKey(fk.columns, fk.parent, pk)
            fks.append(fk)
        resolved[name] = Table(
            table.name, table.columns, table.primary_key, table.rowid_key, tuple(fks)
        )
    return resolved


def _soft_parents(table: str) -> set[str]:
    return {t for (name, _c), refs in SOFT_REFERENCES.items() if name == table for _p, t in refs}


def _dependency_order(tables: dict[str, Table]) -> list[Table]:
    """Parents before children; ties (and any cycle) in creation order."""
    remaining = list(tables)
    placed: list[str] = []
    while remaining:
        for name in remaining:
            parents = {fk.parent for fk in tables[name].foreign_keys} | _soft_parents(name)
            parents.discard(name)
            if all(p in placed or p not in tables for p in parents):
                break
        else:
            name = remaining[0]  # a cycle: defer_foreign_keys copes with any order
        placed.append(name)
        remaining.remove(name)
    return [tables[n] for n in placed]


#: Never written to a backup: the journal's private signing key stays inside its vault (a
#: vault restored from a backup makes its own identity; partners confirm the new one); and
#: the passes that let an addendum onto a signed record's entry (``signed_entry_guard``),
#: which no file may bring in.
PRIVATE_TABLES = frozenset({"vault_identity", "supervision_entry_appends"})


def vault_tables(conn: Any) -> list[Table]:
    """Every ordinary table of the vault but :data:`PRIVATE_TABLES`, parents before the tables
    that reference them."""
    kinds = {row[1]: (row[2], bool(row[4])) for row in conn.execute("PRAGMA main.table_list")}
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY rowid"
        )
    ]
    tables = {
        name: _table(conn, name, kinds[name][1])
        for name in names
        if not name.startswith("sqlite_")
        and name not in PRIVATE_TABLES
        and kinds.get(name, ("", False))[0] == "table"
    }
    return _dependency_order(_resolve_parent_columns(tables))


def remap_source(tables: dict[str, Table], table: str, column: str, depth: int = 0) -> str | None:
    """The table whose new ids a column's values follow on import, or ``None`` if kept as is.

    A table's own fresh key follows its own ids; a single-column reference follows whatever
    the column it points at follows (so references to references are remapped too).
    """
    info = tables.get(table)
    if info is None or depth > len(tables):
        return None
    if column == info.fresh_key:
        return table
    for fk in info.foreign_keys:
        if fk.columns == (column,):
            return remap_source(tables, fk.parent, fk.parent_columns[0], depth + 1)
    return None


# -- values ------------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """A stored value as JSON: blobs become ``{"$base64": "..."}``."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {BASE64_KEY: base64.b64encode(bytes(value)).decode("ascii")}
    return value


class BadValue(ValueError):
    """The reason a JSON value cannot go into a column (a phrase: 'expected ..., found ...',
    a :class:`~.i18n.Text`)."""


_WHAT = {
    "INTEGER": Text("Imports", "a whole number"),
    "TEXT": Text("Imports", "text"),
    "REAL": Text("Imports", "a number"),
    "NUMERIC": Text("Imports", "a number or text"),
    "BLOB": Text("Imports", "a value"),
}
_DESCRIBED = {
    "number": Text("Imports", "a number"),
    "text": Text("Imports", "text"),
    "list": Text("Imports", "a list"),
    "object": Text("Imports", "an object"),
}


def describe(value: Any) -> str:
    """What a JSON value is, for a problem: "a number", "text" (JSON's own words as they are:
    null, true, false)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _DESCRIBED["number"]
    if isinstance(value, str):
        return _DESCRIBED["text"]
    if isinstance(value, list):
        return _DESCRIBED["list"]
    return _DESCRIBED["object"]


_INT_LIMIT = 2**63


#: (column, the exact types taken as they are, null allowed, a whole number to range-check)
_Accepts = tuple[str | None, frozenset[type], bool, bool]


def _accepts(affinity: str, not_null: bool) -> tuple[frozenset[type], bool, bool]:
    """What :func:`from_json` returns unchanged for a column (JSON gives exact types:
    ``type(True) is bool``, never ``int``); anything else takes the long way."""
    kinds: tuple[type, ...] = {
        "INTEGER": (int,),
        "TEXT": (str,),
        "REAL": (int, float),
    }.get(affinity, (int, float, str))
    return frozenset(kinds), not not_null, affinity == "INTEGER"


def from_json(column: Column, value: Any) -> Any:
    """The value to store for ``value`` read from a line, or :class:`BadValue`."""
    if value is None:
        if column.not_null:
            raise BadValue(Text("Imports", "expected a value, found null"))
        return None
    if isinstance(value, dict):
        if set(value) != {BASE64_KEY} or not isinstance(value[BASE64_KEY], str):
            raise BadValue(
                Text(
                    "Imports",
                    "expected {what}, found an object that is not {form}",
                    what=_WHAT[column.affinity],
                    form=f'{{"{BASE64_KEY}": "..."}}',
                )
            )
        try:
            return base64.b64decode(value[BASE64_KEY], validate=True)
        except (binascii.Error, ValueError):
            raise BadValue(Text("Imports", "the base64 data is not valid")) from None
    kind = column.affinity
    ok = (
        (kind == "INTEGER" and isinstance(value, int) and not isinstance(value, bool))
        or (kind == "TEXT" and isinstance(value, str))
        or (kind == "REAL" and isinstance(value, int | float) and not isinstance(value, bool))
        or (
            kind in ("NUMERIC", "BLOB")
            and isinstance(value, int | float | str)
            and not isinstance(value, bool)
        )
    )
    if not ok:
        raise BadValue(
            Text(
                "Imports", "expected {what}, found {found}", what=_WHAT[kind], found=describe(value)
            )
        )
    if kind == "INTEGER" and not -(2**63) <= value < 2**63:
        raise BadValue(Text("Imports", "the number is too large"))
    return value
