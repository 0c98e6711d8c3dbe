"""A proposal's texts reach the window in its language: the summary, the record's agenda
and learning, what accepting does to an action, and why a decided proposal is refused
(core/supervision/proposal_texts.py). A bracketing ``translate`` stands in for the window's
(tests/gui/test_core_texts_translated.py installs a real pseudo-translation); a
proposal made by a real exchange: tests/unit/test_supervision_exchange.py."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.i18n import english, rendered
from supervision_app.core.supervision.proposal_texts import about, action_update, summary

DAY = dt.date(2026, 3, 2)


def bracket(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Every text as ‹text›, its context first: what was looked up, and under which."""
    return f"‹{context}:{english(context, source, disambiguation, n)}›"


def test_each_kind_of_summary_is_a_translatable_sentence() -> None:
    record = summary(about("record", DAY))
    addendum = summary(about("addendum", DAY, 2, "Cal"))
    signature = summary(about("addendum_signature", DAY, 1, "C. S."))
    assert str(record) == "The record of 2 Mar 2026, awaiting your sign-off"
    assert str(addendum) == "Addendum 2 to the record of 2 Mar 2026, in your name (“Cal”)"
    assert str(signature) == (
        "Your sign-off on addendum 1 to the record of 2 Mar 2026 (typed as “C. S.”)"
    )
    assert rendered(record, bracket) == (
        "‹Sessions:The record of ‹Dates:2 ‹Months:Mar› 2026›, awaiting your sign-off›"
    )
    for text in (addendum, signature):
        shown = str(rendered(text, bracket))
        assert shown.startswith("‹Sessions:") and "‹Months:Mar›" in shown


def test_a_summary_without_its_facts_is_the_stored_english() -> None:
    assert summary({}, "Stored summary") == "Stored summary"
    assert summary({"kind": "addendum", "date": "2026-03-02"}, "Stored") == "Stored"
    assert summary({"kind": "record", "date": "not a date"}, "Stored") == "Stored"


@pytest.mark.parametrize(
    ("status", "words"), [("done", "done"), ("carried", "carried forward"), ("dropped", "dropped")]
)
def test_each_action_update_is_its_own_sentence(status: str, words: str) -> None:
    text = action_update("Read the guidance", status)
    assert str(text) == f"Marks your action “Read the guidance” as {words}"
    assert rendered(text, bracket) == f"‹Sessions:Marks your action “Read the guidance” as {words}›"
