"""Which case a decision or action is about: an editable list of the session's cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class CaseChoice(QComboBox):
    """Editable: pick one of the cases discussed in the session, or type another reference.
    Empty means a general decision (listed under "General" in the case-record extract)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Case this is about"))
        self.setToolTip(
            self.tr("The case reference, for the case-record extract; empty for general")
        )
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("General"))
        self.setMinimumContentsLength(12)

    def set_cases(self, refs: Sequence[str]) -> None:
        """Offer ``refs``, keeping what is typed or chosen."""
        current = self.value()
        wanted = ["", *dict.fromkeys(r for r in refs if r)]
        if [self.itemText(i) for i in range(self.count())] == wanted:
            return
        self.blockSignals(True)
        self.clear()
        self.addItems(wanted)
        self.setEditText(current)
        self.blockSignals(False)

    def value(self) -> str:
        return " ".join(self.currentText().split())

    def set_value(self, ref: str) -> None:
        """Show ``ref`` without signalling an edit (used when a record is loaded)."""
        self.blockSignals(True)
        self.setEditText(ref)
        self.blockSignals(False)
