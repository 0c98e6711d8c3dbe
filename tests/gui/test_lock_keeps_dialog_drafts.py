"""Every dialog a practitioner types in survives a lock, as the peer reflection and the
addendum do (test_lock_keeps_drafts.py): the agreement, a partner, a reflection template and
the wellbeing check-in. Found by walking the dialogs: a lock (Ctrl+L, the idle lock, the menu)
closed each of them and threw their text away.
"""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from supervision_app.gui.companion.prep_dialog import PrepDialog
from supervision_app.gui.companion.wellbeing_dialogs import CheckInDialog, SupportDialog
from supervision_app.gui.dialogs.template_editor import TemplateEditor
from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.agreement_dialog import AgreementDialog
from supervision_app.gui.supervision.partners_dialog import PartnerDialog, PartnersDialog
from tests.gui.conftest import unlock
from tests.gui.test_lock_keeps_drafts import lock_and_stay
from tests.gui.test_save_failure import _answer_quit_question
from tests.gui.test_supervision import _all_text, add_partner

pytestmark = pytest.mark.gui
D = TypeVar("D", bound=QDialog)
SECRET = "Plover-7712 agreed to pause when it gets heavy"


def _shown(kind: type[D]) -> D:
    """The one visible dialog of ``kind`` (it may be a child of another dialog)."""
    shown = [w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def _lock_and_unlock(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()  # as Ctrl+L and the idle timer do
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert SECRET not in _all_text()
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in _typed_in_dialogs())
    unlock(qtbot, window)


def _typed_in_dialogs() -> list[QDialog]:
    kinds = (AgreementDialog, PartnerDialog, TemplateEditor, CheckInDialog)
    return [w for w in QApplication.allWidgets() if isinstance(w, kinds)]


def _partners(qtbot: QtBot, window: MainWindow) -> PartnersDialog:
    window.supervision.menu_actions.partners.trigger()  # Supervision ▸ Partners and agreements
    dialog = _shown(PartnersDialog)
    assert isinstance(dialog, PartnersDialog)
    return dialog


def test_an_agreement_being_written_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    partners = _partners(qtbot, window)
    qtbot.mouseClick(partners.agreement_button, Qt.MouseButton.LeftButton)
    dialog = _shown(AgreementDialog)
    assert isinstance(dialog, AgreementDialog)
    qtbot.keyClicks(dialog.texts["purpose"], SECRET)
    qtbot.keyClicks(dialog.texts["place"], "Room 2")

    _lock_and_unlock(qtbot, window)

    again = _shown(AgreementDialog)
    assert isinstance(again, AgreementDialog)
    assert again.value().purpose == SECRET and again.value().place == "Room 2"
    assert again.try_save() is not None
    assert window.vault is not None
    current = window.vault.supervision.agreements.current(partner_id)
    assert current is not None and current.purpose == SECRET and current.place == "Room 2"


def test_a_partner_being_added_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    partners = _partners(qtbot, window)
    qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
    dialog = _shown(PartnerDialog)
    assert isinstance(dialog, PartnerDialog)
    qtbot.keyClicks(dialog.name, "EF")
    qtbot.keyClicks(dialog.notes, SECRET)

    _lock_and_unlock(qtbot, window)

    again = _shown(PartnerDialog)
    assert isinstance(again, PartnerDialog)
    assert again.name.text() == "EF" and again.notes.text() == SECRET
    again.buttons.accepted.emit()
    assert window.vault is not None
    [saved] = window.vault.supervision.partners.list()
    assert (saved.name, saved.notes) == ("EF", SECRET)
    assert _shown(PartnersDialog).partners.count() == 1


def test_a_partner_being_edited_survives_ctrl_l(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window, "AB")
    partners = _partners(qtbot, window)
    qtbot.mouseClick(partners.edit_button, Qt.MouseButton.LeftButton)
    dialog = _shown(PartnerDialog)
    assert isinstance(dialog, PartnerDialog)
    qtbot.keyClicks(dialog.notes, SECRET)

    # Ctrl+L in the partner dialog, modal over the partners dialog (gui/lock_controller.py).
    qtbot.keyClick(dialog.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert SECRET not in _all_text()
    unlock(qtbot, window)

    again = _shown(PartnerDialog)
    assert isinstance(again, PartnerDialog) and again.notes.text() == SECRET
    again.buttons.accepted.emit()
    assert window.vault is not None
    saved = window.vault.supervision.partners.get(partner_id)
    assert (saved.name, saved.notes) == ("AB", SECRET)
    assert len(window.vault.supervision.partners.list()) == 1  # edited, not added


def test_a_template_being_written_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.templates.trigger()  # Tools ▸ Reflection templates
    templates = _shown(TemplatesDialog)
    assert isinstance(templates, TemplatesDialog)
    qtbot.mouseClick(templates.new_button, Qt.MouseButton.LeftButton)
    editor = _shown(TemplateEditor)
    assert isinstance(editor, TemplateEditor)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Team debrief")
    qtbot.keyClicks(editor.step_explanation, SECRET)
    qtbot.keyClicks(editor.step_prompts, "What did we see?")
    qtbot.keyClick(editor.step_prompts, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.step_prompts, "What did we do?")

    _lock_and_unlock(qtbot, window)

    again = _shown(TemplateEditor)
    assert isinstance(again, TemplateEditor)
    assert again.name.text() == "Team debrief"
    assert again.step_explanation.toPlainText() == SECRET
    again._try_accept()
    assert again.result() == QDialog.DialogCode.Accepted, again.error.text()
    assert window.vault is not None
    assert window.vault.templates.ids() == ["team-debrief"]
    [data] = window.vault.templates.all_data()
    assert data["items"][0]["explanation"] == SECRET


def test_a_check_in_being_written_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.companion.check_in()  # Companion ▸ Wellbeing check-in
    assert isinstance(dialog, CheckInDialog)
    entry_id = dialog.entry_id
    qtbot.mouseClick(dialog.impact.group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.energy.group.button(2), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.word, "Plover-7712")

    window.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert "Plover-7712" not in _all_text()
    unlock(qtbot, window)

    again = _shown(CheckInDialog)
    assert isinstance(again, CheckInDialog)
    assert (again.impact.value(), again.energy.value()) == (4, 2)
    assert again.word.text() == "Plover-7712" and again.entry_id == entry_id
    again.buttons.accepted.emit()
    assert window.vault is not None
    [saved] = window.vault.companion.wellbeing.history()
    assert (saved.impact, saved.energy, saved.word, saved.entry_id) == (
        4,
        2,
        "Plover-7712",
        entry_id,
    )


def test_untouched_dialogs_are_not_reopened(qtbot: QtBot, window: MainWindow) -> None:
    add_partner(window)
    partners = _partners(qtbot, window)
    qtbot.mouseClick(partners.agreement_button, Qt.MouseButton.LeftButton)
    window.companion.check_in()
    window.menu_actions.templates.trigger()
    templates = _shown(TemplatesDialog)
    assert isinstance(templates, TemplatesDialog)
    templates.new_template()
    window.companion.prepare()
    window.companion.edit_support()
    window.lock()
    unlock(qtbot, window)
    kinds = (
        AgreementDialog,
        PartnersDialog,
        TemplatesDialog,
        TemplateEditor,
        CheckInDialog,
        PrepDialog,
        SupportDialog,
    )
    assert not [w for w in QApplication.allWidgets() if isinstance(w, kinds) and w.isVisible()]


def test_quitting_while_locked_with_a_kept_agreement_asks(qtbot: QtBot, window: MainWindow) -> None:
    add_partner(window)
    partners = _partners(qtbot, window)
    qtbot.mouseClick(partners.agreement_button, Qt.MouseButton.LeftButton)
    dialog = _shown(AgreementDialog)
    qtbot.keyClicks(dialog.texts["purpose"], SECRET)
    lock_and_stay(qtbot, window)
    again = _shown(AgreementDialog)
    assert again.value().purpose == SECRET


def test_quitting_from_the_lock_screen_drops_the_kept_drafts(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Asked, the user chose to quit: nothing of the draft is held any longer."""
    window.companion.check_in()
    qtbot.keyClicks(_shown(CheckInDialog).word, "Plover-7712")
    window.lock()
    assert window.drafts.kept
    seen: list[str] = []
    _answer_quit_question(qtbot, window, "Quit", seen)
    assert window.close()
    assert seen == ["&Stay"] and window.drafts.kept == []
