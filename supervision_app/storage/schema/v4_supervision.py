"""Schema 4: supervision partners, agreements, sessions, actions and sign-off (issue 6).

A session is also a journal entry (kind ``supervision``): ``supervision_sessions.entry_id``
is its id, so deleting the entry for good deletes the record with it. Triggers make a
record read-only once both parties have signed it (``locked_at`` set), whoever writes to
the file: the repositories check first and raise a sentence for the user; the triggers are
the backstop. The only changes allowed to a signed record's entry are appended addenda and
its tags; its actions may still change status, because later sessions review them.
"""

from __future__ import annotations

from supervision_app.storage.schema.sqlscript import run_script

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any

#: The message of the triggers; repositories recognise it in an IntegrityError.
LOCKED_MESSAGE = "signed supervision record is read-only"

#: Tables in an order that restores without breaking foreign keys (see all_supervision_data).
TABLES = (
    "supervision_partners",
    "supervision_agreements",
    "supervision_sessions",
    "supervision_actions",
    "supervision_action_reviews",
    "supervision_addenda",
    "supervision_signatures",
    "supervision_imports",
    "peer_reflections",
)

_LOCKED = f"SELECT RAISE(ABORT, '{LOCKED_MESSAGE}')"


def _session_locked(column: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM supervision_sessions s"
        f" WHERE s.entry_id = {column} AND s.locked_at IS NOT NULL)"
    )


