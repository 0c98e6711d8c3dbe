"""The home view's figures, counted in SQL on a real vault (no Qt)."""

from __future__ import annotations

import datetime as dt

from supervision_app.core.frameworks import default_library
from supervision_app.core.home import pick_prompt
from supervision_app.core.i18n import english
from supervision_app.storage.vault import Vault
from tests.home_data import NEVER, TODAY, fill_home_vault


def test_figures_on_a_known_vault(vault: Vault) -> None:
    fill_home_vault(vault)
    f = vault.home.figures(default_library(), TODAY)
    assert f.prompt is not None and f.prompt.item.ref == NEVER and f.prompt.last is None
    assert f.prompt.question in f.prompt.item.prompts
    assert "British Association of Social Workers" in f.prompt.source_text
    assert f.prompt.source_text.startswith("Professional Capabilities Framework for Social Work")
    assert (f.open_actions, f.overdue_actions) == (3, 1)
    assert [a.text for a in f.first_actions] == [
        "Read the guidance",
        "Book the course",
        "Think about it",
    ]
    assert f.first_actions[0].overdue and not f.first_actions[1].overdue
    assert f.next_session == dt.date(2026, 3, 20) and f.last_session == dt.date(2026, 2, 1)
    # Year 1 Dec 2025 - 30 Nov 2026: two records (one with a peer), 2 hours; last June's not.
    assert (f.cpd.records, f.cpd.minutes, f.cpd.peer_records) == (2, 120, 1)
    assert f.cpd.checklist_done
    assert "2 of 2 CPD records" in f.cpd.summary() and "2 hours" in f.cpd.summary()
    # The year in the line is looked up in the window's language like the rest of it.
    looked_up: list[tuple[str, str]] = []

    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        looked_up.append((context, source))
        return english(context, source, disambiguation, n)

    assert f.cpd.summary(translate).endswith("(1 Dec 2025 – 30 Nov 2026)")
    assert {("Dates", "{start} – {end}"), ("Months", "Dec"), ("Months", "Nov")} <= set(looked_up)
    assert [s.title for s in f.recent][0] == "Linked to almost all"  # the trashed one is not
    assert "Trashed" not in [s.title for s in f.recent]
    # Another regulator: the counts without Social Work England's minimums.
    vault.settings.set("regulator", ["scw"])
    wales = vault.home.figures(default_library(), TODAY)
    assert wales.cpd.summary().startswith("2 CPD records, 1 reflected on with a peer")
    assert wales.prompt is not None and wales.prompt.framework.id == "scw-code"
    vault.settings.set("regulator", ["swe"])
    # The next session once past: none agreed ahead.
    later = vault.home.figures(default_library(), dt.date(2026, 3, 21))
    assert later.next_session is None and later.overdue_actions == 1


def test_prompt_is_stable_within_a_day_and_none_when_all_recent() -> None:
    pcf = default_library().get("pcf")
    day = dt.date(2026, 3, 10)
    first = pick_prompt([(pcf, {})], day)
    assert first is not None and first == pick_prompt([(pcf, {})], day)
    recent = {i.ref: (1, day) for i in pcf.items}
    assert pick_prompt([(pcf, recent)], day) is None
    stale = {**recent, "pcf:professionalism": (1, day - dt.timedelta(days=400))}
    chosen = pick_prompt([(pcf, stale)], day)
    assert chosen is not None and chosen.item.ref == "pcf:professionalism"
