"""The JSONL dump of a whole vault, and its lossless re-import, on real SQLCipher vaults.

:func:`fill_vault` puts data in every table through the app's own repositories (and SQL
only where no repository writes a table); :func:`test_the_filled_vault_has_every_table`
fails as soon as a migration adds a table it does not fill, so the round trip always
covers the whole schema. :func:`vault_state` (also used by the error tests) hashes every
table of a vault, full-text index included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from supervision_app.core.companion.wellbeing import SupportContact
from supervision_app.core.cpd.hcpc import HcpcProfile
from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.guided import GuidedReflection
from supervision_app.core.supervision.model import Action, ActionReview, CaseDiscussion
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.core.supervision.views import PeerReflection
from supervision_app.export import registry
from supervision_app.storage.cpd.attachments import AttachmentRepository
from supervision_app.storage.cpd.profile import DismissalRepository, HcpcProfileRepository
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.jsonl.dump import FORMAT, export_jsonl
from supervision_app.storage.jsonl.restore import import_jsonl
from supervision_app.storage.jsonl.schema import vault_tables
from supervision_app.storage.supervision.exchange_plan import ProposalDraft
from supervision_app.storage.supervision.proposals import add_proposal
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE, FakeClock

START = dt.date(2025, 12, 1)
#: Every byte value, so base64 and blob storage are both exercised.
CERTIFICATE = bytes(range(256)) * 3 + b"%PDF-1.7 synthetic certificate"


def fill_vault(vault: Vault, clock: FakeClock, tag: str = "a") -> dict[str, int]:
    """Data in every table; ``tag`` makes titles and uids differ between two vaults."""
    ids: dict[str, int] = {}

    def add(title: str, **fields: Any) -> int:
        clock.advance(minutes=5)
        entry = vault.entries.add(Entry(title=f"{title} ({tag})", **fields))
        assert entry.id is not None
        return entry.id

    ids["visit"] = add(
        "Home visit reflection",
        body="## What happened\n\nA *long* visit; the family's worker joined.\n\u2028Zoë's plan.",
        practice_date=START,
        tags=("home visit", "Zoë", "safeguarding"),
        minutes=45,
    )
    ids["training"] = add(
        "Safeguarding adults training",
        kind="cpd_activity",
        practice_date=START + dt.timedelta(days=3),
        tags=("training",),
        minutes=180,
        body="Making Safeguarding Personal.",
    )
    ids["trashed"] = add("Draft to bin", body="Not kept")
    vault.entries.trash(ids["trashed"])
    vault.links.set_links(ids["visit"], ["pcf:values-ethics", "swe-standards:1.1"])
    vault.links.set_links(ids["training"], ["hcpc-cpd-standards:1"])
    vault.guided.save(
        ids["visit"],
        GuidedReflection(
            "gibbs", "pcf:values-ethics", {"description": "We met at home."}, "complete"
        ),
    )
    vault.templates.save({"id": f"my-template-{tag}", "name": "Mine", "kind": "template"})
    vault.confidence.record("pcf:values-ethics", 3, START, "Getting there")
    vault.settings.set("practitioner_name", f"Practitioner {tag}")

    cpd = CpdRepository(vault)
    cpd.save(ids["training"], CpdFields("course_or_training", "A course", "Learnt", "Impact"))
    attachment = AttachmentRepository(vault).add(ids["training"], "certificate.pdf", CERTIFICATE)
    ids["attachment"] = attachment.id
    profile = HcpcProfileRepository(vault).save(
        HcpcProfile("Summary of practice", "Statement", (ids["training"], ids["visit"]))
    )
    assert profile.id is not None
    ids["profile"] = profile.id
    DismissalRepository(vault).dismiss(f"entry:{ids['visit']}", "name", "Zoë")
    DismissalRepository(vault).dismiss(f"hcpc-profile:{profile.id}", "postcode", "AB1 2CD")

    repo = SupervisionRepository(vault)
    repo.owner.set_name(f"Owner {tag}")
    partner = repo.partners.add(Partner(f"Supervisor {tag}", "supervisor"))
    assert partner.id is not None
    ids["partner"] = partner.id
    repo.agreements.save(Agreement(partner.id, START, purpose="Support", frequency_days=28))
    clock.advance(minutes=5)
    first = repo.sessions.create(
        replace(
            repo.sessions.draft(partner.id, START),
            new_actions=(Action("Read the guidance", "Me", START + dt.timedelta(days=10)),),
            case_discussions=(CaseDiscussion("R-1", "Plan agreed"),),
        )
    )
    assert first.id is not None
    ids["session"] = first.id
    clock.advance(minutes=5)
    repo.signoff.sign(first.id, "owner", f"Owner {tag}", confirm_name=True)
    repo.signoff.sign(first.id, "partner", f"Supervisor {tag}", confirm_name=True)
    clock.advance(days=1)
    addendum = repo.signoff.add_addendum(first.id, "The next session moved.", "Me")
    repo.signoff.sign_addendum(addendum.id or 0, "owner", "Me", confirm_name=True)
    [action] = first.new_actions
    assert action.id is not None
    clock.advance(days=27)
    second = repo.sessions.create(
        replace(
            repo.sessions.draft(partner.id, START + dt.timedelta(days=28)),
            action_reviews=(ActionReview(action.id, "done"),),
        )
    )
    assert second.id is not None
    peer = repo.peer.add(PeerReflection("Occupational therapist", START, "Ask about routines."))
    assert peer.id is not None and peer.entry_id is not None
    ids["peer"], ids["peer_entry"] = peer.id, peer.entry_id
    cpd.save(
        peer.entry_id, CpdFields("peer_learning", "Talked it through", peer_reflection_id=peer.id)
    )
    # A proposal an exchange file left for the owner (the import needs a second party).
    add_proposal(
        vault.conn,
        partner.id,
        ProposalDraft(
            "addendum_signature", first.uid, addendum.uid, "Sign?", {"claimed_name": "M"}
        ),
        clock(),
    )
    # Written by the exchange import, which needs a second party: the row it leaves behind.
    vault.conn.execute(
        "INSERT INTO supervision_imports (payload_sha256, imported_at, exported_by, partner_id,"
        " sessions_added) VALUES (?, ?, ?, ?, 1)",
        (hashlib.sha256(tag.encode()).hexdigest(), "2026-01-02T10:00:00+00:00", "CD", partner.id),
    )
    # The reflective companion: a flag brought to a session, a check-in, a support contact.
    flag = vault.companion.flags.add(ids["visit"], partner_id=partner.id, passage="the stairs")
    assert flag.id is not None
    vault.companion.flags.mark_brought([flag.id], second.id)
    vault.companion.wellbeing.add(4, 2, "tired", entry_id=ids["visit"])
    vault.companion.support.replace_all([SupportContact("My GP", "Riverside surgery")])

    from supervision_app.core.find.filters import SearchFilters
    from supervision_app.storage.find.saved import SavedSearchRepository

    SavedSearchRepository(vault).save(f"Visits ({tag})", "visit", SearchFilters(tags=("Zoë",)))
    return ids


#: The full-text index's segments: the same content indexed in one go or over many
#: transactions is stored differently, so round trips compare search results instead.
FTS_SEGMENTS = ("entries_fts_data", "entries_fts_idx")


def vault_state(vault: Vault, *, segments: bool = True) -> dict[str, tuple[int, str]]:
    """Every table of the vault (full-text index included): row count and a hash of its rows."""
    state: dict[str, tuple[int, str]] = {}
    names = [
        r[0]
        for r in vault.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    for name in names:
        if name.startswith("sqlite_") and name != "sqlite_sequence":
            continue
        if name == "vault_identity":
            continue  # each vault's own key, never in a backup
        if name == "entries_fts" or (not segments and name in FTS_SEGMENTS):
            continue  # a virtual table: its shadow tables hold the index
        digest = hashlib.sha256()
        rows = vault.conn.execute(f'SELECT * FROM "{name}" ORDER BY 1, 2').fetchall()
        for row in rows:
            digest.update(repr(row).encode())
        state[name] = (len(rows), digest.hexdigest())
    return state


def fts_integrity_check(vault: Vault) -> None:
    """FTS5 checks its index's own structure (not against ``entries``, which also holds
    trashed entries the index leaves out) and raises if it is damaged."""
    vault.conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


def normalised(path: Path) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    lines[0].pop("exported_at")
    return lines


@pytest.fixture
def filled(vault: Vault, clock: FakeClock) -> dict[str, int]:
    return fill_vault(vault, clock)


def test_the_filled_vault_has_every_table(vault: Vault, filled: dict[str, int]) -> None:
    empty = [
        t.name
        for t in vault_tables(vault.conn)
        if vault.conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] == 0
    ]
    assert empty == [], "fill_vault() must put rows in every table, including new ones"
    # Sequences too: peer reflections use AUTOINCREMENT.
    assert vault.conn.execute("SELECT count(*) FROM sqlite_sequence").fetchone()[0] >= 1


def test_export_import_export_gives_the_same_file(
    vault: Vault, filled: dict[str, int], tmp_path: Path, clock: FakeClock
) -> None:
    first = tmp_path / "first.jsonl"
    summary = export_jsonl(vault, first)
    assert summary.entries == vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    with Vault.create(tmp_path / "copy.sjvault", PASSPHRASE, clock=clock) as copy:
        result = import_jsonl(copy, first)
        assert result.entries == summary.entries
        second = tmp_path / "second.jsonl"
        export_jsonl(copy, second)
        assert normalised(second) == normalised(first)
        # Not only the dump: the vaults themselves match, and so does the full-text index.
        assert vault_state(copy, segments=False) == vault_state(vault, segments=False)
        fts_integrity_check(copy)
        for word in ("visit", "Zoë", "safeguarding", "routines", "moved"):
            assert copy.entries.search(word) == vault.entries.search(word)
        assert [s.id for s in copy.entries.search("Safeguarding Personal")] == [filled["training"]]
        attachments = AttachmentRepository(copy)
        assert attachments.data(filled["attachment"]) == CERTIFICATE
        locked = SupervisionRepository(copy).sessions.get(filled["session"])
        assert locked.locked_at is not None  # still signed, so still read-only


def test_the_dump_is_documented_json_lines(
    vault: Vault, filled: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "dump.jsonl"
    export_jsonl(vault, path)
    raw = path.read_bytes()
    assert raw.endswith(b"\n") and b"\r" not in raw
    lines = normalised(path)
    header, end = lines[0], lines[-1]
    assert (header["type"], header["format"], header["version"]) == ("header", FORMAT, 1)
    assert header["schema_version"] == vault.schema_version
    assert end == {"type": "end", "lines": len(lines) - 2}
    types = [line["type"] for line in lines[1:-1]]
    order = [t.name for t in vault_tables(vault.conn)]
    # Parents before children: each table's rows come together, in dependency order.
    seen = list(dict.fromkeys(t for t in types if t != "sqlite_sequence"))
    assert seen == [name for name in order if name in seen]
    assert order.index("entries") < order.index("entry_tags")
    assert order.index("supervision_partners") < order.index("supervision_sessions")
    assert not any(t.startswith("entries_fts") for t in types)
    [blob] = [line for line in lines if line["type"] == "cpd_attachments"]
    assert set(blob["data"]) == {"$base64"}
    [sequence] = [line for line in lines if line["type"] == "sqlite_sequence"]
    assert sequence == {"type": "sqlite_sequence", "name": "peer_reflections", "seq": 1}


def test_a_selection_keeps_the_chosen_entries_and_what_hangs_on_them(
    vault: Vault, filled: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "some.jsonl"
    summary = export_jsonl(vault, path, entry_ids=[filled["training"]])
    assert summary.entries == 1
    lines = normalised(path)
    assert lines[0]["scope"] == "selection"
    kinds = {line["type"] for line in lines}
    assert {"cpd_records", "cpd_attachments", "entry_links", "supervision_partners"} <= kinds
    assert "supervision_sessions" not in kinds and "guided_reflections" not in kinds
    evidence = [line for line in lines if line["type"] == "hcpc_profile_evidence"]
    assert [e["entry_id"] for e in evidence] == [filled["training"]]
    # "Marked as fine" decisions name what was found: only those of kept records go along.
    dismissals = [line["source"] for line in lines if line["type"] == "scan_dismissals"]
    assert dismissals == [f"hcpc-profile:{filled['profile']}"]


def test_the_registered_exporter_writes_the_whole_vault_and_refuses_redaction(
    vault: Vault, filled: dict[str, int], tmp_path: Path
) -> None:
    exporter = registry.get("jsonl")
    assert exporter.scope == "vault"
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "backup.jsonl"
    result = exporter.write([], path, registry.ExportOptions(vault=vault))
    assert result.records == vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert normalised(path)[0]["scope"] == "vault"
    before = path.read_bytes()
    with pytest.raises(Exception, match="cannot be redacted"):
        exporter.write([], path, registry.ExportOptions(vault=vault, redacted=True))
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["backup.jsonl"]  # no temporary file left
