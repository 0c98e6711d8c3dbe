"""Search with filters on a known vault: query syntax, every filter, readable snippets."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.find.filters import InvalidFilter, SearchFilters
from supervision_app.core.find.text import (
    MARK_END,
    MARK_START,
    highlight_terms,
    plain_markdown,
    split_marks,
    term_pattern,
    uses_syntax,
)
from supervision_app.storage.vault import Vault
from tests import find_vault
from tests.find_vault import REF, Known


@pytest.fixture
def known(vault: Vault) -> Known:
    return find_vault.build(vault)


def ids(vault: Vault, query: str, **filters: object) -> set[int]:
    return {s.id for s in vault.entries.search(query, filters=SearchFilters(**filters))}  # type: ignore[arg-type]


def test_phrase_order_matters(vault: Vault, known: Known) -> None:
    assert ids(vault, '"warm handover"', kind="reflection") == {known.home}
    assert ids(vault, '"warm handover"') == {known.home, known.supervision}
    assert ids(vault, '"handover warm"') == {known.course}
    assert ids(vault, "warm handover") == {
        known.home,
        known.supervision,
        known.course,
        known.team,
    }


def test_not_excludes_and_prefix_matches(vault: Vault, known: Known) -> None:
    assert ids(vault, "handover NOT caseload") == {known.home, known.course, known.team}
    assert ids(vault, "adult*") == {known.course}
    assert ids(vault, "safeguard*") == {known.course, known.supervision, known.second_session}
    assert ids(vault, "lonel*") == {known.home, known.old_note}


def test_malformed_syntax_falls_back_to_plain_words(vault: Vault, known: Known) -> None:
    assert ids(vault, '"warm handover') == {
        known.home,
        known.supervision,
        known.course,
        known.team,
    }
    # A dangling NOT is not syntax, so "not" becomes a word to find: "that was not warm".
    assert ids(vault, "handover NOT") == {known.team}
    assert ids(vault, "(((") == set()


@pytest.fixture(params=["few", "many"])
def route(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both routes of a filtered search (storage/find/search.py), whatever the proportions."""
    from supervision_app.storage.find import search

    monkeypatch.setattr(search, "FEW_SHARE", 1.01 if request.param == "few" else 0.0)
    return str(request.param)


def test_every_filter_narrows_the_text_query(vault: Vault, known: Known, route: str) -> None:
    everything = {known.home, known.supervision, known.course, known.team}
    assert ids(vault, "handover") == everything
    assert ids(vault, "handover", kind="reflection") == {known.home, known.team}
    assert ids(vault, "handover", tags=("Home Visit",)) == {known.home}
    assert ids(vault, "handover", tags=("home visit", "training")) == set()
    assert ids(vault, "handover", framework_ref=REF) == {known.home, known.course}
    assert ids(vault, "handover", partner_id=known.partner) == {known.supervision}
    assert ids(vault, "handover", date_from=dt.date(2026, 1, 10)) == {
        known.home,
        known.supervision,
        known.course,
    }
    assert ids(vault, "handover", date_to=dt.date(2026, 1, 10)) == {known.home, known.team}
    # The 2026 CPD year (Social Work England) runs 1 Dec 2025 to 30 Nov 2026.
    assert ids(vault, "handover", cpd_year=2026) == everything
    assert ids(vault, "loneliness", cpd_year=2026) == {known.home}
    assert ids(vault, "loneliness", cpd_year=2026, year_end=(3, 31)) == {known.home, known.old_note}
    assert ids(vault, "loneliness", cpd_year=2025, year_end=(12, 31)) == {known.old_note}
    assert ids(vault, "handover", kind="reflection", date_from=dt.date(2026, 1, 1)) == {known.home}


def test_quick_search_applies_the_filters_too(vault: Vault, known: Known, route: str) -> None:
    found = vault.entries.search(
        "hand", plain=True, prefix_last=True, quick=True, filters=SearchFilters(kind="reflection")
    )
    assert {s.id for s in found} == {known.home, known.team}


