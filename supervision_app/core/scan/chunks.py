"""Regular expressions over long texts in bounded windows, with the same matches.

Why: Python's ``re`` holds the GIL for the whole of one search, and a search that finds
nothing for a long stretch is one call. The identifier scanner's patterns cost about 0.4
CPU seconds a megabyte each, so scanning a 1 MB entry on a worker thread froze the window
for up to a second at a time. :func:`finditer` and :func:`search` look at
:data:`CHUNK` characters at a time (plus an :data:`OVERLAP` that only serves to finish a
match begun in the chunk), so no call runs for more than a few tens of milliseconds and the
GIL passes between them.

Why the matches are the same as one search over the whole text: a search is given the
window ``[pos, end)`` with ``pattern.finditer(text, pos, end)``, which still sees the text
*before* ``pos`` (look-behinds, ``\\b``, ``^`` after a newline), but treats ``end`` as the
end of the text. Only matches that start in the chunk are kept; the next window starts
where the last kept match ended (or at the chunk's end). A match attempt starting in the
chunk sees exactly what it would in the whole text unless it reaches ``end``, that is,
crosses the whole overlap. How far an attempt can reach is bounded: the bounded parts of the
patterns used here (``{0,63}``, literal words) add up to a few hundred characters, and every
unbounded part (``\\s+``, ``[a-z]+``, ``\\d+``, repeated domain labels…) consumes only
characters of one of two classes, word-like (:data:`_WORDISH`) or space-like
(:data:`_SPACEISH`). Where the overlap holds no run of :data:`RUN` characters of one class,
each unbounded part takes fewer than ``RUN`` of its characters, and with about 20 such parts
at most an attempt goes under 1,000 characters into the overlap, half of it. So the overlap of each
window is checked for such a run first; where there is one (a pasted block with no spaces, a
wall of whitespace), the chunk is stretched past it until its overlap holds none, and that
window's search is longer by the length of the run. Within :func:`shared_checks` the checks
are made once per window for all the patterns searched over one text.

A pattern that can match the empty string is always searched in one call (the rule for
where the next search starts after an empty match is not worth reproducing).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

#: Characters a window holds before its overlap: one call of the slowest scanner pattern
#: (0.47 CPU s a megabyte) over ``CHUNK + OVERLAP`` characters takes about 8 ms of CPU.
#: (Twice as long, it held the GIL 16-20 ms a call: on a loaded machine, enough to keep the
#: window waiting over 50 ms.)
CHUNK = 16_384
#: Characters after the chunk a match begun in it may run into (an eighth more searching).
OVERLAP = 2_048
#: A run this long of one class in an overlap stretches the chunk past it.
RUN = 32

_WORDISH = r"[\w'’×÷.-]"
_SPACEISH = r"[\s,:=-]"


@lru_cache(maxsize=8)
def _long_run(run: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of ``run`` characters of one class: anywhere (for a match at one place), and
    only where a run starts (tried once a word rather than at every character: 5 times
    faster, and this check is made for every window of every pattern)."""
    anywhere = f"{_WORDISH}{{{run}}}|{_SPACEISH}{{{run}}}"
    starting = f"(?<!{_WORDISH}){_WORDISH}{{{run}}}|(?<!{_SPACEISH}){_SPACEISH}{{{run}}}"
    return re.compile(anywhere), re.compile(starting)


def long_run_in(text: str, start: int, end: int, run: int) -> re.Match[str] | None:
    """The first run of ``run`` characters of one class in ``text[start:end]``, if any:
    one going on at ``start``, else the first that starts after it."""
    anywhere, starting = _long_run(run)
    return anywhere.match(text, start, end) or starting.search(text, start, end)


#: The text being scanned by this thread within :func:`shared_checks`, and its checks.
_shared = threading.local()


@contextmanager
def shared_checks(text: str) -> Iterator[None]:
    """Within the block, each window's check for a long run in ``text`` is made once for
    every pattern searched (the windows fall at the same places for most patterns). The
    remembered checks are dropped at the end: nothing keeps the text."""
    _shared.memo = (text, {})
    try:
        yield
    finally:
        _shared.memo = None


def _run_end(text: str, start: int, end: int, run: int) -> int | None:
    """Where the first long run in ``text[start:end]`` ends (see :func:`long_run_in`)."""
    memo = getattr(_shared, "memo", None)
    if memo is None or memo[0] is not text:
        found = long_run_in(text, start, end, run)
        return None if found is None else found.end()
    key = (start, end, run)
    if key not in memo[1]:
        found = long_run_in(text, start, end, run)
        memo[1][key] = None if found is None else found.end()
    result: int | None = memo[1][key]
    return result


@lru_cache(maxsize=256)
def _matches_empty(pattern: re.Pattern[str]) -> bool:
    return pattern.fullmatch("") is not None


def finditer(
    pattern: re.Pattern[str],
    text: str,
    *,
    chunk: int | None = None,
    overlap: int | None = None,
    run: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found window by window (module doc);
    ``chunk``, ``overlap`` and ``run`` default to the module's constants."""
    chunk = CHUNK if chunk is None else chunk
    overlap = OVERLAP if overlap is None else overlap
    run = RUN if run is None else run
    n = len(text)
    if n <= chunk + overlap or _matches_empty(pattern):
        yield from pattern.finditer(text)
        return
    pos = 0
    while True:
        limit = pos + chunk
        while True:  # an overlap must hold no long run: stretch the chunk over one
            end = limit + overlap
            if end >= n:
                yield from pattern.finditer(text, pos)
                return
            past_run = _run_end(text, limit, end, run)
            if past_run is None:
                break
            limit = past_run
        following = limit
        for match in pattern.finditer(text, pos, end):
            if match.start() >= limit:
                break  # the next window finds it, with the whole of its own overlap
            yield match
            following = max(following, match.end())
        pos = following


def search(
    pattern: re.Pattern[str],
    text: str,
    *,
    chunk: int | None = None,
    overlap: int | None = None,
    run: int | None = None,
) -> re.Match[str] | None:
    """The match of ``pattern.search(text)``, looked for window by window."""
    return next(finditer(pattern, text, chunk=chunk, overlap=overlap, run=run), None)


#: Characters :func:`join_words` splits at a time (``str.split`` takes ~20 ms a megabyte).
WORDS_CHUNK = 65_536


def join_words(text: str, *, chunk: int = WORDS_CHUNK) -> str:
    """``" ".join(text.split())`` (every run of whitespace to one space, none at the ends),
    split a window of ``chunk`` characters at a time: one call over a 1 MB paragraph held
    the GIL for about 27 ms. A word cut by a window's end is put back together."""
    if len(text) <= chunk:
        return " ".join(text.split())
    parts: list[str] = []
    carry = ""  # the end of a word cut by the last window's end
    for start in range(0, len(text), chunk):
        piece = text[start : start + chunk]
        words = piece.split()
        if carry:
            if words and not piece[0].isspace():
                words[0] = carry + words[0]
            else:
                words.insert(0, carry)
            carry = ""
        if words and not piece[-1].isspace():
            carry = words.pop()
        if words:
            parts.append(" ".join(words))
    if carry:
        parts.append(carry)
    return " ".join(parts)
