"""Writing comfort in the real window: British spelling, zoom, printing to a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QTextCharFormat
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.writing.controller import PERSONAL_WORDS
from supervision_app.gui.writing.highlighter import SpellHighlighter, changed_region
from supervision_app.gui.writing.spell_menu import spelling_menu
from supervision_app.gui.writing.spelling import load_dictionary
from tests.gui.conftest import open_window, unlock

pytestmark = pytest.mark.gui
BRITISH = "We organise a programme of colour and neighbourhood visits."


@pytest.fixture(autouse=True)
def normal_zoom() -> Iterator[None]:
    """Zoom is remembered in QSettings: every test starts and ends at the normal size."""
    QSettings().remove("zoom")
    yield
    QSettings().remove("zoom")


def marked(edit: QPlainTextEdit) -> set[str]:
    """The words of ``edit`` underlined as misspelt."""
    found = set()
    block = edit.document().begin()
    while block.isValid():
        for r in block.layout().formats():
            style = r.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.add(block.text()[r.start : r.start + r.length])
        block = block.next()
    return found


def marked_blocks(edit: QPlainTextEdit) -> list[set[str]]:
    """The words underlined as misspelt, block by block."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        found.append(
            {
                block.text()[r.start : r.start + r.length]
                for r in block.layout().formats()
                if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
            }
        )
        block = block.next()
    return found


def type_body(qtbot: QtBot, window: MainWindow, text: str) -> QPlainTextEdit:
    body = window.editor.body
    body.setPlainText(text)
    return body


@pytest.fixture
def dictionary() -> None:
    """The British dictionary must be there (./dev installs libenchant-2-2 and
    hunspell-en-gb): a machine without it fails here rather than skipping."""
    assert load_dictionary("en_GB") is not None, "install libenchant-2-2 and hunspell-en-gb"


needs_dictionary = pytest.mark.usefixtures("dictionary")


@needs_dictionary
def test_a_misspelt_word_is_marked_and_british_spellings_are_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    body = type_body(qtbot, window, BRITISH + " She did not recieve the leaflet.")
    qtbot.waitUntil(lambda: "recieve" in marked(body))
    assert marked(body) == {"recieve"}


@needs_dictionary
def test_guided_answers_are_checked_too(qtbot: QtBot, window: MainWindow) -> None:
    answer = window.editor.guided_panel.answer
    answer.setPlainText("I will organise a follow-up, definately.")
    qtbot.waitUntil(lambda: marked(answer) == {"definately"})


@needs_dictionary
def test_suggestions_replace_the_word_and_my_dictionary_is_kept_in_the_vault(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    body = type_body(qtbot, window, "Tea with Mrs Quibblethwaite and a recieved letter.")
    qtbot.waitUntil(lambda: marked(body) == {"Quibblethwaite", "recieved"})
    highlighter = window.writing.highlighters[body]
    pos = body.cursorRect(cursor_at(body, "recieved")).center()
    menu = spelling_menu(body, highlighter, pos, window.writing.remember_word)
    suggestions = [a for a in menu.actions() if a.objectName() == "suggestion"]
    assert "received" in [a.text() for a in suggestions]
    next(a for a in suggestions if a.text() == "received").trigger()
    assert "a received letter" in body.toPlainText()

    pos = body.cursorRect(cursor_at(body, "Quibblethwaite")).center()
    menu = spelling_menu(body, highlighter, pos, window.writing.remember_word)
    next(a for a in menu.actions() if a.objectName() == "add_to_dictionary").trigger()
    qtbot.waitUntil(lambda: marked(body) == set())
    assert window.vault is not None
    assert window.vault.settings.get(PERSONAL_WORDS) == ["Quibblethwaite"]

    # Locked and unlocked again, the personal word is still known.
    window.lock()
    unlock(qtbot, window)
    body = type_body(qtbot, window, "Quibblethwaite and recieve.")
    qtbot.waitUntil(lambda: marked(body) == {"recieve"})


@needs_dictionary
def test_ignore_lasts_until_the_vault_is_locked(qtbot: QtBot, window: MainWindow) -> None:
    body = type_body(qtbot, window, "A note about Zorblax.")
    qtbot.waitUntil(lambda: marked(body) == {"Zorblax"})
    highlighter = window.writing.highlighters[body]
    pos = body.cursorRect(cursor_at(body, "Zorblax")).center()
    menu = spelling_menu(body, highlighter, pos, window.writing.remember_word)
    next(a for a in menu.actions() if a.objectName() == "ignore_word").trigger()
    qtbot.waitUntil(lambda: marked(body) == set())
    window.lock()
    unlock(qtbot, window)
    body = type_body(qtbot, window, "A note about Zorblax.")
    qtbot.waitUntil(lambda: marked(body) == {"Zorblax"})


def test_without_a_dictionary_nothing_is_marked_and_the_window_says_so_once(
    qtbot: QtBot, vault_path: Path
) -> None:
    from tests.gui.conftest import fill_vault

    fill_vault(vault_path, 1)
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.writing.checker._loader = lambda _lang: None
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.start()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.writing.checker.available is False)
    body = type_body(qtbot, window, "Completely misspelt: recieve, definately.")
    qtbot.wait(50)
    assert marked(body) == set()
    window.lock()
    unlock(qtbot, window)
    qtbot.wait(50)
    assert len([m for m in messages if "Spell checking is off" in m]) == 1
    window.close()


