"""The PDF portfolio, read back with pypdf (text normalised: Qt's text has ligatures)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.selection import Selection
from supervision_app.export.service import run_export
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.data.cpd_samples import PRACTITIONER, SAMPLES, add_sample_portfolio

pytestmark = pytest.mark.gui


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    # NFKC turns "ﬁ" into "fi"; pypdf separates words with tabs or newlines, and reads a
    # kerned "1." in a heading as "1 .".
    return [
        re.sub(
            r" (?=[.,:;])", "", " ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
        )
        for p in PdfReader(path).pages
    ]


def fonts(path: Path) -> dict[str, Any]:
    from pypdf import PdfReader

    found: dict[str, Any] = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            found[str(font["/BaseFont"])] = descendant["/FontDescriptor"].get_object()
    return found


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Path:
    """The sample portfolio's PDF, made once: the tests below only read it."""
    tmp_path = tmp_path_factory.mktemp("portfolio")
    with Vault.create(tmp_path / "journal.sjvault", PASSPHRASE, clock=FakeClock()) as vault:
        add_sample_portfolio(vault)
        path = tmp_path / "portfolio.pdf"
        result = run_export(vault, "pdf", path, Selection(), today=dt.date(2026, 9, 1))
    assert result.records == len(SAMPLES) and result.warnings == []
    return path


@pytest.fixture(scope="module")
def portfolio_texts(portfolio: Path) -> list[str]:
    """Its pages' text, read once (pypdf takes 0.2 CPU s over it): the tests only read it."""
    return page_texts(portfolio)


def test_cover_summary_and_one_record_per_page(portfolio_texts: list[str]) -> None:
    pages = portfolio_texts
    assert len(pages) == 2 + len(SAMPLES) + 2  # + the dashboard's four charts, two a page
    cover, summary, first = pages[0], pages[1], pages[2]
    assert cover.startswith("CPD portfolio Alex Example")
    assert "9 Dec 2025 – 1 Aug 2026" in cover and "Prepared on 1 Sep 2026" in cover
    assert "Page" not in cover
    assert summary.startswith(
        "Summary 5 records, 4 with CPD details · 16 h 30 min of CPD · 2 reflected on with a peer"
        " Date Title Type Time Standards"
    )
    assert (
        "20 Jan 2026 Reading: strengths-based conversations Reading or research 1 h 30 min"
        in summary
    )
    assert "Total (CPD records) 16 h 30 min" in summary
    assert "SWE: Social Work England professional standards" in summary
    assert summary.endswith(f"CPD portfolio – {PRACTITIONER} Page 2 of {len(pages)}")
    assert first.startswith("1. Making Safeguarding Personal: one-day course Date: 9 Dec 2025")
    assert "What I learnt How to ask people" in first
    assert "PCF 4: Rights, justice and economic wellbeing" in first
    # "ﬁrst" in the file; "first" after normalising.
    assert "outcomes first" in first
    assert first.endswith(f"Page 3 of {len(pages)}")


def test_the_dashboard_charts_close_the_portfolio(
    portfolio: Path, portfolio_texts: list[str]
) -> None:
    from pypdf import PdfReader

    pages = PdfReader(portfolio).pages
    texts = portfolio_texts
    for number in (len(pages) - 1, len(pages)):
        page = pages[number - 1]
        # Two charts a page, each drawn in strips (see the strips test below) of its width.
        assert len(page.images) >= 4
        xobjects = page["/Resources"]["/XObject"]
        assert {xobjects[name].get_object()["/Width"] for name in xobjects} == {1400}
        assert texts[number - 1].endswith(f"Page {number} of {len(pages)}")
    assert all(not p.images for p in pages[:-2])


def test_each_record_heading_is_in_the_file_once(portfolio_texts: list[str]) -> None:
    # A heading that starts a page must not also be drawn (clipped) on the page before.
    text = " ".join(portfolio_texts)
    for n, sample in enumerate(SAMPLES, start=1):
        assert text.count(f"{n}. {sample.title}") == 1


def test_dejavu_fonts_are_embedded(portfolio: Path) -> None:
    embedded = fonts(portfolio)
    assert any("DejaVuSans" in name for name in embedded)
    assert all("/FontFile2" in descriptor for descriptor in embedded.values())


#: Paragraphs in the long record: four pages of it (six with the cover and the summary), one
#: more than the test asks for. Twelve made eight pages, and pypdf's reading of them was most
#: of the test's 2.5 CPU s.
LONG_RECORD_PARAGRAPHS = 4


