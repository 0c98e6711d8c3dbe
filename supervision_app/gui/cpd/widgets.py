"""Small widgets and helpers shared by the CPD windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from supervision_app.core.cpd.model import CPD_FRAMEWORKS
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.gui.theme import set_tone

#: Shown in front of a message that needs the user's attention (never colour alone).
PROBLEM_MARK = "⚠"
DONE_MARK = "✓"
NOT_DONE_MARK = "✗"


def text_box(name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A plain text field of about ``lines`` lines; Tab moves on rather than typing a tab."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 3)
    return box


def heading(text: str, scale: float = 1.15) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def wrapped_label(name: str = "") -> QLabel:
    """An empty label that wraps its text; ``name`` is what screen readers call it."""
    label = QLabel()
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


def message_label(name: str) -> QLabel:
    """A label for problems and results: wraps, can be selected, read out by screen readers."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, problem: bool = True) -> None:
    if not text:
        label.clear()
        label.hide()
        return
    label.setText(f"{PROBLEM_MARK} {text}" if problem else text)
    set_tone(label, "error" if problem else None)
    label.show()


def button_row(*buttons: QPushButton, left: tuple[QPushButton, ...] = ()) -> QHBoxLayout:
    """A dialog's row of buttons: ``left`` at the start, ``buttons`` at the end."""
    row = QHBoxLayout()
    for button in left:
        row.addWidget(button)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def cpd_library(library: FrameworkLibrary) -> FrameworkLibrary:
    """Only the frameworks whose items count as "standards addressed"."""
    return FrameworkLibrary(f for f in library if f.id in CPD_FRAMEWORKS)


def read_only_table(table: QTableWidget, name: str) -> None:
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)


class StatCard(QFrame):
    """A big number with a caption ("12 / records")."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = heading("", 1.9)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption.text()}: {text}")
