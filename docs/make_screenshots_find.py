"""Rebuild the search, timeline and dashboard screenshots in docs/ from a synthetic vault.

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/make_screenshots_find.py

Writes docs/search-filters.png (a search narrowed by two filters, with saved searches),
docs/timeline.png (a year of entries) and docs/dashboard.png. The journal is made up: a
year of a newly qualified social worker's entries, drawn from a fixed seed.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_helpers import DOCS, PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.cpd.model import CpdFields  # noqa: E402
from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.core.find.filters import SearchFilters  # noqa: E402
from supervision_app.core.supervision.model import Action  # noqa: E402
from supervision_app.core.supervision.people import Agreement, Partner  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.storage.find.figures import set_nqsw_start  # noqa: E402
from supervision_app.storage.find.saved import SavedSearchRepository  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

TODAY = dt.date(2026, 11, 20)
START = dt.date(2025, 12, 1)
ITEMS = (
    "pcf:values-and-ethics",
    "pcf:knowledge",
    "pcf:critical-reflection-analysis",
    "pcf:skills-and-interventions",
    "pcf:contexts-and-organisations",
    "warm-handover:who-holds-relationship",
)
TOPICS = (
    (
        "Home visit reflection",
        "home visit",
        "A warm handover from the hospital team made the first visit easier.",
    ),
    (
        "Duty day",
        "duty",
        "Three new referrals; one needed a warm handover to the mental health team.",
    ),
    (
        "Carers assessment",
        "carers",
        "The carer said she felt *invisible* until someone asked about her week.",
    ),
    (
        "Team meeting",
        "team",
        "We discussed how handovers between teams can stay warm when we are busy.",
    ),
    (
        "Loneliness check-in",
        "loneliness",
        "Asked about the lunch club; talked about what a good day looks like.",
    ),
    ("Court report draft", "court", "Wrote the analysis section first, then the chronology."),
)
# Busier months: the start of the year, the spring reviews and the autumn.
MONTH_WEIGHT = {12: 3, 1: 8, 2: 6, 3: 12, 4: 9, 5: 5, 6: 4, 7: 3, 8: 2, 9: 10, 10: 11, 11: 7}


def build_vault(path: Path) -> None:
    rng = random.Random("find-screenshots")
    with Vault.create(path, PASSPHRASE) as v:
        day = START
        while day <= TODAY:
            if day.weekday() < 5 and rng.random() < MONTH_WEIGHT[day.month] / 22:
                title, tag, body = rng.choice(TOPICS)
                kind = rng.choices(("reflection", "note", "cpd_activity"), (6, 2, 1))[0]
                minutes = rng.choice((60, 90, 120, 180)) if kind == "cpd_activity" else 0
                e = v.entries.add(
                    Entry(
                        title=title if kind != "cpd_activity" else "Training: " + tag,
                        body=body,
                        kind=kind,
                        practice_date=day,
                        tags=(tag,) + (("warm handover",) if "handover" in body else ()),
                        minutes=minutes,
                    )
                )
                assert e.id is not None
                if rng.random() < 0.6:
                    v.links.set_links(e.id, rng.sample(ITEMS, rng.choice((1, 2))))
                if kind == "cpd_activity":
                    v.cpd.save(e.id, CpdFields(activity_type="course_or_training"))
            day += dt.timedelta(days=1)
        repo = v.supervision
        partner = repo.partners.add(Partner("Team manager (TM)", "supervisor")).id
        assert partner is not None
        repo.agreements.save(Agreement(partner, START, frequency_days=14))
        session_day = START + dt.timedelta(days=2)
        while session_day <= TODAY:
            draft = repo.sessions.draft(partner, session_day)
            repo.sessions.create(
                replace(
                    draft,
                    action_reviews=(),
                    learning="Talked through a warm handover plan.",
                    new_actions=(
                        Action(
                            "Read the team's handover checklist",
                            due_date=session_day + dt.timedelta(days=21),
                        ),
                    )
                    if session_day.month in (9, 10, 11)
                    else (),
                )
            )
            gap = 7 if session_day < START + dt.timedelta(weeks=6) else rng.choice((14, 14, 21, 28))
            session_day += dt.timedelta(days=gap)
        set_nqsw_start(v, START)
        saved = SavedSearchRepository(v)
        saved.save("Warm handovers", '"warm handover"', SearchFilters())
        saved.save("Loneliness this year", "loneliness", SearchFilters(cpd_year=2026))


def main() -> None:
    app, tmp = start_app()
    path = tmp / "demo.sjvault"
    build_vault(path)
    window = MainWindow(path)
    window.resize(1280, 820)
    window.start()
    unlock(app, window)
    search_screen(app, window)
    timeline_screen(app, window)
    dashboard_screen(app, window)
    window.close()
    print("Search, timeline and dashboard screenshots written to", DOCS)


def search_screen(app: QApplication, window: MainWindow) -> None:
    window.search.setText("handover")
    window.finding.apply(
        SearchFilters(
            kind="reflection", date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30)
        )
    )
    window.list.setFocus()
    shoot(app, window, "search-filters.png")


def timeline_screen(app: QApplication, window: MainWindow) -> None:
    window.finding.show_timeline()
    timeline = window.finding.timeline
    assert timeline is not None
    timeline.year.setValue(2026)
    timeline.resize(1000, 470)
    timeline.heatmap.setFocus()
    timeline.heatmap.set_year(2026, timeline.heatmap.counts, dt.date(2026, 3, 12))
    shoot(app, timeline, "timeline.png")
    timeline.close()


def dashboard_screen(app: QApplication, window: MainWindow) -> None:
    from supervision_app.gui.find.dashboard import DashboardWindow

    dash = DashboardWindow(window.vault, window.finding._ref_label, today=lambda: TODAY)  # type: ignore[arg-type]  # noqa: SLF001
    dash.resize(1100, 1460)
    dash.refresh()
    shoot(app, dash, "dashboard.png")
    dash.close()


if __name__ == "__main__":
    main()
