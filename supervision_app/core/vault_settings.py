"""Vault-wide settings, each declared once (key, type, default, meaning).

Like the CPD settings (:mod:`supervision_app.core.cpd.settings`) they live in the vault's
encrypted ``settings`` table, never in QSettings. Read them with :func:`value_of`, which
falls back to the default for a missing or malformed stored value. Each is also declared
in the settings registry (:mod:`supervision_app.core.settings`), so Preferences shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from supervision_app.core import settings as registry


@dataclass(frozen=True)
class Setting:
    key: str
    default: int
    minimum: int
    maximum: int
    doc: str

    def parse(self, raw: Any) -> int:
        """``raw`` if it is an int within bounds, otherwise the default."""
        is_int = isinstance(raw, int) and not isinstance(raw, bool)
        if is_int and self.minimum <= raw <= self.maximum:
            return int(raw)
        return self.default


BACKUPS_KEPT = Setting(
    "backups_kept",
    default=14,
    minimum=1,
    maximum=1000,
    doc="How many automatic backups of the vault to keep; older ones are deleted (default 14).",
)

#: Every declared vault setting, by key.
SETTINGS: dict[str, Setting] = {s.key: s for s in (BACKUPS_KEPT,)}
SETTINGS_DOC: dict[str, str] = {key: s.doc for key, s in SETTINGS.items()}

registry.declare(
    registry.Setting(
        BACKUPS_KEPT.key,
        int,
        BACKUPS_KEPT.default,
        "Automatic backups kept",
        "How many automatic backups of the journal to keep; older ones are deleted.",
        group=registry.SECURITY,
        minimum=BACKUPS_KEPT.minimum,
        maximum=BACKUPS_KEPT.maximum,
    )
)


def value_of(setting: Setting, get: Callable[[str, Any], Any]) -> int:
    """The setting's value read through ``get(key, default)`` (e.g. ``vault.settings.get``)."""
    return setting.parse(get(setting.key, None))
