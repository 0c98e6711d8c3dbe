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


def test_stats_json_gives_the_dashboard_figures(known_vault: tuple[Path, Known]) -> None:
    path, _k = known_vault
    out = ok(run("--vault", path, "stats", "--from", "2025-11-01", "--to", "2026-04-30", "--json"))
    data = json.loads(out)
    assert (data["from"], data["to"]) == ("2025-11-01", "2026-04-30")
    months = {m["month"]: m for m in data["months"]}
    assert list(months) == ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    assert months["2026-03"]["by_kind"] == {"cpd_activity": 1, "supervision": 1}
    assert months["2026-03"]["cpd_hours"] == 1.5 and months["2026-03"]["cpd_minutes"] == 90
    assert [m["reflections"] for m in data["months"]] == [0, 1, 1, 0, 0, 0]
    assert [m["sessions"] for m in data["months"]] == [0, 0, 0, 1, 1, 0]
    assert data["cpd"]["pace_hours_per_month"] is None
    [first, second] = data["coverage"]
    assert first["ref"] == REF and first["total"] == 2
    assert first[
        "label"
    ] == "Critical reflection and analysis (Professional Capabilities Framework (PCF))" or first[
        "label"
    ].startswith("Critical reflection")
    assert first["per_month"]["2026-01"] == 1
    assert data["supervision"]["agreed_per_month"] == 2.2
    assert data["actions"]["open"] == 2


def test_stats_text_and_bad_period(known_vault: tuple[Path, Known]) -> None:
    path, _k = known_vault
    out = ok(run("--vault", path, "stats", "--from", "2026-01-01", "--to", "2026-03-31"))
    assert "2026-03        2            0        1.5         1" in out
    assert "Actions: 2 open" in out
    fails(run("--vault", path, "stats", "--from", "2026-03-01", "--to", "2026-01-01"), 2, "after")
