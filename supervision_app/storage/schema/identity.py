"""Identity keys and signed records (issue 11).

* ``vault_identity``: this journal's Ed25519 key pair, made here for existing vaults (on the
  first open after the upgrade) and for new ones. It never leaves the encrypted vault: the
  whole-vault JSON Lines backup leaves it out (see ``storage/jsonl/schema.py``).
* ``supervision_partners.public_key``: a partner's key, pinned by the first exchange file
  the owner confirmed; later files must carry it.
* ``supervision_signature_proofs``: a sign-off made with a key (this journal's, or the
  partner's, checked on import), bound to a hash of the content signed. A signature without
  one is a name typed at one screen. Proofs are only ever added, never changed.
* ``supervision_proposals``: what an exchange file says in the owner's name (their sign-off,
  an addendum by them) waits here until they accept it (signing it themselves) or reject it.
* One "your name": the CPD portfolio's ``practitioner_name`` is folded into the supervision
  owner's name, which both now read.
"""

from __future__ import annotations

import datetime as dt
import json

from supervision_app.storage.schema.sqlscript import run_script
from supervision_app.storage.schema.v4_supervision import LOCKED_MESSAGE

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any

#: The CPD setting the owner's name replaces (still read if a restored backup brings it).
LEGACY_NAME_SETTING = "practitioner_name"


def create_identity(conn: Any) -> None:
    """Make this journal's key pair if it has none."""
    # Imported here: every vault opening imports the migrations, and the key library is
    # needed only the once (measured: +90 ms on each command's start otherwise).
    from supervision_app.core.supervision.signing import new_private_key, public_key_of

    private = new_private_key()
    conn.execute(
        "INSERT OR IGNORE INTO vault_identity (id, private_key, public_key, created_at)"
        " VALUES (1, ?, ?, ?)",
        (
            private,
            public_key_of(private),
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )


def _merge_names(conn: Any) -> None:
    from supervision_app.core.supervision.model import OWNER_NAME_SETTING

    rows = dict(
        conn.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?)",
            (OWNER_NAME_SETTING, LEGACY_NAME_SETTING),
        ).fetchall()
    )
    owner = json.loads(rows.get(OWNER_NAME_SETTING, '""'))
    legacy = json.loads(rows.get(LEGACY_NAME_SETTING, '""'))
    if not (isinstance(owner, str) and owner.strip()) and isinstance(legacy, str) and legacy:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (OWNER_NAME_SETTING, json.dumps(" ".join(legacy.split()))),
        )
    conn.execute("DELETE FROM settings WHERE key = ?", (LEGACY_NAME_SETTING,))


def migrate(conn: Any) -> None:
    run_script(
        conn,
        f"""
        CREATE TABLE vault_identity (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            private_key BLOB NOT NULL,
            public_key  BLOB NOT NULL,
            created_at  TEXT NOT NULL
        );
        CREATE TRIGGER vault_identity_fixed BEFORE UPDATE ON vault_identity
        BEGIN SELECT RAISE(ABORT, 'the journal identity cannot be changed'); END;

        ALTER TABLE supervision_partners ADD COLUMN public_key BLOB;
        ALTER TABLE supervision_partners ADD COLUMN key_pinned_at TEXT;

        CREATE TABLE supervision_signature_proofs (
            id             INTEGER PRIMARY KEY,
            signature_id   INTEGER NOT NULL UNIQUE
                           REFERENCES supervision_signatures (id) ON DELETE CASCADE,
            name           TEXT NOT NULL,
            signed_at      TEXT NOT NULL,
            content_sha256 TEXT NOT NULL,
            public_key     BLOB NOT NULL,
            signature      BLOB NOT NULL
        );
        CREATE TRIGGER supervision_signature_proofs_fixed
        BEFORE UPDATE ON supervision_signature_proofs
        BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END;

        CREATE TABLE supervision_proposals (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL
                        CHECK (kind IN ('record', 'addendum', 'addendum_signature')),
            partner_id  INTEGER REFERENCES supervision_partners (id) ON DELETE CASCADE,
            session_uid TEXT NOT NULL,
            item_uid    TEXT,         -- the addendum's uid (addendum kinds)
            summary     TEXT NOT NULL,
            payload     TEXT NOT NULL, -- JSON: the record or addendum, from the owner's view
            status      TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'accepted', 'rejected')),
            created_at  TEXT NOT NULL,
            decided_at  TEXT
        );
        CREATE INDEX supervision_proposals_pending ON supervision_proposals (status, id);
        """,
    )
    create_identity(conn)
    _merge_names(conn)