def migrate(conn: Any) -> None:
    run_script(
        conn,
        f"""
        -- People the owner has supervision with (name or initials; never a person served).
        CREATE TABLE supervision_partners (
            id         INTEGER PRIMARY KEY,
            uid        TEXT NOT NULL UNIQUE,
            link_uid   TEXT,     -- the partner's own uid for this relationship, from an exchange
            name       TEXT NOT NULL,
            role       TEXT NOT NULL CHECK (role IN ('supervisor', 'supervisee', 'peer')),
            active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            notes      TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX supervision_partners_by_link ON supervision_partners (link_uid)
            WHERE link_uid IS NOT NULL;

        -- Supervision agreements: every change is a new version; the highest is current.
        CREATE TABLE supervision_agreements (
            id                     INTEGER PRIMARY KEY,
            partner_id             INTEGER NOT NULL
                                   REFERENCES supervision_partners (id) ON DELETE CASCADE,
            version                INTEGER NOT NULL CHECK (version >= 1),
            agreed_on              TEXT NOT NULL,
            purpose                TEXT NOT NULL DEFAULT '',
            frequency_days         INTEGER CHECK (frequency_days >= 1),
            length_minutes         INTEGER CHECK (length_minutes >= 0),
            format                 TEXT NOT NULL DEFAULT '',
            place                  TEXT NOT NULL DEFAULT '',
            cancellation           TEXT NOT NULL DEFAULT '',
            confidentiality        TEXT NOT NULL DEFAULT '',
            confidentiality_limits TEXT NOT NULL DEFAULT '',
            recording              TEXT NOT NULL DEFAULT '',
            copies                 TEXT NOT NULL DEFAULT '',
            disagreement           TEXT NOT NULL DEFAULT '',
            review_date            TEXT,
            reevaluation_every     INTEGER CHECK (reevaluation_every >= 1),
            created_at             TEXT NOT NULL,
            UNIQUE (partner_id, version)
        );

        -- One row per session record. `content` holds the narrative sections as JSON:
        -- agenda, discussion, wellbeing, case_discussions, decisions, learning, cpd.
        CREATE TABLE supervision_sessions (
            entry_id           INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
            uid                TEXT NOT NULL UNIQUE,
            partner_id         INTEGER NOT NULL REFERENCES supervision_partners (id),
            session_date       TEXT NOT NULL,
            minutes            INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            session_type       TEXT NOT NULL
                               CHECK (session_type IN ('one_to_one', 'group', 'peer_reflection')),
            content            TEXT NOT NULL DEFAULT '{{}}',
            next_session       TEXT,
            reevaluation       INTEGER NOT NULL DEFAULT 0 CHECK (reevaluation IN (0, 1)),
            reevaluation_notes TEXT NOT NULL DEFAULT '',
            origin             TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('own', 'imported')),
            fingerprint        TEXT,   -- set when signed by both; equal in both parties' vaults
            created_at         TEXT NOT NULL,
            updated_at         TEXT NOT NULL,
            imported_at        TEXT,
            locked_at          TEXT    -- signed by both: read-only from then on
        );
        CREATE INDEX supervision_sessions_by_partner
            ON supervision_sessions (partner_id, session_date, entry_id);
        CREATE INDEX supervision_sessions_by_date ON supervision_sessions (session_date, entry_id);

        -- Actions agreed at a session. `status` is the status now (kept up to date from the
        -- reviews); `initial_status` is what the agreeing session said.
        CREATE TABLE supervision_actions (
            id             INTEGER PRIMARY KEY,
            uid            TEXT NOT NULL UNIQUE,
            session_id     INTEGER REFERENCES supervision_sessions (entry_id) ON DELETE CASCADE,
            partner_id     INTEGER NOT NULL REFERENCES supervision_partners (id),
            position       INTEGER NOT NULL DEFAULT 0,
            text           TEXT NOT NULL,
            owner          TEXT NOT NULL DEFAULT '',
            due_date       TEXT,
            initial_status TEXT NOT NULL DEFAULT 'open'
                           CHECK (initial_status IN ('open', 'done', 'dropped')),
            status         TEXT NOT NULL DEFAULT 'open'
                           CHECK (status IN ('open', 'done', 'dropped')),
            closed_in      INTEGER REFERENCES supervision_sessions (entry_id) ON DELETE SET NULL
        );
        CREATE INDEX supervision_actions_open ON supervision_actions (due_date, id)
            WHERE status = 'open';
        CREATE INDEX supervision_actions_by_session ON supervision_actions (session_id, position);
        CREATE INDEX supervision_actions_by_partner ON supervision_actions (partner_id, status);

        -- Each action's history: marked at a session (session_id) or changed on its own (NULL).
        CREATE TABLE supervision_action_reviews (
            id          INTEGER PRIMARY KEY,
            action_id   INTEGER NOT NULL REFERENCES supervision_actions (id) ON DELETE CASCADE,
            session_id  INTEGER REFERENCES supervision_sessions (entry_id) ON DELETE CASCADE,
            status      TEXT NOT NULL CHECK (status IN ('done', 'carried', 'dropped', 'open')),
            note        TEXT NOT NULL DEFAULT '',
            reviewed_on TEXT NOT NULL,
            position    INTEGER NOT NULL DEFAULT 0,
            UNIQUE (session_id, action_id)
        );
        CREATE INDEX supervision_reviews_by_action
            ON supervision_action_reviews (action_id, reviewed_on, id);

        CREATE TABLE supervision_addenda (
            id         INTEGER PRIMARY KEY,
            uid        TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL
                       REFERENCES supervision_sessions (entry_id) ON DELETE CASCADE,
            text       TEXT NOT NULL,
            author     TEXT NOT NULL,
            created_at TEXT NOT NULL,
            locked_at  TEXT
        );
        CREATE INDEX supervision_addenda_by_session ON supervision_addenda (session_id, created_at);

        -- Sign-off of a record (addendum_id NULL) or of one of its addenda.
        CREATE TABLE supervision_signatures (
            id          INTEGER PRIMARY KEY,
            session_id  INTEGER NOT NULL
                        REFERENCES supervision_sessions (entry_id) ON DELETE CASCADE,
            addendum_id INTEGER REFERENCES supervision_addenda (id) ON DELETE CASCADE,
            party       TEXT NOT NULL CHECK (party IN ('owner', 'partner')),
            name        TEXT NOT NULL,
            signed_at   TEXT NOT NULL
        );
        CREATE UNIQUE INDEX supervision_signatures_once
            ON supervision_signatures (session_id, coalesce(addendum_id, 0), party);

        -- Exchange files imported, by the checksum of their payload.
        CREATE TABLE supervision_imports (
            id             INTEGER PRIMARY KEY,
            payload_sha256 TEXT NOT NULL,
            imported_at    TEXT NOT NULL,
            exported_by    TEXT NOT NULL DEFAULT '',
            partner_id     INTEGER REFERENCES supervision_partners (id) ON DELETE SET NULL,
            sessions_added INTEGER NOT NULL DEFAULT 0,
            addenda_added  INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX supervision_imports_by_sha ON supervision_imports (payload_sha256);

        -- Reflective discussions with a peer; CPD records point here by id (never reused).
        CREATE TABLE peer_reflections (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            uid          TEXT NOT NULL UNIQUE,
            entry_id     INTEGER NOT NULL UNIQUE REFERENCES entries (id) ON DELETE CASCADE,
            partner_id   INTEGER REFERENCES supervision_partners (id) ON DELETE SET NULL,
            peer_role    TEXT NOT NULL,
            reflected_on TEXT NOT NULL,
            minutes      INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
            topic        TEXT NOT NULL DEFAULT '',
            discussion   TEXT NOT NULL DEFAULT '',
            learning     TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX peer_reflections_by_date ON peer_reflections (reflected_on, id);

        -- Read-only once signed by both ---------------------------------------------------
        CREATE TRIGGER supervision_sessions_locked BEFORE UPDATE ON supervision_sessions
        WHEN old.locked_at IS NOT NULL BEGIN {_LOCKED}; END;

        CREATE TRIGGER supervision_entry_locked
        BEFORE UPDATE OF title, body, practice_date, kind, minutes ON entries
        WHEN {_session_locked("old.id")} AND (
            new.title IS NOT old.title OR new.practice_date IS NOT old.practice_date
            OR new.kind IS NOT old.kind OR new.minutes IS NOT old.minutes
            OR substr(new.body, 1, length(old.body)) IS NOT old.body
        ) BEGIN {_LOCKED}; END;

        CREATE TRIGGER supervision_actions_locked_insert BEFORE INSERT ON supervision_actions
        WHEN {_session_locked("new.session_id")} BEGIN {_LOCKED}; END;
        CREATE TRIGGER supervision_actions_locked_update
        BEFORE UPDATE OF session_id, text, owner, due_date, initial_status, position
        ON supervision_actions
        WHEN {_session_locked("old.session_id")} BEGIN {_LOCKED}; END;
        CREATE TRIGGER supervision_actions_locked_delete BEFORE DELETE ON supervision_actions
        WHEN {_session_locked("old.session_id")} BEGIN {_LOCKED}; END;

        CREATE TRIGGER supervision_reviews_locked_insert
        BEFORE INSERT ON supervision_action_reviews
        WHEN {_session_locked("new.session_id")} BEGIN {_LOCKED}; END;
        CREATE TRIGGER supervision_reviews_locked_update
        BEFORE UPDATE ON supervision_action_reviews
        WHEN {_session_locked("old.session_id")} BEGIN {_LOCKED}; END;
        CREATE TRIGGER supervision_reviews_locked_delete
        BEFORE DELETE ON supervision_action_reviews
        WHEN {_session_locked("old.session_id")} BEGIN {_LOCKED}; END;

        CREATE TRIGGER supervision_addenda_locked BEFORE UPDATE ON supervision_addenda
        WHEN old.locked_at IS NOT NULL BEGIN {_LOCKED}; END;
        CREATE TRIGGER supervision_addenda_locked_delete BEFORE DELETE ON supervision_addenda
        WHEN old.locked_at IS NOT NULL AND {_session_locked("old.session_id")}
        BEGIN {_LOCKED}; END;

        CREATE TRIGGER supervision_signatures_locked_update BEFORE UPDATE ON supervision_signatures
        BEGIN {_LOCKED}; END;
        CREATE TRIGGER supervision_signatures_locked_delete BEFORE DELETE ON supervision_signatures
        WHEN {_session_locked("old.session_id")} AND (
            old.addendum_id IS NULL OR EXISTS (
                SELECT 1 FROM supervision_addenda a
                WHERE a.id = old.addendum_id AND a.locked_at IS NOT NULL
            )
        ) BEGIN {_LOCKED}; END;
        """,
    )
