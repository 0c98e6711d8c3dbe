"""Session records as plain JSON-able data, for exchange files and exports.

Actions are named by their global ``uid`` (ids differ between vaults). Signatures name their
party as the vault sees it (``owner``/``partner``); :func:`swap_parties` turns a record into
the other person's point of view, as an exchange does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.core.supervision.errors import InvalidSupervisionRecord
from supervision_app.core.supervision.model import (
    Action,
    ActionReview,
    Addendum,
    CaseDiscussion,
    Decision,
    DiscussionNote,
    SessionRecord,
    Signature,
    Wellbeing,
)
from supervision_app.core.supervision.rules import canonical_json, sha256_hex
from supervision_app.core.supervision.signing import Proof


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _ts(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat(timespec="seconds")


def signature_to_dict(s: Signature) -> dict[str, Any]:
    data: dict[str, Any] = {"party": s.party, "name": s.name, "signed_at": _ts(s.signed_at)}
    if s.proof is not None:
        data["proof"] = s.proof.to_dict()
    return data


def _action(a: Action) -> dict[str, Any]:
    data = {
        "uid": a.uid,
        "text": a.text,
        "owner": a.owner,
        "due_date": _date(a.due_date),
        "status": a.status,
    }
    # Only when set, so records written before case references keep their fingerprints.
    if a.case_ref:
        data["case_ref"] = a.case_ref
    return data


def _decision(d: Decision) -> dict[str, Any]:
    data = {"decision": d.decision, "rationale": d.rationale}
    if d.case_ref:  # as for actions: absent when empty, so old fingerprints hold
        data["case_ref"] = d.case_ref
    return data


def content_to_dict(record: SessionRecord) -> dict[str, Any]:
    """The record's written sections, as JSON-able data (also how the vault stores them)."""
    return {
        "agenda": list(record.agenda),
        "discussion": [{"ref": n.ref, "text": n.text} for n in record.discussion],
        "wellbeing": {
            "own_wellbeing": record.wellbeing.own_wellbeing,
            "emotional_impact": record.wellbeing.emotional_impact,
        },
        "case_discussions": [
            {"case_ref": c.case_ref, "text": c.text} for c in record.case_discussions
        ],
        "decisions": [_decision(d) for d in record.decisions],
        "learning": record.learning,
        "cpd": record.cpd,
    }


def session_to_dict(record: SessionRecord) -> dict[str, Any]:
    """The whole record (with sign-off and addenda) as JSON-able data."""
    reviews = []
    for r in record.action_reviews:
        snapshot = _action(r.action) if r.action is not None else {"uid": ""}
        reviews.append(
            {
                "action_uid": snapshot.pop("uid"),
                **snapshot,
                "status": r.status,
                "note": r.note,
            }
        )
    content = content_to_dict(record)
    return {
        "uid": record.uid,
        "session_date": record.session_date.isoformat(),
        "minutes": record.minutes,
        "session_type": record.session_type,
        # The keys in the order exchange files have always had them.
        "agenda": content.pop("agenda"),
        "action_reviews": reviews,
        **content,
        "new_actions": [_action(a) for a in record.new_actions],
        "next_session": _date(record.next_session),
        "reevaluation": record.reevaluation,
        "reevaluation_notes": record.reevaluation_notes,
        "created_at": _ts(record.created_at),
        "locked_at": _ts(record.locked_at),
        "signatures": [signature_to_dict(s) for s in record.signatures],
        "addenda": [
            {
                "uid": a.uid,
                "text": a.text,
                "author": a.author,
                "created_at": _ts(a.created_at),
                "locked_at": _ts(a.locked_at),
                "signatures": [signature_to_dict(s) for s in a.signatures],
            }
            for a in record.addenda
        ],
    }


_SWAP = {"owner": "partner", "partner": "owner"}


def swap_parties(data: dict[str, Any]) -> dict[str, Any]:
    """The same record from the other party's point of view (owner and partner swapped)."""

    def swapped(signatures: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**s, "party": _SWAP.get(s["party"], s["party"])} for s in signatures]

    return {
        **data,
        "signatures": swapped(data["signatures"]),
        "addenda": [{**a, "signatures": swapped(a["signatures"])} for a in data["addenda"]],
    }


def fingerprint(data: dict[str, Any]) -> str:
    """A checksum of the signed record itself, the same in both parties' vaults.

    Addenda, local times and which side each signature was made from are left out, so the
    supervisor's copy and the supervisee's imported copy have the same fingerprint.
    """
    base = {k: v for k, v in data.items() if k not in ("addenda", "created_at", "locked_at")}
    base["signatures"] = sorted([s["name"], s["signed_at"]] for s in data["signatures"])
    return sha256_hex(canonical_json(base))


# -- reading back (validates everything) -----------------------------------------------------------


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "'{key}' should be text."), key=key
        )
    return value


def _opt_date(value: Any, key: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "'{key}' is not a date."), key=key
        ) from None


