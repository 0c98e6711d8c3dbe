"""All supervision data as plain JSON-able tables, for the full-vault export and restore.

The shape is ``{"format": ..., "version": 1, "settings": {...}, "tables": {name: [row, ...]}}``
where each row is a dict of column -> value (text, integer or null). Session records and
peer reflections are keyed by their journal entry's id, so restore the entries (with the
same ids) first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.errors import SupervisionError
from supervision_app.core.supervision.model import (
    OWNER_NAME_SETTING,
    OWNER_ROLE_SETTING,
    REEVALUATION_SETTING,
)
from supervision_app.core.supervision.signing import b64, unb64
from supervision_app.storage.schema.v4_supervision import TABLES as V4_TABLES

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: Every supervision table, parents first (the identity itself never leaves the vault).
TABLES = (*V4_TABLES, "supervision_signature_proofs", "supervision_proposals")
_BLOB = "$base64"

DATA_FORMAT = "supervision-journal-supervision-data"
DATA_VERSION = 1
SETTINGS = (OWNER_ROLE_SETTING, OWNER_NAME_SETTING, REEVALUATION_SETTING)


def _columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def all_supervision_data(vault: Vault) -> dict[str, Any]:
    """Every supervision table and setting, in an order :func:`restore_supervision_data` takes."""
    conn = vault.conn
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        columns = _columns(conn, table)
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
        tables[table] = [
            {c: _to_json(v) for c, v in zip(columns, row, strict=True)} for row in rows
        ]
    settings = {
        key: vault.settings.get(key) for key in SETTINGS if vault.settings.get(key) is not None
    }
    return {"format": DATA_FORMAT, "version": DATA_VERSION, "settings": settings, "tables": tables}


def restore_supervision_data(vault: Vault, data: dict[str, Any]) -> None:
    """Put :func:`all_supervision_data` output into a vault with no supervision data yet.

    All or nothing. Signed records are written unlocked and locked last, because the
    read-only triggers refuse children of a locked record.
    """
    if data.get("format") != DATA_FORMAT or data.get("version") != DATA_VERSION:
        raise SupervisionError.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "This is not supervision data this version of the app can restore."
            )
        )
    conn = vault.conn
    for table in TABLES:
        if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
            raise SupervisionError.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "This vault already has supervision records; nothing was restored."
                )
            )
    tables: dict[str, list[dict[str, Any]]] = data.get("tables", {})
    with vault.transaction() as conn:
        for key, value in data.get("settings", {}).items():
            if key in SETTINGS:
                vault.settings.set(key, value)
        locks: list[tuple[str, Any]] = []
        for table in TABLES:
            columns = _columns(conn, table)
            for row in tables.get(table, []):
                row = {k: _from_json(v) for k, v in row.items() if k in columns}
                if table == "supervision_sessions" and row.get("locked_at") is not None:
                    locks.append((row["locked_at"], row["entry_id"]))
                    row["locked_at"] = None
                names = list(row)
                try:
                    conn.execute(
                        f"INSERT INTO {table} ({', '.join(names)})"
                        f" VALUES ({', '.join('?' * len(names))})",
                        [row[n] for n in names],
                    )
                except Exception as error:  # a foreign key or check failed: bad data
                    raise SupervisionError.marked(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The supervision data could not be restored ({table}: "
                            "{error}); nothing was restored.",
                        ),
                        table=table,
                        error=error,
                    ) from None
        conn.executemany("UPDATE supervision_sessions SET locked_at = ? WHERE entry_id = ?", locks)


def _to_json(value: Any) -> Any:
    """Keys are blobs: ``{"$base64": "..."}`` in the JSON."""
    return {_BLOB: b64(bytes(value))} if isinstance(value, bytes | memoryview) else value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {_BLOB}:
        return unb64(value[_BLOB])
    return value
