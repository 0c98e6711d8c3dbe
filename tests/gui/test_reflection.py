"""Guided reflection, framework links, coverage and templates through the real window."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.coverage_view import COL_ENTRIES, COL_LAST, CoverageView
from supervision_app.gui.dialogs.reflection_dialogs import (
    TEMPLATE_ROLE,
    GuidedStartDialog,
    LinkDialog,
)
from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import shortcut

pytestmark = pytest.mark.gui
SIGNPOST = "loneliness-capabilities:signpost"


def _start_dialog(qtbot: QtBot, window: MainWindow) -> GuidedStartDialog:
    shortcut(
        qtbot,
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: any(isinstance(d, GuidedStartDialog) for d in window.reflection.dialogs)
    )
    return next(d for d in window.reflection.dialogs if isinstance(d, GuidedStartDialog))


def _choose_template(dialog: GuidedStartDialog, template_id: str) -> None:
    for row in range(dialog.templates.count()):
        if dialog.templates.item(row).data(TEMPLATE_ROLE) == template_id:
            dialog.templates.setCurrentRow(row)
            return
    raise AssertionError(f"{template_id} not offered")


def test_guided_reflection_stores_structured_answers_and_links(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _start_dialog(qtbot, window)
    _choose_template(dialog, "gibbs")
    dialog.use_focus.setChecked(True)
    dialog.focus_tree.filter.setText("signpost")
    dialog.focus_tree.set_current(SIGNPOST)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.editor.guided is not None)
    panel = window.editor.guided_panel
    assert window.editor.writing.currentWidget() is panel
    assert window.editor.title.text() == "Gibbs' reflective cycle: Know how to signpost in response"
    assert "signpost" in panel.prompts.text()  # the focus item's prompt is offered as a lens

    qtbot.keyClicks(panel.answer, "Met Person A at the library.")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.step == 1
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)  # skip feelings for now
    assert panel.step == 2
    qtbot.keyClicks(panel.answer, "The warm handover worked.")
    panel.go_to(1)  # come back to the skipped one
    assert panel.answer.toPlainText() == ""
    qtbot.keyClicks(panel.answer, "Unsure at first.")
    entry_id = window.editor.entry.id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)  # autosaved

    vault = window.vault
    assert vault is not None
    guided = vault.guided.get(entry_id)
    assert guided is not None and guided.status == "draft"
    assert guided.answers == {
        "description": "Met Person A at the library.",
        "feelings": "Unsure at first.",
        "evaluation": "The warm handover worked.",
    }
    assert vault.links.links_of(entry_id) == (SIGNPOST,)
    body = vault.entries.get(entry_id).body
    assert "## Description\n\nMet Person A at the library." in body
    assert "## Feelings\n\nUnsure at first." in body
    assert vault.guided.drafts() == [entry_id]

    qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
    assert panel.warning_bar.isVisible()  # three steps are empty: it asks first
    qtbot.mouseClick(panel.finish_anyway_button, Qt.MouseButton.LeftButton)
    window.save_current()
    assert vault.guided.get(entry_id).status == "complete"  # type: ignore[union-attr]

    # Reopening the entry restores the panel where it was left.
    window.list.setCurrentIndex(window.model.index(1))
    window.open_entry(entry_id)
    assert window.editor.guided is not None
    assert window.editor.guided.answers["feelings"] == "Unsure at first."


def test_edit_as_free_text_keeps_text_and_drops_structure(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _start_dialog(qtbot, window)
    _choose_template(dialog, "kolb")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.editor.guided is not None)
    qtbot.keyClicks(window.editor.guided_panel.answer, "A home visit.")
    qtbot.mouseClick(window.editor.guided_panel.convert_button, Qt.MouseButton.LeftButton)
    assert window.editor.writing.currentWidget() is window.editor.body
    window.save_current()
    entry_id = window.editor.entry.id  # type: ignore[union-attr]
    assert window.vault.guided.get(entry_id) is None  # type: ignore[union-attr]
    assert "A home visit." in window.vault.entries.get(entry_id).body  # type: ignore[union-attr]


def test_link_picker_and_list_filter(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = window.editor.entry.id  # type: ignore[union-attr]
    shortcut(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, LinkDialog) for d in window.reflection.dialogs))
    dialog = next(d for d in window.reflection.dialogs if isinstance(d, LinkDialog))
    dialog.tree.filter.setText("critical reflection")
    visible = [ref for ref, node in dialog.tree.items.items() if not node.isHidden()]
    assert "pcf:critical-reflection-analysis" in visible and SIGNPOST not in visible
    dialog.tree.set_checked(["pcf:critical-reflection-analysis", SIGNPOST])
    dialog.buttons.accepted.emit()
    assert window.vault.links.links_of(entry_id) == (
        "loneliness-capabilities:signpost",
        "pcf:critical-reflection-analysis",
    )  # type: ignore[union-attr]
    assert "Critical reflection" in window.editor.links_label.text()
    assert "Professional Capabilities Framework" in window.editor.links_label.toolTip()

    # Links survive an edit of the text.
    qtbot.keyClicks(window.editor.body, " more")
    window.save_current()
    assert len(window.vault.links.links_of(entry_id)) == 2  # type: ignore[union-attr]

    window.show_linked(SIGNPOST)
    assert window.model.mode is ListMode.LINKED and window.model.rowCount() == 1
    assert window.filter_label.isVisible() and "signpost" in window.filter_label.text()
    qtbot.mouseClick(window.clear_filter_button, Qt.MouseButton.LeftButton)
    assert window.model.mode is ListMode.JOURNAL and window.model.rowCount() == 5


def test_coverage_view_on_a_known_vault(qtbot: QtBot, vault_path: Path) -> None:
    today = dt.date(2026, 6, 30)
    vault = Vault.create(vault_path, PASSPHRASE)
    try:
        for day, refs in (
            (dt.date(2026, 6, 1), [SIGNPOST]),
            (dt.date(2026, 4, 1), [SIGNPOST]),
            (dt.date(2025, 1, 1), ["loneliness-capabilities:ready-to-talk"]),
        ):
            e = vault.entries.add(Entry(title=str(day), practice_date=day))
            vault.links.set_links(e.id or 0, refs)
        from supervision_app.core.frameworks import default_library

        view = CoverageView(vault, default_library(), today=lambda: today)
        qtbot.addWidget(view)
        rows = {view.table.item(r, 0).text(): r for r in range(view.table.rowCount())}
        sign = rows["Know how to signpost in response"]
        assert view.table.item(sign, COL_ENTRIES).text() == "2"
        assert view.table.item(sign, COL_LAST).text() == "1 Jun 2026"
        assert "⚠ Be ready to talk about loneliness" in rows  # only an old entry: stands out
        assert "6 of 7 not reflected on" in view.summary.text()
        view.table.selectRow(sign)
        assert view.entries.count() == 2
        view.rating.setValue(4)
        qtbot.mouseClick(view.rate_button, Qt.MouseButton.LeftButton)
        assert vault.confidence.history(SIGNPOST) == [(today, 4)]
        with qtbot.waitSignal(view.entry_chosen) as blocker:
            view.entries.itemActivated.emit(view.entries.item(0))
        assert blocker.args == [vault.links.entries_for(SIGNPOST)[0].id]
        view.months.setValue(24)
        assert "5 of 7" in view.summary.text()
    finally:
        vault.close()


def import_templates(qtbot: QtBot, dialog: TemplatesDialog, path: Path) -> tuple[int, str]:
    """Import a template file (a worker thread) and wait: how many, and why none."""
    with qtbot.waitSignal(dialog.import_ended, timeout=30_000) as ended:
        assert dialog.import_from(path)
    n, problem = ended.args
    return int(n), str(problem)


def test_custom_template_round_trip_through_a_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    window.reflection.show_templates()
    dialog = next(d for d in window.reflection.dialogs if isinstance(d, TemplatesDialog))
    editor = dialog.new_template()
    editor.name.setText("Team debrief")
    editor.step_label.setText("What happened")
    editor.step_explanation.setPlainText("The facts, briefly.")
    editor.step_prompts.setPlainText("What did we see?\nWhat did we do?")
    editor._add_step()
    editor.step_label.setText("What next")
    editor.step_explanation.setPlainText("Agree actions.")
    editor.step_prompts.setPlainText("Only one prompt")
    editor._try_accept()
    assert editor.error.text().startswith("Step 2, prompts:")
    editor.step_prompts.setPlainText("Who does what?\nBy when?")
    editor._try_accept()
    assert editor.result() == editor.DialogCode.Accepted, editor.error.text()
    assert vault.templates.ids() == ["team-debrief"]
    assert window.reflection.library.get("team-debrief").name == "Team debrief"

    out = tmp_path / "team.json"
    with qtbot.waitSignal(dialog.export_ended, timeout=10_000) as ended:
        assert dialog.export_to(out)
    assert ended.args == [1, ""]
    data = json.loads(out.read_text())
    assert [t["id"] for t in data["templates"]] == ["team-debrief"]
    assert "Reflection" not in out.read_text()  # no entry content travels

    dialog.list.setCurrentRow(
        [dialog.list.item(r).text() for r in range(dialog.list.count())].index(
            "Team debrief (yours)"
        )
    )
    dialog.delete_template(confirm=False)
    assert vault.templates.ids() == []
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "supervision-journal-templates", "version": 1, "templates": [{"id": "x"}]}'
    )
    assert import_templates(qtbot, dialog, bad)[1].startswith("bad.json: templates[0]")
    assert vault.templates.ids() == []
    assert import_templates(qtbot, dialog, out) == (1, "")
    assert vault.templates.ids() == ["team-debrief"]
    # The new template is offered for a guided reflection.
    start = GuidedStartDialog(window.reflection.library, window)
    qtbot.addWidget(start)
    _choose_template(start, "team-debrief")


def test_lock_closes_reflection_windows(qtbot: QtBot, window: MainWindow) -> None:
    window.reflection.show_coverage()
    window.reflection.link_current()
    assert window.reflection.coverage is not None and window.reflection.dialogs
    window.lock()
    assert window.reflection.coverage is None and not window.reflection.dialogs


def test_lock_with_the_templates_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    """The defect: locking cleared the dialog's list after the vault had closed, and its
    buttons asked the closed vault which templates are the user's (an error on screen)."""
    window.reflection.show_templates()
    assert window.reflection.dialogs
    window.lock()
    assert window.is_locked and not window.reflection.dialogs


