"""The CPD settings in the vault, read and written as one :class:`CpdSettings`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from supervision_app.core.cpd.settings import KEYS, CpdSettings
from supervision_app.storage.cpd.rows import marks

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["CpdSettingsStore"]


class CpdSettingsStore:
    """Typed access to the CPD settings (see ``core/cpd/settings.py``).

    ``practitioner_name`` is "your name", one value shared with supervision sign-off and
    every export: it is stored once, as the supervision owner's name (``OwnerSettings``).
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def load(self) -> CpdSettings:
        from supervision_app.storage.supervision.people import OwnerSettings

        rows = self._vault.conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({marks(len(KEYS))})", KEYS
        ).fetchall()
        values = {r[0]: json.loads(r[1]) for r in rows}
        values["practitioner_name"] = OwnerSettings(self._vault).name()
        return CpdSettings.from_values(values)

    def save(self, settings: CpdSettings) -> None:
        from supervision_app.storage.supervision.people import OwnerSettings

        with self._vault.transaction():
            for key, value in settings.to_values().items():
                if key == "practitioner_name":
                    OwnerSettings(self._vault).set_name(value)
                    self._vault.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
                else:
                    self._vault.settings.set(key, value)
