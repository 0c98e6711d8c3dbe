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
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app.core.imports import ImportResult, InvalidImport
from supervision_app.storage.bulk import EntryWriter, index_at_the_end, local_today, next_rowid
from supervision_app.storage.jsonl.lines import LineError, Plan, file_digest
from supervision_app.storage.jsonl.minimal import FieldProblem, minimal_entry
from supervision_app.storage.jsonl.schema import BadValue, Table, quote, vault_tables
from supervision_app.storage.jsonl.validate import validate
from supervision_app.storage.jsonl.write import RowWriter

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
                writer.add(number, table, obj)
            writer.flush_all()
        for _number, obj in plan.minimal.read(handle):
            entry_writer.add(minimal_entry(obj, today))
        entry_writer.flush()


def _check_references(conn: Any, names: set[str]) -> None:
    for name in sorted(names):
        row = conn.execute(f"PRAGMA foreign_key_check({quote(name)})").fetchone()
        if row is not None:
            raise InvalidImport(
                [
                    f"A {row[0]} record refers to a {row[2]} record that is in neither the"
                    " file nor the vault"
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
    plan = validate(vault.conn, path, ordered, vault.schema_version, today)
    if dry_run:
        return _dry_run_result(plan)
    with vault.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        restore = conn.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None
        offsets = _offsets(conn, tables, plan)
        writer = RowWriter(conn, tables, offsets, plan.ids, restore)
        first_minimal = next_rowid(conn, "entries")
        entries_stats = plan.stats.get("entries")
        if entries_stats is not None and entries_stats.max_key is not None:
            first_minimal = max(
                first_minimal, entries_stats.max_key + offsets.get("entries", 0) + 1
            )
        entry_writer = EntryWriter(conn, vault.clock(), first_id=first_minimal)
        changed = InvalidImport([f"{path.name} changed while it was being imported"])
        try:
            with index_at_the_end(conn):
                _write_lines(path, ordered, plan, writer, entry_writer, today)
        except (LineError, BadValue, FieldProblem):
            raise changed from None  # the first pass accepted every line
        _write_sequences(conn, plan, offsets)
        if file_digest(path) != plan.digest:
            raise changed
        _check_references(conn, set(plan.lines) | {"entries"})
    result = writer.result
    if entry_writer.written:
        result.records["entries"] = result.records.get("entries", 0) + entry_writer.written
    result.entries = result.records.get("entries", 0)
    result.skipped_known = entry_writer.skipped
    if writer.dropped:
        noun = "record" if writer.dropped == 1 else "records"
        result.notes.append(
            f"left out {writer.dropped} {noun} that referred to records not in the file"
        )
    return result