def test_list_pages_take_the_same_filters(vault: Vault, known: Known) -> None:
    def listed(**filters: object) -> list[int]:
        return [s.id for s in vault.entries.page(filters=SearchFilters(**filters))]  # type: ignore[arg-type]

    assert listed(tags=("loneliness",)) == [known.home, known.old_note]
    assert listed(kind="supervision") == [known.second_session, known.supervision]
    assert listed(framework_ref=REF) == [known.course, known.home]
    assert listed(date_from=dt.date(2025, 12, 1), date_to=dt.date(2026, 1, 31)) == [
        known.home,
        known.team,
    ]
    assert listed(cpd_year=2025) == [known.old_note]


def test_reversed_dates_are_one_sentence() -> None:
    with pytest.raises(InvalidFilter, match="after the end date"):
        SearchFilters(date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 1, 1)).validated()


def test_filters_round_trip_through_json() -> None:
    filters = SearchFilters(
        kind="note",
        tags=("a", "b"),
        framework_ref=REF,
        partner_id=3,
        date_from=dt.date(2026, 1, 1),
        date_to=dt.date(2026, 2, 1),
        cpd_year=2026,
    )
    assert SearchFilters.from_json(filters.to_json()) == filters
    assert SearchFilters.from_json({"from": "not a date", "tags": "x"}) == SearchFilters()


# -- snippets (issue 12) ---------------------------------------------------------------------


def test_snippet_of_a_tag_match_is_not_json(vault: Vault, known: Known) -> None:
    [hit] = [s for s in vault.entries.search("loneliness") if s.id == known.home]
    assert "[" not in hit.snippet and '"' not in hit.snippet
    assert hit.snippet == f"Tags: home visit, {MARK_START}loneliness{MARK_END}"


def test_snippet_has_no_markdown_punctuation(vault: Vault, known: Known) -> None:
    [hit] = vault.entries.search("invisible")
    assert hit.id == known.home
    assert "*" not in hit.snippet
    assert f"{MARK_START}invisible{MARK_END} carer" in hit.snippet
    [course] = vault.entries.search("safeguarding training")
    assert "**" not in course.snippet


def test_plain_markdown_keeps_words_and_marks() -> None:
    assert plain_markdown("## A *b* [link](http://x) `c` snake_case _u_") == (
        "A b link c snake_case u"
    )
    assert plain_markdown(f"**{MARK_START}bold{MARK_END}**") == f"{MARK_START}bold{MARK_END}"


def test_highlight_terms_drop_operators_and_negated_words() -> None:
    assert highlight_terms('"warm handover" NOT caseload visit*') == ["handover", "visit", "warm"]
    assert highlight_terms("title:supervision OR peer") == ["supervision", "peer"]
    pattern = term_pattern(highlight_terms("visiting"))
    assert pattern is not None
    assert pattern.findall("Visit, visits and visiting; revisit") == ["Visit", "visits", "visiting"]


def test_the_app_searches_syntax_as_written_and_plain_words_otherwise() -> None:
    assert uses_syntax('"warm handover"') and uses_syntax("visit NOT child")
    assert uses_syntax("safeguard*") and uses_syntax("title:supervision")
    assert not uses_syntax("not warm, or cold") and not uses_syntax("home visit")


def test_split_marks_gives_the_matched_pieces() -> None:
    assert split_marks(f"a {MARK_START}b{MARK_END} c") == [
        ("a ", False),
        ("b", True),
        (" c", False),
    ]


def test_filtered_search_pages_and_sees_edits(vault: Vault, known: Known, route: str) -> None:
    filters = SearchFilters(date_from=dt.date(2025, 11, 1))
    first = vault.entries.search("handover", limit=2, filters=filters)
    second = vault.entries.search("handover", limit=2, offset=2, filters=filters)
    assert len(first) == 2 and len(second) == 2
    assert {s.id for s in first} | {s.id for s in second} == {
        known.home,
        known.supervision,
        known.course,
        known.team,
    }
    # The cached candidates are dropped when the vault changes.
    vault.entries.trash(known.team)
    assert known.team not in ids(vault, "handover", date_from=dt.date(2025, 11, 1))
