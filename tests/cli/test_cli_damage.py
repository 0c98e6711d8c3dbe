"""Damaged, foreign, newer and read-only vaults through the real command line.

Each gives its documented message and exit code (docs/cli.md), and the file is left
byte-identical. A damaged vault is never reported as a wrong passphrase.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from supervision_app.storage.backup import make_backup
from supervision_app.storage.schema.migrations import LATEST_VERSION
from supervision_app.storage.vault import Vault
from tests.cli.helpers import PASSPHRASE, fails, ok, run
from tests.damage_helpers import damaged, fill, raw_conn, read_only

EXIT_WRONG_PASSPHRASE, EXIT_UNAVAILABLE, EXIT_DAMAGED, EXIT_READ_ONLY = 3, 4, 6, 8


@pytest.fixture(scope="module")
def intact(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("intact") / "journal.sjvault"
    with Vault.create(path, PASSPHRASE) as v:
        fill(v)
    return path.read_bytes()


def _vault_with_backup(folder: Path, intact: bytes, data: bytes) -> Path:
    """An intact vault with one backup, then its file replaced by ``data``."""
    path = folder / "journal.sjvault"
    path.write_bytes(intact)
    with Vault.open(path, PASSPHRASE) as v:
        make_backup(v, reason="test")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "kind",
    [
        "truncated at a page boundary",
        "truncated mid-page",
        "flipped bits on several pages",
        "flipped bits on the first page",
        "random bytes",
    ],
)
def test_damage_is_named_and_the_file_left_alone(tmp_path: Path, intact: bytes, kind: str) -> None:
    path = _vault_with_backup(tmp_path, intact, damaged(kind, intact))
    before = path.read_bytes()
    result = run("list", "--vault", path)
    # Damage on a page that opening does not read shows while listing: what was read
    # before it may have been printed, then the message and the exit code.
    assert result.returncode == EXIT_DAMAGED, result.stderr
    assert "Traceback" not in result.stderr
    line = result.stderr.splitlines()[-1]
    assert "is damaged" in line and "restore" in line, line
    assert "passphrase is not correct" not in result.stderr
    assert path.read_bytes() == before


def test_random_bytes_without_any_backup_cannot_be_told_from_a_wrong_passphrase(
    tmp_path: Path, intact: bytes
) -> None:
    """Documented limit: with the salt gone too, nothing shows the passphrase was right."""
    path = tmp_path / "journal.sjvault"
    path.write_bytes(damaged("random bytes", intact))
    fails(run("list", "--vault", path), EXIT_WRONG_PASSPHRASE, "passphrase is not correct")


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(tmp_path: Path, intact: bytes) -> None:
    path = _vault_with_backup(tmp_path, intact, intact)
    before = path.read_bytes()
    result = run("list", "--vault", path, passphrase="not the right passphrase")
    fails(result, EXIT_WRONG_PASSPHRASE, "passphrase is not correct")
    assert path.read_bytes() == before


def test_a_plain_sqlite_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = path.read_bytes()
    fails(run("list", "--vault", path), EXIT_UNAVAILABLE, "is not a Supervision Journal vault")
    assert path.read_bytes() == before


def test_a_newer_vault_asks_for_an_update(tmp_path: Path, intact: bytes) -> None:
    path = tmp_path / "journal.sjvault"
    path.write_bytes(intact)
    conn = raw_conn(path, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    fails(run("list", "--vault", path), EXIT_UNAVAILABLE, "newer version", "update the app")
    assert path.read_bytes() == before


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_vault_or_folder_says_so(tmp_path: Path, intact: bytes, what: str) -> None:
    folder = tmp_path / "vaults"
    folder.mkdir()
    path = folder / "journal.sjvault"
    path.write_bytes(intact)
    with read_only(path if what == "file" else folder):
        fails(
            run("add", "--vault", path, "--title", "t", "--body", "b"), EXIT_READ_ONLY, "read-only"
        )
        assert path.read_bytes() == intact
    ok(run("list", "--vault", path))  # writable again, and intact


def test_check_reports_ok_and_problems(tmp_path: Path, intact: bytes) -> None:
    path = tmp_path / "journal.sjvault"
    path.write_bytes(intact)
    assert ok(run("check", "--vault", path)) == "ok\n"
    # The search index loses an entry behind the app's back.
    conn = raw_conn(path, PASSPHRASE)
    conn.execute("DROP TRIGGER entries_fts_delete")
    conn.execute("DELETE FROM entries WHERE id = 5")
    conn.close()
    result = run("check", "--vault", path)
    assert result.returncode == EXIT_DAMAGED, result.stderr
    assert "search index" in result.stdout
    result = run("check", "--json", "--vault", path)
    assert result.returncode == EXIT_DAMAGED
    assert '"ok": false' in result.stdout


def test_check_finds_a_damaged_page(tmp_path: Path, intact: bytes) -> None:
    path = tmp_path / "journal.sjvault"
    data = bytearray(intact)
    pages = len(data) // 4096
    data[(pages - 2) * 4096 + 50] ^= 0xFF
    path.write_bytes(bytes(data))
    result = run("check", "--vault", path)
    assert result.returncode == EXIT_DAMAGED, result.stderr
    assert f"HMAC verification failed for page {pages - 1}" in result.stdout
