"""Work that used to stall the window now runs on a worker thread (issue 9 item 9): the
export dialog's identifier check, the supervision exchange import and the templates import.
Each keeps a 5 ms timer ticking while it runs, and Cancel (or locking) changes nothing."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.core.imports import ReadEntries
from supervision_app.gui.cpd.export_dialog import PAGE_CHOOSE, PAGE_REVIEW, ExportDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.bulk import write_entries
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, unlock
from tests.gui.test_tasks import Ticks

pytestmark = pytest.mark.gui
MANY = 3000
VISIT = (
    "Visited the family at home; her son called from 07700 900123 about the review. "
    "We talked about the lunch club and the plans for the summer holidays. "
)


def bulk_vault(path: Path, n: int = MANY) -> None:
    """``n`` entries through storage's bulk insert (the importers' path), not the GUI."""
    start = dt.date(2020, 1, 1)
    entries = [
        Entry(
            title=f"Visit {i}",
            body=VISIT,
            practice_date=start + dt.timedelta(days=i % 2000),
            tags=("visit",),
        )
        for i in range(n)
    ]
    with Vault.create(path, PASSPHRASE) as vault:
        write_entries(vault, ReadEntries(entries=entries))


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sjvault"
    bulk_vault(path)
    return path


@pytest.fixture
def big_window(qtbot: QtBot, vault_path: Path, big_vault: Path) -> Iterator[MainWindow]:
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(big_vault, vault_path)  # a fresh copy: the test may write to it
    w = open_window(qtbot, vault_path)
    yield w
    w.close()


def _check_dialog(window: MainWindow) -> ExportDialog:
    window.cpd.show_check()
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, ExportDialog) and dialog.check_only
    dialog.selection_form.cpd_only.setChecked(False)
    dialog.selection_form.choose_all_dates()
    return dialog


def _progress(task: object) -> QProgressDialog:
    dialog = getattr(task, "dialog", None)
    assert isinstance(dialog, QProgressDialog)
    return dialog


def test_the_check_of_3000_entries_keeps_the_window_running(
    qtbot: QtBot, big_window: MainWindow
) -> None:
    dialog = _check_dialog(big_window)
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(dialog.check_ended, timeout=60_000) as ended:
        assert dialog.run_check()
        during = ticks.count  # run_check returned at once: the check is on its own thread
        assert dialog.task is not None
    ticks.timer.stop()
    assert ended.args == [True] and dialog.pages.currentIndex() == PAGE_REVIEW
    assert dialog.checked == MANY and len({r.entry_id for r in dialog.findings.rows}) == MANY
    assert during <= 2 and ticks.count - during >= 10  # the event loop ran all along


def test_cancelling_the_check_shows_nothing_and_changes_nothing(
    qtbot: QtBot, big_window: MainWindow
) -> None:
    vault = big_window.vault
    assert vault is not None
    dialog = _check_dialog(big_window)
    before = (vault.entries.count(), vault.dismissals.all(), vault.conn.total_changes)
    with qtbot.waitSignal(dialog.check_ended, timeout=60_000) as ended:
        assert dialog.run_check()
        progress = _progress(dialog.task)
        qtbot.waitUntil(lambda: progress.value() > 0, timeout=30_000)  # determinate: n of 3000
        assert progress.maximum() == MANY
        progress.canceled.emit()  # the Cancel button
    assert ended.args == [False] and dialog.pages.currentIndex() == PAGE_CHOOSE
    assert "cancelled" in dialog.choose_message.text() and dialog.task is None
    assert not dialog.findings.rows
    assert (vault.entries.count(), vault.dismissals.all(), vault.conn.total_changes) == before


def test_locking_during_the_check_stops_it(qtbot: QtBot, big_window: MainWindow) -> None:
    dialog = _check_dialog(big_window)
    assert dialog.run_check()
    task = dialog.task
    assert task is not None
    big_window.lock()
    assert big_window.is_locked and task.done and dialog.task is None
    assert QApplication.activeModalWidget() in (None, big_window.passphrase_dialog)
    unlock(qtbot, big_window)
    assert big_window.vault is not None and big_window.vault.entries.count() == MANY
