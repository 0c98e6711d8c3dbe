"""The home view's figures: a prompt for today, supervision, CPD progress, recent entries.

Pure functions over small inputs the storage layer counts in SQL (``storage/home.py``):
nothing here walks the entries, so the home view paints as fast at 50,000 entries as at 50.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supervision_app.core.coverage import DEFAULT_PERIOD_DAYS
from supervision_app.core.cpd.year import MIN_PEER_RECORDS, MIN_RECORDS, RegistrationYear
from supervision_app.core.entries import EntrySummary
from supervision_app.core.frameworks import Framework, FrameworkItem
from supervision_app.core.i18n import Translate, english

#: The frameworks whose items the prompt for today is drawn from, by regulator.
REGULATOR_FRAMEWORKS: dict[str, tuple[str, ...]] = {
    "swe": ("pcf", "swe-standards"),
    "scw": ("scw-code",),
    "sssc": ("sssc-codes",),
    "niscc": ("niscc-standards",),
    "hcpc": ("hcpc-cpd-standards",),
}


@dataclass(frozen=True)
class TodayPrompt:
    framework: Framework
    item: FrameworkItem
    question: str
    last: dt.date | None  # last entry linked to the item, None if never

    @property
    def source_text(self) -> str:
        src = self.item.source
        return f"{src.title} ({src.publisher}, {src.year})"


@dataclass(frozen=True)
class ActionLine:
    text: str
    partner: str
    due: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class CpdProgress:
    year: RegistrationYear
    today: dt.date
    records: int
    minutes: int
    peer_records: int
    #: Social Work England's minimums are shown as "x of 2"; other regulators' rules (hours,
    #: periods of several years) are in the CPD year view, which reads resources/regulators.
    regulator: str = "swe"

    @property
    def days_left(self) -> int:
        return self.year.days_left(self.today)

    @property
    def checklist_done(self) -> bool:
        return self.records >= MIN_RECORDS and self.peer_records >= MIN_PEER_RECORDS

    def summary(self, translate: Translate = english) -> str:
        """The home page's CPD line, through ``translate`` (core/i18n.py)."""
        hours = f"{self.minutes / 60:.1f}".removesuffix(".0")
        if self.regulator != "swe":
            text = translate(
                "Home",
                "{records} CPD records, {peer} reflected on with a peer, {hours} hours ({year})",
            )
        else:
            text = translate(
                "Home",
                "{records} of {min_records} CPD records, {peer} of {min_peer} reflected on with "
                "a peer, {hours} hours ({year})",
            )
        return text.format(
            records=self.records,
            min_records=MIN_RECORDS,
            peer=self.peer_records,
            min_peer=MIN_PEER_RECORDS,
            hours=hours,
            year=self.year.label_text(translate),
        )


@dataclass(frozen=True)
class HomeFigures:
    today: dt.date
    prompt: TodayPrompt | None
    open_actions: int
    overdue_actions: int
    first_actions: tuple[ActionLine, ...]
    next_session: dt.date | None
    last_session: dt.date | None
    cpd: CpdProgress
    recent: tuple[EntrySummary, ...]
    entries: int


def pick_prompt(
    frameworks: list[tuple[Framework, dict[str, tuple[int, dt.date]]]],
    today: dt.date,
    period_days: int = DEFAULT_PERIOD_DAYS,
) -> TodayPrompt | None:
    """An item not reflected on in ``period_days`` (never-linked items first), the same all
    day and a different one the next; ``None`` when every item is recent.

    ``frameworks`` pairs each framework with its link counts by ref (``links.counts``).
    """
    since = today - dt.timedelta(days=period_days)
    never: list[tuple[Framework, FrameworkItem, dt.date | None]] = []
    stale: list[tuple[Framework, FrameworkItem, dt.date | None]] = []
    for framework, counts in frameworks:
        for item in framework.items:
            last = counts.get(item.ref, (0, None))[1]
            if last is None:
                never.append((framework, item, None))
            elif last < since:
                stale.append((framework, item, last))
    pool = never or sorted(stale, key=lambda t: t[2] or dt.date.min)
    if not pool:
        return None
    framework, item, last = pool[today.toordinal() % len(pool)]
    question = item.prompts[today.toordinal() % len(item.prompts)] if item.prompts else ""
    return TodayPrompt(framework, item, question, last)
