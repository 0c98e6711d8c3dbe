"""Saving files the user asked for (a copy of an evidence file, charts as PNG, templates)
on a worker thread, with progress and Cancel (gui/common/tasks.py).

Why: reading a 20 MB evidence file out of the vault and writing it, encoding charts or
serialising a thousand templates took the UI thread for a noticeable time, and a slow or
full disk could hold it much longer. Each file is written atomically (core/atomic.py) in
pieces with Cancel between them: a cancelled or failed save leaves the file that was there
before, and no temporary file. A failure comes back as one sentence that names the file and
says what to do (:func:`failure_message`).
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from supervision_app.core.atomic import atomic_file
from supervision_app.core.errors import JournalError
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import (
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)

#: Bytes written between two checks of Cancel (and two progress reports).
PIECE_BYTES = 1 << 20

#: The files to save: each one's path, and what makes its bytes (called on the worker thread
#: just before the file is written).
Files = Sequence[tuple[Path, Callable[[], bytes]]]

translate = QCoreApplication.translate


def failure_message(path: Path, error: BaseException) -> str:
    """One sentence: what could not be saved, and why in words the user can act on."""
    if was_cancelled(error):
        return translate("SaveTask", "Cancelled: {name} was not saved.").format(name=path.name)
    if isinstance(error, JournalError):
        return error_text(error)
    code = error.errno if isinstance(error, OSError) else None
    if code == errno.ENOSPC:
        return translate(
            "SaveTask", "{path} could not be saved because the disk is full: free some space."
        ).format(path=path)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate(
            "SaveTask",
            "{path} could not be saved because that folder cannot be written to: "
            "choose another folder.",
        ).format(path=path)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else error
    return translate("SaveTask", "{path} could not be saved ({reason}).").format(
        path=path, reason=reason
    )


def write_file(control: TaskControl, path: Path, data: bytes, label: str = "") -> None:
    """Write ``data`` to ``path`` atomically, in pieces, checking Cancel between them (a
    cancel leaves the file that was there before, and no temporary file)."""
    view = memoryview(data)
    with atomic_file(path, "wb") as handle:
        for start in range(0, len(view), PIECE_BYTES):
            control.check()
            handle.write(view[start : start + PIECE_BYTES])
            control.progress(min(start + PIECE_BYTES, len(view)), len(view), label)


class SaveFailed(Exception):
    """A save that stopped: the files written before it stopped, the one it stopped at,
    and why (:class:`Cancelled` after Cancel)."""

    def __init__(self, written: list[Path], path: Path, error: BaseException) -> None:
        super().__init__(str(error))
        self.written = written
        self.path = path
        self.error = error

    def message(self) -> str:
        return failure_message(self.path, self.error)


def save_files(
    parent: QWidget,
    title: str,
    files: Files,
    *,
    on_saved: Callable[[list[Path]], object],
    on_failed: Callable[[SaveFailed], object],
    interrupt: Callable[[], object] | None = None,
) -> Task:
    """Make and write ``files`` one after the other on a worker thread, behind a progress
    dialog with Cancel; ``on_saved`` gets the paths written, ``on_failed`` a
    :class:`SaveFailed` (both on the UI thread). ``interrupt`` stops a long read of the vault
    (its connection's ``interrupt``) when the bytes come from there."""
    written: list[Path] = []
    files = list(files)

    def work(control: TaskControl) -> list[Path]:
        for path, make in files:
            label = translate("SaveTask", "Saving {name}…").format(name=path.name)
            control.check()
            control.progress(0, 0, label)
            data = make()
            control.check()
            write_file(control, path, data, label)
            written.append(path)
        return list(written)

    def failed(error: BaseException) -> None:
        at = files[min(len(written), len(files) - 1)][0] if files else Path()
        on_failed(SaveFailed(list(written), at, error))

    first = files[0][0].name if files else ""
    return run_with_progress(
        parent,
        title,
        translate("SaveTask", "Saving {name}…").format(name=first),
        work,
        on_done=on_saved,
        on_failed=failed,
        interrupt=interrupt,
    )
