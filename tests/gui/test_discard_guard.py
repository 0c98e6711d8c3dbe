"""Escape, Cancel and the close button ask before a dialog throws away what was written in it;
the lock still closes it at once (gui/common/typed_text.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.peer_dialog import PeerReflectionDialog
from tests.gui.conftest import unlock
from tests.gui.test_supervision import add_partner

pytestmark = pytest.mark.gui


#: One flag per answer() of the running test: cleared when it ends, so a question that
#: never came is not looked for in the next test (it answered another test's warning).
_answering: list[list[bool]] = []


@pytest.fixture(autouse=True)
def _answers_end_with_the_test() -> Iterator[None]:
    yield
    for alive in _answering:
        alive[0] = False
    _answering.clear()


def answer(choice: str | None) -> list[str]:
    """Answer the next question box with the button labelled ``choice`` (None: leave it
    open); returns the questions asked, filled in as they come."""
    asked: list[str] = []
    tries = [0]
    alive = [True]
    _answering.append(alive)

    def respond() -> None:
        if not alive[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            if choice is not None:
                next(b for b in box.buttons() if b.text().replace("&", "") == choice).click()
        elif tries[0] < 50:
            tries[0] += 1
            QTimer.singleShot(10, respond)

    QTimer.singleShot(0, respond)
    return asked


def escape(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Escape)


def peer_dialog(window: MainWindow) -> PeerReflectionDialog:
    dialog = window.supervision.flows.new_peer_reflection()
    assert isinstance(dialog, PeerReflectionDialog) and dialog.isVisible()
    return dialog


def test_escape_asks_before_a_new_peer_reflection_is_thrown_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = peer_dialog(window)
    box = dialog.form.discussion
    qtbot.keyClicks(box, "We talked about the duty rota.")

    asked = answer("Keep writing")
    escape(qtbot, box)
    assert asked == ["Discard what you have written here?"]
    assert dialog.isVisible() and box.text() == "We talked about the duty rota."

    asked = answer("Keep writing")  # Cancel asks too
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert asked and dialog.isVisible()

    asked = answer("Discard")
    escape(qtbot, box)
    assert asked and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_closes_at_once_when_nothing_was_written(qtbot: QtBot, window: MainWindow) -> None:
    dialog = peer_dialog(window)
    asked = answer(None)
    escape(qtbot, dialog.form.discussion)
    assert not dialog.isVisible()
    qtbot.wait(30)
    assert asked == []


def test_the_close_button_asks_and_the_lock_does_not(qtbot: QtBot, window: MainWindow) -> None:
    add_partner(window, role="peer")
    dialog = peer_dialog(window)
    qtbot.keyClicks(dialog.form.topic, "Duty calls")

    asked = answer("Keep writing")
    # The title bar's close button: the window system asks the window to close.
    handle = dialog.windowHandle()
    assert handle is not None
    handle.close()
    assert asked and dialog.isVisible()

    # The lock while the question is open: both close, nothing waits for an answer.
    asked = answer(None)

    def lock_while_asking() -> None:
        if asked:
            window.lock()
        else:
            QTimer.singleShot(10, lock_while_asking)

    QTimer.singleShot(0, lock_while_asking)
    escape(qtbot, dialog.form.topic)
    assert asked and window.is_locked
    assert not dialog.isVisible()
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    # What was written is kept through the lock (gui/common/drafts.py), not discarded.
    unlock(qtbot, window)
    again = next(d for d in window.supervision.dialogs if isinstance(d, PeerReflectionDialog))
    assert again.form.topic.text() == "Duty calls"


def _agreement(window: MainWindow) -> tuple[QDialog, QWidget]:
    dialog = window.supervision.flows.show_agreement(add_partner(window))
    assert isinstance(dialog, QDialog)
    return dialog, dialog.texts["purpose"]  # type: ignore[attr-defined]


def _addendum(window: MainWindow) -> tuple[QDialog, QWidget]:
    from supervision_app.gui.supervision.signoff_dialog import AddendumDialog

    dialog = AddendumDialog(lambda *_a: None, "Me", window)  # type: ignore[arg-type,return-value]
    return dialog, dialog.text


def _template(window: MainWindow) -> tuple[QDialog, QWidget]:
    from supervision_app.gui.dialogs.template_editor import TemplateEditor

    data = {"name": "Mine", "kind": "model", "items": [{"id": "a", "label": "First"}]}
    dialog = TemplateEditor(data, window)
    return dialog, dialog.step_explanation


def _prep(window: MainWindow) -> tuple[QDialog, QWidget]:
    import datetime as dt

    from supervision_app.gui.companion.prep_dialog import PrepDialog

    assert window.vault is not None
    partner = add_partner(window)
    dialog = PrepDialog(window.vault, dt.date(2026, 3, 2), window, partner_id=partner)
    return dialog, dialog.agenda


@pytest.mark.parametrize("make", [_agreement, _addendum, _template, _prep])
def test_dialogs_with_written_text_ask_before_escape_discards_it(
    qtbot: QtBot, window: MainWindow, make: object
) -> None:
    for written in (False, True):
        dialog, box = make(window)  # type: ignore[operator]
        dialog.show()
        qtbot.waitExposed(dialog)
        box.setFocus()
        if written:
            qtbot.keyClicks(box, "Written in the dialog")
        asked = answer("Keep writing")
        escape(qtbot, box)
        qtbot.wait(30)
        if not written:  # unchanged: closes at once
            assert asked == [] and not (shiboken6.isValid(dialog) and dialog.isVisible())
        else:
            assert asked and dialog.isVisible()
            assert "Written in the dialog" in box.toPlainText()  # type: ignore[attr-defined]


def test_my_support_asks_before_escape_drops_a_contact(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from supervision_app.gui.companion.wellbeing_dialogs import SupportDialog

    assert window.vault is not None
    dialog = SupportDialog(window.vault, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.insertRow(0)
    dialog.table.setItem(0, 1, QTableWidgetItem("Employee assistance line"))  # typed in
    dialog.table.setFocus()
    asked = answer("Keep writing")
    escape(qtbot, dialog.table)
    assert asked and dialog.isVisible()
    assert dialog.contacts()[0].name == "Employee assistance line"
