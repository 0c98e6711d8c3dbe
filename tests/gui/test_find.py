"""Search filters, highlights, saved searches, timeline and dashboard in the real window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import EntrySummary
from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.text import MARK_END, MARK_START
from supervision_app.gui.find.chart_data import CHART_KEYS
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.models.entry_delegate import EntryDelegate
from tests.find_vault import TODAY, Known
from tests.gui.conftest import copy_of_find_vault, open_window, unlock


@pytest.fixture
def known_window(qtbot: QtBot, vault_path: Path) -> Iterator[tuple[MainWindow, Known]]:
    known = copy_of_find_vault(vault_path)
    w = open_window(qtbot, vault_path)
    yield w, known
    w.close()


def listed(w: MainWindow) -> list[int]:
    return [w.model.summary_at(r).id for r in range(w.model.rowCount())]  # type: ignore[union-attr]


def test_filters_narrow_the_list_and_search_and_chips_remove_them(
    known_window: tuple[MainWindow, Known],
) -> None:
    w, k = known_window
    w.finding.apply(SearchFilters(kind="reflection"))
    assert listed(w) == [k.home, k.team]
    assert w.count_label.text() == "2 entries"
    w.search.setText("handover")
    w.searching.run()
    assert set(listed(w)) == {k.home, k.team}
    w.finding.apply(SearchFilters(kind="reflection", tags=("home visit",)))
    assert listed(w) == [k.home]
    chips = w.finding.bar.chip_buttons
    assert [c.accessibleName() for c in chips] == [
        "Remove filter Kind: Reflection",
        "Remove filter Tag: home visit",
    ]
    assert all(c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in chips)
    chips[0].click()  # remove the kind: the tag stays
    assert w.model.filters == SearchFilters(tags=("home visit",))
    assert listed(w) == [k.home]
    w.finding.bar.chip_buttons[0].click()
    assert not w.model.filters.active
    assert set(listed(w)) == {k.home, k.team, k.course, k.supervision}


def test_filter_dialog_refuses_reversed_dates_in_one_sentence(
    qtbot: QtBot, known_window: tuple[MainWindow, Known]
) -> None:
    from supervision_app.gui.find.filter_dialog import FilterDialog

    w, k = known_window
    dialog = FilterDialog(SearchFilters(), w.finding.choices(), w)
    qtbot.addWidget(dialog)
    assert dialog.partner.findText("AB") > 0
    dialog.date_from.setText("2026-02-01")
    dialog.date_to.setText("2026-01-01")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "after the end date" in dialog.error.text()
    dialog.date_to.setText("not a date")
    dialog.accept()
    assert "not a date" in dialog.error.text()
    dialog.date_to.setText("")
    dialog.partner.setCurrentIndex(dialog.partner.findText("AB"))
    dialog.accept()
    assert dialog.result_filters.partner_id == k.partner


def test_dates_in_the_filters_and_the_dashboard_are_typed_as_in_the_uk(
    qtbot: QtBot, known_window: tuple[MainWindow, Known]
) -> None:
    """The filter dialog's dates and the dashboard's "Newly qualified from" took only
    2026-03-31 ("'01/02/2026' is not a date like 2026-03-31"), unlike every other date field
    in the app, which takes 1/2/2026 and 1 Feb 2026 as people in the UK write them."""
    from supervision_app.gui.find.dashboard import DashboardWindow
    from supervision_app.gui.find.filter_dialog import FilterDialog

    w, _k = known_window
    dialog = FilterDialog(SearchFilters(), w.finding.choices(), w)
    qtbot.addWidget(dialog)
    assert "1/2/2026" in dialog.date_from.placeholderText()
    dialog.date_from.setText("01/02/2026")
    dialog.date_to.setText("31 Mar 2026")
    dialog.accept()
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.result_filters is not None
    assert dialog.result_filters.date_from == dt.date(2026, 2, 1)
    assert dialog.result_filters.date_to == dt.date(2026, 3, 31)

    assert w.vault is not None
    dash = DashboardWindow(w.vault, today=lambda: TODAY)
    qtbot.addWidget(dash)
    assert "1/2/2026" in dash.stage.placeholderText()
    dash.stage.setText("5/1/2026")
    dash.save_stage()
    assert "5 Jan 2026" in dash.message.text()
    dash.stage.setText("soon")
    dash.save_stage()
    assert "'soon' is not a date" in dash.message.text()


def test_opened_entry_highlights_the_words_in_text_and_preview(
    known_window: tuple[MainWindow, Known],
) -> None:
    w, k = known_window
    w.search.setText("handovers")
    w.searching.run()
    w.open_entry(k.home)
    body = [s.cursor.selectedText() for s in w.editor.body.extraSelections()]
    preview = [s.cursor.selectedText() for s in w.editor.preview.extraSelections()]
    assert body == ["handover"] and preview == ["handover"]
    w.search.clear()
    w.searching.run()  # back to the journal: no highlights
    w.open_entry(k.home)
    assert w.editor.body.extraSelections() == []


def _row_image(snippet: str) -> QImage:
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from supervision_app.gui.models.entry_list import EntryListModel, ListMode

    model = EntryListModel()
    model.mode = ListMode.SEARCH
    model._rows = [  # noqa: SLF001 - one row to paint, without a vault
        EntrySummary(
            1, "T", "note", dt.date(2026, 1, 1), (), dt.datetime(2026, 1, 1), None, snippet
        )
    ]
    view = QListView()
    view.setModel(model)
    delegate = EntryDelegate(view)
    image = QImage(400, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 400, 80)  # type: ignore[attr-defined]
    option.font = QFont(view.font())  # type: ignore[attr-defined]
    option.widget = view  # type: ignore[attr-defined]
    delegate.paint(painter, option, model.index(0))
    painter.end()
    return image


def test_list_snippet_shows_the_matched_word_in_bold(qtbot: QtBot) -> None:
    marked = _row_image(f"the warm {MARK_START}handover{MARK_END} from")
    plain = _row_image("the warm handover from")
    assert marked != plain


def test_saved_searches_survive_lock_and_unlock(
    qtbot: QtBot, known_window: tuple[MainWindow, Known]
) -> None:
    w, k = known_window
    w.search.setText('"warm handover"')
    w.finding.apply(SearchFilters(kind="reflection"))
    w.finding.save_search()
    dialog = w.finding.save_dialog
    assert dialog is not None and dialog.textValue() == '"warm handover"'
    dialog.setTextValue("Warm handovers")
    dialog.accept()
    assert w.finding.saved.list.count() == 1
    w.lock()
    assert w.finding.saved.list.count() == 0 and not w.finding.bar.chip_buttons
    unlock(qtbot, w)
    assert w.finding.saved.list.count() == 1
    assert w.search.text() == ""
    w.finding.saved.list.setCurrentRow(0)
    w.finding.saved.list.itemActivated.emit(w.finding.saved.list.item(0))
    assert w.search.text() == '"warm handover"'
    assert w.model.filters == SearchFilters(kind="reflection")
    assert listed(w) == [k.home]


def test_timeline_lists_a_day_and_a_month(
    qtbot: QtBot, known_window: tuple[MainWindow, Known]
) -> None:
    w, k = known_window
    w.finding.show_timeline()
    timeline = w.finding.timeline
    assert timeline is not None
    timeline.year.setValue(2026)
    heatmap = timeline.heatmap
    assert heatmap.counts[dt.date(2026, 3, 15)] == 1
    # Keyboard: from 1 Jan, Down twice (to March) and Right 14 times (to 15 March), Enter.
    heatmap.setFocus()
    for key in [Qt.Key.Key_Down] * 2 + [Qt.Key.Key_Right] * 14:
        qtbot.keyClick(heatmap, key)
    qtbot.keyClick(heatmap, Qt.Key.Key_Return)
    assert listed(w) == [k.course]
    assert [c.text() for c in w.finding.bar.chip_buttons] == [
        "From 15 Mar 2026  ✕",
        "To 15 Mar 2026  ✕",
    ]
    qtbot.keyClick(heatmap, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert listed(w) == [k.course, k.second_session]
    # The mouse: a month's name lists that month.
    grid = heatmap._grid()  # noqa: SLF001
    qtbot.mouseClick(heatmap, Qt.MouseButton.LeftButton, pos=grid.month_rect(2).center().toPoint())
    assert listed(w) == [k.supervision]
    # The table behind the calendar holds the same numbers.
    assert timeline.table.item(2, 0).text() == "2" and timeline.table.item(0, 0).text() == "1"
    timeline.toggle_table()
    assert timeline.stack.currentWidget() is timeline.table
    image = heatmap.image()
    assert (
        not image.isNull()
        and len({image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 420, 7)}) > 3
    )


def test_dashboard_charts_render_and_tables_hold_the_same_numbers(
    qtbot: QtBot, known_window: tuple[MainWindow, Known], tmp_path: Path
) -> None:
    from supervision_app.gui.find.dashboard import DashboardWindow

    w, _k = known_window
    assert w.vault is not None
    dash = DashboardWindow(w.vault, today=lambda: TODAY)
    qtbot.addWidget(dash)
    dash.period.setCurrentIndex(dash.period.findData(2026))
    assert list(dash.panels) == list(CHART_KEYS)
    reflections = dash.panels["reflections"].table_cells()
    assert reflections[:4] == [["1", "1"], ["0", "1"], ["0", "2"], ["0", "0"]]
    assert dash.panels["cpd_hours"].table_cells()[2] == ["1.5"]
    coverage = dash.panels["coverage"].table_cells()
    assert coverage[0][:3] == ["1", "0", "1"] and coverage[0][-1] == "2"
    sessions = dash.panels["supervision"].table_cells()
    assert [row[0] for row in sessions[:4]] == ["0", "1", "1", "0"]
    assert sessions[0][1] == "2.2"  # agreed every 14 days
    assert "1 overdue" in dash.actions_label.text()
    dash.stage.setText("2026-01-05")
    dash.save_stage()
    sessions = dash.panels["supervision"].table_cells()
    assert sessions[0][2] == "3.9" and sessions[1][2] == "3.1"
    for key, panel in dash.panels.items():
        image = panel.chart.image()
        assert not image.isNull(), key
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 9)
            for y in range(0, image.height(), 9)
        }
        assert len(colours) > 3, key
        panel.toggle_table()
        assert panel.showing_table and panel.table.accessibleName().endswith("as a table")
    with qtbot.waitSignal(dash.pngs_ended, timeout=20_000) as ended:
        assert dash.write_pngs(tmp_path)
    written, problem = ended.args
    assert problem == ""
    assert [p.name for p in written] == [f"dashboard-{k}.png" for k in CHART_KEYS]
    assert all(QImage(str(p)).width() == 1000 for p in written)


def test_timeline_and_dashboard_shortcuts_and_lock_closes_them(
    qtbot: QtBot, known_window: tuple[MainWindow, Known]
) -> None:
    w, _k = known_window
    assert w.finding.timeline_action.shortcut().toString() == "Ctrl+6"
    assert w.finding.dashboard_action.shortcut().toString() == "Ctrl+7"
    shortcuts = [
        a.shortcut().toString()
        for a in w.findChildren(type(w.finding.timeline_action))
        if not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    w.finding.show_timeline()
    w.finding.show_dashboard()
    w.lock()
    assert w.finding.timeline is None and w.finding.dashboard is None
    assert not w.finding.timeline_action.isEnabled()
    unlock(qtbot, w)
    QApplication.processEvents()
    assert w.finding.dashboard_action.isEnabled()
