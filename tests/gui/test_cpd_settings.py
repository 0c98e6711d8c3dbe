"""Preferences: stored encrypted in the vault, bad input refused with a message."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import CpdFields
from supervision_app.gui.cpd.export_dialog import ExportDialog
from supervision_app.gui.cpd.settings_dialog import CpdSettingsDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preferences.dialog import PreferencesDialog
from tests.gui.conftest import wait_check

pytestmark = pytest.mark.gui


def _open(window: MainWindow) -> tuple[PreferencesDialog, CpdSettingsDialog]:
    """Preferences, and its CPD page (the former CPD preferences dialog, now a tab)."""
    window.cpd.menu_actions.preferences.trigger()
    prefs = window.cpd.windows[-1]
    assert isinstance(prefs, PreferencesDialog) and prefs.isVisible()
    page = prefs.cpd_page
    assert page is not None
    prefs.tabs.setCurrentWidget(page)
    return prefs, page


def test_preferences_are_saved_and_used(qtbot: QtBot, window: MainWindow) -> None:
    tools_menu = window.menu_actions.menus[3]
    assert window.cpd.menu_actions.preferences in tools_menu.actions()  # Tools ▸ Preferences…
    prefs, dialog = _open(window)
    qtbot.keyClicks(dialog.name, "  A.   Practitioner ")
    dialog.never_export.setPlainText("Lunch club\n\n  Jamie \nJamie\n")
    dialog.end_month.setCurrentIndex(dialog.end_month.findData(2))
    dialog.end_day.setValue(30)
    prefs.buttons.accepted.emit()
    assert dialog.isVisible()  # refused: nothing saved
    assert "February has no day 30" in dialog.message.text()
    vault = window.vault
    assert vault is not None
    assert vault.cpd_settings.load().practitioner_name == ""
    dialog.end_month.setCurrentIndex(dialog.end_month.findData(3))
    dialog.end_day.setValue(31)
    dialog.regulators.choose("scw")
    prefs.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "Choose your role with Social Care Wales" in dialog.message.text()
    scw = dialog.regulators.rows["scw"]
    assert scw.role is not None and scw.start is not None
    scw.role.setCurrentIndex(scw.role.findData("social_worker"))
    scw.start.setDate(QDate(2025, 4, 1))
    prefs.buttons.accepted.emit()
    assert not dialog.isVisible()
    settings = vault.cpd_settings.load()
    assert settings.practitioner_name == "A. Practitioner"
    assert settings.never_export == ("Lunch club", "Jamie")
    assert settings.year_end == (3, 31)
    assert settings.regulators == ("swe", "scw")
    assert settings.role_for("scw") == "social_worker"
    assert settings.start_for("scw") == dt.date(2025, 4, 1)

    # The never-export list is used by the check.
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    vault.cpd.save(entry.id, CpdFields(description="Helped at the lunch club"))
    window.cpd.show_check()
    check = window.cpd.windows[-1]
    assert isinstance(check, ExportDialog)
    check.selection_form.choose_all_dates()
    assert wait_check(qtbot, check)
    assert any(r.item.finding.kind.value == "never_export" for r in check.findings.rows)


def test_forgetting_marked_as_fine(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    vault.dismissals.dismiss("entry:1", "phone", "07700 900123")
    _prefs, dialog = _open(window)
    assert "1 finding marked as fine" in dialog.forget_button.text()
    dialog.forget_button.click()
    assert vault.dismissals.all() == set()
    assert not dialog.forget_button.isEnabled()
