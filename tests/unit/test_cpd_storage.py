"""CPD details, evidence files, the HCPC profile, dismissals and settings in a real vault."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import AttachmentTooLarge, CpdFields, InvalidCpd
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.entries import Entry
from supervision_app.core.errors import EntryNotFound
from supervision_app.storage.cpd.attachments import AttachmentNotFound, AttachmentRepository
from supervision_app.storage.cpd.profile import DismissalRepository, HcpcProfileRepository
from supervision_app.storage.cpd.records import load_records
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.cpd.settings import CpdSettingsStore
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

D = dt.date


DAY = D(2026, 1, 10)


def add_entry(vault: Vault, day: dt.date = DAY, **kw: object) -> int:
    entry = vault.entries.add(Entry(title="Training", practice_date=day, **kw))  # type: ignore[arg-type]
    assert entry.id is not None
    return entry.id


def test_schema_has_the_cpd_tables(vault: Vault) -> None:
    tables = {
        r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert {"cpd_records", "cpd_attachments", "hcpc_profiles", "scan_dismissals"} <= tables


def test_cpd_details_round_trip_update_and_remove(vault: Vault) -> None:
    repo = CpdRepository(vault)
    entry_id = add_entry(vault, minutes=90)
    assert repo.get(entry_id) is None
    fields = CpdFields(
        activity_type="course_or_training",
        description="Course on capacity assessments.",
        learning="How to record the two-stage test.",
        impact="Clearer recording.",
        peer_role="Practice educator",
        peer_date=D(2026, 1, 20),
        peer_learning="We compared notes.",
        peer_reflection_id=42,  # no such record yet: stored as a plain number
    )
    repo.save(entry_id, fields)
    assert repo.get(entry_id) == fields
    repo.save(entry_id, CpdFields(activity_type="reading_or_research", learning="Changed"))
    stored = repo.get(entry_id)
    assert stored is not None and stored.learning == "Changed" and stored.peer_date is None
    assert repo.remove(entry_id) and repo.get(entry_id) is None
    assert vault.entries.get(entry_id).minutes == 90  # the entry itself stays


def test_invalid_details_and_unknown_entries_change_nothing(vault: Vault) -> None:
    repo = CpdRepository(vault)
    entry_id = add_entry(vault)
    with pytest.raises(InvalidCpd):
        repo.save(entry_id, CpdFields(activity_type="nap"))
    with pytest.raises(EntryNotFound):
        repo.save(9999, CpdFields())
    assert vault.conn.execute("SELECT count(*) FROM cpd_records").fetchone()[0] == 0


def test_standards_replace_only_cpd_framework_links(vault: Vault) -> None:
    repo = CpdRepository(vault)
    entry_id = add_entry(vault)
    vault.links.set_links(entry_id, ["gibbs:feelings", "pcf:knowledge"])
    repo.set_standards(
        entry_id, ["swe-standards:maintain-cpd", "hcpc-cpd-standards:continuous-record"]
    )
    assert vault.links.links_of(entry_id) == (
        "gibbs:feelings",
        "hcpc-cpd-standards:continuous-record",
        "swe-standards:maintain-cpd",
    )
    assert repo.standards(entry_id) == (
        "hcpc-cpd-standards:continuous-record",
        "swe-standards:maintain-cpd",
    )
    with pytest.raises(ValueError):
        repo.set_standards(entry_id, ["gibbs:feelings"])
    assert len(vault.links.links_of(entry_id)) == 3


def test_records_between_includes_cpd_activities_without_details(vault: Vault) -> None:
    repo = CpdRepository(vault)
    with_details = add_entry(vault, D(2026, 2, 1))
    repo.save(with_details, CpdFields(learning="x"))
    bare = add_entry(vault, D(2026, 2, 2), kind="cpd_activity")
    add_entry(vault, D(2026, 2, 3), kind="note")
    outside = add_entry(vault, D(2027, 2, 1))
    repo.save(outside, CpdFields())
    trashed = add_entry(vault, D(2026, 2, 4))
    repo.save(trashed, CpdFields())
    vault.entries.trash(trashed)
    records = repo.records_between(D(2025, 12, 1), D(2026, 11, 30))
    assert [(r.id, r.is_cpd) for r in records] == [(with_details, True), (bare, False)]
    assert [
        r.id
        for r in repo.records_between(D(2025, 12, 1), D(2026, 11, 30), include_incomplete=False)
    ] == [with_details]


def test_attachments_round_trip_inside_the_encrypted_vault(vault: Vault, vault_path: Path) -> None:
    entry_id = add_entry(vault)
    repo = AttachmentRepository(vault)
    data = b"%PDF-1.4 certificate of attendance " + os.urandom(64) + b"UNIQUE-MARKER-7f3a"
    added = repo.add(entry_id, "../../Certificate\x00.pdf", data)
    assert added.filename == "Certificate_.pdf"
    assert added.media_type == "application/pdf"
    assert added.size == len(data)
    assert added.sha256 == hashlib.sha256(data).hexdigest()
    assert repo.list(entry_id) == [added]
    assert repo.data(added.id) == data
    vault.close()
    raw = b"".join(p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file())
    assert b"UNIQUE-MARKER-7f3a" not in raw  # neither the vault nor its WAL holds it in clear
    with Vault.open(vault_path, PASSPHRASE) as reopened:
        assert AttachmentRepository(reopened).data(added.id) == data
        record = load_records(reopened, [entry_id])[0]
        assert record.attachments == (added,)


def test_attachment_size_limit_stores_nothing(vault: Vault, tmp_path: Path) -> None:
    entry_id = add_entry(vault)
    repo = AttachmentRepository(vault, max_bytes=1000)
    with pytest.raises(AttachmentTooLarge, match="at most 1000 bytes"):
        repo.add(entry_id, "big.bin", b"x" * 1001)
    big = tmp_path / "scan.jpg"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(AttachmentTooLarge, match=r"scan\.jpg is 5 KB"):
        repo.add_file(entry_id, big)
    assert repo.list(entry_id) == []
    small = tmp_path / "notes.txt"
    small.write_bytes(b"x" * 1000)
    assert repo.add_file(entry_id, small).media_type == "text/plain"
    assert AttachmentRepository(vault).max_bytes == 20 * 1024 * 1024


def test_attachments_go_with_their_entry_and_can_be_removed(vault: Vault) -> None:
    repo = AttachmentRepository(vault)
    entry_id = add_entry(vault)
    first = repo.add(entry_id, "a.txt", b"a")
    repo.add(entry_id, "b.txt", b"b")
    repo.remove(first.id)
    with pytest.raises(AttachmentNotFound):
        repo.data(first.id)
    with pytest.raises(EntryNotFound):
        repo.add(9999, "c.txt", b"c")
    vault.entries.trash(entry_id)
    vault.entries.empty_trash()
    assert vault.conn.execute("SELECT count(*) FROM cpd_attachments").fetchone()[0] == 0


def test_load_records_in_batches_keeps_order(vault: Vault) -> None:
    repo = CpdRepository(vault)
    with vault.transaction():
        ids = [add_entry(vault, D(2026, 1, 1) + dt.timedelta(days=i % 300)) for i in range(1203)]
        for i in ids[::2]:
            repo.save(i, CpdFields(learning=f"L{i}"))
        vault.links.set_links(ids[-1], ["pcf:knowledge"])
    wanted = list(reversed(ids)) + [999_999]
    records = load_records(vault, wanted)
    assert [r.id for r in records] == list(reversed(ids))
    assert records[0].links == ("pcf:knowledge",)
    assert sum(r.is_cpd for r in records) == len(ids[::2])
    assert all(r.cpd is None or r.cpd.learning == f"L{r.id}" for r in records)


def test_hcpc_profile_round_trip(vault: Vault) -> None:
    repo = HcpcProfileRepository(vault)
    assert repo.latest() == HcpcProfile()
    a, b = add_entry(vault), add_entry(vault)
    saved = repo.save(
        HcpcProfile(
            summary="I work in an adult social care team.",
            statement="Statement.",
            evidence_ids=(b, a, b),
            gap_notes={"2026-01-01/2026-05-01": "Sick leave.", "2026-06-01/2026-09-01": " "},
            period_start=D(2024, 6, 1),
        )
    )
    assert saved.id is not None
    loaded = repo.latest()
    assert loaded.evidence_ids == (b, a)
    assert loaded.gap_notes == {"2026-01-01/2026-05-01": "Sick leave."}
    assert loaded.period_start == D(2024, 6, 1) and loaded.period_end is None
    repo.save(HcpcProfile(id=saved.id, summary="New", evidence_ids=(a,)))
    assert repo.get(saved.id).summary == "New" and repo.get(saved.id).evidence_ids == (a,)
    vault.entries.trash(a)
    vault.entries.empty_trash()
    assert repo.get(saved.id).evidence_ids == ()


def test_dismissals_are_remembered_and_forgotten_with_their_entry(vault: Vault) -> None:
    repo = DismissalRepository(vault)
    entry_id = add_entry(vault)
    repo.dismiss(f"entry:{entry_id}", "titled_name", "Mr Men")
    repo.dismiss(f"entry:{entry_id}", "titled_name", "Mr Men")
    repo.dismiss("hcpc-profile:1", "postcode", "SW1A 1AA")
    assert repo.all() == {
        (f"entry:{entry_id}", "titled_name", "Mr Men"),
        ("hcpc-profile:1", "postcode", "SW1A 1AA"),
    }
    repo.undo("hcpc-profile:1", "postcode", "SW1A 1AA")
    vault.entries.trash(entry_id)
    assert len(repo.all()) == 1  # trash is reversible: the decision stays
    vault.entries.empty_trash()
    assert repo.all() == set()


def test_settings_store_round_trip(vault: Vault) -> None:
    store = CpdSettingsStore(vault)
    assert store.load() == CpdSettings()
    settings = CpdSettings(
        practitioner_name="Alex Example",
        never_export=("Jo Bloggs",),
        year_end=(3, 31),
        regulators=("scw", "swe"),
        roles={"scw": "social_worker"},
        period_starts={"scw": D(2024, 4, 1)},
    )
    store.save(settings)
    assert store.load() == settings
    assert vault.settings.get("never_export") == ["Jo Bloggs"]


def test_linked_peer_reflection_fills_the_peer_part(vault: Vault) -> None:
    from supervision_app.core.supervision.views import PeerReflection
    from supervision_app.storage.supervision.peer import PeerReflectionRepository

    peer = PeerReflectionRepository(vault).add(
        PeerReflection(
            peer_role="Senior social worker",
            reflected_on=D(2026, 2, 5),
            learning="Check the person's own words are in the plan.",
        )
    )
    assert peer.id is not None
    repo = CpdRepository(vault)
    linked, own, stale = add_entry(vault), add_entry(vault), add_entry(vault)
    repo.save(linked, CpdFields(learning="L", peer_reflection_id=peer.id))
    repo.save(own, CpdFields(peer_learning="My own words.", peer_reflection_id=peer.id))
    repo.save(stale, CpdFields(learning="L", peer_reflection_id=peer.id + 100))
    by_id = {r.id: r for r in load_records(vault, [linked, own, stale])}
    filled = by_id[linked].cpd
    assert filled is not None
    assert (filled.peer_role, filled.peer_date, filled.peer_learning) == (
        "Senior social worker",
        D(2026, 2, 5),
        "Check the person's own words are in the plan.",
    )
    assert by_id[linked].has_peer_reflection
    assert by_id[own].cpd is not None and by_id[own].cpd.peer_learning == "My own words."
    assert not by_id[stale].has_peer_reflection  # the link leads nowhere
    assert repo.get(stale) == CpdFields(learning="L", peer_reflection_id=peer.id + 100)
