"""CPD domain: fields, registration years, gaps, the year summary, Wales, HCPC, SWE checks."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_app.core.cpd.hcpc import HcpcProfile, check_profile, word_count
from supervision_app.core.cpd.model import (
    CpdFields,
    CpdRecord,
    InvalidCpd,
    format_hours,
    format_size,
)
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.cpd.swe import identical_pairs, missing_fields, swe_fields
from supervision_app.core.cpd.wales import scw_status
from supervision_app.core.cpd.year import (
    add_months,
    find_gaps,
    summarise_year,
    year_containing,
    year_ending,
)
from supervision_app.core.entries import Entry

D = dt.date
_next_id = iter(range(1, 10_000))


FILLED = CpdFields(description="d", learning="l", impact="i")


def record(
    day: dt.date,
    *,
    minutes: int = 60,
    fields: CpdFields | None = FILLED,
    kind: str = "reflection",
    links: tuple[str, ...] = (),
) -> CpdRecord:
    entry = Entry(
        title=f"On {day}", practice_date=day, minutes=minutes, kind=kind, id=next(_next_id)
    )
    return CpdRecord(entry=entry, cpd=fields, links=links)


def peer(**kw: object) -> CpdFields:
    return CpdFields(**{"description": "d", "learning": "l", "impact": "i", **kw})  # type: ignore[arg-type]


# -- fields ----------------------------------------------------------------------------------


def test_fields_are_normalised_and_validated() -> None:
    fields = CpdFields(activity_type="Course or training", description="  x  ", peer_role=" a  b ")
    valid = fields.validated()
    assert valid.activity_type == "course_or_training"
    assert valid.description == "x"
    assert valid.peer_role == "a b"
    assert valid.activity_label == "Course or training"
    with pytest.raises(InvalidCpd, match="not a type of CPD"):
        CpdFields(activity_type="juggling").validated()
    with pytest.raises(InvalidCpd, match="longer than"):
        CpdFields(learning="x" * 20_001).validated()
    with pytest.raises(InvalidCpd, match="peer reflection"):
        CpdFields(peer_reflection_id=0).validated()


def test_peer_reflection_needs_what_was_learnt_or_a_linked_record() -> None:
    assert not CpdFields(peer_role="Team manager", peer_date=D(2026, 1, 1)).has_peer_reflection
    assert CpdFields(peer_learning="We agreed to try X.").has_peer_reflection
    assert CpdFields(peer_reflection_id=7).has_peer_reflection


@pytest.mark.parametrize(
    ("minutes", "text"), [(0, "0"), (30, "0.5"), (90, "1.5"), (60, "1"), (100, "1.67")]
)
def test_format_hours(minutes: int, text: str) -> None:
    assert format_hours(minutes) == text


def test_format_size() -> None:
    assert format_size(900) == "900 bytes"
    assert format_size(20 * 1024 * 1024) == "20 MB"
    assert format_size(1536 * 1024) == "1.5 MB"


# -- registration years ----------------------------------------------------------------------


def test_social_work_england_year_ends_on_30_november() -> None:
    year = year_ending(2026)
    assert (year.start, year.end) == (D(2025, 12, 1), D(2026, 11, 30))
    assert year.label == "1 Dec 2025 – 30 Nov 2026"
    assert year_containing(D(2026, 11, 30)) == year
    assert year_containing(D(2025, 12, 1)) == year
    assert year_containing(D(2026, 12, 1)) == year_ending(2027)
    assert D(2025, 11, 30) not in year


def test_configurable_year_end_including_a_leap_day() -> None:
    year = year_ending(2026, (3, 31))
    assert (year.start, year.end) == (D(2025, 4, 1), D(2026, 3, 31))
    leap = year_ending(2024, (2, 29))
    assert leap.end == D(2024, 2, 29)
    assert year_ending(2025, (2, 29)).end == D(2025, 2, 28)
    with pytest.raises(ValueError):
        year_ending(2026, (2, 30))


def test_days_left_counts_today_and_stops_at_zero() -> None:
    year = year_ending(2026)
    assert year.days_left(D(2026, 11, 30)) == 1
    assert year.days_left(D(2026, 11, 1)) == 30
    assert year.days_left(D(2026, 12, 1)) == 0


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)
    assert add_months(D(2026, 3, 15), -3) == D(2025, 12, 15)


# -- gaps ------------------------------------------------------------------------------------


def test_gap_of_exactly_three_months_counts_and_one_day_less_does_not() -> None:
    start, end = D(2026, 1, 1), D(2026, 6, 1)
    gaps = find_gaps([D(2026, 1, 10), D(2026, 4, 10)], start=start, end=D(2026, 4, 10))
    assert [(g.start, g.end, g.position) for g in gaps] == [
        (D(2026, 1, 10), D(2026, 4, 10), "between")
    ]
    assert find_gaps([D(2026, 1, 10), D(2026, 4, 9)], start=start, end=D(2026, 4, 9)) == []
    assert find_gaps([], start=start, end=D(2026, 3, 31)) == []
    (nothing,) = find_gaps([], start=start, end=end)
    assert nothing.position == "no-activity" and nothing.days == 151


def test_gaps_before_the_first_and_since_the_last_activity() -> None:
    gaps = find_gaps([D(2026, 5, 1)], start=D(2026, 1, 1), end=D(2026, 9, 1))
    assert [g.position for g in gaps] == ["before-first", "since-last"]
    assert gaps[0].key == "2026-01-01/2026-05-01"
    # Activities outside the period are ignored.
    assert find_gaps([D(2025, 1, 1)], start=D(2026, 1, 1), end=D(2026, 2, 1)) == []


# -- the year summary ------------------------------------------------------------------------


def test_summary_totals_checklist_and_days_left() -> None:
    year = year_ending(2026)
    records = [
        record(D(2025, 12, 5), minutes=90, links=("pcf:knowledge", "gibbs:description")),
        record(
            D(2026, 2, 1),
            minutes=30,
            fields=peer(peer_learning="talked", learning="m"),
            links=("pcf:knowledge", "swe-standards:maintain-cpd"),
        ),
        record(D(2026, 3, 1), fields=None, kind="cpd_activity"),  # incomplete
        record(D(2026, 3, 2), fields=None, kind="note"),  # not CPD, not incomplete
        record(D(2024, 3, 1), minutes=600),  # another year
    ]
    today = D(2026, 11, 1)
    summary = summarise_year(records, year, today=today)
    assert [r.date for r in summary.records] == [D(2025, 12, 5), D(2026, 2, 1)]
    assert summary.minutes == 120 and summary.hours == 2.0
    assert summary.peer_records == 1
    assert [r.date for r in summary.incomplete] == [D(2026, 3, 1)]
    assert summary.covered["pcf"] == ("pcf:knowledge",)
    assert summary.covered["swe-standards"] == ("swe-standards:maintain-cpd",)
    assert "gibbs" not in summary.covered
    assert summary.days_left == 30
    assert summary.deadline_text == "30 days left (until 23:59 on 30 Nov 2026)"
    assert [c.done for c in summary.checklist] == [True, True]
    assert summary.meets_minimum is True
    # The last activity was on 1 Feb: a gap runs to today.
    assert [(g.start, g.end) for g in summary.gaps] == [(D(2026, 2, 1), today)]


def test_summary_of_a_short_year_fails_the_checklist() -> None:
    year = year_ending(2026)
    summary = summarise_year([record(D(2026, 1, 1))], year, today=D(2027, 1, 5))
    records_check, peer_check = summary.checklist
    assert not records_check.done and records_check.detail == "1 of 2"
    assert not peer_check.done
    assert summary.closed and summary.days_left == 0
    assert summary.deadline_text == "The year closed on 30 Nov 2026"
    # Gaps run to the end of a closed year, not to today.
    assert summary.gaps[-1].end == D(2026, 11, 30)


def test_summary_reports_identical_records() -> None:
    same = CpdFields(description="Read a guide.", learning="Ask early.", impact="Better plans.")
    copy = CpdFields(description="read a guide", learning="Ask  early!", impact="better plans")
    a, b = record(D(2026, 1, 1), fields=same), record(D(2026, 2, 1), fields=copy)
    summary = summarise_year([a, b], year_ending(2026), today=D(2026, 3, 1))
    assert summary.identical == ((a.id, b.id),)
    # Two copies are one record: the minimum of two different records is not met.
    assert summary.checklist[0].detail == "1 of 2" and not summary.checklist[0].done
    assert f"Records {a.id} and {b.id} read the same" in summary.warnings[0]


def test_summary_before_the_year_starts_has_no_gaps() -> None:
    summary = summarise_year([], year_ending(2027), today=D(2026, 6, 1))
    assert summary.gaps == ()
    assert summary.deadline_text.startswith("The year starts on")


# -- Social Care Wales -----------------------------------------------------------------------


def test_social_care_wales_counted_hours_until_31_march_2025() -> None:
    records = [
        record(D(2022, 1, 10), minutes=600),
        record(D(2024, 12, 31), minutes=60),
        record(D(2025, 1, 1), minutes=6000),  # the next period
        record(D(2023, 1, 1), minutes=6000, fields=None),  # not CPD
    ]
    progress = scw_status(
        records, role="care_worker", period_start=D(2022, 1, 1), today=D(2024, 6, 1)
    )
    assert progress.period is not None and progress.period.end == D(2024, 12, 31)
    (hours,) = progress.checks
    assert hours.label == "At least 45 hours of CPD in the period"
    assert hours.detail == "11 h of 45 hours" and not hours.done
    social = scw_status(
        records, role="social_worker", period_start=D(2022, 1, 1), today=D(2024, 6, 1)
    )
    assert social.checks[0].detail == "11 h of 90 hours"
    with pytest.raises(ValueError):
        scw_status(records, role="astronaut", period_start=D(2024, 4, 1), today=D(2026, 4, 1))


def test_social_care_wales_has_no_hours_target_from_april_2025() -> None:
    """The defect: a social worker saw "28.5 of 90 hours" after the hours rule ended."""
    records = [record(D(2025, 5, 1), minutes=1710)]
    status = scw_status(
        records, role="social_worker", period_start=D(2024, 4, 1), today=D(2026, 4, 1)
    )
    assert status.checks == ()
    assert status.meets is None
    assert [r.id for r in status.notes] == ["keep-record", "sample", "declaration"]


# -- HCPC ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("one two  three\nfour", 4),
        ("don't well-being e.g. 2026", 4),
        ("# Heading\n\n- item one\n- item two — done **bold**", 7),
    ],
)
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


def test_profile_checks_limits_activities_and_gaps() -> None:
    today = D(2026, 6, 1)
    records = [record(D(2025, 1, 1)), record(D(2026, 5, 1))]
    profile = HcpcProfile(
        summary="word " * 501,
        statement="word " * 1500,
        evidence_ids=(1, 2, 3),
        period_start=D(2025, 1, 1),
        period_end=today,
    )
    checks = {c.label: c for c in check_profile(profile, records, today)}
    assert not checks["Summary of practice"].ok
    assert checks["Summary of practice"].detail == "501 of 500 words"
    assert checks["Personal statement"].ok
    assert not checks["Activities described"].ok
    gap = checks["Gaps of three months or more explained"]
    assert not gap.ok and gap.detail == "1 of 1 not yet explained"
    explained = HcpcProfile(
        summary="Short.",
        statement="Also short.",
        evidence_ids=(1, 2, 3, 4),
        period_start=D(2025, 1, 1),
        period_end=today,
        gap_notes={"2025-01-01/2026-05-01": "Parental leave."},
    )
    assert all(c.ok for c in check_profile(explained, records, today))


def test_profile_period_defaults_to_two_years_to_today() -> None:
    assert HcpcProfile().period(D(2026, 6, 15)) == (D(2024, 6, 15), D(2026, 6, 15))


# -- Social Work England ---------------------------------------------------------------------


def test_swe_fields_in_form_order_with_peer_discussion() -> None:
    fields = CpdFields(
        activity_type="peer_learning",
        description="D",
        learning="L",
        impact="I",
        peer_role="a senior practitioner",
        peer_date=D(2026, 2, 3),
        peer_learning="P",
    )
    rec = record(D(2026, 2, 1), fields=fields)
    labels = [f.label for f in swe_fields(rec)]
    assert labels[0] == "Type of CPD" and labels[2] == "Date of the activity"
    texts = [f.text for f in swe_fields(rec)]
    assert texts[:5] == ["Peer learning", "D", "01/02/2026", "L", "I"]
    assert texts[5] == "Discussed with a senior practitioner on 03/02/2026.\n\nP"
    assert missing_fields(rec) == []
    assert missing_fields(record(D(2026, 1, 1), fields=CpdFields(description="D"))) == [
        "What did you learn?",
        "What positive impact has it had on your practice and the people you work with?",
    ]


def test_identical_pairs_ignore_empty_and_differing_records() -> None:
    a = record(D(2026, 1, 1), fields=CpdFields(description="A", learning="B", impact="C"))
    b = record(D(2026, 2, 1), fields=CpdFields(description="A", learning="B", impact="D"))
    e1 = record(D(2026, 3, 1), fields=CpdFields())
    e2 = record(D(2026, 4, 1), fields=CpdFields())
    c = record(D(2026, 5, 1), fields=CpdFields(description="a", learning="b.", impact="c"))
    assert identical_pairs([a, b, e1, e2, c]) == [(a, c)]


# -- settings --------------------------------------------------------------------------------


def test_settings_fall_back_to_defaults_and_report_bad_values() -> None:
    good = CpdSettings.from_values(
        {
            "practitioner_name": " Alex  Example ",
            "never_export": ["Jo", " "],
            "cpd_year_end": [3, 31],
            "regulator": ["scw", "niscc"],
            "regulator_roles": {"scw": "manager", "niscc": "social_worker"},
            "registration_starts": {"scw": "2024-04-01"},
        }
    )
    assert good.practitioner_name == "Alex Example"
    assert good.never_export == ("Jo",)
    assert good.year_end == (3, 31)
    assert good.regulators == ("scw", "niscc")
    assert good.role_for("scw") == "manager" and good.role_for("swe") is None
    assert good.start_for("scw") == D(2024, 4, 1)
    assert good.problems == []
    assert CpdSettings.from_values(good.to_values()) == good
    bad = CpdSettings.from_values(
        {
            "practitioner_name": 3,
            "never_export": "Jo",
            "cpd_year_end": [2, 31],
            "regulator": ["ofsted"],
            "regulator_roles": {"scw": "pilot"},
            "registration_starts": {"scw": "soon"},
        }
    )
    assert bad == CpdSettings()
    assert sorted(bad.problems) == sorted(
        [
            "practitioner_name",
            "never_export",
            "cpd_year_end",
            "regulator",
            "regulator_roles",
            "registration_starts",
        ]
    )


def test_settings_saved_before_regulators_were_data_still_read() -> None:
    old = CpdSettings.from_values({"scw_role": "manager", "scw_period_start": "2024-04-01"})
    assert old.regulators == ("swe", "scw")
    assert old.role_for("scw") == "manager" and old.start_for("scw") == D(2024, 4, 1)
    assert old.problems == []
    assert CpdSettings.from_values({"regulator": "niscc"}).regulators == ("niscc",)
