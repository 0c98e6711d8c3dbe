"""The anonymisation check: each detector, merging, redaction, and scores on the corpus."""

from __future__ import annotations

import random

import pytest

from benchmarks.scan_report import evaluate
from supervision_app.core.scan.scanner import (
    Finding,
    FindingKind,
    is_valid_ni_number,
    merge_findings,
    nhs_number_is_valid,
    phone_is_plausible,
    redact,
    scan_text,
)
from tests.data import anon_corpus
from tests.data.anon_corpus import build_corpus, clean_samples, nhs_check_digit

K = FindingKind


def found(text: str, never_export: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(str(f.kind), f.text) for f in scan_text(text, never_export)]


def kinds_of(text: str, never_export: tuple[str, ...] = ()) -> set[FindingKind]:
    return {f.kind for f in scan_text(text, never_export)}


# --------------------------------------------------------------------------- NHS numbers


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "943-476-5919", "401 023 2137"])
def test_nhs_valid_check_digit(number: str) -> None:
    assert nhs_number_is_valid(number)
    assert found(f"NHS number {number} on the letter.") == [("nhs_number", number)]


@pytest.mark.parametrize(
    "number",
    [
        "943 476 5918",  # wrong check digit
        "9434765910",
        "123456789",  # nine digits
        "94347659190",  # eleven digits
        "1000000010",  # remainder gives check digit 10: never issued
        "943476591a",
        "٩٤٣٤٧٦٥٩١٩",  # Arabic-Indic digits are not an NHS number
    ],
)
def test_nhs_invalid(number: str) -> None:
    assert not nhs_number_is_valid(number)


def test_nhs_check_digit_ten_is_rejected() -> None:
    assert nhs_check_digit("100000001") is None


def test_nhs_needs_consistent_grouping_and_boundaries() -> None:
    assert K.NHS_NUMBER not in kinds_of("Ref 943 4765919 and 943-476 5919.")
    assert K.NHS_NUMBER not in kinds_of("Code 19434765919 and REF-9434765919.")
    assert found("(9434765919)") == [("nhs_number", "9434765919")]


# --------------------------------------------------------------------------- NI numbers


@pytest.mark.parametrize(
    "ni", ["AB 12 34 56 C", "AB123456C", "ab123456c", "AB 123456 D", "JG-10-34-56-A", "ZA123456B"]
)
def test_ni_valid(ni: str) -> None:
    assert is_valid_ni_number(ni)
    assert found(f"Her NI number is {ni}.") == [("ni_number", ni)]


@pytest.mark.parametrize(
    "ni",
    [
        "DA123456A",  # D not allowed first
        "FA123456A",
        "IA123456A",
        "QQ123456C",  # Q not allowed first (the official example number)
        "UA123456A",
        "VA123456A",
        "AD123456A",  # D not allowed second
        "AO123456A",  # O not allowed second
        "AQ123456A",
        "BG123456A",  # banned prefixes
        "GB123456A",
        "NK123456A",
        "KN123456A",
        "TN123456A",
        "NT123456A",
        "ZZ123456A",
        "AB123456E",  # suffix must be A-D
        "AB12345C",
        "AB1234567C",
    ],
)
def test_ni_invalid(ni: str) -> None:
    assert not is_valid_ni_number(ni)
    assert K.NI_NUMBER not in kinds_of(f"The code is {ni} here.")


# --------------------------------------------------------------------------- postcodes


@pytest.mark.parametrize(
    "postcode",
    [
        "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 1HQ", "EC1A 1BB", "LS62AB", "ls6 2ab",
        "GIR 0AA", "SW1A 2AA",
    ],
)  # fmt: skip
def test_postcode_forms(postcode: str) -> None:
    assert found(f"They moved to {postcode} last week.") == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "We took the M62 and the A1 there.",
        "Meeting room B2 3rd floor.",
        "KS2 SATs and Y6 pupils.",
        "Ward 4B on Level 3.",
        "The time was 10:30, the cost £12.50.",
        "Outward only: LS6 is a big area.",
        "Inward letters C I K M O V are never used: M1 1CA, M1 1AM.",
        "QA1 1AA has a Q first, which no area uses.",
    ],
)
def test_postcode_lookalikes(text: str) -> None:
    assert K.POSTCODE not in kinds_of(text)


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123", "07700 900 123", "07700900123", "+44 7700 900123", "+447700900123",
        "+44 (0)7700 900123", "020 7946 0018", "(020) 7946 0018", "0161 496 0000",
        "(0161) 496 0000", "0161-496-0000", "01632 960123", "(01632) 960123", "0300 123 4567",
        "0800 123 4567", "+44 20 7946 0018", "+48 512 345 678",
    ],
)  # fmt: skip
def test_phone_forms(phone: str) -> None:
    assert found(f"Call on {phone} after school.") == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "The visit was at 10:30 on 12/03/2024.",
        "Rent is £1,250.00 a month.",
        "Between 2019 and 2021 she had 3 moves.",
        "The code 0000 123 is not a phone.",
        "Numbers like 0044 12 are too short.",
        "09:15, 11:40 and 14:05.",
        "The 0-19 service.",
    ],
)
def test_phone_lookalikes(text: str) -> None:
    assert K.PHONE not in kinds_of(text)


