"""Renamed or merged framework items: old links kept in a vault still resolve and count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from supervision_app.core.coverage import (
    confidence_with_aliases,
    counts_with_aliases,
    coverage,
)
from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import (
    FrameworkFileError,
    FrameworkLibrary,
    load_library,
    parse_framework,
)
from supervision_app.storage.vault import Vault

# Ids that existed in version 1 of the bundled files and were renamed or merged (issue 13).
OLD_TO_NEW = {
    "connecting-people:person-centred-goals": "connecting-people:person-centred-approach",
    "relationship-based-supervision:collaborative-partnership":
        "kss-practice-supervisors-adults:relationship-based-supervision",
    "relationship-based-supervision:professional-dynamics":
        "kss-practice-supervisors-adults:power-and-authority",
}  # fmt: skip
# Every item id of version 1 that is still an item (not an alias) today.
KEPT = [
    "connecting-people:worker-attitude", "connecting-people:agency-support",
    "connecting-people:equality-of-relationship", "connecting-people:new-ideas",
    "connecting-people:building-networks", "connecting-people:engagement-through-activity",
    "connecting-people:individual-responsibility", "connecting-people:barriers",
    "connecting-people:moving-on", "relationship-based-supervision:authentic-supervisor",
    "relationship-based-supervision:model-critical-reflection",
    "relational-social-care:t-people-warm-handovers", "swe-standards:trust-and-confidence",
    "loneliness-check-in:follow-up-agreed", "warm-handover:who-holds-relationship",
]  # fmt: skip


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def test_old_ids_resolve_to_their_current_items(library: FrameworkLibrary) -> None:
    for old, new in OLD_TO_NEW.items():
        framework, item = library.item(old)
        assert item.ref == new
        assert library.has_ref(old)
        assert library.canonical_ref(old) == new
        assert old in library.aliases_to(new)
    for ref in KEPT:
        assert library.item(ref)[1].ref == ref
    assert library.canonical_ref("pcf:no-such-item") == "pcf:no-such-item"
    assert library.alias_map() == OLD_TO_NEW


def _framework(**extra: object) -> dict:
    data: dict = {
        "id": "f", "name": "F", "kind": "framework", "description": "D.", "version": "1",
        "source": {"title": "T", "publisher": "P", "year": 2024, "location": "here"},
        "items": [{"id": "a", "label": "A", "explanation": "E.", "prompts": ["How?", "Why?"]}],
    }  # fmt: skip
    data.update(extra)
    return data


@pytest.mark.parametrize(
    ("aliases", "field", "words"),
    [
        ({"a": "a"}, "aliases.a", "is a current item id"),
        ({"old": "missing"}, "aliases.old", "no item 'missing' in this framework"),
        ({"old": "f:missing"}, "aliases.old", "no item 'missing' in this framework"),
        ({"Old": "a"}, "aliases.Old", "not a slug"),
        ({"old": "pcf:"}, "aliases.old", "malformed framework reference"),
    ],
)
def test_bad_aliases_are_rejected(aliases: dict, field: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as err:
        parse_framework(_framework(aliases=aliases), "f.json")
    assert err.value.field == field
    assert words in err.value.problem


def test_an_alias_into_another_framework_must_exist_there(tmp_path: Path) -> None:
    bundled = Path(load_library().get("kolb").origin)
    folder = tmp_path / "frameworks"
    folder.mkdir()
    text = (Path(__file__).resolve().parents[2] / "supervision_app" / "resources" /
            "frameworks" / bundled.name).read_text(encoding="utf-8")  # fmt: skip
    (folder / "kolb.toml").write_text(
        text.replace("[source]", '[aliases]\nold-stage = "gibbs:feelings"\n\n[source]', 1),
        encoding="utf-8",
    )
    with pytest.raises(FrameworkFileError) as err:
        load_library(folder)
    assert (err.value.file, err.value.field) == ("kolb.toml", "aliases.old-stage")
    assert "not an item in the library" in err.value.problem


def test_a_vaults_old_links_still_count_and_list(vault: Vault, library: FrameworkLibrary) -> None:
    """Links written before the rename are found under the current item, in coverage and in
    the list of linked entries; an entry linked under both ids is listed once."""
    old, new = "connecting-people:person-centred-goals", "connecting-people:person-centred-approach"
    moved_old = "relationship-based-supervision:collaborative-partnership"
    moved_new = OLD_TO_NEW[moved_old]
    first = vault.entries.add(Entry(title="Old link", practice_date=dt.date(2026, 1, 5)))
    second = vault.entries.add(Entry(title="New link", practice_date=dt.date(2026, 2, 9)))
    both = vault.entries.add(Entry(title="Both", practice_date=dt.date(2025, 12, 1)))
    other = vault.entries.add(Entry(title="Moved", practice_date=dt.date(2026, 3, 1)))
    vault.links.set_links(first.id or 0, [old])
    vault.links.set_links(second.id or 0, [new])
    vault.links.set_links(both.id or 0, [old, new])
    vault.links.set_links(other.id or 0, [moved_old])
    vault.confidence.record(old, 3, dt.date(2026, 1, 6))

    listed = vault.links.entries_for(new, also=library.aliases_to(new))
    assert [s.title for s in listed] == ["New link", "Old link", "Both"]
    assert [s.title for s in vault.links.entries_for(new)] == ["New link", "Both"]

    framework = library.get("connecting-people")
    counts = counts_with_aliases(
        library, framework.id, vault.links.counts, vault.links.count_entries
    )
    assert counts[new] == (3, dt.date(2026, 2, 9))  # "Both" counts once
    assert old not in counts
    confidence = confidence_with_aliases(
        library, framework.id, vault.confidence.latest(framework.id)
    )
    rows = {
        r.item.ref: r
        for r in coverage(
            framework, counts, today=dt.date(2026, 3, 2), period_start=dt.date(2026, 1, 1),
            confidence=confidence,
        )
    }  # fmt: skip
    assert rows[new].entries == 3 and not rows[new].neglected and rows[new].confidence == 3

    supervisors = counts_with_aliases(
        library, "kss-practice-supervisors-adults", vault.links.counts, vault.links.count_entries
    )
    assert supervisors[moved_new] == (1, dt.date(2026, 3, 1))
    assert [s.title for s in vault.links.entries_for(
        moved_new, also=library.aliases_to(moved_new))] == ["Moved"]  # fmt: skip
