"""``search`` and ``list`` with filters, and ``stats``, on the known vault (real processes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from supervision_app.storage.vault import Vault
from tests import find_vault
from tests.cli.helpers import PASSPHRASE, fails, ok, run
from tests.find_vault import REF, Known


@pytest.fixture(scope="module")
def known_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Known]:
    path = tmp_path_factory.mktemp("find") / "journal.sjvault"
    with Vault.create(path, PASSPHRASE) as vault:
        known = find_vault.build(vault)
    return path, known


def search_ids(path: Path, *args: str) -> list[int]:
    out = ok(run("--vault", path, "search", *args, "--json"))
    return [item["id"] for item in json.loads(out)]


def list_ids(path: Path, *args: str) -> list[int]:
    out = ok(run("--vault", path, "list", *args, "--json"))
    return [item["id"] for item in json.loads(out)]


def test_search_filters_combine_with_the_words(known_vault: tuple[Path, Known]) -> None:
    path, k = known_vault
    assert set(search_ids(path, "handover", "--kind", "reflection")) == {k.home, k.team}
    assert search_ids(path, "handover", "--tag", "home visit") == [k.home]
    assert set(search_ids(path, "handover", "--framework-item", REF)) == {k.home, k.course}
    assert search_ids(path, "handover", "--partner", "ab") == [k.supervision]
    assert set(search_ids(path, "handover", "--from", "2026-01-10", "--to", "2026-02-28")) == {
        k.home,
        k.supervision,
    }
    assert search_ids(path, "loneliness", "--cpd-year", "2025") == [k.old_note]
    assert search_ids(path, '"handover warm"') == [k.course]
    assert k.supervision not in search_ids(path, "handover NOT caseload")


def test_list_takes_the_same_filters(known_vault: tuple[Path, Known]) -> None:
    path, k = known_vault
    assert list_ids(path, "--tag", "loneliness") == [k.home, k.old_note]
    assert list_ids(path, "--framework-item", REF, "--kind", "cpd_activity") == [k.course]
    assert list_ids(path, "--from", "2025-12-01", "--to", "2026-01-31") == [k.home, k.team]
    assert list_ids(path, "--partner", str(k.partner), "--limit", "1") == [k.second_session]


def test_search_json_snippets_are_plain_words(known_vault: tuple[Path, Known]) -> None:
    path, k = known_vault
    out = ok(run("--vault", path, "search", "invisible", "--json"))
    [item] = json.loads(out)
    assert item["snippet"].startswith("The invisible carer")
    start, end = item["highlights"][0]
    assert item["snippet"][start:end] == "invisible"
    out = ok(run("--vault", path, "search", "lonel*", "--json"))
    home = next(i for i in json.loads(out) if i["id"] == k.home)
    assert home["snippet"] == "Tags: home visit, loneliness"


def test_bad_filters_are_one_sentence(known_vault: tuple[Path, Known]) -> None:
    path, _ = known_vault
    fails(
        run("--vault", path, "search", "x", "--partner", "Nobody"),
        2,
        "no supervision partner",
    )
    fails(
        run(
            "--vault",
            path,
            "list",
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
        ),
        2,
        "after the end date",
    )
