"""Backups: ``make_backup`` (copy + verify) and ``restore_backup`` of the synthetic journal.

``backup_verify_s`` is one backup of the cached vault into its backup folder: the byte
copy, its verification (page count + ``cipher_integrity_check`` + ``integrity_check`` of
each ordinary table), fsync and rename. ``restore_s`` is ``restore_backup`` onto a scratch
copy: copying the backup beside the vault and verifying that copy (both checks at once),
backing up the vault being replaced, keeping it aside and renaming the copy into place.
Each is the median of up to 3 runs; the data folder is a temporary one, so nothing is left
behind.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import GeneratedVault


def _runs(runs: int) -> int:
    return max(1, min(3, runs // 2))


def _data_home(folder: Path) -> dict[str, str | None]:
    before = {"XDG_DATA_HOME": os.environ.get("XDG_DATA_HOME")}
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    return before


def _restore_env(before: dict[str, str | None]) -> None:
    for key, value in before.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def measure_backup(vault: GeneratedVault, runs: int = 3) -> dict[str, Any]:
    from supervision_app.storage.backup import make_backup
    from supervision_app.storage.vault import Vault

    with tempfile.TemporaryDirectory(prefix="sj-backup-") as tmp:
        before = _data_home(Path(tmp))
        try:
            times, size = [], 0
            with Vault.open(vault.path, vault.passphrase) as source:
                for _ in range(_runs(runs)):
                    start = time.perf_counter()
                    info = make_backup(source, reason="benchmark")
                    times.append(time.perf_counter() - start)
                    size = info.size
        finally:
            _restore_env(before)
    return {
        "backup_verify_s": round(statistics.median(times), 3),
        "runs_s": [round(t, 3) for t in times],
        "backup_mb": round(size / (1024 * 1024), 1),
    }


def measure_restore(vault: GeneratedVault, runs: int = 3) -> dict[str, Any]:
    from supervision_app.storage.backup import make_backup, restore_backup
    from supervision_app.storage.vault import Vault

    with tempfile.TemporaryDirectory(prefix="sj-restore-") as tmp:
        folder = Path(tmp)
        before = _data_home(folder)
        try:
            with Vault.open(vault.path, vault.passphrase) as source:
                backup = make_backup(source, reason="benchmark", out=folder / "b.sjbackup").path
            target = folder / "vault" / "journal.sjvault"
            target.parent.mkdir()
            times = []
            for _ in range(_runs(runs)):
                shutil.copyfile(vault.path, target)
                start = time.perf_counter()
                aside = restore_backup(backup, target, vault.passphrase)
                times.append(time.perf_counter() - start)
                aside.unlink()
        finally:
            _restore_env(before)
    return {"restore_s": round(statistics.median(times), 3), "runs_s": [round(t, 3) for t in times]}
