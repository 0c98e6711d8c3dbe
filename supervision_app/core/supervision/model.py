"""Supervision: partners, agreements, session records, actions, sign-off and peer reflections.

Plain data, free of storage and Qt. A session record is also a journal entry of kind
``"supervision"`` (its body is composed by
:func:`supervision_app.core.supervision.markdown.compose_session_markdown`); the structured
record lives in the supervision tables keyed by that entry's id, so a session's id *is* its
entry id.

Words used throughout: the *owner* is the person whose vault this is; a *partner* is the
other person in a supervisory relationship (their supervisor, supervisee or peer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from supervision_app.core.frameworks_schema import parse_ref
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text
from supervision_app.core.supervision.errors import InvalidSupervisionRecord

if TYPE_CHECKING:
    from supervision_app.core.supervision.signing import Proof

#: The vault owner's role, kept in the vault's settings (``OWNER_ROLE_SETTING``).
OWNER_ROLES: dict[str, str] = {
    "practitioner": "Practitioner (supervisee)",
    "supervisor": "Supervisor",
    "both": "Practitioner and supervisor",
}
OWNER_ROLE_SETTING = "supervision.owner_role"
#: The name or initials the owner signs and exports under.
OWNER_NAME_SETTING = "supervision.owner_name"
#: Sessions between re-evaluations of the relationship, unless an agreement says otherwise.
REEVALUATION_SETTING = "supervision.reevaluation_interval"
DEFAULT_REEVALUATION_INTERVAL = 6

#: What a partner is to the owner.
PARTNER_ROLES: dict[str, str] = {
    "supervisor": "Supervisor",
    "supervisee": "Supervisee",
    "peer": "Peer",
}
#: The role the owner plays for a partner of each role (used when records are exchanged).
INVERSE_ROLE: dict[str, str] = {
    "supervisor": "supervisee",
    "supervisee": "supervisor",
    "peer": "peer",
}

SESSION_TYPES: dict[str, str] = {
    "one_to_one": "One-to-one",
    "group": "Group",
    "peer_reflection": "Peer reflection",
}
ACTION_STATUSES = ("open", "done", "dropped")
#: How an open action from an earlier session is marked at a session.
REVIEW_STATUSES: dict[str, str] = {
    "done": "Done",
    "carried": "Carried forward",
    "dropped": "Dropped",
}
#: Who signs: the vault's owner and their partner.
PARTIES = ("owner", "partner")

#: Discussion sections offered by default: the 4x4x4 functions, then the Kolb stages.
FUNCTION_REFS = tuple(
    f"four-by-four-by-four:{item}" for item in ("management", "support", "development", "mediation")
)
KOLB_REFS = tuple(
    f"kolb:{item}"
    for item in (
        "concrete-experience",
        "reflective-observation",
        "abstract-conceptualisation",
        "active-experimentation",
    )
)
DISCUSSION_REFS = FUNCTION_REFS + KOLB_REFS
#: Prompts for re-evaluating the supervisory relationship.
REEVALUATION_REF = "relationship-based-supervision:re-evaluating-relationship"

#: Shown beside case discussions (the window looks it up under "Reminders").
CASE_REMINDER = QT_TRANSLATE_NOOP(
    "Reminders",
    "Refer to people only by a pseudonym or a case reference: never record a name, address, "
    "date of birth or any number that identifies them.",
)

MAX_NAME = 120
MAX_MINUTES = 60 * 24


def clean_line(text: object) -> str:
    return " ".join(str(text or "").split())


def clean_text(text: object) -> str:
    return str(text or "").strip()


def check_choice(value: str, choices: Collection[str], what: str) -> str:
    """``value`` in lower case if it is one of ``choices``; ``what`` names it in the error
    (a :class:`~supervision_app.core.i18n.Text`: translated where it is shown)."""
    value = clean_line(value).lower()
    if value not in choices:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a valid {what}; choose from {choices}."),
            value=value,
            what=what,
            choices=", ".join(choices),
        )
    return value


def check_minutes(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_MINUTES:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "{what} must be a whole number of minutes from 0 to 1440."),
            what=what,
        )
    return value


def check_date(value: object, what: str, *, optional: bool = False) -> dt.date | None:
    if value is None and optional:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "{what} must be a date."), what=what
        )
    return value


def check_owner_role(role: str) -> str:
    return check_choice(role, OWNER_ROLES, Text("Errors", "role for yourself"))


# -- session records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """Something agreed at a session, with its owner and due date."""

    text: str
    owner: str = ""
    due_date: dt.date | None = None
    #: The status given when the action was agreed (usually "open").
    status: str = "open"
    id: int | None = None
    uid: str = ""
    #: The session that agreed it; None when that session is not in this vault.
    session_id: int | None = None
    partner_id: int | None = None
    #: The status now, after later sessions reviewed it (filled in by storage).
    current_status: str = "open"
    #: The case it is about (a pseudonym or case reference), for the case-record extract.
    case_ref: str = ""

    def validated(self) -> Action:
        text = clean_text(self.text)
        if not text:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "An action needs a description.")
            )
        check_date(self.due_date, Text("Errors", "The due date of an action"), optional=True)
        status = check_choice(self.status, ACTION_STATUSES, Text("Errors", "action status"))
        return replace(
            self,
            text=text,
            owner=clean_line(self.owner),
            status=status,
            case_ref=clean_line(self.case_ref),
        )


@dataclass(frozen=True)
class ActionReview:
    """How a session marked an open action from an earlier session."""

    action_id: int
    status: str = "carried"
    note: str = ""
    #: A copy of the reviewed action, filled in by storage for display and exchange.
    action: Action | None = None

    def validated(self) -> ActionReview:
        status = check_choice(self.status, REVIEW_STATUSES, Text("Errors", "review of an action"))
        return replace(self, status=status, note=clean_text(self.note))


@dataclass(frozen=True)
class DiscussionNote:
    """Notes under one guiding item, e.g. ``"four-by-four-by-four:support"`` or ``"kolb:…"``."""

    ref: str
    text: str = ""


@dataclass(frozen=True)
class CaseDiscussion:
    """A case discussed, named only by a pseudonym or reference."""

    case_ref: str
    text: str = ""


@dataclass(frozen=True)
class Decision:
    decision: str
    rationale: str = ""
    #: The case decided on; empty for a general decision (older records have none).
    case_ref: str = ""


@dataclass(frozen=True)
class Wellbeing:
    """The supervisee's own wellbeing and the emotional impact of the work."""

    own_wellbeing: str = ""
    emotional_impact: str = ""


