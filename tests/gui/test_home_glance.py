"""The home view's dashboard panel: the last twelve months, its tables, keyboard reach."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.core.find.figures import last_twelve_months
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.find.figures import dashboard_figures
from tests.find_vault import TODAY
from tests.gui.conftest import copy_of_find_vault, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    copy_of_find_vault(vault_path)
    w = MainWindow(vault_path)
    qtbot.addWidget(w)
    w.home.today = lambda: TODAY
    w.start()
    unlock(qtbot, w)
    qtbot.waitUntil(lambda: w.home.view.glance.glance is not None)
    yield w
    w.close()


def column(w: MainWindow, panel: str, col: int) -> dict[str, str]:
    """Month -> the cell of one column of a chart's table (non-empty months only)."""
    chart = getattr(w.home.view.glance, panel)
    rows = [chart.table.verticalHeaderItem(r).text() for r in range(chart.table.rowCount())]
    cells = chart.table_cells()
    return {m: c[col] for m, c in zip(rows, cells, strict=True) if c[col] not in ("0", "")}


def test_panel_shows_the_dashboards_figures_for_the_last_twelve_months(
    window: MainWindow,
) -> None:
    w = window
    glance = w.home.view.glance
    assert glance.isVisible()
    assert glance.reflections.heading.text() == "Reflections per month"
    assert glance.cpd.heading.text() == "CPD hours per month"
    # May 2025 to April 2026, as the dashboard's "Last 12 months" shows them.
    assert glance.reflections.table.rowCount() == 12
    assert glance.reflections.table.verticalHeaderItem(0).text() == "May 2025"
    assert column(w, "reflections", 0) == {"Dec 2025": "1", "Jan 2026": "1"}
    assert column(w, "reflections", 1) == {
        "Nov 2025": "1",
        "Dec 2025": "1",
        "Jan 2026": "1",
        "Feb 2026": "1",
        "Mar 2026": "2",
    }
    assert column(w, "cpd", 0) == {"Mar 2026": "1.5"}
    # The same numbers as the dashboard (and `stats`) for the period.
    vault = w.vault
    assert vault is not None
    f = dashboard_figures(vault, *last_twelve_months(TODAY), TODAY)
    assert [int(c[0]) for c in glance.reflections.table_cells()] == f.reflections
    assert [int(c[1]) for c in glance.reflections.table_cells()] == [
        f.entries_total(m) for m in f.months
    ]
    assert [float(c[0]) for c in glance.cpd.table_cells()] == f.cpd_hours
    assert glance.cpd.chart.data.note == f.cpd_pace.basis


def test_panel_updates_after_an_entry_is_added(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    assert "Apr 2026" not in column(w, "reflections", 0)
    w.home.show_list()  # the journal, as after writing
    vault = w.vault
    assert vault is not None
    vault.entries.add(Entry(title="Duty visit", body="x", practice_date=TODAY))
    vault.entries.add(Entry(title="Note", body="y", practice_date=TODAY, kind="note"))
    w.home.show_home()
    qtbot.waitUntil(lambda: column(w, "reflections", 0).get("Apr 2026") == "1")
    assert column(w, "reflections", 1)["Apr 2026"] == "2"


def _tab(qtbot: QtBot, w: MainWindow) -> QWidget:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def test_every_figure_and_the_dashboard_are_reached_by_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    w = window
    glance = w.home.view.glance
    # Each chart's heading row (with "Show as table") comes before the chart.
    wanted = [
        glance.reflections.toggle,
        glance.reflections.chart,
        glance.cpd.toggle,
        glance.cpd.chart,
        glance.dashboard_button,
    ]
    w.home.view.new_button.setFocus()
    reached: list[QWidget] = []
    seen = []
    for _ in range(40):
        focus = _tab(qtbot, w)
        seen.append(f"{type(focus).__name__}:{focus.accessibleName() or focus.objectName()}")
        if focus in wanted:
            reached.append(focus)
        if focus is glance.dashboard_button:
            break
    assert reached == wanted, seen  # in reading order
    # A screen reader hears each chart's title and a summary of its figures.
    assert glance.reflections.chart.accessibleName() == "Reflections per month"
    assert glance.reflections.toggle.accessibleName() == "Show Reflections per month as a table"
    assert "2 reflections over 12 months" in glance.reflections.chart.accessibleDescription()
    # Space on "Show as table" gives every figure in a table, focused.
    glance.cpd.toggle.setFocus()
    qtbot.keyClick(glance.cpd.toggle, Qt.Key.Key_Space)
    assert glance.cpd.showing_table and glance.cpd.table.hasFocus()
    assert glance.cpd.table.accessibleName() == "CPD hours per month, as a table"
    # The last button opens the full dashboard.
    glance.dashboard_button.setFocus()
    qtbot.keyClick(glance.dashboard_button, Qt.Key.Key_Space)
    assert w.finding.dashboard is not None and w.finding.dashboard.isVisible()


def test_lock_clears_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    w = window
    w.lock()
    glance = w.home.view.glance
    assert glance.glance is None
    assert glance.reflections.table.rowCount() == 0
    assert glance.reflections.chart.data.x_labels == []