def test_redacted_portfolio_says_so_and_long_records_flow_over_pages(
    vault: Vault, tmp_path: Path, qapp: Any
) -> None:
    paragraph = "A long paragraph about reflective practice and supervision. " * 40
    vault.entries.add(
        Entry(
            title="Long reflection with Mrs Example",
            body="\n\n".join([paragraph] * LONG_RECORD_PARAGRAPHS),
            practice_date=dt.date(2026, 5, 5),
        )
    )
    path = tmp_path / "long.pdf"
    run_export(vault, "pdf", path, redact=True, today=dt.date(2026, 9, 1))
    pages = page_texts(path)
    assert "Likely identifiers have been replaced with [redacted]." in pages[0]
    assert "Long reflection with [redacted]" in pages[1]
    assert "Mrs Example" not in " ".join(pages)
    assert len(pages) >= 5
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")


def test_long_paragraphs_are_split_after_sentences_outside_elements() -> None:
    from supervision_app.gui.pdf_flow import split_long_paragraphs

    sentence = "We talked about the lunch club at length. "
    html = (
        "<h2>Text</h2><p>"
        + sentence * 30
        + "<strong>Bold. Still bold.</strong> end</p><p>Short.</p>"
    )
    out = split_long_paragraphs(html, limit=200)
    assert out.count("<p") > 5
    assert "<strong>Bold. Still bold.</strong>" in out  # never cut inside an element
    assert out.endswith("<p>Short.</p>")
    text = re.sub(r"<[^>]+>", "", out)
    assert text == re.sub(r"<[^>]+>", "", html)  # nothing lost, nothing added
    assert (
        split_long_paragraphs("<p>" + "x" * 500 + "</p>", limit=200) == "<p>" + "x" * 500 + "</p>"
    )


def test_an_entry_of_one_long_paragraph_exports_every_word(
    vault: Vault, tmp_path: Path, qapp: Any
) -> None:
    words = [f"w{n}" for n in range(12_000)]  # ~70 KB, one paragraph of sentences
    body = " ".join(f"{w}." if n % 12 == 11 else w for n, w in enumerate(words))
    vault.entries.add(Entry(title="Long", body=body, practice_date=dt.date(2026, 1, 1)))
    path = tmp_path / "long.pdf"
    run_export(vault, "pdf", path, Selection(), allow_identifiers=True)
    # Read back with poppler's pdftotext: pypdf takes 20 times as long over these ~20 pages
    # of one-word text runs.
    found = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    ).stdout
    # Every word is there. (The line at the foot of a page is also in the text of the next
    # page, clipped out of sight: Qt's clip, as before the split.)
    assert set(re.findall(r"\bw\d+\b", found)) == set(words)


def cover_lines_at(path: Path) -> list[tuple[float, str]]:
    """(distance from the top in points, text) of each line drawn on the cover."""
    from pypdf import PdfReader

    found: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            top = 842 - (cm[5] + tm[5] * cm[3])  # A4 is 842 points tall
            found.append((top, " ".join(unicodedata.normalize("NFKC", text).split())))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_the_cover_never_overprints_a_wrapped_line(vault: Vault, tmp_path: Path, qapp: Any) -> None:
    """The defect: a totals line that wrapped overprinted "Prepared on…"."""
    from supervision_app.core.cpd.settings import CpdSettings

    add_sample_portfolio(vault)
    vault.cpd_settings.save(
        CpdSettings(practitioner_name="Alexandra Example-Longname, Senior Practitioner (synthetic)")
    )
    path = tmp_path / "portfolio.pdf"
    run_export(vault, "pdf", path, Selection(), today=dt.date(2026, 9, 1))
    lines = cover_lines_at(path)
    texts = [t for _top, t in lines]
    totals = next(i for i, t in enumerate(texts) if "records" in t)
    prepared = next(i for i, t in enumerate(texts) if t.startswith("Prepared on"))
    assert prepared > totals + 1, texts  # the totals line wrapped onto a second line
    tops = [top for top, _t in lines[: prepared + 1]]
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    assert min(gaps) >= 10, (texts, gaps)  # every line below the one before: 12-point text


def test_paragraphs_are_spaced_and_times_are_hours_and_minutes(
    vault: Vault, tmp_path: Path, qapp: Any
) -> None:
    """The defect: Qt ignored margins in points, so paragraphs ran together."""
    from supervision_app.export.html_build import qt_css
    from supervision_app.gui.preview import SafeDocument

    assert not re.search(r"margin[-a-z]*: [\d.]+pt", qt_css())
    doc = SafeDocument()
    doc.setHtml(f"<html><head><style>{qt_css()}</style></head><body><p>a</p><p>b</p></body>")
    first = doc.firstBlock()
    assert first.blockFormat().bottomMargin() >= 7 * 96 / 72 - 1  # about 7 points
    vault.entries.add(
        Entry(title="Long day", body="One.\n\nTwo.", practice_date=dt.date(2026, 3, 1), minutes=95)
    )
    path = tmp_path / "portfolio.pdf"
    run_export(vault, "pdf", path, Selection(), today=dt.date(2026, 9, 1))
    assert "Time spent: 1 h 35 min" in page_texts(path)[2]


