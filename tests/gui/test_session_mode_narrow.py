"""Session mode on a narrow screen: the header's buttons keep their words.

Found by hand on an 800-pixel-wide screen (offscreen, as a 1280x720 laptop at 150 % or larger
system text gives): session mode's header needed 952 pixels, so full screen squeezed the timer
row below its minimum and the buttons read "Start time", "eset time" and "e as durat". Large
text is for people who need it, and session mode's text is 1.4 times larger still.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.gui.main_window import MainWindow
from tests.gui.test_supervision import add_partner, start

pytestmark = pytest.mark.gui
NARROW = 800


def test_session_mode_fits_a_narrow_screen(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window, dt.date(2026, 3, 2), add_partner(window))
    window.supervision.toggle_session_mode()
    view = window.supervision.session_mode
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.minimumSizeHint().width() <= NARROW
    view.showNormal()
    view.resize(NARROW, 600)
    qtbot.waitUntil(lambda: view.width() == NARROW)
    for widget in (
        view.clock_label,
        view.start_button,
        view.reset_button,
        view.use_button,
        view.leave_button,
    ):
        assert widget.width() >= widget.minimumSizeHint().width(), widget.text()
