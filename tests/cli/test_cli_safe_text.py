"""Safe text in and out: control characters never reach a title, a tag or the terminal;
hostile but valid JSON is one more bad line (exit 2, naming it), never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.storage.vault import Vault
from tests.cli.helpers import PASSPHRASE, fails, ok, run

EXIT_USAGE = 2
ESC_TITLE = "Visit\x1b]0;owned\x07 notes\x1b[2J\u202e"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "journal.sjvault"
    Vault.create(target, PASSPHRASE).close()
    return target


def test_the_cli_strips_control_characters_from_titles_and_tags(path: Path) -> None:
    entry_id = ok(
        run("add", "--vault", path, "--title", ESC_TITLE, "--tag", "a\x1b[31mb", "--body", "x")
    )
    shown = json.loads(ok(run("show", "--json", entry_id.strip(), "--vault", path)))
    assert shown["title"] == "Visit]0;owned notes[2J"
    assert shown["tags"] == ["a[31mb"]


def test_stored_escapes_never_reach_the_terminal(path: Path) -> None:
    """An older vault (or another SQLCipher client) may hold them: output is made safe."""
    with Vault.open(path, PASSPHRASE) as v:
        v.conn.execute(
            "INSERT INTO entries (title, practice_date, tags, created_at, updated_at, body)"
            " VALUES (?, '2026-01-01', ?, '2026-01-01T00:00:00+00:00',"
            " '2026-01-01T00:00:00+00:00', ?)",
            (ESC_TITLE, json.dumps(["t\x1bx"]), "body \x1b[31mred\x1b[0m words"),
        )
    for args in (("list",), ("show", "1"), ("search", "words")):
        out = ok(run(*args, "--vault", path))
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, args
        assert "owned" in out or args[0] == "search"
    # JSON keeps the stored text exactly, escaped by JSON itself.
    raw = ok(run("show", "--json", "1", "--vault", path))
    assert "\x1b" not in raw and json.loads(raw)["title"] == ESC_TITLE


def test_importers_strip_control_characters(path: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"title": ESC_TITLE, "body": "b", "tags": ["x\x07y"]}) + "\n")
    ok(run("import", "--format", "jsonl", source, "--vault", path))
    with Vault.open(path, PASSPHRASE) as v:
        (summary,) = v.entries.page()
        assert summary.title == "Visit]0;owned notes[2J" and summary.tags == ("xy",)


def test_the_entry_is_the_one_place(tmp_path: Path) -> None:
    assert Entry(title="a\x00b\x9bc\u2066d").validated().title == "abcd"


HOSTILE = {
    "nesting 10,000 deep": '{"title": "t", "body": ' + "[" * 10000 + "]" * 10000 + "}",
    "a 5,000-digit number": '{"title": "t", "minutes": ' + "9" * 5000 + "}",
    "a lone surrogate": '{"title": "t", "body": "\\ud800"}',
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_jsonl_names_the_line(path: Path, tmp_path: Path, kind: str) -> None:
    source = tmp_path / "in.jsonl"
    good = json.dumps({"title": "fine", "body": "b"})
    source.write_text(f"{good}\n{good}\n{HOSTILE[kind]}\n")
    fails(run("import", "--format", "jsonl", source, "--vault", path), EXIT_USAGE, "Line 3")
    with Vault.open(path, PASSPHRASE) as v:
        assert v.entries.count() == 0  # nothing imported from a file with a bad line


def _jrnl(body: str) -> str:
    return '{\n  "tags": {},\n  "entries": [\n    ' + body + "\n  ]\n}\n"


@pytest.mark.parametrize("kind", list(HOSTILE))
@pytest.mark.parametrize("fmt", ["jrnl", "dayone"])
def test_hostile_jrnl_and_day_one_name_the_line(
    path: Path, tmp_path: Path, kind: str, fmt: str
) -> None:
    source = tmp_path / ("in.json" if fmt == "jrnl" else "Journal.json")
    source.write_text(_jrnl(HOSTILE[kind]))
    fails(run("import", "--format", fmt, source, "--vault", path), EXIT_USAGE, "line 4")