def test_phone_plausibility() -> None:
    assert phone_is_plausible("07700 900123")
    assert phone_is_plausible("01632 96012")  # some areas have 10-digit numbers
    assert not phone_is_plausible("07700 90012")  # mobiles have 11 digits
    assert not phone_is_plausible("06700 900123")  # no 06 numbers
    assert not phone_is_plausible("+1 234")


def test_phone_stops_at_the_number() -> None:
    text = "Ring 07700 900123 2 times."
    assert found(text) == [("phone", "07700 900123")]


# --------------------------------------------------------------------------- email


def test_email() -> None:
    assert found("Send it to jamie.smith+school@mail.example.co.uk.") == [
        ("email", "jamie.smith+school@mail.example.co.uk")
    ]
    assert found("Email: P.Okafor@Example.org") == [("email", "P.Okafor@Example.org")]
    assert K.EMAIL not in kinds_of("Meet @ 10; tag @team; a@b; foo@bar.")


# --------------------------------------------------------------------------- dates of birth


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB 12/03/1987.", "12/03/1987"),
        ("DOB: 12.03.87", "12.03.87"),
        ("d.o.b. 3/4/87", "3/4/87"),
        ("D.O.B - 12-03-1987", "12-03-1987"),
        ("Her date of birth is 12 March 1987.", "12 March 1987"),
        ("He was born on 3rd March 1987.", "3rd March 1987"),
        ("She was born on the 3rd of March 1987.", "3rd of March 1987"),
        ("Born 12 Mar 87, she is the eldest.", "12 Mar 87"),
        ("Born in Leeds on 12.03.87.", "12.03.87"),
        ("Her birthday is 3rd March.", "3rd March"),
        ("12/03/1987 (DOB) was wrong.", "12/03/1987"),
        ("DOB March 3rd, 1987.", "March 3rd, 1987"),
        ("DOB 1987-03-12.", "1987-03-12"),
        ("The DOB on the referral form was 12/03/87.", "12/03/87"),
        ("Child A, b. 12/03/2019, attends nursery.", "12/03/2019"),
    ],
)
def test_date_of_birth(text: str, date: str) -> None:
    assert found(text) == [("date_of_birth", date)]


@pytest.mark.parametrize(
    "text",
    [
        "I visited on 12/03/2024 at 10:30.",
        "The review is on 3rd March 2025.",
        "Mum, aged 34, was at home on 12 May 2024.",
        "She was born in 1987.",  # a year alone is not flagged
        "Her first-born son starts school in September 2025.",
        "The baby was born prematurely; the visit was on 14/05/2024.",
        "Her birthday party is on Saturday.",
        "KSS 2019, PCF domain 6, REF-2031, Level 3 training.",
    ],
)
def test_dates_that_are_not_dobs(text: str) -> None:
    assert K.DATE_OF_BIRTH not in kinds_of(text)


def test_invalid_calendar_numbers_are_not_dates() -> None:
    assert K.DATE_OF_BIRTH not in kinds_of("DOB 32/13/1987.")


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "address",
    [
        "12 Mill Lane", "12a Mill Lane", "3 St John's Close", "45 Station Road", "7 Elm Rd.",
        "Flat 4, 12 Mill Lane", "Flat 2b Rowan Court", "Apartment 7, 3 Quay Street",
        "12-14 High Street", "100 Cherry Tree Avenue", "9 The Crescent", "1 Holly Bank Gardens",
    ],
)  # fmt: skip
def test_street_address(address: str) -> None:
    assert found(f"She lives at {address} with her children.") == [("street_address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "She attended 2 Family Court hearings.",
        "He had 3 Crown Court appearances.",
        "She completed a 10 Mile Walk for charity.",
        "I completed Level 3 Safeguarding training.",
        "The Community Mental Health Team met at 10:30 Place Road.",
        "The GP surgery on the High Street.",
        "Room 12 in the Civic Centre.",
        "At 10 Downing Streets are wide.",
    ],
)
def test_street_lookalikes(text: str) -> None:
    assert K.STREET_ADDRESS not in kinds_of(text)


