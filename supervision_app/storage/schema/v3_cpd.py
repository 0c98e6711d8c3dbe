"""Schema 3: CPD records, evidence attachments, the HCPC profile, "mark as fine" decisions.

``cpd_records.peer_reflection_id`` refers to a peer-reflection record of the supervision
feature, whose table arrives in schema 4; it is a plain nullable integer (no foreign key,
which SQLite could not add later without rebuilding the table). Readers treat an id that
no longer resolves as "no linked record".
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
        -- The CPD details of an entry; a row here makes the entry a CPD record.
        -- Time spent is entries.minutes; standards addressed are entry_links rows.
        CREATE TABLE cpd_records (
            entry_id           INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
            activity_type      TEXT NOT NULL,
            description        TEXT NOT NULL DEFAULT '',
            learning           TEXT NOT NULL DEFAULT '',
            impact             TEXT NOT NULL DEFAULT '',
            peer_role          TEXT NOT NULL DEFAULT '',
            peer_date          TEXT,
            peer_learning      TEXT NOT NULL DEFAULT '',
            peer_reflection_id INTEGER,
            updated_at         TEXT NOT NULL
        );

        -- Evidence files, encrypted with the rest of the vault. The bytes come last so that
        -- listing attachments never reads them.
        CREATE TABLE cpd_attachments (
            id         INTEGER PRIMARY KEY,
            entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            filename   TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size       INTEGER NOT NULL CHECK (size >= 0),
            sha256     TEXT NOT NULL,
            added_at   TEXT NOT NULL,
            data       BLOB NOT NULL
        );
        CREATE INDEX cpd_attachments_by_entry ON cpd_attachments (entry_id, id);

        -- The HCPC audit profile written in the app (usually one; kept per audit).
        CREATE TABLE hcpc_profiles (
            id           INTEGER PRIMARY KEY,
            summary      TEXT NOT NULL DEFAULT '',
            statement    TEXT NOT NULL DEFAULT '',
            gap_notes    TEXT NOT NULL DEFAULT '{}',
            period_start TEXT,
            period_end   TEXT,
            updated_at   TEXT NOT NULL
        );
        CREATE TABLE hcpc_profile_evidence (
            profile_id INTEGER NOT NULL REFERENCES hcpc_profiles (id) ON DELETE CASCADE,
            entry_id   INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            PRIMARY KEY (profile_id, entry_id)
        ) WITHOUT ROWID;
        CREATE INDEX hcpc_profile_evidence_by_entry ON hcpc_profile_evidence (entry_id);

        -- Findings of the anonymisation check the user marked as fine, so they are not
        -- asked again: keyed by where (source: "entry:12", "hcpc-profile:1"), kind and text.
        CREATE TABLE scan_dismissals (
            source       TEXT NOT NULL,
            kind         TEXT NOT NULL,
            text         TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            PRIMARY KEY (source, kind, text)
        ) WITHOUT ROWID;
        CREATE TRIGGER scan_dismissals_entry_gone AFTER DELETE ON entries BEGIN
            DELETE FROM scan_dismissals WHERE source = 'entry:' || old.id;
        END;
        CREATE TRIGGER scan_dismissals_profile_gone AFTER DELETE ON hcpc_profiles BEGIN
            DELETE FROM scan_dismissals WHERE source = 'hcpc-profile:' || old.id;
        END;
        """,
    )
