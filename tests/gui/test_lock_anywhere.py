"""Locking from anywhere: session mode, modal and other dialogs, the idle timer by the wall
clock, the desktop's screen lock over D-Bus; the lock screen ignores Escape."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog
from supervision_app.gui.idle import InactivityTimer
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preferences.dialog import PreferencesDialog
from supervision_app.gui.supervision.partners_dialog import PartnersDialog
from tests.gui.conftest import unlock
from tests.gui.test_main_window import _all_widget_text
from tests.gui.test_supervision import add_partner, start

pytestmark = pytest.mark.gui
SECRET = "Wren-3307 said in supervision"
CTRL = Qt.KeyboardModifier.ControlModifier


def visible_dialogs(window: MainWindow) -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w is not window.passphrase_dialog
    ]


def test_ctrl_l_in_session_mode_saves_and_locks(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    window.supervision.mode.enter()
    view = window.supervision.session_mode
    assert view is not None and view.isVisible()
    qtbot.keyClicks(view.agenda, SECRET)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view.agenda, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    assert window.supervision.session_mode is None and not view.isVisible()
    assert SECRET not in _all_widget_text(window)
    unlock(qtbot, window)
    assert window.vault is not None
    assert window.vault.supervision.sessions.get(session_id).agenda == (SECRET,)


def test_ctrl_l_in_a_modal_message_box_locks_and_closes_every_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.vault
    assert vault is not None
    window.cpd.show_export()  # a non-modal window
    window.cpd.show_preferences()  # window-modal
    add_partner(window)
    window.supervision.flows.show_partners()
    window.trash_current()
    window.view_choice.setCurrentIndex(1)
    assert len(visible_dialogs(window)) >= 3
    seen: list[str] = []

    def press_ctrl_l() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_ctrl_l)
            return
        seen.append(box.text())
        target = QApplication.focusWidget() or box
        qtbot.keyClick(target, Qt.Key.Key_L, CTRL)

    QTimer.singleShot(0, press_ctrl_l)
    window.empty_trash()  # asks with an application-modal QMessageBox (exec)
    qtbot.waitUntil(lambda: window.is_locked)
    assert seen and "Permanently delete" in seen[0]
    assert visible_dialogs(window) == []
    assert isinstance(window.passphrase_dialog, UnlockDialog)
    assert window.passphrase_dialog.isVisible()
    assert window.cpd.windows == [] and window.supervision.dialogs == []
    unlock(qtbot, window)
    assert window.vault is not None
    assert window.vault.entries.count(trash=True) == 1  # the question was not answered "Yes"


def test_ctrl_l_in_a_window_modal_dialog_locks(qtbot: QtBot, window: MainWindow) -> None:
    window.cpd.show_preferences()
    dialog = next(d for d in visible_dialogs(window) if isinstance(d, PreferencesDialog))
    qtbot.keyClick(dialog.control("lock_delay_minutes"), Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked)
    assert not dialog.isVisible()
    partners_before = [d for d in visible_dialogs(window) if isinstance(d, PartnersDialog)]
    assert partners_before == []


def test_escape_on_the_lock_screen_does_nothing_and_ctrl_q_quits(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.lock()
    dialog = window.passphrase_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert dialog.isVisible() and window.isVisible() and window.is_locked
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())


class FakeClocks:
    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = 1_700_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def time(self) -> float:
        return self.wall


def test_idle_lock_counts_wall_clock_time_across_a_sleep(qtbot: QtBot) -> None:
    clocks = FakeClocks()
    timer = InactivityTimer(5, monotonic=clocks.monotonic, wall=clocks.time)
    fired: list[bool] = []
    timer.inactive.connect(lambda: fired.append(True))
    timer.start()
    clocks.mono += 200
    clocks.wall += 200
    timer.check()
    assert not fired
    # A suspended laptop: the monotonic clock stood still, the wall clock moved on.
    clocks.wall += 120
    timer.check()
    assert fired == [True] and not timer.active
    timer.start()  # re-arms, counting from now
    assert timer.active and timer.idle_seconds() == 0
    timer.stop()


def test_lock_delay_is_a_setting_shown_in_preferences(qtbot: QtBot, window: MainWindow) -> None:
    assert window.idle.minutes == pytest.approx(5)  # the default
    window.cpd.show_preferences()
    dialog = next(d for d in visible_dialogs(window) if isinstance(d, PreferencesDialog))
    delay = dialog.control("lock_delay_minutes")
    assert isinstance(delay, QSpinBox)
    delay.setValue(12)
    dialog.buttons.accepted.emit()
    assert window.idle.minutes == pytest.approx(12) and window.idle.active
    window.lock()
    unlock(qtbot, window)
    assert window.idle.minutes == pytest.approx(12)


def test_desktop_lock_and_sleep_handlers_lock(qtbot: QtBot, window: MainWindow) -> None:
    watcher = window.locking.desktop
    watcher.on_sleep(False)  # waking up: nothing to do
    watcher.on_screensaver(False)
    assert not window.is_locked
    watcher.on_sleep(True)
    assert window.is_locked
    unlock(qtbot, window)
    watcher.on_screensaver(True)
    assert window.is_locked
    unlock(qtbot, window)
    watcher.on_session_lock()
    assert window.is_locked


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A session D-Bus daemon of our own (not the user's)."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed")
    with subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        try:
            yield address
        finally:
            proc.terminate()
            proc.wait(5)


@pytest.mark.parametrize(
    "path, member",
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep"),
    ],
)
def test_a_real_dbus_signal_locks(
    qtbot: QtBot, window: MainWindow, private_bus: str, path: str, member: str
) -> None:
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.connectToBus(private_bus, f"sj-test-{member}")
    assert bus.isConnected()
    connected = window.locking.desktop.watch(system=bus, session=bus)
    assert len(connected) == 4
    for value in ("false", "true"):
        subprocess.run(
            [
                "dbus-send",
                f"--bus={private_bus}",
                "--type=signal",
                path,
                member,
                f"boolean:{value}",
            ],
            check=True,
        )
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    QDBusConnection.disconnectFromBus(f"sj-test-{member}")
