"""Social Work England's CPD form: the text of each field, and the identical-record check.

The online form asks for the type of CPD, a short description and why it is relevant, the
date, what you learnt, the positive impact on your practice and the people you work with,
and optionally what you learnt from discussing it with a peer. Social Work England checks
that no two submitted records are identical.

Two records are *identical* here when their description, learning and impact read the same
once case, punctuation and spacing are ignored (a copied record with a new date or type is
still a copy). Records with all three fields empty are never reported as identical; they
are reported as incomplete instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from supervision_app.core.cpd.model import CpdRecord

__all__ = [
    "SweField",
    "distinct_count",
    "identical_pairs",
    "missing_fields",
    "swe_date",
    "swe_fields",
]

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class SweField:
    label: str
    text: str
    optional: bool = False


def swe_date(record: CpdRecord) -> str:
    """The date as the form takes it (DD/MM/YYYY)."""
    return f"{record.date:%d/%m/%Y}"


def swe_fields(record: CpdRecord) -> list[SweField]:
    """The form's fields, in the form's order, with the text to paste into each."""
    cpd = record.cpd
    if cpd is None:
        return []
    peer = cpd.peer_learning
    if peer and (cpd.peer_role or cpd.peer_date):
        who = f"Discussed with {cpd.peer_role}" if cpd.peer_role else "Discussed with a peer"
        when = f" on {cpd.peer_date:%d/%m/%Y}" if cpd.peer_date else ""
        peer = f"{who}{when}.\n\n{peer}"
    return [
        SweField("Type of CPD", cpd.activity_label),
        SweField("Short description of the activity and why it is relevant", cpd.description),
        SweField("Date of the activity", swe_date(record)),
        SweField("What did you learn?", cpd.learning),
        SweField(
            "What positive impact has it had on your practice and the people you work with?",
            cpd.impact,
        ),
        SweField("What did you learn from discussing it with a peer?", peer, optional=True),
    ]


def missing_fields(record: CpdRecord) -> list[str]:
    """Labels of required fields that are still empty."""
    return [f.label for f in swe_fields(record) if not f.optional and not f.text.strip()]


def _fingerprint(record: CpdRecord) -> str:
    cpd = record.cpd
    if cpd is None:
        return ""
    parts = (cpd.description, cpd.learning, cpd.impact)
    return "\x1f".join(_NOT_WORD.sub(" ", p).casefold().strip() for p in parts)


def identical_pairs(records: Sequence[CpdRecord]) -> list[tuple[CpdRecord, CpdRecord]]:
    """Each later record paired with the first earlier record it is identical to."""
    first_seen: dict[str, CpdRecord] = {}
    pairs: list[tuple[CpdRecord, CpdRecord]] = []
    for record in records:
        key = _fingerprint(record)
        if not key.replace("\x1f", ""):
            continue
        if key in first_seen:
            pairs.append((first_seen[key], record))
        else:
            first_seen[key] = record
    return pairs


def distinct_count(records: Sequence[CpdRecord]) -> int:
    """How many different records there are: copies of one record count once.

    Records whose three fields are empty are never copies of each other (they are
    reported as incomplete instead), so each counts.
    """
    seen: set[str] = set()
    n = 0
    for record in records:
        key = _fingerprint(record)
        if not key.replace("\x1f", ""):
            n += 1
        elif key not in seen:
            seen.add(key)
            n += 1
    return n
