"""A known vault for the home view's figures (used by unit and GUI tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import default_library
from supervision_app.core.supervision.model import Action
from supervision_app.core.supervision.people import Partner
from supervision_app.storage.vault import Vault

TODAY = dt.date(2026, 3, 10)
#: The one item of the regulator's frameworks never reflected on.
NEVER = "pcf:critical-reflection-analysis"


def fill_home_vault(vault: Vault) -> None:
    vault.settings.set("regulator", ["swe"])
    library = default_library()
    refs = [i.ref for f in ("pcf", "swe-standards") for i in library.get(f).items]
    assert NEVER in refs
    linked = vault.entries.add(
        Entry(title="Linked to almost all", practice_date=dt.date(2026, 3, 1), minutes=90)
    )
    assert linked.id is not None
    vault.links.set_links(linked.id, [r for r in refs if r != NEVER])
    vault.cpd.save(linked.id, CpdFields(description="Course", peer_learning="Talked it over"))
    other = vault.entries.add(
        Entry(title="Team meeting", practice_date=dt.date(2026, 2, 2), minutes=30)
    )
    assert other.id is not None
    vault.cpd.save(other.id, CpdFields(description="Learning set"))
    old = vault.entries.add(Entry(title="Last year", practice_date=dt.date(2025, 6, 1), minutes=60))
    assert old.id is not None
    vault.cpd.save(old.id, CpdFields(description="Outside the year"))
    repo = vault.supervision
    pid = repo.partners.add(Partner("Sam Supervisor", "supervisor")).id
    assert pid is not None
    draft = repo.sessions.draft(pid, dt.date(2026, 2, 1))
    repo.sessions.create(
        replace(
            draft,
            next_session=dt.date(2026, 3, 20),
            new_actions=(
                Action("Read the guidance", "Me", dt.date(2026, 2, 20)),
                Action("Book the course", "Me", dt.date(2026, 4, 1)),
                Action("Think about it", "Me"),
            ),
        )
    )
    trashed = vault.entries.add(Entry(title="Trashed", practice_date=dt.date(2026, 3, 9)))
    assert trashed.id is not None
    vault.entries.trash(trashed.id)
