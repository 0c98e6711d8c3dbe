"""Dashboard and timeline figures against the known vault; the employer standard's pace."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.standards import (
    agreed_sessions,
    cpd_pace,
    months_between,
    standard_sessions,
)
from supervision_app.storage.find.figures import (
    dashboard_figures,
    day_counts,
    entry_years,
    linked_refs,
    set_nqsw_start,
)
from supervision_app.storage.find.saved import InvalidSavedSearch, SavedSearchRepository
from supervision_app.storage.vault import Vault
from tests import find_vault
from tests.conftest import PASSPHRASE
from tests.find_vault import OTHER_REF, REF, TODAY, Known


@pytest.fixture
def known(vault: Vault) -> Known:
    return find_vault.build(vault)


def test_dashboard_figures_of_the_known_vault(vault: Vault, known: Known) -> None:
    set_nqsw_start(vault, dt.date(2026, 1, 5))
    f = dashboard_figures(vault, dt.date(2025, 11, 1), dt.date(2026, 4, 30), TODAY)
    assert f.months == ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"]
    assert f.reflections == [0, 1, 1, 0, 0, 0]  # the trashed reflection is not counted
    assert f.entries_by_kind == {
        "2025-11": {"note": 1},
        "2025-12": {"reflection": 1},
        "2026-01": {"reflection": 1},
        "2026-02": {"supervision": 1},
        "2026-03": {"cpd_activity": 1, "supervision": 1},
    }
    assert f.cpd_minutes == [0, 0, 0, 0, 90, 0]
    assert f.cpd_hours[4] == 1.5
    assert f.coverage == {REF: [0, 0, 1, 0, 1, 0], OTHER_REF: [0, 0, 0, 0, 1, 0]}
    assert f.sessions == [0, 0, 0, 1, 1, 0]
    assert f.agreed_per_month == 2.2  # every 14 days
    assert f.standard[:2] == [0.0, 0.0] and f.standard[2] == 3.9  # weekly from 5 Jan
    assert (f.open_actions, f.overdue_actions) == (2, 1)
    [late] = f.overdue
    assert late.text == "Read the hospital discharge policy" and late.partner == "AB"
    assert f.cpd_pace.hours_per_month is None


def test_timeline_day_counts_and_filters(vault: Vault, known: Known) -> None:
    days = day_counts(vault, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert days == {
        dt.date(2026, 1, 10): 1,
        dt.date(2026, 2, 3): 1,
        dt.date(2026, 3, 2): 1,
        dt.date(2026, 3, 15): 1,
    }
    assert day_counts(
        vault, dt.date(2026, 1, 1), dt.date(2026, 12, 31), SearchFilters(kind="supervision")
    ) == {dt.date(2026, 2, 3): 1, dt.date(2026, 3, 2): 1}
    assert linked_refs(vault) == [(REF, 2), (OTHER_REF, 1)]
    assert entry_years(vault) == (2025, 2026)


def test_employer_standard_pace() -> None:
    start = dt.date(2026, 1, 1)
    # 31 days weekly.
    assert standard_sessions("2026-01", start) == 4.4
    # 12 Feb: six weeks end; fortnightly to 1 Jul; monthly after.
    assert standard_sessions("2026-02", start) == round(11 / 7 + 17 / 14, 1)
    assert standard_sessions("2026-08", start) == 1.0
    assert standard_sessions("2025-12", start) == 0.0
    assert standard_sessions("2026-01", None) is None
    assert agreed_sessions([]) is None
    assert agreed_sessions([28, 28]) == 2.2
    assert months_between(dt.date(2025, 12, 31), dt.date(2026, 1, 1)) == ["2025-12", "2026-01"]


def test_cpd_pace_follows_the_regulators_rule_in_force() -> None:
    from supervision_app.core.regulators import default_regulators

    regs = default_regulators()
    # Social Care Wales: 90 hours over three years until 31 March 2025, none since.
    before = cpd_pace(regs["scw"], "social_worker", dt.date(2025, 3, 1))
    assert before.hours_per_month == 2.5 and before.basis.startswith("Social Care Wales: 90")
    assert cpd_pace(regs["scw"], "social_worker", dt.date(2025, 6, 1)).hours_per_month is None
    assert "role" in cpd_pace(regs["scw"], None, dt.date(2025, 3, 1)).basis
    swe = cpd_pace(regs["swe"], None, dt.date(2026, 3, 1))
    assert swe.hours_per_month is None and "sets no hours" in swe.basis
    assert "two different pieces of CPD" in swe.basis
    # NISCC: 90 hours over three years for social workers.
    assert cpd_pace(regs["niscc"], "social_worker", dt.date(2026, 3, 1)).hours_per_month == 2.5


def test_saved_searches_survive_closing_and_opening(vault: Vault, known: Known) -> None:
    repo = SavedSearchRepository(vault)
    repo.save("Warm handovers", '"warm handover"', SearchFilters(kind="reflection"))
    repo.save("warm handovers", "handover", SearchFilters(tags=("loneliness",)))  # replaces
    with pytest.raises(InvalidSavedSearch, match="nothing to save"):
        repo.save("Empty", "  ", SearchFilters())
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE) as again:
        [saved] = SavedSearchRepository(again).list()
        assert (saved.name, saved.query) == ("warm handovers", "handover")
        assert saved.filters == SearchFilters(tags=("loneliness",))
        SavedSearchRepository(again).delete(saved.id)
        assert SavedSearchRepository(again).list() == []


def test_dashboard_pace_follows_the_chosen_regulator(vault: Vault, known: Known) -> None:
    from supervision_app.core.cpd.settings import CpdSettings

    vault.cpd_settings.save(CpdSettings(regulators=("niscc",), roles={"niscc": "social_worker"}))
    f = dashboard_figures(vault, dt.date(2026, 1, 1), dt.date(2026, 4, 30), TODAY)
    assert f.cpd_pace.hours_per_month == 2.5
    assert f.cpd_pace.basis.startswith("Northern Ireland Social Care Council (NISCC): 90 hours")


def test_renamed_saved_search_survives_closing_and_opening(vault: Vault, known: Known) -> None:
    repo = SavedSearchRepository(vault)
    first = repo.save("Warm handovers", "handover", SearchFilters(kind="reflection"))
    repo.save("Loneliness", "", SearchFilters(tags=("loneliness",)))
    renamed = repo.rename(first.id, "  Handovers   in spring ")
    assert (renamed.name, renamed.query) == ("Handovers in spring", "handover")
    assert repo.rename(first.id, "HANDOVERS IN SPRING").name == "HANDOVERS IN SPRING"  # case
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE) as again:
        names = [(s.id, s.name, s.query, s.filters) for s in SavedSearchRepository(again).list()]
    assert names[0] == (
        first.id,
        "HANDOVERS IN SPRING",
        "handover",
        SearchFilters(kind="reflection"),
    )
    assert names[1][1] == "Loneliness"


def test_rename_to_a_taken_or_empty_name_is_refused_and_changes_nothing(
    vault: Vault, known: Known
) -> None:
    repo = SavedSearchRepository(vault)
    a = repo.save("Warm handovers", "handover", SearchFilters())
    repo.save("Loneliness", "lonely", SearchFilters())
    before = repo.list()
    with pytest.raises(InvalidSavedSearch, match="already a saved search named 'Loneliness'"):
        repo.rename(a.id, "loneliness")
    with pytest.raises(InvalidSavedSearch, match="needs a name"):
        repo.rename(a.id, "   ")
    with pytest.raises(InvalidSavedSearch, match="longer than 80"):
        repo.rename(a.id, "x" * 81)
    with pytest.raises(InvalidSavedSearch, match="no longer exists"):
        repo.rename(a.id + 100, "Elsewhere")
    assert repo.list() == before
