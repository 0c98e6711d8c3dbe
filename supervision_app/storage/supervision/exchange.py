"""Exchange files: signed supervision records passed between two people's vaults.

An exchange file is a small SQLCipher 4 database (SQLCipher's default settings, the same key
mechanism as the vault) keyed with a one-time passphrase that the exporter passes on by
another channel. It holds two tables of one row each: ``exchange_manifest`` (JSON: format,
version, the exporting app's version, record uids and the SHA-256 of the payload) and
``exchange_payload`` (canonical JSON: the relationship and the records). Nothing is ever
written unencrypted: the file is built under a temporary name in the destination folder,
with its journal in memory, and renamed into place.

Importing checks the passphrase, every page's HMAC (``PRAGMA quick_check``), the manifest
and the checksum, and every record, before anything is written; then writes everything in
one transaction (:mod:`.exchange_import`).
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app import APP_NAME, __version__
from supervision_app.core.supervision.codec import session_from_dict, session_to_dict, swap_parties
from supervision_app.core.supervision.errors import (
    ExchangeError,
    ExchangeFileDamaged,
    ExchangeWrongPassphrase,
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
from supervision_app.storage.keying import apply_key
from supervision_app.storage.supervision.common import ts

if TYPE_CHECKING:
    from supervision_app.storage.supervision.exchange_import import ImportResult
    from supervision_app.storage.vault import Vault

EXCHANGE_FORMAT = "supervision-journal-exchange"
EXCHANGE_VERSION = 1
#: "SJXE": marks exchange files apart from vaults and other SQLCipher databases.
EXCHANGE_APPLICATION_ID = 0x534A5845
SUFFIX = ".sjexchange"
_PLAINTEXT_HEADER = b"SQLite format 3\x00"


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

    @property
    def exported_by(self) -> str:
        return str(self.relationship.get("exporter_name", ""))


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
        raise NotSigned("Only a record signed by both of you can be exported for your partner.")
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
        raise NotSigned(f"There are no records signed by both you and {partner.name} to export.")
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
    }
    write_container(path, key, canonical_json(manifest), payload_text, overwrite=overwrite)
    return ExportResult(path, key, tuple(r.id for r in records if r.id is not None), uids)


def write_container(
    path: Path, key: str, manifest: str, payload: str, *, overwrite: bool = False
) -> None:
    """Build the encrypted file under a temporary name beside ``path``, then rename it."""
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise ExchangeError(f"The folder {path.parent} does not exist.")
    if path.exists() and not overwrite:
        raise ExchangeError(f"A file already exists at {path}; choose another name.")
    temp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = sqlcipher.connect(str(temp), isolation_level=None)
        try:
            apply_key(conn, key)
            conn.execute(f"PRAGMA application_id = {EXCHANGE_APPLICATION_ID}")
            # No journal file beside it: the journal stays in memory, as do temporary tables.
            conn.execute("PRAGMA journal_mode = MEMORY").fetchone()
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("BEGIN")
            conn.execute("CREATE TABLE exchange_manifest (manifest TEXT NOT NULL)")
            conn.execute("CREATE TABLE exchange_payload (payload TEXT NOT NULL)")
            conn.execute("INSERT INTO exchange_manifest VALUES (?)", (manifest,))
            conn.execute("INSERT INTO exchange_payload VALUES (?)", (payload,))
            conn.execute("COMMIT")
        finally:
            conn.close()
        with temp.open("rb+") as handle:
            if handle.read(16) == _PLAINTEXT_HEADER:  # never happens with a key; never ship it
                raise ExchangeError(
                    "The exchange file could not be encrypted; nothing was written."
                )
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            temp.unlink()
        raise
    if os.name == "posix":
        with suppress(OSError):
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


# -- reading ---------------------------------------------------------------------------------------


def _read_container(path: Path, key: str) -> tuple[str, str]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise ExchangeError(f"There is no file at {path}.")
    size = path.stat().st_size
    if size == 0 or size % 512:
        raise ExchangeFileDamaged("it is incomplete or is not an exchange file")
    with path.open("rb") as handle:
        if handle.read(16) == _PLAINTEXT_HEADER:
            raise ExchangeFileDamaged("it is not encrypted, so it is not an exchange file")
    conn = sqlcipher.connect(path.absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        apply_key(conn, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            # A wrong key (or a changed first page) fails the first page's HMAC: "not a
            # database"; a file cut short is "malformed" even with the right key.
            if "not a database" in str(error):
                raise ExchangeWrongPassphrase() from None
            raise ExchangeFileDamaged() from None
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != EXCHANGE_APPLICATION_ID:
                raise ExchangeFileDamaged("it is not a supervision exchange file")
            # Reads every page, so SQLCipher checks every page's HMAC.
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ExchangeFileDamaged()
            manifest = conn.execute("SELECT manifest FROM exchange_manifest").fetchall()
            payload = conn.execute("SELECT payload FROM exchange_payload").fetchall()
        except sqlcipher.DatabaseError:
            raise ExchangeFileDamaged() from None
    finally:
        conn.close()
    if len(manifest) != 1 or len(payload) != 1:
        raise ExchangeFileDamaged()
    return manifest[0][0], payload[0][0]


def read_exchange_file(path: Path | str, passphrase: str) -> ExchangeContents:
    """Open and verify an exchange file without importing it.

    Raises :class:`ExchangeWrongPassphrase`, :class:`ExchangeFileDamaged` (tampered,
    truncated, not an exchange file, checksum or records invalid) or :class:`ExchangeError`.
    """
    key = normalise_one_time_passphrase(passphrase)
    manifest_text, payload_text = _read_container(Path(path), key)
    try:
        manifest = json.loads(manifest_text)
        payload = json.loads(payload_text)
    except (TypeError, ValueError):
        raise ExchangeFileDamaged("its contents are not readable") from None
    if not isinstance(manifest, dict) or manifest.get("format") != EXCHANGE_FORMAT:
        raise ExchangeFileDamaged("it is not a supervision exchange file")
    version = manifest.get("version")
    if not isinstance(version, int) or version > EXCHANGE_VERSION:
        raise ExchangeError(
            "This exchange file was written by a newer version of the app; please update the app."
        )
    if manifest.get("payload_sha256") != sha256_hex(payload_text):
        raise ExchangeFileDamaged("its checksum does not match its contents")
    try:
        relationship = payload["relationship"]
        sessions = payload["sessions"]
        if [s["uid"] for s in sessions] != manifest["record_uids"] or not sessions:
            raise ExchangeFileDamaged("its list of records does not match its contents")
        data = tuple(swap_parties(s) for s in sessions)
        records = tuple(session_from_dict(d, 0) for d in data)
        for key_name in ("exporter_name", "exporter_role", "exporter_partner_uid"):
            if not isinstance(relationship[key_name], str) or not relationship[key_name]:
                raise ExchangeFileDamaged("it does not say who exported it")
    except (KeyError, TypeError, AttributeError, InvalidSupervisionRecord):
        raise ExchangeFileDamaged("a record in it is not valid") from None
    if relationship["exporter_role"] not in INVERSE_ROLE:
        raise ExchangeFileDamaged("it does not say who exported it")
    if len({r.uid for r in records}) != len(records):
        raise ExchangeFileDamaged("a record appears in it twice")
    if any(not r.is_locked or len(r.signatures) != 2 for r in records):
        raise ExchangeFileDamaged("a record in it is not signed by both parties")
    return ExchangeContents(manifest, relationship, records, data, manifest["payload_sha256"])


def import_exchange_file(
    vault: Vault, path: Path | str, passphrase: str, *, partner_id: int | None = None
) -> ImportResult:
    """Verify an exchange file and import its records into ``vault`` (all or nothing).

    The exporter becomes (or is matched to) a partner: the partner who exchanged with them
    before, else ``partner_id`` if given, else a new partner named as the exporter signed.
    """
    from supervision_app.storage.supervision.exchange_import import import_contents

    return import_contents(vault, read_exchange_file(path, passphrase), partner_id=partner_id)
