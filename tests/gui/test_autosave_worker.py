"""The entry's autosave is written on a worker thread (gui/autosave.py), and loses nothing.

Each test holds the worker's real write (storage/worker_writes.py, a connection of its own)
at a gate, so that a lock, a quit, more typing or a second autosave happens while the save
is in flight; the gate is opened from another thread, as a slow disk would finish. What the
vault holds afterwards is read back from the file with a new connection.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.autosave import write_entry
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.blocked import OpenWhenBlocked
from tests.gui.conftest import shortcut, unlock
from tests.gui.test_tasks import Ticks

pytestmark = pytest.mark.gui


class Gate:
    """Holds each worker write until opened; notes the thread and the text it wrote."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.entered = threading.Event()
        self.threads: list[str] = []
        self.bodies: list[str] = []

    def write(self, vault: Vault, entry: Entry) -> Entry:
        self.threads.append(threading.current_thread().name)
        self.entered.set()
        assert self.open.wait(20), "the gate was never opened"
        saved = write_entry(vault, entry)
        self.bodies.append(entry.body)
        return saved

    def open_later(self) -> None:
        """Open from another thread once the UI thread is blocked waiting for the save
        (``AutoSaver.wait``), as a slow disk would finish meanwhile (tests/gui/blocked.py)."""
        self.opener = OpenWhenBlocked(self.open, "wait", "supervision_app/gui/autosave.py")

    @property
    def waited(self) -> bool:
        """Whether the UI thread was seen waiting for the save before the gate opened."""
        self.opener.join()
        return self.opener.waited


@pytest.fixture
def gate(window: MainWindow) -> Iterator[Gate]:
    gate = Gate()
    window.autosaver.write = gate.write
    yield gate
    gate.open.set()


def stored_body(path: Path, entry_id: int) -> str:
    """Read back from the file by a new connection (the window has closed the vault)."""
    with Vault.open(path, PASSPHRASE) as v:
        return v.entries.get(entry_id).body


def body_now(window: MainWindow, entry_id: int) -> str:
    """What the vault holds now, read on the window's own connection."""
    assert window.vault is not None
    return window.vault.entries.get(entry_id).body


def type_in_body(qtbot: QtBot, window: MainWindow, text: str) -> int:
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    window.editor.body.setFocus()
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.body, text)
    return entry.id


def test_autosave_runs_on_a_worker_while_the_window_keeps_running(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    entry_id = type_in_body(qtbot, window, " More words.")
    window.editor.save_due.emit()  # the debounced autosave, now
    assert window.autosaver.busy
    assert gate.entered.wait(5)
    ticks = Ticks()
    ticks.timer.start()
    qtbot.wait(200)  # the write is held: the UI thread runs on, the editor is unsaved
    assert ticks.count > 5 and window.editor.dirty
    assert gate.threads and gate.threads[0] != threading.main_thread().name
    gate.open.set()
    qtbot.waitUntil(lambda: not window.autosaver.busy and not window.editor.dirty)
    assert "Saved at" in window.statusBar().currentMessage()
    assert body_now(window, entry_id).endswith(" More words.")


def test_rapid_edits_end_with_the_newest_text_stored(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    entry_id = type_in_body(qtbot, window, " one")
    window.editor.save_due.emit()
    assert gate.entered.wait(5)
    qtbot.keyClicks(window.editor.body, " two")
    window.editor.save_due.emit()  # due while the first is in flight: waits its turn
    qtbot.keyClicks(window.editor.body, " three")
    window.editor.save_due.emit()
    gate.open.set()
    qtbot.waitUntil(lambda: not window.autosaver.busy and not window.editor.dirty)
    assert len(gate.bodies) == 2  # one in flight, then the newest (not one per key)
    assert gate.bodies[0].endswith(" one") and gate.bodies[1].endswith(" one two three")
    assert body_now(window, entry_id).endswith(" one two three")


def test_ctrl_l_during_an_inflight_save_loses_nothing(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    entry_id = type_in_body(qtbot, window, " before")
    window.editor.save_due.emit()
    assert gate.entered.wait(5)
    qtbot.keyClicks(window.editor.body, " after")  # typed while the save is in flight
    gate.open_later()
    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert gate.waited  # the lock waited for the save in flight
    assert window.is_locked and not window.saving.has_unsaved
    assert not window.autosaver.busy
    assert stored_body(window.vault_path, entry_id).endswith(" before after")
    unlock(qtbot, window)


def test_quit_during_an_inflight_save_loses_nothing(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    entry_id = type_in_body(qtbot, window, " last words")
    window.editor.save_due.emit()
    assert gate.entered.wait(5)
    gate.open_later()
    assert window.close()
    assert gate.waited
    assert stored_body(window.vault_path, entry_id).endswith(" last words")


def test_switching_entry_during_an_inflight_save_keeps_both_versions_in_order(
    qtbot: QtBot, window: MainWindow, gate: Gate
) -> None:
    entry_id = type_in_body(qtbot, window, " first")
    window.editor.save_due.emit()
    assert gate.entered.wait(5)
    qtbot.keyClicks(window.editor.body, " second")
    gate.open_later()
    window.list.setCurrentIndex(window.model.index(window.model.row_of(entry_id) + 1))
    assert gate.waited
    assert window.editor.entry is not None and window.editor.entry.id != entry_id
    assert body_now(window, entry_id).endswith(" first second")


def test_a_save_failing_on_the_worker_warns_keeps_the_text_and_retries(
    qtbot: QtBot, window: MainWindow
) -> None:
    threads: list[str] = []

    def failing(vault: Vault, entry: Entry) -> Entry:
        threads.append(threading.current_thread().name)
        pages = window_pages[0]
        from supervision_app.storage.worker_writes import update_entry_privately

        return update_entry_privately(
            vault, entry, configure=lambda c: c.execute(f"PRAGMA max_page_count = {pages}")
        )

    assert window.vault is not None
    window_pages = [window.vault.conn.execute("PRAGMA page_count").fetchone()[0]]
    window.autosaver.write = failing
    long_text = " Kestrel words that must not be lost." * 400  # needs new pages
    entry_id = type_in_body(qtbot, window, "x")
    window.editor.body.textCursor().insertText(long_text)
    window.editor.save_due.emit()
    qtbot.waitUntil(window.save_bar.isVisible, timeout=5000)
    assert threads and threads[0] != threading.main_thread().name
    assert "NOT saved" in window.save_bar.label.text()
    assert window.editor.dirty and window.editor.body.toPlainText().endswith(long_text)
    window.autosaver.write = write_entry  # space again: the retry saves it
    window.saving.retry()
    assert not window.save_bar.isVisible() and not window.editor.dirty
    assert body_now(window, entry_id).endswith(long_text)
