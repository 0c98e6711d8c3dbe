"""Keyboard use of the real window: no clashing keys anywhere, and keys that do what they say."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from supervision_app.gui.dialogs.reflection_dialogs import LinkDialog
from supervision_app.gui.dialogs.template_editor import TemplateEditor
from supervision_app.gui.dialogs.vault_dialogs import ChangePassphraseDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.gui.supervision.partners_dialog import PartnerDialog
from supervision_app.gui.supervision.signoff_dialog import AddendumDialog, SignOffDialog
from tests.gui.conftest import shortcut
from tests.gui.keys import collisions, menu_windows
from tests.gui.test_reflection import _choose_template, _start_dialog
from tests.gui.test_supervision import add_partner, start

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NO_MOD = Qt.KeyboardModifier.NoModifier


def guided(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _start_dialog(qtbot, window)
    _choose_template(dialog, "gibbs")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.editor.guided is not None)


def test_no_key_clashes_in_any_state_of_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    states: dict[str, list[str]] = {"journal": collisions(window)}
    guided(qtbot, window)
    states["guided reflection"] = collisions(window)
    window.view_choice.setCurrentIndex(1)
    states["trash"] = collisions(window)
    window.view_choice.setCurrentIndex(0)
    window.show_linked("gibbs:description")
    states["linked filter"] = collisions(window)
    window.clear_filter()
    start(qtbot, window, dt.date(2026, 3, 2), add_partner(window))
    states["supervision session"] = collisions(window)
    assert {k: v for k, v in states.items() if v} == {}


def test_no_key_clashes_in_any_window_or_dialog(
    qtbot: QtBot, window: MainWindow, dismiss_modals: None
) -> None:
    found: dict[str, list[str]] = {}
    walked = 0
    for text, new in menu_windows(qtbot, window):
        walked += 1
        if clashes := collisions(new):
            found[f"{text} → {new.windowTitle()}"] = clashes
    assert walked >= 20  # every dialog and window the menus open
    assert found == {}


def test_dialogs_opened_from_dialogs_have_no_clashes(qtbot: QtBot, window: MainWindow) -> None:
    """The windows no menu opens directly: a partner, an agreement, sign-off, session mode..."""
    partner_id = add_partner(window)
    vault = window.vault
    assert vault is not None
    start(qtbot, window, dt.date(2026, 3, 2), add_partner(window, "CD"))
    controller = window.supervision
    agreement = controller.flows.show_agreement(partner_id)
    assert agreement is not None
    dialogs: list[QWidget] = [
        agreement,
        PartnerDialog(None, window),
        SignOffDialog("this record", "AB", [], lambda *_a: None, window),  # type: ignore[arg-type,return-value]
        AddendumDialog(lambda *_a: None, "Me", window),  # type: ignore[arg-type,return-value]
        TemplateEditor({"name": "Mine", "kind": "model", "items": []}, window),
        ChangePassphraseDialog(lambda *_a: None, window),
    ]
    controller.toggle_session_mode()
    qtbot.waitUntil(lambda: controller.in_session_mode)
    assert controller.session_mode is not None
    dialogs.append(controller.session_mode)
    found = {}
    for dialog in dialogs:
        dialog.show()
        found[type(dialog).__name__] = collisions(dialog)
        dialog.close()
    assert {k: v for k, v in found.items() if v} == {}


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    """A key on whatever has the focus, as the user's keyboard sends it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_guided_reflection_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    guided(qtbot, window)
    panel = window.editor.guided_panel
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.answer)
    qtbot.keyClicks(panel.answer, "A home visit.")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: the next prompt
    assert panel.step == 1 and QApplication.focusWidget() is panel.answer
    press(qtbot, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert panel.step == 2
    # Skip for now answers at once: the words typed next go to the next step, none lost.
    press(qtbot, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: panel.step == 3)  # a mnemonic clicks after Qt's 100 ms animation
    assert QApplication.focusWidget() is panel.answer
    qtbot.keyClicks(QApplication.focusWidget(), "Good: the handover")
    assert panel.answer.toPlainText() == "Good: the handover"
    assert panel.guided is not None and panel.guided.answer("analysis") == "Good: the handover"

    # Finishing with empty steps asks first and names them.
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(panel.warning_bar.isVisible)
    assert "4 steps are still empty: Feelings, Evaluation, Conclusion, Action plan" in (
        panel.empty_warning.text()
    )
    assert panel.guided.status == "draft"
    press(qtbot, Qt.Key.Key_G, ALT)  # go back to the first empty step
    qtbot.waitUntil(lambda: panel.step == 1)
    assert not panel.warning_bar.isVisible()
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(panel.warning_bar.isVisible)
    press(qtbot, Qt.Key.Key_Y, ALT)  # finish anyway
    qtbot.waitUntil(lambda: panel.guided is not None and panel.guided.status == "complete")
    assert not panel.warning_bar.isVisible()


def test_enter_presses_the_focused_button(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.editor.link_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.link_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(d, LinkDialog) for d in window.reflection.dialogs))


