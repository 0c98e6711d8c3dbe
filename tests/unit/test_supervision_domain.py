"""Supervision rules with no vault: validation, reminders, re-evaluation, codes, Markdown."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from supervision_app.core.scan.scanner import scan_text
from supervision_app.core.supervision.codec import (
    fingerprint,
    session_from_dict,
    session_to_dict,
    swap_parties,
)
from supervision_app.core.supervision.errors import ExchangeError, InvalidSupervisionRecord
from supervision_app.core.supervision.markdown import (
    compose_addendum_markdown,
    compose_session_markdown,
    session_title,
)
from supervision_app.core.supervision.model import (
    ActionReview,
    Addendum,
    CaseDiscussion,
    Decision,
    DiscussionNote,
    SessionRecord,
    Signature,
    Wellbeing,
)
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.core.supervision.rules import (
    ONE_TIME_PASSPHRASE_BITS,
    REVIEW_DUE,
    SESSION_OVERDUE,
    PartnerSchedule,
    compute_reminders,
    find_identifiers,
    generate_one_time_passphrase,
    normalise_one_time_passphrase,
    reevaluation_due,
    sessions_until_reevaluation,
)

DAY = dt.date(2026, 3, 3)
AT = dt.datetime(2026, 3, 3, 14, 5, tzinfo=dt.UTC)


def _record(**changes: object) -> SessionRecord:
    record = SessionRecord(
        partner_id=1,
        session_date=DAY,
        minutes=75,
        agenda=("Workload", "  ", "Training plan"),
        discussion=(
            DiscussionNote("four-by-four-by-four:support", "Tired after a hard week."),
            DiscussionNote("kolb:concrete-experience", ""),
        ),
        wellbeing=Wellbeing("Sleeping badly", "Carrying worry home"),
        case_discussions=(CaseDiscussion("R-17", "Plan for the move reviewed."),),
        decisions=(Decision("Close case R-09", "Goals met"),),
        learning="Strengths-based questions work better by phone.",
        cpd="Read the practice guidance on transitions.",
        next_session=DAY + dt.timedelta(days=28),
        partner_name="AB",
        partner_role="supervisor",
        uid="uid-1",
    )
    return replace(record, **changes)  # type: ignore[arg-type]


# -- validation ------------------------------------------------------------------------------------


def test_validated_record_drops_empty_items_and_keeps_the_rest() -> None:
    record = _record().validated()
    assert record.agenda == ("Workload", "Training plan")
    assert [n.ref for n in record.discussion] == ["four-by-four-by-four:support"]
    assert record.case_discussions == (CaseDiscussion("R-17", "Plan for the move reviewed."),)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"case_discussions": (CaseDiscussion("", "Talked about a family"),)}, "pseudonym"),
        ({"session_type": "chat"}, "type of session"),
        ({"next_session": DAY - dt.timedelta(days=1)}, "before this one"),
        ({"minutes": -5}, "minutes"),
        ({"discussion": (DiscussionNote("support", "text"),)}, "framework item"),
        ({"action_reviews": (ActionReview(4), ActionReview(4, "done"))}, "twice"),
        ({"action_reviews": (ActionReview(4, "finished"),)}, "review of an action"),
    ],
)
def test_invalid_records_are_refused_with_a_sentence(
    changes: dict[str, object], words: str
) -> None:
    with pytest.raises(InvalidSupervisionRecord, match=words) as caught:
        _record(**changes).validated()
    assert str(caught.value).endswith(".")


def test_partner_and_agreement_validation() -> None:
    assert Partner("  A   B ", "Supervisor").validated().name == "A B"
    with pytest.raises(InvalidSupervisionRecord, match="name or initials"):
        Partner(" ", "peer").validated()
    with pytest.raises(InvalidSupervisionRecord, match="partner role"):
        Partner("AB", "manager").validated()
    with pytest.raises(InvalidSupervisionRecord, match="frequency"):
        Agreement(1, DAY, frequency_days=0).validated()


# -- reminders -------------------------------------------------------------------------------------


def test_review_reminder_only_once_the_review_date_has_passed() -> None:
    schedule = PartnerSchedule(1, "AB", agreed_on=DAY, review_date=DAY + dt.timedelta(days=90))
    assert compute_reminders([schedule], DAY + dt.timedelta(days=90)) == []
    [reminder] = compute_reminders([schedule], DAY + dt.timedelta(days=92))
    assert reminder.kind == REVIEW_DUE and reminder.days_overdue == 2
    assert "AB" in reminder.message and "1 Jun 2026" in reminder.message


def test_session_overdue_counts_from_the_last_session_or_the_agreement() -> None:
    never_met = PartnerSchedule(1, "AB", agreed_on=DAY, frequency_days=14)
    assert compute_reminders([never_met], DAY + dt.timedelta(days=14)) == []
    [late] = compute_reminders([never_met], DAY + dt.timedelta(days=15))
    assert (late.kind, late.due_on, late.days_overdue) == (
        SESSION_OVERDUE,
        DAY + dt.timedelta(14),
        1,
    )

    met = replace(never_met, last_session=DAY + dt.timedelta(days=10))
    assert compute_reminders([met], DAY + dt.timedelta(days=24)) == []
    assert compute_reminders([met], DAY + dt.timedelta(days=25))[0].days_overdue == 1
    assert compute_reminders([replace(met, frequency_days=None)], DAY + dt.timedelta(999)) == []


# -- re-evaluation ---------------------------------------------------------------------------------


def test_reevaluation_is_due_at_every_sixth_session_and_stays_due_until_done() -> None:
    assert sessions_until_reevaluation([], 6) == 5
    assert not reevaluation_due([False] * 4, 6)
    assert reevaluation_due([False] * 5, 6)  # the next is the sixth
    assert not reevaluation_due([False] * 5 + [True], 6)
    assert reevaluation_due([False] * 7, 6)  # missed: still due
    assert reevaluation_due([True] + [False] * 2, 3)
    assert reevaluation_due([], 1)


# -- one-time passphrases --------------------------------------------------------------------------


def test_generated_passphrases_are_strong_and_differ() -> None:
    codes = {generate_one_time_passphrase() for _ in range(50)}
    assert len(codes) == 50
    assert ONE_TIME_PASSPHRASE_BITS >= 80
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}", code)
        assert normalise_one_time_passphrase(code) == code


def test_passphrases_are_read_forgivingly_but_not_guessed() -> None:
    code = "7KQ2-M9XD-4HTV-0BNC-Z8RE"
    assert normalise_one_time_passphrase(" 7kq2 m9xd 4htv obnc z8re\n") == code
    for bad in ("", "7KQ2-M9XD", code + "X", "7KQ2-M9XD-4HTV-0BNC-Z8R!"):
        with pytest.raises(ExchangeError, match="20 letters and digits"):
            normalise_one_time_passphrase(bad)


# -- Markdown --------------------------------------------------------------------------------------


def test_session_markdown_has_every_section_and_a_title() -> None:
    record = _record().validated()
    text = compose_session_markdown(record)
    for heading in (
        "## Agenda",
        "## Discussion",
        "### Support (4x4x4)",
        "## Wellbeing",
        "## Case discussions",
        "### Case R-17",
        "## Decisions",
        "**Rationale:** Goals met",
        "## Learning and CPD",
        "## Next session",
        "31 Mar 2026",
        "## Sign-off",
        "Not signed yet.",
    ):
        assert heading in text
    assert "## Sign-off" not in compose_session_markdown(record, include_signatures=False)
    assert session_title("one_to_one", "AB", DAY) == "Supervision with AB — 3 Mar 2026"
    assert session_title("group", "Team", DAY).startswith("Group supervision with Team")


def test_an_addendum_appends_to_the_body_without_changing_what_was_there() -> None:
    first = Addendum(1, "Corrected the date of the review.", "CD", AT, uid="a1")
    second = Addendum(1, "Added the agreed deadline.", "AB", AT + dt.timedelta(days=2), uid="a2")
    record = _record().validated()
    body = compose_session_markdown(record, include_signatures=False)
    body += compose_addendum_markdown(first, first=True)
    body += compose_addendum_markdown(second, first=False)
    both = replace(record, addenda=(first, second))
    assert compose_session_markdown(both, include_signatures=False) == body
    assert body.count("## Addenda") == 1


# -- exchange data ---------------------------------------------------------------------------------


def _signed(record: SessionRecord) -> SessionRecord:
    return replace(
        record,
        signatures=(Signature("owner", "AB", AT), Signature("partner", "CD", AT)),
        locked_at=AT,
        created_at=AT,
    )


def test_records_survive_the_round_trip_through_plain_data() -> None:
    record = _signed(_record().validated())
    back = session_from_dict(session_to_dict(record), partner_id=1)
    assert back == replace(record, partner_name="", partner_role="")


def test_fingerprint_is_the_same_from_both_sides_and_ignores_addenda() -> None:
    data = session_to_dict(_signed(_record().validated()))
    with_addendum = session_to_dict(
        replace(
            _signed(_record().validated()), addenda=(Addendum(1, "Later note", "AB", AT, uid="x"),)
        )
    )
    assert fingerprint(data) == fingerprint(swap_parties(data)) == fingerprint(with_addendum)
    assert swap_parties(data)["signatures"][0]["party"] == "partner"
    changed = session_to_dict(_signed(_record(learning="Something else").validated()))
    assert fingerprint(changed) != fingerprint(data)


def test_names_in_case_discussions_are_flagged() -> None:
    record = _record(
        case_discussions=(
            CaseDiscussion("R-17", "Mrs Okonkwo-Fairley was upset about the move."),
            CaseDiscussion("R-22", "The review went well."),
        )
    ).validated()
    findings = find_identifiers(record, scan_text)
    assert [(f.location, f.field) for f in findings] == [("Case discussion 1", "text")]
    assert "Okonkwo-Fairley" in findings[0].finding.text
    clean = _record().validated()
    assert find_identifiers(clean, scan_text, cases_only=False) == []
