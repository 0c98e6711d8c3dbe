"""A deterministic, synthetic corpus for measuring the anonymisation check.

Every sentence is made up: the names come from lists of common UK first names and surnames
and are combined at random, the numbers are random (NHS and National Insurance numbers are
generated to be well formed, and so are not anyone's), and no sentence is taken from a real
record.

:func:`build_corpus` returns :class:`Sample` objects of two sorts:

* *planted* samples: reflection sentences with one or more identifiers planted in them, each
  recorded as a :class:`Planted` span with the kind a scanner should report;
* *clean* samples: one sentence each, with no identifier but with things a careless scanner
  would flag (visit dates, times, money, "KSS 2019", "PCF domain 6", "REF-2031", "Mr Men
  books", "Level 3 training", "2 Family Court hearings", "Father Christmas", invalid NHS
  and NI numbers, words containing a never-export word ...).

Kinds are plain strings equal to the values of ``supervision_app.core.scan.scanner.FindingKind``
so the corpus does not depend on the code it measures.  The same seed always gives the same
corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

SEED = 20240611

NEVER_EXPORT = "never_export"
TITLED_NAME = "titled_name"
RELATION_NAME = "relation_name"
NHS_NUMBER = "nhs_number"
NI_NUMBER = "ni_number"
POSTCODE = "postcode"
PHONE = "phone"
EMAIL = "email"
DATE_OF_BIRTH = "date_of_birth"
STREET_ADDRESS = "street_address"

KINDS = (
    NEVER_EXPORT, TITLED_NAME, RELATION_NAME, NHS_NUMBER, NI_NUMBER, POSTCODE, PHONE, EMAIL,
    DATE_OF_BIRTH, STREET_ADDRESS,
)  # fmt: skip


@dataclass(frozen=True)
class Planted:
    """One identifier planted in a sample: ``sample.text[start:end] == text``."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sample:
    text: str
    planted: tuple[Planted, ...] = ()
    never_export: tuple[str, ...] = ()
    template: str = field(default="", compare=False)

    @property
    def is_clean(self) -> bool:
        return not self.planted


# --------------------------------------------------------------------------- word lists

FIRST_NAMES = """
Jamie Priya Mohammed Olivia Amelia Oliver Harry Leo Isla Ava Noah Aisha Fatima Kai Ellie
Chloe Jack Charlie Freya Zara Kacper Oskar Amira Tyler Kayden Jade Shannon Dean Lee Sharon
Tracey Darren Stacey Kerry Wayne Siobhan Niamh Callum Rhys Dylan Bethan Seren Aleksandra
Bilal Yusuf Maryam Tariq Chidi Adaeze Kwame Ama Hannah Grace Lily Ruby Sophie Emily Mason
Logan Riley Alfie Archie Evie Poppy Layla Ibrahim Hamza Zainab Ayesha Kieran Ryan Connor
Jordan Paige Courtney Leanne Gemma Natalie Dominika Wiktoria Florin Ionut Hope Rose Will
""".split()

