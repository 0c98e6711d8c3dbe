"""The vault file: encryption, key checks, rekey, locking, file modes, migrations."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.entries import Entry
from supervision_app.core.errors import (
    NotAVault,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from supervision_app.storage.keying import apply_key
from supervision_app.storage.schema.migrations import LATEST_VERSION
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

SECRET = "QUOKKA-7731-distinctive-body-text"


def _raw_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            data += p.read_bytes()
    return data


def test_round_trip(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        saved = v.entries.add(Entry(title="Visit reflection", body=SECRET, tags=("visit",)))
    with Vault.open(vault_path, PASSPHRASE) as v:
        got = v.entries.get(saved.id or 0)
    assert got.title == "Visit reflection"
    assert got.body == SECRET
    assert got.tags == ("visit",)


def test_file_is_encrypted_including_wal(vault_path: Path) -> None:
    v = Vault.create(vault_path, PASSPHRASE)
    v.entries.add(Entry(title="t", body=SECRET * 20))
    # While open, recent writes sit in the -wal file: it must be encrypted too.
    assert Path(str(vault_path) + "-wal").exists()
    raw = _raw_bytes(vault_path)
    assert SECRET.encode() not in raw
    assert b"QUOKKA" not in raw
    v.close()
    assert vault_path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert SECRET.encode() not in _raw_bytes(vault_path)


@pytest.mark.usefixtures("default_kdf")
def test_any_sqlcipher4_client_opens_it_with_passphrase_alone(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(Entry(title="Portable", body="x"))
    conn = sqlcipher.connect(str(vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert conn.execute("SELECT title FROM entries").fetchone()[0] == "Portable"
    assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    conn.close()


def test_wrong_passphrase_leaves_file_byte_identical(
    vault_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    Vault.create(vault_path, PASSPHRASE).close()
    before = vault_path.read_bytes()
    listing = sorted(os.listdir(vault_path.parent))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase at all")
    assert vault_path.read_bytes() == before
    assert sorted(os.listdir(vault_path.parent)) == listing
    # The library's HMAC complaints must not reach the terminal.
    assert "HMAC" not in capfd.readouterr().err
    # And the lock was released: the right passphrase still opens it.
    Vault.open(vault_path, PASSPHRASE).close()


def test_rekey(vault_path: Path) -> None:
    new = "a brand new passphrase"
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(Entry(title="kept", body=SECRET))
        with pytest.raises(WrongPassphrase):
            v.change_passphrase("wrong old passphrase", new)
        with pytest.raises(WeakPassphrase):
            v.change_passphrase(PASSPHRASE, "short")
        v.change_passphrase(PASSPHRASE, new)
        assert v.entries.get(1).body == SECRET  # still usable after rekey
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, new) as v:
        assert v.entries.get(1).body == SECRET
    assert SECRET.encode() not in _raw_bytes(vault_path)


def test_second_open_is_refused_with_clear_message(vault_path: Path) -> None:
    first = Vault.create(vault_path, PASSPHRASE)
    first.entries.add(Entry(title="before"))
    with pytest.raises(VaultInUse, match="open in another"):
        Vault.open(vault_path, PASSPHRASE)
    first.entries.add(Entry(title="after"))
    first.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.entries.count() == 2
        assert v.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_second_process_is_refused(vault_path: Path) -> None:
    import subprocess
    import sys

    with Vault.create(vault_path, PASSPHRASE):
        code = (
            "import sys\n"
            "from supervision_app.storage.vault import Vault\n"
            "from supervision_app.core.errors import VaultInUse\n"
            f"try:\n    Vault.open({str(vault_path)!r}, {PASSPHRASE!r})\n"
            "except VaultInUse as e:\n    print(e); sys.exit(7)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 7, result.stderr
    assert "open in another" in result.stdout


def test_file_and_folder_modes(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(Entry(title="x"))
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(vault_path) + suffix)
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, suffix
    assert stat.S_IMODE(vault_path.parent.stat().st_mode) == 0o700


def test_create_refuses_existing_file_and_weak_passphrase(vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_path, "short")
    assert not vault_path.exists()
    Vault.create(vault_path, PASSPHRASE).close()
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE)


def test_open_missing_and_non_vault_files(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nowhere.sjvault", PASSPHRASE)
    empty = tmp_path / "empty.sjvault"
    empty.write_bytes(b"")
    with pytest.raises(NotAVault):
        Vault.open(empty, PASSPHRASE)
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n")
    with pytest.raises(NotAVault):
        Vault.open(text, PASSPHRASE)
    plain = tmp_path / "plain.db"
    conn = sqlcipher.connect(str(plain))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(plain, PASSPHRASE)


def test_other_sqlcipher_database_is_not_a_vault(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlcipher.connect(str(other))
    apply_key(conn, PASSPHRASE)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(other, PASSPHRASE)


def test_migrations_from_empty_vault(vault_path: Path) -> None:
    """An empty encrypted file with our id (version 0) is brought up to date."""
    vault_path.parent.mkdir(parents=True)
    conn = sqlcipher.connect(str(vault_path))
    apply_key(conn, PASSPHRASE)
    conn.execute("PRAGMA application_id = 1397379662")
    conn.commit()
    conn.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == LATEST_VERSION
        tables = {r[0] for r in v.conn.execute("SELECT name FROM sqlite_master")}
        assert {"entries", "entries_fts", "entry_tags", "settings"} <= tables
        v.entries.add(Entry(title="works"))
        assert v.entries.search("works")[0].title == "works"


def test_newer_schema_is_refused(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)
    # The refusal released the lock.
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)


def test_pragmas(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_settings_round_trip(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.settings.set("never_export", ["Example Name"])
        assert v.settings.get("missing", 5) == 5
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.settings.get("never_export") == ["Example Name"]


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_vault_of_every_older_version_opens(vault_path: Path, version: int) -> None:
    """A vault left at schema ``version`` (with data) is migrated and keeps its entries."""
    from supervision_app.storage.schema.migrations import MIGRATIONS

    vault_path.parent.mkdir(parents=True)
    conn = sqlcipher.connect(str(vault_path), isolation_level=None)
    apply_key(conn, PASSPHRASE)
    conn.execute("PRAGMA application_id = 1397379662")
    for number in range(1, version + 1):
        conn.execute("BEGIN")
        MIGRATIONS[number - 1](conn)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    conn.execute(
        "INSERT INTO entries (title, practice_date, created_at, updated_at, body)"
        " VALUES ('old entry', '2020-01-01', '2020-01-01T00:00:00+00:00',"
        " '2020-01-01T00:00:00+00:00', 'kept body')"
    )
    conn.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == LATEST_VERSION
        assert v.entries.get(1).body == "kept body"
        assert v.entries.search("kept")[0].title == "old entry"


def test_lock_is_released_when_the_holder_dies(vault_path: Path) -> None:
    """The OS drops the lock with the process: a crash never locks the vault out for good."""
    import subprocess
    import sys

    Vault.create(vault_path, PASSPHRASE).close()
    code = (
        "import os\n"
        "from supervision_app.storage.vault import Vault\n"
        f"Vault.open({str(vault_path)!r}, {PASSPHRASE!r})\n"
        "os._exit(0)  # no clean close\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    Vault.open(vault_path, PASSPHRASE).close()


def test_opening_never_reads_the_database_file_outside_sqlite(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing any descriptor of the file drops SQLite's POSIX locks held by this process
    (a documented way to corrupt a database), so only SQLite may open it."""
    import builtins
    import io

    Vault.create(vault_path, PASSPHRASE).close()
    first = Vault.open(vault_path, PASSPHRASE)
    real_open = builtins.open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        assert os.path.realpath(str(file)) != os.path.realpath(vault_path), "opened the vault"
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(io, "open", guarded)
    try:
        with pytest.raises(VaultInUse):
            Vault.open(vault_path, PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            first.close()
            Vault.open(vault_path, "not the passphrase at all")
    finally:
        first.close()


def test_the_vault_file_cannot_be_chosen_as_evidence_or_import(vault: Vault) -> None:
    from supervision_app.core.entries import Entry
    from supervision_app.export.importers import run_import
    from supervision_app.storage.vault import VaultFileChosen

    e = vault.entries.add(Entry(title="x"))
    with pytest.raises(VaultFileChosen):
        vault.attachments.add_file(e.id or 0, vault.path)
    with pytest.raises(VaultFileChosen):
        run_import(vault, "csv", Path(str(vault.path) + "-wal"))
    assert vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
