"""A small vault whose search, timeline and dashboard figures are known by heart.

Shared by the unit, GUI and command-line tests of issue 15 (search filters, timeline,
dashboard). Synthetic text only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.supervision.model import Action
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.storage.vault import Vault

TODAY = dt.date(2026, 4, 20)
REF = "pcf:critical-reflection-analysis"
OTHER_REF = "pcf:values-and-ethics"


@dataclass
class Known:
    home: int  # reflection 10 Jan 2026: "warm handover", tags home visit + loneliness
    supervision: int  # supervision session 3 Feb 2026 with partner AB
    course: int  # CPD activity 15 Mar 2026, 90 min: "handover warm" (reversed phrase)
    old_note: int  # note 20 Nov 2025: loneliness
    team: int  # reflection 5 Dec 2025: handover, not warm
    second_session: int  # supervision session 2 Mar 2026 with AB
    partner: int
    trashed: int


def add(vault: Vault, title: str, day: dt.date, body: str, **kw: object) -> int:
    entry = vault.entries.add(Entry(title=title, body=body, practice_date=day, **kw))  # type: ignore[arg-type]
    assert entry.id is not None
    return entry.id


def build(vault: Vault) -> Known:
    home = add(
        vault,
        "Home visit reflection",
        dt.date(2026, 1, 10),
        "The *invisible* carer said the warm handover from the hospital never happened.",
        tags=("home visit", "loneliness"),
    )
    course = add(
        vault,
        "Safeguarding course",
        dt.date(2026, 3, 15),
        "Practice was handover warm first; training on **safeguarding** adults.",
        kind="cpd_activity",
        tags=("training",),
        minutes=90,
    )
    old_note = add(
        vault,
        "Old note",
        dt.date(2025, 11, 20),
        "Loneliness in older people.",
        kind="note",
        tags=("loneliness",),
    )
    team = add(
        vault,
        "Team meeting",
        dt.date(2025, 12, 5),
        "A handover that was not warm at all.",
    )
    trashed = add(vault, "Binned", dt.date(2026, 1, 11), "warm handover in the bin")
    vault.entries.trash(trashed)
    vault.links.set_links(home, [REF])
    vault.links.set_links(course, [REF, OTHER_REF])
    vault.cpd.save(
        course, CpdFields(activity_type="course_or_training", description="Adults course")
    )

    repo = vault.supervision
    partner = repo.partners.add(Partner("AB", "supervisor")).id
    assert partner is not None
    repo.agreements.save(Agreement(partner, dt.date(2026, 1, 1), frequency_days=14))
    first = repo.sessions.draft(partner, dt.date(2026, 2, 3))
    first = repo.sessions.create(
        replace(
            first,
            learning="We discussed the warm handover and my caseload.",
            new_actions=(
                Action("Read the hospital discharge policy", due_date=dt.date(2026, 3, 1)),
                Action("Book the safeguarding course", due_date=dt.date(2026, 6, 1)),
            ),
        )
    )
    second = repo.sessions.create(repo.sessions.draft(partner, dt.date(2026, 3, 2)))
    assert first.id is not None and second.id is not None
    return Known(
        home=home,
        supervision=first.id,
        course=course,
        old_note=old_note,
        team=team,
        second_session=second.id,
        partner=partner,
        trashed=trashed,
    )
