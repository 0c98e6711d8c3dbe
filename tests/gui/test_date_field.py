"""The shared date field, typed into as a user would, in the entry editor and the session dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from supervision_app.gui.common.dates import DateField
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.test_supervision import add_partner, new_session_via_shortcut

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into_focused(qtbot: QtBot, text: str) -> None:
    """Select all and type over it, then Tab away: what a user does in a date field."""
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def focus_by_tab(qtbot: QtBot, start: QWidget, target: DateField) -> None:
    start.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is start.window())
    start.setFocus()
    qtbot.waitUntil(lambda: focused() is start)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert focused() is target.line


def test_typed_date_in_new_session_dialog_and_one_tab_leaves(
    qtbot: QtBot, window: MainWindow
) -> None:
    partner_id = add_partner(window)
    dialog = new_session_via_shortcut(qtbot, window, dt.date(2026, 12, 3), partner_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focus_by_tab(qtbot, dialog.partner, dialog.date)
    type_into_focused(qtbot, "5 Nov 2026")
    assert dialog.session_date() == dt.date(2026, 11, 5)
    assert dialog.date.text() == "Thu 5 Nov 2026"
    assert focused() is dialog.session_type  # one Tab left the date field
    for text, day in (("5/11/2025", dt.date(2025, 11, 5)), ("2026-01-09", dt.date(2026, 1, 9))):
        focus_by_tab(qtbot, dialog.partner, dialog.date)
        type_into_focused(qtbot, text)
        assert dialog.session_date() == day
    dialog.reject()


def test_practice_date_typed_saves_once(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.editor
    assert editor.entry is not None
    changes: list[object] = []
    editor.changed.connect(lambda: changes.append(1))
    focus_by_tab(qtbot, editor.kind, editor.date)
    type_into_focused(qtbot, "yesterday")
    expected = dt.date.today() - dt.timedelta(days=1)
    assert editor.date.value() == expected
    assert focused() is editor.minutes
    assert len(changes) == 1
    qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
    assert window.vault is not None and editor.entry.id is not None
    assert window.vault.entries.get(editor.entry.id).practice_date == expected
    # Leaving the field again without typing is not a change.
    focus_by_tab(qtbot, editor.kind, editor.date)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert len(changes) == 1


def test_not_a_date_keeps_the_last_date_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.editor
    before = editor.date.value()
    changes: list[object] = []
    editor.changed.connect(lambda: changes.append(1))
    focus_by_tab(qtbot, editor.kind, editor.date)
    type_into_focused(qtbot, "31/11/2026")
    assert editor.date.value() == before
    assert editor.date.text() == "31/11/2026"  # what was typed is not lost
    assert "is not a date" in editor.date.line.accessibleDescription()
    assert not changes
    editor.date.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert editor.date.valid and editor.date.line.accessibleDescription() == ""


def test_arrows_and_calendar_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    field = window.editor.date
    field.set_value(dt.date(2026, 11, 5))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field.setFocus()
    qtbot.waitUntil(lambda: focused() is field.line)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert field.value() == dt.date(2026, 11, 6)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar is not None
    qtbot.waitUntil(lambda: field.calendar is not None and field.calendar.isVisible())
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.value() == dt.date(2026, 11, 7))
    assert not field.calendar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line)


def titles(window: MainWindow) -> list[str]:
    return [window.model.index(r).data() for r in range(window.model.rowCount())]


def test_list_order_follows_a_changed_practice_date(qtbot: QtBot, window: MainWindow) -> None:
    assert titles(window)[0] == "Reflection 4"
    editor = window.editor
    for text, expected in (
        ("1/12/2025", [3, 2, 1, 0, 4]),
        ("10 Jan 2026", [4, 3, 2, 1, 0]),
        ("3/1/2026", [3, 4, 2, 1, 0]),  # the same day as Reflection 2, and added later
    ):
        focus_by_tab(qtbot, editor.kind, editor.date)
        type_into_focused(qtbot, text)
        qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
        assert titles(window) == [f"Reflection {n}" for n in expected], text
        # The entry being edited stays selected and open.
        assert window.list.currentIndex().data() == "Reflection 4"
        assert editor.entry is not None and editor.entry.title == "Reflection 4"


def test_a_date_typed_but_not_entered_is_saved_on_lock(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.editor
    assert editor.entry is not None and editor.entry.id is not None
    entry_id = editor.entry.id
    focus_by_tab(qtbot, editor.kind, editor.date)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "5/11/2026")  # no Enter, no Tab: the idle lock comes first
    window.lock()
    with Vault.open(window.vault_path, PASSPHRASE) as vault:
        assert vault.entries.get(entry_id).practice_date == dt.date(2026, 11, 5)


def test_enter_on_a_non_date_does_not_press_ok(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    dialog = new_session_via_shortcut(qtbot, window, dt.date(2026, 12, 3), partner_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focus_by_tab(qtbot, dialog.partner, dialog.date)
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "next Tuesday")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert "is not a date" in dialog.date.line.accessibleDescription()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "5/11/2026")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a date: Enter starts the record
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = window.supervision.editor.record
    assert record is not None and record.session_date == dt.date(2026, 11, 5)


def test_alt_d_reaches_the_practice_date(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.editor.title.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.date.line)
    assert window.editor.date.line.selectedText() == window.editor.date.text()


def test_a_conversation_templates_date_takes_uk_forms(qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui.test_reflection import _choose_template, _start_dialog

    dialog = _start_dialog(qtbot, window)
    _choose_template(dialog, "loneliness-check-in")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.editor.guided is not None)
    panel = window.editor.guided_panel
    qtbot.keyClicks(panel.field_inputs["next-check-in"], "10/3/2026")
    assert panel.field_error.text() == ""
    assert panel.guided is not None
    assert panel.guided.answer("field:next-check-in") == "2026-03-10"


@pytest.fixture
def french() -> Iterator[None]:
    """The system language French (QLocale's default), for one test."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    "typed",
    ["5 novembre 2026", "5 nov. 2026", "jeudi 5 novembre 2026", "5 Nov 2026", "5/11/2026"],
)
def test_month_names_in_the_users_language_are_read(qtbot: QtBot, french: None, typed: str) -> None:
    """In French, "5 novembre 2026" is a date too; the English and numeric forms still are."""
    field = DateField("Practice date", today=lambda: dt.date(2026, 1, 10))
    qtbot.addWidget(field)
    field.line.setText(typed)
    assert field.commit()
    assert field.value() == dt.date(2026, 11, 5)
    assert field.text() == "Thu 5 Nov 2026"  # shown in the window's language (English here)


def test_a_word_that_is_no_month_in_either_language_is_refused(qtbot: QtBot, french: None) -> None:
    field = DateField("Practice date", today=lambda: dt.date(2026, 1, 10))
    qtbot.addWidget(field)
    field.line.setText("5 brumaire 2026")
    assert not field.commit() and field.value() == dt.date(2026, 1, 10)
