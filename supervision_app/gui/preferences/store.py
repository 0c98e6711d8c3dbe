"""Reads and writes declared settings where each lives, and says when one changes.

``app`` settings go to QSettings under ``preferences/`` (nothing sensitive: theme, fonts,
delays); ``vault`` settings go to the vault's encrypted ``settings`` table. Whoever shows a
setting listens to :attr:`PreferencesStore.changed` and applies it at once (no restart).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from supervision_app.core.settings import Setting, setting
from supervision_app.storage.vault import Vault

PREFIX = "preferences/"


class PreferencesStore(QObject):
    #: (key, new value) after a setting was saved with a different value.
    changed = Signal(str, object)

    def __init__(
        self, vault: Callable[[], Vault | None] = lambda: None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault

    def vault(self) -> Vault | None:
        return self._vault()

    def get(self, key: str) -> Any:
        s = setting(key)
        return s.coerce(self._raw(s))[0]

    def _raw(self, s: Setting) -> Any:
        if s.scope == "app":
            return QSettings().value(PREFIX + s.key)
        vault = self._vault()
        return None if vault is None else vault.settings.get(s.key)

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (``ValueError`` if it is not a valid value for ``key``)."""
        s = setting(key)
        value, ok = s.coerce(value)
        if not ok:
            raise ValueError(
                self.tr("{label}: that value is not allowed.").format(
                    label=QCoreApplication.translate("PreferencesDialog", s.label)
                )
            )
        before = self.get(key)
        if s.scope == "app":
            QSettings().setValue(PREFIX + key, value)
        else:
            vault = self._vault()
            if vault is None:
                raise ValueError(self.tr("Unlock the journal to change this setting."))
            vault.settings.set(key, value)
        if value != before:
            self.changed.emit(key, value)
