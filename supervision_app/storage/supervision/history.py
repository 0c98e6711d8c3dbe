"""A supervision record's history: creation or import, each signature and how it was made,
locking, and each addendum with its signatures, oldest first.

Each event's text is a core.i18n.Text under "Sessions": the English for the command line
(``session show``), the window's language where the sign-off panel shows it.
"""

from __future__ import annotations

from supervision_app.core.i18n import Text
from supervision_app.core.supervision.model import SessionRecord, Signature
from supervision_app.core.supervision.signing import STATUS_TEXT, TYPED
from supervision_app.core.supervision.views import HistoryEvent

#: The signature status of each (addendum uid or None, party): as ``identity.statuses``.
Statuses = dict[tuple[str | None, str], tuple[Signature, str]]


def record_history(record: SessionRecord, status: Statuses) -> list[HistoryEvent]:
    """The record's events, ``status`` saying how each signature was made."""
    partner = record.partner_name or Text("Sessions", "your partner")

    def who(s: Signature) -> str:
        return Text("Sessions", "you") if s.party == "owner" else partner

    def how(addendum_uid: str | None, s: Signature) -> str:
        state = status[(addendum_uid, s.party)][1]
        proof = s.proof
        text = STATUS_TEXT[state]
        if state != TYPED and proof is not None and proof.name != s.name:
            return Text("Sessions", "{how}, as “{name}”", how=text, name=proof.name)
        return text

    events: list[HistoryEvent] = []
    if record.created_at is not None:
        events.append(
            HistoryEvent(record.created_at, "created", Text("Sessions", "Record created."))
        )
    if record.imported_at is not None:
        events.append(
            HistoryEvent(
                record.imported_at,
                "imported",
                Text("Sessions", "Imported from an exchange file."),
            )
        )
    for s in record.signatures:
        events.append(
            HistoryEvent(
                s.signed_at,
                "signed",
                Text(
                    "Sessions",
                    "Signed by {who} as “{name}” ({how}).",
                    who=who(s),
                    name=s.name,
                    how=how(None, s),
                ),
                status=status[(None, s.party)][1],
            )
        )
    if record.locked_at is not None:
        events.append(
            HistoryEvent(
                record.locked_at,
                "locked",
                Text("Sessions", "Signed by both; the record is now read-only."),
            )
        )
    for n, a in enumerate(record.addenda, 1):
        events.append(
            HistoryEvent(
                a.created_at,
                "addendum",
                Text(
                    "Sessions",
                    "Addendum {number} added by {author}.",
                    number=n,
                    author=a.author,
                ),
                a.id,
            )
        )
        for s in a.signatures:
            events.append(
                HistoryEvent(
                    s.signed_at,
                    "addendum_signed",
                    Text(
                        "Sessions",
                        "Addendum {number} signed by {who} as “{name}” ({how}).",
                        number=n,
                        who=who(s),
                        name=s.name,
                        how=how(a.uid, s),
                    ),
                    a.id,
                    status=status[(a.uid, s.party)][1],
                )
            )
    order = {
        "created": 0,
        "imported": 1,
        "signed": 2,
        "locked": 3,
        "addendum": 4,
        "addendum_signed": 5,
    }
    events.sort(key=lambda e: (e.at, order[e.kind]))
    return events
