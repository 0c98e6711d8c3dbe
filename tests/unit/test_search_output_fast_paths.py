"""The command-line search's shortcuts give exactly what the long ways gave (issue 10).

``split_snippet`` splits at the marks instead of reading a character at a time, and
``plain_markdown`` skips its patterns for a snippet none of them can match: both were a
large part of the Python a whole ``search`` process ran beyond the bare query.
"""

from __future__ import annotations

import random
import re

from supervision_app.cli.shapes import split_snippet
from supervision_app.core.find import text
from supervision_app.core.find.text import MARK_END, MARK_START, plain_markdown


def _split_a_character_at_a_time(snippet: str) -> tuple[str, list[list[int]]]:
    """The loop ``split_snippet`` had before (the reference)."""
    out: list[str] = []
    spans: list[list[int]] = []
    length = 0
    start: int | None = None
    for char in snippet:
        if char == MARK_START:
            start = length
        elif char == MARK_END:
            if start is not None and length > start:
                spans.append([start, length])
            start = None
        else:
            out.append(char)
            length += 1
    return "".join(out), spans


def _plain_markdown_always(value: str) -> str:
    """``plain_markdown`` with every pattern applied, as before the shortcut."""
    link, line_start, emphasis = text._markdown_patterns()
    value = link.sub(r"\1", value)
    value = line_start.sub("", value)
    value = emphasis.sub("", value)
    return " ".join(value.split())


#: Marks, Markdown punctuation, digits (ASCII and not), spaces, line ends and letters.
_ALPHABET = [MARK_START, MARK_END, *"[]()#>-*+`~_!.)", *"09", "\u0663", "\u00b2", *" \t\n"]
_ALPHABET += [*"abcXY", "é", "…"]


def _samples(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    made = [""]
    for _ in range(count):
        made.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 40))))
    return made


def test_split_snippet_matches_the_character_loop() -> None:
    for snippet in _samples(5_000, seed=16):
        assert split_snippet(snippet) == _split_a_character_at_a_time(snippet), repr(snippet)
    snippet = f"A {MARK_START}home{MARK_END} visit, {MARK_START}{MARK_END}a {MARK_START}b"
    assert split_snippet(snippet) == ("A home visit, a b", [[2, 6]])


def test_plain_markdown_skips_its_patterns_only_when_none_can_match() -> None:
    skipped = 0
    for value in _samples(5_000, seed=10):
        assert plain_markdown(value) == _plain_markdown_always(value), repr(value)
        skipped += not text._may_hold_markdown(value)
    assert skipped > 100  # the shortcut is taken, not just always refused
    # A digit before "." starts a list item; a non-ASCII digit counts too (\d is Unicode).
    for value in ("1. first", "\u0663) third", "a\n2) b", "a [b](c)", "~~x~~"):
        assert text._may_hold_markdown(value), value
        assert plain_markdown(value) == _plain_markdown_always(value)
    assert not text._may_hold_markdown("A home visit… after 3 weeks")
    assert re.search(r"\d", "\u0663") and "\u0663".isdigit()
