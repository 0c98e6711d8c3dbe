"""The "CPD evidence" section under the editor's writing area.

Collapsed to one line for an entry without CPD details (with "Add CPD details"); open for a
CPD record. Text edits emit ``changed`` so they autosave with the entry (the controller
saves them from the window's ``save_current``); standards addressed (``standards_changed``)
and evidence files are saved at once, like framework links.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.model import ActivityType, Attachment, CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.supervision.views import PeerReflection
from supervision_app.gui.cpd.cpd_fields import CpdFieldsForm
from supervision_app.gui.cpd.evidence_list import EvidenceList
from supervision_app.gui.cpd.widgets import heading
from supervision_app.gui.framework_tree import FrameworkTree

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: The activity type a new CPD record starts with, by kind of entry.
DEFAULT_ACTIVITY = {
    "supervision": ActivityType.SUPERVISION,
    "cpd_activity": ActivityType.COURSE_OR_TRAINING,
}
NO_MAXIMUM = 16_777_215


class CpdPanel(QWidget):
    changed = Signal()
    standards_changed = Signal(list)

    def __init__(
        self,
        library: FrameworkLibrary,
        vault: Callable[[], Vault | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cpdPanel")
        self.entry: Entry | None = None
        self.has_cpd = False
        self.dirty = False
        self._loading = False
        self._user_collapsed = False

        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("CPD evidence"))
        self.toggle.setAccessibleName(self.tr("Show CPD evidence"))
        self.toggle.setAutoRaise(True)
        self.toggle.setStyleSheet("QToolButton { border: none; padding: 3px 4px; }")
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("CPD summary"))
        self.add_button = QPushButton(self.tr("Add CPD details"))
        self.add_button.setToolTip(
            self.tr("Make this entry a CPD record for your registration (e.g. Social Work England)")
        )
        self.remove_button = QPushButton(self.tr("Remove CPD details…"))

        self.fields = CpdFieldsForm()
        self.standards = FrameworkTree(library)
        self.standards.setAccessibleName(self.tr("Standards addressed"))
        self.standards.tree.setAccessibleName(self.tr("Standards addressed"))
        self.standards.tree.setMinimumHeight(120)
        self.evidence = EvidenceList(vault)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)
        header.addWidget(self.add_button)
        self.body = QWidget()
        self._build_body()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(line)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)

        self.toggle.toggled.connect(self._on_toggled)
        self.add_button.clicked.connect(self.add_details)
        self.remove_button.clicked.connect(self._confirm_remove)
        self.fields.edited.connect(self._edited)
        self.standards.tree.itemChanged.connect(self._on_standards)
        self.evidence.files_changed.connect(self._update_summary)
        self.clear()

    def _build_body(self) -> None:
        right = QWidget()
        right.setMinimumWidth(330)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.standards_heading = heading(self.tr("Standards addressed"), 1.0)
        right_layout.addWidget(self.standards_heading)
        right_layout.addWidget(self.standards, 3)
        right_layout.addWidget(heading(self.tr("Evidence files"), 1.0))
        right_layout.addWidget(self.evidence, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        right_layout.addLayout(remove_row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.fields)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    # -- loading ---------------------------------------------------------------------------

    def load(
        self,
        entry: Entry,
        fields: CpdFields | None,
        attachments: Sequence[Attachment],
        peers: Sequence[PeerReflection],
        *,
        read_only: bool = False,
    ) -> None:
        self._loading = True
        try:
            self.entry = entry
            self.has_cpd = fields is not None
            self.dirty = False
            self.fields.load(fields or CpdFields(), peers, entry.practice_date)
            self.fields.set_minutes(entry.minutes)
            self.evidence.load(entry.id, attachments)
            self.body.setEnabled(not read_only)
            self.add_button.setEnabled(not read_only)
        finally:
            self._loading = False
        self._show_state()

    def clear(self) -> None:
        """Nothing shown (no entry, or the vault is locked); no record text is kept."""
        self.entry = None
        self.has_cpd = False
        self.dirty = False
        self.fields.clear()
        self.evidence.clear()
        self.set_links(())
        self._show_state()

    def set_links(self, links: Sequence[str]) -> None:
        """Tick the standards among ``links`` (the editor's framework links)."""
        tree = self.standards.tree
        tree.blockSignals(True)
        try:
            self.standards.set_checked(links)
        finally:
            tree.blockSignals(False)
        self._update_summary()

    def set_minutes(self, minutes: int) -> None:
        if self.entry is not None:
            self.fields.set_minutes(minutes)

    # -- reading back ----------------------------------------------------------------------

    def values(self) -> CpdFields | None:
        """The CPD details as shown, or None when the entry has none."""
        return self.fields.values() if self.has_cpd else None

    def mark_saved(self) -> None:
        self.dirty = False

    # -- edits -----------------------------------------------------------------------------

    def add_details(self) -> None:
        if self.entry is None or self.has_cpd:
            return
        self.has_cpd = True
        self.fields.set_activity(str(DEFAULT_ACTIVITY.get(self.entry.kind, "reflection")))
        self._user_collapsed = False
        self._show_state()
        self._edited()
        self.fields.description.setFocus()

    def _confirm_remove(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove CPD details"),
            self.tr(
                "Remove the CPD details of this entry? Its description, learning, impact and "
                "peer reflection are deleted; the entry, its standards and evidence files stay."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_details()

    def remove_details(self) -> None:
        """Drop the CPD details (saved with the entry); evidence files and links stay."""
        if not self.has_cpd:
            return
        self.has_cpd = False
        self._show_state()
        self._edited()

    def _edited(self) -> None:
        if self._loading or self.entry is None:
            return
        self.dirty = True
        self._update_summary()
        self.changed.emit()

    def _on_standards(self, *_: object) -> None:
        if not self._loading and self.entry is not None:
            self.standards_changed.emit(self.standards.checked_refs())
            self._update_summary()

    def _on_toggled(self, checked: bool) -> None:
        if not self._loading:
            self._user_collapsed = not checked
        self._set_open(checked)

    # -- look ------------------------------------------------------------------------------

    def _show_state(self) -> None:
        has_entry = self.entry is not None
        self.add_button.setVisible(has_entry and not self.has_cpd)
        self.remove_button.setVisible(self.has_cpd)
        # An entry with evidence files but no CPD details (a Day One photo) can still be
        # opened, to see and save out its files; the CPD fields stay hidden until added.
        files = bool(self.evidence.attachments)
        self.toggle.setEnabled(has_entry and (self.has_cpd or files))
        for widget in (self.fields, self.standards_heading, self.standards):
            widget.setVisible(self.has_cpd)
        self._loading = True
        self.toggle.setChecked(has_entry and self.has_cpd and not self._user_collapsed)
        self._loading = False
        self._set_open(self.toggle.isChecked())
        self._update_summary()

    @property
    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _set_open(self, is_open: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if is_open else Qt.ArrowType.RightArrow)
        self.scroll_area.setVisible(is_open)
        splitter = self.parentWidget()
        if not is_open:
            self.setMaximumHeight(self.minimumSizeHint().height())
            return
        self.setMaximumHeight(NO_MAXIMUM)
        if isinstance(splitter, QSplitter) and splitter.count() == 2:
            sizes = splitter.sizes()
            total = sum(sizes)
            if total and sizes[1] < total * 0.3:
                splitter.setSizes([total // 2, total - total // 2])

    def _update_summary(self) -> None:
        if self.entry is None:
            self.summary.clear()
            return
        files = len(self.evidence.attachments)
        if not self.has_cpd:
            text = self.tr("Not a CPD record")
            if files:
                text += self.tr(" (%n evidence file(s) kept)", "", files)
            self.summary.setText(text)
            return
        n = len(self.standards.checked_refs())
        parts = [
            self.fields.activity.currentText(),
            self.tr("%n standard(s)", "", n),
            self.tr("%n evidence file(s)", "", files),
        ]
        if self.fields.has_peer_reflection:
            parts.append(self.tr("reflected on with a peer"))
        self.summary.setText(" · ".join(parts))
