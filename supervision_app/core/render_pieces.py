"""Very long paragraphs rendered in pieces, so that no one Markdown call holds the GIL long.

Python-Markdown applies each inline pattern as one ``re`` search over a whole paragraph: a
1 MB paragraph with Markdown in it kept the GIL for up to 130 ms in one search (issue 9:
a PDF made on a worker froze the window that long). Such a paragraph is rendered here in
pieces of about :data:`PIECE_CHARS` characters, cut at single spaces, and the pieces'
HTML joined with that space into one ``<p>``: the same HTML as one call gives, because

* only a top-level paragraph that is one line, starts with a letter (or emphasis) and
  follows a blank line (or the start) is cut, each piece after the first at a letter,
  and only in a text with no fence (```` ``` ````, ``~~~``) and no definition used from
  elsewhere (reference links, footnotes, abbreviations: a line starting with ``[`` or
  ``*[``), so each piece is an ordinary paragraph on its own and nothing outside it
  changes how it renders;
* a piece ends only where everything it opened is closed: a piece whose own HTML still
  shows a Markdown character (``*``, ``_``, a backtick, ``[``, ``]``, ``\\``, ``<``,
  ``~``) is joined to the next one before rendering again (past :data:`MAX_PIECE_CHARS`
  the paragraph is rendered in one call after all). Every inline pattern takes the
  leftmost, shortest match, so a match that lies inside a piece is the match the whole
  paragraph gets.

Anything else (other blocks, short paragraphs, multi-line ones) goes through one call as
before; tests/unit/test_render_pieces.py compares both ways on generated paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Paragraphs longer than this are rendered in pieces of about this many characters.
PIECE_CHARS = 16_384
#: A piece that still has something open at this length is not cut at all.
MAX_PIECE_CHARS = 4 * PIECE_CHARS
#: Placeholders for the long paragraphs while the rest is rendered in one call.
_TOKEN = "sjlongparagraph{}x"
_TOKEN_RE = re.compile(r"<p>sjlongparagraph(\d+)x</p>")
#: A text the pieces could render differently in: fences, definitions of references,
#: footnotes or abbreviations (lines starting with "[" or "*["), and the characters
#: Markdown rewrites by position (tabs are expanded by column) or removes.
_UNSAFE_TEXT = re.compile(r"```|~~~|^ {0,3}\*?\[|[\t\r\x02\x03]", re.MULTILINE)
#: How a paragraph that is cut may start: a letter, or emphasis on a word (never a
#: heading, list, quote or code block).
_STARTS = re.compile(r"[^\W\d_]|[*_]{1,3}[^\W_]")
#: What a piece's HTML may not show: a Markdown character left open.
_OPEN = re.compile(r"[*_`\[\]\\~]|&lt;")


def render_in_pieces(text: str, convert: Callable[[str], str]) -> str | None:
    """``convert(text)`` (Markdown to HTML), with long paragraphs converted piece by piece;
    None if ``text`` has no paragraph long enough (the caller converts it in one call)."""
    if len(text) <= PIECE_CHARS or _UNSAFE_TEXT.search(text):
        return None
    blocks = text.split("\n\n")
    long: list[str] = []
    for n, block in enumerate(blocks):
        if len(block) > PIECE_CHARS and "\n" not in block and _STARTS.match(block):
            blocks[n] = _TOKEN.format(len(long))
            long.append(block)
    if not long:
        return None
    if any(_TOKEN.format(n) in block for n, block in enumerate(long)):
        return None  # the placeholder's own text in the paragraph (never in real text)
    html = convert("\n\n".join(blocks))
    rendered = [_paragraph(block, convert) for block in long]
    if None in rendered or len(_TOKEN_RE.findall(html)) != len(long):
        return None
    return _TOKEN_RE.sub(lambda m: f"<p>{rendered[int(m.group(1))]}</p>", html)


def _paragraph(text: str, convert: Callable[[str], str]) -> str | None:
    """The inside of ``<p>...</p>`` for the one-line paragraph ``text``, piece by piece."""
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = _cut(text, start + PIECE_CHARS)
        while True:
            inner = _inner(convert(text[start:end]))
            if inner is None:
                return None
            if end == len(text) or not _OPEN.search(inner):
                break
            if end - start > MAX_PIECE_CHARS:
                return None  # stray markers everywhere: one call, as before
            end = _cut(text, end + PIECE_CHARS)  # something is open: take in more
        parts.append(inner)
        start = end + 1  # past the space the cut was made at
    return " ".join(parts)


def _cut(text: str, at: int) -> int:
    """A single space at or after ``at`` with no space beside it, or the end."""
    while at < len(text):
        at = text.find(" ", at)
        if at < 0:
            break
        if text[at - 1] != " " and at + 1 < len(text) and text[at + 1] not in " \t":
            if text[at + 1].isalpha():  # a piece never starts as a list ("1.") would
                return at
        at += 1
    return len(text)


def _inner(html: str) -> str | None:
    """The inside of a lone ``<p>...</p>``; None if the piece rendered as anything else,
    or showed one of Python-Markdown's own placeholders (``\x02klzzwxh:N\x03``, which
    some tangles of ``_`` let through, numbered by call)."""
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        if "\x02" not in html and "klzzwxh" not in html:
            return html[3:-4]
    return None
