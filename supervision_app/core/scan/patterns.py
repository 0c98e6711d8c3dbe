"""Regular expressions and word lists for the anonymisation check (:mod:`.scan`).

Kept apart from the scanning logic so the patterns can be read (and reviewed) on their own.

Every pattern is written so that matching stays linear in the length of the text, with no
catastrophic backtracking:

* every pattern that opens with a repeated character class is anchored by a look-behind
  (``(?<![...])``), so the engine cannot restart the same run of characters from every
  offset inside it;
* every repeated group either begins with a fixed separator (so there is only one way to
  split the text into repetitions) or has a small fixed upper bound.

Plain Python: no Qt.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- word lists

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Capitalised words that are almost never a person's name next to a relation word: sentence
#: openers, pronouns, discourse adverbs, festivals, nationalities and the relation words
#: themselves ("Mum's partner", "Father Christmas").  Months and weekdays are added below.
NOT_NAMES = (
    frozenset(
        """
    A An The This That These Those There Then Than When Whilst While After Before During
    Although Though Because If As At In On Of For From To With Without By Into About And But
    Or Nor So Yet Also However Yesterday Today Tomorrow Tonight Later Earlier Afterwards
    Sadly Unfortunately Fortunately Luckily Again Initially Eventually Meanwhile Recently
    Previously Currently Additionally Finally First Firstly Second Secondly Third Thirdly
    Overall Both Neither Either Each Every All Some Any No Not Nobody Everyone Everybody
    Someone Somebody Anyone Here Now Next Last Since Until Once Instead Otherwise Still
    Even Just Only Please Thanks Thank Hello Hi Dear Yes Okay OK Well Often Sometimes
    Usually Never Always Clearly Perhaps Maybe Together Apparently Interestingly
    Importantly Notably Following Despite Due Given Regarding Throughout Upon Within
    I Me My Mine We Us Our Ours You Your Yours He Him His She Her Hers It Its They Them
    Their Theirs Who Whom Whose What Which Where Why How
    Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lady Lord
    Social Mental Health Care Family Families Child Children Adult Adults Young Youth
    Team Services Service Worker Workers Manager Practitioner Supervisor Supervision
    Christmas Easter Eid Diwali Hanukkah Ramadan Passover New Year Day Bank Holiday
    English British Welsh Scottish Irish Polish Romanian Somali Urdu Arabic Punjabi
    God Jesus Allah
    Mum Mummy Mam Mom Mother Dad Daddy Father Nan Nana Nanna Nanny Gran Granny Grandma
    Grandad Granddad Grandpa Grandmother Grandfather Sister Brother Aunt Auntie Aunty
    Uncle Cousin Son Daughter Partner Carer Carers Wife Husband Baby Friend
    Section Jnr Snr Junior Senior Need Needs
    Facebook Instagram Snapchat TikTok WhatsApp YouTube Google Xbox PlayStation Nintendo
    Skype Zoom Teams Amazon Netflix Roblox Fortnite Minecraft Tesco Asda Aldi Lidl
    Morrisons Sainsbury's Primark Greggs Costa Uber
    """.split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(
        # Verbs that open a note's sentence ("Discussed Mrs Johnson's son"): without them the
        # verb was taken as the first name.
        """
    Discussed Discussing Visited Visiting Met Meeting Called Calling Phoned Phoning Rang
    Saw Seeing Spoke Speaking Emailed Texted Contacted Supported Supporting Helped Asked
    Told Reviewed Reviewing Assessed Assessing Advised Agreed Explained Referred Arranged
    Observed Noted Informed Reminded Accompanied Attended Collected Checked Encouraged
    Signposted Talked Talking Listened Heard Found Gave Took Brought Joined Welcomed
    Thanked Greeted Updated Mentioned Raised Shared Planned Completed Escalated Recorded
    Wrote Sent Chased Discuss Visit Meet Call Phone Ring See Speak Email Text Contact
    Support Help Ask Tell Review Assess Advise Explain Refer Arrange Check Encourage
    Signpost Talk Chase Remind Update Share Plan Record Write Send Follow Followed
        """.split()
    )
)
#: Titles: a captured name that contains one starts at it ("Thanked Mrs Okafor's son").
TITLES = frozenset("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Revd Rev".split())

#: Capitalised words that may follow a name without being part of it ("her mum Sarah
#: Tuesday").  Much shorter than :data:`NOT_NAMES`: a capitalised word straight after a name
#: is usually a surname, and many surnames are ordinary words ("Young", "Day", "English").
TRAILING_NOT_NAMES = (
    frozenset(
        """
    I Christmas Easter Eid Diwali Hanukkah Ramadan Passover However Then Today Yesterday
    Tomorrow Tonight The A An And But Or So Yet
    """.split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(m for m in MONTHS if m not in {"May", "June", "April"})
)

#: Words that mark a capitalised phrase as a service or a place, not a person
#: ("At the Family Hub, her daughter ...").
INSTITUTION_WORDS = frozenset(
    """
    Centre Center Centres Team Teams School Schools Academy College University Nursery
    Court Courts Hospital Hospitals Clinic Surgery Practice Ward Unit Hub Office House
    Home Homes Trust Council Authority Group Club Project Forum Panel Board Meeting
    Conference Service Services Agency Charity Foundation Partnership Library Church
    Mosque Temple Gurdwara Synagogue Park Station Prison Police Department Network
    Association Society Alliance Federation Committee Review Assessment Plan Act
    """.split()
)

#: Words that make a capitalised phrase next to a relation word a concept, not a person
#: ("Child Protection", "Carer Support", "Baby Bank").
CONCEPT_WORDS = frozenset(
    """
    Protection Safeguarding Benefit Benefits Allowance Tax Credit Credits Support
    Development Arrangements Arrangement Order Orders Maintenance Poverty Trafficking
    Exploitation Sexual Criminal Abuse Neglect Bank Box Act Plan Plans Rights Line
    Helpline Pack Scheme Programme Leave Pay Grant Agreement Agreements Friendly Visa
    """.split()
)

#: Names after a title that are characters or charities, not people in a record
#: ("Mr Men books", "Mr Tumble", "Dr Barnardo's").  Kept short on purpose: after
#: "Mrs" almost any capitalised word is a surname ("Mrs Young", "Mr English").
TITLED_NOT_NAMES = frozenset(
    """
    Men Tumble Bean Blobby Motivator Who Barnardo The A An And Or Of In On At To For
    """.split()
)

#: First word of a "street name" that shows the number is a count, not a house number
#: ("a 10 Mile Walk", "Level 3 Safer Way").
COUNT_WORDS = frozenset(
    """
    Mile Miles Minute Minutes Hour Hours Day Days Week Weeks Month Months Year Years
    Mr Mrs Ms Miss Dr Level Levels Tier Stage Key Section Article Chapter Part Step Steps
    Session Sessions Times Point Points Percent Per
    """.split()
)
#: Words before "Court" that name a court, not a street ("2 Family Court hearings").
COURT_WORDS = frozenset(
    """
    Family Crown County Youth Magistrates Magistrates' Magistrates’ Supreme High Coroner's
    Coroner’s Coroners Civil Criminal Appeal Appeals Combined Justice Justices Juvenile
    """.split()
)

# --------------------------------------------------------------------------- building blocks

#: One capitalised name token: "Jamie", "O'Brien", "McDonald", "Smith-Jones", "Zoë".
NAME_TOKEN = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'’][A-ZÀ-Ý][a-zà-ÿ]+){0,3}"
#: Lower-case surname particles: "de Souza", "van der Berg".
PARTICLE = r"(?:de|da|di|du|del|della|der|den|van|von|le|la|bin|binti|al|el|ibn)"
#: One to three name tokens: "Jamie", "Jamie Smith", "Mary Ann de Souza".
NAMES = rf"{NAME_TOKEN}(?:\s(?:{PARTICLE}\s){{0,2}}{NAME_TOKEN}){{0,2}}"

RELATION_WORDS = (
    "son", "daughter", "stepson", "stepdaughter", "child", "baby", "twin", "sibling",
    "mum", "mummy", "mam", "mom", "mother", "stepmum", "stepmother",
    "dad", "daddy", "father", "stepdad", "stepfather",
    "wife", "husband", "partner", "boyfriend", "girlfriend", "fiancé", "fiancée", "fiance",
    "fiancee", "ex",
    "grandson", "granddaughter", "grandchild", "grandmother", "grandfather", "grandma",
    "granny", "grandad", "granddad", "grandpa", "nan", "nana", "nanna", "nanny", "gran",
    "brother", "sister", "aunt", "auntie", "aunty", "uncle", "cousin", "niece", "nephew",
    "carer", "friend", "neighbour", "godmother", "godfather",
)  # fmt: skip
RELATION = (
    r"(?i:\b(?:"
    + "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
    + r")\b)"
)
_OWNER = r"(?i:her|his|their|the|my|our|your|a)"

#: A month name, or an abbreviation that may carry a full stop ("Mar.", "Sept.").
MONTH = (
    r"(?i:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORD = r"(?i:st|nd|rd|th)?"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19\d\d|20\d\d|['’]?\d\d)"

#: A date in the formats UK practitioners write: 12/03/1987, 12.03.87, 12-3-1987,
#: 12 March 1987, 3rd March 1987, 3rd of March 1987, 12 Mar 87, March 3rd, 1987,
#: March 1987, 1987-03-12 and (for birthdays) 3rd March with no year.
DATE = (
    r"(?<![\w/.:-])(?:"
    rf"{_DAY}/{_MONTH_NUM}/(?:\d{{4}}|\d\d)"
    rf"|{_DAY}\.{_MONTH_NUM}\.(?:\d{{4}}|\d\d)"
    rf"|{_DAY}-{_MONTH_NUM}-(?:\d{{4}}|\d\d)"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    rf"|{_DAY}{_ORD}(?:\s+of)?\s+{MONTH}(?:,?\s+{_YEAR})?"
    rf"|{MONTH}\s+{_DAY}{_ORD},?\s+(?:19|20)\d\d"
    rf"|{MONTH}\s+(?:19|20)\d\d"
    r")(?![\w/])"
)

#: Cues that name the date of birth outright ("DOB", "d.o.b.", "date of birth").
DOB_STRONG_CUE = r"(?i:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b)"
#: Cues that only suggest it ("born", "birthday", "b. 12/03/87").
DOB_WEAK_CUE = r"(?i:\bborn\b|\bbirthday\b|\bb\.(?=\s?\d))"
_DOB_PUNCT = r"[\s:=(),\-–—]{0,4}"
#: After a strong cue the date may come up to six words later, within the clause
#: ("The DOB on the referral form was 12/03/87").
_DOB_WIDE_GAP = rf"{_DOB_PUNCT}(?:[A-Za-z'’]+[\s,:]+){{0,6}}"
#: After a weak cue only a few linking words may come between ("born on 3rd March 1987",
#: "born in Leeds on 12.03.87", "birthday is on 3 May").
_DOB_NARROW_GAP = (
    rf"{_DOB_PUNCT}"
    r"(?:(?i:is|was|on|of|the|be|being|recorded|given|listed|stated|noted|as|"
    r"shown|in|at)[\s:,]+|[A-Z][a-z]+\s+(?=on\b)){0,4}"
)

# --------------------------------------------------------------------------- compiled

NHS_RE = re.compile(
    r"(?<![\w+.-])(?P<a>\d{3})(?P<sep>[ .-]?)(?P<b>\d{3})(?P=sep)(?P<c>\d{4})(?![\w-])"
)

NI_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[ -]?\d\d[ -]?\d\d[ -]?\d\d[ -]?[A-Da-d]"
    r"(?![A-Za-z0-9])"
)

POSTCODE_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR\s?0AA"
    r"|(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
    r"\s?(?-i:(?!(?:1st|2nd|3rd|[04-9]th)(?![A-Za-z0-9])))[0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)

#: A candidate phone number: an optional +44 / 0044 / (0) prefix, then digits separated by
#: at most two spaces, hyphens or brackets.  The lazy repeat stops at the first digit
#: boundary that gives enough digits; :func:`.scan.phone_is_plausible` checks the rest.
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|0044\s?|\(0|0)(?:\d[ \-)]{0,2}){7,10}?\d(?![\w-])"
)

#: A phone number with a country code other than +44 ("+48 512 345 678"), for relatives
#: abroad; :func:`.scan.phone_is_plausible` checks there are 8 to 15 digits (E.164).
PHONE_INTL_RE = re.compile(r"(?<![\w+])\+(?!44)[1-9]\d{0,2}(?:[ \-()]{0,2}\d){6,13}(?![\w-])")

EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)

DOB_BEFORE_RE = re.compile(
    rf"(?:{DOB_STRONG_CUE}{_DOB_WIDE_GAP}|{DOB_WEAK_CUE}{_DOB_NARROW_GAP})(?P<date>{DATE})"
)
DOB_AFTER_RE = re.compile(rf"(?P<date>{DATE})\s*[(\[,\-–]?\s*{DOB_STRONG_CUE}")

_TITLE = r"(?<![\w.])(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Revd|Rev)\b\.?"
_INITIALS = r"(?:[A-Z]\.\s?|[A-Z]\s){0,3}"
TITLED_RE = re.compile(
    rf"{_TITLE}\s+(?P<name>{_INITIALS}(?:{PARTICLE}\s)?{NAME_TOKEN}"
    rf"(?:\s(?:{PARTICLE}\s)?{NAME_TOKEN})?)"
)

#: "her son Jamie", "mum, Sarah,", "his daughter (Priya)", "mother of Amira".
RELATION_THEN_NAME_RE = re.compile(rf"{RELATION}(?:\s+of)?(?:\s*[,:(]\s*|\s+)(?P<name>{NAMES})")
#: "Jamie's mum", "Priya’s older brother", "Kai's foster carer".
NAME_POSSESSIVE_RE = re.compile(rf"(?<![\w'’-])(?P<name>{NAMES})['’]s\s+(?:[a-z]+[\s-])?{RELATION}")
#: "Jamie, her son,", "Priya (daughter, 7)", "Amira, Jamie's sister,".
NAME_THEN_RELATION_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{NAMES})\s*[,(]\s*"
    rf"(?:{_OWNER}\s+|{NAME_TOKEN}['’]s\s+)?(?:[a-z]+[\s-])?{RELATION}"
)

_FLAT = r"(?:Flat|Apartment|Apt\.?|Unit|Room|Maisonette)"
_HOUSE_NO = r"\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?"
_STREET_TOKEN = r"(?:St\.?|[A-Z][a-z]+(?:['’]s)?(?:-[A-Z][a-z]+)?|[A-Z][a-z]*['’][A-Z][a-z]+)"
STREET_SUFFIXES = (
    "Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Court", "Place",
    "Gardens", "Terrace", "Grove", "Walk", "Row", "Square", "Mews", "Rise", "Parade", "Hill",
    "Croft", "View", "Vale", "Park", "Green", "Boulevard", "Wynd", "Fold", "Brow",
)  # fmt: skip
#: Abbreviations may carry a full stop ("Mill Rd."); full words may not (it ends the sentence).
STREET_SUFFIX_ABBREVIATIONS = (
    "Rd", "St", "Ave", "Ln", "Cl", "Dr", "Cres", "Ct", "Pl", "Gdns", "Terr", "Gr", "Sq",
)  # fmt: skip
_SUFFIX = (
    "(?:(?:" + "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True)) + r")\b"
    "|(?:" + "|".join(sorted(STREET_SUFFIX_ABBREVIATIONS, key=len, reverse=True)) + r")\b\.?)"
)
STREET_RE = re.compile(
    rf"(?<![\w:.,/£$€%+-])(?:{_FLAT}\s+\d{{1,4}}[A-Za-z]?\s*,?\s+(?:{_HOUSE_NO}\s*,?\s+)?"
    rf"|{_HOUSE_NO}\s*,?\s+)"
    rf"(?P<street>(?:{_STREET_TOKEN}\s+){{1,3}}){_SUFFIX}"
)
