"""The one locked state: ask for the passphrase, unlock, and lock again.

``lock()`` always locks: it hides the journal, saves (or, when saving fails, keeps the
unsaved changes in memory only), closes every window that shows vault content, clears every
view and the clipboard, closes the database and asks for the passphrase again (as KeePassXC
does). After unlock, the changes kept in memory are saved first.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from supervision_app import APP_NAME
from supervision_app.gui import texts
from supervision_app.gui.common import tasks
from supervision_app.gui.desktop_lock import DesktopLockWatcher
from supervision_app.gui.dialogs.upgrade_progress import VaultUnlocker, open_vault_showing_upgrade
from supervision_app.gui.dialogs.vault_dialogs import ChangePassphraseDialog, UnlockDialog
from supervision_app.gui.saving import SAVE_ERRORS
from supervision_app.gui.startup import remember_vault_path
from supervision_app.gui.unsaved import stash_unsaved
from supervision_app.storage.vault import Vault

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow

VaultOpener = Callable[[Path, str], Vault]


def window_title(state: str) -> str:
    """The title for a state of the window ("Locked"), naming the app once.

    On Windows and Linux Qt adds " — <application display name>" to every title but the
    bare name itself, so "Supervision Journal — Locked" was shown as
    "Supervision Journal — Locked — Supervision Journal".
    """
    if QGuiApplication.applicationDisplayName() == APP_NAME:
        return state
    return f"{APP_NAME} — {state}"


#: Looked up under the literal context lupdate files these texts under.
translate = QCoreApplication.translate


class LockController:
    def __init__(
        self, window: MainWindow, open_vault: VaultUnlocker, create_vault: VaultOpener
    ) -> None:
        self.w = window
        self._open_vault = open_vault
        self._create_vault = create_vault
        #: Reports the desktop's screen lock and suspend; gui/startup.py connects it to D-Bus,
        #: tests call its slots, and the window's LiveSettings locks on it when the
        #: "lock_on_screen_lock" preference says so.
        self.desktop = DesktopLockWatcher(window)
        self._anywhere: AnywhereKeys | None = None

    def listen_anywhere(self) -> None:
        """Ctrl+L and Ctrl+Q from any window (the main window calls it once it is built:
        see gui/wheel_guard.py for why application-wide filters come last)."""
        app = QApplication.instance()
        if app is not None and self._anywhere is None:
            self._anywhere = AnywhereKeys(self)
            app.installEventFilter(self._anywhere)

    def stop_listening(self) -> None:
        """The window closed: its keys no longer act from other windows."""
        app = QApplication.instance()
        if app is not None and self._anywhere is not None:
            app.removeEventFilter(self._anywhere)
        self._anywhere = None

    def change_passphrase(self) -> None:
        w = self.w
        if w.vault is None:
            return
        vault = w.vault

        def prepare() -> None:
            # Re-encrypting every page: a backup under way (on its own connection, with the
            # old key) or other work stops first; the daily backup is tried again later.
            tasks.cancel_all()
            w.autosaver.wait()  # an autosave on its own connection, with the old key, too

        # On a worker thread (seconds for a large journal); saves wait until it is done.
        dialog = ChangePassphraseDialog(vault.change_passphrase, w, prepare=prepare)
        dialog.accepted.connect(
            lambda: w.statusBar().showMessage(
                translate("LockController", "Passphrase changed."), 5000
            )
        )
        dialog.open()

    def ask_passphrase(self) -> None:
        w = self.w
        if w.vault_path.exists():
            dialog: QDialog = UnlockDialog(w.vault_path, self.unlock_with, w)
            dialog.accepted.connect(self._on_unlocked)
        else:
            from supervision_app.gui.welcome.wizard import WelcomeWizard

            wizard = WelcomeWizard(w.vault_path, self._create_at, lambda: w.vault, w)
            wizard.accepted.connect(lambda: self._after_welcome(wizard.wants_guided()))
            dialog = wizard
        dialog.rejected.connect(self._on_dialog_rejected)
        if isinstance(dialog, UnlockDialog):
            dialog.restore_requested.connect(w.backups.show_restore)
        w.passphrase_dialog = dialog
        dialog.open()

    def adopt(self, dialog: QDialog) -> None:
        """Take over an unlock dialog shown before the window existed (gui/startup.py)."""
        w = self.w
        w.passphrase_dialog = dialog
        dialog.accepted.connect(self._on_unlocked)
        dialog.rejected.connect(self._on_dialog_rejected)
        if isinstance(dialog, UnlockDialog):
            dialog.restore_requested.connect(w.backups.show_restore)

    def unlock_with(self, passphrase: str) -> None:
        w = self.w
        # A backup or check the last lock told to stop holds the vault (its key and lock)
        # until it has: it stops within a second or two, well before a passphrase is typed.
        tasks.finish_cancelled()
        # Off the UI thread: an upgrade after an update of the app can take seconds.
        parent = w.passphrase_dialog if w.passphrase_dialog is not None else w
        w.vault = open_vault_showing_upgrade(self._open_vault, w.vault_path, passphrase, parent)

    def _create_at(self, path: Path, passphrase: str) -> None:
        w = self.w
        w.vault = self._create_vault(path, passphrase)
        w.vault_path = path
        remember_vault_path(path)

    def _after_welcome(self, guided: bool) -> None:
        self._on_unlocked()
        if guided and self.w.vault is not None:
            self.w.reflection.new_guided()

    def _on_dialog_rejected(self) -> None:
        w = self.w
        w.passphrase_dialog = None
        if w.vault is None and not w.close() and w.vault is None:
            self.ask_passphrase()  # the user chose to stay (changes wait to be saved)

    def _on_unlocked(self) -> None:
        w = self.w
        dialog, w.passphrase_dialog = w.passphrase_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if w.vault is None:
            return
        if not w.isVisible():  # unlocked from the start-up dialog: the window shows now
            w.show()
        self.set_locked_ui(False)
        w.reflection.on_unlocked()
        w.cpd.on_unlocked()
        w.supervision.on_unlocked()
        w.model.attach(w.vault.entries, w.vault.links)
        w.view_choice.setCurrentIndex(0)
        w.after_list_change()
        # Home comes first; the first entry opens when the list is shown (home/controller.py),
        # which keeps its Markdown rendering out of the time to the home view.
        w.home.show_home()
        w.idle.start()
        w.statusBar().showMessage(
            translate("LockController", "Unlocked {path}").format(path=w.vault_path), 5000
        )
        if w.saving.has_unsaved:
            w.saving.retry()  # what was kept in memory over the lock
        w.backups.start_daily_backup()  # the first unlock of the day, on a worker
        if w.drafts.reopen():  # the dialogs the lock closed, with what was typed in them
            w.statusBar().showMessage(
                translate(
                    "LockController", "What you were writing was kept while the journal was locked."
                ),
                0,
            )
        w.unlocked.emit()

    def lock(self) -> None:
        """Hide, save (or keep in memory), clear every view and the clipboard, close the
        database, ask again. Nothing a view holds can stop it."""
        w = self.w
        if w.vault is None:
            return
        w.home.stack.setVisible(False)
        w.idle.stop()
        # A worker on the window's connection stops (and rolls back) first; a backup or
        # the check is only told to stop: closing the vault below interrupts it and keeps
        # the key until it has stopped, so locking never waits for it.
        tasks.cancel_all(wait_private=False)
        w.drafts.keep()  # what was typed in the dialogs closed below, in memory only
        self.close_dialogs()
        failed: list[Exception] = []
        steps = (
            self._save_all,
            w.searching.stop,
            w.reflection.on_lock,
            w.cpd.on_lock,
            w.supervision.on_lock,
        )
        try:
            # Each step runs even if one before it failed: a view that fails to lock must
            # not leave another's windows open with their text. The first failure is
            # passed on (to be reported) once the vault is closed.
            for step in steps:
                try:
                    step()
                except Exception as error:  # noqa: BLE001 (passed on below)
                    failed.append(error)
        finally:
            self._clear_and_close()
        if failed:
            raise failed[0]

    def _save_all(self) -> None:
        if not self.w.save_all():
            stash_unsaved(self.w)

    def close_dialogs(self) -> None:
        """Reject every dialog (modal ones first, innermost first) except the lock screen;
        the controllers then close and clear the windows they own."""
        keep = self.w.passphrase_dialog
        for _ in range(50):  # a modal dialog may have opened another
            modal = QApplication.activeModalWidget()
            if modal is None or modal is keep or not isinstance(modal, QDialog):
                break
            modal.reject()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not keep:
                widget.reject()

    def quit_from_anywhere(self) -> None:
        """Ctrl+Q over a modal dialog: close the dialogs, then the window (which asks if
        changes could not be saved)."""
        if self.w.quit_question is not None:
            return
        self.close_dialogs() if self.w.vault is not None else None
        QTimer.singleShot(0, self.w.close)

    def _clear_and_close(self) -> None:
        w = self.w
        try:
            w.editor.show_entry(None)
            w.home.clear()
            w.model.attach(None)
            w.search.clear()
            w.count_label.clear()
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None and clipboard.ownsClipboard():
                clipboard.clear()
        finally:
            vault, w.vault = w.vault, None
            if vault is not None:
                with suppress(*SAVE_ERRORS):
                    vault.close()
            self.set_locked_ui(True)
            w.after_list_change()
            w.statusBar().showMessage(texts.tr(texts.LOCKED))
            w.locked.emit()
            self.ask_passphrase()

    def set_locked_ui(self, locked: bool) -> None:
        w = self.w
        w.home.stack.setVisible(not locked)
        for a in w.menu_actions.journal_actions():
            a.setEnabled(not locked)
        w.setWindowTitle(window_title(texts.tr(texts.LOCKED)) if locked else APP_NAME)
        w.update_trash_controls()


class AnywhereKeys(QObject):
    """Ctrl+L and Ctrl+Q from anywhere: session mode, any window, and modal dialogs, where
    Qt blocks even application-wide shortcuts of the main window."""

    def __init__(self, controller: LockController) -> None:
        super().__init__(controller.w)
        self._controller = controller
        self._lock = QKeySequence("Ctrl+L")
        self._quit = QKeySequence("Ctrl+Q")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # isinstance first: it is cheap, and this filter sees every event of the app
        # (asking any event its type builds a Python enum).
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        pressed = QKeySequence(event.keyCombination())
        if pressed.matches(self._lock) == QKeySequence.SequenceMatch.ExactMatch:
            if self._controller.w.vault is not None:
                QTimer.singleShot(0, self._controller.lock)
            event.accept()
            return True
        if pressed.matches(self._quit) == QKeySequence.SequenceMatch.ExactMatch:
            QTimer.singleShot(0, self._controller.quit_from_anywhere)
            event.accept()
            return True
        return False
