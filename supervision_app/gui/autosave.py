"""The entry editor's autosave, written on a worker thread so that typing never waits for it.

Saving a 10,000-word entry costs ~10-45 ms of CPU (the search index tokenises the old and
the new text) and an fsync that takes hundreds of milliseconds on a busy disk: on the UI
thread, each autosave froze typing (benchmarks: ``max_ui_stall_ms``). Now the UI thread
hands an immutable snapshot of the entry (:class:`Entry`, its text a ``str``) to one
worker thread, which writes it on a connection of its own
(``storage/worker_writes.py``) and hands the result back to the UI thread.

What stays as it was (issue 9 item 2):

- Only the debounced autosave of a plain entry goes to the worker. Every other save
  (switching entry, lock, quit, print, export, a retry, guided answers, the CPD details)
  is the window's synchronous ``save_current``, which first waits for the save in flight
  (:meth:`EntryAutosaver.wait`), so nothing is written out of order and lock, quit and
  passphrase changes never leave a write or a connection behind.
- One save at a time; an autosave due while one is in flight waits for it and then
  saves what the editor holds by then: the newest text always wins.
- Changes kept in memory after a failure (``SaveKeeper.pending``) are saved first, on the
  UI thread, as before; while a task uses the vault's connection saves wait.
- A failure comes back to the ``SaveKeeper`` on the UI thread (the warning bar, the
  retries); the editor keeps its text and stays unsaved until a save of exactly what it
  shows succeeds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from supervision_app.core.entries import Entry, EntrySummary

if TYPE_CHECKING:
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.models.entry_list import EntryListModel
    from supervision_app.gui.saving import SaveKeeper
    from supervision_app.storage.vault import Vault


def same_content(a: Entry, b: Entry) -> bool:
    """Whether two versions of an entry hold the same words and fields (not timestamps)."""
    return (a.id, a.title, a.kind, a.practice_date, a.minutes, a.tags, a.body) == (
        b.id,
        b.title,
        b.kind,
        b.practice_date,
        b.minutes,
        b.tags,
        b.body,
    )


def write_entry(vault: Vault, entry: Entry) -> Entry:
    """The worker's write (imported late: storage stays out of the window's import time)."""
    from supervision_app.storage.worker_writes import update_entry_privately

    return update_entry_privately(vault, entry)


class EntryAutosaver(QObject):
    """Writes the entry editor's autosaves on one worker thread, one at a time."""

    #: From the worker when its write has ended; delivered on the UI thread.
    _ended = Signal()
    #: The UI thread has taken a save's result (tests, benchmarks): the snapshot written.
    saved = Signal(object)

    def __init__(
        self,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        saving: SaveKeeper,
        *,
        model: Callable[[], EntryListModel],
        prepare: Callable[[], bool],
        status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.vault = vault
        self.saving = saving
        self._model = model
        #: The UI thread's part before a save: dates typed, the CPD details, pending saves.
        self._prepare = prepare
        self._status = status
        #: The worker's write (tests replace it to fill the worker's disk too).
        self.write: Callable[[Vault, Entry], Entry] = write_entry
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._future: Future[Entry] | None = None
        self._snapshot: Entry | None = None
        #: An autosave came due while one was in flight: save again when it ends.
        self._again = False
        self._ended.connect(self._collect, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._future is not None

    def can_take(self) -> bool:
        """Whether the editor's change is one the worker saves: a plain entry (guided
        answers and their links are saved by the window, on its own connection)."""
        editor = self.editor
        return editor.guided is None and not editor.guided_converted

    def autosave(self) -> bool:
        """Hand the editor's entry to the worker; True if it went (or waits its turn)."""
        editor = self.editor
        if self.vault() is None:
            return True
        if self._future is not None:
            self._again = True  # saved when the one in flight ends, as it is by then
            return True
        if not self._prepare():
            return False  # the keeper shows why and retries; the editor keeps its text
        if not editor.dirty:
            return True
        entry = editor.current_entry()
        vault = self.vault()
        if entry is None or entry.id is None or entry.deleted_at is not None or vault is None:
            return True
        self._snapshot = entry
        self._future = self._pool.submit(self.write, vault, entry)
        self._future.add_done_callback(lambda _f: self._ended.emit())
        return True

    def wait(self) -> None:
        """Block until the save in flight has ended, and take its result now (before a
        synchronous save, a lock, a quit or a passphrase change)."""
        future = self._future
        if future is None:
            return
        try:
            future.exception()  # waits; the result is taken below
        finally:
            self._collect(again=False)

    def _collect(self, again: bool = True) -> None:
        future, snapshot = self._future, self._snapshot
        if future is None or snapshot is None or not future.done():
            return
        self._future = self._snapshot = None
        repeat, self._again = self._again, False
        error = future.exception()
        if error is not None:
            self.saving.failed(error)
            self._status(self.tr("Not saved: see the message above."))
            return
        saved = future.result()
        self._model().replace_summary(EntrySummary.from_entry(saved))
        editor = self.editor
        current = editor.current_entry()
        if current is not None and same_content(current, snapshot):
            editor.mark_saved(saved)
            self.saving.succeeded()
            stamp = dt.datetime.now().strftime("%H:%M:%S")
            self._status(self.tr("Saved at {time}").format(time=stamp))
        self.saved.emit(snapshot)
        if repeat and again:
            self.autosave()

    def shutdown(self) -> None:
        self.wait()
        self._pool.shutdown(wait=True)
