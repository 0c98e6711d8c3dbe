"""Writing comfort for the main window: spell checking, zoom and printing.

Given the editor, a vault provider (for the personal word list), the spell-check language
preference and callbacks for the record shown; never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from supervision_app.core.supervision.markdown import compose_session_markdown
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.tasks import Task, run_with_progress, was_cancelled
from supervision_app.gui.writing.highlighter import SpellHighlighter
from supervision_app.gui.writing.printing import (
    ask_and_print,
    print_document,
    print_work,
    printable_document,
)
from supervision_app.gui.writing.spell_menu import install_menu
from supervision_app.gui.writing.spelling import DEFAULT_LANGUAGE, SpellChecker
from supervision_app.gui.writing.zoom import Zoom

if TYPE_CHECKING:
    from supervision_app.core.entries import EntrySummary
    from supervision_app.core.frameworks import FrameworkLibrary
    from supervision_app.core.supervision.model import SessionRecord
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.storage.vault import Vault

PERSONAL_WORDS = "personal_words"  # vault setting: the user's own dictionary
#: The "spell_language" preference's value that turns checking off.
SPELLING_OFF = "off"
ZOOM_KEYS = {"in": ("Ctrl++", "Ctrl+="), "out": ("Ctrl+-",), "reset": ("Ctrl+Alt+0",)}


def zoom_actions(owner: QWidget, zoom_of: object) -> list[QAction]:
    """Zoom in, out and back, acting on ``zoom_of()`` (a :class:`Zoom`); the same texts and
    keys in the main window and in session mode."""
    out = []
    for text, delta, keys in (
        (QT_TRANSLATE_NOOP("Zoom", "&Zoom in"), 1, ZOOM_KEYS["in"]),
        (QT_TRANSLATE_NOOP("Zoom", "Zoom &out"), -1, ZOOM_KEYS["out"]),
        (QT_TRANSLATE_NOOP("Zoom", "&Normal size"), None, ZOOM_KEYS["reset"]),
    ):
        action = QAction(QApplication.translate("Zoom", str(text)), owner)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(
            lambda _c=False, d=delta: zoom_of().change(d)  # type: ignore[operator]
        )
        out.append(action)
    return out


class WritingController(QObject):
    def __init__(
        self,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        language: Callable[[], str],
        current_record: Callable[[], SessionRecord | None],
        flush_record: Callable[[], object],
        record_library: Callable[[], FrameworkLibrary],
        current_summary: Callable[[], EntrySummary | None],
        save_current: Callable[[], bool],
        status: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.vault = vault
        self.language = language
        self._current_record = current_record
        self._flush_record = flush_record
        self._record_library = record_library
        self._current_summary = current_summary
        self._save_current = save_current
        self.status = status
        self.parent_widget = parent
        self.checker = SpellChecker(self)
        self.highlighters: dict[QPlainTextEdit, SpellHighlighter] = {}
        for edit in (editor.body, editor.guided_panel.answer):
            self.check_spelling(edit)
        self._told_missing = False
        self.checker.availability_known.connect(self._on_availability)
        self.editor_zoom = Zoom("editor", editor.body, editor.guided_panel.answer)
        self.preview_zoom = Zoom("preview", editor.preview)
        self.zoom_in, self.zoom_out, self.zoom_reset = zoom_actions(parent, self._zoom_target)
        self.print_action = QAction(self.tr("&Print…"), parent)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda _c=False: self.print_current())
        #: The last printing started (on a worker), for tests.
        self.print_task: Task | None = None

    # -- spelling ----------------------------------------------------------------------------

    def check_spelling(self, edit: QPlainTextEdit) -> SpellHighlighter:
        highlighter = SpellHighlighter(
            edit.document(), self.checker, lambda: edit.textCursor().position(), quiet=edit
        )
        edit.cursorPositionChanged.connect(
            lambda: highlighter.cursor_moved(edit.textCursor().position())
        )
        install_menu(edit, highlighter, self.remember_word)
        self.highlighters[edit] = highlighter
        return highlighter

    def on_unlocked(self) -> None:
        """Check spelling in the chosen language with the vault's own words."""
        vault = self.vault()
        if vault is None:
            return
        language = str(self.language() or DEFAULT_LANGUAGE)
        if language == SPELLING_OFF:
            self.checker.stop()
            return
        personal = vault.settings.get(PERSONAL_WORDS, []) or []
        self.checker.start(language, {str(w) for w in personal})

    def on_lock(self) -> None:
        self.checker.stop()

    def remember_word(self, word: str) -> None:
        """ "Add to my dictionary": kept in the vault, so it follows the journal."""
        vault = self.vault()
        if vault is None:
            return
        words = set(vault.settings.get(PERSONAL_WORDS, []) or [])
        words.add(word)
        vault.settings.set(PERSONAL_WORDS, sorted(words, key=str.casefold))

    def _on_availability(self, ok: bool) -> None:
        if ok or self._told_missing:
            return
        self._told_missing = True
        self.status(
            self.tr(
                "Spell checking is off: no {language} dictionary was found"
                " (on Debian, install libenchant-2-2 and hunspell-en-gb)."
            ).format(language=self.checker.language),
            0,
        )

    # -- zoom --------------------------------------------------------------------------------

    def _zoom_target(self) -> Zoom:
        focus = QApplication.focusWidget()
        preview = self.editor.preview
        if focus is not None and (focus is preview or preview.isAncestorOf(focus)):
            return self.preview_zoom
        return self.editor_zoom

    # -- printing ----------------------------------------------------------------------------

    def printable(self) -> tuple[str, str] | None:
        """(title, Markdown) of what the window shows: a session record or an entry."""
        vault = self.vault()
        if vault is None:
            return None
        if self._current_record() is not None:
            self._flush_record()  # what is on screen is saved, then printed as saved
        record = self._current_record()
        if record is not None:
            title = self.tr("Supervision record")
            if record.id is not None:
                title = vault.entries.get(record.id).title
            return title, compose_session_markdown(record, library=self._record_library())
        self._save_current()
        entry = self.editor.current_entry()
        if entry is None:
            summary = self._current_summary()
            if summary is None:
                return None
            entry = vault.entries.get(summary.id)
        return entry.title, entry.body

    def print_to(self, printer: QPrinter) -> bool:
        """Print what the window shows to ``printer`` without asking (tests, PDF)."""
        content = self.printable()
        if content is None:
            return False
        print_document(printable_document(*content), printer)
        return True

    def print_current(self) -> QPrintDialog | None:
        content = self.printable()
        if content is None:
            self.status(self.tr("Open an entry to print it."), 0)
            return None
        return ask_and_print(
            self.parent_widget, *content, lambda printer: self._start_printing(content, printer)
        )

    def _start_printing(self, content: tuple[str, str], printer: QPrinter) -> Task:
        """Print on a worker, behind a progress dialog with Cancel (see printing.py)."""

        def failed(error: BaseException) -> None:
            if was_cancelled(error):
                self.status(self.tr("Printing cancelled."), 5000)
            else:
                self.status(
                    self.tr("Could not print: {reason}").format(reason=error_text(error)), 0
                )

        self.print_task = run_with_progress(
            self.parent_widget,
            self.tr("Print"),
            self.tr("Preparing the pages…"),
            print_work(*content, printer),
            on_done=lambda _result: self.status(self.tr("Sent to the printer."), 5000),
            on_failed=failed,
            saves_wait=False,  # the text was read before: the work never uses the vault
        )
        return self.print_task