SURNAMES = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Khan Begum
Ali Hussain Okafor Okonkwo Mensah Nowak Kowalski O'Brien McDonald MacLeod Murphy Kelly
O'Neill Smith-Jones Ahmed Rahman Chaudhry Singh Kaur Osei Adeyemi Campbell Stewart Fraser
Llewellyn Pritchard Young Day Booth Marsh Cartwright Ashworth
""".split()

STREET_NAMES = [
    "Mill",
    "Station",
    "Church",
    "Victoria",
    "Albert",
    "Queen's",
    "King's",
    "St John's",
    "St Mary's",
    "Oak",
    "Elm",
    "Beech",
    "Ash Tree",
    "Willow",
    "Meadow",
    "Park",
    "Chapel",
    "School",
    "Manor",
    "Rowan",
    "Hawthorn",
    "Cherry Tree",
    "Orchard",
    "Windsor",
    "Clarence",
    "Milton",
    "Brunswick",
    "Cavendish",
    "Trinity",
    "Prospect",
    "High",
    "Moor",
    "Westfield",
    "Greenhill",
    "Stanley",
    "Bradford",
    "Sandy",
    "Holly Bank",
    "Coronation",
    "Jubilee",
    "The",
    "Lower Fold",
    "New",
    "Bank",
]

STREET_SUFFIXES = (
    ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Court",
     "Place", "Gardens", "Terrace", "Grove", "Walk", "Mews", "Rise", "Square", "Row"] * 3
    + ["Rd", "St", "Ave", "Rd.", "Dr", "Cres"]
)  # fmt: skip

TOWNS = "Leeds Bradford Halifax Wakefield Rotherham Wigan Bolton Swindon Luton Cardiff".split()

POSTCODE_AREAS_1 = list("BEGLMNSW")
POSTCODE_AREAS_2 = """
LS BD HX CF SA NE SR DH YO HU BS EX PL OX CB NR IP CO CM SS ME CT TN BN PO SO BH SP RG SL HP
LU MK NN LE NG DE ST WV WS DY CV WR HR GL SN BA TA TQ TR LA PR BB BL OL SK WA WN CH LL SY NP
DN WF HD HG TS DL CA EH KY AB DD PA KA IV BT NW SE SW
""".split()
POSTCODE_ALPHA_OUTWARD = "W1A W1T EC1A EC2V SW1A SW1P WC1E WC2H E1W N1C NW1W SE1P".split()
POSTCODE_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()

# --------------------------------------------------------------------------- generators

Rng = random.Random


def nhs_check_digit(nine: str) -> int | None:
    total = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return None if check == 10 else check


def gen_nhs(rng: Rng, sep: str | None = None) -> str:
    while True:
        nine = str(rng.choice([4, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(8))
        check = nhs_check_digit(nine)
        if check is not None:
            break
    d = nine + str(check)
    if sep is not None:
        return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
    style = rng.random()
    if style < 0.55:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style < 0.9:
        return d
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def gen_invalid_ten_digits(rng: Rng) -> str:
    """Ten digits that fail the NHS modulus 11 check."""
    nine = str(rng.randrange(1, 10)) + _digits(rng, 8)
    check = nhs_check_digit(nine)
    return nine + str(rng.choice([d for d in range(10) if d != check]))


def gen_ni(rng: Rng) -> str:
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = "".join(str(rng.randrange(10)) for _ in range(6))
    suffix = rng.choice("ABCD")
    style = rng.random()
    if style < 0.4:
        return f"{a}{b} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    if style < 0.8:
        return f"{a}{b}{digits}{suffix}"
    if style < 0.9:
        return f"{a}{b} {digits} {suffix}"
    return f"{a}{b}{digits}{suffix}".lower()


def gen_ni_hyphenated(rng: Rng) -> str:
    t = re.sub(r"\s", "", gen_ni(rng)).upper()
    return "-".join([t[:2], t[2:4], t[4:6], t[6:8], t[8]])


def gen_postcode(rng: Rng) -> str:
    form = rng.random()
    if form < 0.2:
        outward = rng.choice(POSTCODE_AREAS_1) + str(rng.randrange(1, 10))
    elif form < 0.35:
        outward = rng.choice(POSTCODE_AREAS_1) + str(rng.randrange(10, 30))
    elif form < 0.6:
        outward = rng.choice(POSTCODE_AREAS_2) + str(rng.randrange(1, 10))
    elif form < 0.9:
        outward = rng.choice(POSTCODE_AREAS_2) + str(rng.randrange(10, 30))
    else:
        outward = rng.choice(POSTCODE_ALPHA_OUTWARD)
    inward = str(rng.randrange(10)) + "".join(rng.choices(POSTCODE_INWARD_LETTERS, k=2))
    style = rng.random()
    if style < 0.8:
        return f"{outward} {inward}"
    if style < 0.92:
        return outward + inward
    return f"{outward} {inward}".lower()


def _digits(rng: Rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def gen_phone(rng: Rng) -> str:
    mobile = "7" + str(rng.choice([4, 5, 7, 8, 9])) + _digits(rng, 8)  # 10 digits, no 0
    area4 = rng.choice(["113", "114", "115", "116", "117", "118", "121", "131", "141", "151",
                        "161", "191"])  # fmt: skip
    area5 = "1" + _digits(rng, 3)
    forms: list[Callable[[], str]] = [
        lambda: f"0{mobile[:4]} {mobile[4:]}",
        lambda: f"0{mobile[:4]} {mobile[4:7]} {mobile[7:]}",
        lambda: f"0{mobile}",
        lambda: f"+44 {mobile[:4]} {mobile[4:]}",
        lambda: f"+44{mobile}",
        lambda: f"+44 (0){mobile[:4]} {mobile[4:]}",
        lambda: f"020 {rng.choice('378')}{_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"(020) {rng.choice('378')}{_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"+44 20 {rng.choice('378')}{_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"0{area4} {_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"(0{area4}) {_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"0{area4}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        lambda: f"0{area5} {_digits(rng, 6)}",
        lambda: f"(0{area5}) {_digits(rng, 6)}",
        lambda: f"0{area5}{_digits(rng, 6)}",
        lambda: f"0{rng.choice(['300', '330', '800', '808'])} {_digits(rng, 3)} {_digits(rng, 4)}",
    ]
    return rng.choice(forms)()


def gen_email(rng: Rng) -> str:
    first = rng.choice(FIRST_NAMES).lower()
    last = rng.choice(SURNAMES).lower().replace("'", "")
    local = rng.choice([
        f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randrange(100)}",
        f"{first}+school", f"{first}.{last}.{rng.randrange(2, 9)}",
        f"{last}{rng.randrange(1970, 2010)}",
    ])  # fmt: skip
    domain = rng.choice([
        "example.com", "example.org", "example.net", "mail.example.co.uk",
        "nhs.example.net", "school.example.sch.uk", "example.gov.uk",
    ])  # fmt: skip
    email = f"{local}@{domain}"
    return email.capitalize() if rng.random() < 0.1 else email


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def gen_date(rng: Rng, year_from: int, year_to: int, with_year: bool = True) -> str:
    """A date in one of the formats UK practitioners write."""
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(year_from, year_to)
    name = MONTHS[month - 1]
    if not with_year:
        return rng.choice(
            [f"{day} {name}", f"{_ordinal(day)} {name}", f"{_ordinal(day)} of {name}"]
        )
    forms = [
        f"{day:02d}/{month:02d}/{year}",
        f"{day}/{month}/{year}",
        f"{day:02d}/{month:02d}/{year % 100:02d}",
        f"{day:02d}.{month:02d}.{year % 100:02d}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day:02d}-{month:02d}-{year}",
        f"{day} {name} {year}",
        f"{_ordinal(day)} {name} {year}",
        f"{_ordinal(day)} of {name} {year}",
        f"{day} {name[:3]} {year}",
        f"{name} {_ordinal(day)}, {year}",
        f"{year}-{month:02d}-{day:02d}",
    ]
    return rng.choice(forms)


def gen_address(rng: Rng) -> str:
    number = str(rng.randrange(1, 240))
    r = rng.random()
    if r < 0.1:
        number += rng.choice("abc")
    elif r < 0.15:
        number = f"{number}-{int(number) + 2}"
    street = f"{rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIXES)}"
    flat = rng.random()
    if flat < 0.15:
        return f"Flat {rng.randrange(1, 30)}, {number} {street}"
    if flat < 0.22:
        return f"Flat {rng.randrange(1, 30)}{rng.choice(['', 'b'])} {street}"
    if flat < 0.25:
        return f"Apartment {rng.randrange(1, 90)}, {number} {street}"
    return f"{number} {street}"


def gen_titled(rng: Rng) -> str:
    title = rng.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mrs", "Mr", "Ms", "Mx", "Mr."])
    surname = rng.choice(SURNAMES + ["de Souza"])
    style = rng.random()
    if style < 0.5:
        return f"{title} {surname}"
    if style < 0.65:
        return f"{title} {rng.choice(FIRST_NAMES)[0]}. {surname}"
    if style < 0.72:
        return f"{title} {rng.choice(FIRST_NAMES)[0]} {surname}"
    if style < 0.77:
        a, b = rng.choice(FIRST_NAMES)[0], rng.choice(FIRST_NAMES)[0]
        return f"{title} {a}.{b}. {surname}"
    return f"{title} {rng.choice(FIRST_NAMES)} {surname}"


def gen_relation_name(rng: Rng) -> str:
    first = rng.choice(FIRST_NAMES)
    return f"{first} {rng.choice(SURNAMES)}" if rng.random() < 0.25 else first


NEVER_PHRASES = [
    "Okonkwo", "Nowak", "Kowalski", "O'Neill", "Smith-Jones", "Big Dave", "Little Ted",
    "Rowan Ward", "St. Aidan's", "C.J.", "Bumble Bee Nursery", "Cartwright", "Ashworth",
    "Marsh Farm", "Kay-Lee", "Dee (aunt)", "Tiny Tim", "Ward 7+", "Booth",
]  # fmt: skip
NEVER_DECOYS = ["Ann", "Lee", "Tom", "Mill", "Ash", "Eve", "Rose Cottage", "Pat"]


def _vary_case(rng: Rng, phrase: str) -> str:
    r = rng.random()
    if r < 0.1:
        phrase = phrase.upper()
    elif r < 0.2:
        phrase = phrase.lower()
    if rng.random() < 0.15:
        phrase = phrase.replace("'", "’")
    if rng.random() < 0.1:
        phrase = phrase.replace(" ", "  ", 1)
    return phrase


# --------------------------------------------------------------------------- fillers


def _fillers(rng: Rng) -> dict[str, Callable[[], str]]:
    return {
        "visit_date": lambda: gen_date(rng, 2022, 2026),
        "visit_date2": lambda: gen_date(rng, 2022, 2026),
        "visit_day": lambda: f"{rng.choice(WEEKDAYS)} {gen_date(rng, 2024, 2025, with_year=False)}",
        "time": lambda: f"{rng.randrange(8, 18):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "time2": lambda: f"{rng.randrange(8, 12)}.{rng.choice(['00', '15', '30'])}am",
        "money": lambda: f"{rng.randrange(20, 4000):,}.{rng.randrange(100):02d}",
        "year": lambda: str(rng.randrange(2015, 2026)),
        "year2": lambda: str(rng.randrange(2015, 2026)),
        "ref4": lambda: str(rng.randrange(1000, 9999)),
        "level": lambda: str(rng.randrange(1, 5)),
        "pcf": lambda: str(rng.randrange(1, 10)),
        "kss": lambda: rng.choice(["2014", "2015", "2018", "2019"]),
        "count": lambda: str(rng.randrange(2, 9)),
        "duration": lambda: str(rng.choice([15, 20, 30, 45, 60, 90])),
        "hours": lambda: f"{rng.randrange(1, 40)}.{rng.choice([0, 5])}",
        "age": lambda: str(rng.randrange(19, 80)),
        "weekday": lambda: rng.choice(WEEKDAYS),
        "month": lambda: rng.choice(MONTHS),
        "town": lambda: rng.choice(TOWNS),
        "poss": lambda: rng.choice(["her", "his", "their"]),
        "obj": lambda: rng.choice(["her", "him", "them"]),
        "invalid10": lambda: gen_invalid_ten_digits(rng),
        "bad_ni_prefix": lambda: rng.choice(["QQ", "GB", "BG", "NK", "TN", "ZZ", "DA", "FQ"]),
        "six": lambda: _digits(rng, 6),
    }


def _planters(rng: Rng) -> dict[str, tuple[str, Callable[[], str]]]:
    return {
        "NHS": (NHS_NUMBER, lambda: gen_nhs(rng)),
        "NI": (NI_NUMBER, lambda: gen_ni(rng)),
        "POSTCODE": (POSTCODE, lambda: gen_postcode(rng)),
        "PHONE": (PHONE, lambda: gen_phone(rng)),
        "EMAIL": (EMAIL, lambda: gen_email(rng)),
        "DOB": (DATE_OF_BIRTH, lambda: gen_date(rng, 1940, 2023)),
        "BIRTHDAY": (DATE_OF_BIRTH, lambda: gen_date(rng, 2000, 2001, with_year=False)),
        "ADDRESS": (STREET_ADDRESS, lambda: gen_address(rng)),
        "TITLED": (TITLED_NAME, lambda: gen_titled(rng)),
        "REL": (RELATION_NAME, lambda: gen_relation_name(rng)),
        # Less common forms.
        "NHS_DOTTED": (NHS_NUMBER, lambda: gen_nhs(rng, sep=".")),
        "NI_HYPHENATED": (NI_NUMBER, lambda: gen_ni_hyphenated(rng)),
        "PHONE_PL": (PHONE, lambda: f"+48 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"),
        # Forms the scanner is known to miss, so the report keeps them visible.
        "EMAIL_SPOKEN": (EMAIL, lambda: gen_email(rng).replace("@", " at ").replace(".", " dot ")),
        "ADDRESS_LOWER": (STREET_ADDRESS, lambda: gen_address(rng).lower()),
        "TITLED_LOWER": (TITLED_NAME, lambda: gen_titled(rng).lower()),
        "REL_MONTH": (RELATION_NAME, lambda: rng.choice(["April", "May", "June"])),
    }


# --------------------------------------------------------------------------- templates

PLANTED_TEMPLATES: dict[str, list[str]] = {
    NHS_NUMBER: [
        "NHS number {NHS_DOTTED} was on the old discharge summary.",
        "NHS number: {NHS}.",
        "GP letter (NHS No {NHS}) says the medication review is overdue.",
        "The discharge letter gives NHS number {NHS} and a follow-up on {visit_date}.",
        "NHS no. {NHS} was on the referral form, so I checked it with the GP surgery.",
        "Please note the NHS number ({NHS}) is wrong on the Mosaic record.",
        "Health visitor confirmed NHS {NHS} for the baby at {time}.",
        "{NHS} is the NHS number the ward used in the section 117 meeting.",
        "I copied the NHS number, {NHS}, onto the CHC checklist.",
    ],
    NI_NUMBER: [
        "The DWP form shows {NI_HYPHENATED} as her NI number.",
        "NINo: {NI}",
        "She could not remember her NI number, then found it on a payslip: {NI}.",
        "Her National Insurance number is {NI} and the DWP letter is dated {visit_date}.",
        "NI number {NI} was needed for the PIP application.",
        "He read out his NI no. ({NI}) while we filled in the Universal Credit form.",
        "The benefits advisor asked for {NI}; I said she should give it herself.",
        "{NI} is written on the back of the tenancy agreement.",
        "Carer's Allowance claim reference uses NINO {NI}.",
    ],
    POSTCODE: [
        "Lives near the park ({POSTCODE}) with her two children.",
        "The new placement is in {POSTCODE}.",
        "The family have been rehoused in {POSTCODE}, close to the new school.",
        "Postcode {POSTCODE} is outside our borough, so the case will transfer.",
        "The taxi was booked to {POSTCODE} for {time}.",
        "She is staying with a friend in {town}, {POSTCODE}, until the repairs are done.",
        "Sat nav to {POSTCODE} took me to the wrong end of the estate.",
        "{POSTCODE} was given as a previous address on the housing form.",
    ],
    PHONE: [
        "Her brother in Poland is on {PHONE_PL}.",
        "Mobile: {PHONE}",
        "Her sister can be reached on {PHONE}, or via the school.",
        "Mum's new mobile number is {PHONE}; the old one has been cut off.",
        "Please call the foster carer on {PHONE} before {time}.",
        "I left a voicemail on {PHONE} and followed up by letter.",
        "Tel: {PHONE} (landline, best after school pick-up).",
        "The school office ({PHONE}) confirmed attendance is at 87%.",
        "He texted me from {PHONE}, which is not the number we hold.",
        "Contact number {PHONE} was added to the safety plan.",
    ],
    EMAIL: [
        "He gave his email as {EMAIL_SPOKEN} so the school could write to him.",  # missed
        "He signs his messages as {EMAIL}, which made me think about boundaries.",
        "She asked me to send the minutes to {EMAIL} instead of posting them.",
        "Email: {EMAIL}",
        "The school's designated safeguarding lead ({EMAIL}) was copied in.",
        "I forwarded the plan to {EMAIL} on {visit_date}.",
        "Dad's solicitor emailed from {EMAIL} about contact.",
        "{EMAIL} bounced, so I rang instead.",
    ],
    DATE_OF_BIRTH: [
        "The DOB on the referral form was {DOB}, not the one the GP holds.",
        "Her date of birth is the {DOB}.",
        "He was born on the {DOB} in hospital in {town}.",
        "DOB - {DOB}",
        "DOB {DOB} matches the GP record.",
        "Checked her DOB: {DOB}, which was wrong on the referral.",
        "The form gave his date of birth as {DOB}.",
        "He was born on {DOB} and has lived locally since.",
        "Confirmed d.o.b. {DOB} with the school office at {time}.",
        "Child A (DOB: {DOB}) was present for the whole visit.",
        "Date of birth: {DOB}.",
        "{DOB} (DOB) was entered incorrectly on the system.",
        "Mum said she was born in {town} on {DOB}.",
        "D.O.B. {DOB} - please check this before panel.",
        "Born {DOB}; the family moved to the area when she was three.",
        "Her birthday is {BIRTHDAY}, so I will plan the visit around it.",
        "He told me his birthday is on {BIRTHDAY} and he wants a party.",
        "The baby was born {DOB} at 34 weeks and spent time on the neonatal unit.",
    ],
    STREET_ADDRESS: [
        "She wrote her address as {ADDRESS_LOWER} on the form.",  # missed: lower case
        "Nan lives round the corner at {ADDRESS}.",
        "Address: {ADDRESS}, {town}",
        "The family have moved to {ADDRESS}.",
        "I visited {obj} at {ADDRESS} on {visit_date}.",
        "Home address on file is {ADDRESS}, {town}.",
        "{ADDRESS} has damp and mould in the children's bedroom.",
        "Letters are going to {ADDRESS} but she is staying with a friend.",
        "Police attended {ADDRESS} at {time} following a call from a neighbour.",
        "The tenancy at {ADDRESS} ends in {month}.",
    ],
    TITLED_NAME: [
        "Mum calls her neighbour {TITLED_LOWER} and trusts her.",  # missed: lower case
        "Mum is known to {TITLED} at the surgery.",
        "The paediatrician, {TITLED}, said the bruising needs a second opinion.",
        "{TITLED} attended the core group meeting.",
        "I spoke with {TITLED} by phone about the plan.",
        "The referral came from {TITLED}, the GP.",
        "{TITLED}'s tenancy is at risk because of rent arrears of £{money}.",
        "We agreed that {TITLED} would attend the review on {visit_date}.",
        "Letter sent to {TITLED} and copied to the team manager.",
        "I reflected on how {TITLED} reacted when I raised the school's concerns.",
        "At {time} {TITLED} arrived, apologising for being late.",
    ],
    RELATION_NAME: [
        "{poss} daughter {REL_MONTH} started nursery in the autumn.",  # missed: month name
        "Mum ({REL}) said the children had been up late.",
        "The children and their dad {REL} were at the contact centre.",
        "My client's daughter {REL} lives in {town}.",
        "I met {poss} boyfriend, {REL}, for the first time.",
        "I met {poss} son {REL} at school.",
        "{REL}'s mum phoned the duty desk at {time}.",
        "{poss} daughter, {REL}, was quiet throughout the visit.",
        "{REL}, {poss} younger brother, answered the door.",
        "Mum's partner {REL} was present for part of the visit.",
        "The children's nan, {REL}, offered to help with the school run.",
        "{poss} foster carer {REL} reported a settled week.",
        "Dad {REL} did not attend the meeting.",
        "I asked about {poss} grandson {REL} and the contact arrangements.",
        "{REL} (daughter, 9) spoke to me alone in her room.",
        "The eldest, {REL}'s sister, is a young carer.",
        "His ex-partner {REL} has a non-molestation order against him.",
        "She described her husband {REL} as controlling.",
        "Their mum, {REL}, was tearful when we talked about the plan.",
        "I spoke to {REL}'s step-dad about the school exclusion.",
        "{poss} sister {REL} is willing to be assessed as a kinship carer.",
    ],
    NEVER_EXPORT: [
        'I wrote "{NEVER}" in my notebook and need to remove it.',
        "The {NEVER} family were at home when I arrived.",
        "I reminded {obj} that {NEVER} is not to be contacted.",
        "School said {NEVER} had missed three days this term.",
        "Contact with {NEVER} remains supervised at the Family Hub.",
        "We talked about what happened at {NEVER} last winter.",
        "{NEVER} came up again in supervision; I need to reflect on my reaction.",
    ],
}

#: Referral-style lines with several identifiers at once.
MIXED_TEMPLATES = [
    "Referral: {TITLED}, DOB {DOB}, {ADDRESS}, {POSTCODE}. Tel {PHONE}.",
    "{TITLED} (NHS {NHS}) lives at {ADDRESS}, {town} {POSTCODE}.",
    "Contact details: {PHONE} / {EMAIL}. NI {NI}.",
    "{poss} son {REL} (DOB {DOB}) attends the primary school near {POSTCODE}.",
    "Agreed that {TITLED} will email {EMAIL} with the plan by {weekday}.",
    "{REL}'s dad rang from {PHONE} asking for {TITLED}.",
]

CLEAN_TEMPLATES = [
    "I visited the family on {visit_date} at {time} and the children were at school.",
    "We discussed PCF domain {pcf} and how it links to my practice.",
    "This reflection maps to KSS {kss} and to the PCF.",
    "The case reference is REF-{ref4}; please use it in all correspondence.",
    "Mum read {count} Mr Men books with the children before bed.",
    "I completed Level {level} safeguarding training in {month} {year}.",
    "The Community Mental Health Team agreed to review the care plan on {weekday}.",
    "The rent arrears are now £{money} and a payment plan was agreed.",
    "Supervision took place at {time} on {visit_date} and lasted {duration} minutes.",
    "She attended {count} Family Court hearings between {year} and {year2}.",
    "Her son's school has offered a place at the breakfast club.",
    "Father Christmas visited the Family Hub on {visit_date}.",
    "Mother's Day was difficult for the children this year.",
    "She has applied for Carer's Allowance and Child Benefit.",
    "Sadly, his dad did not attend the review.",
    "Yesterday, her son was calm and engaged well.",
    "On {weekday}, her daughter went to the dentist.",
    "In {month}, his mum started a new job at the supermarket.",
    "At the Family Hub, her daughter joined the play session.",
    "The baby was born prematurely and is now thriving.",
    "She turns {age} next month and is planning a birthday party.",
    "The visit on {visit_date} was rearranged to {visit_date2}.",
    "The Children Act 1989 and the Care Act 2014 both apply here.",
    "A Section 47 enquiry was started on {visit_date}.",
    "The Child Protection conference is booked for {visit_date} at {time}.",
    "I used the Signs of Safety framework in the meeting at {time}.",
    "Meeting room B2 3rd floor was booked for {time}.",
    "We drove up the M62 and then took the A1 to the review.",
    "The invoice for interpreter costs was £{money} (ref {invalid10}).",
    "The guidance uses {bad_ni_prefix} {six} C as an example NI number.",
    "Key Stage 2 SATs are in {month}; Year 6 pupils are anxious.",
    "The Young Carers Service will offer a weekly group.",
    "Partner agencies attended the strategy meeting at {time}.",
    "He scored 7 out of 10 on the wellbeing scale, up from 4.",
    "I spent {duration} minutes completing the CPD log for {year}.",
    "The Multi-Agency Safeguarding Hub (MASH) received {count} contacts that week.",
    "Her mum, aged {age}, has been the main carer since {year}.",
    "Tier 4 CAMHS input ended in {month} {year}.",
    "Dr Barnardo's homes came up in our history of social work session.",
    "The children watched Mr Tumble after tea.",
    "Overall, the plan is working; the next review is on {visit_date}.",
    "Their annual review with the Independent Reviewing Officer is due on {visit_date}.",
    "Tomorrow I will phone the housing officer in Leeds.",
    "The training on {visit_date} covered the Mental Capacity Act 2005.",
    "CPD hours logged this quarter: {hours}.",
    "The rota changed from {time} to {time2} on weekdays.",
    "The GP surgery on the High Street offers a walk-in clinic.",
    "We completed {count} home visits and 1 school visit this week.",
    "She completed a 10 Mile Walk to raise money for the food bank.",
    "Version 2.0 of the assessment tool was released in {year}.",
    "I reflected on the Gibbs cycle and Kolb's learning model.",
    "The 0-19 service and the 16-25 team met on {visit_date}.",
    "Duty calls were logged at 09:15, 11:40 and 14:05.",
    "Her birthday is in {month}, so the contact session will include a small celebration.",
    "Statutory visits are every 6 weeks; the last was on {visit_date}.",
    "The police incident log from {visit_date} (log 0456) was shared.",
    "Room 12 in the Civic Centre was cold and noisy.",
    "A parenting assessment will start on {visit_day}.",
    "The Early Help Hub offers drop-in sessions from 9.30 to 11.30.",
    "Daughter and mum both agreed to the safety plan.",
    "My supervisor suggested I read chapter {count} of the practice guide.",
    "The Local Safeguarding Children Partnership published its report in {month} {year}.",
    "Ashfield Academy rang at {time} about attendance, which is now 91%.",
    "Emergency Duty Team covered the weekend from 17:00 on Friday.",
    "I felt anxious before the Crown Court hearing but prepared well.",
    "Her dad, who is 52, now works nights.",
    "We booked the interpreter for {count} sessions at £{money} each.",
    # Known false alarms, kept so the report shows them:
    "We read Matilda together; she liked Miss Honey best.",
    "She has been to {count} Sure Start Park sessions this term.",
    "I checked the DOB with mum at the visit on {visit_date}.",
    "Following supervision with my manager, I felt clearer about the threshold for Section 17.",
    "The Care Quality Commission report on the home was published in {month}.",
    "Working Together 2023 sets out the duties of each agency.",
    "We used a Think Family approach in the MARAC discussion.",
    "The Court of Protection application is still with the legal team.",
    "A Best Interests meeting is booked at {time} on {weekday}.",
    "The Deprivation of Liberty Safeguards were reviewed in {year}.",
    "The Independent Domestic Violence Advisor joined the call at {time}.",
    "I joined the Teams call at 2pm and the chair shared the agenda.",
    "St Mary's Hospital discharged him on {visit_date}.",
    "Brother and sister were placed together, which was the right decision.",
    "Her son's Xbox was taken away as a sanction, which upset him.",
    "His dad's Ford Fiesta was not insured.",
    "The Youth Justice Service and the Virtual School both attended.",
    "Universal Credit was paid late again this month.",
    "On reflection, I should have checked the chronology before the visit.",
    "The Signs of Safety mapping showed three worries and two strengths.",
    "I read Chapter 4 of the Munro Review again.",
    "The foster carers have had the children since {month} {year}.",
    "The children's guardian will file her analysis by {visit_date}.",
    "The Ofsted inspection in {year} rated the service as Good.",
    "After the Christmas holidays, her daughter returned to school.",
    "Grandparents were offered a Special Guardianship assessment.",
    "Bradford Royal Infirmary is twenty minutes from the house.",
    "The case was stepped down to Early Help on {visit_date}.",
    "Caseload was 18 families at the start of {month}.",
    "Room 3 at the contact centre was booked from {time} to 15:00.",
    "The council tax bill for {year} was £{money}.",
    "He finished Year 11 with 5 GCSEs at grade 4 or above.",
    "I met the Head of Service at 11:00 to discuss the audit.",
    "Parents' evening is on {visit_date}; mum and dad will both go.",
    "The bus from the city centre takes 40 minutes.",
    "Her Nan and Grandad visit every Sunday.",
    "Supervision notes for {month} {year} are attached as Appendix 2.",
    "Uncle and aunt were not viable as kinship carers.",
]


# --------------------------------------------------------------------------- building

_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, rng: Rng, never: str | None = None) -> tuple[str, list[Planted]]:
    fillers = _fillers(rng)
    planters = _planters(rng)
    out: list[str] = []
    planted: list[Planted] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        slot = m.group(1)
        if slot == "NEVER":
            assert never is not None
            kind, value = NEVER_EXPORT, _vary_case(rng, never)
        elif slot in planters:
            kind, make = planters[slot]
            value = make()
        else:
            kind, value = "", fillers[slot]()
        if kind:
            planted.append(Planted(kind, length, length + len(value), value))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    starts_with_planted = bool(planted) and planted[0].start == 0
    if text[:1].islower() and not starts_with_planted:  # "{poss} son ..." opening a sentence
        text = text[0].upper() + text[1:]
    return text, planted


def build_corpus(
    seed: int = SEED, per_kind: int = 80, mixed: int = 60, clean: int = 400
) -> list[Sample]:
    """The whole corpus: planted samples of every kind, mixed referral lines, clean samples.

    Planted samples sometimes carry a clean sentence after them, so the scanner has to cope
    with both in one text.
    """
    rng = random.Random(seed)
    samples: list[Sample] = []
    for kind in KINDS:
        templates = PLANTED_TEMPLATES[kind]
        for i in range(per_kind):
            template = templates[i % len(templates)]
            never = rng.choice(NEVER_PHRASES) if kind == NEVER_EXPORT else None
            text, planted = _fill(template, rng, never)
            if rng.random() < 0.4:
                extra, _ = _fill(rng.choice(CLEAN_TEMPLATES), rng)
                text = f"{text} {extra}"
            never_list = (never, *rng.sample(NEVER_DECOYS, 2)) if never else ()
            samples.append(Sample(text, tuple(planted), never_list, template))
    for i in range(mixed):
        template = MIXED_TEMPLATES[i % len(MIXED_TEMPLATES)]
        text, planted = _fill(template, rng)
        samples.append(Sample(text, tuple(planted), (), template))
    for i in range(clean):
        template = CLEAN_TEMPLATES[i % len(CLEAN_TEMPLATES)]
        text, _ = _fill(template, rng)
        decoys = tuple(rng.sample(NEVER_DECOYS, 3)) if rng.random() < 0.5 else ()
        samples.append(Sample(text, (), decoys, template))
    return samples


def planted_samples(samples: list[Sample]) -> list[Sample]:
    return [s for s in samples if not s.is_clean]


def clean_samples(samples: list[Sample]) -> list[Sample]:
    return [s for s in samples if s.is_clean]
