"""Supervision rules with no storage: reminders, re-evaluation, one-time passphrases, checks.

Every function that depends on the date takes ``today``; nothing here reads a clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from supervision_app.core.i18n import Translate, english
from supervision_app.core.supervision.errors import ExchangeError
from supervision_app.core.supervision.markdown import format_date
from supervision_app.core.supervision.model import SessionRecord

# -- reminders ---------------------------------------------------------------------------------

REVIEW_DUE = "agreement_review"
SESSION_OVERDUE = "session_overdue"


@dataclass(frozen=True)
class PartnerSchedule:
    """What reminders need to know about one active partner."""

    partner_id: int
    partner_name: str
    agreed_on: dt.date | None = None
    review_date: dt.date | None = None
    frequency_days: int | None = None
    last_session: dt.date | None = None


@dataclass(frozen=True)
class Reminder:
    kind: str  # REVIEW_DUE | SESSION_OVERDUE
    partner_id: int
    partner_name: str
    due_on: dt.date
    days_overdue: int
    message: str  # in English (the command line); the window shows text(its translate)
    frequency_days: int | None = None

    def text(self, translate: Translate = english) -> str:
        """What the reminder says, through ``translate`` (see core/i18n.py)."""
        date = format_date(self.due_on, translate)
        if self.kind == REVIEW_DUE:
            text = translate(
                "Reminders",
                "The supervision agreement with {partner} was due for review on {date}.",
            )
            return text.format(partner=self.partner_name, date=date)
        text = translate(
            "Reminders",
            "A supervision session with {partner} was due on {date} (every {every}) and is "
            "{late} overdue.",
        )
        return text.format(
            partner=self.partner_name,
            date=date,
            every=translate("Reminders", "%n day(s)", "", self.frequency_days or 0),
            late=translate("Reminders", "%n day(s)", "", self.days_overdue),
        )


def _reminder(
    kind: str, s: PartnerSchedule, due: dt.date, late: int, frequency: int | None = None
) -> Reminder:
    bare = Reminder(kind, s.partner_id, s.partner_name, due, late, "", frequency)
    return dataclasses.replace(bare, message=bare.text())


def compute_reminders(schedules: Sequence[PartnerSchedule], today: dt.date) -> list[Reminder]:
    """Agreements whose review date has passed, and sessions overdue against the frequency.

    A session is overdue when the last session (or, before the first, the date of the
    agreement) plus the agreed number of days is before ``today``.
    """
    found: list[Reminder] = []
    for s in schedules:
        if s.review_date is not None and s.review_date < today:
            late = (today - s.review_date).days
            found.append(_reminder(REVIEW_DUE, s, s.review_date, late))
        start = s.last_session or s.agreed_on
        if s.frequency_days and start is not None:
            due = start + dt.timedelta(days=s.frequency_days)
            if due < today:
                late = (today - due).days
                found.append(_reminder(SESSION_OVERDUE, s, due, late, s.frequency_days))
    found.sort(key=lambda r: (r.due_on, r.partner_name.casefold(), r.kind))
    return found


# -- re-evaluation of the relationship ---------------------------------------------------------


def sessions_until_reevaluation(history: Sequence[bool], interval: int) -> int:
    """How many sessions come before the one that should re-evaluate (0: the next one should).

    ``history`` holds, oldest first, whether each earlier session with the partner recorded a
    re-evaluation. With the default interval of six, the sixth session re-evaluates, then the
    sixth after the last re-evaluation, and so on; a missed one stays due.
    """
    since = 0
    for done in reversed(history):
        if done:
            break
        since += 1
    return max(0, interval - 1 - since)


def reevaluation_due(history: Sequence[bool], interval: int) -> bool:
    return sessions_until_reevaluation(history, interval) == 0


# -- one-time passphrases for exchange files ----------------------------------------------------

#: Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUPS, _GROUP_SIZE = 5, 4
#: 20 symbols of 5 bits each.
ONE_TIME_PASSPHRASE_BITS = _GROUPS * _GROUP_SIZE * 5
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def generate_one_time_passphrase() -> str:
    """A fresh code such as ``7KQ2-M9XD-4HTV-0BNC-Z8RE`` (100 bits from :mod:`secrets`)."""
    symbols = "".join(secrets.choice(_ALPHABET) for _ in range(_GROUPS * _GROUP_SIZE))
    return _grouped(symbols)


def _grouped(symbols: str) -> str:
    return "-".join(symbols[i : i + _GROUP_SIZE] for i in range(0, len(symbols), _GROUP_SIZE))


def normalise_one_time_passphrase(text: str, translate: Translate = english) -> str:
    """The code as generated, whatever the case, spacing or hyphens; O is read as 0, I and L
    as 1. Raises :class:`ExchangeError` for anything that cannot be such a code."""
    symbols = "".join(_READ_AS.get(c, c) for c in text.upper() if c not in " -\t\r\n")
    if len(symbols) != _GROUPS * _GROUP_SIZE or any(c not in _ALPHABET for c in symbols):
        raise ExchangeError(
            translate(
                "Errors",
                "A one-time passphrase has 20 letters and digits in five groups of four, "
                "such as 7KQ2-M9XD-4HTV-0BNC-Z8RE.",
            )
        )
    return _grouped(symbols)


# -- canonical JSON -----------------------------------------------------------------------------


def canonical_json(value: Any) -> str:
    """One spelling of a JSON value, so that equal data has an equal checksum."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- identifying details ------------------------------------------------------------------------

