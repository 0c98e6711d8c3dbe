"""Identity keys and signatures: what a signature covers, how it is checked, and fingerprints.

Each journal has one Ed25519 key pair (kept inside the encrypted vault). It signs two things:

* every **sign-off** made in that journal, over a *statement* that binds the signer's typed
  name and time to a hash of the canonical record (or addendum) as it was signed, so the
  same signature cannot be moved to other content;
* every **exchange file** it writes, over the file's manifest (which holds the hash of the
  payload and the signer's public key), so nothing in the file can be changed, added or
  re-signed by someone who only learnt the one-time passphrase.

A key is shown as a *fingerprint*: the first 128 bits of its SHA-256 as eight groups of four
characters, short enough for two people to read to each other. Pure computation: the keys
themselves are stored by :mod:`supervision_app.storage.supervision.identity`.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from supervision_app.core.i18n import Text
from supervision_app.core.supervision.rules import canonical_json, sha256_hex

#: Put in front of everything signed, so a signature of one kind can never pass as another.
STATEMENT_CONTEXT = "supervision-journal-signature/1"
FILE_CONTEXT = b"supervision-journal-exchange-file/2\x00"

#: How a signature in the record's history came to be trusted.
MADE_HERE = "made_here"  # made in this journal, with its own key
VERIFIED = "verified"  # checked against the partner's pinned key
TYPED = "typed"  # a name typed at this screen only: proves presence, not identity
#: How a signature was made, as the record's history says it (core.i18n.Text: the English
#: for the command line, translated where the window shows it).
STATUS_TEXT: dict[str, str] = {
    MADE_HERE: Text("Sessions", "made in this journal"),
    VERIFIED: Text("Sessions", "verified from the partner's key"),
    TYPED: Text("Sessions", "typed at this screen only"),
}

#: Keys of a record's data that are not part of what is signed (they differ between the
#: two parties' copies, or are signatures themselves).
_UNSIGNED_KEYS = ("signatures", "addenda", "created_at", "locked_at")


# -- keys -----------------------------------------------------------------------------------------


def new_private_key() -> bytes:
    """A new Ed25519 private key as its 32 raw bytes."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )


def public_key_of(private_key: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


def fingerprint_of(public_key: bytes) -> str:
    """E.g. ``"3F2A 9C01 77B4 0E5D 1A2B 3C4D 5E6F 7081"``: what two people compare."""
    digest = hashlib.sha256(b"supervision-journal-key\x00" + public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4)).upper()


def normalise_fingerprint(text: str) -> str:
    """A typed fingerprint as it is compared: no spaces or dashes, upper case."""
    return "".join(c for c in str(text) if c.isalnum()).upper()


def same_fingerprint(a: str, b: str) -> bool:
    return bool(normalise_fingerprint(a)) and normalise_fingerprint(a) == normalise_fingerprint(b)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def sign_bytes(private_key: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)


def verify_bytes(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- what a sign-off covers -----------------------------------------------------------------------


def record_content_sha256(data: dict[str, Any]) -> str:
    """The hash of a record as signed: its content, without signatures, addenda or local
    times. The same in both parties' copies (which differ only in whose signature is whose)."""
    return sha256_hex(canonical_json({k: v for k, v in data.items() if k not in _UNSIGNED_KEYS}))


def addendum_content_sha256(record_sha256: str, addendum: dict[str, Any]) -> str:
    """The hash of an addendum as signed, tied to the record it was added to."""
    return sha256_hex(
        canonical_json(
            {
                "record_sha256": record_sha256,
                "uid": addendum["uid"],
                "text": addendum["text"],
                "author": addendum["author"],
                "created_at": addendum["created_at"],
            }
        )
    )


@dataclass(frozen=True)
class Proof:
    """A sign-off made with a journal's key: the statement's parts and the signature."""

    name: str
    signed_at: str  # ISO 8601, UTC
    content_sha256: str
    public_key: bytes
    signature: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "signed_at": self.signed_at,
            "content_sha256": self.content_sha256,
            "public_key": b64(self.public_key),
            "signature": b64(self.signature),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Proof:
        """Raises ``ValueError``/``KeyError``/``TypeError`` for data of the wrong shape."""
        if not isinstance(data, dict):
            raise ValueError("a proof is not an object")
        for key in ("name", "signed_at", "content_sha256"):
            if not isinstance(data[key], str):
                raise ValueError(f"{key} is not text")
        return cls(
            data["name"],
            data["signed_at"],
            data["content_sha256"],
            unb64(data["public_key"]),
            unb64(data["signature"]),
        )


def statement(
    record_uid: str, addendum_uid: str | None, content_sha256: str, name: str, signed_at: str
) -> bytes:
    """The exact bytes a sign-off signs."""
    return canonical_json(
        {
            "context": STATEMENT_CONTEXT,
            "record_uid": record_uid,
            "addendum_uid": addendum_uid,
            "content_sha256": content_sha256,
            "name": name,
            "signed_at": signed_at,
        }
    ).encode("utf-8")


def make_proof(
    private_key: bytes,
    record_uid: str,
    addendum_uid: str | None,
    content_sha256: str,
    name: str,
    signed_at: str,
) -> Proof:
    message = statement(record_uid, addendum_uid, content_sha256, name, signed_at)
    return Proof(
        name,
        signed_at,
        content_sha256,
        public_key_of(private_key),
        sign_bytes(private_key, message),
    )


def proof_holds(proof: Proof, record_uid: str, addendum_uid: str | None, content: str) -> bool:
    """The proof signs this content of this record (or addendum) with the key it names."""
    if proof.content_sha256 != content:
        return False
    message = statement(record_uid, addendum_uid, content, proof.name, proof.signed_at)
    return verify_bytes(proof.public_key, proof.signature, message)


def file_message(manifest_text: str) -> bytes:
    """The bytes an exchange file's signature covers: its manifest (which names the payload's
    hash, the record uids and the signer's key)."""
    return FILE_CONTEXT + manifest_text.encode("utf-8")
