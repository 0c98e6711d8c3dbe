"""Start a guided reflection; link an entry to framework items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.guided import TEMPLATE_KINDS
from supervision_app.gui.framework_tree import FrameworkTree

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 20


class GuidedStartDialog(QDialog):
    """Pick a reflective model or conversation template, and optionally one item to focus on."""

    def __init__(self, library: FrameworkLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New guided reflection"))
        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Reflection templates"))
        for fw in library:
            if fw.kind in TEMPLATE_KINDS:
                item = QListWidgetItem(f"{fw.name}\n{fw.description}", self.templates)
                item.setData(TEMPLATE_ROLE, fw.id)
                item.setToolTip(fw.source.citation())
        self.templates.setWordWrap(True)
        self.templates.setSpacing(4)
        self.templates.setCurrentRow(0)
        self.use_focus = QCheckBox(self.tr("&Focus on one capability or standard"))
        self.focus_tree = FrameworkTree(library, checkable=False)
        self.focus_tree.setEnabled(False)
        self.use_focus.toggled.connect(self.focus_tree.setEnabled)
        self.focus_tree.selection_changed.connect(self._update_ok)
        self.use_focus.toggled.connect(self._update_ok)
        self.templates.currentRowChanged.connect(self._update_ok)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("1. Choose a template")))
        left_layout.addWidget(self.templates, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("2. Optionally, a focus")))
        right_layout.addWidget(self.use_focus)
        right_layout.addWidget(self.focus_tree, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 520)

    def template_id(self) -> str | None:
        item = self.templates.currentItem()
        return str(item.data(TEMPLATE_ROLE)) if item is not None else None

    def focus_ref(self) -> str | None:
        return self.focus_tree.current_ref() if self.use_focus.isChecked() else None

    def _update_ok(self, *_: object) -> None:
        ok = self.template_id() is not None and (
            not self.use_focus.isChecked() or self.focus_ref() is not None
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class LinkDialog(QDialog):
    """Tick the capabilities, standards and domains an entry addresses."""

    def __init__(
        self, library: FrameworkLibrary, current: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to framework items"))
        self.tree = FrameworkTree(library, checkable=True)
        self.tree.set_checked(current)
        self.summary = QLabel()
        self.tree.selection_changed.connect(self._update_summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update_summary()
        self.resize(560, 620)

    def refs(self) -> list[str]:
        return self.tree.checked_refs()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("{n} selected").format(n=len(self.refs())))
