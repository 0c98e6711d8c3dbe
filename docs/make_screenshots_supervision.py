"""Rebuild the supervision screenshots in docs/ from a synthetic vault.

Builds a throwaway vault through the storage API (made-up partners, sessions and actions:
no real people), opens the real window and grabs the session record, session mode and the
actions view with QWidget.grab(). Runs offscreen unless QT_QPA_PLATFORM says otherwise:

    .venv/bin/python docs/make_screenshots_supervision.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_helpers import DOCS, PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.supervision.model import (  # noqa: E402
    Action,
    CaseDiscussion,
    Decision,
    DiscussionNote,
    Wellbeing,
)
from supervision_app.core.supervision.people import Agreement, Partner  # noqa: E402
from supervision_app.core.supervision.views import PeerReflection  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.gui.supervision.session_mode import SessionTimer  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

TODAY = dt.date(2026, 3, 2)


def build_vault(path: Path) -> int:
    """A practitioner's vault: a supervisor, a peer, two signed sessions and a draft."""
    with Vault.create(path, PASSPHRASE) as v:
        sup = v.supervision
        sup.owner.set_role("practitioner")
        sup.owner.set_name("CD")
        ab = sup.partners.add(Partner("AB", "supervisor")).id or 0
        peer = sup.partners.add(Partner("GH", "peer")).id or 0
        sup.agreements.save(
            Agreement(
                ab,
                dt.date(2025, 9, 1),
                purpose="Reflective, supportive supervision focused on practice and wellbeing.",
                frequency_days=28,
                length_minutes=90,
                format="One-to-one, in person",
                place="Meeting room 2",
                review_date=dt.date(2026, 2, 27),
            )
        )
        first = sup.sessions.draft(ab, dt.date(2026, 1, 5))
        first = sup.sessions.create(
            replace(
                first,
                agenda=("Caseload review", "Training plan"),
                new_actions=(
                    Action("Book the strengths-based practice course", "CD", dt.date(2026, 1, 30)),
                    Action("Share the lone-working policy draft", "AB", dt.date(2026, 2, 6)),
                    Action("Plan a joint visit with the community connector", "CD"),
                ),
            )
        )
        sup.signoff.sign(first.id or 0, "owner", "CD")
        sup.signoff.sign(first.id or 0, "partner", "AB")
        second = sup.sessions.draft(ab, dt.date(2026, 2, 2))
        second = replace(
            second,
            action_reviews=tuple(
                replace(r, status="done" if n == 2 else "carried")
                for n, r in enumerate(second.action_reviews)
            ),
            agenda=("Duty rota pressure",),
            new_actions=(Action("Write up the reflective log on the Person B review", "CD"),),
        )
        second = sup.sessions.create(second)
        sup.signoff.sign(second.id or 0, "owner", "CD")
        sup.signoff.sign(second.id or 0, "partner", "AB")
        sup.peer.add(
            PeerReflection(
                "social worker in the hospital team",
                dt.date(2026, 2, 12),
                "Asking about loneliness early changes the conversation.",
                partner_id=peer,
            )
        )
        third = sup.sessions.draft(ab, dt.date(2026, 3, 2))
        third = sup.sessions.create(
            replace(
                third,
                action_reviews=tuple(
                    replace(r, status="done" if n == 0 else "carried", note="Booked for April")
                    if n == 0
                    else r
                    for n, r in enumerate(third.action_reviews)
                ),
                agenda=(
                    "Actions from last time",
                    "A difficult review with Person A",
                    "Wellbeing and workload",
                    "Learning from the peer reflection",
                ),
                discussion=(
                    DiscussionNote(
                        "four-by-four-by-four:management",
                        "Caseload at 24; two reviews due next week. Agreed to pause new "
                        "allocations until the reviews are done.",
                    ),
                    DiscussionNote(
                        "four-by-four-by-four:support",
                        "Felt unsettled after the review with Person A; talking it through "
                        "helped to separate what was mine from what was theirs.",
                    ),
                ),
                wellbeing=Wellbeing(
                    "Tired but steady; protected Friday time is helping.",
                    "The review stayed with me over the weekend.",
                ),
                case_discussions=(
                    CaseDiscussion(
                        "Person A",
                        "Lives alone since moving into sheltered housing; Sundays are hardest. "
                        "Considering a warm handover to the community connector.",
                    ),
                ),
                decisions=(
                    Decision(
                        "Offer Person A a joint visit with the community connector",
                        "A warm handover worked well for Person B; a leaflet alone did not.",
                    ),
                ),
                learning="Naming loneliness early makes the conversation easier for both of us.",
                new_actions=(
                    Action("Arrange the joint visit for Person A", "CD", dt.date(2026, 3, 13)),
                    Action("Send the rota proposal to the team manager", "AB", dt.date(2026, 3, 9)),
                ),
                next_session=dt.date(2026, 3, 30),
            )
        )
        return third.id or 0


def main() -> None:
    app, tmp = start_app()
    path = tmp / "supervision-demo.sjvault"
    session_id = build_vault(path)
    window = MainWindow(path)
    window.supervision.today = lambda: TODAY
    window.resize(1360, 860)
    window.start()
    unlock(app, window)
    controller = window.supervision
    window.open_entry(session_id)
    window.splitter.setSizes([330, 1030])
    editor = controller.editor
    editor.scroll_area.verticalScrollBar().setValue(0)
    window.statusBar().clearMessage()  # not the temporary vault's path
    shoot(app, window, "session-record.png")
    if os.environ.get("SCREENSHOT_CHECK"):  # the rest of the record, for a look by hand
        for n, value in enumerate((900, 1800, 5000)):
            editor.scroll_area.verticalScrollBar().setValue(value)
            app.processEvents()
            window.grab().save(str(Path(os.environ["SCREENSHOT_CHECK"]) / f"record-{n}.png"))
        editor.scroll_area.verticalScrollBar().setValue(0)

    controller.mode.enter()
    view = controller.session_mode
    assert view is not None
    ticks = iter([0.0, 23 * 60 + 41.0])
    view.timer = SessionTimer(lambda: next(ticks, 23 * 60 + 41.0))
    view.toggle_timer()
    view.showNormal()
    view.resize(1360, 820)
    view.show_section("four-by-four-by-four:support")
    shoot(app, view, "session-mode.png")
    view.toggle_timer()
    controller.mode.leave()

    actions = controller.flows.show_actions()
    assert actions is not None
    actions.resize(980, 420)
    actions.table.selectRow(2)  # leave the overdue row unselected, so its marking shows
    shoot(app, actions, "actions.png")
    window.close()
    print("screenshots written to", DOCS)


if __name__ == "__main__":
    main()
