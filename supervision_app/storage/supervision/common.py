"""Small helpers shared by the supervision repositories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlcipher3.dbapi2 import IntegrityError

from supervision_app.core.supervision.errors import PartnerNotFound, RecordSigned
from supervision_app.storage.schema.v4_supervision import LOCKED_MESSAGE

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any


def ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def parse_ts(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def iso_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def new_uid() -> str:
    """A global id, the same in every vault a record is exchanged into."""
    import uuid  # on use: it imports platform, which a plain search never needs

    return str(uuid.uuid4())


def check_partner(conn: Any, partner_id: int | None) -> None:
    """:class:`PartnerNotFound` unless ``partner_id`` is None or a recorded partner's id."""
    if partner_id is None:
        return
    found = conn.execute("SELECT 1 FROM supervision_partners WHERE id = ?", (partner_id,))
    if found.fetchone() is None:
        raise PartnerNotFound(partner_id)


@contextmanager
def locked_as_error() -> Iterator[None]:
    """Turn the read-only triggers' abort into :class:`RecordSigned`."""
    try:
        yield
    except IntegrityError as error:
        if LOCKED_MESSAGE in str(error):
            raise RecordSigned() from None
        raise
