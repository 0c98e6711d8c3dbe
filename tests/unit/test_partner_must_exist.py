"""Every record that names a supervision partner refuses one that is not recorded.

Sessions, peer reflections, agreements and companion flags once had a check each; they now
share ``storage/supervision/common.check_partner``. Each write path is tried here with an
unknown partner: it raises :class:`PartnerNotFound` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from supervision_app.core.entries import Entry
from supervision_app.core.supervision.errors import PartnerNotFound
from supervision_app.core.supervision.people import Agreement
from supervision_app.core.supervision.views import PeerReflection
from supervision_app.storage.supervision.repository import SupervisionRepository
from supervision_app.storage.vault import Vault
from tests.unit.test_supervision_storage import START, partner, session, snapshot

UNKNOWN = 999


def _writes(vault: Vault, repo: SupervisionRepository) -> dict[str, Callable[[], object]]:
    pid = partner(repo)
    record = session(repo, pid, START)
    peer = repo.peer.add(PeerReflection("Nurse", START, "Listen longer.", partner_id=pid))
    entry = vault.entries.add(Entry(title="A home visit"))
    assert entry.id is not None
    entry_id = entry.id
    return {
        "session create": lambda: repo.sessions.create(
            replace(repo.sessions.draft(pid, START), partner_id=UNKNOWN)
        ),
        "session save": lambda: repo.sessions.save(replace(record, partner_id=UNKNOWN)),
        "peer add": lambda: repo.peer.add(
            PeerReflection("Nurse", START, "Listen.", partner_id=UNKNOWN)
        ),
        "peer update": lambda: repo.peer.update(replace(peer, partner_id=UNKNOWN)),
        "agreement": lambda: repo.agreements.save(Agreement(UNKNOWN, START)),
        "flag": lambda: vault.companion.flags.add(entry_id, partner_id=UNKNOWN),
    }


@pytest.mark.parametrize(
    "what", ["session create", "session save", "peer add", "peer update", "agreement", "flag"]
)
def test_an_unknown_partner_is_refused_and_nothing_is_written(vault: Vault, what: str) -> None:
    repo = SupervisionRepository(vault)
    write = _writes(vault, repo)[what]
    before = snapshot(vault)
    flags_before = vault.conn.execute("SELECT count(*) FROM companion_flags").fetchone()
    with pytest.raises(PartnerNotFound):
        write()
    assert snapshot(vault) == before
    assert vault.conn.execute("SELECT count(*) FROM companion_flags").fetchone() == flags_before


def test_no_partner_is_allowed_where_it_is_optional(vault: Vault) -> None:
    repo = SupervisionRepository(vault)
    entry = vault.entries.add(Entry(title="A home visit"))
    assert entry.id is not None
    assert vault.companion.flags.add(entry.id).partner_id is None
    assert repo.peer.add(PeerReflection("Nurse", START, "Listen.")).partner_id is None
