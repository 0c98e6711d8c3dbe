"""Long work off the UI thread: one small helper for exports, imports, backups and restores.

``Task(work)`` runs ``work(control)`` on a QThread. The work reports progress with
``control.progress(done, total, text)`` and calls ``control.check()`` between steps, which
raises :class:`Cancelled` once the user pressed Cancel; an optional ``interrupt`` callable
(e.g. the vault connection's ``interrupt``) stops a long SQL statement too. The result
comes back on the UI thread through ``finished``, an error (or :class:`Cancelled`) through
``failed``. :func:`run_with_progress` adds a window-modal QProgressDialog with Cancel.

The vault's shared SQLite connection is used by one thread at a time: while a task that uses
it runs, the window does not save (``SaveKeeper.flush_pending`` asks :func:`saves_wait`).
Backups work on connections of their own (``Vault.private_connection``) and say so with
``saves_wait=False``: the window reads and saves while they run, and nothing else stops
them. Locking or quitting cancels every task and waits for it before the vault is closed
(:func:`cancel_all`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

#: Every task still running, so that lock and quit can stop them first.
_running: set[Task] = set()
INTERRUPT_MS = 50


class Cancelled(Exception):
    """The user cancelled; the work stopped between two steps."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


def was_cancelled(error: BaseException) -> bool:
    """Whether a task's failure is the user's Cancel: :class:`Cancelled` between steps, or
    SQLite's "interrupted" when Cancel interrupted a statement on the task's connection."""
    return isinstance(error, Cancelled) or "interrupted" in str(error)


class TaskControl:
    """What the work sees: progress to report and a Cancel to check (thread-safe)."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class _Worker(QThread):
    succeeded = Signal(object)
    errored = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.work = work
        self.control = TaskControl(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self.work(self.control)
        except BaseException as error:  # every failure goes back to the UI thread
            self.errored.emit(Cancelled() if self.control.cancelled else error)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of work on its own thread; signals arrive on the UI thread."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    #: The progress dialog, when run by :func:`run_with_progress`.
    dialog: QProgressDialog | None = None

    def __init__(
        self,
        work: Callable[[TaskControl], Any],
        parent: QObject | None = None,
        *,
        interrupt: Callable[[], object] | None = None,
        saves_wait: bool = True,
    ) -> None:
        super().__init__(parent)
        #: False for work that never touches the vault's shared connection, nor holds the
        #: vault's write lock (backups): the window's saves go ahead while it runs.
        self.saves_wait = saves_wait
        self._worker = _Worker(work)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.errored.connect(self._errored)
        self._interrupt = interrupt
        self._interrupting = QTimer(self)
        self._interrupting.setInterval(INTERRUPT_MS)
        if interrupt is not None:
            self._interrupting.timeout.connect(interrupt)
        self.done = False

    @property
    def control(self) -> TaskControl:
        return self._worker.control

    @property
    def running(self) -> bool:
        return not self.done

    def start(self) -> None:
        _running.add(self)
        self._worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (and stop a long SQL statement)."""
        if self.done:
            return
        self.control.cancel()
        if self._interrupt is not None:
            self._interrupt()
            self._interrupting.start()  # a statement that starts later is stopped too

    def wait(self, ms: int = -1) -> bool:
        """Block until the thread has ended (its signals are then delivered by the loop)."""
        return self._worker.wait() if ms < 0 else self._worker.wait(ms)

    def _succeeded(self, result: object) -> None:
        # Finished even if Cancel came too late to stop it: what was done is done, and the
        # caller (who can see ``control.cancelled``) says so.
        if self.done:
            return
        self._end()
        self.finished.emit(result)

    def end_cancelled(self) -> None:
        """Deliver the end of a cancelled task now (its thread has stopped): ``failed`` with
        :class:`Cancelled`, unless it had already ended."""
        self._errored(Cancelled())

    def _errored(self, error: object) -> None:
        if self.done:
            return
        self._end()
        if isValid(self):  # its owner (a closed window) may be gone: nobody to tell
            self.failed.emit(error)

    def _end(self) -> None:
        self.done = True
        if isValid(self._interrupting):  # deleted with the task's owner
            self._interrupting.stop()
        self._worker.wait()
        _running.discard(self)


def cancel_all(wait_ms: int = 30_000, *, wait_private: bool = True) -> bool:
    """Cancel every running task and wait for their threads; False if one did not stop.

    ``wait_private=False`` (locking) waits only for tasks on the vault's shared connection
    (stopped within milliseconds by their interrupt): backups and the check, on connections
    of their own, are told to stop and left to end by themselves, since closing the vault
    interrupts their connections and keeps its key until they have stopped
    (``Vault.close``). SQLCipher's page check stops for neither Cancel nor an interrupt, so
    waiting for it kept a lock waiting for up to 2 s.
    """
    stopped = True
    for task in list(_running):
        task.cancel()
        if not wait_private and not task.saves_wait:
            continue
        stopped = task.wait(wait_ms) and stopped
        if stopped:  # deliver the end now: the caller may close what the work was using
            task.end_cancelled()
    return stopped


def finish_cancelled(wait_ms: int = 30_000) -> bool:
    """Wait for the tasks already told to stop (a backup a lock left to end by itself:
    the vault stays held until it has); False if one did not stop."""
    stopped = True
    for task in list(_running):
        if task.control.cancelled:
            stopped = task.wait(wait_ms) and stopped
            if stopped:
                task.end_cancelled()
    return stopped


def any_running() -> bool:
    return bool(_running)


def saves_wait() -> bool:
    """True while a task uses the vault's shared connection: saves wait until it ends."""
    return any(task.saves_wait for task in _running)


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[TaskControl], Any],
    *,
    on_done: Callable[[Any], object],
    on_failed: Callable[[BaseException], object],
    interrupt: Callable[[], object] | None = None,
    saves_wait: bool = True,
) -> Task:
    """Run ``work`` on a thread behind a window-modal progress dialog with Cancel."""
    dialog = QProgressDialog(label, QCoreApplication.translate("widgets", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)  # starts the clock: shown if the work takes longer than that
    task = Task(work, dialog, interrupt=interrupt, saves_wait=saves_wait)

    def progressed(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if text:
            dialog.setLabelText(text)

    def cancel() -> None:
        dialog.setLabelText(QCoreApplication.translate("widgets", "Cancelling…"))
        task.cancel()

    def close() -> None:
        dialog.canceled.disconnect(cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def finished(result: object) -> None:
        close()
        on_done(result)

    def failed(error: object) -> None:
        close()
        assert isinstance(error, BaseException)
        on_failed(error)

    task.progressed.connect(progressed)
    dialog.canceled.connect(cancel)
    task.finished.connect(finished)
    task.failed.connect(failed)
    task.dialog = dialog
    task.start()
    return task
