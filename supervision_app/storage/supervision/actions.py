"""Supervision actions: the actions view, carry-forward, and each action's status history.

An action's status now (``status``) is derived from its history: the latest review
(by date, then order of recording) decides it, or the status it was agreed with if none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.errors import (
    ActionNotFound,
    InvalidSupervisionRecord,
)
from supervision_app.core.supervision.model import (
    ACTION_STATUSES,
    Action,
    ActionReview,
    clean_text,
)
from supervision_app.core.supervision.views import (
    ActionEvent,
    OpenAction,
)
from supervision_app.storage.supervision.common import iso_date, new_uid, parse_date

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

ACTION_COLUMNS = (
    "a.id, a.uid, a.session_id, a.partner_id, a.text, a.owner, a.due_date,"
    " a.initial_status, a.status, a.case_ref"
)
#: How many columns ACTION_COLUMNS has (columns selected after them start here).
_N_ACTION = 10
_REVIEW_TO_STATUS = {"done": "done", "dropped": "dropped", "carried": "open", "open": "open"}
#: Sessions whose entry is in the Trash do not count (their actions are hidden too).
_LIVE_SESSION = (
    "(a.session_id IS NULL OR EXISTS (SELECT 1 FROM entries e"
    " WHERE e.id = a.session_id AND e.deleted_at IS NULL))"
)


def action_from_row(row: Any) -> Action:
    return Action(
        id=row[0],
        uid=row[1],
        session_id=row[2],
        partner_id=row[3],
        text=row[4],
        owner=row[5],
        due_date=parse_date(row[6]),
        status=row[7],
        current_status=row[8],
        case_ref=row[9] or "",
    )


class ActionRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- reading -----------------------------------------------------------------------------

    def get(self, action_id: int) -> Action:
        row = self._vault.conn.execute(
            f"SELECT {ACTION_COLUMNS} FROM supervision_actions a WHERE a.id = ?", (action_id,)
        ).fetchone()
        if row is None:
            raise ActionNotFound(action_id)
        return action_from_row(row)

    def open_actions(self, today: dt.date, *, partner_id: int | None = None) -> list[OpenAction]:
        """Open actions across all sessions and partners: overdue first (oldest due date
        first), then the rest by due date, then those with no due date."""
        sql = (
            f"SELECT {ACTION_COLUMNS}, p.name, s.session_date FROM supervision_actions a"
            " JOIN supervision_partners p ON p.id = a.partner_id"
            " LEFT JOIN supervision_sessions s ON s.entry_id = a.session_id"
            f" WHERE a.status = 'open' AND {_LIVE_SESSION}"
        )
        params: list[Any] = []
        if partner_id is not None:
            sql += " AND a.partner_id = ?"
            params.append(partner_id)
        sql += (
            " ORDER BY (a.due_date IS NOT NULL AND a.due_date < ?) DESC,"
            " a.due_date IS NULL, a.due_date, s.session_date, a.id"
        )
        rows = self._vault.conn.execute(sql, (*params, today.isoformat())).fetchall()
        result = []
        for row in rows:
            action = action_from_row(row[:_N_ACTION])
            late = (today - action.due_date).days if action.due_date is not None else 0
            result.append(
                OpenAction(
                    action=action,
                    partner_id=row[3],
                    partner_name=row[_N_ACTION],
                    session_id=row[2],
                    session_date=parse_date(row[_N_ACTION + 1]),
                    overdue=late > 0,
                    days_overdue=max(late, 0),
                )
            )
        return result

    def for_review(self, partner_id: int, session_id: int | None = None) -> list[Action]:
        """The actions a session with ``partner_id`` reviews at its start.

        Open actions from the partner's earlier sessions (or from sessions not in this vault);
        for an existing session, also those it has already marked (even if now closed).
        """
        conn = self._vault.conn
        params: list[Any] = [partner_id]
        earlier = ""
        if session_id is not None:
            row = conn.execute(
                "SELECT session_date FROM supervision_sessions WHERE entry_id = ?", (session_id,)
            ).fetchone()
            if row is not None:
                earlier = (
                    " AND (a.session_id IS NULL OR EXISTS (SELECT 1 FROM supervision_sessions o"
                    " WHERE o.entry_id = a.session_id AND (o.session_date, o.entry_id) < (?, ?)))"
                )
                params += [row[0], session_id]
        reviewed = ""
        if session_id is not None:
            reviewed = (
                " OR a.id IN (SELECT action_id FROM supervision_action_reviews"
                " WHERE session_id = ?)"
            )
            params.append(session_id)
        rows = conn.execute(
            f"SELECT {ACTION_COLUMNS} FROM supervision_actions a"
            " LEFT JOIN supervision_sessions s ON s.entry_id = a.session_id"
            f" WHERE a.partner_id = ? AND {_LIVE_SESSION}{earlier}"
            f" AND (a.status = 'open'{reviewed})"
            " ORDER BY s.session_date, a.session_id, a.position, a.id",
            params,
        ).fetchall()
        return [action_from_row(r) for r in rows]

    def of_session(self, session_id: int) -> list[Action]:
        rows = self._vault.conn.execute(
            f"SELECT {ACTION_COLUMNS} FROM supervision_actions a WHERE a.session_id = ?"
            " ORDER BY a.position, a.id",
            (session_id,),
        ).fetchall()
        return [action_from_row(r) for r in rows]

    def reviews_of_session(self, session_id: int) -> list[ActionReview]:
        rows = self._vault.conn.execute(
            f"SELECT r.action_id, r.status, r.note, {ACTION_COLUMNS}"
            " FROM supervision_action_reviews r JOIN supervision_actions a ON a.id = r.action_id"
            " WHERE r.session_id = ? ORDER BY r.position, r.id",
            (session_id,),
        ).fetchall()
        return [ActionReview(r[0], r[1], r[2], action_from_row(r[3:])) for r in rows]

    def history(self, action_id: int) -> list[ActionEvent]:
        """The action's status at each session that marked it, and changes made on their own."""
        self.get(action_id)
        rows = self._vault.conn.execute(
            "SELECT status, reviewed_on, session_id, note FROM supervision_action_reviews"
            " WHERE action_id = ? ORDER BY reviewed_on, id",
            (action_id,),
        ).fetchall()
        return [ActionEvent(action_id, r[0], dt.date.fromisoformat(r[1]), r[2], r[3]) for r in rows]

    # -- changes outside a session -------------------------------------------------------------

    def set_status(
        self, action_id: int, status: str, on: dt.date | None = None, note: str = ""
    ) -> Action:
        """Mark an action done, dropped or open again between sessions (kept in its history)."""
        if status not in ACTION_STATUSES:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "'{status}' is not a valid action status; choose from {action_statuses}.",
                ),
                status=status,
                action_statuses=", ".join(ACTION_STATUSES),
            )
        self.get(action_id)
        day = on or self._vault.clock().date()
        with self._vault.transaction() as conn:
            position = conn.execute(
                "SELECT count(*) FROM supervision_action_reviews WHERE action_id = ?", (action_id,)
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO supervision_action_reviews (action_id, session_id, status, note,"
                " reviewed_on, position) VALUES (?, NULL, ?, ?, ?, ?)",
                (action_id, status, clean_text(note), day.isoformat(), position),
            )
            recompute(conn, [action_id])
        return self.get(action_id)


# -- used when a session is written ------------------------------------------------------------


def recompute(conn: Any, action_ids: Iterable[int]) -> None:
    """Bring ``status`` and ``closed_in`` of these actions up to date with their history."""
    for action_id in sorted(set(action_ids)):
        last = conn.execute(
            "SELECT status, session_id FROM supervision_action_reviews WHERE action_id = ?"
            " ORDER BY reviewed_on DESC, id DESC LIMIT 1",
            (action_id,),
        ).fetchone()
        if last is None:
            row = conn.execute(
                "SELECT initial_status, session_id FROM supervision_actions WHERE id = ?",
                (action_id,),
            ).fetchone()
            status, where = row[0], row[1]
        else:
            status, where = _REVIEW_TO_STATUS[last[0]], last[1]
        closed_in = where if status != "open" else None
        conn.execute(
            "UPDATE supervision_actions SET status = ?, closed_in = ? WHERE id = ?",
            (status, closed_in, action_id),
        )


def write_reviews(
    conn: Any,
    session_id: int,
    partner_id: int,
    session_date: dt.date,
    reviews: Sequence[ActionReview],
) -> set[int]:
    """Replace the session's reviews; returns every action whose status may have changed."""
    before = {
        r[0]
        for r in conn.execute(
            "SELECT action_id FROM supervision_action_reviews WHERE session_id = ?", (session_id,)
        )
    }
    for review in reviews:
        row = conn.execute(
            "SELECT partner_id, session_id FROM supervision_actions WHERE id = ?",
            (review.action_id,),
        ).fetchone()
        if row is None:
            raise ActionNotFound(review.action_id)
        if row[0] != partner_id or row[1] == session_id:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only actions from earlier sessions with the same partner can be reviewed.",
                )
            )
    conn.execute("DELETE FROM supervision_action_reviews WHERE session_id = ?", (session_id,))
    conn.executemany(
        "INSERT INTO supervision_action_reviews (action_id, session_id, status, note,"
        " reviewed_on, position) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (r.action_id, session_id, r.status, r.note, session_date.isoformat(), n)
            for n, r in enumerate(reviews)
        ],
    )
    return before | {r.action_id for r in reviews}


