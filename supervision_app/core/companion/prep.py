"""Bring to supervision: the next session's agenda, drafted for the supervisee to edit.

Drafted from what the vault already holds: passages and entries flagged for the partner,
open and overdue actions, framework items not reflected on for six months, CPD progress
against the regulator's rule, and wellbeing since the last session. Nothing is sent: the
draft fills the agenda of a new session record, which the supervisee edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.views import OpenAction

#: Coverage gaps listed on the agenda at most (the rest are in Capability coverage).
MAX_GAPS = 6
MAX_PASSAGE = 160
#: The agenda's sections, in order (the GUI translates them: gui/i18n.py declares them).
SECTION_TITLES = (
    "Flagged to bring",
    "Open and overdue actions",
    "Coverage gaps (six months)",
    "CPD progress",
    "Wellbeing since last session",
)


@dataclass(frozen=True)
class Flag:
    """An entry, or a passage of it, flagged for supervision."""

    entry_id: int
    title: str
    practice_date: dt.date
    passage: str = ""
    partner_id: int | None = None
    created_at: dt.datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Gap:
    """A framework item last reflected on before the six-month line."""

    ref: str
    framework: str
    label: str
    last: dt.date


def flag_line(flag: Flag) -> str:
    where = f"{flag.title or 'Untitled'} ({format_date(flag.practice_date)}, entry {flag.entry_id})"
    passage = " ".join(flag.passage.split())
    if len(passage) > MAX_PASSAGE:
        passage = passage[: MAX_PASSAGE - 1].rstrip() + "…"
    return f"Bring: {where}" + (f": “{passage}”" if passage else "")


def action_line(row: OpenAction) -> str:
    action = row.action
    state = f"overdue by {row.days_overdue} days" if row.overdue else "open"
    due = f", due {format_date(action.due_date)}" if action.due_date else ""
    owner = f" ({action.owner})" if action.owner else ""
    return f"Action, {state}{due}: {' '.join(action.text.split())}{owner}"


def gap_lines(gaps: Sequence[Gap]) -> list[str]:
    ordered = sorted(gaps, key=lambda g: (g.last, g.framework, g.label))
    lines = [
        f"Not reflected on since {format_date(g.last)}: {g.label} ({g.framework})"
        for g in ordered[:MAX_GAPS]
    ]
    if len(ordered) > MAX_GAPS:
        lines.append(f"…and {len(ordered) - MAX_GAPS} more items in Capability coverage")
    return lines


@dataclass(frozen=True)
class AgendaDraft:
    partner_id: int
    partner_name: str
    #: The date of the last session with this partner (None if there has been none).
    last_session: dt.date | None
    flagged: tuple[str, ...]
    actions: tuple[str, ...]
    gaps: tuple[str, ...]
    cpd: tuple[str, ...]
    wellbeing: tuple[str, ...]
    #: Ids of the flags drafted in (marked as brought once a session is saved with them).
    flag_ids: tuple[int, ...] = ()

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        parts = (self.flagged, self.actions, self.gaps, self.cpd, self.wellbeing)
        return list(zip(SECTION_TITLES, parts, strict=True))

    def agenda(self) -> tuple[str, ...]:
        """The agenda items, one line each, in section order."""
        return tuple(line for _, lines in self.sections() for line in lines)

    def text(self) -> str:
        head = f"Draft agenda for supervision with {self.partner_name}"
        if self.last_session is not None:
            head += f" (last session {format_date(self.last_session)})"
        parts = [head]
        for title, lines in self.sections():
            if lines:
                parts.append(title + "\n" + "\n".join(f"- {line}" for line in lines))
        if not self.agenda():
            parts.append("Nothing flagged, open or due: the agenda is yours to write.")
        return "\n\n".join(parts) + "\n"

    def json(self) -> dict[str, object]:
        """The ``prep --json`` shape (docs/cli.md: add fields, never remove)."""
        return {
            "partner_id": self.partner_id,
            "partner_name": self.partner_name,
            "last_session": self.last_session.isoformat() if self.last_session else None,
            "flagged": list(self.flagged),
            "actions": list(self.actions),
            "gaps": list(self.gaps),
            "cpd": list(self.cpd),
            "wellbeing": list(self.wellbeing),
            "agenda": list(self.agenda()),
            "flag_ids": list(self.flag_ids),
        }
