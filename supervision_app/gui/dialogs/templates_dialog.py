"""Your own reflection templates: create, edit, delete, and share a set as a file."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkFileError, FrameworkLibrary
from supervision_app.core.guided import TEMPLATE_KINDS
from supervision_app.core.templates import (
    TemplateSetError,
    dump_template_set,
    framework_to_data,
    load_template_set,
    parse_template,
)
from supervision_app.export.atomic import atomic_write
from supervision_app.storage.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 40


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "template"


class TemplateEditor(QDialog):
    """Edit one template's name, kind, description and steps (label, explanation, prompts)."""

    def __init__(self, data: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit template"))
        self.data = copy.deepcopy(data)
        self.name = QLineEdit(self.data.get("name", ""))
        self.name.setAccessibleName(self.tr("Template name"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Reflective model (stages)"), "model")
        self.kind.addItem(self.tr("Practice conversation (questions)"), "conversation")
        self.kind.setCurrentIndex(max(self.kind.findData(self.data.get("kind", "model")), 0))
        self.description = QLineEdit(self.data.get("description", ""))
        self.description.setAccessibleName(self.tr("Description"))
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.step_label = QLineEdit()
        self.step_label.setAccessibleName(self.tr("Step label"))
        self.step_explanation = QPlainTextEdit()
        self.step_explanation.setAccessibleName(self.tr("Step explanation"))
        self.step_explanation.setTabChangesFocus(True)
        self.step_prompts = QPlainTextEdit()
        self.step_prompts.setAccessibleName(self.tr("Prompts, one per line"))
        self.step_prompts.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        add = QPushButton(self.tr("&Add step"))
        remove = QPushButton(self.tr("&Remove step"))
        add.clicked.connect(self._add_step)
        remove.clicked.connect(self._remove_step)
        self._items: list[dict[str, Any]] = list(self.data.get("items", []))
        self._current = -1
        for item in self._items:
            QListWidgetItem(item.get("label", ""), self.steps)
        self.steps.currentRowChanged.connect(self._switch_step)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Description:"), self.description)
        step_form = QFormLayout()
        step_form.addRow(self.tr("Step &label:"), self.step_label)
        step_form.addRow(self.tr("E&xplanation:"), self.step_explanation)
        step_form.addRow(self.tr("&Prompts (2 to 5, one per line):"), self.step_prompts)
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(step_form, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 560)
        if self._items:
            self.steps.setCurrentRow(0)

    def _store_step(self) -> None:
        if 0 <= self._current < len(self._items):
            label = self.step_label.text().strip()
            self._items[self._current] = {
                "id": self._items[self._current].get("id") or slugify(label),
                "label": label,
                "explanation": self.step_explanation.toPlainText().strip(),
                "prompts": [
                    p.strip() for p in self.step_prompts.toPlainText().splitlines() if p.strip()
                ],
            }
            self.steps.item(self._current).setText(label)

    def _switch_step(self, row: int) -> None:
        self._store_step()
        self._current = row
        item = self._items[row] if 0 <= row < len(self._items) else {}
        self.step_label.setText(item.get("label", ""))
        self.step_explanation.setPlainText(item.get("explanation", ""))
        self.step_prompts.setPlainText("\n".join(item.get("prompts", [])))

    def _add_step(self) -> None:
        self._store_step()
        n = len(self._items) + 1
        self._items.append(
            {
                "id": f"step-{n}",
                "label": self.tr("Step {n}").format(n=n),
                "explanation": "",
                "prompts": [],
            }
        )
        QListWidgetItem(self._items[-1]["label"], self.steps)
        self.steps.setCurrentRow(len(self._items) - 1)
        self.step_label.setFocus()
        self.step_label.selectAll()

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self._items):
            self._current = -1
            del self._items[row]
            self.steps.takeItem(row)

    def result_data(self) -> dict[str, Any]:
        self._store_step()
        data = copy.deepcopy(self.data)
        data.update(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            description=self.description.text().strip() or self.tr("My own reflection template"),
            items=self._items,
        )
        data.setdefault("id", slugify(data["name"]))
        data.setdefault("version", "1")
        data.setdefault(
            "source",
            {
                "title": data["name"] or "My template",
                "publisher": "Own work",
                "year": dt.date.today().year,
                "location": "Written in Supervision Journal",
            },
        )
        return data

    def _try_accept(self) -> None:
        try:
            parse_template(self.result_data(), self.tr("this template"))
        except FrameworkFileError as exc:
            self.error.setText(self.friendly(exc))
            return
        self.accept()

    def friendly(self, exc: FrameworkFileError) -> str:
        """'items[1].prompts: …' reads as 'Step 2, prompts: …' for the person editing."""
        field = re.sub(
            r"items\[(\d+)\]\.?",
            lambda m: self.tr("Step {n}, ").format(n=int(m.group(1)) + 1),
            exc.field,
        )
        return f"{field.rstrip(', ')}: {exc.problem}"


class TemplatesDialog(QDialog):
    templates_changed = Signal()

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
        self.refresh()

    def _custom_ids(self) -> set[str]:
        return set(self._vault.templates.ids())

    def refresh(self) -> None:
        custom = self._custom_ids()
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
        mine = cid in self._custom_ids()
        self.edit_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
        self.copy_button.setEnabled(cid is not None)

    def _set_library(self) -> None:
        from supervision_app.storage.reflection import library_with_templates

        self._library = library_with_templates(self._vault)
        self.refresh()
        self.templates_changed.emit()

    def _unique_id(self, base: str) -> str:
        taken = set(self._library.ids())
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def _edit(self, data: dict[str, Any], *, new: bool) -> TemplateEditor:
        editor = TemplateEditor(data, self)

        def save() -> None:
            result = editor.result_data()
            if new:
                result["id"] = self._unique_id(slugify(result["name"]))
            self._vault.templates.save(result)
            self._set_library()

        editor.accepted.connect(save)
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

    def export_to(self, path: Path) -> int:
        templates = [parse_template(d, "vault") for d in self._vault.templates.all_data()]
        atomic_write(path, dump_template_set(templates).encode("utf-8"))
        return len(templates)

    def import_from(self, path: Path) -> int:
        """Import every template in the file, or none (the message says why)."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateSetError(
                self.tr("{file} could not be read: {reason}").format(file=path.name, reason=exc)
            ) from None
        templates = load_template_set(text, path.name)
        builtin = {fw.id for fw in self._library} - self._custom_ids()
        clash = [t.id for t in templates if t.id in builtin]
        if clash:
            raise TemplateSetError(
                self.tr(
                    "{file}: the template id '{id}' is a built-in template; rename it in the file."
                ).format(file=path.name, id=clash[0])
            )
        self._vault.templates.save_many(framework_to_data(t) for t in templates)
        self._set_library()
        return len(templates)

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
        if path:
            n = self.export_to(Path(path))
            QMessageBox.information(
                self, self.tr("Export templates"), self.tr("{n} templates exported.").format(n=n)
            )

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import templates"), "", self.tr("Template files (*.json)")
        )
        if not path:
            return
        try:
            n = self.import_from(Path(path))
        except TemplateSetError as exc:
            QMessageBox.warning(self, self.tr("Nothing imported"), str(exc))
            return
        QMessageBox.information(
            self, self.tr("Import templates"), self.tr("{n} templates imported.").format(n=n)
        )
