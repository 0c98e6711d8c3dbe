"""The PDF portfolio of 200 CPD records: in-process (cold and warm) and as a whole command.

``python -m benchmarks.measure_export`` prints JSON. The target is 200 records in at most
3 s on two cores; "cold" includes starting Qt and loading fonts, "command" is the whole
``supervision-journal export --format pdf`` process (Python start, key derivation, Qt).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

RECORDS = 200
PASSPHRASE = "benchmark passphrase for export"

_RUNNER = (
    "import sys; from supervision_app import cli\n"
    "if 'supervision_app.cli.commands.export' not in cli.COMMAND_MODULES:\n"
    "    cli.COMMAND_MODULES.append('supervision_app.cli.commands.export')\n"
    "sys.exit(cli.main(sys.argv[1:]))\n"
)


def _build(folder: Path, records: int) -> Path:
    from supervision_app.storage.vault import Vault
    from tests.data.cpd_samples import add_sample_records, many_samples

    path = folder / "bench.sjvault"
    with Vault.create(path, PASSPHRASE) as vault, vault.transaction():
        add_sample_records(vault, many_samples(records))
    return path


def measure_pdf_export(records: int = RECORDS, runs: int = 5) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pypdf import PdfReader

    from supervision_app.core.selection import Selection
    from supervision_app.export.service import run_export
    from supervision_app.formats import register_all

    register_all()
    from supervision_app.storage.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault_path = _build(folder, records)
        out = folder / "portfolio.pdf"
        times = []
        with Vault.open(vault_path, PASSPHRASE) as vault:
            for _ in range(runs):
                start = time.perf_counter()
                run_export(vault, "pdf", out, Selection(), allow_identifiers=True)
                times.append(time.perf_counter() - start)
        pages = len(PdfReader(out).pages)
        command = []
        for _ in range(max(1, runs // 2)):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", _RUNNER, "export", "--vault", str(vault_path),
                 "--format", "pdf", "--out", str(out), "--allow-identifiers"],
                input=PASSPHRASE + "\n", capture_output=True, text=True, check=True, timeout=120,
            )  # fmt: skip
            command.append(time.perf_counter() - start)
    return {
        "pdf_export_200_s": round(statistics.median(command), 3),
        "records": records,
        "pages": pages,
        "in_process_cold_s": round(times[0], 3),
        "in_process_warm_median_s": round(statistics.median(times[1:] or times), 3),
        "command_runs_s": [round(t, 3) for t in command],
        "cpus": os.cpu_count(),
    }


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(measure_pdf_export(), indent=2))
