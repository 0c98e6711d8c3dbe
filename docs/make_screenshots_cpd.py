"""Rebuild the CPD screenshots in docs/ from a synthetic vault.

    python docs/make_screenshots_cpd.py

Writes docs/cpd-fields.png (the editor's CPD panel), docs/cpd-year.png (the CPD year view)
and docs/export-findings.png (the export dialog showing the anonymisation check's findings
in context). Builds a throwaway vault through the storage API, opens the real window
offscreen (set QT_QPA_PLATFORM to use a display) and grabs each view with QWidget.grab().
Only made-up text: the "identifiers" are planted test values (a drama phone number, a test
NHS number, invented names and places), not real people.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_helpers import DOCS, PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.cpd.model import CpdFields  # noqa: E402
from supervision_app.core.cpd.settings import CpdSettings  # noqa: E402
from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.core.supervision.views import PeerReflection  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

TODAY = dt.date(2026, 9, 14)

# title, kind, date, minutes, activity, description, learning, impact, peer, standards
RECORDS = [
    (
        "Safeguarding adults refresher",
        "cpd_activity",
        dt.date(2025, 12, 9),
        210,
        "course_or_training",
        "A day's refresher on the Care Act safeguarding duties, run by the local authority.",
        "Making safeguarding personal starts with asking what the person wants to happen.",
        "I now ask that question at the start of every enquiry, not at the end.",
        "",
        ("swe-standards:act-safely-with-integrity", "pcf:values-and-ethics"),
    ),
    (
        "Reading: relationship-based practice",
        "cpd_activity",
        dt.date(2026, 1, 21),
        90,
        "reading_or_research",
        "Two chapters on relationship-based practice and the supervisory relationship.",
        "Containment in supervision lets me think rather than react.",
        "I bring one case a month to supervision to think about, not just to report on.",
        "",
        ("pcf:knowledge", "pcf:critical-reflection-analysis"),
    ),
    (
        "Shadowing the hospital discharge team",
        "cpd_activity",
        dt.date(2026, 3, 4),
        240,
        "shadowing_or_observation",
        "A day with the hospital discharge team to understand their pressures.",
        "Discharge decisions are made in short windows; early information helps.",
        "I send a short summary to the ward before a planned discharge meeting.",
        "",
        ("swe-standards:accountable-quality-decisions",),
    ),
    (
        "Reflection: a difficult review meeting",
        "reflection",
        dt.date(2026, 4, 16),
        45,
        "reflection",
        "A review where Person A (pseudonym) disagreed with the care plan; why it matters for "
        "co-production.",
        "I had planned the meeting around the service, not around Person A.",
        "Reviews now start with Person A's own agenda; the last one was shorter and calmer.",
        "Ask the person what a good meeting would look like before booking it.",
        (
            "swe-standards:promote-rights-strengths-wellbeing",
            "pcf:rights-justice-economic-wellbeing",
        ),
    ),
    (
        "Supervision: managing a waiting list",
        "supervision",
        dt.date(2026, 5, 28),
        60,
        "supervision",
        "Supervision on prioritising a waiting list fairly and safely.",
        "A written rationale for each priority decision protects people and practitioners.",
        "I record the reason for each allocation decision in one sentence.",
        "",
        ("pcf:contexts-and-organisations",),
    ),
    (
        "Peer learning: strengths-based conversations",
        "cpd_activity",
        dt.date(2026, 7, 2),
        120,
        "peer_learning",
        "A peer learning set on strengths-based conversations in assessments.",
        "Asking 'what is working already?' changes the tone of an assessment.",
        "Assessments record what people do well, not only what they need.",
        "A colleague showed me how to hand the pen to the person during planning.",
        (
            "swe-standards:maintain-cpd",
            "pcf:skills-and-interventions",
            "hcpc-cpd-standards:benefits-service-user",
        ),
    ),
]


def build_vault(path: Path) -> dict[str, int]:
    ids: dict[str, int] = {}
    with Vault.create(path, PASSPHRASE) as v:
        v.cpd_settings.save(
            CpdSettings(
                practitioner_name="A. Practitioner",
                never_export=("Jamie",),
                # Registered in England and in Wales: the year view shows both rules.
                regulators=("swe", "scw"),
                roles={"scw": "social_worker"},
                period_starts={"scw": dt.date(2024, 4, 1)},
            )
        )
        peer = v.supervision.peer.add(
            PeerReflection(
                peer_role="Senior social worker",
                reflected_on=dt.date(2026, 7, 9),
                learning="Hand the pen over earlier.",
                topic="Strengths-based planning",
                minutes=30,
            )
        )
        for title, kind, day, minutes, activity, desc, learnt, impact, peer_text, refs in RECORDS:
            e = v.entries.add(
                Entry(
                    title=title,
                    kind=kind,
                    practice_date=day,
                    minutes=minutes,
                    body=f"{desc}\n\n{learnt}",
                    tags=("cpd",),
                )
            )
            assert e.id is not None
            ids[title] = e.id
            v.cpd.save(
                e.id,
                CpdFields(
                    activity_type=activity,
                    description=desc,
                    learning=learnt,
                    impact=impact,
                    peer_role="Senior practitioner" if peer_text else "",
                    peer_date=day + dt.timedelta(days=3) if peer_text else None,
                    peer_learning=peer_text,
                    peer_reflection_id=peer.id if activity == "peer_learning" else None,
                ),
            )
            v.cpd.set_standards(e.id, refs)
        v.attachments.add(
            ids["Safeguarding adults refresher"],
            "safeguarding-certificate.pdf",
            b"%PDF-1.4 synthetic certificate " * 900,
        )
        v.attachments.add(
            ids["Peer learning: strengths-based conversations"],
            "learning-set-notes.pdf",
            b"%PDF-1.4 synthetic notes " * 300,
        )
        visit = v.entries.add(
            Entry(
                title="Home visit with Mrs Adebayo-Lund",
                kind="reflection",
                practice_date=dt.date(2026, 8, 20),
                minutes=50,
                tags=("home visit",),
                body=(
                    "Visited Mrs Adebayo-Lund at 14 Larkspur Road, GL7 4QT, after a call from "
                    "her daughter Priya on 07700 900481. Jamie from the day centre joined us."
                ),
            )
        )
        assert visit.id is not None
        ids["visit"] = visit.id
        v.cpd.save(
            visit.id,
            CpdFields(
                activity_type="reflection",
                description="A first visit after a referral; why listening first mattered.",
                learning="I checked the NHS number 943 476 5919 with the GP surgery.",
                impact="Asked what a good week looks like before any questions about care.",
            ),
        )
        v.cpd.set_standards(visit.id, ["pcf:skills-and-interventions"])
    return ids


def main() -> None:
    app, tmp = start_app()
    path = tmp / "demo.sjvault"
    ids = build_vault(path)
    from supervision_app.formats import register_all

    register_all()
    window = MainWindow(path)
    window.resize(1280, 860)
    window.cpd.today = lambda: TODAY
    window.start()
    unlock(app, window)

    fields_screen(app, window, ids["Peer learning: strengths-based conversations"])
    year_screen(app, window)
    findings_screen(app, window)
    window.close()
    print("CPD screenshots written to", DOCS)


def fields_screen(app: QApplication, window: MainWindow, entry_id: int) -> None:
    window.open_entry(entry_id)
    app.processEvents()
    window.editor.cpd_splitter.setSizes([250, 520])
    panel = window.cpd.panel
    panel.standards.tree.expandAll()
    shoot(app, window, "cpd-fields.png")


def year_screen(app: QApplication, window: MainWindow) -> None:
    window.cpd.show_year()
    view = window.cpd.year_view
    assert view is not None
    view.resize(1100, 680)
    view.table.selectRow(3)
    shoot(app, view, "cpd-year.png")
    view.close()


def findings_screen(app: QApplication, window: MainWindow) -> None:
    from supervision_app.gui.cpd.findings_view import FINE, REDACT

    window.cpd.show_export("pdf")
    dialog = window.cpd.windows[-1]
    dialog.resize(1120, 620)
    ended: list[bool] = []
    dialog.check_ended.connect(ended.append)
    assert dialog.run_check()  # on a worker thread: wait for its findings
    while not ended:
        app.processEvents()
        time.sleep(0.01)
    findings = dialog.findings
    kinds = [r.item.finding.kind.value for r in findings.rows]
    findings.decide(REDACT, [kinds.index("titled_name")])
    findings.decide(FINE, [kinds.index("never_export")])
    findings.select(kinds.index("phone"))
    app.processEvents()
    findings.table.resizeRowsToContents()
    shoot(app, dialog, "export-findings.png")
    # Leave the throwaway vault as it was: forget the "mark as fine" made for the picture.
    findings.decide("", [kinds.index("never_export")])


if __name__ == "__main__":
    main()
