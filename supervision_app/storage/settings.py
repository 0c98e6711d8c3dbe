"""Per-vault settings (kept encrypted with the entries, never in QSettings)."""

from __future__ import annotations

import json

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.storage.vault import Vault


class SettingsRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, key: str, default: Any = None) -> Any:
        sql = "SELECT value FROM settings WHERE key = ?"
        row = self._vault.conn.execute(sql, (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
