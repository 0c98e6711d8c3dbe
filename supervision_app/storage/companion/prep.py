"""Gathers what the drafted agenda needs from the vault (see :mod:`core.companion.prep`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from supervision_app.core.companion.prep import (
    AgendaDraft,
    Gap,
    action_line,
    flag_line,
    gap_lines,
)
from supervision_app.core.companion.wellbeing import change_since
from supervision_app.core.coverage import months_ago

if TYPE_CHECKING:
    from supervision_app.core.frameworks import FrameworkLibrary
    from supervision_app.storage.vault import Vault


def coverage_gaps(vault: Vault, library: FrameworkLibrary, today: dt.date) -> list[Gap]:
    """Framework items reflected on before, but not in the last six months.

    Items never linked are left to the Capability coverage view: listing every one of a
    60-item framework would bury the agenda.
    """
    line = months_ago(today, 6)
    rows = vault.conn.execute(
        "SELECT l.ref, max(e.practice_date) FROM entry_links l JOIN entries e"
        " ON e.id = l.entry_id WHERE e.deleted_at IS NULL GROUP BY l.ref"
    ).fetchall()
    latest: dict[str, dt.date] = {}
    for ref, last in rows:
        canonical = library.canonical_ref(ref) if library.has_ref(ref) else None
        if canonical is None:
            continue
        day = dt.date.fromisoformat(last)
        latest[canonical] = max(latest.get(canonical, day), day)
    gaps = []
    for ref, last in latest.items():
        if last >= line:
            continue
        framework, item = library.item(ref)
        if framework.kind in ("model", "conversation"):
            continue
        gaps.append(Gap(ref, framework.name, item.label, last))
    return gaps


def cpd_lines(vault: Vault, today: dt.date) -> list[str]:
    """CPD progress this registration year against the regulator's rule (one or two lines)."""
    from supervision_app.core.cpd.year import summarise_year, year_containing
    from supervision_app.core.regulators import default_regulators
    from supervision_app.storage.cpd.repository import CpdRepository
    from supervision_app.storage.cpd.settings import CpdSettingsStore

    settings = CpdSettingsStore(vault).load()
    year = year_containing(today, settings.year_end)
    # The user's own regulator's rule (resources/regulators), as the CPD year view applies it.
    regulator = default_regulators()[settings.primary_regulator]
    summary = summarise_year(
        CpdRepository(vault).records_between(year.start, year.end),
        year,
        today=today,
        regulator=regulator,
        role=settings.role_for(regulator.id),
    )
    if not summary.records and not summary.incomplete:
        return []
    n = len(summary.records)
    lines = [
        f"CPD {year.label}: {n} record{'s' if n != 1 else ''}, {summary.hours:g} hours;"
        f" {summary.deadline_text}"
    ]
    missing = [f"{c.label} ({c.detail})" for c in summary.checklist if not c.done]
    if missing:
        lines.append("CPD still to do: " + "; ".join(missing))
    return lines


def draft_agenda(
    vault: Vault, partner_id: int, today: dt.date, library: FrameworkLibrary | None = None
) -> AgendaDraft:
    """The draft agenda for the next session with ``partner_id``."""
    from supervision_app.core.frameworks import default_library

    library = library or default_library()
    partner = vault.supervision.partners.get(partner_id)
    last = vault.supervision.sessions.summaries(partner_id, limit=1)
    last_date = last[0].session_date if last else None
    flags = vault.companion.flags.open_flags(partner_id)
    actions = vault.supervision.actions.open_actions(today, partner_id=partner_id)
    checkins = vault.companion.wellbeing.history()
    since = last_date or (today - dt.timedelta(days=vault.companion.wellbeing.period_days()))
    return AgendaDraft(
        partner_id=partner_id,
        partner_name=partner.name,
        last_session=last_date,
        flagged=tuple(flag_line(f) for f in flags),
        actions=tuple(action_line(a) for a in actions),
        gaps=tuple(gap_lines(coverage_gaps(vault, library, today))),
        cpd=tuple(cpd_lines(vault, today)),
        wellbeing=tuple(change_since(checkins, since).lines()),
        flag_ids=tuple(f.id for f in flags if f.id is not None),
    )