def cursor_at(edit: QPlainTextEdit, word: str):  # type: ignore[no-untyped-def]
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 2)
    return cursor


def test_zoom_changes_the_editor_text_and_is_remembered(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    body = window.editor.body
    size = body.font().pointSizeF()
    window.editor.body.setFocus()
    window.writing.zoom_in.trigger()
    window.writing.zoom_in.trigger()
    assert body.font().pointSizeF() == pytest.approx(size * 1.2)
    assert window.editor.preview.font().pointSizeF() == pytest.approx(size)  # its own zoom
    assert QSettings().value("zoom/editor") in (2, "2")
    window.close()
    again = open_window(qtbot, vault_path)
    assert again.editor.body.font().pointSizeF() == pytest.approx(size * 1.2)
    again.writing.zoom_reset.trigger()
    assert again.editor.body.font().pointSizeF() == pytest.approx(size)
    again.close()


def test_zoom_keys_and_print_key(window: MainWindow) -> None:
    keys = {
        a.text(): [k.toString() for k in a.shortcuts()]
        for a in window.writing.__dict__.values()
        if hasattr(a, "shortcuts")
    }
    assert keys["&Zoom in"][0] == "Ctrl++"
    assert keys["Zoom &out"] == ["Ctrl+-"]
    assert keys["&Normal size"] == ["Ctrl+Alt+0"]
    assert keys["&Print…"] == ["Ctrl+P"]
    assert window.menu_actions.preview.shortcut().toString() == "Ctrl+Shift+P"


def test_print_the_open_entry_to_a_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.vault is not None
    entry = window.vault.entries.add(
        Entry(
            title="Home visit follow-up",
            body="## What happened\n\nWe agreed a **weekly** call.\n\n<img src='/etc/hostname'>",
            practice_date=dt.date(2026, 11, 5),
        )
    )
    window.show_new_entry(entry.id or 0)
    window.editor.body.appendPlainText("\nTyped just before printing.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "entry.pdf"
    printer.setOutputFileName(str(out))
    assert window.writing.print_to(printer)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Home visit follow-up" in text
    assert "What happened" in text and "weekly" in text and "**" not in text
    assert "Typed just before printing." in text
    assert "<img" in text  # raw HTML shows as text; nothing was loaded


def test_ctrl_p_opens_the_print_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    window.writing.print_action.trigger()
    dialog = window.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_session_mode_zooms_with_the_same_keys(qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui.test_supervision import add_partner, start

    start(qtbot, window, dt.date(2026, 11, 5), add_partner(window))
    window.supervision.toggle_session_mode()  # enters it
    mode = window.supervision.session_mode
    assert mode is not None
    size = mode.agenda.font().pointSizeF()
    title = mode.title.font().pointSizeF()
    next(a for a in mode.actions() if a.text() == "&Zoom in").trigger()
    assert mode.agenda.font().pointSizeF() == pytest.approx(size * 1.1)
    assert mode.title.font().pointSizeF() == pytest.approx(title * 1.1)
    window.supervision.toggle_session_mode()  # leaves it


def test_highlighter_is_attached_to_both_writing_boxes(window: MainWindow) -> None:
    assert isinstance(window.writing.highlighters[window.editor.body], SpellHighlighter)
    assert window.editor.guided_panel.answer in window.writing.highlighters
    assert QPoint  # imported for the menu positions


def test_changed_region_covers_whole_tokens() -> None:
    old = "We visited the lunch club on Tuesday."
    new = "We visited the lunhc club on Tuesday."
    start, end, old_end = changed_region(old, new)
    assert new[start:end] == "lunhc" and old[start:old_end] == "lunch"
    start, end, old_end = changed_region("see www.example.org now", "see www.exampl.org now")
    assert "see www.exampl.org now"[start:end] == "www.exampl.org"


@needs_dictionary
def test_typing_into_a_long_paragraph_marks_the_same_words_as_a_full_scan(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Each keystroke rescans only the changed words; the marks must equal a fresh scan."""
    body = window.editor.body
    paragraph = " ".join([BRITISH] * 80)  # one block of ~800 words, deferred when opened
    body.setPlainText(paragraph + " recieve")
    qtbot.waitUntil(lambda: marked(body) == {"recieve"})
    cursor = body.textCursor()
    cursor.setPosition(paragraph.index("visits.", 200) + len("visits."))
    body.setTextCursor(cursor)
    for ch in " teh wrold":
        qtbot.keyClick(body, ch)
    # The word being typed waits until the cursor leaves it.
    qtbot.waitUntil(lambda: "teh" in marked(body))
    assert "wrold" not in marked(body) and "wrol" not in marked(body)
    qtbot.keyClick(body, " ")
    qtbot.waitUntil(lambda: marked(body) == {"teh", "wrold", "recieve"})
    # Words already checked: no answer is awaited, so only the edit is rescanned and the
    # marks after it move along.
    cursor.setPosition(3)
    body.setTextCursor(cursor)
    for ch in "We organise ":
        qtbot.keyClick(body, ch)
    qtbot.wait(20)
    incremental = marked(body)
    fresh = QPlainTextEdit()
    window.writing.check_spelling(fresh)
    fresh.setPlainText(body.toPlainText())
    qtbot.waitUntil(lambda: marked(fresh) == incremental, timeout=3000)
    fresh.deleteLater()


@needs_dictionary
def test_underlining_is_not_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    """Marking words must not make the entry dirty, autosave it or say "Editing…"."""
    assert window.vault is not None
    entry = window.vault.entries.add(
        Entry(
            title="Spelling",
            body="A recieved letter, definately.",
            practice_date=dt.date(2026, 1, 5),
        )
    )
    changes: list[int] = []
    window.editor.changed.connect(lambda: changes.append(1))
    window.show_new_entry(entry.id or 0)
    qtbot.waitUntil(lambda: marked(window.editor.body) == {"recieved", "definately"})
    answer = window.editor.guided_panel.answer
    answered: list[int] = []
    window.editor.guided_panel.answers_changed.connect(lambda: answered.append(1))
    window.writing.checker.add_to_personal("definately")  # every block is marked again
    qtbot.waitUntil(lambda: marked(window.editor.body) == {"recieved"})
    assert changes == [] and not window.editor.dirty and answered == []
    assert answer is not None


def test_print_the_open_session_record_to_a_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from tests.gui.test_supervision import add_partner, start

    start(qtbot, window, dt.date(2026, 11, 5), add_partner(window))
    form = window.supervision.editor.form
    form.agenda.setPlainText("Workload\nTraining plan")
    form.learning.setPlainText("Slow down the opening of a visit.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "session.pdf"
    printer.setOutputFileName(str(out))
    assert window.writing.print_to(printer)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Workload" in text and "Training plan" in text
    assert "Slow down the opening of a visit." in text
    assert "Not signed yet." in text  # the printed record shows its sign-off state


@needs_dictionary
def test_spell_check_language_preference_applies_at_once(qtbot: QtBot, window: MainWindow) -> None:
    body = type_body(qtbot, window, "She did not recieve the leaflet.")
    qtbot.waitUntil(lambda: marked(body) == {"recieve"})
    window.preferences.set("spell_language", "off")  # Preferences ▸ Writing
    qtbot.waitUntil(lambda: marked(body) == set())
    assert not window.writing.checker.active
    window.lock()  # and it stays off after unlocking
    unlock(qtbot, window)
    body = type_body(qtbot, window, "She did not recieve the leaflet.")
    qtbot.wait(50)
    assert marked(body) == set() and not window.writing.checker.active
    window.preferences.set("spell_language", "en_GB")
    qtbot.waitUntil(lambda: marked(body) == {"recieve"})


@needs_dictionary
def test_a_correct_word_typed_into_a_long_paragraph_does_not_lay_it_out_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Highlighting a paragraph again lays all of it out (10-20 ms for 25,000 characters):
    after a correctly spelt word, leaving it (and its answer coming back) must not, or every
    word typed stalls the editor (issue 16, the typing stall target)."""
    body = window.editor.body
    paragraph = " ".join([BRITISH] * 80)
    body.setPlainText(paragraph + " recieve")
    qtbot.waitUntil(lambda: marked(body) == {"recieve"})
    highlighter = window.writing.highlighters[body]
    calls: list[int] = []
    highlight = highlighter.highlightBlock

    def counted(text: str) -> None:
        calls.append(len(text))
        highlight(text)

    highlighter.highlightBlock = counted  # type: ignore[method-assign]
    cursor = body.textCursor()
    cursor.setPosition(paragraph.index("visits.", 200) + len("visits."))
    body.setTextCursor(cursor)
    for ch in " cupboard":  # a word the dictionary has not been asked about yet
        qtbot.keyClick(body, ch)
    qtbot.keyClick(body, " ")  # the cursor leaves it
    typed = len(calls)
    checker = window.writing.checker
    qtbot.waitUntil(lambda: checker.state("cupboard") is False)  # the worker has answered
    qtbot.wait(50)  # what the answer set going (zero-time steps) has run: nothing was left
    assert len(calls) == typed == len(" cupboard ")  # one pass per keystroke, no more
    assert marked(body) == {"recieve"}
    for ch in "teh ":  # a misspelt one is still marked once the cursor leaves it
        qtbot.keyClick(body, ch)
    qtbot.waitUntil(lambda: marked(body) == {"teh", "recieve"})


@needs_dictionary
def test_long_paragraphs_opened_before_the_answers_are_marked_a_slice_at_a_time(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Two paragraphs of 4,000 words never checked yet (the dictionary's cache is empty
    after unlock, as in the typing benchmark): every misspelt word ends up marked, as a
    fresh scan marks them, while no turn of catching up looks up more than a slice of their
    words or highlights more than one long paragraph (each was one 15-20 ms stall)."""
    # Not rendered beside it: the turns counted here are the spell checker's alone.
    window.editor.set_preview_visible(False)
    highlighter = window.writing.highlighters[window.editor.body]
    checker = highlighter.checker
    checker._misspelt.clear()  # as after unlock: nothing answered yet
    checker._queued.clear()

    def letters(i: int) -> str:  # 0 -> "qa", 1 -> "qb", ...: a different misspelt word each
        return "q" + "".join(chr(97 + int(d)) for d in str(i))

    words = [f"{w}{letters(i)}" for i, w in enumerate(["wrold", "recieve", "teh"] * 130)]
    paragraph = " ".join(f"{BRITISH} {w}" for w in words)
    body = window.editor.body
    turns: list[list[int]] = []  # per turn of catching up: lengths of blocks highlighted
    lookups: list[int] = []  # per turn: words looked up
    highlight, step = highlighter.highlightBlock, highlighter._rehighlight_some
    state = checker.state

    def counted(text: str) -> None:
        turns[-1].append(len(text))
        highlight(text)

    def looked_up(word: str) -> bool | None:
        lookups[-1] += 1
        return state(word)

    def one_turn() -> None:
        turns.append([])
        lookups.append(0)
        step()

    turns.append([])
    lookups.append(0)
    highlighter.highlightBlock = counted  # type: ignore[method-assign]
    checker.state = looked_up  # type: ignore[method-assign]
    highlighter._step.timeout.disconnect()
    highlighter._step.timeout.connect(one_turn)
    body.setPlainText(paragraph + "\n\n" + paragraph + " last")
    expected = set(words)
    # Each paragraph on its own: both hold the same words, so the whole text's set is
    # complete as soon as the first is, while the second may still wait for its turn.
    qtbot.waitUntil(lambda: marked_blocks(body) == [expected, set(), expected], timeout=20_000)
    assert marked(body) == expected
    assert max(lookups[1:]) <= 1600, lookups  # a paragraph has 4,000
    long_per_turn = [sum(1 for n in turn if n > 600) for turn in turns[1:]]
    assert max(long_per_turn) == 1
    assert sum(long_per_turn) >= 2  # each long paragraph highlighted in a turn of its own
    fresh = QPlainTextEdit()
    window.writing.check_spelling(fresh)
    fresh.setPlainText(body.toPlainText())
    qtbot.waitUntil(lambda: marked(fresh) == expected, timeout=5000)
    fresh.deleteLater()