def write_new_actions(
    conn: Any, session_id: int, partner_id: int, actions: Sequence[Action]
) -> list[int]:
    """Insert, update or remove the actions agreed at a session; returns their ids."""
    existing = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM supervision_actions WHERE session_id = ?", (session_id,)
        )
    }
    kept = {a.id for a in actions if a.id is not None}
    if not kept <= existing:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "An action belongs to a different session.")
        )
    for gone in sorted(existing - kept):
        if conn.execute(
            "SELECT 1 FROM supervision_action_reviews WHERE action_id = ?"
            " AND (session_id IS NULL OR session_id != ?)",
            (gone, session_id),
        ).fetchone():
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An action that a later session has reviewed cannot be removed; mark "
                    "it as dropped there instead.",
                )
            )
        conn.execute("DELETE FROM supervision_actions WHERE id = ?", (gone,))
    ids = []
    for position, action in enumerate(actions):
        values = (
            action.text,
            action.owner,
            iso_date(action.due_date),
            action.status,
            position,
            action.case_ref,
        )
        if action.id is not None:
            conn.execute(
                "UPDATE supervision_actions SET text = ?, owner = ?, due_date = ?,"
                " initial_status = ?, position = ?, case_ref = ? WHERE id = ?",
                (*values, action.id),
            )
            ids.append(action.id)
        else:
            cur = conn.execute(
                "INSERT INTO supervision_actions (uid, session_id, partner_id, text, owner,"
                " due_date, initial_status, position, case_ref, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (action.uid or new_uid(), session_id, partner_id, *values, action.status),
            )
            ids.append(int(cur.lastrowid))
    return ids
