"""JSONL backup and restore: the synthetic journal exported, then imported into a new vault.

``jsonl_import_s`` is the import alone (``import_jsonl`` into an empty vault, in process,
the checking read, the writes and the one transaction; into an empty vault most lines are
read once); the export is timed once for reference.

"Done" is when ``import_jsonl`` returns: the transaction is committed and synced and the
vault file holds all of it. Into a new vault nothing is left for later: the restore writes
its pages straight into the file (storage/written_once.py), so no checkpoint follows and
closing the vault (not timed) has nothing of the import left to copy.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import GeneratedVault
from benchmarks.gil_hold import hold_while


def measure_jsonl_import(vault: GeneratedVault, runs: int = 3) -> dict[str, Any]:
    from supervision_app.core.selection import Selection
    from supervision_app.export.service import run_export
    from supervision_app.storage.jsonl.restore import import_jsonl
    from supervision_app.storage.vault import Vault

    imports = max(1, min(3, runs // 2))
    with tempfile.TemporaryDirectory(prefix="sj-jsonl-") as tmp:
        folder = Path(tmp)
        backup = folder / "backup.jsonl"
        with Vault.open(vault.path, vault.passphrase) as source:
            start = time.perf_counter()
            run_export(source, "jsonl", backup, Selection(), allow_identifiers=True)
            export_s = time.perf_counter() - start
            live = source.entries.count()
        times, imported = [], 0
        for i in range(imports):
            target = folder / f"restore-{i}.sjvault"
            with Vault.create(target, vault.passphrase) as restored:
                start = time.perf_counter()
                result = import_jsonl(restored, backup)
                times.append(time.perf_counter() - start)
                imported = restored.entries.count()
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(str(target) + suffix).unlink(missing_ok=True)
        if imported != live:
            raise RuntimeError(f"the restore has {imported} live entries, the vault {live}")
        # Once more on a worker QThread, as the app imports, timing how long it keeps the
        # GIL from the window (benchmarks/gil_hold.py; issue 9: no stall over 100 ms).
        target = folder / "restore-worker.sjvault"
        with Vault.create(target, vault.passphrase) as restored:
            held = hold_while(lambda: import_jsonl(restored, backup))
        return {
            "jsonl_import_gil_hold_ms": held.pop("longest_ms"),
            "gil_hold": held,
            "jsonl_import_s": round(statistics.median(times), 3),
            "runs_s": [round(t, 3) for t in times],
            "jsonl_export_s": round(export_s, 3),
            "file_mb": round(backup.stat().st_size / (1024 * 1024), 2),
            "entries": result.entries,
        }
