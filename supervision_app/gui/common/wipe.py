"""Clearing every piece of record text from a widget tree: the lock's one mechanism.

On lock nothing of a record may stay in a widget, its undo history or its model; a window
that is going away is wiped too, before Qt deletes it later.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

#: Set this property on a fixed-choice combo box whose items are record data (partner
#: names): :func:`wipe` then clears its items too.
WIPE_ITEMS = "wipeItems"


def wipe(
    root: QWidget, *, labels: bool = True, all_items: bool = False, block_signals: bool = False
) -> None:
    """Clear every text-holding widget under ``root`` (``root`` included).

    ``labels=False`` keeps labels, for a widget that lives on and whose labels are fixed text.
    ``all_items`` empties every combo box, not only editable ones and those marked with
    :data:`WIPE_ITEMS`. ``block_signals`` silences the widgets first, for a window that is
    going away: nothing should react to its fields being emptied.
    """
    widgets = [root, *root.findChildren(QWidget)]
    if block_signals:
        for widget in widgets:
            widget.blockSignals(True)
    for w in widgets:
        if isinstance(w, QLineEdit):
            w.clear()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            w.clear()
            w.document().clearUndoRedoStacks()
        elif isinstance(w, QLabel):
            if labels:
                w.clear()
                w.setToolTip("")
        elif isinstance(w, QTableWidget):
            w.clearContents()
            w.setRowCount(0)
        elif isinstance(w, QListWidget | QTreeWidget):
            w.clear()
        elif isinstance(w, QComboBox):
            if all_items or w.isEditable() or w.property(WIPE_ITEMS):
                w.clear()
        if isinstance(w, QAbstractItemView):
            model = w.model()
            clear_rows = getattr(model, "clear_rows", None)
            if callable(clear_rows):
                clear_rows()


def discard(widget: QWidget) -> None:
    """Wipe a widget that is going away, hide it and let Qt delete it."""
    wipe(widget)
    widget.hide()
    widget.deleteLater()
