"""Test techniques for data-safety faults: damaged files, read-only files, a full disk.

For tests only (the GUI tests may use them too): nothing here is app code.

* A full disk: ``PRAGMA max_page_count`` on the vault's own connection makes SQLite fail
  the next write that needs a new page with a real ``SQLITE_FULL`` (see :func:`disk_full`).
* Read-only: the tests run as root, and root ignores file modes, so as root the Linux
  immutable flag (``chattr +i``, which binds root too) is used; otherwise ``chmod``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from supervision_app.core.entries import Entry
from supervision_app.storage.damage import PAGE_SIZE
from supervision_app.storage.vault import Vault


def fill(vault: Vault, count: int = 300) -> None:
    """Enough synthetic entries for a vault of a few hundred pages."""
    for i in range(count):
        vault.entries.add(
            Entry(
                title=f"Reflection {i}",
                body=f"Synthetic reflective note number {i}. " * 50,
                practice_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
            )
        )


@contextmanager
def disk_full(vault: Vault) -> Iterator[None]:
    """Every write needing one more page fails with SQLITE_FULL, as on a full disk."""
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    vault.conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        vault.conn.execute("PRAGMA max_page_count = 4294967294")


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) cannot be written, even by root, for the block."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(mode)


def flip(data: bytearray, pages: list[int], offset: int = 100) -> bytearray:
    """Invert one byte on each of ``pages`` (0-based page numbers)."""
    for page in pages:
        data[page * PAGE_SIZE + offset] ^= 0xFF
    return data


def damaged(kind: str, data: bytes) -> bytes:
    """``data`` (a whole vault file) damaged in the way ``kind`` names."""
    raw = bytearray(data)
    pages = len(raw) // PAGE_SIZE
    if kind == "truncated at a page boundary":
        return bytes(raw[: PAGE_SIZE * (pages // 2)])
    if kind == "truncated mid-page":
        return bytes(raw[: PAGE_SIZE * (pages // 2) + 1000])
    if kind == "flipped bits on several pages":
        return bytes(flip(raw, [4, pages // 3, pages - 2]))
    if kind == "flipped bits on the first page":
        return bytes(flip(raw, [0]))
    if kind == "random bytes":
        return random.Random(7).randbytes(len(raw))
    raise ValueError(kind)


def raw_conn(path: Path, passphrase: str) -> Any:
    from sqlcipher3 import dbapi2 as sqlcipher

    from supervision_app.storage.keying import apply_key

    conn = sqlcipher.connect(str(path), isolation_level=None)
    apply_key(conn, passphrase)
    return conn
