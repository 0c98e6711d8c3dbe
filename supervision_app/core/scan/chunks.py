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
crosses the whole overlap. Every unbounded part of the patterns used here (``\\s+``,
``[a-z]+``, ``\\d+``, repeated domain labels…) consumes characters of one of two classes
(word-like :data:`_WORDISH` or space-like :data:`_SPACEISH`), so crossing an overlap with no
run of :data:`RUN` characters of one class takes over ``OVERLAP / RUN`` (64) separate runs,
more than any of the patterns can consume (about 20 at most). The overlap of each window is
checked for such a run first; where there is one (a pasted block with no spaces, a wall of
whitespace), the chunk is stretched past it until its overlap holds none, so that window's
search is longer by the length of the run.

A pattern that can match the empty string is always searched in one call (the rule for
where the next search starts after an empty match is not worth reproducing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: Characters a window holds before its overlap: one call of the slowest scanner pattern
#: (0.4 CPU s a megabyte) over ``CHUNK + OVERLAP`` characters takes about 15 ms of CPU.
CHUNK = 32_768
#: Characters after the chunk a match begun in it may run into (an eighth more searching).
OVERLAP = 4_096
#: A run this long of one class in an overlap stretches the chunk past it.
RUN = 64

_WORDISH = r"[\w'’×÷.-]"
_SPACEISH = r"[\s,:=-]"


@lru_cache(maxsize=8)
def _long_run(run: int) -> re.Pattern[str]:
    return re.compile(f"{_WORDISH}{{{run}}}|{_SPACEISH}{{{run}}}")


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
    long_run = _long_run(run)
    pos = 0
    while True:
        limit = pos + chunk
        while True:  # an overlap must hold no long run: stretch the chunk over one
            end = limit + overlap
            if end >= n:
                yield from pattern.finditer(text, pos)
                return
            found = long_run.search(text, limit, end)
            if found is None:
                break
            limit = found.end()
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
