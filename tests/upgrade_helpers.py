"""Vaults as older releases left them: at the schema before the 2-letter prefix index
(storage/schema/search_prefix.py), or at any schema version, with a signed record."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.storage.keying import apply_key
from supervision_app.storage.schema import search_prefix
from supervision_app.storage.schema.migrations import MIGRATIONS
from supervision_app.storage.vault import APPLICATION_ID
from tests.conftest import PASSPHRASE

#: The schema version just before the upgrade (never a hard-coded number).
BEFORE = MIGRATIONS.index(search_prefix.migrate)
#: Words sharing their first two or three letters, so 2-letter prefixes merge several.
WORDS = (
    "of off offer office often carer caring cared care visit visitor visiting home homes"
    " team teams review reviewed risk handover warm hospital"
).split()


def old_vault(path: Path, entries: int) -> int:
    """A vault at the schema before the upgrade (3-letter prefixes only) holding
    ``entries`` entries, every fifth in the Trash; returns how many are live."""
    conn = vault_at_schema(path, BEFORE)
    rng = random.Random(15)
    conn.execute("BEGIN")
    for n in range(entries):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))
        tags = '["home visit"]' if n % 3 == 0 else "[]"
        day = (dt.date(2024, 1, 1) + dt.timedelta(days=n)).isoformat()
        conn.execute(
            "INSERT INTO entries (kind, title, practice_date, tags, created_at, updated_at,"
            " body) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                "note" if n % 2 else "reflection",
                f"Entry {n} {rng.choice(WORDS)}",
                day,
                tags,
                day + "T09:00:00+00:00",
                day + "T09:00:00+00:00",
                body,
            ),
        )
        if tags != "[]":
            conn.execute("INSERT INTO entry_tags VALUES (last_insert_rowid(), 'home visit')")
    conn.execute("UPDATE entries SET deleted_at = updated_at WHERE id % 5 = 0")
    conn.execute("COMMIT")
    conn.close()
    return entries - entries // 5


def vault_at_schema(path: Path, version: int) -> sqlcipher.Connection:
    """A new vault file taken through the migrations up to ``version`` only (as an older
    release left it), open for the test to fill and close."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlcipher.connect(str(path), isolation_level=None)
    apply_key(conn, PASSPHRASE)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for number in range(1, version + 1):
        conn.execute("BEGIN")
        MIGRATIONS[number - 1](conn)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    return conn


def signed_record(
    conn: sqlcipher.Connection, at: str, *, owner: str, title: str = "", body: str = "Notes"
) -> None:
    """Entry 1: a one-to-one record with partner AB, signed by ``owner`` and AB, locked."""
    conn.execute(
        "INSERT INTO entries (id, kind, title, practice_date, created_at, updated_at, body)"
        " VALUES (1, 'supervision', ?, '2025-06-01', ?, ?, ?)",
        (title, at, at, body),
    )
    conn.execute(
        "INSERT INTO supervision_partners (id, uid, name, role, created_at, updated_at)"
        " VALUES (1, 'p-1', 'AB', 'supervisor', ?, ?)",
        (at, at),
    )
    conn.execute(
        "INSERT INTO supervision_sessions (entry_id, uid, partner_id, session_date, session_type,"
        " created_at, updated_at) VALUES (1, 's-1', 1, '2025-06-01', 'one_to_one', ?, ?)",
        (at, at),
    )
    for party, name in (("owner", owner), ("partner", "AB")):
        conn.execute(
            "INSERT INTO supervision_signatures (session_id, party, name, signed_at)"
            " VALUES (1, ?, ?, ?)",
            (party, name, at),
        )
    conn.execute("UPDATE supervision_sessions SET locked_at = ? WHERE entry_id = 1", (at,))
