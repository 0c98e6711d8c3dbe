"""Supervision in the vault: one object that gathers the supervision repositories.

``SupervisionRepository(vault)`` (attached as ``vault.supervision``) has:

* ``owner``       the owner's role, name and re-evaluation interval (vault settings)
* ``partners``    supervision partners (add, update, set_active, list, delete)
* ``agreements``  versioned agreements per partner (save, current, versions)
* ``sessions``    session records (draft, create, save, get, for_entry, list, re-evaluation)
* ``signoff``     sign, withdraw, addenda and their sign-off, a record's history
* ``actions``     the actions view, carry-forward candidates, status history, set_status
* ``peer``        peer reflections (add, update, get, for_entry, list)
* ``identity``    this journal's signing key and its fingerprint
* ``proposals``   what exchange files proposed in the owner's name (list, accept, reject)

and :meth:`SupervisionRepository.reminders`. Exchange files are in
:mod:`supervision_app.storage.supervision.exchange`; a dump of everything for full-vault exports is
:func:`all_supervision_data`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from supervision_app.core.supervision.rules import PartnerSchedule, Reminder, compute_reminders
from supervision_app.storage.supervision.actions import ActionRepository
from supervision_app.storage.supervision.common import parse_date
from supervision_app.storage.supervision.data import all_supervision_data, restore_supervision_data
from supervision_app.storage.supervision.identity import IdentityRepository
from supervision_app.storage.supervision.peer import PeerReflectionRepository
from supervision_app.storage.supervision.people import (
    AgreementRepository,
    OwnerSettings,
    PartnerRepository,
)
from supervision_app.storage.supervision.proposals import ProposalRepository
from supervision_app.storage.supervision.sessions import SessionRepository
from supervision_app.storage.supervision.signoff import SignOffRepository

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["SupervisionRepository", "all_supervision_data", "restore_supervision_data"]


class SupervisionRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.owner = OwnerSettings(vault)
        self.partners = PartnerRepository(vault)
        self.agreements = AgreementRepository(vault)
        self.sessions = SessionRepository(vault)
        self.signoff = SignOffRepository(vault, self.sessions)
        self.actions = ActionRepository(vault)
        self.peer = PeerReflectionRepository(vault)
        self.identity = IdentityRepository(vault)
        self.proposals = ProposalRepository(vault)

    def schedules(self) -> list[PartnerSchedule]:
        """For each active partner: the current agreement's dates and the last session."""
        rows = self._vault.conn.execute(
            """
            WITH current AS (
                SELECT a.partner_id, a.agreed_on, a.review_date, a.frequency_days
                FROM supervision_agreements a
                WHERE a.version = (SELECT max(b.version) FROM supervision_agreements b
                                   WHERE b.partner_id = a.partner_id)
            ), last AS (
                SELECT s.partner_id, max(s.session_date) AS last_session
                FROM supervision_sessions s JOIN entries e ON e.id = s.entry_id
                WHERE e.deleted_at IS NULL GROUP BY s.partner_id
            )
            SELECT p.id, p.name, c.agreed_on, c.review_date, c.frequency_days, l.last_session
            FROM supervision_partners p
            LEFT JOIN current c ON c.partner_id = p.id
            LEFT JOIN last l ON l.partner_id = p.id
            WHERE p.active = 1 ORDER BY p.name COLLATE NOCASE, p.id
            """
        ).fetchall()
        return [
            PartnerSchedule(
                partner_id=r[0],
                partner_name=r[1],
                agreed_on=parse_date(r[2]),
                review_date=parse_date(r[3]),
                frequency_days=r[4],
                last_session=parse_date(r[5]),
            )
            for r in rows
        ]

    def reminders(self, today: dt.date) -> list[Reminder]:
        """Agreement reviews that are past due and sessions overdue against the agreed
        frequency, for active partners, earliest first."""
        return compute_reminders(self.schedules(), today)
