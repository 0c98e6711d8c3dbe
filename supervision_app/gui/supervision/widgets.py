"""Small widgets and helpers shared by the supervision views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from supervision_app.gui.common.dates import DateField
from supervision_app.gui.common.wipe import discard
from supervision_app.gui.help.field_help import apply_field_help
from supervision_app.gui.theme import set_tone

#: Tones (see gui/theme.py) for prompts and hints, warnings, banners and errors: the
#: theme colours them, checked for contrast in light and dark.
MUTED_STYLE = "muted"
WARNING_STYLE = "warning"
BANNER_STYLE = "banner"
ERROR_STYLE = "error"
#: A combo box property: its items come from the vault, so lock clears them.


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def scaled_label(font_of: QWidget, factor: float, *, bold: bool = False, text: str = "") -> QLabel:
    """A word-wrapped label in ``font_of``'s font, ``factor`` times as large (session mode)."""
    label = QLabel(text)
    label.setFont(scaled_font(font_of, factor, bold=bold))
    label.setWordWrap(True)
    return label


def heading(text: str, factor: float = 1.15) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_tone(label, MUTED_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def styled_label(style: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_tone(label, style)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def prompts_text(prompts: Iterable[str]) -> str:
    return "\n".join(f"• {p}" for p in prompts)


class TextBox(QPlainTextEdit):
    """Multi-line text that Tab leaves (so a form stays keyboard-navigable).

    In a long form it grows with its text (``min_lines`` to ``max_lines``) so the form
    scrolls rather than each box; ``grow=False`` keeps Qt's usual expanding box.
    """

    def __init__(
        self,
        accessible_name: str | QWidget = "",
        placeholder: str = "",
        min_lines: int = 3,
        *,
        max_lines: int = 14,
        grow: bool = True,
    ) -> None:
        # Qt Designer forms (ui/*.ui, compiled by pyside6-uic) construct it as TextBox(parent)
        # and set the name and placeholder afterwards; they get two lines, growing.
        from_form = isinstance(accessible_name, QWidget)
        super().__init__(accessible_name if from_form else None)  # type: ignore[arg-type]
        if not from_form:
            self.setAccessibleName(str(accessible_name))
            self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.configure(2 if from_form else min_lines, max_lines=max_lines, grow=grow)

    def configure(self, min_lines: int, *, max_lines: int = 14, grow: bool = True) -> None:
        """How many lines it shows, and whether it grows with its text."""
        self._lines = (min_lines, max_lines)
        self._grow = grow
        if grow:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.document().contentsChanged.connect(self.updateGeometry)
        else:  # QPlainTextEdit's own policy (a form may have made it fixed first)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.setMinimumHeight(self._height(min_lines))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        padding = int(2 * self.document().documentMargin()) + margins.top() + margins.bottom()
        return lines * self.fontMetrics().lineSpacing() + padding + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if not self._grow:
            return hint
        low, high = self._lines
        # The plain-text layout measures its height in lines (wrapped lines included).
        lines = max(low, min(high, int(self.document().size().height())))
        return QSize(hint.width(), self._height(lines))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint() if self._grow else super().minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._grow:
            self.updateGeometry()

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class OptionalDate(QWidget):
    """A date that may be left unset (a due date, the next session)."""

    changed = Signal()

    def __init__(self, label: str, accessible_name: str) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.check.setAccessibleName(accessible_name)
        self.date = DateField(accessible_name)
        self.date.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date)
        self.check.toggled.connect(self._toggled)
        self.date.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.date.setEnabled(on and self.check.isEnabled())
        self.changed.emit()

    def value(self) -> dt.date | None:
        return self.date.value() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None, default: dt.date | None = None) -> None:
        self.blockSignals(True)
        self.check.setChecked(value is not None)
        shown = value or default
        self.date.set_value(shown or dt.date.today())
        self.date.setEnabled(value is not None and self.check.isEnabled())
        self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.date.setEnabled(not read_only and self.check.isChecked())


class RowList(QWidget):
    """A growing list of rows (case discussions, decisions, actions) with add and remove."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], QWidget], add_text: str, add_name: str) -> None:
        super().__init__()
        self._make_row = make_row
        self.rows: list[QWidget] = []
        self._read_only = False
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_name)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def add_row(self, *, focus: bool = False) -> QWidget:
        row = self._make_row()
        apply_field_help(row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        row.changed.connect(self.changed)  # type: ignore[attr-defined]
        row.remove_requested.connect(lambda r=row: self.remove_row(r))  # type: ignore[attr-defined]
        row.set_read_only(self._read_only)  # type: ignore[attr-defined]
        if focus:
            row.focus_first()  # type: ignore[attr-defined]
            self.changed.emit()
        return row

    def remove_row(self, row: QWidget) -> None:
        if row in self.rows:
            self.rows.remove(row)
            discard(row)
            self.changed.emit()

    def clear(self) -> None:
        for row in self.rows:
            discard(row)
        self.rows = []

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)  # type: ignore[attr-defined]


def remove_button(what: str) -> QPushButton:
    button = QPushButton("✕")
    text = QCoreApplication.translate("widgets", "Remove this {what}").format(what=what)
    button.setToolTip(text)
    button.setAccessibleName(text)
    button.setFixedWidth(button.fontMetrics().horizontalAdvance("✕") + 24)
    return button


def line(accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


def separator() -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.HLine)
    frame.setFrameShadow(QFrame.Shadow.Sunken)
    return frame


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def set_read_only(widget: QWidget, read_only: bool, *, keep: Sequence[QWidget] = ()) -> None:
    """Make every field under ``widget`` read-only; text stays selectable."""
    for child in widget.findChildren(QWidget):
        if child in keep:
            continue
        if isinstance(child, QLineEdit | QPlainTextEdit | QTextEdit):
            child.setReadOnly(read_only)
        elif isinstance(child, QComboBox | QAbstractSpinBox | QAbstractButton):
            child.setEnabled(not read_only)
