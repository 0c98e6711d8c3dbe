"""Generator extension: framework links, CPD details and supervision sessions.

Gives the dashboard (issue 15) something to count: about 40 % of entries link to one or two
PCF items, every CPD-activity entry gets CPD details, and one supervision session every 14
days of the journal's span is recorded with a supervisor (each agreeing one action), through
the app's own repositories. Sessions are new entries, so the vault holds about 1 % more
entries than asked for (``session_entries`` in the metadata is not tracked; the count is
in the vault).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import replace

from supervision_app.core.cpd.model import ActivityType, CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.supervision.model import Action
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.storage.vault import Vault

PCF_ITEMS = (
    "pcf:professionalism",
    "pcf:values-and-ethics",
    "pcf:diversity-and-equality",
    "pcf:rights-justice-economic-wellbeing",
    "pcf:knowledge",
    "pcf:critical-reflection-analysis",
    "pcf:skills-and-interventions",
    "pcf:contexts-and-organisations",
    "pcf:professional-leadership",
)
SESSION_EVERY_DAYS = 14
LINK_SHARE = 0.4


class FindData:
    name = "find"
    version = 1

    def __init__(self) -> None:
        self.vault_path: object = None
        self.partner_id: int | None = None
        self.last_session: dt.date | None = None

    def write(self, vault: Vault, batch: Sequence[Entry], rng: random.Random) -> None:
        if vault.path != self.vault_path:  # a new vault: start its supervision afresh
            self.vault_path, self.partner_id, self.last_session = vault.path, None, None
        activities = [t.value for t in ActivityType]
        for entry in batch:
            if entry.id is None or entry.deleted_at is not None:
                continue
            if rng.random() < LINK_SHARE:
                vault.links.add_links(entry.id, rng.sample(PCF_ITEMS, rng.choice((1, 1, 2))))
            if entry.kind == "cpd_activity":
                vault.cpd.save(entry.id, CpdFields(activity_type=rng.choice(activities)))
        self._sessions(vault, batch, rng)

    def _sessions(self, vault: Vault, batch: Sequence[Entry], rng: random.Random) -> None:
        repo = vault.supervision
        if self.partner_id is None:
            self.partner_id = repo.partners.add(Partner("Synthetic supervisor", "supervisor")).id
            assert self.partner_id is not None
            first = min(e.practice_date for e in batch)
            repo.agreements.save(
                Agreement(self.partner_id, first, frequency_days=SESSION_EVERY_DAYS)
            )
            self.last_session = first - dt.timedelta(days=SESSION_EVERY_DAYS)
        assert self.last_session is not None
        last_day = max(e.practice_date for e in batch)
        day = self.last_session + dt.timedelta(days=SESSION_EVERY_DAYS)
        while day <= last_day:
            draft = repo.sessions.draft(self.partner_id, day)
            due = day + dt.timedelta(days=rng.choice((7, 14, 28)))
            # No reviews of earlier actions: each would carry every open action forward.
            action = Action("Follow up the agreed plan", due_date=due)
            repo.sessions.create(replace(draft, action_reviews=(), new_actions=(action,)))
            self.last_session = day
            day += dt.timedelta(days=SESSION_EVERY_DAYS)
