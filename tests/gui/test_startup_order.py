"""Start-up order (issue 16 item 8): what the user sees is painted before slow work runs.

The unlock dialog must paint before the main window is built behind it (building it first
left the dialog mapped but blank on X11 for about a second); after unlocking, the home
view's dashboard panel is filled after home has painted.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from supervision_app.gui.common.first_paint import after_first_paint
from supervision_app.gui.startup import Startup
from tests.conftest import PASSPHRASE
from tests.gui.conftest import fill_vault
from tests.gui.test_backup_gui import settled

pytestmark = pytest.mark.gui


class PaintLog(QObject):
    """Every paint event in the application, in order, by the painted widget's class."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted.append(type(watched).__name__)
        return False

    def stop(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)


def test_the_unlock_dialog_paints_before_the_window_is_built(
    qtbot: QtBot, vault_path: Path
) -> None:
    fill_vault(vault_path, 2)
    log = PaintLog()
    seen_at_build: list[list[str]] = []
    startup = Startup(vault_path)
    build = startup.build_window

    def observed_build():  # type: ignore[no-untyped-def]
        if startup.window is None:
            seen_at_build.append(list(log.painted))
        return build()

    startup.build_window = observed_build  # type: ignore[method-assign]
    built: list[bool] = []
    startup.window_built.connect(lambda: built.append(True))
    try:
        startup.begin()
        assert startup.dialog is not None and startup.window is None
        qtbot.addWidget(startup.dialog)
        qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)
    finally:
        log.stop()
    assert startup.window is not None
    qtbot.addWidget(startup.window)
    assert built == [True]
    assert seen_at_build and "UnlockDialog" in seen_at_build[0]
    assert not startup.window.isVisible()  # behind the dialog until unlocked


def test_the_window_is_built_even_if_the_dialog_never_paints(
    qtbot: QtBot, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dialog that cannot paint (hidden at once): the window is still built, after the
    fallback delay, so unlocking stays quick. (The delay shortened: its length is not the
    point, and the test waited it out.)"""
    from supervision_app.gui.common import first_paint

    monkeypatch.setattr(first_paint, "FALLBACK_MS", 50)
    fill_vault(vault_path, 1)
    startup = Startup(vault_path)
    startup.begin()
    assert startup.dialog is not None
    qtbot.addWidget(startup.dialog)
    startup.dialog.hide()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)
    assert startup.window is not None
    qtbot.addWidget(startup.window)


def test_after_first_paint_runs_once_after_the_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    log = PaintLog()
    ran: list[list[str]] = []
    after_first_paint(widget, lambda: ran.append(list(log.painted)), fallback_ms=5_000)
    widget.show()
    try:
        qtbot.waitUntil(lambda: bool(ran), timeout=3_000)
    finally:
        log.stop()
    assert "QWidget" in ran[0]
    widget.update()
    qtbot.wait(50)
    assert len(ran) == 1


def test_after_first_paint_falls_back_on_a_widget_never_shown(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[bool] = []
    after_first_paint(widget, lambda: ran.append(True), fallback_ms=50)
    qtbot.waitUntil(lambda: bool(ran), timeout=2_000)
    qtbot.wait(100)
    assert ran == [True]


def test_nothing_runs_once_its_owner_is_gone(qtbot: QtBot) -> None:
    widget = QWidget()
    ran: list[bool] = []
    after_first_paint(widget, lambda: ran.append(True), fallback_ms=20)
    widget.deleteLater()
    qtbot.wait(150)
    assert ran == []


def test_the_home_panel_is_filled_after_home_has_painted(qtbot: QtBot, vault_path: Path) -> None:
    fill_vault(vault_path, 3)
    startup = Startup(vault_path)
    startup.begin()
    assert startup.dialog is not None
    # Not given to qtbot: unlocking deletes it.
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    log = PaintLog()
    filled_after: list[list[str]] = []
    fill = window.home.fill_glance

    def observed_fill() -> None:
        filled_after.append(list(log.painted))
        fill()

    window.home.fill_glance = observed_fill  # type: ignore[method-assign]
    try:
        startup.dialog.passphrase.setText(PASSPHRASE)
        startup.dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: bool(filled_after), timeout=10_000)
    finally:
        log.stop()
    assert "HomeView" in filled_after[0]
    assert window.home.view.glance.glance is not None
    settled(qtbot)
    window.close()


def test_the_window_is_built_over_many_turns_so_the_dialog_answers_keys(
    qtbot: QtBot, vault_path: Path
) -> None:
    """The window's imports come one per turn of the event loop (a key typed meanwhile is
    shown at once), then the window: never all of it in the turn after the dialog paints."""
    from PySide6.QtCore import QEventLoop

    from supervision_app.gui.startup import WARM_UP

    fill_vault(vault_path, 1)
    startup = Startup(vault_path)
    startup.begin()
    assert startup.dialog is not None
    qtbot.addWidget(startup.dialog)
    app = QApplication.instance()
    assert app is not None
    turns = 0
    deadline = time.monotonic() + 20  # a guard against a hang, not a speed limit
    while startup.window is None and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        turns += 1
        if turns == 3:  # the dialog has painted by now; a key typed is handled at once
            qtbot.keyClicks(startup.dialog.passphrase, "ab")
            assert startup.window is None and startup.dialog.passphrase.text() == "ab"
    assert startup.window is not None
    qtbot.addWidget(startup.window)
    assert turns >= len(WARM_UP)


def test_a_warm_up_module_this_build_lacks_does_not_stop_the_window_being_built(
    qtbot: QtBot, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QtDBus is optional (a Qt build may lack it; gui/desktop_lock.py copes): a module of
    the warm-up that cannot be imported is left to the window, and the rest goes on."""
    from supervision_app.gui import startup as startup_module

    missing = "supervision_app.no_such_module_in_this_build"
    monkeypatch.setattr(startup_module, "WARM_UP", (missing, *startup_module.WARM_UP))
    fill_vault(vault_path, 1)
    startup = Startup(vault_path)
    startup.begin()
    assert startup.dialog is not None  # not given to qtbot: unlocking deletes it
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    startup.dialog.passphrase.setText(PASSPHRASE)
    startup.dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not window.is_locked)
    settled(qtbot)
    window.close()
