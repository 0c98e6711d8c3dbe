"""First run, walked with the keyboard: the welcome creates the vault and stores who you are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from supervision_app.core.strength import estimate
from supervision_app.gui.common import tasks
from supervision_app.gui.dialogs.reflection_dialogs import GuidedStartDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.welcome.wizard import WelcomeWizard
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui
WIZARD: list[WelcomeWizard] = []


def _key(
    qtbot: QtBot, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where the focus is, in the active wizard (as a user would)."""
    wizard = WIZARD[0]
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    target = QApplication.focusWidget() or wizard
    assert target is not None
    qtbot.keyClick(target, key, mod)


def _wizard_on_screen(qtbot: QtBot, vault_path: Path) -> tuple[MainWindow, WelcomeWizard]:
    """A first start: the window's welcome wizard, shown and ready for keys."""
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    wizard = window.passphrase_dialog
    assert isinstance(wizard, WelcomeWizard)
    WIZARD[:] = [wizard]
    qtbot.waitExposed(wizard)
    return window, wizard


def test_first_run_by_keyboard(qtbot: QtBot, vault_path: Path) -> None:
    window, wizard = _wizard_on_screen(qtbot, vault_path)
    assert str(vault_path) in wizard.place_page.path.text()
    wizard.button(wizard.WizardButton.NextButton).setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.passphrase_page

    # Show/hide toggle (Alt+H) and a strength estimate with plain advice.
    assert wizard.passphrase.echoMode() == QLineEdit.EchoMode.Password
    wizard.passphrase.setFocus()
    qtbot.keyClicks(wizard.passphrase, "password123")
    wizard.passphrase_page.rate()
    assert wizard.passphrase_page.meter.value() == 0
    assert "common password" in wizard.passphrase_page.advice.text()
    _key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks after 100 ms
    qtbot.waitUntil(lambda: wizard.passphrase.echoMode() == QLineEdit.EchoMode.Normal)
    assert wizard.repeat.echoMode() == QLineEdit.EchoMode.Normal
    _key(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.passphrase.echoMode() == QLineEdit.EchoMode.Password)
    assert "cannot be recovered" in wizard.warning.text()

    # The existing rule still refuses: under 10 characters, or typed differently.
    wizard.passphrase.clear()
    qtbot.keyClicks(wizard.passphrase, "short")
    qtbot.keyClicks(wizard.repeat, "short")
    wizard.repeat.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.passphrase_page
    assert "at least 10" in wizard.error.text() and not vault_path.exists()
    wizard.passphrase.clear()
    wizard.repeat.clear()
    qtbot.keyClicks(wizard.passphrase, PASSPHRASE)
    wizard.passphrase_page.rate()
    assert wizard.passphrase_page.meter.value() >= 3
    qtbot.keyClicks(wizard.repeat, PASSPHRASE)
    wizard.repeat.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # Create journal
    assert wizard.currentPage() is wizard.about_page
    assert vault_path.exists() and window.vault is not None

    about = wizard.about_page
    about.name.setFocus()
    qtbot.keyClicks(about.name, "  A.  Practitioner ")
    _key(qtbot, Qt.Key.Key_Tab)  # to the role buttons
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    assert about.role() == "both"
    _key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Regulator
    assert about.regulator.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)
    assert about.regulator.currentData() == "scw"
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.finish_page
    assert wizard.finish_page.guided.isChecked()
    _key(qtbot, Qt.Key.Key_Return)  # Start, with a guided first reflection
    qtbot.waitUntil(lambda: not window.is_locked)
    assert window.home.showing_home
    qtbot.waitUntil(
        lambda: any(isinstance(d, GuidedStartDialog) for d in window.reflection.dialogs)
    )

    vault = window.vault
    assert vault is not None
    assert vault.supervision.owner.name() == "A. Practitioner"
    assert vault.cpd_settings.load().practitioner_name == "A. Practitioner"
    assert vault.supervision.owner.role() == "both"
    assert vault.settings.get("regulator") == ["scw"]
    window.close()
    # The first unlock of the day started a backup; closing tells it to stop and the vault
    # stays held until it has, so wait as the app does on its way out (app.run_gui).
    assert tasks.finish_cancelled()
    with Vault.open(vault_path, PASSPHRASE) as again:  # the passphrase typed is the one kept
        assert again.settings.get("regulator") == ["scw"]


def test_cancel_before_creating_leaves_no_file(qtbot: QtBot, vault_path: Path) -> None:
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    wizard = window.passphrase_dialog
    assert isinstance(wizard, WelcomeWizard)
    wizard.reject()
    assert not vault_path.exists() and window.vault is None


def test_a_refused_repeat_keeps_the_passphrase_rated(qtbot: QtBot, vault_path: Path) -> None:
    """Typed quickly, a strong passphrase with a mistyped repeat was refused and then rated
    "Very weak" with an empty meter: the refusal stopped the rating the typing had asked
    for, and nothing rated it again. A good passphrase must not look bad after a typo."""
    window, wizard = _wizard_on_screen(qtbot, vault_path)
    wizard.button(wizard.WizardButton.NextButton).setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.repeat, PASSPHRASE + "x")
    wizard.repeat.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # at once, before the rating's pause in typing
    assert "do not match" in wizard.error.text()
    qtbot.wait(400)  # longer than that pause
    page = wizard.passphrase_page
    assert page.meter.value() == estimate(PASSPHRASE).score >= 3
    assert page.strength.text().startswith(estimate(PASSPHRASE).label)
    wizard.reject()


def test_strength_advice_is_plain() -> None:
    weak = estimate("password123")
    assert weak.score == 0 and weak.label == "Very weak"
    assert any("common" in a for a in weak.advice)
    strong = estimate("lantern orchard quietly biscuit")
    assert strong.score == 4 and "safe" in strong.advice[0]