def test_full_stop_after_a_full_street_word_is_not_part_of_it() -> None:
    assert found("They live at 10 Mill Street.") == [("street_address", "10 Mill Street")]


# --------------------------------------------------------------------------- titled names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I spoke to Mrs Okafor today.", "Mrs Okafor"),
        ("Letter to Mr J. Smith.", "Mr J. Smith"),
        ("Mr J Smith attended.", "Mr J Smith"),
        ("Ms Aisha Begum attended.", "Ms Aisha Begum"),
        ("Dr. Patel-Jones phoned.", "Dr. Patel-Jones"),
        ("Miss O'Brien and Mrs McDonald.", "Miss O'Brien"),
        ("Mrs de Souza came.", "Mrs de Souza"),
        ("Mr A.B. Young said so.", "Mr A.B. Young"),
        ("Mrs Okafor Tuesday said so.", "Mrs Okafor"),
        ("Mr Khan's brother.", "Mr Khan"),
    ],
)
def test_titled_name(text: str, name: str) -> None:
    assert ("titled_name", name) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Discussed Mrs Johnson", [("titled_name", "Mrs Johnson")]),
        ("Discussed Mrs Johnson's son.", [("titled_name", "Mrs Johnson")]),
        ("Discussed Mrs Johnson (mother, 80).", [("titled_name", "Mrs Johnson")]),
        ("Accompanied Mr Okafor's daughter.", [("titled_name", "Mr Okafor")]),
        ("Visited Jamie's mum.", [("relation_name", "Jamie")]),
        ("Met Priya, her daughter.", [("relation_name", "Priya")]),
    ],
)
def test_a_verb_opening_the_sentence_is_not_part_of_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Issue 12: "Discussed Mrs Johnson" was flagged whole, taking the verb with it."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We read three Mr Men books.",
        "Dr Barnardo's homes were discussed.",
        "The children watched Mr Tumble.",
        "Mr and Mrs were written on the form.",
        "MRS is an acronym here; mr smith in lower case is not found either.",
    ],
)
def test_titled_lookalikes(text: str) -> None:
    assert K.TITLED_NAME not in kinds_of(text)


# --------------------------------------------------------------------------- relations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I met her son Jamie at school.", "Jamie"),
        ("Jamie's mum phoned.", "Jamie"),
        ("His daughter, Priya, was quiet.", "Priya"),
        ("Priya, his daughter, was quiet.", "Priya"),
        ("Mum's partner Dean Smith was there.", "Dean Smith"),
        ("Her ex-partner Lee has an order.", "Lee"),
        ("Kai (son, 7) was at home.", "Kai"),
        ("Mum (Sarah) said so.", "Sarah"),
        ("I spoke to Amira's step-dad.", "Amira"),
        ("Her foster carer Mandy reported a good week.", "Mandy"),
        ("Yesterday Jamie, her son, was calm.", "Jamie"),
        ("The mother of Zoë came.", "Zoë"),
        ("HER SON Jamie came.", "Jamie"),
    ],
)
def test_relation_name(text: str, name: str) -> None:
    assert ("relation_name", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday, her son was calm.",
        "Sadly, his dad did not attend.",
        "On Tuesday, her daughter went to the dentist.",
        "In March, his mum started a new job.",
        "At the Family Hub, her daughter played.",
        "Father Christmas visited. Mother's Day was hard.",
        "She claims Carer's Allowance and Child Benefit.",
        "The Child Protection conference and the Child In Need plan.",
        "Her son's school called. Mum's new job is going well.",
        "Her son The school called.",
        "His friend Facebook messaged him; her son Section 20 is ending.",
        "Daughter and mum agreed. Mum, Dad and Nan came.",
        "Her son ADHD assessment is pending.",
    ],
)
def test_relation_lookalikes(text: str) -> None:
    assert K.RELATION_NAME not in kinds_of(text)


