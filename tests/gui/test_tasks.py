"""Long work off the UI thread: the helper, an export and an import that keep the window
responsive, Cancel, and a lock while an import runs."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.common.tasks import Cancelled, Task, TaskControl, run_with_progress
from supervision_app.gui.cpd.export_dialog import PAGE_DONE, ExportDialog
from supervision_app.gui.cpd.import_dialogs import ImportDialog
from supervision_app.gui.main_window import MainWindow
from tests.gui.conftest import unlock, wait_check

pytestmark = pytest.mark.gui


def test_task_reports_progress_returns_on_the_ui_thread_and_cancels_between_steps(
    qtbot: QtBot,
) -> None:
    ui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(control: TaskControl) -> int:
        seen["thread"] = threading.get_ident()
        for step in range(3):
            control.check()
            control.progress(step + 1, 3, f"step {step + 1}")
        return 42

    task = Task(work)
    progress: list[tuple[int, int, str]] = []
    task.progressed.connect(lambda d, t, s: progress.append((d, t, s)))
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == [42] and seen["thread"] != ui
    qtbot.waitUntil(lambda: len(progress) == 3)
    assert progress[-1] == (3, 3, "step 3")

    gate = threading.Event()
    steps: list[int] = []

    def slow(control: TaskControl) -> None:
        for step in range(1000):
            control.check()
            steps.append(step)
            gate.wait(0.01)

    task = Task(slow)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
        qtbot.waitUntil(lambda: len(steps) > 2)
        task.cancel()
    assert isinstance(failed.args[0], Cancelled) and len(steps) < 1000

    def broken(control: TaskControl) -> None:
        raise OSError(28, "No space left on device")

    task = Task(broken)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert isinstance(failed.args[0], OSError)


def test_progress_dialog_cancel_button(qtbot: QtBot, window: MainWindow) -> None:
    outcome: list[object] = []

    def slow(control: TaskControl) -> None:
        while True:
            control.check()
            threading.Event().wait(0.01)

    task = run_with_progress(
        window, "Working", "Working…", slow, on_done=outcome.append, on_failed=outcome.append
    )
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


class Ticks:
    """A 5 ms timer: it only fires while the UI thread's event loop runs."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.count += 1


def _long_entry(window: MainWindow, chars: int) -> None:
    vault = window.vault
    assert vault is not None
    sentence = "We talked about the lunch club and the plans for the summer. "
    body = sentence * (chars // len(sentence))
    vault.entries.add(Entry(title="Long", body=body, practice_date=dt.date.today()))


def test_pdf_export_runs_while_the_window_keeps_running(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The check again and the PDF of a 100,000-character entry run on the worker while a
    5 ms timer of the UI thread keeps firing: the scan searches in windows (core/scan/
    chunks.py) and the layout in small documents (gui/pdf_flow.py), so the worker never
    holds the GIL for long (tests/unit/test_scan_chunks.py checks the windows). 100,000
    characters give 50-60 ticks on the worker and 1 with the work on the UI thread (checked);
    300,000 took 0.7 CPU s more."""
    _long_entry(window, 100_000)
    window.cpd.show_export("pdf")
    dialog = next(w for w in window.cpd.windows if isinstance(w, ExportDialog))
    dialog.selection_form.cpd_only.setChecked(False)
    assert wait_check(qtbot, dialog), dialog.choose_message.text()
    dialog.review.allow_rest.setChecked(True)
    ticks = Ticks()
    ticks.timer.start()
    target = tmp_path / "long.pdf"
    assert dialog.write_to(target)
    during = ticks.count  # write_to returned at once: the work is on its own thread
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    ticks.timer.stop()
    assert dialog.pages.currentIndex() == PAGE_DONE and target.stat().st_size > 10_000
    assert ticks.count - during >= 10  # the event loop ran all along
    assert during <= 2


def _jsonl(path: Path, lines: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(lines):
            record = {"title": f"Imported {n}", "body": "Some words " * 20, "date": "2026-02-07"}
            handle.write(json.dumps(record) + "\n")
    return path


def _import_dialog(qtbot: QtBot, window: MainWindow, source: Path) -> ImportDialog:
    window.cpd.menu_actions.imports["jsonl"].trigger()
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, ImportDialog)
    dialog.choose(source)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.ready, dialog.message.text()
    return dialog


def test_import_cancel_imports_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    vault = window.vault
    assert vault is not None
    before = vault.entries.count()
    dialog = _import_dialog(qtbot, window, _jsonl(tmp_path / "many.jsonl", 4000))
    ticks = Ticks()
    ticks.timer.start()
    assert dialog.run_import()
    task = dialog.task
    assert task is not None and task.dialog is not None
    qtbot.wait(30)
    task.dialog.canceled.emit()  # the Cancel button
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    ticks.timer.stop()
    assert ticks.count >= 3
    count = vault.entries.count()
    if count == before:  # stopped in time: nothing, and it says so
        assert "Cancelled" in dialog.message.text()
    else:  # finished before Cancel took effect: everything, and it says so
        assert count == before + 4000 and "Imported 4000" in dialog.preview.text()


def test_lock_during_an_import_stops_it_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    before = vault.entries.count()
    dialog = _import_dialog(qtbot, window, _jsonl(tmp_path / "many.jsonl", 4000))
    assert dialog.run_import()
    window.lock()
    assert window.is_locked and dialog.task is None
    assert QApplication.activeModalWidget() in (None, window.passphrase_dialog)
    unlock(qtbot, window)
    assert window.vault is not None
    assert window.vault.entries.count() in (before, before + 4000)  # all or nothing


def test_typing_while_a_task_holds_the_vault_is_saved_after_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supervision_app.gui.common import tasks

    asked: list[bool] = []

    def saves_wait() -> bool:  # the real answer, noted
        asked.append(answer := real_saves_wait())
        return answer

    real_saves_wait = tasks.saves_wait
    monkeypatch.setattr(tasks, "saves_wait", saves_wait)
    release = threading.Event()
    task = Task(lambda control: release.wait(10))
    task.start()
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, " typed meanwhile")
    # The autosave came and waited: the worker has the connection.
    qtbot.waitUntil(lambda: True in asked, timeout=5000)
    assert window.editor.dirty and not window.save_bar.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=5000)
    assert window.vault is not None
    assert window.vault.entries.get(entry.id).body.startswith(" typed meanwhile")


def test_a_stopped_task_whose_owner_was_deleted_ends_without_an_error(qtbot: QtBot) -> None:
    """A backup told to stop when its window closed may still be listed when the next unlock
    (or the app's way out) calls ``finish_cancelled``; by then the closed window, and with it
    the task's own timer, may have been deleted. Its end is delivered without touching them:
    an unlock once failed on "Internal C++ object (QTimer) already deleted"."""
    from PySide6.QtCore import QEvent, QObject

    from supervision_app.gui.common import tasks

    owner = QObject()
    release = threading.Event()
    task = Task(lambda control: release.wait(10), owner)
    task.start()
    task.cancel()
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert tasks.finish_cancelled()
    assert task.done and not tasks.any_running()
