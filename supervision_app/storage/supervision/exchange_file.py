"""The exchange file's container: a small SQLCipher database under a one-time passphrase.

Tables of one row each: ``exchange_manifest`` (JSON), ``exchange_payload`` (canonical JSON)
and, from format version 2, ``exchange_signature`` (the sender's Ed25519 signature over the
manifest, which names the payload's SHA-256 and the sender's public key). SQLCipher's page
HMACs are keyed from the passphrase, which the partner (and anyone they told) knows, so
they prove nothing about who wrote the file: the signature does. SQLite ignores pages past
the size its header records, so a file longer than its pages is refused too.
"""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.errors import (
    ExchangeError,
    ExchangeFileDamaged,
    ExchangeWrongPassphrase,
)
from supervision_app.storage.keying import apply_key

#: "SJXE": marks exchange files apart from vaults and other SQLCipher databases.
EXCHANGE_APPLICATION_ID = 0x534A5845
_PLAINTEXT_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Container:
    manifest: str
    payload: str
    #: None in files written before format version 2 (unsigned).
    signature: bytes | None


def write_container(
    path: Path,
    key: str,
    manifest: str,
    payload: str,
    *,
    overwrite: bool = False,
    signature: bytes | None = None,
) -> None:
    """Build the encrypted file under a temporary name beside ``path``, then rename it."""
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise ExchangeError.marked(
            QT_TRANSLATE_NOOP("Errors", "The folder {parent} does not exist."), parent=path.parent
        )
    if path.exists() and not overwrite:
        raise ExchangeError.marked(
            QT_TRANSLATE_NOOP("Errors", "A file already exists at {path}; choose another name."),
            path=path,
        )
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
            if signature is not None:
                conn.execute("CREATE TABLE exchange_signature (signature BLOB NOT NULL)")
                conn.execute("INSERT INTO exchange_signature VALUES (?)", (signature,))
            conn.execute("COMMIT")
        finally:
            conn.close()
        with temp.open("rb+") as handle:
            if handle.read(16) == _PLAINTEXT_HEADER:  # never happens with a key; never ship it
                raise ExchangeError.marked(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The exchange file could not be encrypted; nothing was written."
                    )
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


def read_container(path: Path, key: str) -> Container:
    path = Path(path).expanduser()
    if not path.is_file():
        raise ExchangeError.marked(
            QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path=path
        )
    size = path.stat().st_size
    if size == 0 or size % 512:
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "it is incomplete or is not an exchange file")
        )
    with path.open("rb") as handle:
        if handle.read(16) == _PLAINTEXT_HEADER:
            raise ExchangeFileDamaged(
                QT_TRANSLATE_NOOP("Errors", "it is not encrypted, so it is not an exchange file")
            )
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
                raise ExchangeFileDamaged(
                    QT_TRANSLATE_NOOP("Errors", "it is not a supervision exchange file")
                )
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            if pages * page_size != size:
                raise ExchangeFileDamaged(
                    QT_TRANSLATE_NOOP("Errors", "something was added to it after it was written")
                )
            # Reads every page, so SQLCipher checks every page's HMAC.
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ExchangeFileDamaged()
            manifest = conn.execute("SELECT manifest FROM exchange_manifest").fetchall()
            payload = conn.execute("SELECT payload FROM exchange_payload").fetchall()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            signature = (
                conn.execute("SELECT signature FROM exchange_signature").fetchall()
                if "exchange_signature" in tables
                else None
            )
        except sqlcipher.DatabaseError:
            raise ExchangeFileDamaged() from None
    finally:
        conn.close()
    if len(manifest) != 1 or len(payload) != 1:
        raise ExchangeFileDamaged()
    if signature is not None and (len(signature) != 1 or not isinstance(signature[0][0], bytes)):
        raise ExchangeFileDamaged(QT_TRANSLATE_NOOP("Errors", "its signature is not readable"))
    if not {"exchange_manifest", "exchange_payload"} <= tables or len(tables) > 3:
        raise ExchangeFileDamaged(
            QT_TRANSLATE_NOOP("Errors", "it holds something other than an exchange")
        )
    return Container(manifest[0][0], payload[0][0], None if signature is None else signature[0][0])
