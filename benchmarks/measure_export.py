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

from benchmarks.gil_hold import hold_while

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


#: The text of one long entry, in paragraphs (of about 80 words) and in one paragraph.
LONG_ENTRY_CHARS = 1_000_000


def _long_body(chars: int, *, one_paragraph: bool) -> str:
    import random

    rnd = random.Random(9)
    words = (
        "the visit went well and we talked about the lunch club her plans for the summer "
        "review of support at home with the team and what she wants next"
    ).split()
    paragraphs, total = [], 0
    while total < chars:
        text = " ".join(rnd.choice(words) for _ in range(80)) + "."
        paragraphs.append(text)
        total += len(text) + 2
    return (" " if one_paragraph else "\n\n").join(paragraphs)[:chars]


def measure_pdf_long_entry(runs: int = 3, chars: int = LONG_ENTRY_CHARS) -> dict[str, Any]:
    """One entry of 1 MB of text to PDF, in process (the anonymisation check included, as
    the app runs it): in paragraphs, and as a single paragraph (quadratic in Qt before the
    long-paragraph split in gui/pdf_export.py). The figure is the worse of the two."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import datetime as dt
    import resource

    from supervision_app.core.entries import Entry
    from supervision_app.core.selection import Selection
    from supervision_app.export.service import run_export
    from supervision_app.formats import register_all
    from supervision_app.storage.vault import Vault

    register_all()
    medians, cpu_medians = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for shape in ("paragraphs", "one_paragraph"):
            body = _long_body(chars, one_paragraph=shape == "one_paragraph")
            path = folder / f"{shape}.sjvault"
            out = folder / f"{shape}.pdf"
            times, cpu = [], []
            with Vault.create(path, PASSPHRASE) as vault:
                vault.entries.add(Entry(title="Long", body=body, practice_date=dt.date(2026, 1, 1)))
                for _ in range(max(1, runs)):
                    start, start_cpu = time.perf_counter(), time.process_time()
                    run_export(vault, "pdf", out, Selection(), allow_identifiers=True)
                    times.append(time.perf_counter() - start)
                    cpu.append(time.process_time() - start_cpu)
            medians[shape] = round(statistics.median(times), 3)
            cpu_medians[shape] = round(statistics.median(cpu), 3)
    return {
        "pdf_1mb_entry_s": max(medians.values()),
        "chars": chars,
        "median_s": medians,
        # CPU seconds of every thread: what the work costs, whatever the machine's load.
        "median_cpu_s": cpu_medians,
        "process_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def measure_pdf_gil_hold(chars: int = LONG_ENTRY_CHARS) -> dict[str, Any]:
    """The longest the PDF export of one 1 MB entry (one paragraph: the worse shape, and
    the identifier check included) keeps the GIL from the window: ``benchmarks/gil_hold.py``.
    (Until 2026-12-03 the worker was a plain Python thread, in which Qt printed a warning for
    each layout timer it could not start.)"""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import datetime as dt

    from supervision_app.core.entries import Entry
    from supervision_app.core.selection import Selection
    from supervision_app.export.service import run_export
    from supervision_app.formats import register_all
    from supervision_app.gui.pdf_export import ensure_gui_application
    from supervision_app.storage.vault import Vault

    register_all()
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        body = _long_body(chars, one_paragraph=True)
        with Vault.create(folder / "long.sjvault", PASSPHRASE) as vault:
            vault.entries.add(Entry(title="Long", body=body, practice_date=dt.date(2026, 1, 1)))
            out = folder / "long.pdf"
            run_export(vault, "pdf", out, Selection(), allow_identifiers=True)  # fonts loaded
            found = hold_while(
                lambda: run_export(vault, "pdf", out, Selection(), allow_identifiers=True)
            )
    return {"pdf_1mb_gil_hold_ms": found.pop("longest_ms"), **found}
