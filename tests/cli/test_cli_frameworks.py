"""``frameworks`` and ``templates`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from supervision_app.core.frameworks import default_library
from supervision_app.core.templates import framework_to_data
from supervision_app.storage.vault import Vault
from tests.cli.helpers import PASSPHRASE, ok, run


def test_frameworks_json_lists_every_framework_with_sources_and_prompts() -> None:
    data = json.loads(ok(run("frameworks", "--json", passphrase=None)))
    assert [f["id"] for f in data] == list(default_library().ids())
    lonely = next(f for f in data if f["id"] == "loneliness-capabilities")
    assert lonely["source"]["publisher"] == "Research in Practice"
    assert len(lonely["items"]) == 7
    for item in lonely["items"]:
        assert len(item["prompts"]) >= 2 and item["ref"].startswith("loneliness-capabilities:")
        assert item["checked_at"] == {"where": "seed 000", "on": "2026-12-03"}
    check_in = next(f for f in data if f["id"] == "loneliness-check-in")
    assert check_in["fields"][0] == {"name": "next-check-in", "label": "Next check-in",
                                     "kind": "date"}  # fmt: skip


def test_frameworks_human_and_kind_filter() -> None:
    out = ok(run("frameworks", "--kind", "model", passphrase=None))
    assert "gibbs" in out and "Source:" in out
    assert "loneliness-capabilities" not in out


def test_templates_include_the_vaults_own(tmp_path: Path) -> None:
    path = tmp_path / "v.sjvault"
    with Vault.create(path, PASSPHRASE) as v:
        data = framework_to_data(default_library().get("kolb"))
        data.update(id="my-debrief", name="My debrief")
        v.templates.save(data)
    out = json.loads(ok(run("templates", "--vault", path, "--json")))
    by_id = {t["id"]: t for t in out}
    assert by_id["my-debrief"]["custom"] is True and by_id["gibbs"]["custom"] is False
    assert {t["kind"] for t in out} <= {"model", "conversation"}
    assert "[yours]" in ok(run("templates", "--vault", path))
    wrong = run("templates", "--vault", path, passphrase="wrong passphrase here")
    assert wrong.returncode == 3
