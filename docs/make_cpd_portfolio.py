"""Rebuild docs/cpd-portfolio-page1.png and -page2.png from a synthetic portfolio.

Builds a throwaway vault of made-up CPD records, exports the PDF portfolio through the real
exporter and renders its first two pages with ``pdftoppm -png -r 60 -f 1 -l 2``
(poppler-utils). Only synthetic text: no real people.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from supervision_app.export.service import run_export  # noqa: E402
from supervision_app.formats import register_all  # noqa: E402
from supervision_app.storage.selection import Selection  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402
from tests.data.cpd_samples import DOCS_EXTRA, SAMPLES, add_sample_portfolio  # noqa: E402

DOCS = Path(__file__).resolve().parent


def main() -> None:
    register_all()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        samples = tuple(sorted((*SAMPLES, *DOCS_EXTRA), key=lambda s: s.day))
        with Vault.create(folder / "docs.sjvault", "docs sample passphrase") as vault:
            add_sample_portfolio(vault, tuple(s for s in samples if s.fields is not None))
            pdf = folder / "portfolio.pdf"
            run_export(
                vault,
                "pdf",
                pdf,
                Selection(date_from=dt.date(2025, 12, 1), date_to=dt.date(2026, 11, 30)),
                today=dt.date(2026, 11, 2),
            )
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(folder / "p")],
            check=True,
        )
        # pdftoppm pads the page number to the width of the page count (p-01.png).
        for n, page in enumerate(sorted(folder.glob("p-*.png")), start=1):
            page.replace(DOCS / f"cpd-portfolio-page{n}.png")


if __name__ == "__main__":
    main()
