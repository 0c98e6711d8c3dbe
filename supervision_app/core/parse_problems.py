"""Python's own JSON and CSV parser messages, said in our words and translatable.

``json.JSONDecodeError.msg`` ("Expecting ',' delimiter") and ``csv.Error`` are English
written for programmers; an import problem nests them as its reason, so the window would
show them in English whatever its language. :func:`json_reason` and :func:`csv_reason` map
the messages these parsers raise to a :class:`~.i18n.Text` phrase under "Imports" (the
sentence around it keeps the line and column). The parser's own text is kept only as a
detail: in the phrase's ``detail`` field (unused by a known phrase's wording), and quoted
in the one phrase for a message not known here.
"""

from __future__ import annotations

import re

from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text

TYPE_CHECKING = False  # not typing's own: keep typing off the command line's paths
if TYPE_CHECKING:
    import csv
    import json

__all__ = ["csv_reason", "json_reason"]

#: The start of each message Python's json module raises (3.11-3.13, the C scanner and the
#: pure-Python one) -> what it means to someone who did not write the file by hand.
_JSON = (
    ("Expecting value", QT_TRANSLATE_NOOP("Imports", "a value is missing or is not JSON")),
    ("Expecting ',' delimiter", QT_TRANSLATE_NOOP("Imports", "a comma is missing")),
    ("Expecting ':' delimiter", QT_TRANSLATE_NOOP("Imports", "a colon is missing after a name")),
    (
        "Expecting property name enclosed in double quotes",
        QT_TRANSLATE_NOOP(
            "Imports", "a name in double quotes was expected (or a comma is one too many)"
        ),
    ),
    (
        "Illegal trailing comma",
        QT_TRANSLATE_NOOP("Imports", "a comma is one too many"),
    ),
    (
        "Unterminated string",
        QT_TRANSLATE_NOOP("Imports", "a text is not closed with a double quote"),
    ),
    (
        "Invalid control character",
        QT_TRANSLATE_NOOP("Imports", "a text holds a tab or line break that JSON does not allow"),
    ),
    (
        "Invalid \\uXXXX escape",
        QT_TRANSLATE_NOOP("Imports", "a Unicode escape is not followed by four hexadecimal digits"),
    ),
    (
        "Invalid \\escape",
        QT_TRANSLATE_NOOP("Imports", "a backslash starts an escape that JSON does not know"),
    ),
    ("Extra data", QT_TRANSLATE_NOOP("Imports", "more follows the end of the JSON")),
)

_FIELD_LIMIT = re.compile(r"field larger than field limit \((\d+)\)")


def json_reason(error: json.JSONDecodeError) -> Text:
    """What is wrong where ``error`` stopped ("a comma is missing"), without the place:
    the sentence around it names the line and column (``error.lineno``, ``error.colno``)."""
    for start, phrase in _JSON:
        if error.msg.startswith(start):
            return Text("Imports", phrase, detail=error.msg)
    return Text("Imports", "the JSON reader stopped: “{detail}”", detail=error.msg)


def csv_reason(error: csv.Error, line: int) -> Text:
    """What stopped the CSV reader at ``line`` (the reader's ``line_num``)."""
    message = str(error)
    limit = _FIELD_LIMIT.match(message)
    if limit:
        return Text(
            "Imports",
            "line {line}: a field is longer than {limit} characters; is a quote left open?",
            line=line,
            limit=f"{int(limit.group(1)):,}",
            detail=message,
        )
    return Text("Imports", "line {line}: the CSV reader stopped: “{detail}”", line=line,
                detail=message)  # fmt: skip
