"""Writing many entries at once, in the caller's transaction: imports and restores.

Importers check a whole source first (:mod:`supervision_app.core.imports`) and then hand the
entries here, so every SQL statement stays in storage.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from supervision_app.core.entries import Entry
from supervision_app.core.imports import ImportResult, ReadEntries, timestamp

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: Rows per ``executemany``.
BATCH = 500


def local_today(vault: Vault) -> dt.date:
    """Today where the user is, by the vault's clock (tests inject theirs)."""
    return vault.clock().astimezone().date()


# -- writing -----------------------------------------------------------------------------------

_FTS_TRIGGER = "entries_fts_insert"


class IndexBuild:
    """The full-text index of the entries written inside :func:`index_at_the_end`.

    All of it is built in one statement at the end, unless :meth:`start` builds part of it
    earlier on a second thread while the caller reads on: that statement is pure SQLite
    (no Python per row), which runs without the GIL, so a restore's reading of the file
    and the index share the machine's cores. Meanwhile the caller must leave the
    connection alone (:attr:`running`; :meth:`wait` first): one connection runs one statement
    at a time.
    """

    #: The trigger's own condition: only live entries are in the index.
    _INSERT = (
        "INSERT INTO entries_fts (rowid, title, body, tags) SELECT id, title, body, tags"
        " FROM entries WHERE id > ? AND id <= ? AND deleted_at IS NULL ORDER BY id"
    )

    def __init__(self, conn: Any, high: int) -> None:
        self._conn = conn
        self._high = high
        #: Entries with ids above this are not indexed yet.
        self.indexed_to = high
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._late: list[int] = []

    @property
    def started(self) -> bool:
        return self.indexed_to > self._high

    @property
    def running(self) -> bool:
        """True while the second thread's statement runs."""
        return self._thread is not None and self._thread.is_alive()

    def note(self, entry_id: int) -> None:
        """An entry written after :meth:`start` (rows in file order never need this)."""
        if entry_id <= self.indexed_to:
            self._late.append(entry_id)

    def start(self, upto: int) -> None:
        """Index the entries with ids up to ``upto`` on a second thread, once: the rest
        are indexed by :meth:`finish`."""
        if self.started or self._high or upto <= 0:  # only into an empty index (see finish)
            return
        low, self.indexed_to = self.indexed_to, upto
        self._thread = threading.Thread(
            target=self._run, args=(low, upto), name="full-text index", daemon=True
        )
        self._thread.start()

    def _run(self, low: int, upto: int) -> None:
        try:
            self._conn.execute(self._INSERT, (low, upto))
            # FTS5 writes its pending terms out at the next savepoint (else at the commit):
            # here, rather than in the caller's next statement on the first thread.
            self._conn.execute("SAVEPOINT index_build")
            self._conn.execute("RELEASE index_build")
        except BaseException as error:  # raised by wait(), on the caller's thread
            self._error = error

    def wait(self) -> None:
        """Until the second thread has finished; its error, if any, is raised here."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def stop(self) -> None:
        """Wait for the second thread's statement, if one runs (the work has failed, and
        the transaction is about to be rolled back), leaving its error unsaid. Not
        interrupted: an interrupt that came just after it ended would stop the rollback."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._error = None

    def finish(self) -> None:
        """The rest of the index, in one statement."""
        self.wait()
        conn = self._conn
        if self.indexed_to > self._high and (
            self._late
            or conn.execute(
                "SELECT 1 FROM entries WHERE id > ? AND deleted_at IS NULL LIMIT 1",
                (self.indexed_to,),
            ).fetchone()
        ):
            # Entries came after the part built early (a file not in a dump's order, or
            # minimal entry lines with a dump): FTS5 would keep them in a segment of their
            # own. The index is built again in one statement, the same to the byte as one
            # built at the end (start() is only for an index that was empty).
            conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')")
            self.indexed_to, self._late = self._high, []
        conn.execute(self._INSERT, (self.indexed_to, _MAX_ID))


_MAX_ID = 2**63 - 1


