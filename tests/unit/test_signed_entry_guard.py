"""A signed supervision record's entry: no change passes but an addendum, on real vaults.

The guard used to let any text be appended to the entry's body (that is how addenda reach
it), so ``vault.entries.update`` with a longer body changed a signed record silently.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlcipher3.dbapi2 import IntegrityError

from supervision_app.core.imports import InvalidImport
from supervision_app.core.supervision.errors import RecordSigned
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.schema import signed_entry_guard
from supervision_app.storage.schema.migrations import LATEST_VERSION, MIGRATIONS
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_supervision_storage import START, partner, session, sign_both, snapshot
from tests.upgrade_helpers import signed_record, vault_at_schema


@pytest.fixture
def repo(vault: Vault) -> SupervisionRepository:
    return SupervisionRepository(vault)


def _signed(repo: SupervisionRepository) -> int:
    record = session(repo, partner(repo), START, learning="Slow the visit down")
    assert record.id is not None
    sign_both(repo, record.id)
    return record.id


def test_no_text_can_be_appended_to_a_signed_record(
    vault: Vault, repo: SupervisionRepository
) -> None:
    entry_id = _signed(repo)
    entry = vault.entries.get(entry_id)
    with pytest.raises(RecordSigned):
        vault.entries.update(replace(entry, body=entry.body + "\n\nAdded after signing.\n"))
    with pytest.raises(IntegrityError, match="read-only"):
        vault.conn.execute(
            "UPDATE entries SET body = body || 'Added after signing.' WHERE id = ?", (entry_id,)
        )
    assert vault.entries.get(entry_id).body == entry.body
    # Tags are still the user's own.
    vault.entries.update(replace(entry, tags=("kept",)))
    assert vault.entries.get(entry_id).tags == ("kept",)


def test_an_addendum_still_reaches_the_entry_once(
    vault: Vault, repo: SupervisionRepository, clock: FakeClock
) -> None:
    entry_id = _signed(repo)
    body = vault.entries.get(entry_id).body
    clock.advance(days=2)
    first = repo.signoff.add_addendum(entry_id, "The next session moved to April.", "CD")
    clock.advance(days=1)
    repo.signoff.add_addendum(entry_id, "Training booked.", "AB")
    new_body = vault.entries.get(entry_id).body
    assert new_body.startswith(body) and new_body.index("April") < new_body.index("Training")
    assert [a.text for a in repo.sessions.get(entry_id).addenda] == [
        "The next session moved to April.",
        "Training booked.",
    ]
    # The addendum's permission is used up: the same text cannot be appended again.
    added = new_body[len(body) :]
    with pytest.raises(IntegrityError, match="read-only"):
        vault.conn.execute("UPDATE entries SET body = body || ? WHERE id = ?", (added, entry_id))
    # A pass naming another record's addendum lets nothing in.
    other = _signed(repo)
    theirs = repo.signoff.add_addendum(other, "Another record's addendum.", "CD")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO supervision_entry_appends (addendum_id, entry_id, text)"
            " VALUES (?, ?, 'Rewritten')",
            (theirs.id, entry_id),
        )
        with pytest.raises(IntegrityError, match="read-only"):
            conn.execute("UPDATE entries SET body = body || 'Rewritten' WHERE id = ?", (entry_id,))
        conn.execute("DELETE FROM supervision_entry_appends")
    assert vault.entries.get(entry_id).body == new_body
    assert first.id is not None
    assert vault.conn.execute("SELECT count(*) FROM supervision_entry_appends").fetchone() == (0,)


def test_a_jsonl_import_with_a_longer_body_leaves_a_signed_record_as_it_was(
    vault: Vault, repo: SupervisionRepository, tmp_path: Path
) -> None:
    """An import never rewrites an entry: the same record comes back refused, and the vault
    is as it was."""
    _signed(repo)
    dump = tmp_path / "dump.jsonl"
    export_jsonl(vault, dump)
    lines = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if line["type"] == "entries":
            line["body"] += "\nAdded after signing.\n"
    longer = tmp_path / "longer.jsonl"
    longer.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    before = snapshot(vault)
    with pytest.raises(InvalidImport, match="refused"):
        import_jsonl(vault, longer)
    assert snapshot(vault) == before


# -- a vault made before the guard was tightened ------------------------------------------

BEFORE = MIGRATIONS.index(signed_entry_guard.migrate)
AT = "2025-06-01T10:00:00+00:00"
BODY = "## Discussion\n\nNotes\n"
ADDENDUM = "\n## Addenda\n\n### Addendum of 2 June 2025 by CD\n\nMoved to April.\n"


def _old_vault(path: Path) -> None:
    """A signed record with an addendum appended to its entry, as older versions left it."""
    conn = vault_at_schema(path, BEFORE)
    signed_record(conn, AT, owner="CD", title="Supervision", body=BODY)
    conn.execute(
        "INSERT INTO supervision_addenda (uid, session_id, text, author, created_at)"
        " VALUES ('a-1', 1, 'Moved to April.', 'CD', '2025-06-02T09:00:00+00:00')"
    )
    conn.execute("UPDATE entries SET body = body || ? WHERE id = 1", (ADDENDUM,))
    conn.close()


def test_an_older_vault_keeps_its_record_and_addenda_and_gets_the_tighter_guard(
    vault_path: Path,
) -> None:
    _old_vault(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == LATEST_VERSION
        repo = SupervisionRepository(v)
        record = repo.sessions.get(1)
        assert record.is_locked
        assert [(a.text, a.author) for a in record.addenda] == [("Moved to April.", "CD")]
        entry = v.entries.get(1)
        assert entry.body == BODY + ADDENDUM
        with pytest.raises(RecordSigned):
            v.entries.update(replace(entry, body=entry.body + "More.\n"))
        repo.signoff.add_addendum(1, "Training booked.", "AB")
        assert v.entries.get(1).body.startswith(BODY + ADDENDUM)
        assert "Training booked." in v.entries.get(1).body
