"""What was typed in a dialog, kept through a lock.

Locking closes every dialog. Text being written in one (an agreement, a peer reflection, an
addendum, a template, a check-in: the idle lock comes after 5 minutes without a key, which
thinking can take) would be lost with it, while typing in the editors is kept. Whoever opens
such a dialog hands it to the window's :class:`DraftKeeper` with a way to open it again;
before the lock closes it, the keeper reads what it holds (in memory only, never on disk, as
a change that could not be saved is: gui/saving.py) and, after unlock, opens it again and
puts the text back. A dialog still as it opened is not kept.

Not kept, on purpose: the names typed to sign a record or a proposal (a signature is typed
again by whoever signs, after the unlock), passphrases, search boxes and file paths.

A dialog takes part by having :meth:`KeepsDraft.draft` and :meth:`KeepsDraft.restore_draft`
(one small protocol, whatever the dialog): nothing here knows the kinds of dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QDialog

T = TypeVar("T")


class KeepsDraft(Protocol[T]):
    """A dialog whose typed text can be read as a value and put back into a new one."""

    def draft(self) -> T:
        """What the dialog holds now (None: nothing to keep); equal values mean nothing was
        typed in between."""
        ...

    def restore_draft(self, draft: T) -> None:
        """Put back what :meth:`draft` returned (in a dialog opened again)."""
        ...


@dataclass(eq=False)
class _Watched:
    dialog: QDialog
    #: Called before the dialog closes: the draft to keep, or None when it is untouched.
    take: Callable[[], Callable[[], bool] | None]


class DraftKeeper:
    """The window's one keeper of dialogs' drafts (built by the main window, given to the
    controllers that open dialogs)."""

    def __init__(self) -> None:
        self._watched: list[_Watched] = []
        #: Drafts of the dialogs the last lock closed, each as a call that opens its dialog
        #: again with the text (True when it could). Empty once reopened or forgotten.
        self.kept: list[Callable[[], bool]] = []

    def watch(self, dialog: KeepsDraft[T], reopen: Callable[[], KeepsDraft[T] | None]) -> None:
        """Keep ``dialog``'s draft if a lock closes it; ``reopen`` opens one like it again
        (None when it can no longer be opened, e.g. its record was deleted)."""
        assert isinstance(dialog, QDialog)
        opened = dialog.draft()

        def take() -> Callable[[], bool] | None:
            typed = dialog.draft()
            if typed is None or typed == opened:
                return None

            def restore() -> bool:
                again = reopen()
                if again is None:
                    return False
                again.restore_draft(typed)
                return True

            return restore

        watched = _Watched(dialog, take)
        self._watched.append(watched)
        dialog.finished.connect(lambda _r: self._forget(watched))
        # Also when it goes without finishing (a window disposed of with its signals off).
        dialog.destroyed.connect(lambda *_: self._forget(watched))

    def _forget(self, watched: _Watched) -> None:
        if watched in self._watched:
            self._watched.remove(watched)

    def _drafts(self) -> Iterator[Callable[[], bool]]:
        """The drafts of the open dialogs typed in since they opened."""
        for watched in list(self._watched):
            try:
                restore = watched.take() if watched.dialog.isVisible() else None
            except RuntimeError:  # its window was already deleted: nothing left to keep
                continue
            if restore is not None:
                yield restore

    def keep(self) -> None:
        """Before a lock closes the dialogs: keep the drafts of those typed in."""
        self.kept = list(self._drafts())

    def typed(self) -> bool:
        """Whether an open dialog holds text typed since it opened (quitting would lose it)."""
        return next(self._drafts(), None) is not None

    def reopen(self) -> int:
        """Once unlocked: open the kept drafts' dialogs again; the number reopened."""
        kept, self.kept = self.kept, []
        return sum(1 for restore in kept if restore())

    def forget(self) -> None:
        """Quitting: drop the kept text (Python cannot overwrite it; no reference is left)."""
        self.kept.clear()
        self._watched.clear()
