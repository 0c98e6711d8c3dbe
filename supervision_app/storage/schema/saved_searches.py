"""Saved searches: a name, the words and the filters (JSON), kept encrypted in the vault.

They live in the vault rather than in QSettings because a query such as a person's
initials or a tag is as sensitive as the journal itself.
"""

from __future__ import annotations

from supervision_app.storage.schema.sqlscript import run_script

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any


def migrate(conn: Any) -> None:
    run_script(
        conn,
        """
        -- IF NOT EXISTS: tests that take a vault back to an earlier version reset
        -- user_version without dropping the tables of later steps such as this one.
        CREATE TABLE IF NOT EXISTS saved_searches (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
            query      TEXT NOT NULL DEFAULT '',
            filters    TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        """,
    )
