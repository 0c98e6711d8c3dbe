"""Rebuild the reflective companion's screenshots in docs/ from a synthetic vault.

Made-up entries, partner, check-ins and support (no real people). Opens the real window and
grabs the depth prompts, the wellbeing check-in and trend, the drafted agenda and the
case-record extract. Runs offscreen unless QT_QPA_PLATFORM says otherwise:

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/make_screenshots_companion.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_helpers import PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.companion.wellbeing import SupportContact  # noqa: E402
from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.core.supervision.model import Action, CaseDiscussion, Decision  # noqa: E402
from supervision_app.core.supervision.people import Partner  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402
from tests.conftest import FakeClock  # noqa: E402

TODAY = dt.date(2026, 3, 2)
VISIT = (
    "I visited Person K at home on Tuesday. We talked about her week and the lunch club. "
    "She showed me the photos from her grandson's wedding. I left at three o'clock.\n\n"
    "She was quiet at first because her daughter had not phoned."
)


def build_vault(path: Path) -> tuple[int, int, int]:
    clock = FakeClock(dt.datetime(2026, 1, 12, 17, tzinfo=dt.UTC))
    with Vault.create(path, PASSPHRASE, clock=clock) as v:
        ab = v.supervision.partners.add(Partner("AB", "supervisor")).id or 0
        last = v.supervision.sessions.draft(ab, dt.date(2026, 2, 2))
        last = v.supervision.sessions.create(
            replace(
                last,
                case_discussions=(CaseDiscussion("Person K", "Isolation since the move."),),
                decisions=(
                    Decision(
                        "Refer to the befriending service",
                        "She asked for company on weekday afternoons; the lunch club is full.",
                        "Person K",
                    ),
                    Decision("Review the duty rota at the team meeting", "Cover gaps in March."),
                ),
                new_actions=(
                    Action(
                        "Send the befriending referral",
                        "CD",
                        dt.date(2026, 2, 16),
                        case_ref="Person K",
                    ),
                    Action("Read the guidance on hoarding", "CD", dt.date(2026, 3, 20)),
                ),
            )
        )
        visit = v.entries.add(
            Entry(title="Home visit: Person K", practice_date=dt.date(2026, 2, 24), body=VISIT)
        )
        old = v.entries.add(Entry(title="Team day", practice_date=dt.date(2025, 7, 3), body="x"))
        v.links.set_links(old.id or 0, ["pcf:values-and-ethics", "pcf:contexts-and-organisations"])
        v.companion.flags.add(
            visit.id or 0, partner_id=ab, passage="She was quiet at first because her daughter"
        )
        for days, impact, energy, word in (
            (0, 2, 4, "steady"),
            (6, 3, 3, "busy"),
            (13, 2, 4, "fine"),
            (20, 3, 3, ""),
            (27, 4, 2, "stretched"),
            (33, 4, 2, "tired"),
            (39, 5, 2, "heavy"),
            (44, 4, 2, "stretched"),
            (48, 5, 1, "flat"),
        ):
            clock.now = dt.datetime(2026, 1, 12, 17, tzinfo=dt.UTC) + dt.timedelta(days=days)
            v.companion.wellbeing.add(impact, energy, word)
        v.companion.support.replace_all(
            [
                SupportContact("Employee assistance programme", "Staff support line", "24 hours"),
                SupportContact("Peer support", "Tuesday reflective group"),
                SupportContact("My GP", "Riverside surgery"),
            ]
        )
        return ab, visit.id or 0, last.id or 0


def main() -> None:
    app, tmp = start_app()
    path = tmp / "companion-demo.sjvault"
    ab, visit, session = build_vault(path)
    window = MainWindow(path)
    window.companion.today = lambda: TODAY
    window.supervision.today = lambda: TODAY
    window.resize(1360, 860)
    window.start()
    unlock(app, window)
    window.open_entry(visit)
    depth = window.companion.show_depth()
    assert depth is not None
    depth.resize(640, 470)
    shoot(app, depth, "companion-depth.png")
    depth.reject()

    check = window.companion.check_in()
    assert check is not None
    check.impact.set_value(4)
    check.energy.set_value(2)
    check.word.setText("stretched")
    shoot(app, check, "companion-checkin.png")
    check.reject()

    trend = window.companion.show_wellbeing()
    assert trend is not None
    shoot(app, trend, "companion-wellbeing.png")
    trend.reject()

    prep = window.companion.prepare()
    assert prep is not None
    prep.date.setDate(TODAY)
    shoot(app, prep, "companion-agenda.png")
    prep.reject()

    window.open_entry(session)
    extract = window.companion.show_extract()
    assert extract is not None
    shoot(app, extract, "companion-extract.png")
    extract.reject()
    window.close()


if __name__ == "__main__":
    main()
