"""Editing one reflection template: name, kind, description and its steps."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkFileError
from supervision_app.core.templates import parse_template
from supervision_app.gui.common.typed_text import DiscardGuard
from supervision_app.gui.theme import set_tone


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
        set_tone(self.error, "error")
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
        self.discard_guard = DiscardGuard(self, self.written)
        buttons.rejected.connect(self.discard_guard.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 560)
        if self._items:
            self.steps.setCurrentRow(0)
        self._as_opened = self._snapshot()

    def _snapshot(self) -> tuple[str, object, str, list[dict[str, Any]]]:
        self._store_step()
        items = copy.deepcopy(self._items)
        return self.name.text(), self.kind.currentData(), self.description.text(), items

    def written(self) -> bool:
        """Whether anything was changed since the editor opened."""
        return self._snapshot() != self._as_opened

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

    def draft(self) -> tuple[str, str, str, list[dict[str, Any]]]:
        """What is typed, kept through a lock (gui/common/drafts.py)."""
        self._store_step()
        items = copy.deepcopy(self._items)
        return self.name.text(), str(self.kind.currentData()), self.description.text(), items

    def restore_draft(self, draft: tuple[str, str, str, list[dict[str, Any]]]) -> None:
        name, kind, description, items = draft
        self.name.setText(name)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.description.setText(description)
        self._current = -1
        self.steps.clear()
        self._items = copy.deepcopy(items)
        for item in self._items:
            QListWidgetItem(item.get("label", ""), self.steps)
        if self._items:
            self.steps.setCurrentRow(0)

    def result_data(self) -> dict[str, Any]:
        self._store_step()
        data = copy.deepcopy(self.data)
        data.update(
            name=self.name.text().strip(),
            kind=str(self.kind.currentData()),
            description=self.description.text().strip() or self.tr("My own reflection template"),
            items=self._items,
        )
        if data["kind"] != "conversation":
            data.pop("fields", None)  # only conversation templates have form fields
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
        text = self.tr("{field}: {problem}")
        problem = exc.problem_text(QCoreApplication.translate)
        return text.format(field=field.rstrip(", "), problem=problem)
