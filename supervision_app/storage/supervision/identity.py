"""This journal's signing key, partners' pinned keys, and the proofs of sign-offs.

The private key is read only here and by the exchange writer, and never leaves the vault.
A signature's status is worked out when it is shown, by checking its proof again against
the record as it is now: a proof that no longer matches counts as a typed name.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.codec import session_to_dict
from supervision_app.core.supervision.errors import ExchangeError
from supervision_app.core.supervision.model import Addendum, SessionRecord, Signature
from supervision_app.core.supervision.signing import (
    MADE_HERE,
    TYPED,
    VERIFIED,
    Proof,
    addendum_content_sha256,
    fingerprint_of,
    make_proof,
    proof_holds,
    record_content_sha256,
)
from supervision_app.storage.schema.identity import create_identity
from supervision_app.storage.supervision.common import ts

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault


class IdentityRepository:
    """The journal's own key pair (made by the schema migration, or here if missing)."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def _row(self) -> tuple[bytes, bytes]:
        row = self._vault.conn.execute(
            "SELECT private_key, public_key FROM vault_identity WHERE id = 1"
        ).fetchone()
        if row is None:  # e.g. restored from a backup, which never holds the key
            with self._vault.transaction() as conn:
                create_identity(conn)
            return self._row()
        return bytes(row[0]), bytes(row[1])

    def private_key(self) -> bytes:
        return self._row()[0]

    def public_key(self) -> bytes:
        return self._row()[1]

    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key())

    def created_at(self) -> str:
        self._row()
        return str(self._vault.conn.execute("SELECT created_at FROM vault_identity").fetchone()[0])


# -- partners' keys --------------------------------------------------------------------------------


def partner_key(conn: Any, partner_id: int) -> bytes | None:
    row = conn.execute(
        "SELECT public_key FROM supervision_partners WHERE id = ?", (partner_id,)
    ).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def pin_partner_key(conn: Any, partner_id: int, key: bytes, at: dt.datetime) -> None:
    """Remember a partner's key; a different key already pinned is never replaced here."""
    pinned = partner_key(conn, partner_id)
    if pinned is not None and pinned != key:
        raise ExchangeError.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "This partner's key is already pinned; nothing was imported."
            )
        )
    conn.execute(
        "UPDATE supervision_partners SET public_key = ?, key_pinned_at = ?"
        " WHERE id = ? AND public_key IS NULL",
        (key, ts(at), partner_id),
    )


def forget_partner_key(vault: Vault, partner_id: int) -> None:
    """Unpin a partner's key (they have a new journal, or one restored from a backup): their
    next file asks for its fingerprint to be compared again."""
    from supervision_app.core.supervision.errors import PartnerNotFound

    with vault.transaction() as conn:
        cur = conn.execute(
            "UPDATE supervision_partners SET public_key = NULL, key_pinned_at = NULL WHERE id = ?",
            (partner_id,),
        )
        if cur.rowcount == 0:
            raise PartnerNotFound(partner_id)


def partner_fingerprint(conn: Any, partner_id: int) -> str | None:
    key = partner_key(conn, partner_id)
    return None if key is None else fingerprint_of(key)


# -- proofs ----------------------------------------------------------------------------------------


def insert_proof(conn: Any, signature_id: int, proof: Proof) -> None:
    conn.execute(
        "INSERT INTO supervision_signature_proofs (signature_id, name, signed_at,"
        " content_sha256, public_key, signature) VALUES (?, ?, ?, ?, ?, ?)",
        (
            signature_id,
            proof.name,
            proof.signed_at,
            proof.content_sha256,
            proof.public_key,
            proof.signature,
        ),
    )


def proof_from_row(row: Any) -> Proof | None:
    """From (name, signed_at, content_sha256, public_key, signature) of a LEFT JOIN."""
    if row[0] is None:
        return None
    return Proof(row[0], row[1], row[2], bytes(row[3]), bytes(row[4]))


def record_sha256(record: SessionRecord) -> str:
    return record_content_sha256(session_to_dict(record))


def addendum_sha256(record: SessionRecord, addendum: Addendum) -> str:
    data = session_to_dict(record)
    item = next(a for a in data["addenda"] if a["uid"] == addendum.uid)
    return addendum_content_sha256(record_content_sha256(data), item)


def sign_here(
    vault: Vault, record: SessionRecord, addendum: Addendum | None, name: str, at: dt.datetime
) -> Proof:
    """A proof of the owner's sign-off, made with this journal's key."""
    if addendum is None:
        content = record_sha256(record)
    else:
        content = addendum_sha256(record, addendum)
    return make_proof(
        IdentityRepository(vault).private_key(),
        record.uid,
        None if addendum is None else addendum.uid,
        content,
        name,
        ts(at),
    )


def signature_status(
    signature: Signature,
    record_uid: str,
    addendum_uid: str | None,
    content_sha256: str,
    own_key: bytes,
) -> str:
    """MADE_HERE, VERIFIED or TYPED (see ``core/supervision/signing.py``).

    A partner's proof is only ever stored after it was checked against the key confirmed
    for them at the time (the import strips any other), so one that still holds over this
    content is verified, even if they have a new key since.
    """
    proof = signature.proof
    if proof is None or not proof_holds(proof, record_uid, addendum_uid, content_sha256):
        return TYPED
    if signature.party == "owner":
        return MADE_HERE if proof.public_key == own_key else TYPED
    return VERIFIED


def statuses(
    vault: Vault, record: SessionRecord
) -> dict[tuple[str | None, str], tuple[Signature, str]]:
    """Every signature of a record and its addenda with its status, keyed by
    (addendum uid or None, party)."""
    own = IdentityRepository(vault).public_key()
    data = session_to_dict(record)
    content = record_content_sha256(data)
    found: dict[tuple[str | None, str], tuple[Signature, str]] = {}
    for s in record.signatures:
        found[(None, s.party)] = (s, signature_status(s, record.uid, None, content, own))
    for addendum, item in zip(record.addenda, data["addenda"], strict=True):
        a_content = addendum_content_sha256(content, item)
        for s in addendum.signatures:
            status = signature_status(s, record.uid, addendum.uid, a_content, own)
            found[(addendum.uid, s.party)] = (s, status)
    return found
