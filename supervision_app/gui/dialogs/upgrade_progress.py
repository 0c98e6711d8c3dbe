"""Unlocking off the UI thread, with a progress dialog when the vault is being upgraded.

Opening a vault derives the key (0.1-0.5 s) and, once after the app is updated, upgrades
its schema: rebuilding the search index of 50,000 entries takes 10-15 s. That runs on a
worker thread while the UI thread waits in a local event loop that repaints (the upgrade's
progress dialog appears at its first report) but takes no user input until the vault is
open, so nothing can be clicked twice or half-unlocked. There is no Cancel: an upgrade is
all or nothing, and stopping it would leave the journal unopened by this version of the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from supervision_app.storage.schema.progress import Progress
from supervision_app.storage.vault import Vault


class VaultUnlocker(Protocol):
    """``Vault.open`` or anything called like it."""

    def __call__(
        self, path: Path, passphrase: str, /, *, on_progress: Progress | None = None
    ) -> Vault: ...


class _Opening(QThread):
    reported = Signal(int, int)

    def __init__(self, open_vault: VaultUnlocker, path: Path, passphrase: str) -> None:
        super().__init__()
        self._open_vault, self._path, self._passphrase = open_vault, path, passphrase
        self.vault: Vault | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.vault = self._open_vault(
                self._path, self._passphrase, on_progress=self.reported.emit
            )
        except BaseException as error:  # handed to the UI thread, raised there
            self.error = error


class UpgradeProgress(QProgressDialog):
    """Shown while the vault's schema is upgraded: how far, and that nothing is lost."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Upgrading your journal"))
        self.setAccessibleName(self.tr("Upgrading your journal"))
        label = QLabel(
            self.tr(
                "Updating your journal for this version of the app: a backup first, then "
                "the search index. This happens once and changes none of your entries."
            )
        )
        label.setWordWrap(True)
        self.setLabel(label)
        self.setMinimumWidth(420)
        self.setCancelButton(None)  # type: ignore[arg-type]
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)  # busy until the first count

    def report(self, done: int, total: int) -> None:
        if not self.isVisible():
            self.show()
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))


def open_vault_showing_upgrade(
    open_vault: VaultUnlocker, path: Path, passphrase: str, parent: QWidget | None
) -> Vault:
    """``open_vault(path, passphrase)`` on a worker thread; its errors are raised here."""
    opening = _Opening(open_vault, path, passphrase)
    progress: list[UpgradeProgress] = []
    ended = False

    def reported(done: int, total: int) -> None:
        if ended:  # a report still queued when the opening had already ended
            return
        if not progress:
            progress.append(UpgradeProgress(parent))
        progress[0].report(done, total)

    loop = QEventLoop()
    opening.reported.connect(reported)
    opening.finished.connect(loop.quit)
    opening.start()
    if not opening.isFinished():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    opening.wait()
    ended = True
    for dialog in progress:
        dialog.hide()
        dialog.deleteLater()
    if opening.error is not None:
        raise opening.error
    assert opening.vault is not None
    return opening.vault
