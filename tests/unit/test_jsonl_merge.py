"""Importing a dump into a vault that already has data: new ids, every link kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supervision_app.core.entries import Entry
from supervision_app.storage.cpd.attachments import AttachmentRepository
from supervision_app.storage.cpd.profile import DismissalRepository, HcpcProfileRepository
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.jsonl.dump import export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.jsonl.schema import vault_tables
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock
from tests.unit.test_jsonl_roundtrip import CERTIFICATE, fill_vault, fts_integrity_check


def _rows(vault: Vault) -> dict[str, set[tuple[object, ...]]]:
    return {
        t.name: set(vault.conn.execute(f'SELECT * FROM "{t.name}"').fetchall())
        for t in vault_tables(vault.conn)
    }


def _id_of(vault: Vault, title: str) -> int:
    [(entry_id,)] = vault.conn.execute("SELECT id FROM entries WHERE title = ?", (title,))
    return int(entry_id)


@pytest.fixture
def dump(tmp_path: Path, clock: FakeClock) -> tuple[Path, dict[str, int]]:
    """A dump of a filled vault (titles end in "(a)")."""
    with Vault.create(tmp_path / "a.sjvault", PASSPHRASE, clock=clock) as source:
        ids = fill_vault(source, clock, "a")
        path = tmp_path / "a.jsonl"
        export_jsonl(source, path)
    return path, ids


def test_import_into_a_vault_with_data_moves_ids_and_keeps_links(
    vault: Vault, clock: FakeClock, dump: tuple[Path, dict[str, int]]
) -> None:
    path, old = dump
    own = fill_vault(vault, clock, "b")  # the same shape, so every id of the file is taken
    before = _rows(vault)
    result = import_jsonl(vault, path)

    after = _rows(vault)
    for table, rows in before.items():
        assert rows <= after[table], f"{table}: the vault's own rows must stay as they were"
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    entries_in_file = sum(1 for line in lines if line["type"] == "entries")
    assert result.entries == entries_in_file
    assert len(after["entries"]) == len(before["entries"]) + entries_in_file

    visit = _id_of(vault, "Home visit reflection (a)")
    training = _id_of(vault, "Safeguarding adults training (a)")
    assert visit != old["visit"] and visit > max(own.values())
    assert vault.entries.get(visit).tags == ("home visit", "Zoë", "safeguarding")
    assert vault.links.links_of(visit) == ("pcf:values-ethics", "swe-standards:1.1")
    guided = vault.guided.get(visit)
    assert guided is not None and guided.answers == {"description": "We met at home."}
    cpd = CpdRepository(vault).get(training)
    assert cpd is not None and cpd.description == "A course"
    [attachment] = AttachmentRepository(vault).list(training)
    assert AttachmentRepository(vault).data(attachment.id) == CERTIFICATE
    profiles = vault.conn.execute("SELECT id FROM hcpc_profiles ORDER BY id").fetchall()
    assert len(profiles) == 2
    assert HcpcProfileRepository(vault).get(profiles[-1][0]).evidence_ids == (training, visit)
    assert ("entry:" + str(visit), "name", "Zoë") in DismissalRepository(vault).all()
    assert (f"hcpc-profile:{profiles[-1][0]}", "postcode", "AB1 2CD") in DismissalRepository(
        vault
    ).all()

    # Supervision: the imported, signed session and everything hanging on it.
    repo = SupervisionRepository(vault)
    partners = {p.name: p.id for p in repo.partners.list()}
    assert set(partners) == {"Supervisor a", "Supervisor b"}
    sessions = vault.conn.execute(
        "SELECT entry_id, partner_id, locked_at FROM supervision_sessions ORDER BY entry_id"
    ).fetchall()
    imported = [s for s in sessions if s[1] == partners["Supervisor a"]]
    assert len(imported) == 2 and imported[0][2] is not None  # still signed and locked
    signed = repo.sessions.get(imported[0][0])
    assert [a.text for a in signed.new_actions] == ["Read the guidance"]
    assert len(signed.addenda) == 1
    [action] = signed.new_actions
    assert action.id is not None
    assert [(e.status, e.session_id) for e in repo.actions.history(action.id)] == [
        ("done", imported[1][0])
    ]
    # The soft reference from a CPD record to its peer reflection follows the new ids.
    [peer] = [p for p in repo.peer.list() if p.id != own["peer"]]
    assert peer.id is not None and peer.entry_id is not None and peer.id > own["peer"]
    linked = CpdRepository(vault).get(peer.entry_id)
    assert linked is not None and linked.peer_reflection_id == peer.id

    # Text keys: the vault keeps its own setting, gains the file's template.
    assert vault.settings.get("practitioner_name") == "Practitioner b"
    assert set(vault.templates.ids()) == {"my-template-a", "my-template-b"}
    assert result.kept_existing >= 1

    assert sorted(s.id for s in vault.entries.search("Personal")) == [own["training"], training]
    fts_integrity_check(vault)
    assert vault.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_importing_the_same_supervision_records_twice_is_refused_whole(
    vault: Vault, clock: FakeClock, dump: tuple[Path, dict[str, int]]
) -> None:
    from supervision_app.export.importers import InvalidImport
    from tests.unit.test_jsonl_roundtrip import vault_state

    path, _ids = dump
    import_jsonl(vault, path)
    before = vault_state(vault)
    with pytest.raises(InvalidImport, match=r"Line \d+: .*UNIQUE constraint failed"):
        import_jsonl(vault, path)
    assert vault_state(vault) == before


def _template(vault: Vault, name: str) -> str:
    [data] = [d for d in vault.templates.all_data() if d["id"] == name]
    return str(data["name"])


def test_text_keys_newer_template_wins_and_the_vault_keeps_its_settings(
    vault: Vault, clock: FakeClock, tmp_path: Path
) -> None:
    with Vault.create(tmp_path / "other.sjvault", PASSPHRASE, clock=clock) as other:
        other.entries.add(Entry(title="Other"))
        other.templates.save({"id": "shared", "name": "From the file"})
        other.settings.set("practitioner_name", "From the file")
        path = tmp_path / "other.jsonl"
        export_jsonl(other, path)
    vault.entries.add(Entry(title="Mine"))
    vault.settings.set("practitioner_name", "Mine")
    clock.advance(days=1)
    vault.templates.save({"id": "shared", "name": "Mine, newer"})
    result = import_jsonl(vault, path)
    assert _template(vault, "shared") == "Mine, newer"
    assert vault.settings.get("practitioner_name") == "Mine"
    assert result.kept_existing == 2
    clock.advance(days=1)
    with Vault.open(tmp_path / "other.sjvault", PASSPHRASE, clock=clock) as other:
        other.templates.save({"id": "shared", "name": "From the file, newest"})
        export_jsonl(other, path)
    import_jsonl(vault, path)
    assert _template(vault, "shared") == "From the file, newest"
    assert vault.settings.get("practitioner_name") == "Mine"


def test_a_restore_into_a_vault_without_entries_takes_the_file_s_settings(
    vault: Vault, clock: FakeClock, dump: tuple[Path, dict[str, int]]
) -> None:
    path, _ids = dump
    vault.settings.set("practitioner_name", "Set before the restore")
    import_jsonl(vault, path)
    assert vault.settings.get("practitioner_name") == "Practitioner a"


def test_a_decision_about_an_entry_not_in_the_file_is_left_out(
    vault: Vault, tmp_path: Path, dump: tuple[Path, dict[str, int]]
) -> None:
    path, ids = dump
    text = path.read_text(encoding="utf-8")
    changed = text.replace(f'"source":"entry:{ids["visit"]}"', '"source":"entry:999"')
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    result = import_jsonl(vault, path)
    assert "left out 1 record that referred to records not in the file" in result.summary()
    assert {d[0] for d in DismissalRepository(vault).all()} == {f"hcpc-profile:{ids['profile']}"}


def test_the_full_text_trigger_is_back_after_an_import_and_after_a_refused_one(
    vault: Vault, clock: FakeClock, dump: tuple[Path, dict[str, int]]
) -> None:
    """Imports index their entries in one statement at the end, with the per-row trigger
    dropped inside the transaction (storage/bulk.py ``index_at_the_end``): it is there
    again afterwards, unchanged, whether the import was written or refused."""
    from supervision_app.export.importers import InvalidImport

    def triggers() -> list[tuple[str, str]]:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        return [(r[0], r[1]) for r in vault.conn.execute(sql)]

    path, _ids = dump
    fill_vault(vault, clock, "b")
    before = triggers()
    import_jsonl(vault, path)
    assert triggers() == before
    fts_integrity_check(vault)
    with pytest.raises(InvalidImport):  # the same supervision records again: refused whole
        import_jsonl(vault, path)
    assert triggers() == before
    added = vault.entries.add(Entry(title="After the imports", body="A word: zebrafish."))
    assert [s.id for s in vault.entries.search("zebrafish")] == [added.id]
    fts_integrity_check(vault)
