"""A window of guide pages: a list of topics on the left, the page on the right.

Pages come from :mod:`supervision_app.core.guide` and are shown through the safe preview, so
nothing in a framework file can load a resource.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.guide import GuidePage
from supervision_app.gui.common.keys import enter_opens_row
from supervision_app.gui.preview import SafePreview

KEY_ROLE = Qt.ItemDataRole.UserRole + 60


class GuideDialog(QDialog):
    def __init__(self, title: str, pages: list[GuidePage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pages = {p.key: p for p in pages}
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setWordWrap(True)
        enter_opens_row(self.topics)
        self.page = SafePreview()
        self.page.setAccessibleName(self.tr("Guide page"))
        group = None
        for p in pages:
            if p.group != group:
                group = p.group
                heading = QListWidgetItem(self.tr(group), self.topics)
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
            item = QListWidgetItem(p.title, self.topics)
            item.setData(KEY_ROLE, p.key)
        split = QSplitter()
        split.addWidget(self.topics)
        split.addWidget(self.page)
        split.setStretchFactor(1, 1)
        split.setSizes([360, 640])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.topics.currentItemChanged.connect(self._show)
        if pages:
            self.show_page(pages[0].key)
        self.resize(980, 680)

    def show_page(self, key: str) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(KEY_ROLE) == key:
                self.topics.setCurrentRow(row)
                return

    def current_key(self) -> str | None:
        item = self.topics.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    def _show(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        key = None if item is None else item.data(KEY_ROLE)
        if key in self.pages:
            self.page.show_markdown(self.pages[key].markdown)
