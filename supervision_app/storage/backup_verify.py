"""The two checks of a backup copy: every page authenticates (``cipher_integrity_check``)
and the structure holds (``integrity_check``, table by table); one after the other, or at
once on two connections.

They run on the copy a backup has just written, ATTACHed to the backup's own connection
(``storage/backup_copy.py``), and on a backup file before it is restored or when it is
verified on request (:func:`verify_file`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.errors import VaultDamaged
from supervision_app.core.i18n import QT_TRANSLATE_NOOP
from supervision_app.storage import guard
from supervision_app.storage.backup_open import backup_key, open_read_only
from supervision_app.storage.keying import quote

#: A VaultDamaged detail (translated where it is shown: core/errors.py VaultDamaged).
NOT_A_JOURNAL = QT_TRANSLATE_NOOP("Errors", "it is not a copy of a journal vault")

_APPLICATION_ID = 0x534A524E  # as storage/vault.py (importing it here would be circular)
#: SQLite's primary result code when a progress handler (Cancel) stops a statement.
SQLITE_INTERRUPT = 9


def _page_problems(conn: Any, schema: str = "") -> list[str]:
    """Pages that are missing or do not authenticate: what damage to an encrypted copy is.

    ``page_count`` reads the page count from the file's (encrypted, authenticated) header,
    so a file cut short at a page boundary fails here; ``cipher_integrity_check`` checks
    the HMAC of every page in the file, free pages included, so any changed byte is found.
    """
    conn.execute(f"PRAGMA {schema}page_count").fetchone()
    return [str(r[0]) for r in conn.execute(f"PRAGMA {schema}cipher_integrity_check")]


def _structure_problems(
    conn: Any, schema: str = "", check: Callable[[], None] | None = None
) -> list[str]:
    """SQLite's ``integrity_check`` of every ordinary table with its indexes, table by table.

    This walks every b-tree in use (reading, and so authenticating, each of its pages) and
    checks that each index agrees with its table. Table by table leaves out the FTS5
    table's own ``xIntegrity`` check, which re-decodes the whole search index (more than
    half of the whole-file ``integrity_check``'s time at 50,000 entries) and adds nothing
    for a byte copy whose pages all authenticate: the search index is derived from the
    entries, its b-trees (the shadow tables) are still checked here, and ``check`` runs the
    FTS5 check on the vault itself.
    """
    tables = [
        str(r[0])
        for r in conn.execute(
            f"SELECT name FROM {schema}sqlite_schema WHERE type = 'table'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage"
        )
    ]
    for table in ("sqlite_schema", *tables):
        if check is not None:
            check()  # Cancel, or the vault closing, between two tables
        rows = conn.execute(f"PRAGMA {schema}integrity_check({quote(table)})")
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        if problems:
            return problems
    return []


def verify_connection(
    conn: Any,
    path: Path,
    schema: str = "",
    *,
    check_structure: bool = True,
    check: Callable[[], None] | None = None,
    pages_on: Any = None,
) -> None:
    """Both checks of the copy ATTACHed to ``conn`` as ``schema``: on ``conn`` one after
    the other, or with ``pages_on`` (a second connection with the copy ATTACHed alike)
    at once, the page check there on a thread of its own (see :class:`_PageCheck`)."""
    try:
        if conn.execute(f"PRAGMA {schema}application_id").fetchone()[0] != _APPLICATION_ID:
            raise VaultDamaged(path, NOT_A_JOURNAL)
        if pages_on is not None and check_structure:
            with _PageCheck(pages_on, schema) as pages:
                try:
                    structure = _structure_problems(conn, schema, check)
                except sqlcipher.DatabaseError as error:
                    if guard.primary_code(error) == SQLITE_INTERRUPT:
                        raise
                    structure = [str(error)]  # the page check's finding comes first
            problems = pages.problems() or structure
        else:
            problems = _page_problems(conn, schema)
            if check_structure and not problems:
                problems = _structure_problems(conn, schema, check)
    except sqlcipher.DatabaseError as error:
        if guard.primary_code(error) == SQLITE_INTERRUPT:
            raise  # Cancel, through the backup's progress handler: not damage
        raise VaultDamaged(path, str(error)) from None
    if problems:
        raise VaultDamaged(path, problems[0])


class _PageCheck:
    """The page check (:func:`_page_problems`) on ``conn``, on a thread of its own, while
    the caller runs the structure check on its own connection.

    Each check reads and decrypts the whole copy (about 1.0 and 1.6 CPU s at 50,000
    entries); SQLite runs outside the GIL, so on two cores both take as long as the longer
    one. Leaving the ``with`` block by an exception (Cancel) interrupts this one, but
    ``cipher_integrity_check`` is one step that SQLite cannot stop midway (nor could it
    before: it ran first on the backup's connection), so the block ends when the thread
    has, at most the page check's second later.
    """

    def __init__(self, conn: Any, schema: str) -> None:
        self._connection = conn
        self._schema = schema
        self._found: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup-pages", daemon=True)

    def _run(self) -> None:
        try:
            self._found = _page_problems(self._connection, self._schema)
        except BaseException as error:  # reported by problems(), on the caller's thread
            self._error = error

    def __enter__(self) -> _PageCheck:
        self._thread.start()
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self._connection.interrupt()
        self._thread.join()

    def problems(self) -> list[str]:
        """What the page check found; its SQLite error (damage or interrupt) re-raised."""
        if self._error is not None:
            raise self._error
        return self._found


def verify_backup(path: Path, passphrase: str) -> None:
    """Raise unless ``path`` is an encrypted, intact vault that ``passphrase`` opens."""
    verify_file(path, backup_key(path, passphrase), report_as=path)


def verify_file(path: Path, key_sql: str, *, report_as: Path) -> None:
    """Verify the backup file at ``path`` (see the module doc) with both checks at once.

    Each check runs on its own read-only connection under ``key_sql`` in its own thread:
    SQLite runs outside the GIL, so on two cores this takes as long as the longer check.
    Problems are reported as VaultDamaged naming ``report_as``.
    """

    def run(check: Callable[[Any], list[str]]) -> list[str]:
        conn = open_read_only(path, key_sql)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != _APPLICATION_ID:
                return [NOT_A_JOURNAL]
            return check(conn)
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="verify") as pool:
        checks = [pool.submit(run, _page_problems), pool.submit(run, _structure_problems)]
        problems: list[str] = []
        for check in checks:
            try:
                problems += check.result()
            except VaultDamaged:
                problems.append(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a page of the file does not read back as it was written"
                    )
                )
            except sqlcipher.DatabaseError as error:
                problems.append(str(error))
    if problems:
        raise VaultDamaged(report_as, problems[0])
