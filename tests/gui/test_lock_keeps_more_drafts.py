"""More dialogs a practitioner types in, kept through a lock like the others
(test_lock_keeps_dialog_drafts.py): the agenda being prepared for supervision, "My support"
and the name the owner signs with. Found walking the dialogs after the first ones were fixed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.companion.prep_dialog import PrepDialog
from supervision_app.gui.companion.wellbeing_dialogs import SupportDialog
from supervision_app.gui.cpd.hcpc_profile_dialog import HcpcProfileDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preferences.dialog import PreferencesDialog
from supervision_app.gui.supervision.partners_dialog import PartnersDialog
from tests.gui.conftest import unlock
from tests.gui.test_lock_keeps_dialog_drafts import SECRET, _lock_and_unlock, _shown
from tests.gui.test_save_failure import fill_disk
from tests.gui.test_supervision import add_partner

pytestmark = pytest.mark.gui


def _widgets() -> list[QWidget]:
    return QApplication.allWidgets()


def test_an_agenda_being_prepared_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    window.companion.prep_action.trigger()  # Companion ▸ Prepare for supervision
    dialog = _shown(PrepDialog)
    dialog.agenda.clear()
    qtbot.keyClicks(dialog.agenda, SECRET)

    _lock_and_unlock(qtbot, window)

    again = _shown(PrepDialog)
    assert again.agenda_items() == (SECRET,) and again.partner_id() == partner_id
    again.buttons.accepted.emit()
    record = window.supervision.current_record()
    assert record is not None and record.agenda == (SECRET,)


def _type_in_cell(
    qtbot: QtBot, dialog: SupportDialog, column: int, text: str, *, commit: bool = True
) -> None:
    """Type in a cell of the first row as a user does: open its editor, type, and (unless
    ``commit`` is False, still typing) Return to commit it."""
    table = dialog.table
    table.setCurrentCell(0, column)
    table.editItem(table.item(0, column))
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, text)
    if commit:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_my_support_being_written_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    window.companion.support_action.trigger()  # Companion ▸ My support
    dialog = _shown(SupportDialog)
    add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    _type_in_cell(qtbot, dialog, 1, SECRET)
    _type_in_cell(qtbot, dialog, 2, "Ext. 4401", commit=False)  # the lock comes mid-cell

    _lock_and_unlock(qtbot, window)

    again = _shown(SupportDialog)
    assert [(c.name, c.how) for c in again.contacts()] == [(SECRET, "Ext. 4401")]
    again.save()
    assert window.vault is not None
    assert [(c.name, c.how) for c in window.vault.companion.support.all()] == [
        (SECRET, "Ext. 4401")
    ]


def test_the_name_you_sign_with_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    """Saved as you leave the field: a lock while typing it must save it too."""
    window.supervision.menu_actions.partners.trigger()
    dialog = _shown(PartnersDialog)
    dialog.owner_name.setFocus()
    qtbot.keyClicks(dialog.owner_name, "CD")

    _lock_and_unlock(qtbot, window)

    assert window.vault is not None
    assert window.vault.supervision.owner.name() == "CD"


def test_a_closed_partners_dialog_cleared_by_the_lock_saves_no_empty_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The lock closes the dialog, then clears its fields and rejects it again (the
    supervision controller's wipe): that second close must not store the cleared name."""
    assert window.vault is not None
    window.vault.supervision.owner.set_name("CD")
    window.supervision.menu_actions.partners.trigger()
    dialog = _shown(PartnersDialog)
    dialog.reject()
    wipe(dialog)
    assert dialog.owner_name.text() == ""
    dialog.reject()
    assert window.vault.supervision.owner.name() == "CD"


def test_a_profile_that_cannot_be_saved_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    """The HCPC profile saves itself on lock; when it cannot (here its period starts after it
    ends), what was typed since the last save is kept and shown again, not thrown away."""
    window.cpd.menu_actions.hcpc.trigger()  # CPD ▸ HCPC CPD profile
    dialog = _shown(HcpcProfileDialog)
    start, end = dialog.period()
    dialog.period_from.set_value(end + dt.timedelta(days=1))
    qtbot.keyClicks(dialog.statement, SECRET)

    _lock_and_unlock(qtbot, window)

    again = _shown(HcpcProfileDialog)
    assert again.statement.toPlainText() == SECRET
    assert again.period() == (end + dt.timedelta(days=1), end)
    again.period_from.set_value(start)
    assert again.save_now()
    assert window.vault is not None
    assert window.vault.hcpc_profiles.latest().statement == SECRET


def test_a_profile_saved_on_lock_is_not_reopened(qtbot: QtBot, window: MainWindow) -> None:
    window.cpd.menu_actions.hcpc.trigger()
    qtbot.keyClicks(_shown(HcpcProfileDialog).statement, SECRET)
    window.lock()
    unlock(qtbot, window)
    assert not any(isinstance(w, HcpcProfileDialog) and w.isVisible() for w in _widgets())
    assert window.vault is not None
    assert window.vault.hcpc_profiles.latest().statement == SECRET


def test_preferences_being_written_survive_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    """The never-export list is typed (names of the people one works with): a lock kept
    nothing of it, nor of the rest of Preferences."""
    window.cpd.menu_actions.preferences.trigger()  # Tools ▸ Preferences (Ctrl+,)
    prefs = _shown(PreferencesDialog)
    page = prefs.cpd_page
    assert page is not None
    prefs.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.name, "A. Practitioner")
    qtbot.keyClicks(page.never_export, "Plover-7712")
    page.end_month.setCurrentIndex(page.end_month.findData(3))
    page.end_day.setValue(31)
    page.regulators.choose("scw", role="social_worker", start=dt.date(2025, 4, 1))
    idle = prefs.control("lock_delay_minutes")
    assert isinstance(idle, QSpinBox)
    idle.setValue(12)

    window.lock()
    assert "Plover-7712" not in "".join(
        w.toPlainText() for w in _widgets() if isinstance(w, QPlainTextEdit)
    )
    unlock(qtbot, window)

    again = _shown(PreferencesDialog)
    assert again.cpd_page is not None and again.cpd_page.never_export.toPlainText() == (
        "Plover-7712"
    )
    again.buttons.accepted.emit()
    assert not again.isVisible(), again.message.text()
    assert window.vault is not None
    settings = window.vault.cpd_settings.load()
    assert settings.practitioner_name == "A. Practitioner"
    assert settings.never_export == ("Plover-7712",)
    assert settings.year_end == (3, 31) and "scw" in settings.regulators
    assert window.preferences.get("lock_delay_minutes") == 12


def test_a_profile_the_full_disk_refuses_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    window.cpd.menu_actions.hcpc.trigger()
    dialog = _shown(HcpcProfileDialog)
    fill_disk(window)
    qtbot.keyClicks(dialog.statement, SECRET)
    dialog.statement.insertPlainText(SECRET * 199)  # pasted: more than the pages left hold

    _lock_and_unlock(qtbot, window)

    again = _shown(HcpcProfileDialog)
    assert again.statement.toPlainText() == SECRET * 200
    assert again.save_now()
    assert window.vault is not None
    assert window.vault.hcpc_profiles.latest().statement == SECRET * 200
