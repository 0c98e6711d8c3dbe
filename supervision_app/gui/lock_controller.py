"""The one locked state: ask for the passphrase, unlock, and lock again.

``lock()`` saves, closes every window that shows vault content, clears every view and the
clipboard, closes the database and asks for the passphrase again (as KeePassXC does).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from supervision_app import APP_NAME
from supervision_app.gui import texts
from supervision_app.gui.dialogs.vault_dialogs import ChangePassphraseDialog, UnlockDialog
from supervision_app.gui.startup import remember_vault_path
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
        self, window: MainWindow, open_vault: VaultOpener, create_vault: VaultOpener
    ) -> None:
        self.w = window
        self._open_vault = open_vault
        self._create_vault = create_vault

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
        w.passphrase_dialog = dialog
        dialog.open()

    def adopt(self, dialog: QDialog) -> None:
        """Take over an unlock dialog shown before the window existed (gui/startup.py)."""
        w = self.w
        w.passphrase_dialog = dialog
        dialog.accepted.connect(self._on_unlocked)
        dialog.rejected.connect(self._on_dialog_rejected)

    def unlock_with(self, passphrase: str) -> None:
        w = self.w
        w.vault = self._open_vault(w.vault_path, passphrase)

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
        if w.vault is None:
            w.close()

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
        w._after_list_change()
        # Home comes first; the first entry opens when the list is shown (home/controller.py),
        # which keeps its Markdown rendering out of the time to the home view.
        w.home.show_home()
        w.idle.start()
        w.statusBar().showMessage(
            translate("LockController", "Unlocked {path}").format(path=w.vault_path), 5000
        )
        w.unlocked.emit()

    def lock(self) -> None:
        """Save, clear every view and the clipboard, close the database, ask again."""
        w = self.w
        if w.vault is None:
            return
        w.save_current()
        w.idle.stop()
        w.searching.stop()
        w.reflection.on_lock()
        w.cpd.on_lock()
        w.supervision.on_lock()
        w.editor.show_entry(None)
        w.home.clear()
        w.model.attach(None)
        w.search.clear()
        w.count_label.clear()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and clipboard.ownsClipboard():
            clipboard.clear()
        w.vault.close()
        w.vault = None
        self.set_locked_ui(True)
        w._after_list_change()
        w.statusBar().showMessage(texts.tr(texts.LOCKED))
        w.locked.emit()
        self.ask_passphrase()

    def set_locked_ui(self, locked: bool) -> None:
        w = self.w
        w.home.stack.setVisible(not locked)
        for a in w.menu_actions.journal_actions():
            a.setEnabled(not locked)
        w.setWindowTitle(window_title(texts.tr(texts.LOCKED)) if locked else APP_NAME)
        w._update_trash_controls()

    def change_passphrase(self) -> None:
        w = self.w
        if w.vault is None:
            return
        dialog = ChangePassphraseDialog(w.vault.change_passphrase, w)
        dialog.accepted.connect(
            lambda: w.statusBar().showMessage(
                translate("LockController", "Passphrase changed."), 5000
            )
        )
        dialog.open()