def test_the_pdf_shows_a_supervision_record_s_sign_off(
    vault: Vault, tmp_path: Path, qapp: Any
) -> None:
    from tests.unit.test_export_formats import add_signed_sessions

    add_signed_sessions(vault)
    path = tmp_path / "portfolio.pdf"
    run_export(vault, "pdf", path, Selection(), today=dt.date(2026, 9, 1))
    text = " ".join(page_texts(path))
    assert "Sign-off: Signed by both: locked on" in text
    assert "Sign-off: Signed by you (A. Practitioner) on" in text


def test_a_long_entry_is_laid_out_in_small_documents(
    vault: Vault, tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The defect: one QTextDocument for the whole portfolio. PySide6 holds the GIL for each
    call into Qt, so laying out a long entry in one call froze the window's Python slots
    while a PDF was written on a worker thread. Every document must stay small."""
    from supervision_app.gui.pdf_flow import MAX_BLOCK_CHARS, PIECE_CHARS
    from supervision_app.gui.preview import SafeDocument

    sizes: list[int] = []
    set_html = SafeDocument.setHtml

    def recording(doc: SafeDocument, html: str) -> None:
        set_html(doc, html)
        sizes.append(doc.characterCount())

    monkeypatch.setattr(SafeDocument, "setHtml", recording)
    sentence = "We talked about the lunch club and the plans for the summer. "
    paragraphs = [f"Paragraph {n}. " + sentence * 12 for n in range(160)]  # ~120,000 chars
    vault.entries.add(
        Entry(title="Long", body="\n\n".join(paragraphs), practice_date=dt.date(2026, 1, 1))
    )
    path = tmp_path / "long.pdf"
    run_export(vault, "pdf", path, Selection(), allow_identifiers=True)
    assert len(sizes) > 8 and max(sizes) <= PIECE_CHARS + 2 * MAX_BLOCK_CHARS
    # pdftotext (poppler-utils, a test tool in ./dev): pypdf takes a second a page here.
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    pages = [" ".join(p.split()) for p in out.stdout.split("\f")[:-1]]
    assert all(f"Paragraph {n}." in " ".join(pages) for n in range(160))
    assert len(pages) > 20
    for number, text in enumerate(pages[1:], start=2):  # the long entry flows over pages
        assert text.endswith(f"Page {number} of {len(pages)}"), text[-80:]


def test_paragraphs_are_found_as_a_regular_expression_would_find_them() -> None:
    """``split_long_paragraphs`` walks ``<p>…</p>`` with ``str.find`` (a lazy regular
    expression over a 1 MB paragraph held the GIL 25-30 ms): the same result, tag soup too."""
    import random

    from supervision_app.gui import pdf_flow

    paragraph = re.compile(r"<p>(.*?)</p>", re.DOTALL)

    def by_regex(html: str, limit: int) -> str:
        def one(match: re.Match[str]) -> str:
            joined = pdf_flow._split_paragraph(match.group(1), limit)
            return joined

        return paragraph.sub(one, html)

    rnd = random.Random(5)
    atoms = ("<p>", "</p>", "Word. ", "x ", "<b>", "</b>", "<h2>", "</h2>", "<br>", "\n", "<")
    for _ in range(3000):
        html = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 60)))
        limit = rnd.choice([4, 10, 30])
        assert pdf_flow.split_long_paragraphs(html, limit) == by_regex(html, limit), html


def test_charts_are_drawn_in_strips_that_cover_every_row_once_over() -> None:
    """Each chart goes into the PDF in strips (the engine JPEG-encodes an image in one call
    holding the GIL: 22 ms a chart); strips start on JPEG block rows, and each takes one row
    of the next so that no viewer shows a seam."""
    from supervision_app.gui.pdf_export import STRIP_PIXELS, _strips

    for width, height in ((1400, 588), (1400, 318), (1400, 16), (1400, 1), (90, 5000)):
        strips = list(_strips(width, height))
        assert strips[0][0] == 0
        assert sum(rows for _, rows in strips) == height + len(strips) - 1
        for (top, rows), (following, _) in zip(strips, strips[1:], strict=False):
            assert top % 16 == 0 and following == top + rows - 1
            assert rows * width <= STRIP_PIXELS + width or rows == 17
        last_top, last_rows = strips[-1]
        assert last_top + last_rows == height
