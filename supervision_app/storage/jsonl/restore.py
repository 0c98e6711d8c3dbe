"""Import a JSONL file into a vault: check it all (first pass), then write it all (second).

Ids
    Every table with its own ``INTEGER PRIMARY KEY`` gets ids after the vault's highest:
    each id of the file is shifted by one offset per table (none when the vault's table is
    empty, so a restore into a new vault keeps every id). Columns that refer to such a key,
    found through ``PRAGMA foreign_key_list``, are shifted by the same offset, so links,
    tags, guided answers, CPD details and supervision records stay attached to their rows.
    The few references the schema cannot declare are listed in
    :data:`~.jsonl_schema.SOFT_REFERENCES` and shifted too.
Text keys (settings, custom templates and other tables keyed by text or by several columns)
    A key the vault lacks is added. For a key it has, the row with the later ``updated_at``
    wins when the table has that column (custom templates); otherwise the vault keeps its own
    row (settings) - except in a vault with no entries yet (a restore), where the file's
    rows win.
Minimal entry lines
    get ids after all of the above, the vault's clock for ``created_at``, today as the date.

Everything is written in one transaction, foreign keys checked at the end; if anything
fails, nothing is written. Tables are written children first, so that triggers guarding a
parent's state (a signed supervision record refuses new actions) do not see the parent yet.
The file is never held in memory: the first pass notes where each line starts, the second
reads the lines again; if the file changes in between, the import is abandoned.
Read once
    Into a vault none of whose tables has used an id (a restore into a new vault), no id
    moves, so the records of most tables (entries, tags, links, CPD records...: see
    :func:`_early_tables`) are written as the first pass accepts them, inside the
    transaction; only the other tables' lines are read again. A problem anywhere in the
    file still rolls everything back, and is reported as if nothing had been written.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app.core.gil import breathe
from supervision_app.core.i18n import Text
from supervision_app.core.imports import ImportResult, InvalidImport
from supervision_app.storage.bulk import (
    EntryWriter,
    IndexBuild,
    index_at_the_end,
    local_today,
    next_rowid,
)
from supervision_app.storage.jsonl.lines import LineError, Plan, file_digest
from supervision_app.storage.jsonl.minimal import FieldProblem, minimal_entry
from supervision_app.storage.jsonl.schema import (
    SOFT_REFERENCES,
    BadValue,
    Table,
    quote,
    vault_tables,
)
from supervision_app.storage.jsonl.validate import validate
from supervision_app.storage.jsonl.write import RowWriter
from supervision_app.storage.written_once import pages_written_once

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["ImportResult", "InvalidImport", "import_jsonl"]


def _offsets(conn: Any, tables: dict[str, Table], plan: Plan) -> dict[str, int]:
    """Per table, how far the file's ids move so they come after the vault's own."""
    offsets: dict[str, int] = {}
    for name, stats in plan.stats.items():
        if tables[name].fresh_key is None or stats.min_key is None:
            continue
        high = next_rowid(conn, name) - 1
        offsets[name] = max(0, high - stats.min_key + 1) if high else 0
    return offsets


def _write_sequences(conn: Any, plan: Plan, offsets: dict[str, int]) -> None:
    """Carry AUTOINCREMENT high-water marks over, so ids are never reused after a restore."""
    if not plan.sequences:
        return
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        for name, seq in plan.sequences.items():
            seq += offsets.get(name, 0)
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) SELECT ?, 0"
                " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)",
                (name, name),
            )
            conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name))


def _write_lines(
    path: Path,
    ordered: list[Table],
    plan: Plan,
    writer: RowWriter,
    entry_writer: EntryWriter,
    today: dt.date,
) -> None:
    """Every accepted line, read again: tables children first, then minimal entries."""
    with open(path, "rb") as handle:
        for table in reversed(ordered):
            index = plan.lines.get(table.name)
            if index is None:
                continue
            for number, obj in index.read(handle):
                breathe()  # on the app's worker thread, the window gets the GIL (core/gil.py)
                writer.add(number, table, obj)
            writer.flush_all()
        for _number, obj in plan.minimal.read(handle):
            breathe()
            entry_writer.add(minimal_entry(obj, today))
        entry_writer.flush()


def _keeps_ids(conn: Any, tables: dict[str, Table]) -> bool:
    """True if no table with ids of its own has used one: the file's ids then stay as they
    are (every offset is 0), whatever the file holds."""
    return all(next_rowid(conn, name) == 1 for name, table in tables.items() if table.fresh_key)


_TRIGGER_EVENT = re.compile(r"\b(?:BEFORE|AFTER|INSTEAD\s+OF)\s+(INSERT|UPDATE|DELETE)\b", re.I)


def _early_tables(conn: Any, tables: dict[str, Table]) -> set[str]:
    """Tables whose records may be written in file order, as the first pass accepts them.

    The second pass writes children first so that a trigger guarding a parent's state (a
    signed supervision record refuses new actions) does not see the parent yet. So a table
    that any trigger could look at while the import writes is left to the second pass: the
    import never deletes, and updates only rows of tables without an integer key (an ``ON
    CONFLICT`` clause), so only those triggers count. Tables with soft references to text
    keys need the file's ids (:data:`SOFT_REFERENCES`), known only at the end, and wait too.
    """
    watched: set[str] = set()
    for name, on, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
    ):
        if name.startswith("entries_fts_"):  # index_at_the_end does their work
            continue
        event = _TRIGGER_EVENT.search(sql or "")
        kind = event.group(1).upper() if event else "INSERT"
        if kind == "DELETE" or (kind == "UPDATE" and on in tables and tables[on].rowid_key):
            continue
        words = set(re.findall(r"\w+", (sql or "").lower()))
        watched |= {t for t in tables if t.lower() in words}
    texts = {t for (t, _c), refs in SOFT_REFERENCES.items() for p, _target in refs if p}
    return set(tables) - watched - texts


class EarlyWrites:
    """The first pass's :data:`~.validate.EarlyWrite`: records of the early tables go to the
    writer at once. A record the vault refuses stops the writing; the refusal is raised
    after the first pass, which may still find problems in the file (reported first, as
    when nothing is written before the file has been read)."""

    def __init__(self, writer: RowWriter, tables: set[str]) -> None:
        self._writer = writer
        self._tables = tables
        self._refused: InvalidImport | None = None

    def __call__(self, number: int, table: Table, values: dict[str, Any]) -> bool:
        if table.name not in self._tables:
            return False
        if self._refused is None:
            try:
                self._writer.add_values(number, table, values)
            except InvalidImport as error:
                self._refused = error
        return True

    def finish(self) -> None:
        if self._refused is not None:
            raise self._refused
        self._writer.flush_all()


class _AfterTheIndex:
    """The connection for the first pass's own look-ups: each waits until the full-text
    index being built on the second thread (:class:`~.bulk.IndexBuild`) is done."""

    def __init__(self, conn: Any, index: IndexBuild) -> None:
        self._conn = conn
        self._index = index

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        self._index.wait()
        return self._conn.execute(sql, parameters)


def _check_references(conn: Any, names: set[str]) -> None:
    for name in sorted(names):
        row = conn.execute(f"PRAGMA foreign_key_check({quote(name)})").fetchone()
        if row is not None:
            raise InvalidImport(
                [
                    Text(
                        "Imports",
                        "A {kind} record refers to a {parent} record that is in neither the file "
                        "nor the vault",
                        kind=row[0],
                        parent=row[2],
                    )
                ]
            )


def _dry_run_result(plan: Plan) -> ImportResult:
    records = {name: stats.rows for name, stats in plan.stats.items()}
    entries = records.get("entries", 0) + len(plan.minimal)
    if entries:
        records["entries"] = entries
    return ImportResult(entries=entries, records=records)


def import_jsonl(vault: Vault, path: Path | str, *, dry_run: bool = False) -> ImportResult:
    """Import ``path`` (a dump, or minimal entry lines) into ``vault``, all or nothing.

    With ``dry_run`` the file is only checked, and the result counts what it holds.
    Raises :class:`InvalidImport` naming the line and field of each problem.
    """
    path = Path(path)
    ordered = vault_tables(vault.conn)
    tables = {t.name: t for t in ordered}
    today = local_today(vault)
    if dry_run:
        return _dry_run_result(validate(vault.conn, path, ordered, vault.schema_version, today))
    # A vault none of whose tables has used an id yet (a restore into a new vault) keeps
    # every id of the file, so most records can be written as the first pass accepts them.
    one_read = _keeps_ids(vault.conn, tables)
    plan = None if one_read else validate(vault.conn, path, ordered, vault.schema_version, today)
    changed = InvalidImport(
        [Text("Imports", "{name} changed while it was being imported", name=path.name)]
    )
    # Into a new vault each page is written once (a rollback journal, storage/written_once.py).
    with (
        pages_written_once(vault) if one_read else nullcontext(False) as once,
        vault.transaction(exclusive=once) as conn,
    ):
        conn.execute("PRAGMA defer_foreign_keys = ON")
        restore = conn.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None
        with index_at_the_end(conn) as index:
            if plan is None:
                ids: dict[str, set[int]] = {}  # filled once the file is read
                writer = RowWriter(conn, tables, {}, ids, restore, index)
                early = EarlyWrites(writer, _early_tables(conn, tables))
                plan = validate(
                    _AfterTheIndex(conn, index), path, ordered, vault.schema_version, today, early
                )
                early.finish()
                ids.update(plan.ids)
                offsets: dict[str, int] = {}
            else:
                offsets = _offsets(conn, tables, plan)
                writer = RowWriter(conn, tables, offsets, plan.ids, restore)
            first_minimal = next_rowid(conn, "entries")
            entries_stats = plan.stats.get("entries")
            if entries_stats is not None and entries_stats.max_key is not None:
                first_minimal = max(
                    first_minimal, entries_stats.max_key + offsets.get("entries", 0) + 1
                )
            entry_writer = EntryWriter(conn, vault.clock(), first_id=first_minimal)
            try:
                _write_lines(path, ordered, plan, writer, entry_writer, today)
            except (LineError, BadValue, FieldProblem):
                raise changed from None  # the first pass accepted every line
            _write_sequences(conn, plan, offsets)
            if file_digest(path) != plan.digest:
                raise changed
            # Inside the bulk page cache: the check reads every parent row again.
            _check_references(conn, set(plan.lines) | writer.tables_written | {"entries"})
    result = writer.result
    if entry_writer.written:
        result.records["entries"] = result.records.get("entries", 0) + entry_writer.written
    result.entries = result.records.get("entries", 0)
    result.skipped_known = entry_writer.skipped
    if writer.dropped:
        result.notes.append(
            Text(
                "Imports",
                "left out %n record(s) that referred to records not in the file",
                n=writer.dropped,
            )
        )
    return result
