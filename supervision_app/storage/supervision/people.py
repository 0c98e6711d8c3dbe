"""The owner's role and name, supervision partners, and their supervision agreements."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.errors import InvalidSupervisionRecord, PartnerNotFound
from supervision_app.core.supervision.model import (
    DEFAULT_REEVALUATION_INTERVAL,
    OWNER_NAME_SETTING,
    OWNER_ROLE_SETTING,
    REEVALUATION_SETTING,
    check_owner_role,
    clean_line,
)
from supervision_app.core.supervision.people import (
    Agreement,
    Partner,
)
from supervision_app.storage.schema.identity import LEGACY_NAME_SETTING
from supervision_app.storage.supervision.common import (
    check_partner,
    iso_date,
    new_uid,
    parse_date,
    parse_ts,
    ts,
)

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

_PARTNER_COLUMNS = "id, uid, link_uid, name, role, active, notes, created_at, updated_at"
_AGREEMENT_FIELDS = (
    "purpose",
    "frequency_days",
    "length_minutes",
    "format",
    "place",
    "cancellation",
    "confidentiality",
    "confidentiality_limits",
    "recording",
    "copies",
    "disagreement",
    "review_date",
    "reevaluation_every",
)
_AGREEMENT_COLUMNS = "id, partner_id, version, agreed_on, created_at, " + ", ".join(
    _AGREEMENT_FIELDS
)


class OwnerSettings:
    """The vault owner's role and name (kept in the vault's settings, never in QSettings)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def role(self) -> str | None:
        """``practitioner``, ``supervisor``, ``both``, or None if not chosen yet."""
        value = self._vault.settings.get(OWNER_ROLE_SETTING)
        return value if isinstance(value, str) else None

    def set_role(self, role: str) -> None:
        self._vault.settings.set(OWNER_ROLE_SETTING, check_owner_role(role))

    def name(self) -> str:
        """ "Your name": the one name the owner signs under and that goes on the CPD portfolio
        cover and exports ("" if not set). A backup restored from before the two were one
        may still hold the CPD ``practitioner_name``: it is read when this is empty."""
        value = self._vault.settings.get(OWNER_NAME_SETTING, "")
        if not (isinstance(value, str) and value):
            value = self._vault.settings.get(LEGACY_NAME_SETTING, "")
        return clean_line(value) if isinstance(value, str) else ""

    def set_name(self, name: str) -> None:
        self._vault.settings.set(OWNER_NAME_SETTING, clean_line(name))

    def reevaluation_interval(self) -> int:
        """Sessions between re-evaluations of a relationship, unless its agreement says."""
        value = self._vault.settings.get(REEVALUATION_SETTING, DEFAULT_REEVALUATION_INTERVAL)
        return value if isinstance(value, int) and value >= 1 else DEFAULT_REEVALUATION_INTERVAL

    def set_reevaluation_interval(self, sessions: int) -> None:
        if not isinstance(sessions, int) or not 1 <= sessions <= 100:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The re-evaluation interval must be a number of sessions from 1 to 100.",
                )
            )
        self._vault.settings.set(REEVALUATION_SETTING, sessions)


def partner_from_row(row: Any) -> Partner:
    return Partner(
        id=row[0],
        uid=row[1],
        link_uid=row[2],
        name=row[3],
        role=row[4],
        active=bool(row[5]),
        notes=row[6],
        created_at=parse_ts(row[7]),
        updated_at=parse_ts(row[8]),
    )


class PartnerRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, partner: Partner) -> Partner:
        partner = partner.validated()
        now = self._vault.clock()
        uid = partner.uid or new_uid()
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO supervision_partners (uid, link_uid, name, role, active, notes,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid,
                    partner.link_uid,
                    partner.name,
                    partner.role,
                    int(partner.active),
                    partner.notes,
                    ts(now),
                    ts(now),
                ),
            )
        return replace(partner, id=int(cur.lastrowid), uid=uid, created_at=now, updated_at=now)

    def update(self, partner: Partner) -> Partner:
        """Change name, role, notes or the active flag (records keep the names they had)."""
        partner_id = partner.id
        if partner_id is None:
            raise ValueError("update() needs a partner with an id")
        partner = partner.validated()
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            cur = conn.execute(
                "UPDATE supervision_partners SET name = ?, role = ?, active = ?, notes = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    partner.name,
                    partner.role,
                    int(partner.active),
                    partner.notes,
                    ts(now),
                    partner.id,
                ),
            )
            if cur.rowcount == 0:
                raise PartnerNotFound(partner.id)
        return self.get(partner_id)

    def set_active(self, partner_id: int, active: bool) -> Partner:
        return self.update(replace(self.get(partner_id), active=active))

    def get(self, partner_id: int) -> Partner:
        row = self._vault.conn.execute(
            f"SELECT {_PARTNER_COLUMNS} FROM supervision_partners WHERE id = ?", (partner_id,)
        ).fetchone()
        if row is None:
            raise PartnerNotFound(partner_id)
        return partner_from_row(row)

    def list(self, *, active_only: bool = False, role: str | None = None) -> list[Partner]:
        """Partners by name; a supervisor lists supervisees, a supervisee supervisors."""
        where, params = ["1"], []
        if active_only:
            where.append("active = 1")
        if role:
            where.append("role = ?")
            params.append(role)
        rows = self._vault.conn.execute(
            f"SELECT {_PARTNER_COLUMNS} FROM supervision_partners WHERE {' AND '.join(where)}"
            " ORDER BY name COLLATE NOCASE, id",
            params,
        ).fetchall()
        return [partner_from_row(r) for r in rows]

    def delete(self, partner_id: int) -> None:
        """Only a partner with no records can be deleted; otherwise mark them inactive."""
        conn = self._vault.conn
        used = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM supervision_sessions WHERE partner_id = ?)"
            " OR EXISTS (SELECT 1 FROM supervision_actions WHERE partner_id = ?)",
            (partner_id, partner_id),
        ).fetchone()[0]
        if used:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This partner has supervision records, so they cannot be deleted; mark "
                    "them as no longer active instead.",
                )
            )
        with self._vault.transaction() as conn:
            if (
                conn.execute(
                    "DELETE FROM supervision_partners WHERE id = ?", (partner_id,)
                ).rowcount
                == 0
            ):
                raise PartnerNotFound(partner_id)


def agreement_from_row(row: Any) -> Agreement:
    values = dict(zip(_AGREEMENT_FIELDS, row[5:], strict=True))
    values["review_date"] = parse_date(values["review_date"])
    return Agreement(
        id=row[0],
        partner_id=row[1],
        version=row[2],
        agreed_on=dt.date.fromisoformat(row[3]),
        created_at=parse_ts(row[4]),
        **values,
    )


class AgreementRepository:
    """Versioned supervision agreements: saving adds a version, earlier ones stay."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, agreement: Agreement) -> Agreement:
        agreement = agreement.validated()
        now = self._vault.clock()
        values = [getattr(agreement, name) for name in _AGREEMENT_FIELDS]
        values[_AGREEMENT_FIELDS.index("review_date")] = iso_date(agreement.review_date)
        with self._vault.transaction() as conn:
            check_partner(conn, agreement.partner_id)
            version = conn.execute(
                "SELECT coalesce(max(version), 0) + 1 FROM supervision_agreements"
                " WHERE partner_id = ?",
                (agreement.partner_id,),
            ).fetchone()[0]
            cur = conn.execute(
                f"INSERT INTO supervision_agreements (partner_id, version, agreed_on, created_at,"
                f" {', '.join(_AGREEMENT_FIELDS)})"
                f" VALUES (?, ?, ?, ?, {', '.join('?' * len(_AGREEMENT_FIELDS))})",
                (agreement.partner_id, version, agreement.agreed_on.isoformat(), ts(now), *values),
            )
        return replace(agreement, id=int(cur.lastrowid), version=int(version), created_at=now)

    def current(self, partner_id: int) -> Agreement | None:
        row = self._vault.conn.execute(
            f"SELECT {_AGREEMENT_COLUMNS} FROM supervision_agreements WHERE partner_id = ?"
            " ORDER BY version DESC LIMIT 1",
            (partner_id,),
        ).fetchone()
        return None if row is None else agreement_from_row(row)

    def versions(self, partner_id: int) -> list[Agreement]:
        """Every version, newest first: the history of the agreement."""
        rows = self._vault.conn.execute(
            f"SELECT {_AGREEMENT_COLUMNS} FROM supervision_agreements WHERE partner_id = ?"
            " ORDER BY version DESC",
            (partner_id,),
        ).fetchall()
        return [agreement_from_row(r) for r in rows]
