"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Append new steps; never edit a released one. Each runs in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from supervision_app.storage.schema import (
    companion as schema_companion,
)
from supervision_app.storage.schema import (
    entry_uid as schema_entry_uid,
)
from supervision_app.storage.schema import (
    find_indexes as schema_find_indexes,
)
from supervision_app.storage.schema import (
    identity as schema_identity,
)
from supervision_app.storage.schema import (
    saved_searches as schema_saved_searches,
)
from supervision_app.storage.schema import (
    search_prefix as schema_search_prefix,
)
from supervision_app.storage.schema import (
    v2_frameworks as schema_v2_frameworks,
)
from supervision_app.storage.schema import (
    v3_cpd as schema_v3_cpd,
)
from supervision_app.storage.schema import (
    v4_supervision as schema_v4_supervision,
)
from supervision_app.storage.schema import (
    v5_fts_prefix as schema_v5_fts_prefix,
)
from supervision_app.storage.schema.sqlscript import run_script

Migration = Callable[[Any], None]


def _v1_entries(conn: Any) -> None:
    run_script(
        conn,
        """
        CREATE TABLE entries (
            id            INTEGER PRIMARY KEY,
            kind          TEXT NOT NULL DEFAULT 'reflection',
            title         TEXT NOT NULL DEFAULT '',
            practice_date TEXT NOT NULL,
            tags          TEXT NOT NULL DEFAULT '[]',
            minutes       INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            deleted_at    TEXT,
            body          TEXT NOT NULL DEFAULT ''   -- last, so list queries skip its pages
        );
        -- The list: newest practice date first; covering, so it never reads bodies.
        CREATE INDEX entries_live_by_date
            ON entries (practice_date DESC, id DESC, title, kind, tags, updated_at)
            WHERE deleted_at IS NULL;
        CREATE INDEX entries_trash ON entries (deleted_at DESC) WHERE deleted_at IS NOT NULL;

        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag      TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_id);

        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        -- Full-text index of live entries only (trashed ones leave it), external content.
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body, tags,
            content = 'entries', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
        WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO entries_fts (rowid, title, body, tags)
            VALUES (new.id, new.title, new.body, new.tags);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries
        WHEN old.deleted_at IS NULL BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, tags)
            VALUES ('delete', old.id, old.title, old.body, old.tags);
        END;
        -- One trigger, so the old text leaves the index before the new text enters it.
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tags, deleted_at
        ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body, tags)
            SELECT 'delete', old.id, old.title, old.body, old.tags
            WHERE old.deleted_at IS NULL;
            INSERT INTO entries_fts (rowid, title, body, tags)
            SELECT new.id, new.title, new.body, new.tags
            WHERE new.deleted_at IS NULL;
        END;
        """,
    )


MIGRATIONS: list[Migration] = [
    _v1_entries,
    schema_v2_frameworks.migrate,
    schema_v3_cpd.migrate,
    schema_v4_supervision.migrate,
    schema_v5_fts_prefix.migrate,
    # Identity (signed records) before the companion: the companion's upgrade test rewinds
    # the schema to just before its own step.
    schema_identity.migrate,
    schema_companion.migrate,
    schema_saved_searches.migrate,
    schema_entry_uid.migrate,
    schema_find_indexes.migrate,
    schema_search_prefix.migrate,
]
LATEST_VERSION = len(MIGRATIONS)
