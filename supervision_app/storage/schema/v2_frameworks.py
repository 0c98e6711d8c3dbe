"""Schema 2: links to framework items, guided reflections, custom templates, confidence."""

from __future__ import annotations

from supervision_app.storage.schema.sqlscript import run_script

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any


def migrate(conn: Any) -> None:
    run_script(
        conn,
        """
        -- An entry addresses framework items, named "framework-id:item-id".
        CREATE TABLE entry_links (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            ref      TEXT NOT NULL,
            PRIMARY KEY (entry_id, ref)
        ) WITHOUT ROWID;
        CREATE INDEX entry_links_by_ref ON entry_links (ref, entry_id);

        -- The structured answers of a guided reflection (JSON object: item id -> text).
        CREATE TABLE guided_reflections (
            entry_id    INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
            template_id TEXT NOT NULL,
            focus_ref   TEXT,
            status      TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
            answers     TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX guided_drafts ON guided_reflections (status) WHERE status = 'draft';

        -- The user's own templates, in the framework file format (as JSON).
        CREATE TABLE custom_templates (
            id         TEXT PRIMARY KEY,
            definition TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- Self-rated confidence (1-5) in a capability, recorded over time.
        CREATE TABLE confidence_ratings (
            id       INTEGER PRIMARY KEY,
            ref      TEXT NOT NULL,
            rating   INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            rated_on TEXT NOT NULL,
            note     TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX confidence_by_ref ON confidence_ratings (ref, rated_on);
        """,
    )
