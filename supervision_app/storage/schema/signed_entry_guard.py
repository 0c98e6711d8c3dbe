"""A signed record's entry takes an addendum, and nothing else.

Schema 4's guard let any text be appended to a signed record's entry body, because that is
how addenda reach it (they are rows of ``supervision_addenda``, and their Markdown is also
appended to the entry so that search finds them). So ``vault.entries.update`` with a longer
body changed a signed record silently. Now a change to the body passes only if it appends
exactly the text of a pass in ``supervision_entry_appends``: one row, naming an addendum of
that same record, written by the addendum API (``SignOffRepository.append_to_entry``) in the
transaction that adds the addendum, and deleted by the update it allows. The table is empty
between transactions and never goes into a backup or an export (``jsonl/schema.py``).

Like every trigger here, this is a backstop for the app's own code: whoever holds the key
can drop a trigger. Existing vaults keep their bodies (addenda already appended) as they are.
"""

from __future__ import annotations

from supervision_app.storage.schema.sqlscript import run_script
from supervision_app.storage.schema.v4_supervision import LOCKED_MESSAGE

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any

#: The passes' table: not a record of the user's, so left out of backups and exports.
APPENDS_TABLE = "supervision_entry_appends"


def migrate(conn: Any) -> None:
    # Idempotent: a vault wound back to an earlier version by hand (as some tests do) may
    # already have the table and the triggers.
    run_script(
        conn,
        f"""
        CREATE TABLE IF NOT EXISTS {APPENDS_TABLE} (
            addendum_id INTEGER PRIMARY KEY
                        REFERENCES supervision_addenda (id) ON DELETE CASCADE,
            entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            text        TEXT NOT NULL
        );

        DROP TRIGGER IF EXISTS supervision_entry_locked;
        DROP TRIGGER IF EXISTS supervision_entry_appended;
        CREATE TRIGGER supervision_entry_locked
        BEFORE UPDATE OF title, body, practice_date, kind, minutes ON entries
        WHEN EXISTS (
            SELECT 1 FROM supervision_sessions s
            WHERE s.entry_id = old.id AND s.locked_at IS NOT NULL
        ) AND (
            new.title IS NOT old.title OR new.practice_date IS NOT old.practice_date
            OR new.kind IS NOT old.kind OR new.minutes IS NOT old.minutes
            OR (new.body IS NOT old.body AND NOT EXISTS (
                SELECT 1 FROM {APPENDS_TABLE} p
                JOIN supervision_addenda a ON a.id = p.addendum_id AND a.session_id = old.id
                WHERE p.entry_id = old.id AND new.body = old.body || p.text
            ))
        ) BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END;

        -- A pass is good for one update.
        CREATE TRIGGER supervision_entry_appended AFTER UPDATE OF body ON entries
        WHEN EXISTS (SELECT 1 FROM {APPENDS_TABLE} WHERE entry_id = new.id)
        BEGIN DELETE FROM {APPENDS_TABLE} WHERE entry_id = new.id; END;
        """,
    )
