"""The whole vault as JSON Lines, and back (docs/jsonl-format.md).

One line per row of every table of the vault, parents before the rows that refer to them,
between a header line and an end line::

    {"type": "header", "format": "supervision-journal-jsonl", "version": 1, ...}
    {"type": "entries", "id": 1, "kind": "reflection", "title": "...", ...}
    {"type": "entry_tags", "entry_id": 1, "tag": "safeguarding"}
    {"type": "end", "lines": 2}

The dump is driven by the schema itself (:mod:`.jsonl_schema`), so tables added by later
migrations are included without changes here. :func:`import_jsonl` (in
:mod:`.jsonl_import`) reads it back, and also reads "minimal" entry lines written by hand or
by other tools.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app import __version__
from supervision_app.core.atomic import atomic_file
from supervision_app.storage.jsonl.schema import (
    SEQUENCE_TYPE,
    SOFT_REFERENCES,
    TYPE_KEY,
    Table,
    quote,
    to_json,
    vault_tables,
)

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

FORMAT = "supervision-journal-jsonl"
VERSION = 1
HEADER_TYPE = "header"
END_TYPE = "end"
#: The line type of a minimal entry line (a line without ``type`` is one too).
ENTRY_TYPE = "entry"


@dataclass
class DumpSummary:
    path: Path
    #: Rows written per table.
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def entries(self) -> int:
        return self.rows.get("entries", 0)


#: Characters that some readers take as line breaks (``str.splitlines``): written escaped.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def encode(obj: dict[str, Any]) -> str:
    """One line of the file: compact JSON, UTF-8 text, nothing any reader splits."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKS) + "\n"


def header(vault: Vault, *, scope: str = "vault") -> dict[str, Any]:
    exported_at = vault.clock().astimezone(dt.UTC).isoformat(timespec="seconds")
    return {
        TYPE_KEY: HEADER_TYPE,
        "format": FORMAT,
        "version": VERSION,
        "schema_version": vault.schema_version,
        "app_version": __version__,
        "exported_at": exported_at.replace("+00:00", "Z"),
        "scope": scope,
    }


class _Selection:
    """Which rows a partial dump keeps: the chosen entries and whatever hangs on them."""

    def __init__(self, tables: list[Table], entry_ids: Collection[int]) -> None:
        #: (table, column) -> the kept values, for every filtered column a reference targets.
        self.kept: dict[tuple[str, str], set[Any]] = {("entries", "id"): set(entry_ids)}
        self._targets = {
            (fk.parent, fk.parent_columns[0])
            for t in tables
            for fk in t.foreign_keys
            if len(fk.columns) == 1
        }
        self._tables = {t.name: t for t in tables}
        for refs in SOFT_REFERENCES.values():
            for _prefix, target in refs:
                key = self._tables[target].rowid_key if target in self._tables else None
                if key is not None:
                    self._targets.add((target, key))

    def checks(self, table: Table) -> list[tuple[int, set[Any]]]:
        """(column index, allowed values) pairs a row of ``table`` must satisfy."""
        names = [c.name for c in table.columns]
        found = [
            (names.index(fk.columns[0]), self.kept[(fk.parent, fk.parent_columns[0])])
            for fk in table.foreign_keys
            if len(fk.columns) == 1 and (fk.parent, fk.parent_columns[0]) in self.kept
        ]
        if table.name == "entries" and "id" in names:
            found.append((names.index("id"), self.kept[("entries", "id")]))
        return found

    def text_checks(self, table: Table) -> list[tuple[int, str, set[Any]]]:
        """(column index, prefix, allowed ids) for text soft references, e.g. ``entry:12``:
        a "marked as fine" decision about an entry left out must not go with the others."""
        names = [c.name for c in table.columns]
        found = []
        for (name, column), refs in SOFT_REFERENCES.items():
            if name != table.name or column not in names:
                continue
            for prefix, target in refs:
                key = self._tables[target].rowid_key if target in self._tables else None
                if prefix and key is not None and (target, key) in self.kept:
                    found.append((names.index(column), prefix, self.kept[(target, key)]))
        return found

    def remembered(self, table: Table, filtered: bool) -> list[tuple[int, set[Any]]]:
        """Columns of a filtered table whose kept values filter other tables."""
        if not filtered:
            return []
        result = []
        for i, column in enumerate(table.columns):
            key = (table.name, column.name)
            if key in self._targets and key not in self.kept:
                self.kept[key] = set()
                result.append((i, self.kept[key]))
        return result


