"""An entry's row in the vault and back: the columns read, timestamps and the tags column.

Kept apart from the repository (storage/entries.py) so the search (storage/find/) builds
summaries from rows without importing it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from supervision_app.core.entries import EntrySummary

# Not typing's TYPE_CHECKING: a command-line search imports neither typing nor Entry.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from supervision_app.core.entries import Entry

SUMMARY_COLUMNS = "id, title, kind, practice_date, tags, updated_at, deleted_at"
#: The columns :func:`entry_from_row` reads, in its order.
ENTRY_COLUMNS = (
    "id, kind, title, body, practice_date, tags, minutes, created_at, updated_at, deleted_at, uid"
)


def ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def parse_ts(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def tags_of(text: str) -> tuple[str, ...]:
    """The tags column, a JSON array of strings, as a tuple.

    The column as :meth:`EntryRepository.add_once` writes it (``json.dumps`` of a list,
    ``ensure_ascii=False``) is split without :mod:`json` when no tag needs an escape (no
    quote, backslash or control character): a command-line search then does not import
    json (~2 ms). Anything else goes to ``json.loads``; a test compares the two.
    """
    if text == "[]":
        return ()
    if text[:2] == '["' and text[-2:] == '"]' and "\\" not in text and min(text) >= " ":
        tags = text[2:-2].split('", "')
        if not any('"' in tag for tag in tags):
            return tuple(tags)
    import json

    return tuple(json.loads(text))


def tags_json(tags: Iterable[str]) -> str:
    import json

    return json.dumps(list(tags), ensure_ascii=False)


def entry_from_row(row: Any) -> Entry:
    """An :class:`Entry` from a row of :data:`ENTRY_COLUMNS`."""
    from supervision_app.core.entry import Entry

    return Entry(
        id=row[0],
        kind=row[1],
        title=row[2],
        body=row[3],
        practice_date=dt.date.fromisoformat(row[4]),
        tags=tags_of(row[5]),
        minutes=row[6],
        created_at=parse_ts(row[7]),
        updated_at=parse_ts(row[8]),
        deleted_at=parse_ts(row[9]),
        uid=row[10] if len(row) > 10 else None,
    )


def summary_from_row(row: Any, snippet: str = "") -> EntrySummary:
    return EntrySummary(
        id=row[0],
        title=row[1],
        kind=row[2],
        practice_date=dt.date.fromisoformat(row[3]),
        tags=tags_of(row[4]),
        updated_at=dt.datetime.fromisoformat(row[5]),
        deleted_at=parse_ts(row[6]),
        snippet=snippet,
    )
