"""Keying a SQLCipher connection: the one place a passphrase becomes ``PRAGMA key``.

Every file the app writes uses SQLCipher 4's defaults (PBKDF2-HMAC-SHA512, 256,000
iterations), so any SQLCipher 4 client opens it with the passphrase alone.

The test suite sets :data:`TEST_KDF_ITER_ENV` to make key derivation cheap for vaults whose
tests are not about key derivation. A file made that way opens only with the same setting,
and its key derivation is weak: the app never sets it, and SECURITY.md says so.
"""

from __future__ import annotations

import os

from supervision_app.core.errors import WrongPassphrase

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")

#: Test suite only: a smaller PBKDF2 iteration count for every file keyed in this process.
TEST_KDF_ITER_ENV = "SUPERVISION_JOURNAL_TEST_KDF_ITER"


def quote(text: str) -> str:
    """An SQL string literal (PRAGMA takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def test_kdf_iter() -> int | None:
    value = os.environ.get(TEST_KDF_ITER_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else None


def run_secret(conn: Any, sql: str) -> None:
    """Run a statement that holds a secret, keeping it out of the statement cache.

    ``conn.execute`` keeps each prepared statement, SQL text included, in the connection's
    cache for reuse (``cached_statements=0`` does not stop it: sqlcipher3's cache keeps at
    least a few); ``executescript`` prepares, runs and finalises, keeping nothing.
    """
    conn.executescript(sql)


def apply_key(conn: Any, passphrase: str) -> None:
    """Key ``conn`` (before its first read); quiet about a wrong key.

    An empty passphrase is never right (SQLCipher would refuse it with an internal error).
    """
    if not passphrase:
        raise WrongPassphrase()
    conn.execute("PRAGMA cipher_log_level = NONE")
    run_secret(conn, f"PRAGMA key = {quote(passphrase)}")
    iterations = test_kdf_iter()
    if iterations is not None:
        conn.execute(f"PRAGMA kdf_iter = {iterations}")


def each_form(passphrase: str, attempt: Callable[[str], T]) -> T:
    """``attempt(passphrase)``; only if that raises WrongPassphrase, ``attempt`` again with
    each other Unicode form of it (``core/passphrase.py``), the last one's error raised if
    none opens. A plain ASCII passphrase has one form: one attempt, as before."""
    if passphrase.isascii():
        return attempt(passphrase)  # without importing the rules (a command-line search)
    from supervision_app.core.passphrase import forms_to_try

    *first, last = forms_to_try(passphrase)
    for form in first:
        try:
            return attempt(form)
        except WrongPassphrase:
            pass
    return attempt(last)


# -- the raw key ------------------------------------------------------------------------------
#
# The vault's connections are keyed with the key itself rather than the passphrase: it is
# derived here once per unlock (as SQLCipher would, with the file's salt), so a second
# connection for a worker (backups, the check) costs no second derivation, and the
# passphrase need not be kept. See SECURITY.md for what is held in memory and when it goes.


def derive_key(passphrase: str, salt: bytes) -> bytearray:
    """SQLCipher 4's key for ``passphrase`` and ``salt``: PBKDF2-HMAC-SHA512, 32 bytes.

    A bytearray, so that its owner can wipe it (:func:`wipe`) when it is no longer needed.
    """
    import hashlib

    iterations = test_kdf_iter() or 256_000
    return bytearray(
        hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, iterations, 32)
    )


def raw_key_sql(key: bytes | bytearray, salt: bytes = b"") -> str:
    """``key`` (and, for a new file, its ``salt``) as SQLCipher's raw-key literal."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


def apply_raw_key(conn: Any, key: bytes | bytearray, salt: bytes = b"") -> None:
    """Key ``conn`` (before its first read) with a key from :func:`derive_key`.

    With ``salt`` a new file takes that salt; without, the file's own is used. The
    iteration count is set as :func:`apply_key` does, for a later ``PRAGMA rekey``.
    """
    conn.execute("PRAGMA cipher_log_level = NONE")
    run_secret(conn, f"PRAGMA key = {raw_key_sql(key, salt)}")
    iterations = test_kdf_iter()
    if iterations is not None:
        conn.execute(f"PRAGMA kdf_iter = {iterations}")


def wipe(key: bytearray) -> None:
    """Overwrite ``key`` with zeros, in place."""
    key[:] = bytes(len(key))
