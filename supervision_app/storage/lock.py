"""One process per vault: an advisory lock file beside it (``<vault>.lock``)."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from supervision_app.core.errors import VaultInUse


class VaultLock:
    def __init__(self, vault_path: Path) -> None:
        self._vault_path = vault_path
        self._lock = FileLock(str(vault_path) + ".lock", mode=0o600)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise VaultInUse(self._vault_path) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
