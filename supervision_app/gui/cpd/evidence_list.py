"""Evidence files of one CPD record: add (into the encrypted vault), save a copy, remove.

A file is copied into the vault when it is added; it is written back to disk only when the
user asks for a copy ("Save a copy…"), atomically, where they choose. Both run on a worker
thread with progress and Cancel (gui/common/tasks.py): a few files of up to 20 MB each
took the UI thread for a second or more to read and encrypt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.model import Attachment, format_size
from supervision_app.core.errors import JournalError
from supervision_app.gui.common.dates import shown_date
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.save_task import save_files
from supervision_app.gui.common.tasks import (
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.cpd.widgets import message_label, show_message

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 40


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class EvidenceList(QWidget):
    """Lists the evidence files of ``entry_id``; every change goes to the vault at once."""

    files_changed = Signal()
    #: A copy being saved has ended: True if it was saved (the message says why not).
    save_ended = Signal(bool)
    #: Adding files has ended: how many were added (the message names any that were not).
    add_ended = Signal(int)

    def __init__(self, vault: Callable[[], Vault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.entry_id: int | None = None
        self.attachments: list[Attachment] = []
        #: The copy being saved or the files being added on a worker thread, if any.
        self.task: Task | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Evidence files"))
        self.list.setMinimumHeight(60)
        self.list.setToolTip(self.tr("Kept encrypted inside your journal"))
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.setAccessibleName(self.tr("Add an evidence file"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setAccessibleName(self.tr("Save a copy of the evidence file"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the evidence file"))
        self.message = message_label(self.tr("Evidence file message"))
        self.empty = QLabel(self.tr("No files yet: add a certificate, notes or slides."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.choose_files)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.save_copy())
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------

    def load(self, entry_id: int | None, attachments: Sequence[Attachment]) -> None:
        self.entry_id = entry_id
        self.attachments = list(attachments)
        show_message(self.message, "")
        self._fill()

    def clear(self) -> None:
        self.load(None, [])

    def _fill(self) -> None:
        self.list.clear()
        for attachment in self.attachments:
            size = format_size(attachment.size, QCoreApplication.translate)
            text = f"{attachment.filename}  ({size})"
            item = QListWidgetItem(text, self.list)
            item.setData(ATTACHMENT_ROLE, attachment.id)
            item.setToolTip(
                self.tr("{name}, {size}, added {day}").format(
                    name=attachment.filename,
                    size=format_size(attachment.size, QCoreApplication.translate),
                    day=shown_date(attachment.added_at.astimezone().date()),
                )
            )
        self.empty.setVisible(not self.attachments)
        self.list.setVisible(bool(self.attachments))
        if self.attachments:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.save_button.setEnabled(chosen and self.task is None)
        self.remove_button.setEnabled(chosen and self.isEnabled() and self.task is None)
        self.add_button.setEnabled(self.entry_id is not None and self.task is None)

    def current(self) -> Attachment | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ATTACHMENT_ROLE)
        return next((a for a in self.attachments if a.id == wanted), None)

    # -- changing --------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), _documents_folder()
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> bool:
        """Start copying each file into the vault on a worker thread, with progress and
        Cancel between files; ``add_ended`` says how many went in, and the message names
        each file that could not be added. False if it cannot start (no record, or a copy
        or another add is running)."""
        vault = self._vault()
        entry_id = self.entry_id
        if vault is None or entry_id is None or self.task is not None or not paths:
            return False
        paths = list(paths)
        added: list[Path] = []
        problems: list[str] = []
        unreadable = self.tr("{name} could not be read ({reason}).")
        adding = self.tr("Adding {name}…")

        def work(control: TaskControl) -> None:
            for n, path in enumerate(paths):
                control.check()
                control.progress(n, len(paths), adding.format(name=path.name))
                try:
                    vault.attachments.add_file(entry_id, path)
                    added.append(path)
                except JournalError as error:
                    problems.append(error_text(error))
                except OSError as error:
                    problems.append(
                        unreadable.format(name=path.name, reason=error.strerror or error)
                    )
            control.check()

        def failed(error: BaseException) -> None:
            if was_cancelled(error):
                problems.append(
                    self.tr("Cancelled: {added} of {total} files were added.").format(
                        added=len(added), total=len(paths)
                    )
                )
            else:
                problems.append(error_text(error))
            self._added(entry_id, added, problems)

        show_message(self.message, "")
        self.add_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.task = run_with_progress(
            self,
            self.tr("Add evidence files"),
            adding.format(name=paths[0].name),
            work,
            on_done=lambda _result: self._added(entry_id, added, problems),
            on_failed=failed,
            interrupt=vault.conn.interrupt,
        )
        return True

    def _added(self, entry_id: int, added: list[Path], problems: list[str]) -> None:
        self.task = None
        vault = self._vault()
        if vault is not None and self.entry_id == entry_id:  # still the record shown
            self.attachments = vault.attachments.list(entry_id)
            self._fill()
            if added:
                self.list.setCurrentRow(self.list.count() - 1)
            show_message(self.message, " ".join(problems))
        self._update_buttons()
        if added:
            self.files_changed.emit()
        self.add_ended.emit(len(added))

    def save_copy(self) -> None:
        attachment = self.current()
        if attachment is None:
            return
        start = str(Path(_documents_folder()) / attachment.filename)
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy of"), start)
        if name:
            self.save_copy_to(attachment, Path(name))

    def save_copy_to(self, attachment: Attachment, path: Path) -> bool:
        """Start writing the file's bytes to ``path`` (atomically) on a worker thread, with
        progress and Cancel; ``save_ended`` says whether it was saved. False if it cannot
        start (no vault, or a copy is being saved)."""
        vault = self._vault()
        if vault is None or self.task is not None:
            return False
        show_message(self.message, "")
        self.save_button.setEnabled(False)
        self.task = save_files(
            self,
            self.tr("Save a copy"),
            [(path, partial(vault.attachments.data, attachment.id))],
            on_saved=lambda _paths: self._copy_ended(
                self.tr("Saved a copy to {path}.").format(path=path), saved=True
            ),
            on_failed=lambda failed: self._copy_ended(failed.message(), saved=False),
            interrupt=vault.conn.interrupt,
        )
        return True

    def _copy_ended(self, text: str, *, saved: bool) -> None:
        self.task = None
        self._update_buttons()
        show_message(self.message, text, problem=not saved)
        self.save_ended.emit(saved)

    def remove_current(self, *, confirm: bool = True) -> None:
        attachment = self.current()
        vault = self._vault()
        if attachment is None or vault is None or self.entry_id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove evidence file"),
                self.tr(
                    "Remove {name} from this record? It is deleted from your journal; "
                    "copies you saved elsewhere are not affected."
                ).format(name=attachment.filename),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            vault.attachments.remove(attachment.id)
        except JournalError as error:
            show_message(self.message, error_text(error))
        self.attachments = vault.attachments.list(self.entry_id)
        self._fill()
        self.files_changed.emit()
