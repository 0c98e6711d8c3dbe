"""The text side of search: readable snippets, and which words to highlight.

FTS5 indexes the raw Markdown and the tags column as JSON, so its snippets can show
``*invisible*`` or ``["home visit", "loneliness"]``. These helpers turn a marked snippet into
plain words, keeping the match markers (``MARK_START``/``MARK_END``) where they were.
"""

from __future__ import annotations

import re
from functools import cache

#: Snippet markers: the GUI turns them into bold, the command line into brackets.
MARK_START, MARK_END = "\x02", "\x03"

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


# The patterns are compiled on first use: a command-line search needs only the Markdown
# ones, and compiling all six at import cost ~1 ms of every search process.
@cache
def _markdown_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Links, line-start markers (headings, quotes, list items), emphasis markers."""
    return (
        re.compile(r"!?\[([^\]]*)\]\([^)]*\)"),
        re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)"),
        re.compile(r"\*+|`+|~~|(?<![\w\x02\x03])_+|_+(?![\w\x02\x03])"),
    )


@cache
def _query_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A query's tokens, words, and search syntax."""
    return (
        re.compile(r'"[^"]*"|\w+\*?|[()]|-', re.UNICODE),
        re.compile(r"\w+", re.UNICODE),
        re.compile(r'"|\*|\(|\b(?:AND|OR|NOT|NEAR)\b|\b(?:title|body|tags):'),
    )


#: Every character one of the Markdown patterns needs (besides a digit before "." or ")").
_MARKDOWN_MARKS = frozenset("[#>-*+`~_")


def _may_hold_markdown(text: str) -> bool:
    """False only when no Markdown pattern can match: none of the marks, and no digit
    (``\\d`` is any Unicode digit; ``isdigit`` takes in more) that a "." or ")" follows."""
    if not _MARKDOWN_MARKS.isdisjoint(text):
        return True
    if "." not in text and ")" not in text:
        return False
    if text.isascii():
        return any(d in text for d in "0123456789")
    return any(c.isdigit() for c in text)


def plain_markdown(text: str) -> str:
    """Markdown punctuation taken out of a snippet: link text kept, emphasis markers dropped.
    Most snippets hold none: they skip the patterns (and a search process their compiling)."""
    if not _may_hold_markdown(text):
        return " ".join(text.split())
    link, line_start, emphasis = _markdown_patterns()
    text = link.sub(r"\1", text)
    text = line_start.sub("", text)
    text = emphasis.sub("", text)
    return " ".join(text.split())


def tags_snippet(marked_json: str) -> str:
    """The tags column (JSON, with markers inside the strings) as ``Tags: a, b``."""
    import json  # only for a snippet from the tags: a search prints the tags without it

    try:
        tags = json.loads(marked_json, strict=False)
    except ValueError:
        return ""
    if not isinstance(tags, list):
        return ""
    return "Tags: " + ", ".join(str(t) for t in tags)


def has_mark(text: str) -> bool:
    return MARK_START in text


def highlight_terms(query: str) -> list[str]:
    """The words of a query to highlight in the text: no operators, nothing after NOT.

    A phrase gives its words; ``visit*`` gives ``visit``. Column filters (``title:``) are
    dropped with their colon. The result is lower case, longest first, without repeats.
    """
    token_pattern, word_pattern, _ = _query_patterns()
    terms: list[str] = []
    skip_next = False
    for token in token_pattern.findall(query.replace(":", " ")):
        if token in _OPERATORS:
            skip_next = token == "NOT"
            continue
        if token in "()-":
            continue
        if skip_next:
            skip_next = False
            continue
        terms.extend(w.casefold() for w in word_pattern.findall(token))
    unique = dict.fromkeys(t for t in terms if t not in {"title", "body", "tags"})
    return sorted(unique, key=len, reverse=True)


def uses_syntax(query: str) -> bool:
    """Whether the user typed search syntax (a phrase, ``*``, NOT, OR, ``title:``...).

    The app searches plain words as the user types (every word, the last one as a prefix);
    a query with syntax is searched as written, and as plain words if it is not valid yet.
    """
    return bool(_query_patterns()[2].search(query))


def stem(term: str) -> str:
    """A rough English stem, so that ``visiting`` also highlights ``visit`` and ``visits``.

    The index uses the Porter stemmer; highlighting needs only to find the same words in
    the text, so dropping a few common endings is enough.
    """
    for ending in ("ing", "ed", "es", "s"):
        if len(term) - len(ending) >= 4 and term.endswith(ending):
            return term[: -len(ending)]
    return term


def term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching words that start with any term's stem."""
    stems = sorted({stem(t) for t in terms if t}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


def split_marks(snippet: str) -> list[tuple[str, bool]]:
    """A marked snippet as (text, matched) pieces, whitespace collapsed."""
    pieces: list[tuple[str, bool]] = []
    matched = False
    buf: list[str] = []
    for char in " ".join(snippet.split()):
        if char in (MARK_START, MARK_END):
            if buf:
                pieces.append(("".join(buf), matched))
                buf = []
            matched = char == MARK_START
        else:
            buf.append(char)
    if buf:
        pieces.append(("".join(buf), matched))
    return pieces
