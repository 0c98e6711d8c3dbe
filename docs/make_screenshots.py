"""Rebuild the screenshots in docs/ from a synthetic vault (run: ./dev screenshots).

Builds a throwaway vault of made-up entries, opens the real window and grabs each view with
QWidget.grab(). Only synthetic text: no real people.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_helpers import DOCS, PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

ENTRIES = [
    (
        "Home visit: talking about loneliness",
        "reflection",
        ("loneliness", "home visit"),
        45,
        "## What happened\n\nA first visit with **Person A** (pseudonym) after a referral from "
        "the GP practice. They said the weekends are the hardest since their partner died.\n\n"
        "## What I noticed\n\nI almost moved on to the care assessment questions. Slowing down and "
        "asking *how lonely do you feel, on a scale you choose?* opened the conversation.\n\n"
        "## What I will do\n\n- Signpost to the community lunch club and the befriending scheme\n"
        "- Warm handover to the community connector rather than a leaflet\n"
        "- Follow-up call agreed for next Thursday",
    ),
    (
        "Supervision: managing a waiting list",
        "supervision",
        ("supervision", "workload"),
        60,
        "Discussed the pressure of the duty rota and how it shapes the time I can give to building "
        "relationships.\n\n**Agreed:** protected time on Friday mornings for reflective writing.",
    ),
    (
        "Training: strengths-based conversations",
        "cpd_activity",
        ("training", "strengths"),
        180,
        "A day on strengths-based practice. The exercise on *what is working already* changed how "
        "I open reviews.",
    ),
    (
        "Warm handover to the community connector",
        "reflection",
        ("handover", "community"),
        30,
        "Introduced Person B to the connector at the library cafe, so they did not have to tell "
        "their story again.",
    ),
    (
        "Reading: relationship-based practice",
        "cpd_activity",
        ("reading",),
        90,
        "Notes on reflective supervision and the supervisory relationship as a safe, "
        "contained space.",
    ),
    (
        "Peer reflection on a difficult review",
        "reflection",
        ("peer reflection",),
        40,
        "Talked through a review meeting with a colleague from the hospital team.",
    ),
    ("Team meeting note", "note", ("team",), 0, "Rota changes from next month."),
]


LINKS = {
    "Home visit: talking about loneliness": [
        "loneliness-capabilities:asking-questions",
        "loneliness-capabilities:signpost",
        "pcf:skills-and-interventions",
    ],
    "Warm handover to the community connector": [
        "loneliness-capabilities:signpost",
        "relational-social-care:t-people-warm-handovers",
    ],
    "Peer reflection on a difficult review": ["loneliness-capabilities:listen-empathise"],
    "Training: strengths-based conversations": [
        "strengths-based-capabilities:listening-empathy-questioning"
    ],
}
CONFIDENCE = {
    "loneliness-capabilities:signpost": [2, 3, 3, 4],
    "loneliness-capabilities:asking-questions": [3, 3, 4],
    "loneliness-capabilities:ready-to-talk": [2, 2],
}


def build_vault(path: Path) -> None:
    from supervision_app.core.frameworks import default_library

    library = default_library()
    with Vault.create(path, PASSPHRASE) as v:
        start = dt.date(2026, 10, 1)
        for i, (title, kind, tags, minutes, body) in enumerate(reversed(ENTRIES)):
            e = v.entries.add(
                Entry(
                    title=title,
                    body=body,
                    kind=kind,
                    tags=tags,
                    minutes=minutes,
                    practice_date=start + dt.timedelta(days=6 * i),
                )
            )
            refs = [r for r in LINKS.get(title, []) if library.has_ref(r)]
            v.links.set_links(e.id or 0, refs)
        old = v.entries.add(
            Entry(
                title="Reflection on a first conversation about loneliness",
                practice_date=dt.date(2025, 11, 20),
                tags=("loneliness",),
            )
        )
        v.links.set_links(old.id or 0, ["loneliness-capabilities:ready-to-talk"])
        for ref, ratings in CONFIDENCE.items():
            for n, rating in enumerate(ratings):
                v.confidence.record(ref, rating, dt.date(2026, 2 + 2 * n, 1))


def main() -> None:
    app, tmp = start_app()
    path = tmp / "demo.sjvault"
    build_vault(path)
    window = MainWindow(path)
    window.resize(1280, 780)
    window.start()
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.resize(460, 180)
    shoot(app, dialog, "unlock-dialog.png")
    unlock(app, window)
    window.grab().save(str(DOCS / "main-window.png"))

    window.search.setText("handover")
    window.search.returnPressed.emit()
    shoot(app, window, "search.png")

    guided_screens(app, window)
    window.close()
    print("screenshots written to", DOCS)


def guided_screens(app: QApplication, window: MainWindow) -> None:
    from supervision_app.gui.dialogs.reflection_dialogs import TEMPLATE_ROLE

    window.reflection.new_guided()
    start = window.reflection.dialogs[-1]
    ids = [start.templates.item(r).data(TEMPLATE_ROLE) for r in range(start.templates.count())]
    start.templates.setCurrentRow(ids.index("gibbs"))
    start.use_focus.setChecked(True)
    start.focus_tree.filter.setText("signpost")
    start.focus_tree.set_current("loneliness-capabilities:signpost")
    shoot(app, start, "guided-start.png")
    start.buttons.accepted.emit()
    app.processEvents()
    panel = window.editor.guided_panel
    panel.answer.setPlainText(
        "A review visit with Person C (pseudonym), who lives alone since moving "
        "into sheltered housing. They mentioned that Sundays are very quiet."
    )
    panel.go_to(1)
    panel.answer.setPlainText("I felt hopeful, and a little rushed: I had another visit at two.")
    panel.go_to(2)
    window.editor.preview.show_markdown(window.editor.body.toPlainText())
    shoot(app, window, "guided-reflection.png")
    window.save_current()

    window.reflection.show_coverage()
    view = window.reflection.coverage
    assert view is not None
    view.resize(900, 600)
    view.table.selectRow(3)
    shoot(app, view, "coverage.png")


if __name__ == "__main__":
    main()
