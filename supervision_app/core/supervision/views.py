"""Read-only rows for lists and views, and peer reflections (plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text
from supervision_app.core.supervision.errors import InvalidSupervisionRecord
from supervision_app.core.supervision.model import (
    Action,
    check_date,
    check_minutes,
    clean_line,
    clean_text,
)


@dataclass(frozen=True)
class SessionSummary:
    """A row of a partner's history."""

    id: int
    uid: str
    partner_id: int
    partner_name: str
    session_date: dt.date
    session_type: str
    minutes: int
    signed_by: tuple[str, ...]
    locked_at: dt.datetime | None
    origin: str
    reevaluation: bool
    addenda: int

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None


@dataclass(frozen=True)
class OpenAction:
    """A row of the actions view: an open action and the session that agreed it."""

    action: Action
    partner_id: int
    partner_name: str
    session_id: int | None
    session_date: dt.date | None
    overdue: bool
    days_overdue: int


@dataclass(frozen=True)
class ActionEvent:
    """One step of an action's history: marked at a session, or changed on its own."""

    action_id: int
    status: str
    on: dt.date
    session_id: int | None
    note: str = ""


@dataclass(frozen=True)
class HistoryEvent:
    """What happened to a record and when, for the record's history."""

    at: dt.datetime
    kind: str  # created | signed | locked | addendum | addendum_signed | imported
    text: str
    addendum_id: int | None = None
    #: For signatures: made_here | verified | typed (``core/supervision/signing.py``).
    status: str = ""


# -- peer reflection ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeerReflection:
    """A reflective discussion with a peer, which a CPD record can point to by ``id``."""

    peer_role: str
    reflected_on: dt.date
    learning: str
    topic: str = ""
    discussion: str = ""
    minutes: int = 0
    partner_id: int | None = None
    id: int | None = None
    uid: str = ""
    entry_id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    def validated(self) -> PeerReflection:
        role = clean_line(self.peer_role)
        if not role:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "Say what role the peer has (for example, 'social worker')."
                )
            )
        check_date(self.reflected_on, Text("Errors", "The date of the discussion"))
        learning = clean_text(self.learning)
        if not learning:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "Say what you learnt from the discussion.")
            )
        check_minutes(self.minutes, Text("Errors", "The time spent"))
        return replace(
            self,
            peer_role=role,
            learning=learning,
            topic=clean_line(self.topic),
            discussion=clean_text(self.discussion),
        )


# -- proposals ------------------------------------------------------------------------------------

#: What an exchange file proposed in the owner's name.
PROPOSAL_KINDS: dict[str, str] = {
    "record": "Record awaiting your sign-off",
    "addendum": "Proposed addendum in your name",
    "addendum_signature": "Addendum awaiting your sign-off",
}


@dataclass(frozen=True)
class Proposal:
    """Something an exchange file says in the owner's name, waiting for them to accept it
    (signing it with their own key) or reject it."""

    id: int
    kind: str  # record | addendum | addendum_signature
    partner_id: int | None
    partner_name: str
    session_uid: str
    item_uid: str | None
    summary: str
    status: str  # pending | accepted | rejected
    created_at: dt.datetime
    decided_at: dt.datetime | None = None
    #: The name the file typed for the owner, if any.
    claimed_name: str | None = None
    #: The addendum's text, or the record's agenda and learning, to read before accepting:
    #: a line each (core/supervision/proposal_texts.py; the window renders them).
    details: tuple[str, ...] = ()
    #: For a record: what accepting it does to the owner's open actions.
    action_updates: tuple[str, ...] = ()
    #: The record's id once it is in the journal (addenda), else None.
    session_id: int | None = None

    @property
    def text(self) -> str:
        """:attr:`details` in English, a line each."""
        return "\n".join(self.details)
