"""Highlight the searched words in the opened entry: its text and its preview.

Extra selections colour the words without touching the document, so nothing the user
wrote changes and undo is unaffected. Words are found by ``QTextDocument.find`` with a
Unicode-aware expression, so positions are right even after emoji (UTF-16 offsets).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from supervision_app.core.find.text import stem
from supervision_app.gui.theme import TONES

#: A 10,000-word entry can hold hundreds of matches; colouring more helps nobody.
MAX_HIGHLIGHTS = 400
HIGHLIGHT = QColor(TONES["light"]["mark_bg"])  # the same in both themes, with black text


def term_expression(terms: list[str]) -> QRegularExpression | None:
    stems = sorted({stem(t) for t in terms if t}, key=len, reverse=True)
    if not stems:
        return None
    pattern = r"\b(?:" + "|".join(QRegularExpression.escape(s) for s in stems) + r")\w*"
    return QRegularExpression(
        pattern,
        QRegularExpression.PatternOption.CaseInsensitiveOption
        | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
    )


def highlight(widget: QPlainTextEdit | QTextEdit, terms: list[str]) -> list[str]:
    """Colour every word matching ``terms`` in ``widget``; returns the words coloured."""
    expression = term_expression(terms)
    selections: list[QTextEdit.ExtraSelection] = []
    found: list[str] = []
    if expression is not None:
        doc: QTextDocument = widget.document()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setForeground(QColor(TONES["light"]["mark"]))
        cursor = QTextCursor(doc)
        while len(selections) < MAX_HIGHLIGHTS:
            cursor = doc.find(expression, cursor)
            if cursor.isNull():
                break
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
            found.append(cursor.selectedText())
    widget.setExtraSelections(selections)
    return found
