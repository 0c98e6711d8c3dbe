"""The right-click menu of a checked text box: suggestions, add to my dictionary, ignore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from supervision_app.gui.writing.highlighter import SpellHighlighter
from supervision_app.gui.writing.spelling import SpellChecker, words

#: Menu texts are filed under "SpellMenu" (declared in ``texts.CONTEXTS``).
translate = QCoreApplication.translate


def word_cursor(edit: QPlainTextEdit, position: int, word: str) -> QTextCursor:
    """A cursor selecting ``word`` where it covers ``position`` in its block."""
    block = edit.document().findBlock(position)
    offset = position - block.position()
    cursor = QTextCursor(block)
    for start, found in words(block.text()):
        if found == word and start <= offset <= start + len(word):
            cursor.setPosition(block.position() + start)
            cursor.setPosition(
                block.position() + start + len(word), QTextCursor.MoveMode.KeepAnchor
            )
            break
    return cursor


def spelling_menu(
    edit: QPlainTextEdit,
    highlighter: SpellHighlighter,
    pos: QPoint,
    on_add: Callable[[str], None],
) -> QMenu:
    """The standard menu, with spelling choices on top when ``pos`` is on a misspelt word."""
    menu = edit.createStandardContextMenu(pos)
    position = edit.cursorForPosition(pos).position()
    word = highlighter.misspelt_at(position)
    if word is None or edit.isReadOnly():
        return menu
    checker: SpellChecker = highlighter.checker
    first = menu.actions()[0] if menu.actions() else None
    choices: list[QAction] = []
    for suggestion in checker.suggestions(word):
        action = QAction(suggestion, menu)
        action.setObjectName("suggestion")
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(
            lambda _c=False, s=suggestion: word_cursor(edit, position, word).insertText(s)
        )
        choices.append(action)
    if not choices:
        none = QAction(translate("SpellMenu", "No suggestions"), menu)
        none.setEnabled(False)
        choices.append(none)
    add = QAction(translate("SpellMenu", "Add “{word}” to my dictionary").format(word=word), menu)
    add.setObjectName("add_to_dictionary")

    def add_word(_checked: bool = False) -> None:
        checker.add_to_personal(word)
        on_add(word)

    add.triggered.connect(add_word)
    ignore = QAction(translate("SpellMenu", "Ignore “{word}” until locked").format(word=word), menu)
    ignore.setObjectName("ignore_word")
    ignore.triggered.connect(lambda _c=False: checker.ignore(word))
    menu.insertActions(first, [*choices, add, ignore])  # type: ignore[arg-type]
    menu.insertSeparator(first)  # type: ignore[arg-type]
    return menu


def install_menu(
    edit: QPlainTextEdit, highlighter: SpellHighlighter, on_add: Callable[[str], None]
) -> None:
    """Use :func:`spelling_menu` as ``edit``'s right-click (and Menu key) menu."""
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = spelling_menu(edit, highlighter, pos, on_add)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))

    edit.customContextMenuRequested.connect(show)
