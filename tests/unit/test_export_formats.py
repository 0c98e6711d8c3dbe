"""Every export format except PDF, written from a real vault and read back with real readers."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.i18n import rendered
from supervision_app.core.selection import Selection
from supervision_app.export.portfolio import COLUMNS
from supervision_app.export.service import run_export
from supervision_app.storage.cpd.profile import HcpcProfileRepository
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.vault import Vault
from tests.data.cpd_samples import PRACTITIONER, SAMPLES, add_sample_portfolio
from tests.unit.test_proposal_texts import bracket

TODAY = dt.date(2026, 9, 1)
CPD_SAMPLES = [s for s in SAMPLES if s.fields is not None]


@pytest.fixture
def filled(vault: Vault) -> Iterator[Vault]:
    add_sample_portfolio(vault)
    yield vault


def export(vault: Vault, fmt: str, path: Path, **selection: object) -> list[str]:
    result = run_export(vault, fmt, path, Selection(**selection), today=TODAY)  # type: ignore[arg-type]
    assert result.path == path and path.is_file()
    return result.warnings


def add_formula_entry(vault: Vault) -> int:
    entry = vault.entries.add(
        Entry(
            title='=HYPERLINK("http://example.invalid","click")',
            body="@SUM(A1)",
            practice_date=dt.date(2026, 8, 20),
            tags=("-minus", "+plus"),
            minutes=45,
        )
    )
    assert entry.id is not None
    CpdRepository(vault).save(entry.id, CpdFields(learning="=1+1", impact="Line one\nline two"))
    return entry.id


# -- CSV and XLSX ----------------------------------------------------------------------------


def test_csv_one_row_per_record_with_bom_and_formula_guard(filled: Vault, tmp_path: Path) -> None:
    add_formula_entry(filled)
    path = tmp_path / "cpd.csv"
    export(filled, "csv", path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [c.header for c in COLUMNS]
    assert [r["Title"] for r in rows[: len(SAMPLES)]] == [s.title for s in SAMPLES]
    reading = rows[1]
    assert reading["Date"] == "2026-01-20"
    assert reading["Time"] == "1 h 30 min" and reading["Minutes"] == "90"
    assert reading["Type of CPD"] == "Reading or research"
    assert reading["Peer's role"] == "Senior practitioner in my team"
    assert reading["Peer discussion date"] == "2026-01-27"
    assert reading["What I learnt"] == CPD_SAMPLES[1].fields.learning  # type: ignore[union-attr]
    assert "PCF 5: Knowledge" in reading["Standards addressed"]
    formula = rows[-1]
    assert formula["Title"] == "'" + '=HYPERLINK("http://example.invalid","click")'
    assert formula["Reflection"] == "'@SUM(A1)"
    assert formula["What I learnt"] == "'=1+1"
    assert formula["Tags"] == "'-minus, +plus"
    assert formula["What I learnt from the peer discussion"] == ""
    assert formula["Impact on my practice and the people I work with"] == "Line one\nline two"


def test_xlsx_typed_cells_and_no_formulas(filled: Vault, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    add_formula_entry(filled)
    path = tmp_path / "cpd.xlsx"
    export(filled, "xlsx", path, cpd_only=True)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [c.header for c in COLUMNS]
    assert len(rows) == 1 + len(CPD_SAMPLES) + 1
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Date"] == dt.datetime(2025, 12, 9)
    assert first["Time"] == "6 h" and first["Minutes"] == 360
    assert first["Title"] == CPD_SAMPLES[0].title
    title_cell = sheet.cell(row=len(rows), column=2)
    assert title_cell.data_type == "s"
    assert title_cell.value == '=HYPERLINK("http://example.invalid","click")'
    assert sheet.freeze_panes == "C2"


def test_xlsx_prints_landscape_fitted_to_width_with_rows_that_fit(
    filled: Vault, tmp_path: Path
) -> None:
    """The defect: no row heights (rows overlapped) and no print setup (10 portrait pages)."""
    from openpyxl import load_workbook

    path = tmp_path / "cpd.xlsx"
    export(filled, "xlsx", path, cpd_only=True)
    sheet = load_workbook(path).active
    assert sheet.page_setup.orientation == "landscape"
    # fitToWidth 1 is the default, so it is left out of the file (read back as None).
    assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    for row in range(2, sheet.max_row + 1):
        height = sheet.row_dimensions[row].height
        # Tall enough for every line break in its cells (13.5 points a line of 10-point text).
        lines = max(len(str(c.value or "").split("\n")) for c in sheet[row])
        assert height is not None and height >= min(409, 13.5 * lines), (row, height, lines)
    heights = [sheet.row_dimensions[r].height for r in range(2, sheet.max_row + 1)]
    assert len(set(heights)) > 1  # rows differ: each fits its own text


def test_xlsx_writes_nothing_outside_the_target(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl wrote each sheet, in plain text, to $TMPDIR before zipping it (and deleted
    it afterwards, so an audit hook sees every file opened there, however briefly)."""
    import sys
    import tempfile

    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    opened: list[str] = []
    watching = [True]

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching[0] and event == "open" and str(args[0]).startswith(str(scratch)):
            opened.append(str(args[0]))

    sys.addaudithook(hook)  # hooks cannot be removed: this one stops watching below
    try:
        export(filled, "xlsx", out / "cpd.xlsx")
    finally:
        watching[0] = False
    assert opened == []
    assert list(scratch.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["cpd.xlsx"]


# -- DOCX ------------------------------------------------------------------------------------


def test_docx_has_real_headings_table_lists_and_page_numbers(filled: Vault, tmp_path: Path) -> None:
    from docx import Document

    path = tmp_path / "portfolio.docx"
    export(filled, "docx", path)
    doc = Document(str(path))
    headings = [
        (p.style.name, p.text)
        for p in doc.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert ("Title", "CPD portfolio") in headings
    assert ("Heading 1", "Summary") in headings
    assert ("Heading 1", f"1. {SAMPLES[0].title}") in headings
    assert ("Heading 2", "What I learnt") in headings
    assert ("Heading 2", "Reflection with a peer") in headings
    assert ("Heading 4", "Key points") in headings  # the user's "## Key points", pushed down
    texts = [p.text for p in doc.paragraphs]
    assert PRACTITIONER in texts
    assert CPD_SAMPLES[0].fields.learning in texts  # type: ignore[union-attr]
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert "outcomes first" in bullets
    numbered = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert "Start with what is working" in numbered
    bold = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert "own words" in bold and "Date: " in bold
    table = doc.tables[0]
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert cells[0] == ["Date", "Title", "Type", "Time", "Standards"]
    assert cells[2] == [
        "20 Jan 2026",
        SAMPLES[1].title,
        "Reading or research",
        "1 h 30 min",
        "HCPC 2, PCF 5, SWE 4",
    ]
    assert cells[-1][0] == "Total (CPD records)" and cells[-1][3] == "16 h 30 min"
    footer_xml = doc.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert doc.core_properties.author == PRACTITIONER


def test_docx_control_characters_never_abort_the_export(vault: Vault, tmp_path: Path) -> None:
    """The defect: a form feed pasted into a body aborted the whole Word export."""
    from docx import Document

    entry = vault.entries.add(
        Entry(
            title="Pasted\x0b title",
            body="Copied from a PDF\x0c with a page break\x00 and a bell\x07.\n\n- a\x1b list",
            practice_date=dt.date(2026, 3, 1),
        )
    )
    assert entry.id is not None
    CpdRepository(vault).save(entry.id, CpdFields(learning="Line\x0cbreak", peer_role="Peer\x01"))
    path = tmp_path / "cpd.docx"
    export(vault, "docx", path)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Copied from a PDF with a page break and a bell." in text
    assert re.search(r"Line ?break", text) and "Pasted title" in text
    hcpc = tmp_path / "hcpc.docx"
    export(vault, "hcpc", hcpc)
    assert hcpc.is_file()


def test_docx_numbered_lists_restart_per_list(vault: Vault, tmp_path: Path) -> None:
    """The defect: every list shared one numbering instance, counting on 1, 2, 3, 4..."""
    from docx import Document
    from docx.oxml.ns import qn

    for n in range(2):
        vault.entries.add(
            Entry(
                title=f"Record {n}",
                body="Steps:\n\n1. First\n2. Second\n\nThen:\n\n1. Again\n2. More\n",
                practice_date=dt.date(2026, 3, 1 + n),
            )
        )
    path = tmp_path / "lists.docx"
    export(vault, "docx", path)
    doc = Document(str(path))
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["First", "Second", "Again", "More"] * 2
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert ids[0] == ids[1] and len(set(ids)) == 4  # one instance per list
    numbering = doc.part.numbering_part.element
    for num_id in set(ids):
        num = numbering.num_having_numId(num_id)
        start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
        assert start.get(qn("w:val")) == "1"


def test_docx_summary_table_has_fixed_column_widths(filled: Vault, tmp_path: Path) -> None:
    """The defect: five equal columns in LibreOffice, titles wrapping over four lines."""
    from docx import Document
    from docx.shared import Cm

    from supervision_app.export.docx_export import SUMMARY_WIDTHS_CM

    path = tmp_path / "cpd.docx"
    export(filled, "docx", path)
    table = Document(str(path)).tables[0]
    grid = [round(c.width / Cm(1), 1) for c in table.columns]
    assert grid == list(SUMMARY_WIDTHS_CM)
    assert grid[1] == max(grid)  # the title has the room
    assert not table.autofit


# -- Markdown and HTML -----------------------------------------------------------------------


def test_markdown_summary_table_and_sections(filled: Vault, tmp_path: Path) -> None:
    path = tmp_path / "portfolio.md"
    export(filled, "md", path, kinds=("cpd_activity", "supervision"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# CPD portfolio\n")
    assert (
        "| 9 Dec 2025 | Making Safeguarding Personal: one-day course | Course or training | 6 h |"
        in text
    )
    assert "## 2. Group supervision: working with risk" in text
    assert "### What I learnt" in text
    assert SAMPLES[1].title not in text  # a reflection: not of the chosen kinds
    assert "**Time spent:** 7 h" in text


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_sanitised(filled: Vault, tmp_path: Path) -> None:
    entry = filled.entries.add(
        Entry(
            title="Unsafe <b>title</b>",
            body=(
                "<script>alert(1)</script>\n\n![x](file:///etc/passwd)\n\n"
                "[web](https://example.org) and [local](notes.html) "
                '<img src="x" onerror="alert(2)">'
            ),
            practice_date=dt.date(2026, 8, 2),
        )
    )
    assert entry.id is not None
    path = tmp_path / "portfolio.html"
    export(filled, "html", path)
    html = path.read_text(encoding="utf-8")
    parsed = _Collector()
    parsed.feed(html)
    assert not {"script", "img", "link", "iframe", "object"} & set(parsed.tags)
    names = {name for name, _ in parsed.attributes}
    assert "src" not in names and not any(n.startswith("on") for n in names)
    hrefs = [v for n, v in parsed.attributes if n == "href"]
    assert "https://example.org" in hrefs
    assert all(h.startswith(("#record-", "https://")) for h in hrefs if h)
    assert "default-src 'none'" in html
    text = "".join(parsed.text)
    assert "Unsafe <b>title</b>" in text  # shown as text, not markup
    assert "<script>alert(1)</script>" in text
    assert PRACTITIONER in text and "What I learnt" in text


# -- Social Work England ---------------------------------------------------------------------


def test_swe_text_per_field_and_identical_record_warning(filled: Vault, tmp_path: Path) -> None:
    repo = CpdRepository(filled)
    copy = filled.entries.add(Entry(title="Copied record", practice_date=dt.date(2026, 8, 10)))
    assert copy.id is not None
    original = CPD_SAMPLES[0].fields
    assert original is not None
    repo.save(
        copy.id,
        CpdFields(
            activity_type="other",
            description=original.description.upper(),
            learning=original.learning + "  ",
            impact=original.impact,
        ),
    )
    thin = filled.entries.add(Entry(title="Thin record", practice_date=dt.date(2026, 8, 11)))
    assert thin.id is not None
    repo.save(thin.id, CpdFields(description="Only a description."))
    path = tmp_path / "swe.txt"
    warnings = export(filled, "swe", path)
    text = path.read_text(encoding="utf-8")
    assert "REGISTRATION YEAR 1 DEC 2025 – 30 NOV 2026" in text
    block = text.split("Record 2 of 6: Reading: strengths-based conversations")[1]
    assert "Type of CPD\n-----------\nReading or research\n" in block
    assert "Date of the activity" in block and "20/01/2026" in block
    assert "What did you learn from discussing it with a peer? (optional)" in block
    assert "Discussed with Senior practitioner in my team on 27/01/2026." in block
    assert "Team meeting notes" not in text  # no CPD details
    assert any("'Copied record'" in w and "identical" in w for w in warnings), warnings
    assert any("'Thin record'" in w and "What did you learn?" in w for w in warnings)
    assert not any("Reading:" in w for w in warnings)


def test_swe_warns_about_a_year_short_of_the_minimum(vault: Vault, tmp_path: Path) -> None:
    entry = vault.entries.add(Entry(title="Lone record", practice_date=dt.date(2024, 3, 1)))
    assert entry.id is not None
    CpdRepository(vault).save(entry.id, CpdFields(description="a", learning="b", impact="c"))
    warnings = export(vault, "swe", tmp_path / "swe.txt")
    assert any("1 Dec 2023 – 30 Nov 2024 has 1 record" in w for w in warnings)
    assert any("includes reflection with a peer" in w for w in warnings)
    # The year inside the warning reaches the window translated too.
    shown = [str(rendered(w, bracket)) for w in warnings]
    year = "‹Dates:‹Dates:1 ‹Months:Dec› 2023› – ‹Dates:30 ‹Months:Nov› 2024››"
    assert any(f"The year {year} has 1 record" in w for w in shown), shown
    assert any(f"No record in the year {year} includes" in w for w in shown), shown


# -- HCPC ------------------------------------------------------------------------------------


def test_hcpc_profile_document_and_checks(filled: Vault, tmp_path: Path) -> None:
    from docx import Document

    ids = [r[0] for r in filled.conn.execute("SELECT entry_id FROM cpd_records ORDER BY entry_id")]
    HcpcProfileRepository(filled).save(
        HcpcProfile(
            summary="I am a social worker in an adult community team. " * 3,
            statement="Over the last two years I have focused on safeguarding.",
            evidence_ids=(ids[1], ids[0]),
            gap_notes={"2026-03-03/2026-07-14": "I was on a secondment with no study time."},
            period_start=dt.date(2025, 10, 1),
            period_end=dt.date(2026, 9, 1),
        )
    )
    path = tmp_path / "hcpc.docx"
    warnings = export(filled, "hcpc", path)
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert "Summary of practice" in texts and "Personal statement" in texts
    assert "Over the last two years I have focused on safeguarding." in texts
    assert f"Evidence 1: {SAMPLES[1].title} (20 Jan 2026)" in texts
    assert f"Evidence 2: {SAMPLES[0].title}" in texts
    assert any("3 Mar 2026 – 14 Jul 2026 (133 days): I was on a secondment" in t for t in texts)
    rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert rows[0] == ["Date", "Activity", "Type", "Time", "Evidence"]
    assert len(rows) == 1 + len(CPD_SAMPLES)
    assert rows[2][4] == "Evidence 1" and rows[1][4] == "Evidence 2" and rows[3][4] == ""
    assert "Activities described: 2 chosen; the HCPC asks for 4 to 6." in warnings
    assert not any(w.startswith(("Summary of practice", "Personal statement")) for w in warnings)
    assert not any("Gaps" in w for w in warnings), warnings


def test_hcpc_without_a_profile_warns_about_everything(vault: Vault, tmp_path: Path) -> None:
    warnings = export(vault, "hcpc", tmp_path / "hcpc.docx")
    assert "Summary of practice: 0 of 500 words." in warnings
    assert "Personal statement: 0 of 1,500 words." in warnings
    assert any(re.match(r"Gaps of three months or more explained: 1 of 1", w) for w in warnings)


def test_hcpc_warnings_reach_the_window_translated(vault: Vault, tmp_path: Path) -> None:
    """Each check's name and detail inside the warning is looked up too (the window shows
    the warnings rendered: gui/cpd/export_result.py), not left in English."""

    warnings = export(vault, "hcpc", tmp_path / "hcpc.docx")
    shown = [str(rendered(w, bracket)) for w in warnings]
    assert "‹Exports:‹Profile:Summary of practice›: ‹Profile:0 of 500 words›.›" in shown
    assert "‹Exports:‹Profile:Personal statement›: ‹Profile:0 of 1,500 words›.›" in shown
    assert (
        "‹Exports:‹Profile:Activities described›: "
        "‹Profile:0 chosen; the HCPC asks for 4 to 6›.›" in shown
    )


def add_signed_sessions(vault: Vault) -> None:
    """Two supervision records: one signed by both (locked), one by the owner only."""
    from dataclasses import replace

    from supervision_app.core.supervision.people import Partner

    sup = vault.supervision
    sup.owner.set_name("A. Practitioner")
    partner = sup.partners.add(Partner("Supervisor B", "supervisor")).id or 0
    first = sup.sessions.create(sup.sessions.draft(partner, dt.date(2026, 6, 1)))
    sup.signoff.sign(first.id or 0, "owner", "A. Practitioner")
    sup.signoff.sign(first.id or 0, "partner", "Supervisor B")
    second = sup.sessions.draft(partner, dt.date(2026, 7, 6))
    second = sup.sessions.create(replace(second, agenda=("Rota",)))
    sup.signoff.sign(second.id or 0, "owner", "A. Practitioner")


def test_every_export_shows_a_supervision_record_s_sign_off(vault: Vault, tmp_path: Path) -> None:
    """The defect: whether a supervision record was signed was shown in no export."""
    from docx import Document
    from openpyxl import load_workbook

    add_signed_sessions(vault)
    both = "Signed by both: locked on "
    one = "Signed by you (A. Practitioner) on "
    texts = {}
    for fmt in ("md", "html", "csv"):
        path = tmp_path / f"out.{fmt}"
        export(vault, fmt, path)
        texts[fmt] = path.read_text(encoding="utf-8-sig")
    path = tmp_path / "out.docx"
    export(vault, "docx", path)
    texts["docx"] = "\n".join(p.text for p in Document(str(path)).paragraphs)
    path = tmp_path / "out.xlsx"
    export(vault, "xlsx", path)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    column = rows[0].index("Sign-off")
    texts["xlsx"] = "\n".join(str(r[column]) for r in rows[1:])
    for fmt, text in texts.items():
        assert both in text, fmt
        assert one in text and "not yet by your supervision partner" in text, fmt
