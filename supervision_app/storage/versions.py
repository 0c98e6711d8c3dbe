"""Versions of the database engine, for Help ▸ About and the self-test (no vault needed)."""

from __future__ import annotations

from functools import lru_cache

from sqlcipher3 import dbapi2 as sqlcipher


@lru_cache(maxsize=1)
def sqlcipher_version() -> str:
    """SQLCipher's own version (e.g. "4.6.1 community"), asked of an in-memory database."""
    conn = sqlcipher.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else "unknown"


def sqlite_version() -> str:
    """The SQLite version SQLCipher is built on."""
    return str(sqlcipher.sqlite_version)