def _opt_ts(value: Any, key: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "'{key}' is not a date and time."), key=key
        ) from None
    if parsed.tzinfo is None:
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "'{key}' has no time zone."), key=key
        )
    return parsed


def _signatures(items: Any) -> tuple[Signature, ...]:
    result = []
    for s in items:
        signed_at = _opt_ts(s["signed_at"], "signed_at")
        if s["party"] not in _SWAP or signed_at is None or not _text(s, "name").strip():
            raise InvalidSupervisionRecord.marked(
                QT_TRANSLATE_NOOP("Errors", "A signature is incomplete.")
            )
        proof = None
        if s.get("proof") is not None:
            try:
                proof = Proof.from_dict(s["proof"])
            except (KeyError, TypeError, ValueError):
                raise InvalidSupervisionRecord.marked(
                    QT_TRANSLATE_NOOP("Errors", "A signature's proof is not valid.")
                ) from None
        result.append(Signature(s["party"], s["name"], signed_at, proof))
    if len({s.party for s in result}) != len(result):
        raise InvalidSupervisionRecord.marked(QT_TRANSLATE_NOOP("Errors", "A party signed twice."))
    return tuple(result)


def _action_from(data: dict[str, Any], uid_key: str = "uid") -> Action:
    uid = _text(data, uid_key)
    if not uid:
        raise InvalidSupervisionRecord.marked(QT_TRANSLATE_NOOP("Errors", "An action has no id."))
    return Action(
        text=_text(data, "text"),
        owner=_text(data, "owner"),
        due_date=_opt_date(data.get("due_date"), "due_date"),
        status=_text(data, "status") if uid_key == "uid" else "open",
        uid=uid,
        case_ref=_text(data, "case_ref"),
    ).validated()


def session_from_dict(data: dict[str, Any], partner_id: int) -> SessionRecord:
    """A validated record from :func:`session_to_dict` data.

    Reviews carry their action as ``review.action`` (with its ``uid``) and ``action_id`` 0:
    the caller finds or creates the action. Raises :class:`InvalidSupervisionRecord` (or
    ``KeyError``/``TypeError`` for data of the wrong shape).
    """
    uid = _text(data, "uid")
    if not uid:
        raise InvalidSupervisionRecord.marked(QT_TRANSLATE_NOOP("Errors", "A record has no id."))
    date = _opt_date(data["session_date"], "session_date")
    reviews = tuple(
        ActionReview(0, _text(r, "status"), _text(r, "note"), _action_from(r, "action_uid"))
        for r in data["action_reviews"]
    )
    wellbeing = data["wellbeing"]
    addenda = tuple(
        Addendum(
            session_id=0,
            text=_text(a, "text"),
            author=_text(a, "author"),
            created_at=_opt_ts(a["created_at"], "created_at") or _missing("created_at"),
            uid=_text(a, "uid") or _missing("addendum uid"),
            signatures=_signatures(a["signatures"]),
            locked_at=_opt_ts(a.get("locked_at"), "locked_at"),
        )
        for a in data["addenda"]
    )
    record = SessionRecord(
        partner_id=partner_id,
        session_date=date or _missing("session_date"),
        minutes=data["minutes"],
        session_type=_text(data, "session_type"),
        agenda=tuple(_str_list(data["agenda"])),
        action_reviews=reviews,
        discussion=tuple(
            DiscussionNote(_text(n, "ref"), _text(n, "text")) for n in data["discussion"]
        ),
        wellbeing=Wellbeing(
            _text(wellbeing, "own_wellbeing"), _text(wellbeing, "emotional_impact")
        ),
        case_discussions=tuple(
            CaseDiscussion(_text(c, "case_ref"), _text(c, "text")) for c in data["case_discussions"]
        ),
        decisions=tuple(
            Decision(_text(d, "decision"), _text(d, "rationale"), _text(d, "case_ref"))
            for d in data["decisions"]
        ),
        learning=_text(data, "learning"),
        cpd=_text(data, "cpd"),
        new_actions=tuple(_action_from(a) for a in data["new_actions"]),
        next_session=_opt_date(data.get("next_session"), "next_session"),
        reevaluation=data["reevaluation"] is True,
        reevaluation_notes=_text(data, "reevaluation_notes"),
    ).validated()
    return replace(
        record,
        uid=uid,
        signatures=_signatures(data["signatures"]),
        addenda=addenda,
        locked_at=_opt_ts(data.get("locked_at"), "locked_at"),
        created_at=_opt_ts(data.get("created_at"), "created_at"),
    )


def _str_list(items: Any) -> list[str]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise InvalidSupervisionRecord.marked(
            QT_TRANSLATE_NOOP("Errors", "The agenda should be a list of text.")
        )
    return items


def _missing(key: str) -> Any:
    raise InvalidSupervisionRecord.marked(
        QT_TRANSLATE_NOOP("Errors", "'{key}' is missing."), key=key
    )