def _names_other(value: Any, prefix: str, allowed: set[Any]) -> bool:
    """Whether ``value`` is ``prefix`` + an id that is not in ``allowed``."""
    if not isinstance(value, str) or not value.startswith(prefix):
        return False
    digits = value[len(prefix) :]
    return digits.isascii() and digits.isdigit() and int(digits) not in allowed


def _rows(conn: Any, table: Table, selection: _Selection | None) -> Iterator[dict[str, Any]]:
    checks = selection.checks(table) if selection else []
    text_checks = selection.text_checks(table) if selection else []
    remember = selection.remembered(table, bool(checks)) if selection else []
    select = ", ".join(quote(c.name) for c in table.columns)
    for row in conn.execute(f"SELECT {select} FROM {quote(table.name)} ORDER BY {table.order_by}"):
        if any(row[i] is not None and row[i] not in allowed for i, allowed in checks):
            continue
        if any(_names_other(row[i], prefix, allowed) for i, prefix, allowed in text_checks):
            continue
        for i, values in remember:
            values.add(row[i])
        line: dict[str, Any] = {TYPE_KEY: table.name}
        for column, value in zip(table.columns, row, strict=True):
            line[column.key] = to_json(value)
        yield line


def dump(vault: Vault, entry_ids: Collection[int] | None = None) -> Iterator[dict[str, Any]]:
    """Every line of the dump, header and end included, streamed table by table.

    With ``entry_ids``, only those entries are written, and only the rows of other tables
    that refer (directly or through other rows) to kept entries; tables unrelated to
    entries (settings, templates, supervision partners) are written whole.
    """
    conn = vault.conn
    tables = vault_tables(conn)
    selection = None if entry_ids is None else _Selection(tables, entry_ids)
    yield header(vault, scope="vault" if selection is None else "selection")
    lines = 0
    for table in tables:
        for line in _rows(conn, table, selection):
            lines += 1
            yield line
    for line in _sequences(conn, {t.name for t in tables}):
        lines += 1
        yield line
    yield {TYPE_KEY: END_TYPE, "lines": lines}


def _sequences(conn: Any, names: set[str]) -> Iterator[dict[str, Any]]:
    """AUTOINCREMENT high-water marks: ids that were used once are never used again."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        for name, seq in conn.execute("SELECT name, seq FROM sqlite_sequence ORDER BY name"):
            if name in names:
                yield {TYPE_KEY: SEQUENCE_TYPE, "name": name, "seq": seq}


def export_jsonl(
    vault: Vault, path: Path | str, entry_ids: Collection[int] | None = None
) -> DumpSummary:
    """Write the vault (or the chosen entries and what hangs on them) to ``path`` atomically.

    The file is plain text: it holds everything the vault holds, unencrypted.
    """
    summary = DumpSummary(Path(path))
    # One read transaction: every table is dumped as of the same moment.
    conn = vault.conn
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        with atomic_file(path, "w", encoding="utf-8", newline="\n") as handle:
            for line in dump(vault, entry_ids):
                kind = line[TYPE_KEY]
                if kind not in (HEADER_TYPE, END_TYPE, SEQUENCE_TYPE):
                    summary.rows[kind] = summary.rows.get(kind, 0) + 1
                handle.write(encode(line))
    finally:
        if began:
            conn.execute("COMMIT")  # a read: nothing of ours to keep or undo
    return summary
