"""The reflective companion: flags for supervision, wellbeing check-ins, "My support", and
a case reference on supervision actions (decisions keep theirs in the session's JSON).

Older actions get an empty case reference, which the case-record extract lists under
"General" (see ``docs/companion.md``).
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
        -- An entry (or a passage of it) to bring to the next session, with a partner or with
        -- whoever is next (partner_id NULL). brought_to: the session it was taken into.
        CREATE TABLE companion_flags (
            id          INTEGER PRIMARY KEY,
            entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            partner_id  INTEGER REFERENCES supervision_partners (id) ON DELETE SET NULL,
            passage     TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            brought_to  INTEGER REFERENCES supervision_sessions (entry_id) ON DELETE SET NULL
        );
        CREATE INDEX companion_flags_open ON companion_flags (entry_id) WHERE brought_to IS NULL;

        -- A quick check on the worker's own wellbeing; private to the vault.
        CREATE TABLE wellbeing_checkins (
            id          INTEGER PRIMARY KEY,
            checked_at  TEXT NOT NULL,
            impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
            energy      INTEGER NOT NULL CHECK (energy BETWEEN 1 AND 5),
            word        TEXT NOT NULL DEFAULT '',
            entry_id    INTEGER REFERENCES entries (id) ON DELETE SET NULL
        );
        CREATE INDEX wellbeing_by_time ON wellbeing_checkins (checked_at);

        -- Where the user turns for support (EAP, peer support, their GP...).
        CREATE TABLE support_contacts (
            id        INTEGER PRIMARY KEY,
            position  INTEGER NOT NULL DEFAULT 0,
            kind      TEXT NOT NULL DEFAULT '',
            name      TEXT NOT NULL,
            how       TEXT NOT NULL DEFAULT ''
        );

        ALTER TABLE supervision_actions ADD COLUMN case_ref TEXT NOT NULL DEFAULT '';
        """,
    )