def test_search_box_escape_and_down(qtbot: QtBot, window: MainWindow) -> None:
    shortcut(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "reflection 3")
    press(qtbot, Qt.Key.Key_Down)  # into the results, on the first match
    assert QApplication.focusWidget() is window.list
    assert window.model.mode is ListMode.SEARCH
    assert window.editor.entry is not None and window.editor.entry.title == "Reflection 3"
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Escape)  # empties the search: the whole journal again
    assert window.search.text() == ""
    assert window.model.mode is ListMode.JOURNAL and window.model.rowCount() == 5
    assert QApplication.focusWidget() is window.search


def test_new_session_opens_at_the_top_with_actions_carried_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    partner_id = add_partner(window)
    editor = window.supervision.editor
    start(qtbot, window, dt.date(2026, 1, 5), partner_id)
    for text in ("Book the course", "Share the policy draft", "Plan a joint visit"):
        qtbot.mouseClick(editor.form.new_actions.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.wait(100)
    bar = editor.scroll_area.verticalScrollBar()
    start(qtbot, window, dt.date(2026, 2, 2), partner_id)
    qtbot.waitUntil(lambda: editor.form.reviews.rows != [])
    qtbot.wait(50)  # let the layout settle, as the screen would
    assert bar.value() == 0
    first = editor.form.reviews.rows[0]
    assert not first.visibleRegion().isEmpty()  # the actions carried forward are in view


def test_enter_in_a_list_or_table_is_not_the_dialogs_first_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Qt's item views pass Enter on to their dialog, whose first button took it: Enter in
    Capability coverage recorded a confidence rating, in the CPD year jumped back to the
    current year, in Reflection templates began a new template."""
    from supervision_app.gui.coverage_view import CoverageView
    from supervision_app.gui.cpd.year_view import CpdYearView
    from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog

    vault = window.vault
    assert vault is not None
    window.menu_actions.coverage.trigger()
    coverage = window.reflection.coverage
    assert isinstance(coverage, CoverageView)
    coverage.table.selectRow(0)
    ref = coverage.rows[0].item.ref
    for view in (coverage.table, coverage.entries):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert vault.confidence.history(ref) == []  # no rating recorded

    window.cpd.menu_actions.year.trigger()
    year = window.cpd.year_view
    assert isinstance(year, CpdYearView)
    pressed: list[bool] = []
    year.current_year.clicked.connect(lambda: pressed.append(True))
    year.table.setFocus()
    qtbot.keyClick(year.table, Qt.Key.Key_Return)
    assert pressed == []  # "Current year" was not pressed

    window.open_entry(vault.entries.page(limit=1)[0].id)
    depth = window.companion.show_depth()
    assert depth is not None
    depth.rules_button.clicked.disconnect()  # its rules window would wait for an answer
    depth.rules_button.clicked.connect(lambda: pressed.append(True))
    depth.prompts.setFocus()
    qtbot.keyClick(depth.prompts, Qt.Key.Key_Return)
    assert pressed == []  # "How these prompts work…" was not pressed
    depth.close()

    window.menu_actions.templates.trigger()
    templates = next(d for d in window.reflection.dialogs if isinstance(d, TemplatesDialog))
    templates.list.setCurrentRow(0)  # a built-in template: not to be edited
    templates.list.setFocus()
    qtbot.keyClick(templates.list, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateEditor)]


#: Choosers, where Enter on the chosen row is the dialog's own answer (Start, OK, Import),
#: and a form whose table is one of its fields (Enter saves it, as in any field).
ENTER_ACCEPTS = {"GuidedStartDialog", "LinkDialog", "ImportDialog", "SupportDialog"}


def test_enter_in_a_list_of_any_menu_window_presses_no_button(
    qtbot: QtBot, window: MainWindow, dismiss_modals: None
) -> None:
    """The same in every window the menus open (help pages, depth prompts, shortcuts: Enter
    on a topic closed the window)."""
    import shiboken6
    from PySide6.QtWidgets import QAbstractItemView, QPushButton

    pressed: dict[str, list[str]] = {}
    views = 0
    opened: list[str] = []

    def close_modal() -> None:  # a button that opened a modal dialog: fail, never hang
        modal = QApplication.activeModalWidget()
        parent = modal.parentWidget() if modal is not None else None
        if isinstance(modal, QDialog) and parent is not None and parent.window() is not window:
            opened.append(modal.windowTitle())
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(50)
    for text, new in menu_windows(qtbot, window):
        if type(new).__name__ in ENTER_ACCEPTS:
            continue
        clicked: list[str] = []
        for button in new.findChildren(QPushButton):
            button.clicked.connect(partial(clicked.append, button.text()))
        for view in new.findChildren(QAbstractItemView):
            if not shiboken6.isValid(new) or not new.isVisible():
                break
            if view.isVisibleTo(new) and view.focusPolicy() & Qt.FocusPolicy.TabFocus:
                views += 1
                view.setFocus()
                qtbot.keyClick(view, Qt.Key.Key_Return)
        if clicked:
            pressed[text] = clicked
    timer.stop()
    assert views >= 12
    assert pressed == {} and opened == []