def test_relation_keeps_surnames_that_are_ordinary_words() -> None:
    assert ("relation_name", "Dominika Day") in found("His ex-partner Dominika Day called.")


# --------------------------------------------------------------------------- never export


def test_never_export_whole_words_any_case() -> None:
    text = "The Okonkwo family; OKONKWO again; Okonkwos is not a match; nor is XOkonkwo."
    result = scan_text(text, ["okonkwo"])
    assert [f.text for f in result] == ["Okonkwo", "OKONKWO"]
    assert {f.kind for f in result} == {K.NEVER_EXPORT}


def test_never_export_phrases_with_regex_metacharacters() -> None:
    phrases = ["St. Aidan's (Rowan Ward)", "C.J.", "Ward 7+", "a|b", "[x]", "Dee (aunt)", "  "]
    text = (
        "At St.  Aidan’s (Rowan Ward) with C.J. and Ward 7+ and a|b and [x], not CXJX or "
        "Ward 77 or ab; Dee (aunt) too."
    )
    assert [f.text for f in scan_text(text, phrases) if f.kind == K.NEVER_EXPORT] == [
        "St.  Aidan’s (Rowan Ward)",
        "C.J.",
        "Ward 7+",
        "a|b",
        "[x]",
        "Dee (aunt)",
    ]


def test_never_export_does_not_match_inside_words() -> None:
    text = "Annual review tomorrow in Leeds; Patience is needed; Every week."
    assert scan_text(text, ["Ann", "Tom", "Lee", "Pat", "Eve"]) == []


def test_never_export_longest_phrase_wins_and_kind_beats_others() -> None:
    result = scan_text("Mrs Jamie Smith came.", ["Jamie", "Jamie Smith"])
    assert [(f.kind, f.text) for f in result] == [(K.NEVER_EXPORT, "Mrs Jamie Smith")]


def test_no_never_export_phrases() -> None:
    assert scan_text("Nothing to see here.", []) == []
    assert scan_text("Nothing to see here.", ["", "   "]) == []


# --------------------------------------------------------------------------- merging


def test_overlapping_findings_merge_to_the_more_specific_kind() -> None:
    text = "abcdefghij"
    a = Finding(K.RELATION_NAME, 0, 5, "abcde")
    b = Finding(K.PHONE, 3, 8, "defgh")
    c = Finding(K.POSTCODE, 8, 10, "ij")  # touches b but does not overlap
    merged = merge_findings([c, b, a], text)
    assert merged == [Finding(K.PHONE, 0, 8, "abcdefgh"), c]


def test_nested_findings_merge() -> None:
    text = "Referral for her son Jamie Okafor today"
    start = text.index("Jamie")
    outer = Finding(K.RELATION_NAME, start, start + 12, "Jamie Okafor")
    inner = Finding(K.NEVER_EXPORT, start + 6, start + 12, "Okafor")
    assert merge_findings([outer, inner], text) == [
        Finding(K.NEVER_EXPORT, start, start + 12, "Jamie Okafor")
    ]


def test_scan_results_are_sorted_and_disjoint() -> None:
    text = " ".join(s.text for s in build_corpus()[:300])
    result = scan_text(text)
    assert result == sorted(result, key=lambda f: f.start)
    for a, b in zip(result, result[1:], strict=False):
        assert a.end <= b.start
    assert all(text[f.start : f.end] == f.text for f in result)


# --------------------------------------------------------------------------- redaction


def test_redact_multiple_findings_keeps_offsets() -> None:
    text = "Mrs Okafor (DOB 12/03/1987) lives at 12 Mill Lane, LS6 2AB; tel 07700 900123."
    result = scan_text(text)
    assert [f.kind for f in result] == [
        K.TITLED_NAME,
        K.DATE_OF_BIRTH,
        K.STREET_ADDRESS,
        K.POSTCODE,
        K.PHONE,
    ]
    assert redact(text, result) == (
        "[redacted] (DOB [redacted]) lives at [redacted], [redacted]; tel [redacted]."
    )
    # Order of the findings given does not matter; a custom replacement is used.
    assert redact(text, reversed(result), "▇") == "▇ (DOB ▇) lives at ▇, ▇; tel ▇."


