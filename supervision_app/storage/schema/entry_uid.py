"""An optional, unique, client-chosen id on entries (``add --uid``, JSONL ``uid``).

A script whose ``add`` was killed after the commit but before it printed the id cannot
know whether the entry exists; with a uid it simply retries, and the second ``add``
finds the first one's entry instead of adding a duplicate. The column comes last (an
``ALTER TABLE`` cannot place it before ``body``); lookups use the partial index.
"""

from __future__ import annotations

from supervision_app.storage.schema.sqlscript import run_script

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any


def migrate(conn: Any) -> None:
    # Idempotent: a vault wound back to an earlier version by hand (as some tests do) may
    # still have the column.
    columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
    if "uid" not in columns:
        conn.execute("ALTER TABLE entries ADD COLUMN uid TEXT")
    run_script(
        conn,
        "CREATE UNIQUE INDEX IF NOT EXISTS entries_by_uid ON entries (uid) WHERE uid IS NOT NULL;",
    )
