"""JSON that is valid but hostile, refused with a sentence naming the line.

Python's ``json`` accepts some input that then breaks whatever uses the result: nesting
thousands deep (``RecursionError``), a number of thousands of digits (``ValueError`` from
the int conversion limit, or a float that is infinite), or an escaped lone surrogate
(``"\\ud800"``: a string that cannot be written as UTF-8, so SQLite refuses it later). The
importers read JSON through :func:`loads` so each is one more bad line, not a crash.
"""

from __future__ import annotations

import json
import re
from typing import Any

from supervision_app.core.i18n import Text

#: Deeper than any export we read needs (Day One's are about 6 levels).
MAX_DEPTH = 100
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONG_NUMBER = re.compile(r"[-\d.eE+]{400,}")


class HostileJSON(ValueError):
    """``line`` (1-based, within the text given) and a phrase saying what is wrong (a
    :class:`~.i18n.Text`, translated where it is shown)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _too_deep_at(text: str) -> int:
    """Where the nesting first passes :data:`MAX_DEPTH` (strings skipped), or -1."""
    depth = 0
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return index
        elif char in "]}":
            depth -= 1
    return -1


def _lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _depth_ok(value: Any) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return False
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True


def loads(text: str) -> Any:
    """``json.loads`` that raises :class:`HostileJSON` (a ``ValueError``) for hostile input.

    Syntax errors stay ``json.JSONDecodeError`` (also a ``ValueError``), as before.
    """
    try:
        if isinstance(text, str) and not text.startswith("\ufeff"):
            value = _DECODER.decode(text)
        else:  # json.loads decodes bytes and names a byte order mark
            value = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        where = _too_deep_at(text)
        raise HostileJSON(
            _line_of(text, max(where, 0)), Text("Imports", "it is nested too deeply")
        ) from None
    except (json.JSONDecodeError, HostileJSON):
        raise
    except ValueError:  # int conversion limit
        match = _LONG_NUMBER.search(text)
        raise HostileJSON(
            _line_of(text, match.start() if match else 0),
            Text("Imports", "it holds a number far too long"),
        ) from None
    # Nesting deeper than MAX_DEPTH needs more brackets than that (a quick count first:
    # most lines have a handful, and walking every value of every line was a tenth of an
    # import's time).
    if text.count("[") + text.count("{") > MAX_DEPTH and not _depth_ok(value):
        raise HostileJSON(
            _line_of(text, max(_too_deep_at(text), 0)), Text("Imports", "it is nested too deeply")
        )
    if _SURROGATE_ESCAPE.search(text) and _lone_surrogate(value):
        match = _SURROGATE_ESCAPE.search(text)
        line = _line_of(text, match.start() if match else 0)
        raise HostileJSON(
            line, Text("Imports", "it holds text that is not valid Unicode (a lone surrogate)")
        )
    return value


def _no_constant(name: str) -> Any:
    raise HostileJSON(1, Text("Imports", "it holds {name}, which JSON does not allow", name=name))


#: What ``json.loads(text, parse_constant=...)`` makes anew for every call.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)
