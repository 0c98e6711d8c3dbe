"""The small part of YAML front matter that notes apps write, read without a YAML library.

::

    ---
    title: "Reflection: a home visit"
    date: 2026-03-01
    tags: [safeguarding, "home visit"]
    minutes: 45
    ---

Supported: ``key: value`` with plain, ``"double"`` or ``'single'`` quoted values, inline lists
``[a, b]``, and block lists (``key:`` followed by ``- a`` lines); ``#`` comments. A template
placeholder left in a note (``date: {{date}}``, ``<% tp.date.now() %>``) reads as no value. Anything
else (nested maps, multi-line strings) is skipped when it belongs to a key we do not use, and
reported when it belongs to one we do. A YAML library would accept more, but would also turn
``date: 2026-03-01`` into a date and ``title: no`` into ``False``; these few rules keep every
value text and the dependency list short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from supervision_app.core.i18n import Text

_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$")
#: A template's placeholder left in a note: Obsidian's ``{{date}}``, Templater's ``<% ... %>``.
_PLACEHOLDER = re.compile(r"""^["']?(\{\{.*\}\}|<%.*%>)["']?$""")


def is_placeholder(value: str) -> bool:
    """True for a template placeholder that was never filled in (read as no value)."""
    return _PLACEHOLDER.match(value.strip()) is not None


_ITEM = re.compile(r"\s*-\s+(.*)$|\s*-$")


@dataclass(frozen=True)
class Field:
    value: str | list[str]
    #: Line of the file (1-based) where the key is.
    line: int


class FrontMatterError(ValueError):
    """``line`` and what is wrong there (a :class:`~.i18n.Text`)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line


def _unquote(text: str, line: int) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        inner = text[1:-1]
        return re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), inner)
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if text[:1] in "\"'":
        raise FrontMatterError(line, Text("Imports", "a quotation mark is not closed"))
    return re.sub(r"\s+#.*$", "", text)


def _split_list(text: str, line: int) -> list[str]:
    """``[a, "b, c", 'd']`` -> ``["a", "b, c", "d"]``."""
    items: list[str] = []
    current = ""
    quote = ""
    for char in text[1:-1]:
        if quote:
            current += char
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
            current += char
        elif char == ",":
            items.append(current)
            current = ""
        else:
            current += char
    if quote:
        raise FrontMatterError(line, Text("Imports", "a quotation mark is not closed"))
    items.append(current)
    return [v for v in (_unquote(i, line) for i in items) if v and not is_placeholder(v)]


def split_front_matter(text: str) -> tuple[list[str], str, int]:
    """(front matter lines, the rest of the text, line number where the rest begins)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return [], text, 1
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return lines[1:index], "\n".join(lines[index + 1 :]), index + 2
    raise FrontMatterError(
        1, Text("Imports", "the front matter that starts on line 1 is never closed with ---")
    )


def parse_front_matter(lines: list[str], wanted: set[str]) -> dict[str, Field]:
    """The fields of ``wanted`` keys found in the front matter lines (file line = index + 2)."""
    fields: dict[str, Field] = {}
    open_list: str | None = None  # the key whose "- item" lines follow
    skipping = False  # inside a value of a key we do not use
    for index, raw in enumerate(lines):
        number = index + 2
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        item = _ITEM.match(raw)
        if item and open_list is not None:
            raw_item = item.group(1) or ""
            if is_placeholder(raw_item):
                continue
            value = _unquote(raw_item, number)
            target = fields[open_list].value
            if value and isinstance(target, list):
                target.append(value)
            continue
        key = _KEY.match(raw) if not raw[:1].isspace() else None
        if key is None:
            if skipping:
                continue
            raise FrontMatterError(
                number, Text("Imports", "'{line}' is not a 'key: value' line", line=stripped)
            )
        name, value = key.group(1).lower(), (key.group(2) or "").strip()
        open_list = None
        skipping = name not in wanted
        if skipping:
            continue
        if is_placeholder(value):
            continue  # as if the key were absent
        if not value:
            fields[name] = Field([], number)
            open_list = name
        elif value.startswith("[") and value.endswith("]"):
            fields[name] = Field(_split_list(value, number), number)
        elif value.startswith("["):
            raise FrontMatterError(
                number,
                Text(
                    "Imports",
                    "'{name}' starts a list that is not closed ('{value}'): end it with ]",
                    name=name,
                    value=value[:20],
                ),
            )
        elif value[:1] in "|>{&*!":
            raise FrontMatterError(
                number,
                Text(
                    "Imports",
                    "'{name}' is a YAML block, map or reference ('{value}'); write one value "
                    "on the line",
                    name=name,
                    value=value[:20],
                ),
            )
        else:
            fields[name] = Field(_unquote(value, number), number)
    return fields
