"""Wellbeing check-ins: the worker's own emotional load, noticed over time.

Never diagnostic. The only rule is a gentle one: when emotional impact has stayed high
(4 or 5) for at least the period the user chose, suggest raising it in supervision and
point to the support they have set up themselves ("My support").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from supervision_app.core.errors import InvalidEntry
from supervision_app.core.i18n import QT_TRANSLATE_NOOP

#: Declared setting: days impact must stay high before the suggestion appears.
PERIOD_SETTING = "companion.wellbeing_period_days"
DEFAULT_PERIOD_DAYS = 14
MIN_PERIOD_DAYS, MAX_PERIOD_DAYS = 3, 90
#: Declared setting: offer a check-in when the user moves on from an entry or a session
#: record they have just written in (a button in the status bar; never a modal question).
OFFER_SETTING = "companion.offer_checkin"
DEFAULT_OFFER = True
#: An impact at or above this counts as high.
HIGH_IMPACT = 4
MAX_WORD = 40

#: Kinds offered for "My support" (the user may type their own).
SUPPORT_KINDS = (
    "Employee assistance programme",
    "Peer support",
    "My GP",
    "Supervisor",
    "Other",
)


class InvalidCheckIn(InvalidEntry):
    """A check-in value out of range; ``str()`` is one sentence (bad input: exit code 2)."""


@dataclass(frozen=True)
class CheckIn:
    checked_at: dt.datetime
    impact: int
    energy: int
    word: str = ""
    entry_id: int | None = None
    id: int | None = None

    def validated(self) -> CheckIn:
        for name, value in (("Emotional impact", self.impact), ("Energy", self.energy)):
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
                raise InvalidCheckIn.marked(
                    QT_TRANSLATE_NOOP("Errors", "{name} must be a whole number from 1 to 5."),
                    name=name,
                )
        word = " ".join(self.word.split())
        if " " in word or len(word) > MAX_WORD:
            raise InvalidCheckIn.marked(
                QT_TRANSLATE_NOOP(
                    "Errors", "The word must be one word of up to {max_word} letters."
                ),
                max_word=MAX_WORD,
            )
        return CheckIn(self.checked_at, self.impact, self.energy, word, self.entry_id, self.id)


@dataclass(frozen=True)
class SupportContact:
    kind: str
    name: str
    how: str = ""
    id: int | None = None


def check_period(days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int):
        raise InvalidCheckIn.marked(
            QT_TRANSLATE_NOOP("Errors", "The period must be a whole number of days.")
        )
    if not MIN_PERIOD_DAYS <= days <= MAX_PERIOD_DAYS:
        raise InvalidCheckIn.marked(
            QT_TRANSLATE_NOOP(
                "Errors", "The period must be from {min_period_days} to {max_period_days} days."
            ),
            min_period_days=MIN_PERIOD_DAYS,
            max_period_days=MAX_PERIOD_DAYS,
        )
    return days


def high_since(checkins: Sequence[CheckIn]) -> dt.datetime | None:
    """When the latest unbroken run of high-impact check-ins began (None if the latest
    check-in is not high). ``checkins`` are in time order."""
    start = None
    for c in reversed(checkins):
        if c.impact < HIGH_IMPACT:
            break
        start = c.checked_at
    return start


def suggest_raising(checkins: Sequence[CheckIn], now: dt.datetime, period_days: int) -> bool:
    """True when impact has stayed high for at least ``period_days`` (two check-ins or more,
    the first of the run at least that long ago)."""
    start = high_since(checkins)
    if start is None:
        return False
    run = [c for c in checkins if c.checked_at >= start]
    return len(run) >= 2 and now - start >= dt.timedelta(days=period_days)


SUGGESTION = (
    "Your emotional impact has been high for {days} days or more. That is worth talking"
    " about: you could raise it at your next supervision, or with the support you have set up."
)
NOT_DIAGNOSTIC = (
    "This is your own record of how the work feels, for you and your supervision. It is not"
    " a test or a diagnosis."
)


def average(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


@dataclass(frozen=True)
class WellbeingChange:
    """Averages since a date against those before it (for the supervision agenda)."""

    since: dt.date
    checkins: int
    impact: float | None
    energy: float | None
    impact_before: float | None
    energy_before: float | None
    words: tuple[str, ...]

    def lines(self) -> list[str]:
        if not self.checkins:
            return []
        day = f"{self.since.day} {self.since:%b %Y}"
        lines = [
            f"Wellbeing since {day}: emotional impact {self.impact} on average"
            + (f" (before: {self.impact_before})" if self.impact_before is not None else "")
            + f", energy {self.energy}"
            + (f" (before: {self.energy_before})" if self.energy_before is not None else "")
            + f", from {self.checkins} check-in{'s' if self.checkins != 1 else ''}"
        ]
        if self.words:
            lines.append("Words I used: " + ", ".join(self.words))
        return lines


def change_since(checkins: Sequence[CheckIn], since: dt.date) -> WellbeingChange:
    after = [c for c in checkins if c.checked_at.date() >= since]
    before = [c for c in checkins if c.checked_at.date() < since]
    return WellbeingChange(
        since=since,
        checkins=len(after),
        impact=average([c.impact for c in after]),
        energy=average([c.energy for c in after]),
        impact_before=average([c.impact for c in before]),
        energy_before=average([c.energy for c in before]),
        words=tuple(dict.fromkeys(c.word for c in after if c.word)),
    )