@contextmanager
def index_at_the_end(conn: Any) -> Iterator[IndexBuild]:
    """Entries inserted inside go into the full-text index in one statement at the end
    (or partly earlier, through the :class:`IndexBuild` it gives).

    The per-row trigger costs 0.75 ms an entry (4.2 s for 5,000 entries of about 1,100
    characters); one ``INSERT … SELECT`` over the new rows costs a quarter of that. The
    trigger is dropped and made again from its own SQL inside the caller's transaction:
    if anything fails (or the process is killed) it is rolled back with the rest, and
    nothing outside the transaction ever sees the vault without it. New entries always
    get ids above the vault's highest (the importers assign them so), which is how they
    are found. Inside, entries are only inserted: an update or delete of a row not yet
    indexed would make the update and delete triggers take from the index what is not there.
    """
    if not conn.in_transaction:
        raise RuntimeError("index_at_the_end needs the caller's transaction")
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).fetchone()
    if row is None:  # an older schema: the trigger does the work
        yield IndexBuild(conn, _MAX_ID)
        return
    high = conn.execute("SELECT coalesce(max(id), 0) FROM entries").fetchone()[0]
    own = conn.execute("SELECT v FROM entries_fts_config WHERE k = 'hashsize'").fetchone()
    conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
    with _bulk_cache(conn):
        # FTS5 writes its pending terms out as a new segment every ``hashsize`` bytes (1 MB
        # by default) and merges segments as they pile up: for 50,000 entries that was most
        # of the index's cost (6.3-7.6 CPU s; 2.5-3.5 s with 32 MB). The option is stored in
        # the index's config table: it is set back (FTS5's own way, which also resets this
        # connection's copy) and its row removed, so the table is as it was, in the same
        # transaction.
        _fts_option(conn, "hashsize", BULK_FTS_HASHSIZE)
        build = IndexBuild(conn, high)
        try:
            yield build
        except BaseException:
            build.stop()
            raise
        build.finish()
        _fts_option(conn, "hashsize", FTS_DEFAULT_HASHSIZE if own is None else own[0])
        if own is None:
            conn.execute("DELETE FROM entries_fts_config WHERE k = 'hashsize'")
    conn.execute(row[0])


#: Pending full-text terms kept in memory while indexing many entries at once (see above).
BULK_FTS_HASHSIZE = 32 * 1024 * 1024
#: FTS5's own default (fts5Int.h: FTS5_DEFAULT_HASHSIZE).
FTS_DEFAULT_HASHSIZE = 1024 * 1024
#: Page cache while writing many rows, in KiB (SQLite's negative ``cache_size``): the
#: connection's own (8 MB) made the pages of the growing tables and the index go out to the
#: write-ahead log and back several times (entries 2.0-2.5 -> 1.2-1.9 CPU s, 50,000 entries).
#: 128 MB rather than 64 MB: a JSONL restore of 50,000 entries (a 200 MB vault) 1.3-2 CPU s
#: less (fewer pages spilled and read back, each decrypted again), peak RSS 213 -> 295 MB
#: while it runs. 256 MB since the restore builds the index on a second thread before the
#: rows after the entries are written: FTS5's pages then pushed the entries out of 128 MB,
#: and every tag, link and CPD record (the foreign keys) read them back, decrypting each
#: again (critical path 7.1-9.3 -> 6.0-8.2 CPU s in five interleaved pairs at load 4-6; peak
#: RSS the same, 322-326 MB). Pages are taken only as needed.
BULK_CACHE_KIB = 256 * 1024


def _fts_option(conn: Any, name: str, value: int) -> None:
    conn.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES (?, ?)", (name, value))


@contextmanager
def _bulk_cache(conn: Any) -> Iterator[None]:
    """A bigger page cache for this connection while inside, then its own again."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    wanted = -BULK_CACHE_KIB
    bigger = (before < 0 and before > wanted) or (before > 0 and before * 4 < BULK_CACHE_KIB)
    if bigger:
        conn.execute(f"PRAGMA cache_size = {wanted}")
    try:
        yield
    finally:
        if bigger:
            conn.execute(f"PRAGMA cache_size = {before}")


def next_rowid(conn: Any, table: str) -> int:
    """One more than any id the table has used (AUTOINCREMENT's high-water mark included)."""
    high = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    has_sequence = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"
    ).fetchone()
    if has_sequence:
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        if row is not None:
            high = max(high, int(row[0]))
    return int(high) + 1


