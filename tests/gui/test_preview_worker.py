"""The editor's preview is rendered on a Qt thread (gui/preview.py ``BackgroundRenderer``):
no Qt warning from that path, the newest request wins, and deleting the editor while a
render runs ends quietly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.preview import BackgroundRenderer

pytestmark = pytest.mark.gui

#: A few thousand words in paragraphs: long enough that Qt lays the document out in steps
#: driven by a timer (documents over ~1,000 characters).
LONG = "\n\n".join(
    f"Paragraph {n}: we talked about the lunch club and the plans for the summer. " * 8
    for n in range(60)
)


def _thread_warnings(qtlog: object) -> list[str]:
    """Qt's messages about timers or threads: in a thread Qt did not start, a layout's
    timer printed "QBasicTimer::start: current thread's event dispatcher has already been
    destroyed" (or "can only be used with threads started with QThread")."""
    messages = [record.message for record in qtlog.records]  # type: ignore[attr-defined]
    return [m for m in messages if "timer" in m.lower() or "thread" in m.lower()]


def test_a_long_preview_renders_off_the_ui_thread_without_a_qt_warning(
    qtbot: QtBot, window: MainWindow, qtlog: object
) -> None:
    window.editor.body.setPlainText(LONG)
    qtbot.waitUntil(lambda: "Paragraph 59" in window.editor.preview.toPlainText(), timeout=10_000)
    assert _thread_warnings(qtlog) == []


def test_the_newest_request_wins_and_overtaken_ones_are_skipped(
    qtbot: QtBot, qtlog: object
) -> None:
    renderer = BackgroundRenderer()
    seen: list[int] = []
    renderer.rendered.connect(lambda generation, doc: seen.append(generation))
    for generation in range(1, 6):
        renderer.request(generation, f"{LONG}\n\nVersion {generation}", QFont(), 600.0)
    qtbot.waitUntil(lambda: 5 in seen, timeout=10_000)
    renderer.shutdown()
    assert seen == sorted(seen) and seen[-1] == 5 and len(seen) < 5  # at least one skipped
    assert _thread_warnings(qtlog) == []


def test_deleting_the_owner_while_a_render_runs_ends_quietly(qtbot: QtBot, qtlog: object) -> None:
    """The renderer's pool is its child: deleting the editor waits for the render running
    and delivers nothing (no error from the worker, which pytest-qt would report)."""
    owner = QObject()
    renderer = BackgroundRenderer(owner)
    seen: list[int] = []
    renderer.rendered.connect(lambda generation, doc: seen.append(generation))
    renderer.request(1, LONG * 4, QFont(), 600.0)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(200)
    assert seen == []
    assert _thread_warnings(qtlog) == []
