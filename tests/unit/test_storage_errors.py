"""Storage faults reach callers as the journal's own errors, each with a sentence to act on."""

from __future__ import annotations

import ctypes
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from supervision_app.core.entries import Entry
from supervision_app.core.errors import (
    DiskFull,
    JournalError,
    VaultDamaged,
    VaultReadOnly,
)
from supervision_app.storage import guard
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.damage_helpers import disk_full, fill, flip

BIG = "A long synthetic reflection. " * 2000


def test_a_full_disk_is_disk_full_and_loses_nothing(vault: Vault) -> None:
    kept = vault.entries.add(Entry(title="kept", body="first"))
    with disk_full(vault), pytest.raises(DiskFull) as caught:
        vault.entries.add(Entry(title="too big", body=BIG))
    assert "full" in str(caught.value) and "Free some space" in str(caught.value)
    with disk_full(vault), pytest.raises(DiskFull):
        vault.entries.update(Entry(**{**kept.__dict__, "body": BIG}))
    # The transaction was rolled back and the vault still works.
    assert vault.entries.count() == 1
    assert vault.entries.get(kept.id).body == "first"  # type: ignore[arg-type]
    vault.entries.add(Entry(title="after", body=BIG))
    assert vault.entries.count() == 2


def test_writing_through_a_read_only_connection_is_vault_read_only(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE).close()
    conn = guard.connect(
        vault_path.absolute().as_uri() + "?mode=ro", vault_path=vault_path, uri=True
    )
    from supervision_app.storage.keying import apply_key

    apply_key(conn, PASSPHRASE)
    with pytest.raises(VaultReadOnly) as caught:
        conn.execute("INSERT INTO settings VALUES ('a', '1')")
    assert "read-only" in str(caught.value)
    conn.close()


def test_a_damaged_page_found_while_reading_is_vault_damaged(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v)
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // 4096
    # Pages of entries that opening never reads.
    vault_path.write_bytes(bytes(flip(data, [pages // 3, pages // 2])))
    with Vault.open(vault_path, PASSPHRASE) as v:
        with pytest.raises(VaultDamaged) as caught:
            for _ in v.conn.execute("SELECT body FROM entries"):
                pass
            v.conn.execute("SELECT count(*) FROM entries_fts_data WHERE block IS NOT NULL")
        assert "restore" in str(caught.value) and "backups" in str(caught.value)


def test_other_sqlite_errors_are_left_alone(vault: Vault) -> None:
    """Constraint and syntax errors are for the repositories, not the user."""
    with pytest.raises(sqlcipher3.dbapi2.OperationalError):
        vault.conn.execute("SELECT * FROM no_such_table")
    assert vault.entries.search('"unbalanced') == []  # FTS syntax still falls back


def test_every_typed_error_is_a_journal_error() -> None:
    for error in (DiskFull("v"), VaultReadOnly("v"), VaultDamaged("v")):
        assert isinstance(error, JournalError)
        assert str(error).endswith(".")


# -- the passphrase and SQLite's statement cache ----------------------------------------------


def _prepared_statements(conn: object) -> list[bytes]:
    """The SQL of every statement SQLite holds prepared on ``conn`` (its cache included)."""
    lib = ctypes.CDLL(sqlcipher3._sqlite3.__file__)  # type: ignore[attr-defined]
    lib.sqlite3_next_stmt.restype = ctypes.c_void_p
    lib.sqlite3_next_stmt.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.sqlite3_sql.restype = ctypes.c_char_p
    lib.sqlite3_sql.argtypes = [ctypes.c_void_p]
    # pysqlite's Connection starts with PyObject_HEAD, then the sqlite3* handle.
    db = ctypes.c_void_p.from_address(id(conn) + ctypes.sizeof(ctypes.c_void_p) * 2).value
    found: list[bytes] = []
    stmt = None
    while True:
        stmt = lib.sqlite3_next_stmt(db, stmt)
        if not stmt:
            return found
        found.append(lib.sqlite3_sql(stmt) or b"")


def test_the_passphrase_is_not_kept_in_the_statement_cache(vault_path: Path) -> None:
    new = "a completely different passphrase"
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(Entry(title="t", body="b", practice_date=dt.date(2026, 1, 1)))
        statements = _prepared_statements(v.conn)
        assert statements, "the probe must see the cache (it holds the INSERT)"
        v.change_passphrase(PASSPHRASE, new)
        statements = _prepared_statements(v.conn)
    with Vault.open(vault_path, new) as v:
        statements += _prepared_statements(v.conn)
    assert any(b"INSERT" in s for s in statements)
    for secret in (PASSPHRASE, new):
        assert not any(secret.encode() in s for s in statements), statements


#: Vault.create with writes capped below what a new vault needs (RLIMIT_FSIZE, set after the
#: imports), in a process of its own: a full disk without root.
_CREATE_ON_A_FULL_DISK = """
import resource, signal, sys
from pathlib import Path
from supervision_app.core.errors import JournalError
from supervision_app.storage.vault import Vault
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
try:
    Vault.create(Path(sys.argv[1]), sys.argv[2]).close()
except JournalError as error:
    print("refused:", error)
"""


def test_a_create_that_fails_for_space_leaves_no_files(tmp_path: Path) -> None:
    """Found on a 300 KB tmpfs: the welcome said the disk was full, but the failed create
    left journal.sjvault-wal (holding the space) and -shm behind, so freeing some space and
    trying again met a disk still full of what the app had left."""
    folder = tmp_path / "journal"
    folder.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _CREATE_ON_A_FULL_DISK, str(folder / "j.sjvault"), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.stdout.startswith("refused: ") and done.returncode == 0, done
    assert sorted(p.name for p in folder.iterdir()) == []
