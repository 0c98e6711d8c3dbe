"""Emptying the Trash runs on a worker thread (issue 9 item 9, with 50,000 entries in mind):
deleting 10,000 trashed entries and their index took about 2 CPU seconds on the UI thread.

``empty_trash`` returns before anything is deleted, a 5 ms timer of the UI thread keeps
firing meanwhile, and Cancel deletes nothing (one transaction, rolled back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import _make_vault, copy_of_vault, open_window
from tests.gui.test_offthread_saves import _progress
from tests.gui.test_tasks import Ticks

pytestmark = pytest.mark.gui

TRASHED = 4000
BODY = "We talked about the quokkaclub and her plans for the summer. " * 20


def _make_trash_vault(path: Path) -> None:
    """The window fixture's vault, and ``TRASHED`` entries in its Trash."""
    _make_vault(path, 5)
    with Vault.open(path, PASSPHRASE) as vault, vault.transaction():
        for n in range(TRASHED):
            entry = vault.entries.add(
                Entry(title=f"Old note {n}", body=BODY, practice_date=dt.date(2025, 1, 1))
            )
            assert entry.id is not None
            vault.entries.trash(entry.id)


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    """A window over a copy of a vault with a full Trash, made once per process: filling
    it took 1.5 CPU s in each test."""
    copy_of_vault(vault_path, f"trash-{TRASHED}", _make_trash_vault)
    w = open_window(qtbot, vault_path)
    vault = w.vault
    assert vault is not None and vault.entries.count(trash=True) == TRASHED
    yield w
    w.close()


def test_emptying_the_trash_keeps_the_window_running(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    kept = vault.entries.count()
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(window.trash.emptied, timeout=120_000) as emptied:
        assert window.empty_trash(confirm=False)
        during = ticks.count
        assert window.trash.task is not None and not window.empty_trash(confirm=False)
    ticks.timer.stop()
    assert emptied.args == [TRASHED] and during == 0 and ticks.count >= 1
    assert vault.entries.count(trash=True) == 0 and vault.entries.count() == kept
    assert vault.entries.search("quokkaclub") == []  # gone from the index too
    assert window.trash.task is None


def test_cancelling_deletes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    with qtbot.waitSignal(window.trash.emptied, timeout=120_000) as emptied:
        assert window.empty_trash(confirm=False)
        _progress(window.trash.task).canceled.emit()  # the Cancel button, while it deletes
    assert emptied.args == [0] and vault.entries.count(trash=True) == TRASHED
    assert window.statusBar().currentMessage() == "Cancelled: the Trash was not emptied."
    with qtbot.waitSignal(window.trash.emptied, timeout=120_000) as emptied:
        assert window.empty_trash(confirm=False)  # and it can be emptied afterwards
    assert emptied.args == [TRASHED] and vault.entries.count(trash=True) == 0
