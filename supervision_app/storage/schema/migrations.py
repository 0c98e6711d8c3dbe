"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Append new steps; never edit a released one. Each runs in its own transaction.

A step is a function, or ``_Step("module")`` for ``storage/schema/module.py``'s
``migrate``, imported only when it runs: every unlock imports this list to compare
versions, and importing every step's module cost a command-line search ~3 ms. A
``_Step`` equals its module's ``migrate``, so ``MIGRATIONS.index(module.migrate)`` still
finds a step's position.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Migration = Callable[[Any], None]


class _Step:
    """The ``migrate`` function of ``supervision_app.storage.schema.<module>``, imported on
    its first call."""

    def __init__(self, module: str) -> None:
        self.module = f"supervision_app.storage.schema.{module}"

    def __call__(self, conn: Any) -> None:
        importlib.import_module(self.module).migrate(conn)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Step):
            return self.module == other.module
        name = getattr(other, "__name__", None)
        return getattr(other, "__module__", None) == self.module and name == "migrate"

    def __hash__(self) -> int:
        return hash(self.module)

    def __repr__(self) -> str:
        return f"<migration {self.module}.migrate>"


def _v1_entries(conn: Any) -> None:
    from supervision_app.storage.schema.sqlscript import run_script

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
    _Step("v2_frameworks"),
    _Step("v3_cpd"),
    _Step("v4_supervision"),
    _Step("v5_fts_prefix"),
    # Identity (signed records) before the companion: the companion's upgrade test rewinds
    # the schema to just before its own step.
    _Step("identity"),
    _Step("companion"),
    _Step("saved_searches"),
    _Step("entry_uid"),
    _Step("find_indexes"),
    _Step("search_prefix"),
    _Step("signed_entry_guard"),
]
LATEST_VERSION = len(MIGRATIONS)
