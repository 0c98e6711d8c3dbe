"""Exchange files: signed supervision records passed between two people's vaults.

An exchange file is a small SQLCipher 4 database (SQLCipher's default settings, the same key
mechanism as the vault) keyed with a one-time passphrase that the exporter passes on by
another channel. It holds two tables of one row each: ``exchange_manifest`` (JSON: format,
version, the exporting app's version, record uids and the SHA-256 of the payload) and
``exchange_payload`` (canonical JSON: the relationship and the records). Nothing is ever
written unencrypted: the file is built under a temporary name in the destination folder,
with its journal in memory, and renamed into place.

From format version 2 the file is signed by the sender's journal key (its container is in
:mod:`.exchange_file`), and every sign-off in it carries its proof. Importing checks the
passphrase, every page's HMAC (``PRAGMA quick_check``), that nothing was appended, the
signature, the manifest and the checksum, and every record, before anything is written;
then writes everything in one transaction (:mod:`.exchange_import`). A version 1 file is
still read, as unverified.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supervision_app import APP_NAME, __version__
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.codec import session_from_dict, session_to_dict, swap_parties
from supervision_app.core.supervision.errors import (
    ExchangeError,
    ExchangeFileDamaged,
    InvalidSupervisionRecord,
    NotSigned,
)
from supervision_app.core.supervision.model import INVERSE_ROLE, SessionRecord
from supervision_app.core.supervision.rules import (
    canonical_json,
    generate_one_time_passphrase,
    normalise_one_time_passphrase,
    sha256_hex,
)
from supervision_app.core.supervision.signing import (
    b64,
    file_message,
    fingerprint_of,
    sign_bytes,
    unb64,
    verify_bytes,
)
from supervision_app.storage.supervision.common import ts
from supervision_app.storage.supervision.exchange_file import (
    EXCHANGE_APPLICATION_ID,
    read_container,
    write_container,
)
from supervision_app.storage.supervision.identity import IdentityRepository

if TYPE_CHECKING:
    from supervision_app.storage.supervision.exchange_import import ImportResult
    from supervision_app.storage.vault import Vault

__all__ = [
    "EXCHANGE_APPLICATION_ID",
    "EXCHANGE_FORMAT",
    "EXCHANGE_VERSION",
    "ExchangeContents",
    "ExportResult",
    "export_partner_history",
    "export_session",
    "import_exchange_file",
    "read_exchange_file",
    "write_container",
]

EXCHANGE_FORMAT = "supervision-journal-exchange"
#: 2: signed by the sender's key, with per-signature proofs. 1: unsigned (still imported).
EXCHANGE_VERSION = 2
SUFFIX = ".sjexchange"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: The one-time passphrase to pass on by another channel (never with the file).
    passphrase: str
    session_ids: tuple[int, ...]
    record_uids: tuple[str, ...]


@dataclass(frozen=True)
class ExchangeContents:
    """A verified exchange file, read but not yet imported (e.g. for a preview)."""

    manifest: dict[str, Any]
    relationship: dict[str, Any]
    #: The records from the importer's point of view (owner and partner swapped).
    records: tuple[SessionRecord, ...]
    #: The same as plain data, as the importer will store them.
    data: tuple[dict[str, Any], ...]
    payload_sha256: str
    #: The sender's public key, checked against the file's signature; None for an unsigned
    #: file of format version 1 (imported as unverified).
    signer_key: bytes | None = None

    @property
    def exported_by(self) -> str:
        return str(self.relationship.get("exporter_name", ""))

    @property
    def signed(self) -> bool:
        return self.signer_key is not None

    @property
    def signer_fingerprint(self) -> str | None:
        return None if self.signer_key is None else fingerprint_of(self.signer_key)


# -- export ----------------------------------------------------------------------------------------


def export_session(
    vault: Vault,
    session_id: int,
    path: Path | str,
    passphrase: str | None = None,
    *,
    overwrite: bool = False,
) -> ExportResult:
    """Write one record signed by both parties to an exchange file."""
    from supervision_app.storage.supervision.repository import SupervisionRepository

    sessions = SupervisionRepository(vault).sessions
    record = sessions.get(session_id)
    if not record.is_locked:
        raise NotSigned.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "Only a record signed by both of you can be exported for your partner."
            )
        )
    return _export(vault, record.partner_id, [record], "session", Path(path), passphrase, overwrite)


def export_partner_history(
    vault: Vault,
    partner_id: int,
    path: Path | str,
    passphrase: str | None = None,
    *,
    overwrite: bool = False,
) -> ExportResult:
    """Write every signed record with one partner (oldest first) to an exchange file.

    Records not yet signed by both are left out.
    """
    from supervision_app.storage.supervision.repository import SupervisionRepository

    repo = SupervisionRepository(vault)
    partner = repo.partners.get(partner_id)
    summaries = [s for s in repo.sessions.summaries(partner_id, limit=1_000_000) if s.is_locked]
    if not summaries:
        raise NotSigned.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "There are no records signed by both you and {name} to export."
            ),
            name=partner.name,
        )
    records = [repo.sessions.get(s.id) for s in reversed(summaries)]
    return _export(vault, partner_id, records, "history", Path(path), passphrase, overwrite)


def _export(
    vault: Vault,
    partner_id: int,
    records: Sequence[SessionRecord],
    kind: str,
    path: Path,
    passphrase: str | None,
    overwrite: bool,
) -> ExportResult:
    from supervision_app.storage.supervision.repository import SupervisionRepository

    repo = SupervisionRepository(vault)
    partner = repo.partners.get(partner_id)
    key = normalise_one_time_passphrase(passphrase or generate_one_time_passphrase())
    owner_name = repo.owner.name() or next(
        (s.name for s in records[0].signatures if s.party == "owner"), "Your partner"
    )
    payload = {
        "relationship": {
            "exporter_name": owner_name,
            "exporter_role": INVERSE_ROLE[partner.role],
            "exporter_partner_uid": partner.uid,
            "exporter_partner_link_uid": partner.link_uid,
            "recipient_name": partner.name,
        },
        "sessions": [session_to_dict(r) for r in records],
    }
    payload_text = canonical_json(payload)
    uids = tuple(r.uid for r in records)
    identity = IdentityRepository(vault)
    manifest = {
        "format": EXCHANGE_FORMAT,
        "version": EXCHANGE_VERSION,
        "app": APP_NAME,
        "app_version": __version__,
        "kind": kind,
        "created_at": ts(vault.clock()),
        "exported_by": owner_name,
        "record_uids": list(uids),
        "record_count": len(uids),
        "payload_sha256": sha256_hex(payload_text),
        "signer_public_key": b64(identity.public_key()),
    }
    manifest_text = canonical_json(manifest)
    signature = sign_bytes(identity.private_key(), file_message(manifest_text))
    write_container(
        path, key, manifest_text, payload_text, overwrite=overwrite, signature=signature
    )
    return ExportResult(path, key, tuple(r.id for r in records if r.id is not None), uids)


# -- reading ---------------------------------------------------------------------------------------


def read_exchange_file(path: Path | str, passphrase: str) -> ExchangeContents:
    """Open and verify an exchange file without importing it.

    Raises :class:`ExchangeWrongPassphrase`, :class:`ExchangeFileDamaged` (tampered,
    truncated, not an exchange file, checksum or records invalid) or :class:`ExchangeError`.
    """
    key = normalise_one_time_passphrase(passphrase)
    container = read_container(Path(path), key)
    manifest_text, payload_text = container.manifest, container.payload
    try:
        manifest = json.loads(manifest_text)
        payload = json.loads(payload_text)
    except (TypeError, ValueError):
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "its contents are not readable")
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != EXCHANGE_FORMAT:
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "it is not a supervision exchange file")
        )
    version = manifest.get("version")
    if not isinstance(version, int) or version > EXCHANGE_VERSION:
        raise ExchangeError.marked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This exchange file was written by a newer version of the app; please update the "
                "app.",
            )
        )
    signer_key = _check_signature(manifest, manifest_text, version, container.signature)
    if manifest.get("payload_sha256") != sha256_hex(payload_text):
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "its checksum does not match its contents")
        )
    try:
        relationship = payload["relationship"]
        sessions = payload["sessions"]
        if [s["uid"] for s in sessions] != manifest["record_uids"] or not sessions:
            raise ExchangeFileDamaged(
                QT_TRANSLATE_NOOP("Errors", "its list of records does not match its contents")
            )
        data = tuple(swap_parties(s) for s in sessions)
        records = tuple(session_from_dict(d, 0) for d in data)
        for key_name in ("exporter_name", "exporter_role", "exporter_partner_uid"):
            if not isinstance(relationship[key_name], str) or not relationship[key_name]:
                raise ExchangeFileDamaged(
                    QT_TRANSLATE_NOOP("Errors", "it does not say who exported it")
                )
    except (KeyError, TypeError, AttributeError, InvalidSupervisionRecord):
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "a record in it is not valid")
        ) from None
    if relationship["exporter_role"] not in INVERSE_ROLE:
        raise ExchangeFileDamaged(QT_TRANSLATE_NOOP("Errors", "it does not say who exported it"))
    if len({r.uid for r in records}) != len(records):
        raise ExchangeFileDamaged(QT_TRANSLATE_NOOP("Errors", "a record appears in it twice"))
    if any(not r.is_locked or len(r.signatures) != 2 for r in records):
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "a record in it is not signed by both parties")
        )
    return ExchangeContents(
        manifest, relationship, records, data, manifest["payload_sha256"], signer_key
    )


def _check_signature(
    manifest: dict[str, Any], manifest_text: str, version: int, signature: bytes | None
) -> bytes | None:
    """The sender's key if the file is signed by it; None for an unsigned version 1 file."""
    if version < 2 and signature is None and "signer_public_key" not in manifest:
        return None
    if signature is None:
        raise ExchangeFileDamaged(QT_TRANSLATE_NOOP("Errors", "it is not signed"))
    try:
        key = unb64(manifest["signer_public_key"])
    except (KeyError, ValueError):
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "it does not say whose key signed it")
        ) from None
    if not verify_bytes(key, signature, file_message(manifest_text)):
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "its signature does not match its contents")
        )
    return key


def import_exchange_file(
    vault: Vault,
    path: Path | str,
    passphrase: str,
    *,
    partner_id: int | None = None,
    trust_fingerprint: str | None = None,
) -> ImportResult:
    """Verify an exchange file and import its records into ``vault`` (all or nothing).

    The exporter becomes (or is matched to) a partner: the partner who exchanged with them
    before, else ``partner_id`` if given, else a new partner named as the exporter signed.
    The first signed file from a partner needs ``trust_fingerprint`` (the key's fingerprint
    as the partner read it out), else :class:`ExchangeKeyNotConfirmed` is raised.
    """
    from supervision_app.storage.supervision.exchange_import import import_contents

    return import_contents(
        vault,
        read_exchange_file(path, passphrase),
        partner_id=partner_id,
        trust_fingerprint=trust_fingerprint,
    )
