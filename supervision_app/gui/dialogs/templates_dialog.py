"""Your own reflection templates: create, edit, delete, and share a set as a file.

Importing a file (reading, checking every template, saving them in one transaction, and
building the library again) runs on a worker thread behind a progress dialog with Cancel;
a cancelled import saves no template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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

from supervision_app.core.errors import JournalError
from supervision_app.core.frameworks import FrameworkFileError, FrameworkLibrary
from supervision_app.core.guided import TEMPLATE_KINDS
from supervision_app.core.templates import (
    TemplateSetError,
    dump_template_set,
    framework_to_data,
    load_template_set,
    parse_template,
)
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.keys import enter_opens_row
from supervision_app.gui.common.save_task import save_files
from supervision_app.gui.common.tasks import (
    Task,
    TaskControl,
    run_with_progress,
    was_cancelled,
)
from supervision_app.gui.dialogs.template_editor import TemplateEditor, slugify
from supervision_app.storage.reflection import library_with_templates
from supervision_app.storage.vault import Vault, VaultFileChosen, is_open_vault_file

ID_ROLE = Qt.ItemDataRole.UserRole + 40


class TemplatesDialog(QDialog):
    #: The library with the vault's templates as they are now.
    templates_changed = Signal(object)
    #: An import ended: how many templates, and why none ("" when it worked).
    import_ended = Signal(int, str)
    #: An export has ended: how many templates were written, and why none ("" if written).
    export_ended = Signal(int, str)
    #: A template editor opened over this one, with the template it started from and whether
    #: it is a new one (so that it can be opened again: gui/common/drafts.py).
    editing = Signal(object, object, bool)

    def __init__(
        self, vault: Vault, library: FrameworkLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reflection templates"))
        self._vault = vault
        self._library = library
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.copy_button = QPushButton(self.tr("&Copy…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.export_button = QPushButton(self.tr("E&xport my templates…"))
        self.import_button = QPushButton(self.tr("&Import templates…"))
        for button, slot in (
            (self.new_button, self.new_template),
            (self.copy_button, self.copy_template),
            (self.edit_button, self.edit_template),
            (self.delete_button, self.delete_template),
            (self.export_button, self.export_dialog),
            (self.import_button, self.import_dialog),
        ):
            button.clicked.connect(slot)
        self.list.currentRowChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.edit_template())  # your own only
        enter_opens_row(self.list)
        side = QVBoxLayout()
        for b in (self.new_button, self.copy_button, self.edit_button, self.delete_button):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(self.export_button)
        side.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Built-in templates come with the app and cannot be changed; copy one to "
                "make your own. A template file holds templates only, never entries."
            )
        )
        note.setWordWrap(True)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(640, 440)
        #: The import running on a worker thread (gui/common/tasks.py), if any.
        self.task: Task | None = None
        self._custom: set[str] = set()
        self.refresh()

    def _custom_ids(self) -> set[str]:
        return set(self._vault.templates.ids())

    def refresh(self) -> None:
        # Kept for the buttons: selection changes (also while locking clears the list, the
        # vault already closed) must not query the vault.
        self._custom = custom = self._custom_ids()
        self.list.clear()
        for fw in self._library:
            if fw.kind in TEMPLATE_KINDS or fw.id in custom:
                suffix = self.tr(" (yours)") if fw.id in custom else self.tr(" (built in)")
                item = QListWidgetItem(fw.name + suffix, self.list)
                item.setData(ID_ROLE, fw.id)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item else None

    def _update_buttons(self) -> None:
        cid = self.current_id()
        mine = cid in self._custom
        self.edit_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
        self.copy_button.setEnabled(cid is not None)

    def _set_library(self, library: FrameworkLibrary | None = None) -> None:
        self._library = library or library_with_templates(self._vault, QCoreApplication.translate)
        self.refresh()
        self.templates_changed.emit(self._library)

    def _unique_id(self, base: str) -> str:
        taken = set(self._library.ids())
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def edit(self, data: dict[str, Any], *, new: bool) -> TemplateEditor:
        """Edit a template (``new``: saved as a new one)."""
        return self._edit(data, new=new)

    def _edit(self, data: dict[str, Any], *, new: bool) -> TemplateEditor:
        editor = TemplateEditor(data, self)

        def save() -> None:
            result = editor.result_data()
            if new:
                result["id"] = self._unique_id(slugify(result["name"]))
            self._vault.templates.save(result)
            self._set_library()

        editor.accepted.connect(save)
        self.editing.emit(editor, data, new)
        editor.open()
        return editor

    def new_template(self) -> TemplateEditor:
        data = {
            "name": self.tr("My reflection"),
            "kind": "model",
            "description": "",
            "items": [
                {
                    "id": "what-happened",
                    "label": self.tr("What happened"),
                    "explanation": "",
                    "prompts": [],
                }
            ],
        }
        return self._edit(data, new=True)

    def copy_template(self) -> TemplateEditor | None:
        cid = self.current_id()
        if cid is None:
            return None
        data = framework_to_data(self._library.get(cid))
        data["name"] = self.tr("{name} (my copy)").format(name=data["name"])
        data.pop("id", None)
        return self._edit(data, new=True)

    def edit_template(self) -> TemplateEditor | None:
        cid = self.current_id()
        if cid is None or cid not in self._custom_ids():
            return None
        data = next(d for d in self._vault.templates.all_data() if d["id"] == cid)
        return self._edit(data, new=False)

    def delete_template(self, *, confirm: bool = True) -> None:
        cid = self.current_id()
        if cid is None or cid not in self._custom_ids():
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Delete template"),
                self.tr(
                    "Delete the template “{name}”? Entries written with it keep their text."
                ).format(name=self._library.get(cid).name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._vault.templates.delete(cid)
        self._set_library()

    # -- sharing ---------------------------------------------------------------------------

    def export_to(self, path: Path) -> bool:
        """Start writing the user's own templates to ``path`` on a worker thread (progress,
        Cancel, an atomic write); ``export_ended`` says how many, or why none. False if an
        import or export is already running."""
        if self.task is not None:
            return False
        vault = self._vault
        count: list[int] = []

        def content() -> bytes:
            templates = [parse_template(d, "vault") for d in vault.templates.all_data()]
            count.append(len(templates))
            return dump_template_set(templates).encode("utf-8")

        self.export_button.setEnabled(False)
        self.task = save_files(
            self,
            self.tr("Export templates"),
            [(path, content)],
            on_saved=lambda _paths: self._exported(count[0] if count else 0, ""),
            on_failed=lambda failed: self._exported(0, failed.message()),
            interrupt=vault.conn.interrupt,
        )
        return True

    def _exported(self, n: int, problem: str) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.export_ended.emit(n, problem)

    def import_from(self, path: Path) -> bool:
        """Start importing every template in the file, or none, on a worker thread (a
        progress dialog with Cancel); ``import_ended`` says how many, or why none.
        False if an import is already running."""
        if self.task is not None:
            return False
        builtin = {fw.id for fw in self._library} - self._custom_ids()
        vault = self._vault
        unreadable = self.tr("{file} could not be read: {reason}")
        clashing = self.tr(
            "{file}: the template id '{id}' is a built-in template; rename it in the file."
        )
        saving = self.tr("Importing {done} of {total} templates…")

        def work(control: TaskControl) -> tuple[int, FrameworkLibrary]:
            if is_open_vault_file(path):  # reading it here would drop SQLite's locks on it
                raise VaultFileChosen(path)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise TemplateSetError(
                    unreadable.format(file=path.name, reason=error_text(exc))
                ) from None
            control.check()
            templates = load_template_set(text, path.name)
            clash = [t.id for t in templates if t.id in builtin]
            if clash:
                raise TemplateSetError(clashing.format(file=path.name, id=clash[0]))
            control.check()

            def step(done: int, total: int) -> None:
                control.check()
                if done % 50 == 0 or done == total:
                    control.progress(done, total, saving.format(done=done, total=total))

            vault.templates.save_many([framework_to_data(t) for t in templates], step)
            return len(templates), library_with_templates(vault, QCoreApplication.translate)

        self.import_button.setEnabled(False)
        self.task = run_with_progress(
            self,
            self.tr("Import templates"),
            self.tr("Reading {file}…").format(file=path.name),
            work,
            on_done=self._imported,
            on_failed=self._import_failed,
            interrupt=vault.conn.interrupt,
        )
        return True

    def _imported(self, result: object) -> None:
        self.task = None
        self.import_button.setEnabled(True)
        assert isinstance(result, tuple)
        n, library = result
        self._set_library(library)
        self.import_ended.emit(n, "")

    def _import_failed(self, error: BaseException) -> None:
        self.task = None
        self.import_button.setEnabled(True)
        if was_cancelled(error):
            message = self.tr("Cancelled: no template was imported.")
        elif isinstance(error, TemplateSetError | FrameworkFileError | JournalError):
            message = error_text(error)
        else:
            message = self.tr("No template was imported ({reason}).").format(
                reason=error_text(error)
            )
        self.import_ended.emit(0, message)

    def export_dialog(self) -> None:
        if not self._custom_ids():
            QMessageBox.information(
                self, self.tr("Export templates"), self.tr("You have no templates of your own yet.")
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my templates"),
            "templates.json",
            self.tr("Template files (*.json)"),
        )
        if path and self.export_to(Path(path)):
            self.export_ended.connect(self._say_exported)  # once: this export's outcome

    def _say_exported(self, n: int, problem: str) -> None:
        self.export_ended.disconnect(self._say_exported)
        if problem:
            QMessageBox.warning(self, self.tr("Nothing exported"), problem)
            return
        QMessageBox.information(
            self,
            self.tr("Export templates"),
            self.tr("%n template(s) exported.", "", n),
        )

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import templates"), "", self.tr("Template files (*.json)")
        )
        if path and self.import_from(Path(path)):
            self.import_ended.connect(self._say_imported)  # once: this import's outcome

    def _say_imported(self, n: int, problem: str) -> None:
        self.import_ended.disconnect(self._say_imported)
        if problem:
            QMessageBox.warning(self, self.tr("Nothing imported"), problem)
            return
        QMessageBox.information(
            self,
            self.tr("Import templates"),
            self.tr("%n template(s) imported.", "", n),
        )