def test_redact_subset_and_overlaps() -> None:
    text = "0123456789"
    a = Finding(K.PHONE, 1, 4, "123")
    b = Finding(K.PHONE, 3, 6, "345")
    c = Finding(K.EMAIL, 8, 10, "89")
    assert redact(text, [c, a, b], "#") == "0#67#"
    assert redact(text, []) == text


def test_redact_refuses_stale_findings() -> None:
    text = "Call 07700 900123 now."
    [finding] = scan_text(text)
    with pytest.raises(ValueError, match="scan the record again"):
        redact("Call me on 07700 900123 now.", [finding])
    with pytest.raises(ValueError):
        finding.context("short")


def test_context_marks_the_finding() -> None:
    text = "A long introduction.\nThen   her son Jamie was upset about the move to the new school."
    [finding] = scan_text(text)
    assert finding.context(text, width=10) == "…her son [[Jamie]] was upset…"
    assert finding.context(text, width=500).startswith("A long introduction. Then her son [[")
    assert finding.context(text, width=0, marks=("<", ">")) == "…<Jamie>…"
    assert finding.label == "Name of a family member or carer"


# --------------------------------------------------------------------------- performance


def _adversarial_texts() -> list[str]:
    words = [s.text for s in build_corpus()]
    rng = random.Random(7)
    prose = " ".join(rng.choice(words) for _ in range(800))  # well over 10,000 words
    return [
        prose,
        "a" * 20_000,
        "A" + "a" * 20_000 + "'s",
        "0" * 20_000,
        "0 " * 10_000,
        "1" * 9_999 + " " + "07700 " * 2_000,
        "Mr " * 5_000,
        "Her son " * 3_000,
        "Jamie " * 5_000 + ", her son",
        "Jamie's " * 5_000,
        "Aa-" * 7_000 + "s mum",
        "Aa'" * 7_000 + ", her son",
        "12 " * 5_000 + "Mill",
        "12 Mill " * 5_000,
        "Flat 1, " * 5_000,
        "a." * 10_000 + "@",
        "x@" + "a." * 10_000 + "1",
        "a" * 64 + "@" + "-" * 20_000,
        "DOB " * 5_000,
        "DOB " + "is " * 10_000,
        "born on the " * 3_000,
        "12/03/" * 5_000,
        "AB 12 " * 5_000,
        "LS6 " * 5_000,
        "+" + "4" * 20_000,
        ("Word " * 3 + "\n") * 3_000,
    ]


def test_scanning_large_and_hostile_texts_finishes() -> None:
    # No timing assertion: a catastrophically backtracking pattern would hang here.
    for text in _adversarial_texts():
        result = scan_text(text, ["Jamie", "Mill Lane"])
        assert all(text[f.start : f.end] == f.text for f in result)
    assert len(_adversarial_texts()[0].split()) > 10_000


# --------------------------------------------------------------------------- corpus


def test_corpus_is_deterministic_and_consistent() -> None:
    first, second = build_corpus(), build_corpus()
    assert first == second
    assert build_corpus(seed=1) != first
    assert {p.kind for s in first for p in s.planted} == set(anon_corpus.KINDS)
    assert set(anon_corpus.KINDS) == {str(k) for k in FindingKind}
    for sample in first:
        for p in sample.planted:
            assert sample.text[p.start : p.end] == p.text
    assert len(clean_samples(first)) >= 300


def test_corpus_recall_and_false_positive_thresholds() -> None:
    report = evaluate()
    assert report.planted >= 900
    assert report.overall_recall >= 0.9, report.misses[:10]
    for kind, recall in report.recall.items():
        assert recall >= 0.8, (kind, recall)
    assert report.false_positive_rate <= 0.1, report.false_alarms[:10]
    assert report.overall_precision >= 0.9
    for kind, precision in report.precision.items():
        assert precision >= 0.8, (kind, precision)


def test_the_scores_can_fail() -> None:
    samples = build_corpus(per_kind=10, mixed=6, clean=50)
    blind = evaluate(samples, scan=lambda text, never: [])
    assert blind.overall_recall == 0 and blind.false_positive_rate == 0

    def everything(text: str, never: object) -> list[Finding]:
        return [Finding(K.TITLED_NAME, 0, len(text), text)] if text else []

    paranoid = evaluate(samples, scan=everything)
    assert paranoid.overall_recall == 1
    assert paranoid.recall[str(K.PHONE)] == 0  # covered, but never the right kind
    assert paranoid.false_positive_rate == 1