def test_conversation_fields_are_simple_inputs_stored_with_the_answers(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _start_dialog(qtbot, window)
    _choose_template(dialog, "loneliness-check-in")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.editor.guided is not None)
    panel = window.editor.guided_panel
    assert panel.fields_box.isVisibleTo(panel)
    assert list(panel.field_inputs) == ["next-check-in", "follow-up-by", "follow-up-date"]
    next_check_in = panel.field_inputs["next-check-in"]
    assert next_check_in.accessibleName() == "Next check-in"

    qtbot.keyClicks(panel.answer, "Feels safe at home.")
    qtbot.keyClicks(next_check_in, "next Tuesday")  # not a date: kept, with one sentence
    assert "year-month-day" in panel.field_error.text()
    next_check_in.clear()
    qtbot.keyClicks(next_check_in, "2026-03-10")
    assert panel.field_error.text() == ""
    qtbot.keyClicks(panel.field_inputs["follow-up-by"], "Duty worker")
    entry_id = window.editor.entry.id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)  # autosaved

    vault = window.vault
    assert vault is not None
    guided = vault.guided.get(entry_id)
    assert guided is not None
    assert guided.answers == {
        "feeling-safe": "Feels safe at home.",
        "field:next-check-in": "2026-03-10",
        "field:follow-up-by": "Duty worker",
    }
    body = vault.entries.get(entry_id).body
    assert "- **Next check-in:** 2026-03-10" in body
    assert "- **Follow-up: who will do it:** Duty worker" in body

    # Reopened, the inputs show what was stored; a template without fields hides them.
    window.open_entry(entry_id)
    assert window.editor.guided_panel.field_inputs["next-check-in"].text() == "2026-03-10"
    window.editor.guided_panel.clear()
    assert not window.editor.guided_panel.fields_box.isVisibleTo(window.editor.guided_panel)


def test_importing_the_journals_own_vault_file_as_templates_is_refused_unread(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Reading the open vault with an ordinary file call would drop this process's SQLite
    locks on it (closing any descriptor drops them all): the import names the mistake and
    never opens the file (Python's audit hook sees every open in this process)."""
    vault = window.vault
    assert vault is not None
    live = os.path.realpath(vault.path)
    opened: list[str] = []
    watching = threading.Event()

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching.is_set() and event == "open" and args and isinstance(args[0], str | Path):
            if os.path.realpath(args[0]) == live:
                opened.append(event)

    sys.addaudithook(hook)  # cannot be removed: it stays idle once the event is cleared
    window.reflection.show_templates()
    dialog = next(d for d in window.reflection.dialogs if isinstance(d, TemplatesDialog))
    watching.set()
    try:
        n, problem = import_templates(qtbot, dialog, Path(vault.path))
    finally:
        watching.clear()
    assert (n, opened) == (0, [])
    assert "your journal's own vault file" in problem
    assert vault.templates.ids() == []
