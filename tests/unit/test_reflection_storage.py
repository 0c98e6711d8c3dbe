"""Links, guided answers, custom templates, confidence ratings and coverage on a real vault."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.coverage import coverage, months_ago
from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import default_library
from supervision_app.core.guided import GuidedReflection, compose_markdown
from supervision_app.core.templates import (
    TemplateSetError,
    dump_template_set,
    framework_to_data,
    load_template_set,
    parse_template,
)
from supervision_app.storage.vault import Vault

LONELY = "loneliness-capabilities"


def _entry(vault: Vault, day: dt.date, *refs: str) -> int:
    e = vault.entries.add(Entry(title=f"On {day}", practice_date=day))
    assert e.id is not None
    vault.links.set_links(e.id, refs)
    return e.id


def test_links_survive_edits_and_follow_trash(vault: Vault) -> None:
    eid = _entry(vault, dt.date(2026, 1, 5), f"{LONELY}:signpost", "pcf:knowledge")
    entry = vault.entries.get(eid)
    vault.entries.update(Entry(**{**entry.__dict__, "body": "edited"}))
    assert vault.links.links_of(eid) == ("loneliness-capabilities:signpost", "pcf:knowledge")
    assert [s.id for s in vault.links.entries_for(f"{LONELY}:signpost")] == [eid]
    vault.entries.trash(eid)
    assert vault.links.entries_for(f"{LONELY}:signpost") == []
    vault.entries.restore(eid)
    vault.entries.trash(eid)
    vault.entries.empty_trash()
    assert vault.conn.execute("SELECT count(*) FROM entry_links").fetchone()[0] == 0


def test_coverage_counts_on_a_known_vault(vault: Vault) -> None:
    fw = default_library().get(LONELY)
    today = dt.date(2026, 6, 30)
    _entry(vault, dt.date(2026, 6, 1), f"{LONELY}:signpost", f"{LONELY}:listen-empathise")
    _entry(vault, dt.date(2026, 5, 2), f"{LONELY}:signpost")
    _entry(vault, dt.date(2025, 3, 1), f"{LONELY}:ready-to-talk")  # old: neglected
    _entry(vault, dt.date(2026, 6, 2), "pcf:knowledge")  # other framework: not counted
    gone = _entry(vault, dt.date(2026, 6, 3), f"{LONELY}:asking-questions")
    vault.entries.trash(gone)  # trashed: not counted
    vault.confidence.record(f"{LONELY}:signpost", 2, dt.date(2026, 1, 1))
    vault.confidence.record(f"{LONELY}:signpost", 4, dt.date(2026, 6, 1))
    rows = coverage(
        fw,
        vault.links.counts(LONELY),
        today=today,
        period_start=months_ago(today, 6),
        confidence=vault.confidence.latest(LONELY),
    )
    by_id = {r.item.id: r for r in rows}
    assert len(rows) == 7
    assert (by_id["signpost"].entries, by_id["signpost"].last) == (2, dt.date(2026, 6, 1))
    assert by_id["signpost"].confidence == 4 and not by_id["signpost"].neglected
    assert by_id["listen-empathise"].entries == 1
    assert by_id["ready-to-talk"].neglected and by_id["ready-to-talk"].entries == 1
    assert by_id["asking-questions"].entries == 0 and by_id["asking-questions"].neglected
    assert sum(r.neglected for r in rows) == 5
    since = vault.links.counts(LONELY, since=dt.date(2026, 5, 15))
    assert since[f"{LONELY}:signpost"][0] == 1
    assert vault.confidence.history(f"{LONELY}:signpost") == [
        (dt.date(2026, 1, 1), 2),
        (dt.date(2026, 6, 1), 4),
    ]


def test_guided_answers_round_trip_and_compose(vault: Vault) -> None:
    lib = default_library()
    gibbs = lib.get("gibbs")
    _, focus = lib.item(f"{LONELY}:signpost")
    eid = _entry(vault, dt.date(2026, 2, 2))
    g = GuidedReflection("gibbs", focus.ref).with_answer(gibbs.items[0].id, "We met at the cafe.")
    g = g.with_answer(gibbs.items[2].id, "It went well.")
    vault.guided.save(eid, g)
    assert vault.guided.get(eid) == g
    assert vault.guided.drafts() == [eid]
    body = compose_markdown(gibbs, g, focus)
    assert body.startswith("*Focus: Know how to signpost in response*")
    assert f"## {gibbs.items[0].label}\n\nWe met at the cafe." in body
    assert gibbs.items[1].label not in body  # unanswered steps are left out
    assert [s.id for s in g.unanswered(gibbs)] == [
        s.id for s in gibbs.items if s.id not in g.answers
    ]
    vault.guided.save(eid, GuidedReflection("gibbs", focus.ref, g.answers, "complete"))
    assert vault.guided.drafts() == []


def test_template_set_round_trip(vault: Vault) -> None:
    lib = default_library()
    mine = framework_to_data(lib.get("gibbs"))
    mine.update(id="team-debrief", name="Team debrief")
    vault.templates.save(mine)
    text = dump_template_set([parse_template(d, "vault") for d in vault.templates.all_data()])
    assert "body" not in text and "entries" not in text
    loaded = load_template_set(text, "team.json")
    assert [t.id for t in loaded] == ["team-debrief"]
    assert framework_to_data(loaded[0]) == mine


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "other"}', "not a Supervision Journal template file"),
        ('{"format": "supervision-journal-templates", "version": 9, "templates": []}', "version"),
        (
            '{"format": "supervision-journal-templates", "version": 1, "templates": []}',
            "no templates",
        ),
        (
            '{"format": "supervision-journal-templates", "version": 1, "templates": [{"id": "x"}],'
            ' "entries": []}',
            "templates only",
        ),
        (
            '{"format": "supervision-journal-templates", "version": 1, "templates": [{"id": "x"}]}',
            r"templates\[0\]: name: required",
        ),
    ],
)
def test_malformed_template_sets_say_why(text: str, message: str) -> None:
    with pytest.raises(TemplateSetError, match=message):
        load_template_set(text, "team.json")


def test_template_must_be_a_model_or_conversation() -> None:
    data = framework_to_data(default_library().get("gibbs"))
    data["kind"] = "framework"
    with pytest.raises(TemplateSetError, match="kind"):
        load_template_set(
            '{"format": "supervision-journal-templates", "version": 1, "templates": ['
            + __import__("json").dumps(data)
            + "]}"
        )
