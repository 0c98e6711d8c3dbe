"""Unlock and change-passphrase dialogs (the first run's welcome creates the journal).

They never talk to storage themselves: the window passes a callable that tries the
passphrase and raises the domain's errors, and the dialog shows the sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.errors import JournalError, VaultDamaged, WrongPassphrase
from supervision_app.core.passphrase import check_new_passphrase
from supervision_app.gui import texts
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.theme import set_tone

if TYPE_CHECKING:
    from supervision_app.gui.common.tasks import Task, TaskControl


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    set_tone(label, "error")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("widgets", "Error"))
    label.hide()
    return label


class _PassphraseDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # grow to show the whole (wrapped) sentence

    def _try_accept(self) -> None:
        raise NotImplementedError


class UnlockDialog(_PassphraseDialog):
    """Asks for the passphrase until it is right; a wrong one leaves the vault untouched.

    "Restore from backup…" emits ``restore_requested`` (with no note); so does a vault that
    opens as damaged (with a note saying so), which is never called a wrong passphrase.
    Whoever owns the lock screen opens the restore dialog (gui/backups.py).
    """

    restore_requested = Signal(str)

    def __init__(
        self, path: Path, unlock: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(texts.tr(texts.UNLOCK_TITLE), parent)
        self._unlock = unlock
        where = QLabel(self.tr("Journal: {path}").format(path=path))
        where.setWordWrap(True)
        self.passphrase = _password_field(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.restore_button = self.buttons.addButton(
            self.tr("Restore from &backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore from backup"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(""))
        #: What a restore from this dialog did (shown instead of an earlier error).
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Restore result"))
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # The lock screen stays up on Escape: quitting is Ctrl+Q, the Quit button or the menu.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def _try_accept(self) -> None:
        self.note.hide()
        try:
            self._unlock(self.passphrase.text())
        except WrongPassphrase:
            self.show_error(texts.tr(texts.WRONG_PASSPHRASE))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except VaultDamaged:
            self.show_error(
                self.tr(
                    "Your journal's file is damaged, so it cannot be opened; your passphrase "
                    "is not the problem. Restore a backup: the damaged file is kept as it is."
                )
            )
            self.restore_requested.emit(
                self.tr(
                    "Your journal's file is damaged, so it cannot be opened. Restore the "
                    "newest backup that opens: the damaged file is kept as it is, next to "
                    "the journal."
                )
            )
            return
        except JournalError as exc:
            self.show_error(error_text(exc))
            return
        self.passphrase.clear()
        self.accept()

    def after_restore(self, text: str) -> None:
        """A backup was put in place: say so instead of the earlier error, ready to unlock."""
        self.error.hide()
        self.note.setText(text + " " + self.tr("Unlock it with the backup's passphrase."))
        self.note.show()
        self.adjustSize()
        self.passphrase.setFocus()


class ChangePassphraseDialog(_PassphraseDialog):
    """Changes the passphrase: the journal is re-encrypted page by page under the new one.

    On a large journal that takes seconds (50,000 entries: ~7 s of CPU, with a backup before
    and after), so ``change`` runs on a worker thread while the dialog says it is working
    and keeps its fields read-only; the window stays responsive. It cannot be cancelled once
    begun (SQLCipher re-encrypts in one transaction, so a stop would only waste the work),
    and the dialog cannot be closed meanwhile. ``prepare`` runs on the UI thread first (the
    window stops its other work on the vault). A lock meanwhile waits for it to end.
    """

    def __init__(
        self,
        change: Callable[[str, str], None],
        parent: QWidget | None = None,
        *,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(self.tr("Change passphrase"), parent)
        self._change = change
        self._prepare = prepare
        #: The change running on its worker thread, if any.
        self.task: Task | None = None
        #: Set on the worker once the change is done (a lock may end the task's report).
        self._changed = threading.Event()
        self.old = _password_field(self.tr("Current passphrase"))
        self.new = _password_field(self.tr("New passphrase"))
        self.repeat = _password_field(self.tr("Repeat the new passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.old)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        warning = QLabel(texts.tr(texts.CREATE_WARNING))
        warning.setWordWrap(True)
        self.working = QLabel(
            self.tr(
                "Re-encrypting your journal under the new passphrase. This can take a "
                "minute for a large journal; keep the computer on until it is done."
            )
        )
        self.working.setWordWrap(True)
        self.working.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: SQLCipher re-encrypts in one go
        self.busy.setAccessibleName(self.tr("Re-encrypting the journal"))
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _try_accept(self) -> None:
        # Not imported with the unlock dialog, which is on screen before everything else.
        from supervision_app.gui.common.tasks import Task

        if self.task is not None:
            return
        try:
            check_new_passphrase(self.new.text(), self.repeat.text(), QCoreApplication.translate)
        except JournalError as exc:
            self.show_error(error_text(exc))
            return
        if self._prepare is not None:
            self._prepare()
        old, new = self.old.text(), self.new.text()
        self._changed.clear()

        def work(_control: TaskControl) -> None:
            self._change(old, new)
            self._changed.set()

        self.task = Task(work, self)
        self.task.finished.connect(lambda _result: self._ended(None))
        self.task.failed.connect(self._ended)
        self._show_working(True)
        self.task.start()

    def _show_working(self, working: bool) -> None:
        for field in (self.old, self.new, self.repeat):
            field.setReadOnly(working)
        self.buttons.setEnabled(not working)
        self.working.setVisible(working)
        self.busy.setVisible(working)
        if working:
            self.error.hide()
        self.adjustSize()

    def _ended(self, error: object) -> None:
        from supervision_app.gui.common.tasks import was_cancelled

        self.task = None
        self._show_working(False)
        # Done, even when a lock meanwhile waited for it and reports it as cancelled.
        if error is None or self._changed.is_set():
            for f in (self.old, self.new, self.repeat):
                f.clear()
            self.accept()
        elif isinstance(error, BaseException) and not was_cancelled(error):
            self.show_error(error_text(error))  # the journal keeps its passphrase

    def reject(self) -> None:
        if self.task is None:  # not while re-encrypting: Escape, Cancel and a lock wait
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.task is not None:
            event.ignore()
            return
        super().closeEvent(event)
