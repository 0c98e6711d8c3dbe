"""Retries without duplicates: ``add --uid`` and JSONL lines with a ``uid``."""

from __future__ import annotations

import json
from pathlib import Path

from supervision_app.storage.schema.entry_uid import migrate
from supervision_app.storage.schema.migrations import LATEST_VERSION, MIGRATIONS
from tests.cli.helpers import ok, run


def _init(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sjvault"
    ok(run("init", "--vault", path, stdin="correct horse battery staple\n"))
    return path


def _count(path: Path) -> int:
    return len(json.loads(ok(run("list", "--json", "--vault", path))))


def test_the_uid_migration_is_in_the_list() -> None:
    assert migrate in MIGRATIONS and MIGRATIONS.index(migrate) < LATEST_VERSION


def test_add_with_the_same_uid_twice_adds_once(tmp_path: Path) -> None:
    path = _init(tmp_path)
    first = run("add", "--vault", path, "--uid", "script-42", "--title", "t", "--body", "b")
    again = run("add", "--vault", path, "--uid", "script-42", "--title", "t", "--body", "b")
    assert ok(first) == ok(again)
    assert "already in the vault" in again.stderr
    other = ok(run("add", "--vault", path, "--uid", "script-43", "--title", "t", "--body", "b"))
    assert other != ok(first)
    assert _count(path) == 2


def test_jsonl_lines_with_a_known_uid_are_skipped_and_counted(tmp_path: Path) -> None:
    path = _init(tmp_path)
    source = tmp_path / "in.jsonl"
    lines = [{"title": f"t{i}", "body": "b", "uid": f"u{i}"} for i in range(3)]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert "Imported 3 entries" in ok(run("import", "--format", "jsonl", source, "--vault", path))
    lines.append({"title": "new", "body": "b", "uid": "u9"})
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    summary = ok(run("import", "--format", "jsonl", source, "--vault", path))
    assert "Imported 1 entry" in summary and "skipped 3 already in the vault" in summary
    assert _count(path) == 4


def test_a_dump_with_uids_merges_into_its_own_vault(tmp_path: Path) -> None:
    """Whole records with known uids come in as before (new ids), never refused."""
    path = _init(tmp_path)
    ok(run("add", "--vault", path, "--uid", "a", "--title", "t", "--body", "b"))
    dump = tmp_path / "dump.jsonl"
    ok(run("export", "--format", "jsonl", "--out", dump, "--vault", path))
    assert '"uid":"a"' in dump.read_text()
    ok(run("import", "--format", "jsonl", dump, "--vault", path))
    assert _count(path) == 2
