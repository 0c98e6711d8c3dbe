"""A searchable tree of framework items (framework > group > item), checkable or single-choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from supervision_app.core.frameworks import Framework, FrameworkLibrary

REF_ROLE = Qt.ItemDataRole.UserRole + 10


class FrameworkTree(QWidget):
    selection_changed = Signal()

    def __init__(
        self,
        library: FrameworkLibrary,
        *,
        kinds: Iterable[str] = ("framework",),
        checkable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.checkable = checkable
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter capabilities and standards…"))
        self.filter.setAccessibleName(self.tr("Filter framework items"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Framework items"))
        self.items: dict[str, QTreeWidgetItem] = {}
        for fw in library:
            if fw.kind in kinds:
                self._add_framework(fw)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.itemChanged.connect(lambda *_: self.selection_changed.emit())
        self.tree.currentItemChanged.connect(lambda *_: self.selection_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)

    def _add_framework(self, fw: Framework) -> None:
        top = QTreeWidgetItem(self.tree, [fw.name])
        top.setToolTip(0, f"{fw.description}\n\n{fw.source.citation()}")
        top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        groups: dict[str, QTreeWidgetItem] = {}
        for item in fw.items:
            parent = top
            if item.group:
                if item.group not in groups:
                    groups[item.group] = QTreeWidgetItem(top, [item.group])
                parent = groups[item.group]
            label = item.label + (self.tr(" (wording unconfirmed)") if item.unconfirmed else "")
            node = QTreeWidgetItem(parent, [label])
            node.setData(0, REF_ROLE, item.ref)
            node.setToolTip(0, f"{item.label}\n\n{item.explanation}")
            if self.checkable:
                node.setFlags(node.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                node.setCheckState(0, Qt.CheckState.Unchecked)
            self.items[item.ref] = node

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                self._filter_node(top, words)
        if words:
            self.tree.expandAll()

    def _filter_node(self, node: QTreeWidgetItem, words: list[str]) -> bool:
        """Show a node if it or any child matches every word; returns whether it is shown."""
        own = " ".join((node.text(0), node.toolTip(0))).casefold()
        matches = all(w in own for w in words)
        child_shown = False
        for i in range(node.childCount()):
            child = node.child(i)
            if child is None:
                continue
            shown = self._filter_node(child, [] if matches and node.childCount() else words)
            child_shown = child_shown or shown
        visible = matches or child_shown
        node.setHidden(not visible)
        return visible

    # -- choices ---------------------------------------------------------------------------

    def checked_refs(self) -> list[str]:
        return [
            ref for ref, node in self.items.items() if node.checkState(0) == Qt.CheckState.Checked
        ]

    def set_checked(self, refs: Iterable[str]) -> None:
        """Check these refs; an old id of a renamed item checks its current item, so saving
        the choice keeps the link instead of silently dropping it."""
        wanted = {self.library.canonical_ref(ref) for ref in refs}
        for ref, node in self.items.items():
            node.setCheckState(
                0, Qt.CheckState.Checked if ref in wanted else Qt.CheckState.Unchecked
            )
            if ref in wanted:
                parent = node.parent()
                while parent is not None:
                    parent.setExpanded(True)
                    parent = parent.parent()

    def current_ref(self) -> str | None:
        node = self.tree.currentItem()
        ref = node.data(0, REF_ROLE) if node is not None else None
        return str(ref) if ref else None

    def set_current(self, ref: str) -> None:
        node = self.items.get(self.library.canonical_ref(ref))
        if node is not None:
            self.tree.setCurrentItem(node)
