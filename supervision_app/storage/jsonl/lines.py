"""Reading a JSONL file by lines, and the plan the first pass hands to the second.

The first pass records where each accepted line starts (8 bytes per line, in an
``array``), so the second pass can write the tables in whatever order the vault needs
without holding the file in memory.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from supervision_app.core import safe_json
from supervision_app.core.i18n import Text
from supervision_app.core.parse_problems import json_reason

#: orjson's reader (a declared dependency); without it every line takes the long way, with
#: the same result.
_fast_loads: Callable[[bytes], Any] | None
try:
    import orjson

    _fast_loads = orjson.loads
except ImportError:  # pragma: no cover
    _fast_loads = None


class LineError(ValueError):
    """A line cannot be read at all (a phrase naming the line, a :class:`~.i18n.Text`)."""


def read_lines(path: Path) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset, raw line) for every line, split on ``\\n`` only."""
    offset = 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            yield number, offset, raw
            offset += len(raw)


def file_digest(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


#: The types of the values a line may have for :func:`parse_line` to take orjson's reading
#: as it is (see there).
_FLAT = frozenset({str, int, bool, type(None)})


def parse_line(number: int, raw: bytes) -> dict[str, Any] | None:
    """The line's object, ``None`` for a blank line, or :class:`LineError`.

    orjson reads a line about four times as fast as ``json`` (the 182,431 lines of a
    50,000-entry restore: 1.27 -> 0.44 CPU s, this function whole). Its reading is taken
    only where it is certainly the one :func:`parse_line_json` gives: an object whose
    values are text, whole numbers, true, false or null. orjson refuses everything
    ``json`` refuses here (bad syntax, bytes that are not UTF-8, a byte order mark, control
    characters in strings) and more besides (lone surrogates, ``NaN``, ``Infinity``,
    numbers too large for a double, nesting past 1,024); what it does not take as it is (a
    whole number past 64 bits becomes a float, so a float means the long way; a list or an
    object inside might be nested too deeply) goes the long way too, which names the
    problem exactly as before.
    """
    if _fast_loads is not None:
        try:
            obj = _fast_loads(raw)
        except ValueError:  # orjson.JSONDecodeError
            pass
        else:
            if type(obj) is dict and _FLAT.issuperset(map(type, obj.values())):
                return obj
    return parse_line_json(number, raw)


def parse_line_json(number: int, raw: bytes) -> dict[str, Any] | None:
    """:func:`parse_line` through :func:`.safe_json.loads`: the reading, and every problem's
    wording, that orjson's fast path must agree with."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LineError(Text("Imports", "Line {number} is not UTF-8 text", number=number)) from None
    if number == 1:
        text = text.removeprefix("\ufeff")
    if not text or text.isspace():
        return None
    try:
        obj = safe_json.loads(text)
    except json.JSONDecodeError as error:
        raise LineError(
            Text(
                "Imports",
                "Line {number} is not valid JSON ({reason} at character {column})",
                number=number,
                reason=json_reason(error),
                column=error.colno,
            )
        ) from None
    except safe_json.HostileJSON as error:
        raise LineError(
            Text(
                "Imports",
                "Line {number} cannot be imported: {reason}",
                number=number,
                reason=error.reason,
            )
        ) from None
    if not isinstance(obj, dict):
        raise LineError(Text("Imports", "Line {number} is not a JSON object", number=number))
    return obj


class LineIndex:
    """Where some lines of the file start, and their line numbers, in file order."""

    def __init__(self) -> None:
        self._offsets = array("q")
        self._numbers = array("q")

    def add(self, number: int, offset: int) -> None:
        self._numbers.append(number)
        self._offsets.append(offset)

    def __len__(self) -> int:
        return len(self._numbers)

    def read(self, handle: IO[bytes]) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line number, object) of each indexed line, read from the open file."""
        position = -1
        for number, offset in zip(self._numbers, self._offsets, strict=True):
            if offset != position:
                handle.seek(offset)
            raw = handle.readline()
            position = offset + len(raw)
            obj = parse_line(number, raw)
            if obj is None:  # the file changed since the first pass; the digest will tell
                continue
            yield number, obj


@dataclass
class TableStats:
    rows: int = 0
    min_key: int | None = None
    max_key: int | None = None


@dataclass
class Plan:
    """What the first pass learnt: enough for the second pass to write without looking back."""

    header: dict[str, Any] | None
    stats: dict[str, TableStats] = field(default_factory=dict)
    #: table -> its accepted lines
    lines: dict[str, LineIndex] = field(default_factory=dict)
    #: minimal entry lines
    minimal: LineIndex = field(default_factory=LineIndex)
    #: AUTOINCREMENT high-water marks: table -> seq
    sequences: dict[str, int] = field(default_factory=dict)
    #: table -> the ids the file holds, for tables that soft references point at
    ids: dict[str, set[int]] = field(default_factory=dict)
    digest: str = ""

    def add_line(self, table: str, number: int, offset: int) -> None:
        index = self.lines.get(table)
        if index is None:
            index = self.lines[table] = LineIndex()
        index.add(number, offset)
