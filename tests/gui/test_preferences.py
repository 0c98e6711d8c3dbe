"""Preferences: generated from the declarations, saved where each belongs, applied live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from supervision_app.core.settings import registry
from supervision_app.gui import theme
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preferences.dialog import PreferencesDialog
from tests.gui.conftest import shortcut

pytestmark = pytest.mark.gui


def _open(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    shortcut(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    return dialog


def test_every_declared_setting_has_a_place(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Appearance", "Security", "Writing", "Registration", "CPD and exports"]
    for key, s in registry().items():
        if s.generated:
            control = dialog.control(key)
            assert control.accessibleName() == s.label
            assert control.toolTip() == s.explanation
        else:
            assert dialog.cpd_page is not None  # the CPD form edits it
    assert isinstance(dialog.control("lock_on_screen_lock"), QCheckBox)
    assert isinstance(dialog.control("lock_delay_minutes"), QSpinBox)
    assert isinstance(dialog.control("theme"), QComboBox)


def test_changes_apply_at_once(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT["Window"])
    assert window.idle.minutes == pytest.approx(5)  # the default (issue 9)
    dialog = _open(qtbot, window)
    theme_box = dialog.control("theme")
    assert isinstance(theme_box, QComboBox)
    theme_box.setCurrentIndex(theme_box.findData("dark"))
    delay = dialog.control("lock_delay_minutes")
    assert isinstance(delay, QSpinBox)
    delay.setValue(3)
    size = dialog.control("editor_font_size")
    assert isinstance(size, QSpinBox)
    size.setValue(18)
    role = dialog.control("supervision.owner_role")
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findData("supervisor"))
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()

    # Live: the palette, the idle timer, the editor's font.
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK["Window"])
    assert window.idle.minutes == pytest.approx(3)
    assert window.editor.body.font().pointSize() == 18
    assert window.editor.guided_panel.answer.font().pointSize() == 18

    # Where each went: the app's own choices in QSettings, your role in the vault only.
    keys = QSettings().allKeys()
    assert "preferences/theme" in keys and "preferences/lock_delay_minutes" in keys
    assert not [k for k in keys if "role" in k or "name" in k or "regulator" in k]
    assert window.vault is not None
    assert window.vault.supervision.owner.role() == "supervisor"

    # Back to light for the next test's screenshots and colours.
    window.preferences.set("theme", "light")
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT["Window"])


def test_tones_follow_the_theme(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("problem")
    qtbot.addWidget(label)
    theme.set_tone(label, "error")
    assert theme.TONES["light"]["error"] in label.styleSheet()
    window.preferences.set("theme", "dark")
    assert theme.TONES["dark"]["error"] in label.styleSheet()
    window.preferences.set("theme", "system")
    assert theme.current() == ("dark" if theme.system_is_dark() else "light")


def test_screen_lock_locks_when_set(qtbot: QtBot, window: MainWindow) -> None:
    window.preferences.set("lock_on_screen_lock", False)
    watcher = window.locking.desktop
    watcher.on_screensaver(True)  # what the desktop's ActiveChanged(true) calls
    assert not window.is_locked
    watcher.on_sleep(True)  # suspend follows the same choice
    assert not window.is_locked
    window.preferences.set("lock_on_screen_lock", True)
    watcher.on_screensaver(False)  # the screen unlocking does nothing
    assert not window.is_locked
    watcher.on_screensaver(True)
    assert window.is_locked
