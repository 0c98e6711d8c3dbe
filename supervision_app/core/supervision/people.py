"""Supervision partners and versioned supervision agreements (plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, cast

from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text
from supervision_app.core.supervision.errors import InvalidSupervisionRecord
from supervision_app.core.supervision.model import (
    MAX_NAME,
    PARTNER_ROLES,
    check_choice,
    check_date,
    check_minutes,
    clean_line,
    clean_text,
)


@dataclass(frozen=True)
class Partner:
    """Someone the owner has supervision with, by name or initials (never a person served)."""

    name: str
    role: str
    active: bool = True
    notes: str = ""
    id: int | None = None
    uid: str = ""
    #: The partner's own id for this relationship in *their* vault, learnt from an exchange.
    link_uid: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    def validated(self) -> Partner:
        name = clean_line(self.name)
        if not name:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "A supervision partner needs a name or initials.")
            )
        if len(name) > MAX_NAME:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "A name is longer than {max_name} characters."),
                max_name=MAX_NAME,
            )
        role = check_choice(self.role, PARTNER_ROLES, Text("Errors", "partner role"))
        return replace(
            self, name=name, role=role, active=bool(self.active), notes=clean_text(self.notes)
        )

    @property
    def role_label(self) -> str:
        return PARTNER_ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class Agreement:
    """A version of the supervision agreement (contract) with one partner.

    Saving changes makes a new version; earlier versions stay as history.
    """

    partner_id: int
    agreed_on: dt.date
    purpose: str = ""
    frequency_days: int | None = None
    length_minutes: int | None = None
    format: str = ""
    place: str = ""
    cancellation: str = ""
    confidentiality: str = ""
    confidentiality_limits: str = ""
    recording: str = ""
    copies: str = ""
    disagreement: str = ""
    review_date: dt.date | None = None
    #: Sessions between re-evaluations of the relationship; None uses the vault's setting.
    reevaluation_every: int | None = None
    id: int | None = None
    version: int = 0
    created_at: dt.datetime | None = None

    TEXT_FIELDS = (
        "purpose",
        "format",
        "place",
        "cancellation",
        "confidentiality",
        "confidentiality_limits",
        "recording",
        "copies",
        "disagreement",
    )

    def validated(self) -> Agreement:
        check_date(self.agreed_on, Text("Errors", "The date of the agreement"))
        check_date(self.review_date, Text("Errors", "The review date"), optional=True)
        if self.frequency_days is not None and (
            not isinstance(self.frequency_days, int) or not 1 <= self.frequency_days <= 366
        ):
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "The frequency must be a number of days from 1 to 366.")
            )
        if self.length_minutes is not None:
            check_minutes(self.length_minutes, Text("Errors", "The length of a session"))
        if self.reevaluation_every is not None and (
            not isinstance(self.reevaluation_every, int) or not 1 <= self.reevaluation_every <= 100
        ):
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The re-evaluation interval must be a number of sessions from 1 to 100.",
                )
            )
        texts = {name: clean_text(getattr(self, name)) for name in self.TEXT_FIELDS}
        return replace(self, **cast(dict[str, Any], texts))
