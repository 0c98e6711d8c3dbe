"""The few counts the home view shows, each one indexed SQL query (no entry is loaded).

See ``core/home.py`` for what they mean. At 50,000 entries the slowest (the link counts of
a framework) takes a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from sqlcipher3.dbapi2 import DatabaseError

from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.cpd.year import year_containing
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.home import (
    REGULATOR_FRAMEWORKS,
    ActionLine,
    CpdProgress,
    HomeFigures,
    pick_prompt,
)

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

_LIVE_ACTION = (
    "a.status = 'open' AND (a.session_id IS NULL OR EXISTS (SELECT 1 FROM entries e"
    " WHERE e.id = a.session_id AND e.deleted_at IS NULL))"
)
_LIVE_SESSION = "JOIN entries e ON e.id = s.entry_id AND e.deleted_at IS NULL"


class HomeQueries:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def action_counts(self, today: dt.date) -> tuple[int, int]:
        """(open actions, of which overdue)."""
        n, late = self._vault.conn.execute(
            "SELECT count(*), coalesce(sum(a.due_date IS NOT NULL AND a.due_date < ?), 0)"
            f" FROM supervision_actions a WHERE {_LIVE_ACTION}",
            (today.isoformat(),),
        ).fetchone()
        return int(n), int(late)

    def first_actions(self, today: dt.date, limit: int = 3) -> list[ActionLine]:
        """Overdue first (oldest due first), then by due date, undated last."""
        rows = self._vault.conn.execute(
            "SELECT a.text, p.name, a.due_date FROM supervision_actions a"
            " JOIN supervision_partners p ON p.id = a.partner_id"
            f" WHERE {_LIVE_ACTION}"
            " ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT ?",
            (limit,),
        ).fetchall()
        lines = []
        for text, partner, due in rows:
            day = dt.date.fromisoformat(due) if due else None
            lines.append(ActionLine(text, partner, day, day is not None and day < today))
        return lines

    def sessions(self, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
        """(the next session date agreed, on or after today; the last session held)."""
        nxt, last = self._vault.conn.execute(
            "SELECT min(CASE WHEN s.next_session >= ? THEN s.next_session END),"
            f" max(s.session_date) FROM supervision_sessions s {_LIVE_SESSION}",
            (today.isoformat(),),
        ).fetchone()
        return (
            dt.date.fromisoformat(nxt) if nxt else None,
            dt.date.fromisoformat(last) if last else None,
        )

    def cpd_counts(self, start: dt.date, end: dt.date) -> tuple[int, int, int]:
        """(CPD records, their minutes, those reflected on with a peer) dated in the range."""
        try:
            peer = "c.peer_reflection_id IN (SELECT id FROM peer_reflections)"
            sql = (
                "SELECT count(*), coalesce(sum(e.minutes), 0),"
                f" coalesce(sum(trim(c.peer_learning) != '' OR {peer}), 0)"
                " FROM cpd_records c JOIN entries e ON e.id = c.entry_id"
                " WHERE e.deleted_at IS NULL AND e.practice_date BETWEEN ? AND ?"
            )
            row = self._vault.conn.execute(sql, (start.isoformat(), end.isoformat())).fetchone()
        except DatabaseError:  # a vault from before peer reflections
            return 0, 0, 0
        return int(row[0]), int(row[1]), int(row[2])

    def regulators(self) -> list[str]:
        value = self._vault.settings.get("regulator")
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def figures(self, library: FrameworkLibrary, today: dt.date) -> HomeFigures:
        vault = self._vault
        frameworks = []
        wanted: list[str] = []
        regulators = self.regulators() or ["swe"]
        for regulator in regulators:
            wanted += REGULATOR_FRAMEWORKS.get(regulator, ())
        for framework_id in dict.fromkeys(wanted):
            if framework_id in library:
                frameworks.append((library.get(framework_id), vault.links.counts(framework_id)))
        open_n, late_n = self.action_counts(today)
        nxt, last = self.sessions(today)
        rows = vault.conn.execute(
            "SELECT key, value FROM settings WHERE key = 'cpd_year_end'"
        ).fetchall()
        year_end = CpdSettings.from_values({k: json.loads(v) for k, v in rows}).year_end
        year = year_containing(today, year_end)
        records, minutes, peer = self.cpd_counts(year.start, year.end)
        return HomeFigures(
            today=today,
            prompt=pick_prompt(frameworks, today),
            open_actions=open_n,
            overdue_actions=late_n,
            first_actions=tuple(self.first_actions(today)) if open_n else (),
            next_session=nxt,
            last_session=last,
            cpd=CpdProgress(year, today, records, minutes, peer, regulators[0]),
            recent=tuple(vault.entries.page(limit=5)),
            entries=vault.entries.count(),
        )
