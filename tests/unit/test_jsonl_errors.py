"""A bad JSONL file imports nothing, and the message names the line and the field.

Each case damages one thing in a real dump and imports it into a vault that already has
data and into a new vault (where records are written as the file is first read, in a
transaction that is then rolled back); the vault's every table (full-text index included)
must be byte-for-byte as before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from supervision_app.export.importers import InvalidImport
from supervision_app.storage.jsonl import restore as jsonl_import
from supervision_app.storage.jsonl import validate as jsonl_validate
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.jsonl.schema import vault_tables
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_jsonl_roundtrip import fill_vault, vault_state

Lines = list[dict[str, Any]]


#: The dump :func:`good_lines` made for each clock start, and where the clock stood after it.
_DUMPS: dict[dt.datetime, tuple[str, dt.datetime]] = {}


@pytest.fixture
def good_lines(tmp_path_factory: pytest.TempPathFactory, clock: FakeClock) -> Lines:
    """A real dump of a filled vault, each test's own lines. Made once per clock start (the
    clock is where the target vault left it): the same data at the same times, and the
    clock left where making it left it, as if made again."""
    start = clock.now
    if start not in _DUMPS:
        folder = tmp_path_factory.mktemp("dump")
        with Vault.create(folder / "source.sjvault", PASSPHRASE, clock=clock) as source:
            fill_vault(source, clock, "a")
            path = folder / "good.jsonl"
            export_jsonl(source, path)
        _DUMPS[start] = (path.read_text(encoding="utf-8"), clock.now)
    text, clock.now = _DUMPS[start]
    return [json.loads(x) for x in text.splitlines()]


@pytest.fixture(params=["a vault with data", "a new vault"])
def target(request: pytest.FixtureRequest, vault: Vault, clock: FakeClock) -> Vault:
    """Both ways an import runs: a vault with data (the file is checked whole, then read
    again) and a new one (most records are written as the one read accepts them)."""
    if request.param == "a vault with data":
        fill_vault(vault, clock, "b")
    tables = {t.name: t for t in vault_tables(vault.conn)}
    assert jsonl_import._keeps_ids(vault.conn, tables) == (request.param == "a new vault")
    return vault


def _write(path: Path, lines: Lines) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def _index(lines: Lines, kind: str) -> int:
    return next(i for i, line in enumerate(lines) if line["type"] == kind)


def _refused(vault: Vault, path: Path, *words: str) -> InvalidImport:
    """The import fails naming ``words`` (in one problem), and the vault is unchanged."""
    before = vault_state(vault)
    with pytest.raises(InvalidImport) as caught:
        import_jsonl(vault, path)
    error = caught.value
    assert str(error).endswith("nothing was imported.")
    assert any(all(w in p for w in words) for p in error.problems), error.problems
    assert vault_state(vault) == before
    return error


def _set(kind: str, field: str, value: Any) -> Callable[[Lines], tuple[Lines, int]]:
    def change(lines: Lines) -> tuple[Lines, int]:
        i = _index(lines, kind)
        lines[i][field] = value
        return lines, i + 1

    return change


def _drop(kind: str, field: str) -> Callable[[Lines], tuple[Lines, int]]:
    def change(lines: Lines) -> tuple[Lines, int]:
        i = _index(lines, kind)
        del lines[i][field]
        return lines, i + 1

    return change


CASES = {
    "bad base64": (_set("cpd_attachments", "data", {"$base64": "not*base64"}), ["data", "base64"]),
    "unknown column": (_set("entries", "colour", "blue"), ["no field 'colour'"]),
    "wrong type": (_set("entries", "minutes", "ninety"), ["'minutes'", "whole number", "text"]),
    "true for a number": (_set("supervision_partners", "active", True), ["'active'", "true"]),
    "null where required": (_set("entries", "title", None), ["'title'", "null"]),
    "missing column": (_drop("entries", "practice_date"), ["'practice_date'", "missing"]),
    "missing id": (_drop("entries", "id"), ["'id'", "missing"]),
    "dangling reference": (_set("entry_tags", "entry_id", 999), ["'entry_id'", "999"]),
    "dangling reference, supervision": (
        _set("supervision_actions", "partner_id", 77),
        ["'partner_id'", "supervision_partners"],
    ),
    "object for text": (_set("entries", "body", {"text": "x"}), ["'body'", "object"]),
    "rule only the vault knows": (
        _set("confidence_ratings", "rating", 9),
        ["confidence_ratings", "CHECK"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_value_imports_nothing(
    case: str, target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    change, words = CASES[case]
    lines, number = change(good_lines)
    error = _refused(target, _write(tmp_path / "bad.jsonl", lines), *words)
    assert any(p.startswith(f"Line {number}") for p in error.problems), error.problems


def test_a_line_that_is_not_json_in_the_middle(
    target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    path = _write(tmp_path / "bad.jsonl", good_lines)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    middle = len(lines) // 2
    lines[middle] = lines[middle][:40] + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    _refused(target, path, f"Line {middle + 1} is not valid JSON")


def test_a_file_cut_short_mid_line_or_at_a_line_end(
    target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    path = _write(tmp_path / "cut.jsonl", good_lines)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(target, path, "without its end line")
    lines = data.splitlines(keepends=True)
    path.write_bytes(b"".join(lines[: len(lines) // 2]))
    _refused(target, path, "without its end line", "cut short")


def test_unknown_record_types_and_misplaced_lines(
    target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    lines = [*good_lines]
    lines.insert(3, {"type": "patients", "name": "x"})
    _refused(target, _write(tmp_path / "a.jsonl", lines), "Line 4", "'patients'")
    lines = [*good_lines, {"type": "entries", "id": 1000}]
    _refused(target, _write(tmp_path / "b.jsonl", lines), "comes after the end line")
    _refused(target, _write(tmp_path / "c.jsonl", good_lines[1:]), "Line 1", "header")
    lines = [*good_lines]
    lines[-1] = {"type": "end", "lines": 3}
    _refused(target, _write(tmp_path / "d.jsonl", lines), "end line counts 3")


def test_a_header_from_another_program_or_a_newer_app(
    target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    newer = dict(good_lines[0], schema_version=target.schema_version + 1)
    path = _write(tmp_path / "new.jsonl", [newer, *good_lines[1:]])
    _refused(target, path, "Line 1", "newer version of the app")
    other = dict(good_lines[0], format="something-else")
    _refused(target, _write(tmp_path / "o.jsonl", [other, *good_lines[1:]]), "Line 1", "not a")


def test_an_id_given_twice(target: Vault, good_lines: Lines, tmp_path: Path) -> None:
    i = _index(good_lines, "entries")
    lines = [*good_lines[: i + 1], dict(good_lines[i], title="Again"), *good_lines[i + 1 :]]
    lines[-1] = {"type": "end", "lines": len(lines) - 2}
    _refused(target, _write(tmp_path / "dup.jsonl", lines), f"Line {i + 2}", f"line {i + 1}")


def test_every_problem_is_listed_and_counted(
    target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    lines = [dict(x, minutes="x") if x["type"] == "entries" else x for x in good_lines]
    error = _refused(target, _write(tmp_path / "many.jsonl", lines), "'minutes'")
    entries = sum(1 for x in good_lines if x["type"] == "entries")
    assert error.total == len(error.problems) == entries
    assert f"and {entries - 1} more problems" in str(error)


def test_not_utf8_and_not_an_object(target: Vault, tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"title": "Caf\u00e9"}\n'.encode("latin-1"))
    _refused(target, path, "Line 1 is not UTF-8")
    path.write_text('{"title": "ok"}\n[1, 2]\n', encoding="utf-8")
    _refused(target, path, "Line 2 is not a JSON object")
    path.write_text("\n\n", encoding="utf-8")
    _refused(target, path, "nothing to import")


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text.replace("(a)", "(z)"),  # still valid: only the digest tells
        lambda text: text.replace('"minutes":', '"minutes_spent":'),  # a column unknown
        lambda text: text.replace("{", "[", 5),  # not JSON objects any more
    ],
)
def test_a_file_that_changes_between_the_two_passes(
    target: Vault,
    good_lines: Lines,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[str], str],
) -> None:
    path = _write(tmp_path / "moving.jsonl", good_lines)
    path.write_text(path.read_text(encoding="utf-8").replace(": ", ":"), encoding="utf-8")
    validate = jsonl_validate.validate

    def validate_then_change(*args: Any) -> Any:
        plan = validate(*args)
        text = path.read_text(encoding="utf-8")
        assert change(text) != text
        path.write_text(change(text), encoding="utf-8")
        return plan

    monkeypatch.setattr(jsonl_import, "validate", validate_then_change)
    _refused(target, path, "changed while it was being imported")


def test_the_files_problems_come_before_a_record_the_vault_refuses(
    target: Vault, good_lines: Lines, tmp_path: Path
) -> None:
    """A new vault refuses a record while the file is still being read; the problems found
    further on in the file are still the ones reported, as when the file is checked first."""
    lines, _number = _set("confidence_ratings", "rating", 9)(good_lines)
    last = len(lines) - 2  # the last record before the end line
    lines[last] = dict(lines[last], colour="blue")
    error = _refused(target, _write(tmp_path / "two.jsonl", lines), f"Line {last + 1}", "colour")
    assert not any("refused" in p for p in error.problems), error.problems