class EntryWriter:
    """Inserts validated entries in batches, with ids it assigns, inside the caller's
    transaction; the ``entries`` triggers put each one into the full-text index."""

    def __init__(self, conn: Any, now: dt.datetime, first_id: int | None = None) -> None:
        self._conn = conn
        self._now = timestamp(now)
        self._next_id = first_id if first_id is not None else next_rowid(conn, "entries")
        self._entries: list[tuple[Any, ...]] = []
        self._tags: list[tuple[int, str]] = []
        self._uids: set[str] = set()
        self.written = 0
        #: Entries left out because their uid is already in the vault (or earlier in the batch).
        self.skipped = 0

    def _uid_known(self, uid: str) -> bool:
        sql = "SELECT 1 FROM entries WHERE uid = ?"
        return self._conn.execute(sql, (uid,)).fetchone() is not None

    def add(self, entry: Entry) -> int | None:
        """The new entry's id; None (and counted in ``skipped``) if its uid is known."""
        if entry.uid is not None:
            if entry.uid in self._uids or self._uid_known(entry.uid):
                self.skipped += 1
                return None
            self._uids.add(entry.uid)
        entry_id = self._next_id
        self._next_id += 1
        self._entries.append(
            (
                entry_id,
                entry.kind,
                entry.title,
                entry.practice_date.isoformat(),
                json.dumps(list(entry.tags), ensure_ascii=False),  # as EntryRepository writes it
                entry.minutes,
                self._stamp(entry.created_at),
                self._stamp(entry.updated_at or entry.created_at),
                entry.body,
                entry.uid,
            )
        )
        self._tags.extend((entry_id, tag) for tag in entry.tags)
        if len(self._entries) >= BATCH:
            self.flush()
        return entry_id

    def _stamp(self, value: dt.datetime | None) -> str:
        return timestamp(value) if value is not None else self._now

    def add_all(self, entries: Iterable[Entry]) -> int:
        for entry in entries:
            self.add(entry)
        self.flush()
        return self.written

    def flush(self) -> None:
        if self._entries:
            self._conn.executemany(
                "INSERT INTO entries (id, kind, title, practice_date, tags, minutes, created_at,"
                " updated_at, body, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self._entries,
            )
            self.written += len(self._entries)
            self._entries.clear()
        if self._tags:
            self._conn.executemany(
                "INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)", self._tags
            )
            self._tags.clear()


def write_entries(vault: Vault, read: ReadEntries, *, dry_run: bool = False) -> ImportResult:
    """Add already-checked entries in one transaction (or, with ``dry_run``, count them),
    with their CPD details, framework links and files (kept encrypted as evidence files)."""
    files = sum(len(f) for f in read.files.values())
    if dry_run:
        count = len(read.entries)
        return ImportResult(
            entries=count,
            records={"entries": count},
            notes=list(read.notes),
            dropped=list(read.dropped),
            attachments=files,
            cpd_records=len(read.cpd),
        )
    from supervision_app.storage.cpd.attachments import AttachmentRepository
    from supervision_app.storage.cpd.repository import CpdRepository
    from supervision_app.storage.reflection import LinkRepository

    with vault.transaction() as conn, index_at_the_end(conn):
        writer = EntryWriter(conn, vault.clock())
        ids = [writer.add(entry) for entry in read.entries]
        writer.flush()
        cpd, links, attachments = CpdRepository(vault), LinkRepository(vault), None
        # An entry skipped for its known uid (None) takes nothing else in with it.
        for index, fields in read.cpd.items():
            if (entry_id := ids[index]) is not None:
                cpd.save(entry_id, fields)
        for index, refs in read.links.items():
            if (entry_id := ids[index]) is not None:
                links.add_links(entry_id, refs)
        for index, items in read.files.items():
            if (entry_id := ids[index]) is None:
                continue
            attachments = attachments or AttachmentRepository(vault)
            for item in items:
                attachments.add(entry_id, item.filename, item.data, item.media_type)
    return ImportResult(
        entries=writer.written,
        records={"entries": writer.written},
        cpd_records=len(read.cpd),
        notes=list(read.notes),
        dropped=list(read.dropped),
        attachments=files,
        skipped_known=writer.skipped,
    )
