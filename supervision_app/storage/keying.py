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
    from typing import Any

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
