"""Taking an exact, encrypted copy of the vault from one snapshot: for a backup, and for
the check's search-index comparison (which needs a copy it can write to).

The fast way is a byte copy of the vault file itself, taken inside a read transaction that
began right after a full checkpoint, on a connection of the caller's own (never the vault's
shared one): see ``storage/backup_copy.py``. Otherwise SQLCipher's ``sqlcipher_export``
writes the copy from one read transaction, into a database ATTACHed without a KEY clause,
which takes the vault's key and salt.

The byte copy is made by child processes (``dd``), never with an ordinary file call in the
app's process: on POSIX, closing any descriptor of a file drops every POSIX advisory lock the
process holds on it, SQLite's own included ("How To Corrupt An SQLite Database File", 2.2).
A copy made here dropped the lock of the window's connection (and of the copy's own read
transaction), so another program could take the vault as its last user and checkpoint or
delete the write-ahead log under the app. The child's close drops only the child's locks,
and it holds none. Measured against SQLite's online backup API (which decrypts and
re-encrypts every page: 2.0-2.2 CPU s for the copy alone at 50,000 entries, against
0.1 s for ``cp``; see docs/performance.md), only a child process keeps the backup and its
verification within 3 s. On Windows a lock belongs to its handle, not to the process, so
the copy is made here.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import JournalError
from supervision_app.storage.keying import quote

_APPLICATION_ID = 0x534A524E  # as storage/vault.py (importing it here would be circular)
_CHUNK = 1 << 20
#: The copy is flushed to disk every so many bytes (a multiple of _CHUNK), not all at the end.
_SYNC_EVERY = 16 << 20
#: Times the copy tries for an empty write-ahead log before it uses ``sqlcipher_export``.
_SNAPSHOT_TRIES = 3
#: How long the full checkpoint waits for a writer or a reader, in milliseconds: the
#: window's saves take a few. Anything longer (a task writing, another worker's read) holds
#: the log for longer still, and the copy is made by ``sqlcipher_export`` at once, which
#: needs no checkpoint: it waited the connection's whole busy timeout (1 s) three times
#: before, then took that way anyway (a check run under a held write lock took 3.2 s).
CHECKPOINT_WAIT_MS = 200
#: The byte copy is made in this process (:func:`_copy_here`), not by ``dd``: on Windows,
#: where a lock belongs to its handle. A setting rather than a test of ``os.name`` where
#: it is used, so that tests on Linux take this path too (tests/unit/test_backup_copy_here.py).
COPY_IN_PROCESS = os.name != "posix"


class BackupCancelled(JournalError):
    def __init__(self) -> None:
        super().__init__("The backup was cancelled; nothing was kept.")


class BackgroundSync:
    """An fsync and close of ``out`` on a thread of its own: the wait for the disk overlaps
    the verification, which is CPU work."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="backup-fsync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            os.fsync(self._out.fileno())
        except OSError as error:
            self._error = error
        finally:
            self._out.close()

    def wait(self) -> OSError | None:
        self._thread.join()
        return self._error


class Progress:
    """Progress (0.0-1.0, at most every 50 ms) and cancellation, for the copy and the check."""

    def __init__(
        self, progress: Callable[[float], None] | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._last = 0.0
        self._floor = 0.0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise BackupCancelled()

    def stage(self, floor: float) -> None:
        """A milestone (the copy is made): always reported."""
        self._floor = floor
        self._last = 0.0
        self.report(floor)

    def report(self, value: float) -> None:
        now = time.monotonic()
        if self._progress is not None and now - self._last > 0.05:
            self._last = now
            self._progress(min(max(value, self._floor), 0.99))

    def stopped(self) -> int:
        """A progress handler that only stops the statement on Cancel (any thread)."""
        return 1 if self._cancelled is not None and self._cancelled() else 0

    def tick(self) -> int:
        """SQLite's progress handler: a non-zero return stops the statement."""
        if self._cancelled is not None and self._cancelled():
            return 1
        # The check's own progress is unknown: creep from the floor towards the end.
        self._floor += (0.99 - self._floor) * 0.002
        self.report(self._floor)
        return 0


def live_entries(conn: Any, schema: str = "") -> int:
    sql = f"SELECT count(*) FROM {schema}entries WHERE deleted_at IS NULL"
    return int(conn.execute(sql).fetchone()[0])


def copy_snapshot(conn: Any, vault_path: Path, temp: Path, report: Progress) -> int | None:
    """Copy the vault file byte for byte while nothing can change it (see the module doc);
    its number of live entries, or None if the write-ahead log would not stay empty."""
    wal = Path(f"{vault_path}-wal")
    for attempt in range(_SNAPSHOT_TRIES):
        if attempt:
            time.sleep(0.05 * attempt)
        # PASSIVE first: it copies the log into the file without stopping a writer; then
        # TRUNCATE, which holds writers back only while it finishes what is left.
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if _truncate_was_busy(conn):
            return None  # held for longer than a save takes: no byte copy (see above)
        conn.execute("BEGIN")
        try:
            entries = live_entries(conn)  # the read transaction starts here
            if wal.exists() and wal.stat().st_size:
                # Written between the checkpoint and the read: this transaction may read
                # from the log, and a checkpoint could then change the file under the copy.
                continue
            if not copy_file(vault_path, temp, report):
                return None  # no ``dd`` to run: SQLCipher makes the copy
        finally:
            conn.execute("ROLLBACK")
        # What the app wrote meanwhile piled up in the log (no checkpoint could run): copy
        # it into the file here, on the worker, or the app's next save would (SQLite runs
        # a checkpoint as part of the commit that takes the log past 1,000 pages).
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return entries
    return None


def _truncate_was_busy(conn: Any) -> bool:
    """``wal_checkpoint(TRUNCATE)``, waiting at most :data:`CHECKPOINT_WAIT_MS` for it;
    True if it could not finish (a writer or a reader held the log)."""
    (before,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}").fetchone()
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return bool(busy)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(before)}").fetchone()


