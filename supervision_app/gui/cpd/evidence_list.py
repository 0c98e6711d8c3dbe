"""Evidence files of one CPD record: add (into the encrypted vault), save a copy, remove.

A file is copied into the vault when it is added; it is written back to disk only when the
user asks for a copy ("Save a copy…"), atomically, where they choose.
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
from supervision_app.gui.common.tasks import Task
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

    def __init__(self, vault: Callable[[], Vault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.entry_id: int | None = None
        self.attachments: list[Attachment] = []
        #: The copy being saved on a worker thread (gui/common/save_task.py), if any.
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
        self.remove_button.setEnabled(chosen and self.isEnabled())
        self.add_button.setEnabled(self.entry_id is not None)

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

    def add_files(self, paths: Sequence[Path]) -> None:
        """Copy each file into the vault; a file that cannot be added is named, the rest go in."""
        vault = self._vault()
        if vault is None or self.entry_id is None:
            return
        problems: list[str] = []
        added = 0
        for path in paths:
            try:
                vault.attachments.add_file(self.entry_id, path)
                added += 1
            except JournalError as error:
                problems.append(error_text(error))
            except OSError as error:
                problems.append(
                    self.tr("{name} could not be read ({reason}).").format(
                        name=path.name, reason=error.strerror or error
                    )
                )
        self.attachments = vault.attachments.list(self.entry_id)
        self._fill()
        if added:
            self.list.setCurrentRow(self.list.count() - 1)
            self.files_changed.emit()
        show_message(self.message, " ".join(problems))

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
