"""Render every export of a synthetic portfolio to PNG, to look at them as a reader would.

Builds a throwaway vault of made-up records (the CPD samples, plus two supervision
sessions: one signed by both, one signed by the practitioner only), exports PDF, DOCX,
XLSX, HTML, Markdown and the HCPC profile through the real exporters, converts DOCX and
XLSX to PDF with LibreOffice (``soffice --headless --convert-to pdf``; Debian packages
``libreoffice-writer-nogui`` and ``libreoffice-calc-nogui``) and renders pages with
poppler's ``pdftoppm``. Only synthetic text: no real people.

    .venv/bin/python docs/make_export_pages.py [OUT_FOLDER]

Without OUT_FOLDER the pages go to a temporary folder (printed) and one page of each
format is copied to ``docs/export-<format>.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from supervision_app.core.cpd.model import CpdFields  # noqa: E402
from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.core.selection import Selection  # noqa: E402
from supervision_app.core.supervision.model import Action  # noqa: E402
from supervision_app.core.supervision.people import Partner  # noqa: E402
from supervision_app.export.service import run_export  # noqa: E402
from supervision_app.formats import register_all  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402
from tests.data.cpd_samples import DOCS_EXTRA, SAMPLES, add_sample_portfolio  # noqa: E402

DOCS = Path(__file__).resolve().parent
TODAY = dt.date(2026, 11, 2)
#: format -> (which page to keep for docs/, DPI)
KEEP = {"pdf": (1, 60), "docx": (2, 60), "xlsx": (1, 60), "hcpc": (3, 60), "pdf-record": (10, 60)}
LISTS = """Two lists, each numbered from one:

1. Start with what is working
2. Ask about the people who help
3. Agree one small next step

After the visit:

1. Write up the same day
2. Check the plan with the team
"""


def build_vault(path: Path) -> None:
    with Vault.create(path, "docs sample passphrase") as vault:
        samples = tuple(sorted((*SAMPLES, *DOCS_EXTRA), key=lambda s: s.day))
        add_sample_portfolio(vault, samples)
        listed = vault.entries.add(
            Entry(
                title="Planning home visits with a family",
                body=LISTS,
                practice_date=dt.date(2026, 9, 14),
                minutes=50,
                kind="reflection",
                tags=("home visits",),
            )
        )
        assert listed.id is not None
        vault.cpd.save(
            listed.id,
            CpdFields(
                activity_type="reflection",
                description="Reflecting on how I plan first home visits.",
                learning="A written plan keeps the visit about the family's priorities.",
                impact="Families have said the visits feel less like an inspection.",
            ),
        )
        sup = vault.supervision
        sup.owner.set_role("practitioner")
        sup.owner.set_name("A. Practitioner")
        partner = sup.partners.add(Partner("Supervisor B", "supervisor")).id or 0
        first = sup.sessions.draft(partner, dt.date(2026, 6, 1))
        first = sup.sessions.create(
            replace(
                first,
                agenda=("Caseload review", "Training plan"),
                learning="Naming the risk early helps the family and the team.",
                new_actions=(Action("Book the strengths-based practice course", "AP"),),
            )
        )
        sup.signoff.sign(first.id or 0, "owner", "A. Practitioner")
        sup.signoff.sign(first.id or 0, "partner", "Supervisor B")
        second = sup.sessions.draft(partner, dt.date(2026, 7, 6))
        second = sup.sessions.create(replace(second, agenda=("Duty rota pressure",)))
        sup.signoff.sign(second.id or 0, "owner", "A. Practitioner")
        from supervision_app.core.cpd.settings import CpdSettings

        vault.cpd_settings.save(CpdSettings(practitioner_name="Alex Example (synthetic)"))


def export_all(vault_path: Path, out: Path) -> dict[str, Path]:
    files = {}
    with Vault.open(vault_path, "docs sample passphrase") as vault:
        year = Selection(date_from=dt.date(2025, 12, 1), date_to=dt.date(2026, 11, 30))
        for fmt, ext in (("pdf", "pdf"), ("docx", "docx"), ("xlsx", "xlsx"), ("html", "html"),
                         ("md", "md"), ("hcpc", "docx"), ("csv", "csv")):  # fmt: skip
            path = out / f"portfolio-{fmt}.{ext}"
            run_export(vault, fmt, path, year, allow_identifiers=True, today=TODAY)
            files[fmt] = path
    return files


def to_pdf(path: Path, out: Path) -> Path:
    """DOCX or XLSX to PDF with LibreOffice (a private profile, so it never asks)."""
    profile = out / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out / "lo"),
            str(path),
        ],  # fmt: skip
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out / "lo" / (path.stem + ".pdf")


def pages(pdf: Path, prefix: Path, dpi: int = 60) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def main() -> None:
    register_all()  # the PDF exporter lives in gui/
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="exports-"))
    out.mkdir(parents=True, exist_ok=True)
    build_vault(out / "docs.sjvault")
    files = export_all(out / "docs.sjvault", out)
    rendered = {
        "pdf": pages(files["pdf"], out / "pdf"),
        "docx": pages(to_pdf(files["docx"], out), out / "docx"),
        "xlsx": pages(to_pdf(files["xlsx"], out), out / "xlsx"),
        "hcpc": pages(to_pdf(files["hcpc"], out), out / "hcpc"),
    }
    rendered["pdf-record"] = rendered["pdf"]
    for fmt, found in rendered.items():
        print(f"{fmt}: {len(found)} pages")
    print(f"Pages in {out}")
    if len(sys.argv) == 1:
        for fmt, (page, _dpi) in KEEP.items():
            source = rendered[fmt]
            if source:
                shutil.copy(source[min(page, len(source)) - 1], DOCS / f"export-{fmt}.png")


if __name__ == "__main__":
    main()
