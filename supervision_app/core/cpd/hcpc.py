"""The HCPC CPD profile: summary of practice, personal statement, evidence and activity list.

For a CPD audit the HCPC asks for a summary of practice (up to 500 words), a personal
statement (up to 1,500 words) describing 4 to 6 activities (what you did, what you learnt,
the benefit to your work and to service users), a dated list of activities with gaps of
three months or more explained, and supporting evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from supervision_app.core.cpd.model import CpdRecord
from supervision_app.core.cpd.year import Gap, add_months, find_gaps
from supervision_app.core.i18n import Text

__all__ = [
    "MAX_ACTIVITIES",
    "MIN_ACTIVITIES",
    "STATEMENT_LIMIT",
    "SUMMARY_LIMIT",
    "HcpcProfile",
    "ProfileCheck",
    "check_profile",
    "profile_gaps",
    "word_count",
]

SUMMARY_LIMIT = 500
STATEMENT_LIMIT = 1500
MIN_ACTIVITIES, MAX_ACTIVITIES = 4, 6
#: The HCPC audits the two years before the audit date.
DEFAULT_PERIOD_MONTHS = 24

_HAS_WORD_CHARACTER = re.compile(r"[^\W_]", re.UNICODE)


def word_count(text: str) -> int:
    """Words as a word processor counts them: whitespace-separated runs with a letter or digit.

    ``don't``, ``well-being`` and ``e.g.`` are one word each; Markdown markers on their own
    (``-``, ``#``, ``**``) and dashes are not words.
    """
    return sum(1 for token in text.split() if _HAS_WORD_CHARACTER.search(token))


@dataclass(frozen=True)
class HcpcProfile:
    summary: str = ""
    statement: str = ""
    #: The records the statement describes, in the order the statement takes them.
    evidence_ids: tuple[int, ...] = ()
    #: Gap key (see :attr:`Gap.key`) -> the user's explanation.
    gap_notes: dict[str, str] = field(default_factory=dict)
    #: The period the activity list covers (None: the two years up to today).
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    id: int | None = None
    updated_at: dt.datetime | None = None

    @property
    def source(self) -> str:
        """The anonymisation check's key for findings in the profile's own text."""
        return f"hcpc-profile:{self.id}"

    def period(self, today: dt.date) -> tuple[dt.date, dt.date]:
        end = self.period_end or today
        start = self.period_start or add_months(end, -DEFAULT_PERIOD_MONTHS)
        return start, end


@dataclass(frozen=True)
class ProfileCheck:
    """One line of the profile's checks: ``label`` and ``detail`` are :class:`Text`
    (English as ``str``; the window and an export's warnings render them translated)."""

    label: str
    ok: bool
    detail: str


def profile_gaps(profile: HcpcProfile, records: Sequence[CpdRecord], today: dt.date) -> list[Gap]:
    start, end = profile.period(today)
    return find_gaps((r.date for r in records if r.is_cpd), start=start, end=min(end, today))


def check_profile(
    profile: HcpcProfile, records: Sequence[CpdRecord], today: dt.date
) -> list[ProfileCheck]:
    """Word counts against the limits, the number of activities, unexplained gaps."""
    summary_words = word_count(profile.summary)
    statement_words = word_count(profile.statement)
    n = len(profile.evidence_ids)
    gaps = profile_gaps(profile, records, today)
    unexplained = [g for g in gaps if not profile.gap_notes.get(g.key, "").strip()]
    if gaps:
        explained: str = Text(
            "Profile",
            "{unexplained} of {total} not yet explained",
            unexplained=len(unexplained),
            total=len(gaps),
        )
    else:
        explained = Text("Profile", "no gaps")
    return [
        ProfileCheck(
            Text("Profile", "Summary of practice"),
            0 < summary_words <= SUMMARY_LIMIT,
            Text("Profile", "{words} of {limit} words", words=summary_words, limit=SUMMARY_LIMIT),
        ),
        ProfileCheck(
            Text("Profile", "Personal statement"),
            0 < statement_words <= STATEMENT_LIMIT,
            Text(
                "Profile",
                "{words} of {limit} words",
                words=statement_words,
                limit=f"{STATEMENT_LIMIT:,}",
            ),
        ),
        ProfileCheck(
            Text("Profile", "Activities described"),
            MIN_ACTIVITIES <= n <= MAX_ACTIVITIES,
            Text(
                "Profile",
                "{chosen} chosen; the HCPC asks for {low} to {high}",
                chosen=n,
                low=MIN_ACTIVITIES,
                high=MAX_ACTIVITIES,
            ),
        ),
        ProfileCheck(
            Text("Profile", "Gaps of three months or more explained"),
            not unexplained,
            explained,
        ),
    ]
