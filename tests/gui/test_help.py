"""Help menu: the framework guide, CPD requirements and the generated shortcut list."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from supervision_app.gui import help as help_pages
from supervision_app.gui.help.shortcuts import shortcut_rows
from supervision_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_every_shortcut_of_the_main_window_is_listed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = help_pages.show_shortcuts(window)
    listed = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    actions = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(actions) >= 20
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        command = action.text().replace("&", "").rstrip("…").strip()
        assert (keys, command) in listed, f"{command} ({keys}) is not in the list"
    commands = {c for _k, c in listed}
    assert {"Print", "Zoom in", "Next prompt"} <= commands
    rows = {r.command: r for r in shortcut_rows(window)}
    assert rows["Next prompt"].where == "Guided reflection"
    assert "Ctrl+Return" in rows["Next prompt"].keys and "Ctrl+Enter" in rows["Next prompt"].keys
    dialog.filter.setText("zoom")
    shown = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert shown and all("Zoom" in dialog.table.item(r, 1).text() for r in shown)
    dialog.close()


def test_a_new_action_appears_without_editing_a_list(window: MainWindow) -> None:
    extra = QAction("Made-up command", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+Shift+M"))
    assert "Made-up command" in [r.command for r in shortcut_rows(window)]


def test_framework_guide_shows_a_framework_with_sources(qtbot: QtBot, window: MainWindow) -> None:
    dialog = help_pages.show_framework_guide(window)
    assert dialog.current_key() is not None
    dialog.show_page("gibbs")
    text = dialog.page.toPlainText()
    assert "Gibbs' reflective cycle" in text and "Where it comes from" in text
    assert "1988" in text and "What happened, in the order it happened?" in text
    assert dialog.page.requested_resources == []
    dialog.close()


def test_cpd_guide_opens_on_the_regulator_in_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    assert window.vault is not None
    window.vault.settings.set("regulator", ["hcpc", "swe"])
    dialog = help_pages.show_cpd_guide(window)
    assert dialog.current_key() == "cpd-hcpc"
    assert "personal statement (up to 1500 words)" in dialog.page.toPlainText()
    assert dialog.page.requested_resources == []
    dialog.close()


def test_help_menu_offers_the_three_pages(window: MainWindow) -> None:
    help_menu = window.menu_actions.menus[-1]
    texts = [a.text() for a in help_menu.actions()]
    ours = ["&Framework guide", "&CPD requirements", "&Keyboard shortcuts"]
    assert [t for t in texts if t in ours] == ours


def test_fields_say_what_they_are_for(qtbot: QtBot, window: MainWindow) -> None:
    from supervision_app.gui.help.field_help import FIELD_HELP

    editor = window.editor
    for field in (editor.title, editor.kind, editor.minutes, editor.tags, editor.body):
        assert field.toolTip(), field.accessibleName()
    assert "The day of the visit" in editor.date.line.toolTip()  # its own is kept
    cpd = window.cpd
    # The record editor is built when a record is first shown: its fields get help then.
    record_editor = window.supervision.editor
    covered = {w.accessibleName() for w in window.findChildren(QWidget) if w.toolTip()}
    assert {"Type of activity", "What I learnt", "Agenda, one item per line"} <= covered
    assert cpd is not None
    # A row added later gets its help too.
    record_editor.form.cases.add_row()
    row = record_editor.form.cases.rows[-1]
    assert row.text.toolTip() == str(FIELD_HELP["Case discussion notes"])
