"""Who sent an exchange file, and whether its key may be trusted (read only).

The sender is matched to a partner (by the link their earlier files left, a record the
journal holds, the partner the user chose, or a new partner). A partner with a pinned key
must sign with it; the first signed file from a partner needs its fingerprint confirmed by
the user (``trust``); an unsigned file, or a new key claiming the name of a partner whose
key is pinned, is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.errors import (
    ExchangeConflict,
    ExchangeDuplicate,
    ExchangeKeyNotConfirmed,
    ExchangeKeyRefused,
    PartnerNotFound,
)
from supervision_app.core.supervision.model import clean_line
from supervision_app.core.supervision.people import Partner
from supervision_app.core.supervision.signing import fingerprint_of, same_fingerprint
from supervision_app.storage.supervision.identity import IdentityRepository, partner_key

if TYPE_CHECKING:
    from supervision_app.storage.supervision.exchange import ExchangeContents
    from supervision_app.storage.vault import Vault


@dataclass(frozen=True)
class PartnerMatch:
    """The partner an exchange file comes from: an existing one (``partner_id``, perhaps
    learning ``link_uid``, their journal's id for the relationship) or ``new_partner``."""

    partner_id: int | None
    new_partner: Partner | None = None
    link_uid: str | None = None


def find_partner(
    conn: Any, contents: ExchangeContents, partner_id: int | None, present: int | None
) -> PartnerMatch:
    """``present``: the partner of a record in the file that the journal already holds."""
    rel = contents.relationship
    row = conn.execute(
        "SELECT id, role, link_uid FROM supervision_partners WHERE link_uid = ? OR uid = ?"
        " ORDER BY id LIMIT 1",
        (rel["exporter_partner_uid"], rel.get("exporter_partner_link_uid") or ""),
    ).fetchone()
    role = rel["exporter_role"]
    if row is not None:
        if partner_id is not None and partner_id != row[0]:
            raise ExchangeConflict.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file comes from {exporter_name}, who is already a different partner in "
                    "your journal; nothing was imported.",
                ),
                exporter_name=rel["exporter_name"],
            )
        return PartnerMatch(row[0], link_uid=None if row[2] else rel["exporter_partner_uid"])
    if present is not None:
        return PartnerMatch(present)
    if partner_id is not None:
        chosen = conn.execute(
            "SELECT role, link_uid FROM supervision_partners WHERE id = ?", (partner_id,)
        ).fetchone()
        if chosen is None:
            raise PartnerNotFound(partner_id)
        if chosen[0] != role:
            raise ExchangeConflict.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{exporter_name} exported these records as your {role}, but the partner you "
                    "chose is recorded as your {chosen}; nothing was imported.",
                ),
                exporter_name=rel["exporter_name"],
                role=role,
                chosen=chosen[0],
            )
        if chosen[1] and chosen[1] != rel["exporter_partner_uid"]:
            raise ExchangeConflict.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The partner you chose has exchanged records from another journal; nothing "
                    "was imported.",
                )
            )
        return PartnerMatch(partner_id, link_uid=rel["exporter_partner_uid"])
    name = clean_line(rel["exporter_name"])
    namesake = conn.execute(
        "SELECT name FROM supervision_partners WHERE public_key IS NOT NULL"
        " AND lower(name) = lower(?) LIMIT 1",
        (name,),
    ).fetchone()
    if namesake is not None:
        raise ExchangeKeyRefused.marked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file says it comes from {name}, but it is not signed with the key you "
                "confirmed for {namesake}; it may have been made by someone else. Nothing was "
                "imported.",
            ),
            name=name,
            namesake=namesake[0],
        )
    partner = Partner(name=name, role=role, link_uid=rel["exporter_partner_uid"])
    return PartnerMatch(None, new_partner=partner.validated())


def check_key(
    vault: Vault, partner_id: int | None, contents: ExchangeContents, trust: str | None
) -> bytes | None:
    """The key to pin for the partner (None: nothing to pin); raises if it is refused or
    not confirmed (``trust``: the fingerprint the user compared)."""
    conn = vault.conn
    name = clean_line(contents.exported_by) or "your partner"
    pinned = None if partner_id is None else partner_key(conn, partner_id)
    if partner_id is not None:
        name = conn.execute(
            "SELECT name FROM supervision_partners WHERE id = ?", (partner_id,)
        ).fetchone()[0]
    key = contents.signer_key
    if key is not None and key == IdentityRepository(vault).public_key():
        raise ExchangeDuplicate()  # the importer's own export: everything is already here
    if key is None:
        if pinned is not None:
            raise ExchangeKeyRefused.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file is not signed, but {name}'s files are signed with the key you "
                    "confirmed; it may have been made by someone else. Nothing was imported.",
                ),
                name=name,
            )
        return None
    if pinned is not None:
        if pinned != key:
            raise ExchangeKeyRefused.marked(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file is signed with a different key ({key}) from the one you confirmed "
                    "for {name} ({pinned}); it may have been made by someone else. Nothing was "
                    "imported. If they really have a new key (a new or restored journal), forget "
                    "the old one under Partners and agreements, then compare the new fingerprint "
                    "with them.",
                ),
                key=fingerprint_of(key),
                name=name,
                pinned=fingerprint_of(pinned),
            )
        return None
    if trust is None or not same_fingerprint(trust, fingerprint_of(key)):
        raise ExchangeKeyNotConfirmed(name, fingerprint_of(key), trust)
    return key
