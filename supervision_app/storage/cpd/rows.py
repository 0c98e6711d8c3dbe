"""How CPD details and evidence-file details are read from their rows, and how many ids
are asked for at once (``WHERE ... IN (?, ?, ...)``, in chunks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from supervision_app.core.cpd.model import Attachment, CpdFields

#: SQLite's default limit on bound parameters is 32766; stay far below it.
CHUNK = 500


def timestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def date_or_none(text: str | None) -> dt.date | None:
    return None if not text else dt.date.fromisoformat(text)


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def marks(n: int) -> str:
    return ",".join("?" * n)


CPD_COLUMNS = (
    "activity_type, description, learning, impact, peer_role, peer_date, peer_learning,"
    " peer_reflection_id"
)


def fields_from_row(row: Sequence[Any]) -> CpdFields:
    return CpdFields(
        activity_type=row[0],
        description=row[1],
        learning=row[2],
        impact=row[3],
        peer_role=row[4],
        peer_date=date_or_none(row[5]),
        peer_learning=row[6],
        peer_reflection_id=row[7],
    )


ATTACHMENT_COLUMNS = "id, entry_id, filename, media_type, size, sha256, added_at"


def attachment_from_row(row: Sequence[Any]) -> Attachment:
    return Attachment(
        id=row[0],
        entry_id=row[1],
        filename=row[2],
        media_type=row[3],
        size=row[4],
        sha256=row[5],
        added_at=dt.datetime.fromisoformat(row[6]),
    )