@dataclass(frozen=True)
class Signature:
    party: str
    name: str
    signed_at: dt.datetime
    #: Made with a journal's key (see ``core/supervision/signing.py``); None for a name typed
    #: at one screen only.
    proof: Proof | None = field(default=None, compare=False)
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Addendum:
    """A dated change to a signed record, with its own sign-off."""

    session_id: int
    text: str
    author: str
    created_at: dt.datetime
    id: int | None = None
    uid: str = ""
    signatures: tuple[Signature, ...] = ()
    locked_at: dt.datetime | None = None

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None


@dataclass(frozen=True)
class SessionRecord:
    """One supervision session. ``id`` is the id of its journal entry."""

    partner_id: int
    session_date: dt.date
    minutes: int = 60
    session_type: str = "one_to_one"
    agenda: tuple[str, ...] = ()
    action_reviews: tuple[ActionReview, ...] = ()
    discussion: tuple[DiscussionNote, ...] = ()
    wellbeing: Wellbeing = field(default_factory=Wellbeing)
    case_discussions: tuple[CaseDiscussion, ...] = ()
    decisions: tuple[Decision, ...] = ()
    learning: str = ""
    cpd: str = ""
    new_actions: tuple[Action, ...] = ()
    next_session: dt.date | None = None
    #: Whether the supervisory relationship was re-evaluated at this session.
    reevaluation: bool = False
    reevaluation_notes: str = ""
    # Filled in by storage:
    id: int | None = None
    uid: str = ""
    partner_name: str = ""
    partner_role: str = ""
    origin: str = "own"
    signatures: tuple[Signature, ...] = ()
    addenda: tuple[Addendum, ...] = ()
    locked_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    imported_at: dt.datetime | None = None

    @property
    def is_locked(self) -> bool:
        """Signed by both parties, so read-only."""
        return self.locked_at is not None

    def signature_of(self, party: str) -> Signature | None:
        return next((s for s in self.signatures if s.party == party), None)

    def validated(self) -> SessionRecord:
        """A normalised copy (empty items dropped), or a sentence saying what is wrong."""
        check_date(self.session_date, Text("Errors", "The session date"))
        check_date(self.next_session, Text("Errors", "The next session date"), optional=True)
        if self.next_session is not None and self.next_session < self.session_date:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "The next session cannot be before this one.")
            )
        check_minutes(self.minutes, Text("Errors", "The duration"))
        session_type = check_choice(
            self.session_type, SESSION_TYPES, Text("Errors", "type of session")
        )
        for note in self.discussion:
            try:
                parse_ref(note.ref)
            except ValueError:
                raise InvalidSupervisionRecord.marked(
                    QT_TRANSLATE_NOOP("Errors", "'{ref}' is not a framework item reference."),
                    ref=note.ref,
                ) from None
        cases = tuple(
            CaseDiscussion(clean_line(c.case_ref), clean_text(c.text))
            for c in self.case_discussions
            if clean_line(c.case_ref) or clean_text(c.text)
        )
        if any(not c.case_ref for c in cases):
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "Each case discussion needs a pseudonym or case reference."
                )
            )
        reviewed = [r.action_id for r in self.action_reviews]
        if len(set(reviewed)) != len(reviewed):
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "An action is reviewed twice in the same session.")
            )
        return replace(
            self,
            session_type=session_type,
            agenda=tuple(clean_line(a) for a in self.agenda if clean_line(a)),
            action_reviews=tuple(r.validated() for r in self.action_reviews),
            discussion=tuple(
                DiscussionNote(n.ref.strip(), clean_text(n.text))
                for n in self.discussion
                if clean_text(n.text)
            ),
            wellbeing=Wellbeing(
                clean_text(self.wellbeing.own_wellbeing),
                clean_text(self.wellbeing.emotional_impact),
            ),
            case_discussions=cases,
            decisions=tuple(
                Decision(clean_text(d.decision), clean_text(d.rationale), clean_line(d.case_ref))
                for d in self.decisions
                if clean_text(d.decision) or clean_text(d.rationale)
            ),
            learning=clean_text(self.learning),
            cpd=clean_text(self.cpd),
            new_actions=tuple(a.validated() for a in self.new_actions if clean_text(a.text)),
            reevaluation=bool(self.reevaluation),
            reevaluation_notes=clean_text(self.reevaluation_notes),
        )
