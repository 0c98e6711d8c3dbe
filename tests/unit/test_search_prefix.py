"""The upgrade that indexes 2-letter prefixes (storage/schema/search_prefix.py).

It rebuilds the whole search index of an existing vault: no search result may change,
the app hears how far it has got, and a process killed part way leaves the old vault
usable (the next open upgrades it).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from supervision_app.core.find.filters import SearchFilters
from supervision_app.storage.damage import check_vault
from supervision_app.storage.keying import apply_key
from supervision_app.storage.schema import search_prefix, v5_fts_prefix
from supervision_app.storage.schema.migrations import LATEST_VERSION
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.upgrade_helpers import BEFORE, old_vault

QUERIES = ("of", "ca", "car", "vi", "ho", "te", "re", "o", "visit ca", "risk of")
FILTERS = (None, SearchFilters(kind="note"), SearchFilters(tags=("home visit",)))


def results(vault: Vault) -> dict[str, list[tuple[int | None, str, str]]]:
    """Every page the list would show, as typed and fully ranked, with its snippets."""
    shown = {}
    for query in QUERIES:
        for filters in FILTERS:
            for quick in (True, False):
                for offset in (0, 7):
                    page = vault.entries.search(
                        query, limit=7, offset=offset, plain=True, prefix_last=True,
                        quick=quick, filters=filters,
                    )  # fmt: skip
                    key = f"{query}|{filters}|{quick}|{offset}"
                    shown[key] = [(s.id, s.title, s.snippet) for s in page]
    return shown


def index_sql(vault: Vault) -> str:
    return str(
        vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0]
    )


def test_the_upgrade_changes_no_search_result(vault_path: Path) -> None:
    old_vault(vault_path, 300)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == LATEST_VERSION
        assert "prefix = '2 3'" in index_sql(vault)
        hash_bytes = "SELECT v FROM entries_fts_config WHERE k = 'hashsize'"
        assert vault.conn.execute(hash_bytes).fetchone()[0] == search_prefix.HASH_BYTES
        upgraded = results(vault)
        assert sum(map(len, upgraded.values())) > 500, "the queries find plenty"
        assert check_vault(vault).ok
        # The same vault with the index as it was before the upgrade.
        with vault.transaction() as conn:
            v5_fts_prefix.migrate(conn)
        assert "prefix = '3'" in index_sql(vault)
        assert results(vault) == upgraded


def test_the_upgrade_reports_its_progress(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_prefix, "BATCH", 7)
    live = old_vault(vault_path, 60)
    heard: list[tuple[int, int]] = []
    Vault.open(vault_path, PASSPHRASE, on_progress=lambda *r: heard.append(r)).close()
    assert heard[0] == (0, 0)  # as the upgrade starts, before the backup
    batches = [r for r in heard if r[1]]
    assert batches[0] == (0, live) and batches[-1] == (live, live)
    assert len(batches) >= live // 7
    assert [d for d, _ in batches] == sorted(d for d, _ in batches)
    # Nothing to upgrade: nothing reported.
    heard.clear()
    Vault.open(vault_path, PASSPHRASE, on_progress=lambda *r: heard.append(r)).close()
    assert heard == []


#: Opens the vault and is killed (SIGKILL) halfway through rebuilding the index.
KILLED_HALFWAY = """
import os, signal, sys
from supervision_app.storage.schema import search_prefix
from supervision_app.storage.vault import Vault

search_prefix.BATCH = 20

def progress(done, total):
    if total and done >= total // 2:
        os.kill(os.getpid(), signal.SIGKILL)

Vault.open(sys.argv[1], sys.argv[2], on_progress=progress)
"""


def test_a_kill_during_the_upgrade_leaves_the_old_vault_usable(vault_path: Path) -> None:
    live = old_vault(vault_path, 400)
    run = [sys.executable, "-c", KILLED_HALFWAY, str(vault_path), PASSPHRASE]
    done = subprocess.run(run, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    # Still the old schema and the old index, consistent.
    conn = sqlcipher.connect(str(vault_path), isolation_level=None)
    apply_key(conn, PASSPHRASE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0]
    assert "prefix = '3'" in sql
    assert conn.execute("SELECT count(*) FROM entries_fts_docsize").fetchone()[0] == live
    conn.close()
    # The next open upgrades it, and everything is found.
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.schema_version == LATEST_VERSION
        assert "prefix = '2 3'" in index_sql(vault)
        assert check_vault(vault).ok, check_vault(vault).problems
        found = vault.entries.search("entry", limit=1000)
        assert len(found) == live


def test_the_command_line_says_it_is_upgrading_once(vault_path: Path) -> None:
    from tests.cli.helpers import ok, run

    live = old_vault(vault_path, 30)
    first = run("list", "--json", "--limit", "100", "--vault", vault_path)
    assert len(json.loads(ok(first))) == live
    assert "upgrading the vault" in first.stderr
    again = run("list", "--json", "--limit", "100", "--vault", vault_path)
    assert "upgrading" not in ok(again) + again.stderr
