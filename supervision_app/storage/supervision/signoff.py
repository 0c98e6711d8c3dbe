"""Sign-off of session records, dated addenda with their own sign-off, and a record's history.

When both parties have signed, the record is locked (read-only; see the schema's triggers).
Addenda can only be added to a locked record; their text is fixed once added and they are
locked in turn when both parties sign them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from supervision_app.core.cpd.model import signoff_text
from supervision_app.core.i18n import QT_TRANSLATE_NOOP, Text
from supervision_app.core.supervision.codec import fingerprint, session_to_dict
from supervision_app.core.supervision.errors import (
    AddendumNotFound,
    InvalidSupervisionRecord,
    NameMismatch,
    NotSigned,
    RecordSigned,
)
from supervision_app.core.supervision.markdown import compose_addendum_markdown
from supervision_app.core.supervision.model import (
    MAX_NAME,
    PARTIES,
    Addendum,
    SessionRecord,
    Signature,
    clean_line,
    clean_text,
)
from supervision_app.core.supervision.views import (
    HistoryEvent,
)
from supervision_app.storage.supervision.common import locked_as_error, new_uid, parse_ts, ts
from supervision_app.storage.supervision.history import record_history
from supervision_app.storage.supervision.identity import (
    insert_proof,
    proof_from_row,
    sign_here,
    statuses,
)
from supervision_app.storage.supervision.people import OwnerSettings

if TYPE_CHECKING:
    from supervision_app.storage.supervision.sessions import SessionRepository
    from supervision_app.storage.vault import Vault


def signatures_of(conn: Any, session_id: int, addendum_id: int | None) -> tuple[Signature, ...]:
    rows = conn.execute(
        "SELECT s.party, s.name, s.signed_at, s.id, p.name, p.signed_at, p.content_sha256,"
        " p.public_key, p.signature FROM supervision_signatures s"
        " LEFT JOIN supervision_signature_proofs p ON p.signature_id = s.id"
        " WHERE s.session_id = ? AND s.addendum_id IS ? ORDER BY s.signed_at, s.id",
        (session_id, addendum_id),
    ).fetchall()
    return tuple(
        Signature(r[0], r[1], dt.datetime.fromisoformat(r[2]), proof_from_row(r[4:]), r[3])
        for r in rows
    )


def addenda_of(conn: Any, session_id: int) -> tuple[Addendum, ...]:
    rows = conn.execute(
        "SELECT id, uid, text, author, created_at, locked_at FROM supervision_addenda"
        " WHERE session_id = ? ORDER BY created_at, id",
        (session_id,),
    ).fetchall()
    return tuple(
        Addendum(
            session_id=session_id,
            id=r[0],
            uid=r[1],
            text=r[2],
            author=r[3],
            created_at=dt.datetime.fromisoformat(r[4]),
            locked_at=parse_ts(r[5]),
            signatures=signatures_of(conn, session_id, r[0]),
        )
        for r in rows
    )


def _check_signer(party: str, name: str) -> str:
    if party not in PARTIES:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "'{party}' is not a party to the record; use owner or partner."
            ),
            party=party,
        )
    name = clean_line(name)
    if not name:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "Type your name to sign.")
        )
    if len(name) > MAX_NAME:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "A name is longer than {max_name} characters."),
            max_name=MAX_NAME,
        )
    return name


def insert_signature(
    conn: Any, session_id: int, addendum_id: int | None, signature: Signature
) -> int:
    """Add a signature (with its proof, if it has one); returns its id."""
    cur = conn.execute(
        "INSERT INTO supervision_signatures (session_id, addendum_id, party, name, signed_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (session_id, addendum_id, signature.party, signature.name, ts(signature.signed_at)),
    )
    signature_id = int(cur.lastrowid)
    if signature.proof is not None:
        insert_proof(conn, signature_id, signature.proof)
    return signature_id


def _same_name(a: str, b: str) -> bool:
    return clean_line(a).casefold() == clean_line(b).casefold()


def check_name(party: str, name: str, owner_name: str, partner_name: str) -> None:
    """Raise :class:`NameMismatch` if a typed name is not the one the journal expects.

    The owner's name is "your name" in the settings (when set); the partner's is their
    recorded name. A different name is allowed, but only when the caller confirms it.
    """
    expected = owner_name if party == "owner" else partner_name
    if expected and not _same_name(name, expected):
        who = (
            Text("Errors", "your name")
            if party == "owner"
            else Text("Errors", "your partner's recorded name")
        )
        raise NameMismatch.marked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is not {who} (“{expected}”); check who is signing, and confirm "
                "to sign with a different name.",
            ),
            name=clean_line(name),
            who=who,
            expected=expected,
        )


def lock_session(conn: Any, record: SessionRecord, at: dt.datetime) -> None:
    """Mark a record signed by both; from now on the triggers refuse changes."""
    conn.execute(
        "UPDATE supervision_sessions SET locked_at = ?, fingerprint = ? WHERE entry_id = ?",
        (ts(at), fingerprint(session_to_dict(record)), record.id),
    )


class SignOffRepository:
    def __init__(self, vault: Vault, sessions: SessionRepository) -> None:
        self._vault = vault
        self._sessions = sessions

    # -- the record ------------------------------------------------------------------------------

    def check_name(self, session_id: int, party: str, name: str) -> None:
        """Raise :class:`NameMismatch` if ``name`` is not the one expected for ``party``."""
        record = self._sessions.get(session_id)
        check_name(party, name, OwnerSettings(self._vault).name(), record.partner_name)

    def sign(
        self, session_id: int, party: str, name: str, *, confirm_name: bool = False
    ) -> SessionRecord:
        """Confirm the record as ``party`` (``owner`` or ``partner``) with a typed name.

        The owner's signature is also made with this journal's key, over a hash of the
        record as it is now; the partner's, typed at this screen, proves only that someone
        typed it. A name other than the expected one needs ``confirm_name``. The second
        signature locks the record: it becomes read-only.
        """
        name = _check_signer(party, name)
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            record = self._sessions.get(session_id)
            if record.is_locked:
                raise RecordSigned()
            if not confirm_name:
                check_name(party, name, OwnerSettings(self._vault).name(), record.partner_name)
            if record.signature_of(party) is not None:
                raise InvalidSupervisionRecord(
                    "You have already signed this record."
                    if party == "owner"
                    else "Your partner has already signed this record."
                )
            proof = sign_here(self._vault, record, None, name, now) if party == "owner" else None
            insert_signature(conn, session_id, None, Signature(party, name, now, proof))
            record = self._sessions.get(session_id)
            if len(record.signatures) == len(PARTIES):
                lock_session(conn, record, now)
            return self._sessions.get(session_id)

    def withdraw(self, session_id: int, party: str) -> SessionRecord:
        """Take back a signature before the other party has signed."""
        with self._vault.transaction() as conn:
            if self._sessions.get(session_id).is_locked:
                raise RecordSigned()
            conn.execute(
                "DELETE FROM supervision_signatures WHERE session_id = ? AND addendum_id IS NULL"
                " AND party = ?",
                (session_id, party),
            )
            return self._sessions.get(session_id)

    # -- addenda ---------------------------------------------------------------------------------

    def add_addendum(self, session_id: int, text: str, author: str) -> Addendum:
        """Add a dated change to a signed record; it is appended to the entry's body."""
        text, author = clean_text(text), clean_line(author)
        if not text:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "An addendum needs some text.")
            )
        if not author:
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "Say who wrote the addendum.")
            )
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            record = self._sessions.get(session_id)
            if not record.is_locked:
                raise NotSigned.marked(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only a record signed by both of you takes addenda; change the "
                        "record itself.",
                    )
                )
            addendum = Addendum(session_id, text, author, now, uid=new_uid())
            cur = conn.execute(
                "INSERT INTO supervision_addenda (uid, session_id, text, author, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (addendum.uid, session_id, text, author, ts(now)),
            )
            addendum = replace(addendum, id=int(cur.lastrowid))
            self.append_to_entry(session_id, addendum, first=not record.addenda)
            return addendum

    def append_to_entry(self, session_id: int, addendum: Addendum, *, first: bool) -> None:
        """Append the new ``addendum`` (already a row, with its id) to the entry's body, so
        search finds it: the one change a signed record's entry takes, through a pass the
        schema's guard checks (see ``schema/signed_entry_guard.py``)."""
        if addendum.id is None:
            raise ValueError("append_to_entry() needs an addendum with an id")
        text = compose_addendum_markdown(addendum, first=first)
        with self._vault.transaction() as conn, locked_as_error():
            entry = self._vault.entries.get(session_id)
            conn.execute(
                "INSERT INTO supervision_entry_appends (addendum_id, entry_id, text)"
                " VALUES (?, ?, ?)",
                (addendum.id, session_id, text),
            )
            self._vault.entries.update(replace(entry, body=entry.body + text))
            # Used by the update if the record is signed; else unused, and not kept.
            conn.execute("DELETE FROM supervision_entry_appends WHERE entry_id = ?", (session_id,))

    def get_addendum(self, addendum_id: int) -> Addendum:
        row = self._vault.conn.execute(
            "SELECT session_id FROM supervision_addenda WHERE id = ?", (addendum_id,)
        ).fetchone()
        if row is None:
            raise AddendumNotFound(addendum_id)
        return next(a for a in addenda_of(self._vault.conn, row[0]) if a.id == addendum_id)

    def sign_addendum(
        self, addendum_id: int, party: str, name: str, *, confirm_name: bool = False
    ) -> Addendum:
        """Sign an addendum as ``party``; the owner's signature is made with the key."""
        name = _check_signer(party, name)
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            addendum = self.get_addendum(addendum_id)
            if addendum.is_locked:
                raise RecordSigned(QT_TRANSLATE_NOOP("Errors", "This addendum"))
            if any(s.party == party for s in addendum.signatures):
                raise InvalidSupervisionRecord.marked(
                    QT_TRANSLATE_NOOP("Errors", "This addendum is already signed by that party.")
                )
            record = self._sessions.get(addendum.session_id)
            if not confirm_name:
                check_name(party, name, OwnerSettings(self._vault).name(), record.partner_name)
            proof = (
                sign_here(self._vault, record, addendum, name, now) if party == "owner" else None
            )
            signature = Signature(party, name, now, proof)
            insert_signature(conn, addendum.session_id, addendum_id, signature)
            if len(addendum.signatures) + 1 == len(PARTIES):
                conn.execute(
                    "UPDATE supervision_addenda SET locked_at = ? WHERE id = ?",
                    (ts(now), addendum_id),
                )
            return self.get_addendum(addendum_id)

    # -- history (storage/supervision/history.py) -----------------------------------------------

    def history(self, session_id: int) -> list[HistoryEvent]:
        """What happened to the record and when: creation or import, each signature, locking,
        and each addendum with its signatures, oldest first."""
        record = self._sessions.get(session_id)
        return record_history(record, statuses(self._vault, record))


def signoff_lines(conn: Any, entry_ids: Sequence[int]) -> dict[int, str]:
    """The sign-off line of each supervision record among ``entry_ids`` (for exports)."""
    marks = ", ".join("?" * len(entry_ids))
    sessions = conn.execute(
        f"SELECT entry_id, locked_at FROM supervision_sessions WHERE entry_id IN ({marks})",
        list(entry_ids),
    ).fetchall()
    if not sessions:
        return {}
    found = [r[0] for r in sessions]
    signers: dict[int, list[tuple[str, str, dt.datetime]]] = {}
    for row in conn.execute(
        "SELECT session_id, party, name, signed_at FROM supervision_signatures"
        f" WHERE addendum_id IS NULL AND session_id IN ({', '.join('?' * len(found))})"
        " ORDER BY signed_at, id",
        found,
    ):
        signers.setdefault(row[0], []).append((row[1], row[2], dt.datetime.fromisoformat(row[3])))
    return {
        entry_id: signoff_text(
            signers.get(entry_id, []), dt.datetime.fromisoformat(locked) if locked else None
        )
        for entry_id, locked in sessions
    }
