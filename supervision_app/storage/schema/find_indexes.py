"""An index of live entries by kind and practice date, for filtered search as you type.

The kind filter had no index: reading which entries are reflections scanned the whole
``entries`` table (bodies included, 170 MB at 50,000 entries: 0.3-0.4 s on the first key
press after choosing the filter). This index is small (kind, date and id only), so it
answers the kind filter, kind with dates, and the count of live entries from a few hundred
pages. Building it at 50,000 entries takes about half a second, once.

The second, by id with the practice date, serves every count of linked entries (the
home view's prompt, the dashboard's coverage): SQLite looks an entry up by its rowid in the
table, one page of 4 KB (bodies included) per link, 1 s for 27,000 links at 50,000
entries; in this small index the same lookups take about 30 ms. Queries name it
(``INDEXED BY``) because the planner prefers the rowid.
"""

from __future__ import annotations

from supervision_app.storage.schema.sqlscript import run_script

TYPE_CHECKING = False  # not typing's own: a command-line search does not import typing
if TYPE_CHECKING:
    from typing import Any


def migrate(conn: Any) -> None:
    run_script(
        conn,
        """
        CREATE INDEX IF NOT EXISTS entries_live_by_kind
            ON entries (kind, practice_date) WHERE deleted_at IS NULL;
        CREATE INDEX IF NOT EXISTS entries_live_dates
            ON entries (id, practice_date) WHERE deleted_at IS NULL;
        """,
    )
