"""A JSONL line read through orjson's fast path is exactly what ``json`` (through
``safe_json``) reads, and a line either refuses is refused with the same words."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from supervision_app.storage.jsonl import lines
from supervision_app.storage.jsonl.lines import LineError, parse_line, parse_line_json


def _reading(parse: Any, number: int, raw: bytes) -> tuple[str, Any]:
    """What a parser makes of a line, with the type of every value (``1`` is not ``1.0``,
    and ``True == 1``) and the keys in order."""
    try:
        obj = parse(number, raw)
    except LineError as error:
        return "refused", str(error)
    if obj is None:
        return "blank", None
    return "read", [(k, type(v).__name__, repr(v)) for k, v in obj.items()]


def _same(number: int, raw: bytes) -> None:
    assert _reading(parse_line, number, raw) == _reading(parse_line_json, number, raw), raw


def test_the_fast_reader_is_there() -> None:
    """orjson is a dependency: without it every import takes the slower way."""
    assert lines._fast_loads is not None


TRICKY = [
    b'{"type": "entries", "id": 1, "title": "t", "minutes": null, "flag": true}\n',
    # Whole numbers past 64 bits: orjson reads them as floats, json as exact integers.
    b'{"n": 18446744073709551616}',
    b'{"n": 18446744073709551615}',
    b'{"n": -9223372036854775809}',
    b'{"n": -9223372036854775808}',
    b'{"n": ' + b"9" * 5000 + b"}",
    b'{"n": 1e400}',
    b'{"n": -1e400}',
    b'{"n": 1.5}',
    b'{"n": 1E5}',
    b'{"n": -0}',
    b'{"n": NaN}',
    b'{"n": Infinity}',
    b'{"n": 01}',
    # Surrogates: escaped alone (json keeps them; the line is then refused), in a pair, and
    # as bytes (not UTF-8).
    b'{"s": "\\ud800"}',
    b'{"s": "\\udc00x"}',
    b'{"s": "\\ud800\\ud800"}',
    b'{"s": "\\ud83d\\ude00"}',
    b'{"s": "\xed\xa0\x80"}',
    b'{"s": "\xc0\x80"}',
    b'{"s": "\xff"}',
    # Control characters, DEL, NUL, line separators.
    b'{"s": "x\ty"}',
    b'{"s": "x\x00y"}',
    b'{"s": "x\x7fy"}',
    b'{"s": "\\u0000\xe2\x80\xa8"}',
    # Byte order marks: allowed on the first line only.
    b'\xef\xbb\xbf{"a": 1}',
    # Blank lines and white space JSON does or does not allow.
    b"",
    b"\n",
    b"   \r\n",
    b"\xc2\xa0\n",
    b'\x0c{"a": 1}',
    b' \t{"a": 1}\r\n',
    # Not objects, or more than one value.
    b"[1, 2]",
    b'"text"',
    b"7",
    b"null",
    b'{"a": 1} x',
    b'{"a": 1}{"b": 2}',
    b'{"a": 1,}',
    b"{'a': 1}",
    # Keys given twice (the last value, the first place), nested values, deep nesting.
    b'{"a": 1, "b": 2, "a": 3}',
    b'{"blob": {"$base64": "AAE="}}',
    b'{"a": [1, [2, {"b": 1.0}]]}',
    # An object inside: orjson's reading of it is not checked value by value (here a whole
    # number past 64 bits, which orjson reads as a float), so it must go the long way.
    b'{"a": {"n": 18446744073709551616}}',
    b'{"a": ' + b"[" * 150 + b"]" * 150 + b"}",
    b'{"a": ' + b"[" * 10000 + b"]" * 10000 + b"}",
]


@pytest.mark.parametrize("number", [1, 2])
def test_tricky_lines_read_alike(number: int) -> None:
    for raw in TRICKY:
        _same(number, raw)


_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    2**63 - 1,
    2**63,
    2**64 - 1,
    2**64,
    -(2**63),
    -(2**63) - 1,
    10**30,
    1.5,
    -0.0,
    1e300,
    "",
    "plain text",
    "caf\u00e9 \u2014 \U0001f600",
    "tab\tand\nnew line",
    "\x00\x1f\x7f\u2028",
    [1, "a", None],
    {"$base64": "AAE="},
    {},
]
#: Pieces that make a line hostile or broken when put in.
_PIECES = [
    b"\\ud800",
    b"\\udfff",
    b"\\ud83d\\ude00",
    b"\xed\xa0\x80",
    b"\xff",
    b"\x00",
    b"\t",
    b"NaN",
    b"1e999",
    b"99999999999999999999",
    b"-99999999999999999999",
    b",",
    b"}",
    b'"',
    b"\\",
    b"[",
    b"\xef\xbb\xbf",
]


def _random_line(rng: random.Random) -> bytes:
    obj = {f"k{i}": rng.choice(_VALUES) for i in range(rng.randint(0, 6))}
    raw = json.dumps(obj, ensure_ascii=rng.random() < 0.5).encode("utf-8")
    for _ in range(rng.choice((0, 0, 1, 2))):
        at = rng.randint(0, len(raw))
        cut = rng.choice((0, 0, 1))
        raw = raw[:at] + rng.choice(_PIECES) + raw[at + cut :]
    return raw + rng.choice((b"", b"\n", b" \n", b"\r\n"))


def test_random_and_damaged_lines_read_alike() -> None:
    rng = random.Random(20261203)
    for _ in range(20000):
        _same(rng.choice((1, 2, 3)), _random_line(rng))