def _dd() -> str | None:
    return "/bin/dd" if os.path.exists("/bin/dd") else shutil.which("dd")


def copy_file(source: Path, temp: Path, report: Progress) -> bool:
    """Copy the vault file ``source`` over ``temp`` (private, already made) byte for byte,
    without opening ``source`` in this process (see the module doc); False if it cannot.

    ``dd`` copies 16 MB at a time, and each piece is flushed to disk (through a descriptor
    of the copy, never of the vault) while ``dd`` copies the next, which waits for that
    flush before it starts: one flush of the whole copy at the end made the app's next save
    wait behind it (a single ``cp`` left 200 MB to flush), and a flush after each piece in
    turn made the copy wait for the disk (0.45 of its 0.8 s at 200 MB). Cancel is looked at
    between pieces.
    """
    size = source.stat().st_size
    if COPY_IN_PROCESS:
        _copy_here(source, temp, max(size, 1), report)
        return True
    dd = _dd()
    if dd is None:
        return False
    step = _SYNC_EVERY // _CHUNK  # blocks of _CHUNK bytes per piece
    out = os.open(temp, os.O_RDWR)
    flusher = _FlushBehind(out)
    try:
        for first in range(0, max(-(-size // _CHUNK), 1), step):
            report.check()
            piece = subprocess.run(
                [dd, f"if={source}", f"of={temp}", f"bs={_CHUNK}", f"skip={first}"]
                + [f"seek={first}", f"count={step}", "conv=notrunc"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env={**os.environ, "LC_ALL": "C"},
                check=False,
            )
            if piece.returncode:
                raise _copy_error(piece.stderr.decode("utf-8", "replace").strip(), temp)
            flusher.flush()
            report.report(0.3 * min(first + step, size / _CHUNK) * _CHUNK / max(size, 1))
        flusher.wait()
        if os.fstat(out).st_size != size:
            raise OSError(errno.EIO, "the copy is not the size of the vault", str(temp))
    finally:
        flusher.join()
        os.close(out)
    return True


class _FlushBehind:
    """``fdatasync`` of the copy ``fd`` on a thread, one at a time: :meth:`flush` waits
    for the flush before (and raises its error), then starts the next, so the disk writes
    one piece while ``dd`` copies the next, and no more than two pieces wait unflushed."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None

    def _run(self) -> None:
        try:
            os.fdatasync(self._fd)
        except OSError as error:
            self._error = error

    def flush(self) -> None:
        self.wait()
        self._thread = threading.Thread(target=self._run, name="backup-flush", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Wait for the flush under way; its error, if it met one."""
        self.join()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def _copy_error(message: str, temp: Path) -> OSError:
    """The child's failure as the OSError it met (so a full disk is DiskFull)."""
    for code in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EIO):
        if os.strerror(code) in message:
            return OSError(code, os.strerror(code), str(temp))
    return OSError(errno.EIO, message or "the copy failed", str(temp))


def _copy_here(source: Path, temp: Path, size: int, report: Progress) -> None:
    """Windows: a chunked copy in this process (its locks belong to handles)."""
    copied = 0
    with source.open("rb") as src, temp.open("wb") as out:  # vault-file-read: Windows only
        while chunk := src.read(_CHUNK):
            out.write(chunk)
            copied += len(chunk)
            if copied % _SYNC_EVERY == 0:
                out.flush()
                os.fsync(out.fileno())
            report.check()
            report.report(0.3 * copied / size)


def export_with_sqlcipher(conn: Any, temp: Path, report: Progress) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    # No KEY clause: the copy takes the vault's key and salt (see the module doc). One
    # statement: everything it copies comes from the one read transaction it runs in.
    with attached(conn, temp):
        conn.execute("SELECT sqlcipher_export('backup_copy')")
        conn.execute(f"PRAGMA backup_copy.user_version = {int(version)}")
        conn.execute(f"PRAGMA backup_copy.application_id = {_APPLICATION_ID}")
        entries = live_entries(conn, "backup_copy.")
    report.check()
    return entries


@contextmanager
def attached(conn: Any, path: Path) -> Iterator[None]:
    """``path`` ATTACHed to ``conn`` as ``backup_copy`` (nothing if ``conn`` is None)."""
    if conn is None:
        yield
        return
    conn.execute(f"ATTACH DATABASE {quote(str(path))} AS backup_copy")
    try:
        yield
    finally:
        with suppress(sqlcipher.DatabaseError, JournalError):
            conn.execute("DETACH DATABASE backup_copy")