F = TypeVar("F")


@dataclass(frozen=True)
class TextFinding(Generic[F]):
    """A likely identifier in one field of a record (``finding`` is the scanner's own)."""

    location: str
    field: str
    text: str
    finding: F


def record_texts(
    record: SessionRecord, *, cases_only: bool = False, translate: Translate = english
) -> list[tuple[str, str, str]]:
    """``(location, field, text)`` for each piece of free text in a record; the location
    ("Agenda item 1") through ``translate``."""

    def at(place: str, n: int | None = None) -> str:
        return translate("Locations", place).format(n=n)

    texts: list[tuple[str, str, str]] = []
    for n, case in enumerate(record.case_discussions, 1):
        texts.append((at("Case discussion {n}", n), "case_ref", case.case_ref))
        texts.append((at("Case discussion {n}", n), "text", case.text))
    if cases_only:
        return texts
    texts += [(at("Agenda item {n}", n), "agenda", a) for n, a in enumerate(record.agenda, 1)]
    texts += [
        (at("Discussion {n}", n), "discussion", d.text) for n, d in enumerate(record.discussion, 1)
    ]
    texts.append((at("Wellbeing"), "own_wellbeing", record.wellbeing.own_wellbeing))
    texts.append((at("Wellbeing"), "emotional_impact", record.wellbeing.emotional_impact))
    for n, decision in enumerate(record.decisions, 1):
        texts.append((at("Decision {n}", n), "decision", decision.decision))
        texts.append((at("Decision {n}", n), "rationale", decision.rationale))
    texts += [(at("Learning"), "learning", record.learning), (at("CPD"), "cpd", record.cpd)]
    texts += [
        (at("New action {n}", n), "action", a.text) for n, a in enumerate(record.new_actions, 1)
    ]
    texts.append((at("Re-evaluation"), "reevaluation_notes", record.reevaluation_notes))
    texts += [(at("Addendum {n}", n), "addendum", a.text) for n, a in enumerate(record.addenda, 1)]
    return [t for t in texts if t[2]]


def find_identifiers(
    record: SessionRecord,
    scan: Callable[[str], Sequence[F]],
    *,
    cases_only: bool = True,
    translate: Translate = english,
) -> list[TextFinding[F]]:
    """Likely names and other identifiers, so the editor can warn before saving or exporting.

    ``scan`` is the anonymisation scanner (``supervision_app.core.scan.scanner.scan_text``, perhaps
    with the user's never-export list bound in); it is passed in because the domain does not
    depend on the export package. By default only case discussions are checked.
    """
    return [
        TextFinding(location, field, text, finding)
        for location, field, text in record_texts(
            record, cases_only=cases_only, translate=translate
        )
        for finding in scan(text)
    ]
