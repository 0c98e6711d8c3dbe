"""A restore into a new vault reads the file once (most records are written as the first
pass accepts them); it must give exactly the vault the two passes give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from supervision_app.storage.jsonl import restore as jsonl_import
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.jsonl.schema import BadValue, Column, Table, from_json
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_jsonl_roundtrip import fill_vault, fts_integrity_check, vault_state


def _with_a_repeated_uid(path: Path) -> None:
    """One more entry carrying the uid of another: it must come in without it."""
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    entries = [x for x in lines if x["type"] == "entries"]
    first = entries[0]
    first["uid"] = "script-0001"
    copy = dict(first, id=max(x["id"] for x in entries) + 1, title="Same uid again")
    end = lines.pop()
    lines.append(copy)
    lines.append(dict(end, lines=end["lines"] + 1))
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


def test_a_restore_read_once_gives_what_two_passes_give(
    vault: Vault, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_vault(vault, clock)
    path = tmp_path / "dump.jsonl"
    export_jsonl(vault, path)
    _with_a_repeated_uid(path)
    states: list[dict[str, Any]] = []
    results = []
    for once in (True, False):
        if not once:  # the way a vault with data is imported: check all, then write
            monkeypatch.setattr(jsonl_import, "_keeps_ids", lambda *_args: False)
        with Vault.create(tmp_path / f"copy-{once}.sjvault", PASSPHRASE, clock=clock) as copy:
            results.append(import_jsonl(copy, path))
            states.append(vault_state(copy))
            fts_integrity_check(copy)
            uids = copy.conn.execute(
                "SELECT uid FROM entries WHERE title = 'Same uid again'"
            ).fetchall()
            assert uids == [(None,)]
    assert states[0] == states[1]
    assert results[0] == results[1]
    every = vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert results[0].entries == every + 1


VALUES: list[Any] = [None, True, False, 0, -1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 1.5]
VALUES += ["", "text", [], [1], {}, {"$base64": "AAE="}, {"$base64": "*"}]


@pytest.mark.parametrize("affinity", ["INTEGER", "TEXT", "REAL", "NUMERIC", "BLOB"])
@pytest.mark.parametrize("not_null", [True, False])
def test_the_quick_check_takes_only_what_the_long_way_stores_unchanged(
    affinity: str, not_null: bool
) -> None:
    """Every line is first checked the quick way; it must never accept a value the full
    conversion would refuse or change (the long way then names the problem)."""
    column = Column("c", affinity, not_null, has_default=False)
    table = Table("t", (Column("id", "INTEGER", False, False), column), ("id",), "id", ())
    for value in VALUES:
        quick = table.quick_values({"type": "t", "id": 1, "c": value})
        try:
            stored = from_json(column, value)
        except BadValue:
            assert quick is None, value
            continue
        if quick is not None:
            assert quick == {"id": 1, "c": value} and stored == value, value
            assert type(stored) is type(value), value
