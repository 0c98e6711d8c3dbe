"""The CPD year view over a known vault, with an injected today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.entries import Entry
from supervision_app.gui.cpd.year_view import COL_DATE, COL_TITLE, CpdYearView
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import copy_of_vault, open_window, shortcut

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 6, 15)  # in the 2026 year: 1 Dec 2025 - 30 Nov 2026
# (title, date, minutes, peer learning, standards); the first is in the 2025 year.
RECORDS = [
    ("Last year's course", dt.date(2025, 11, 20), 120, "", ()),
    (
        "Safeguarding refresher",
        dt.date(2025, 12, 10),
        60,
        "Check the threshold first",
        ("pcf:values-and-ethics",),
    ),
    (
        "Reading on loneliness",
        dt.date(2026, 1, 20),
        90,
        "",
        ("pcf:knowledge", "swe-standards:maintain-cpd"),
    ),
    ("Shadowing a duty day", dt.date(2026, 5, 30), 30, "", ()),
]


@pytest.fixture
def year_window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    copy_of_vault(vault_path, "cpd-year", _make_year_vault)  # made once per process
    w = open_window(qtbot, vault_path, cpd_today=TODAY)
    yield w
    w.close()


def _make_year_vault(path: Path) -> None:
    with Vault.create(path, PASSPHRASE) as v:
        for title, day, minutes, peer, refs in RECORDS:
            e = v.entries.add(Entry(title=title, practice_date=day, minutes=minutes))
            assert e.id is not None
            v.cpd.save(
                e.id, CpdFields(activity_type="reflection", description=title, peer_learning=peer)
            )
            v.cpd.set_standards(e.id, refs)
        v.entries.add(
            Entry(
                title="Course without details",
                kind="cpd_activity",
                practice_date=dt.date(2026, 2, 1),
            )
        )
        v.entries.add(Entry(title="Ordinary note", practice_date=dt.date(2026, 3, 1), minutes=500))


def _open_year(qtbot: QtBot, window: MainWindow) -> CpdYearView:
    shortcut(qtbot, window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.cpd.year_view
    assert view is not None and view.isVisible()
    return view


def test_year_view_counts_the_current_year(qtbot: QtBot, year_window: MainWindow) -> None:
    view = _open_year(qtbot, year_window)
    in_year = [r for r in RECORDS if dt.date(2025, 12, 1) <= r[1] <= dt.date(2026, 11, 30)]
    assert view.year.currentData() == 2026
    assert view.cards["records"].value.text() == str(len(in_year))
    assert view.cards["hours"].value.text() == "3 h"  # 60 + 90 + 30 minutes
    assert view.cards["peer"].value.text() == "1"
    days_left = (dt.date(2026, 11, 30) - TODAY).days + 1
    assert view.cards["days"].value.text() == str(days_left)
    assert f"{days_left} days left" in view.deadline.text()
    assert view.table.rowCount() == len(in_year)
    titles = [view.table.item(r, COL_TITLE).text() for r in range(view.table.rowCount())]
    assert titles == [r[0] for r in in_year]  # oldest first; last year's and the note left out
    # The minimum: 3 records and 1 with peer reflection.
    checklist = view.checklist.text()
    assert checklist.count("✓") == 2 and "✗" not in checklist and "The minimum is met" in checklist
    assert view.rule_box.title() == "Your regulator's rule"
    # Gaps: 20 Jan to 30 May is more than three months; nothing else is.
    assert "20 Jan 2026 – 30 May 2026" in view.gaps.text()
    assert view.gaps.text().count("⚠") == 1
    assert "Professional Capabilities Framework (PCF)</b>: 2 of 9" in view.covered.text()
    assert "Course without details" in view.incomplete.text()
    assert "Social Care Wales" not in checklist


def test_double_click_opens_the_record(qtbot: QtBot, year_window: MainWindow) -> None:
    view = _open_year(qtbot, year_window)
    row = 1
    wanted = view.table.item(row, COL_TITLE).text()
    rect = view.table.visualRect(view.table.model().index(row, COL_DATE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert year_window.editor.title.text() == wanted


def test_other_years_and_a_short_year(qtbot: QtBot, year_window: MainWindow) -> None:
    view = _open_year(qtbot, year_window)
    view.choose_year(2025)
    assert view.cards["records"].value.text() == "1"
    assert view.cards["days"].value.text() == "0"
    assert "closed on 30 Nov 2025" in view.deadline.text()
    checklist = view.checklist.text()
    assert "✗ At least 2 different CPD records: <b>not yet</b> (1 of 2)" in checklist
    assert "not met yet" in checklist


def test_configured_year_end_and_social_care_wales(qtbot: QtBot, year_window: MainWindow) -> None:
    vault = year_window.vault
    assert vault is not None
    vault.cpd_settings.save(
        CpdSettings(
            year_end=(3, 31),
            regulators=("swe", "scw"),
            roles={"scw": "care_worker"},
            period_starts={"scw": dt.date(2023, 4, 1)},
        )
    )
    view = _open_year(qtbot, year_window)
    assert view.year.currentData() == 2027  # 1 Apr 2026 - 31 Mar 2027 contains 15 Jun 2026
    assert view.cards["records"].value.text() == "1"  # only the May record
    view.choose_year(2026)  # 1 Apr 2025 - 31 Mar 2026
    assert view.cards["records"].value.text() == "3"
    assert view.rule_box.title() == "Your regulators' rules"
    text = view.checklist.text()
    # From 1 April 2025 Social Care Wales counts no hours: no target, no tick.
    assert "<b>Social Care Wales (Social care worker)</b>" in text
    assert "Registration period 1 Apr 2023 – 31 Mar 2026" in text
    assert "hours" not in text.split("Social Care Wales (")[1].split("Keep a record")[0]
    assert "Keep a record of your CPD" in text
    assert "Social Care Wales sets no minimum the app can count." in text
    view.choose_year(2025)  # the period was still open before 1 April 2025: hours counted
    vault.cpd_settings.save(
        CpdSettings(
            year_end=(3, 31),
            regulators=("scw",),
            roles={"scw": "care_worker"},
            period_starts={"scw": dt.date(2022, 4, 1)},
        )
    )
    view.refresh()
    assert "1 Apr 2022 – 31 Mar 2025" in view.checklist.text()
    assert "At least 45 hours of CPD in the period: <b>not yet</b> (0 min of 45 hours)" in (
        view.checklist.text()
    )


def test_on_3_december_the_year_view_opens_on_the_year_with_records(
    qtbot: QtBot, vault_path: Path
) -> None:
    """The defect: the new year, two days old, opened empty."""
    with Vault.create(vault_path, PASSPHRASE) as v:
        e = v.entries.add(Entry(title="Course", practice_date=dt.date(2026, 11, 10), minutes=90))
        assert e.id is not None
        v.cpd.save(e.id, CpdFields(activity_type="reflection", description="Course"))
    window = open_window(qtbot, vault_path, cpd_today=dt.date(2026, 12, 3))
    try:
        view = _open_year(qtbot, window)
        assert view.year.currentData() == 2026
        assert view.cards["records"].value.text() == "1"
        view.current_year.click()
        assert view.year.currentData() == 2027
        assert view.cards["records"].value.text() == "0"
        # An empty year: nothing ticked.
        assert "✓" not in view.checklist.text()
    finally:
        window.close()
