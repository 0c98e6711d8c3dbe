"""The identifier scan searches long texts in bounded windows (core/scan/chunks.py) and
finds exactly what one search over the whole text finds, including across window borders.

Why windows: ``re`` holds the GIL for a whole search, so one search of a 1 MB entry on the
export's worker thread froze the window for up to a second (issue 9 item 9)."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

import pytest

from supervision_app.core.scan import chunks
from supervision_app.core.scan import patterns as p
from supervision_app.core.scan.scanner import scan_text
from supervision_app.export.portfolio import _MARKDOWN_SYNTAX

#: Every compiled pattern the scanner uses.
PATTERNS = {name: value for name, value in vars(p).items() if isinstance(value, re.Pattern)}

#: Pieces of text that make (or nearly make) findings of every kind, and ordinary words.
PIECES = (
    "her son Jamie Smith", "Jamie's mum", "Priya (daughter, 7)", "Mrs O'Neill", "Dr. A. Khan",
    "DOB 12/03/1987", "born on 3rd March 1987", "12 March 1987 (date of birth)",
    "07700 900123", "+48 512 345 678", "943 476 5919", "QQ 12 34 56 C", "LS1 4AP",
    "jo.bloggs@example.org", "Flat 2, 14 Mill Road", "mother of Amira", "Kai's foster carer",
    "the", "lunch", "club", "we", "talked", "about", "plans", "summer", "and", "Leeds",
    "Mrs", "son", "12", "Road", "March", "of", ",", ".", "(", ")", "-", "'", "’s", ":",
    "*really*", "1.", "#", "==",
)  # fmt: skip
SEPARATORS = (" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ")


def _text(rnd: random.Random, chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        part = rnd.choice(PIECES) + rnd.choice(SEPARATORS)
        parts.append(part)
        size += len(part)
    return "".join(parts)


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


class Watched:
    """A compiled pattern that notes how many characters each search is given."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self._pattern = pattern
        self._seen = seen

    def _note(self, text: str, pos: int, endpos: int) -> None:
        self._seen.append(min(endpos, len(text)) - pos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self._note(text, pos, endpos)
        return self._pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._note(text, pos, endpos)
        return self._pattern.search(text, pos, endpos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._pattern.fullmatch(text)


@pytest.mark.parametrize("seed", range(4))
def test_small_windows_find_exactly_what_one_search_finds(seed: int) -> None:
    """Windows of 60 characters (overlap 1,536, runs of 24: the real ratio) put about a
    hundred borders through names, dates, phone numbers and addresses: every pattern finds
    the same matches."""
    rnd = random.Random(seed)
    text = _text(rnd, 8000)
    windows = {"chunk": 60, "overlap": 1536, "run": 24}
    assert chunks.long_run_in(text, 0, len(text), 24) is None  # no window is stretched
    # The portfolio's test for Markdown (MULTILINE: ^ and $ at line ends) is searched so too.
    for name, pattern in {**PATTERNS, "markdown": _MARKDOWN_SYNTAX}.items():
        whole = _spans(pattern.finditer(text))
        assert _spans(chunks.finditer(pattern, text, **windows)) == whole, name
        first = chunks.search(pattern, text, **windows)
        assert (first and first.span()) == (whole[0][:2] if whole else None), name


def test_findings_across_the_border_of_a_real_window_are_found() -> None:
    """With the real window sizes, identifiers placed across the first border are found
    once, whole, at the same places as in the sentence on its own."""
    filler = "We talked about the lunch club and the plans for the summer. "
    sentence = "Her son Jamie Smith, born on 3rd March 1987, lives at Flat 2, 14 Mill Road. "
    alone = [(f.kind, f.start, f.text) for f in scan_text(sentence)]
    assert len({kind for kind, _, _ in alone}) == 3  # a name, a date of birth, an address
    for offset in range(-len(sentence), 1, 9):
        head = (filler * (chunks.CHUNK // len(filler) + 1))[: chunks.CHUNK + offset]
        text = head + sentence + filler * 150
        assert len(text) > chunks.CHUNK + chunks.OVERLAP
        found = [(f.kind, f.start - len(head), f.text) for f in scan_text(text)]
        assert found == alone, offset


@pytest.mark.parametrize("where", [0, 6, 30, 60, 66, 498])
def test_long_runs_are_found_wherever_they_start(where: int) -> None:
    """The check for a long run sees one that starts at, before or after where it looks."""
    for run in ("x" * 64, " " * 64, "a-b." * 16, ", :" * 22):
        text = "ab/cd/" * 100  # "/" is of neither class: the run is exactly ``run``
        text = text[:where] + "/" + run + "/" + text[where:]
        begins = where + 1
        for start in (max(0, begins - 10), begins, begins + 1):
            found = chunks.long_run_in(text, start, start + 200, 64)
            inside = len(run) - max(0, start - begins)
            assert (found is not None) == (inside >= 64), (run, start)
        assert chunks.long_run_in(text.replace(run, run[:63]), 0, len(text), 64) is None


def test_a_long_run_in_an_overlap_stretches_that_window_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A wall of spaces longer than the overlap inside a name ("Mrs" … "Okafor") would be
    missed by a window that ends in it; the run is seen first and that window is stretched
    past it, while the windows after it are the usual size."""
    spaces = " " * (chunks.OVERLAP + 100)
    text = "x " * (chunks.CHUNK // 2 - 10) + "Mrs" + spaces + "Okafor came. " + "y " * 40_000
    pattern = p.TITLED_RE
    assert _spans(chunks.finditer(pattern, text)) == _spans(pattern.finditer(text))
    sizes: list[int] = []
    monkeypatch.setattr(p, "TITLED_RE", Watched(pattern, sizes))
    assert [f.text.split()[-1] for f in scan_text(text)] == ["Okafor"]
    window = chunks.CHUNK + chunks.OVERLAP
    assert max(sizes) <= window + len(spaces) + chunks.RUN and max(sizes[1:]) <= window


def test_scanning_a_long_entry_gives_no_search_more_than_one_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every pattern of the scanner is used, and none is given more than one window of a
    long text (before the windows, each was given the whole text at once)."""
    seen: dict[str, list[int]] = {name: [] for name in PATTERNS}
    for name, pattern in PATTERNS.items():
        monkeypatch.setattr(p, name, Watched(pattern, seen[name]))
    text = _text(random.Random(7), 3 * (chunks.CHUNK + chunks.OVERLAP))
    findings = scan_text(text, never_export=("Amira",))
    assert len(findings) > 1000
    window = chunks.CHUNK + chunks.OVERLAP
    for name, sizes in seen.items():
        assert sizes, f"{name} was not used"
        assert max(sizes) <= window, f"{name} searched {max(sizes)} characters at once"


def test_windows_leave_findings_unchanged_on_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole scan of a text of several windows, windowed and in one search."""
    text = _text(random.Random(11), 3 * (chunks.CHUNK + chunks.OVERLAP))
    windowed = scan_text(text, never_export=("Leeds club",))
    monkeypatch.setattr(chunks, "CHUNK", len(text))  # one window: one search of the whole
    whole = scan_text(text, never_export=("Leeds club",))
    assert windowed == whole and len(whole) > 1000


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 64])
def test_join_words_in_windows_equals_one_split_and_join(chunk: int) -> None:
    """``join_words`` splits a long paragraph a window at a time (``str.split`` over 1 MB
    held the GIL 27 ms); words cut by a window's end come back whole, whatever the spaces."""
    rnd = random.Random(chunk)
    atoms = ("a", "bc", "xyz", " ", "  ", "\n", "\t", "\u2003", "\u00a0", "\x1c", "é")
    for _ in range(2000):
        text = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 50)))
        assert chunks.join_words(text, chunk=chunk) == " ".join(text.split()), repr(text)
    long = _text(random.Random(3), 3 * chunks.WORDS_CHUNK)
    assert chunks.join_words(long) == " ".join(long.split())
