"""Index two-letter prefixes as well as three-letter ones, for search as you type.

Schema 5 indexed 3-letter prefixes only (a 2-letter index then cost a whole-vault import
too much), so the second letter typed, e.g. ``"of"*``, made FTS5 merge the lists of every
word beginning "of" (49,817 of 50,000 entries) for each of the keystroke's queries:
28-34 ms CPU, the slowest search of the benchmark, filtered or not. With ``prefix = '2 3'``
it is 7.5 ms. At 50,000 entries the vault grows by about 34 MB (19 %); the rebuild takes
about 10 CPU s, once. A bigger in-memory ``hashsize`` (kept in the table's config) pays
for the extra index in whole-vault imports, which are no slower than before; see
docs/performance.md.

The index is rebuilt inside the upgrade's one transaction, a batch of entries at a time so
that the app can show how far it has got: a process killed part way leaves the old index
and schema version in place, and the next open starts again. Only live entries are indexed
(trashed ones leave the index), as the triggers on ``entries`` do; they name the table, so
they keep working with the new one.
"""

from __future__ import annotations

from typing import Any

from supervision_app.storage.schema.progress import report
from supervision_app.storage.schema.sqlscript import run_script

#: Entries indexed between two progress reports (~0.3 s at 50,000 entries).
BATCH = 2000
#: FTS5 keeps this many bytes of new index in memory before writing a segment (default
#: 1 MB); kept in the table's config, so imports benefit too. Only big writes use it.
HASH_BYTES = 16 * 1024 * 1024


def migrate(conn: Any) -> None:
    run_script(
        conn,
        """
        DROP TABLE IF EXISTS entries_fts;
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body, tags,
            content = 'entries', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        """,
    )
    conn.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", (HASH_BYTES,)
    )
    total = conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
    report(0, total)
    insert = (
        "INSERT INTO entries_fts (rowid, title, body, tags)"
        " SELECT id, title, body, tags FROM entries WHERE deleted_at IS NULL AND id > ?"
    )
    done, after = 0, -1
    while True:
        row = conn.execute(
            "SELECT id FROM entries WHERE deleted_at IS NULL AND id > ?"
            " ORDER BY id LIMIT 1 OFFSET ?",
            (after, BATCH - 1),
        ).fetchone()
        if row is None:  # the last, partial batch
            conn.execute(insert, (after,))
            break
        conn.execute(insert + " AND id <= ?", (after, row[0]))
        done, after = done + BATCH, row[0]
        report(done, total)
    report(total, total)
