"""A save that fails is loud and loses nothing.

Every autosave in the window reports to one :class:`SaveKeeper`. When a save fails (a full
disk, a read-only file, a damaged page, or any error storage raises), the keeper shows a
persistent warning bar that says what to do and retries on a timer; the editors keep the
text, and the next edit retries too. When a view must be cleared while its save is failing
(on lock, or when it is closed), its unsaved change goes into :attr:`SaveKeeper.pending`:
in memory only, never on disk unencrypted, and saved as soon as the vault takes it again
(after unlock at the latest). Pending changes are saved before any newer save, so
the newest version of a record always wins.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError
from supervision_app.gui import theme
from supervision_app.gui.common import tasks
from supervision_app.gui.common.errors import error_text
from supervision_app.storage.vault import DatabaseError

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: What a save may raise: the domain's errors and whatever SQLite or the disk raise below
#: them. Any of these is a failed save, never a crash that loses the text.
SAVE_ERRORS: tuple[type[BaseException], ...] = (JournalError, DatabaseError, OSError)
RETRY_MS = 10_000
#: While a task uses the vault on another thread, saves wait this long and try again.
BUSY_RETRY_MS = 300


#: Looked up (and filed by lupdate) under the keeper's context.
translate = QCoreApplication.translate


def advice_for(error: BaseException) -> str:
    """One plain sentence on what the user can do about ``error``."""
    name = type(error).__name__
    text = str(error).lower()
    code = error.errno if isinstance(error, OSError) else None
    if name == "DiskFull" or "disk is full" in text or code == errno.ENOSPC:
        return translate(
            "SaveKeeper", "The disk is full: free some space (empty the bin, remove large files)."
        )
    if name == "VaultReadOnly" or "readonly" in text or "read-only" in text:
        return translate(
            "SaveKeeper",
            "The journal's file cannot be written: check the disk and its permissions.",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate(
            "SaveKeeper",
            "The journal's file cannot be written: check the disk and its permissions.",
        )
    if name == "VaultDamaged" or "malformed" in text or "not a database" in text:
        return translate(
            "SaveKeeper",
            "The journal's file may be damaged: keep the app open and restore a backup.",
        )
    return translate(
        "SaveKeeper", "Keep the app open; if this stays, check the disk the journal is on."
    )


def reason_for(error: BaseException) -> str:
    """The sentence to show: storage's own for its errors (each is one plain sentence that
    says what happened), else what the user can do about a raw SQLite or disk error."""
    if isinstance(error, JournalError):
        text = error_text(error).strip()
        return text if text.endswith((".", "!", "?")) else text + "."
    return advice_for(error)


def warn_not_added(parent: QWidget | None, error: BaseException) -> None:
    """Something new (an entry, a session) could not be written: say why at once. Unlike a
    failed save there is nothing to keep and retry: the action changed nothing."""
    QMessageBox.warning(parent, translate("SaveKeeper", "Nothing was added"), reason_for(error))


@dataclass
class PendingSave:
    """An unsaved change kept in memory after its view was cleared."""

    label: str
    apply: Callable[[Vault], object]
    #: The record itself, so an editor that shows it again shows this version.
    data: object = None


class SaveWarningBar(QFrame):
    """The red bar above the editor; it stays until every change is saved."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveWarning")
        theme.set_tone(self, "save_warning")  # the theme's alert colours, light or dark
        self.setAccessibleName(self.tr("Changes not saved"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Why your changes are not saved"))
        self.retry_button = QPushButton(self.tr("&Try again now"))
        self.retry_button.setAccessibleName(self.tr("Try saving again now"))
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def above(self, content: QWidget) -> QWidget:
        """A widget holding this bar above ``content`` (the window's central widget)."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        layout.addWidget(content, 1)
        return holder

    def show_error(self, error: BaseException, pending: int) -> None:
        text = self.tr(
            "Your latest changes are NOT saved. {reason} Until they are, they stay here in the "
            "app (nothing is written unencrypted), and saving is tried again every {seconds} "
            "seconds and when you type."
        ).format(reason=reason_for(error), seconds=RETRY_MS // 1000)
        if pending:
            text += " " + self.tr(
                "Waiting to be saved: %n record(s) no longer on screen.", "", pending
            )
        self.label.setText(text)
        self.show()


class SaveKeeper(QObject):
    """Tracks failed saves for the window: the bar, the retry timer and the pending stash."""

    def __init__(
        self,
        bar: SaveWarningBar,
        retry: Callable[[], object],
        vault: Callable[[], Vault | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self._retry = retry
        self._vault = vault
        self.pending: dict[Hashable, PendingSave] = {}
        self.last_error: BaseException | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        bar.retry_requested.connect(self.retry)

    @property
    def failing(self) -> bool:
        return self.last_error is not None

    @property
    def has_unsaved(self) -> bool:
        return self.failing or bool(self.pending)

    def failed(self, error: BaseException) -> None:
        self.last_error = error
        self.bar.show_error(error, len(self.pending))
        if not self.timer.isActive():
            self.timer.start()

    def succeeded(self) -> None:
        """A save went through: the bar goes once nothing else is waiting."""
        self.last_error = None
        self._update()

    def keep(
        self, key: Hashable, label: str, apply: Callable[[Vault], object], data: object = None
    ) -> None:
        """Keep an unsaved change in memory until the vault takes it."""
        self.pending[key] = PendingSave(label, apply, data)
        if self.last_error is not None:
            self.bar.show_error(self.last_error, len(self.pending))
        if not self.timer.isActive():
            self.timer.start()

    def pending_data(self, key: Hashable) -> object:
        """The newest unsaved version of a record, for an editor that shows it again."""
        item = self.pending.get(key)
        return None if item is None else item.data

    def flush_pending(self) -> bool:
        """Save the pending changes (oldest first); every live save calls this first, so a
        newer version from an editor always lands after the older pending one."""
        vault = self._vault()
        if vault is None:
            return not self.pending
        # Backups do not count: they use connections of their own (gui/backups.py).
        if tasks.saves_wait():
            # The vault's connection belongs to a worker for now (gui/common/tasks.py): the
            # editors keep their changes and save when it is done.
            QTimer.singleShot(BUSY_RETRY_MS, self, self.retry)
            return False
        for key, item in list(self.pending.items()):
            try:
                item.apply(vault)
            except SAVE_ERRORS as error:
                self.failed(error)
                return False
            self.pending.pop(key, None)
        return True

    def retry(self) -> bool:
        """Save the pending changes, then ask the window to save its editors again."""
        if self._vault() is None:
            return not self.has_unsaved
        if not self.flush_pending():
            return False
        self.last_error = None
        self._retry()
        self._update()
        return not self.has_unsaved

    def _update(self) -> None:
        if self.has_unsaved:
            if self.last_error is not None:
                self.bar.show_error(self.last_error, len(self.pending))
            if not self.timer.isActive():
                self.timer.start()
            return
        self.timer.stop()
        self.bar.hide()
        self.bar.label.clear()
