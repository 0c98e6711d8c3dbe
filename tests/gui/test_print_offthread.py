"""Printing (Ctrl+P) lays out and paints the pages on a worker: the window keeps running.

A 1 MB entry took 2.7 CPU s to render, lay out and paint, all of it on the UI thread once
the print dialog closed. Real window, real print dialog (accepted as the user would), a
real PDF printer, and the PDF's text read back.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.main_window import MainWindow

WAIT_MS = 180_000
#: The long entry: 300,000 characters take about 0.8 CPU s to lay out and paint, 34 of the
#: test's 20 ms ticks on a worker and none with the work on the UI thread (checked: the
#: test fails so). The 1 MB entry that showed the stall (2.7 CPU s) proves no more.
LONG_CHARS = 300_000


def _long_body(chars: int) -> str:
    """About ``chars`` characters of synthetic paragraphs, numbered so that the first and
    last can be found in the PDF."""
    paragraphs, total, n = [], 0, 0
    while total < chars:
        n += 1
        text = f"Paragraph {n} opens. " + "we talked about the lunch club and her plans " * 18
        paragraphs.append(text + f"Paragraph {n} ends.")
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def _print_dialog(qtbot: QtBot, window: MainWindow, chars: int, out: Path) -> QPrintDialog:
    assert window.vault is not None
    body = _long_body(chars)
    entry = window.vault.entries.add(
        Entry(title="A long note", body=body, practice_date=dt.date(2026, 11, 5))
    )
    window.show_new_entry(entry.id or 0)
    window.writing.print_action.trigger()
    dialog = window.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return dialog


def accept(dialog: QPrintDialog) -> None:
    """The dialog ends with OK. Not ``accept()``: Qt's own dialog then sets the printer
    up from its fields (here: no printer installed) over the PDF output set above."""
    dialog.done(QDialog.DialogCode.Accepted.value)


def test_a_long_entry_prints_while_the_window_keeps_running(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "long.pdf"
    dialog = _print_dialog(qtbot, window, LONG_CHARS, out)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    accept(dialog)  # before, the whole print ran inside this call
    at_accept = len(ticks)
    task = getattr(window.writing, "print_task", None)
    if task is not None:
        qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    timer.stop()
    assert at_accept == 0
    assert len(ticks) > 5, "the window's timer never ran while the pages were made"
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    last = len(_long_body(LONG_CHARS).split("\n\n"))
    assert "A long note" in text
    assert "Paragraph 1 opens." in text and f"Paragraph {last} ends." in text
    assert " ".join(text.split()).count("lunch club") == 18 * last
    assert "Sent to the printer." in window.statusBar().currentMessage()


def test_cancel_stops_the_printing_before_the_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "cancelled.pdf"
    dialog = _print_dialog(qtbot, window, LONG_CHARS, out)
    accept(dialog)
    task = window.writing.print_task
    assert task is not None and task.dialog is not None
    (cancel,) = task.dialog.findChildren(QPushButton)
    cancel.click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert "Printing cancelled." in window.statusBar().currentMessage()
    assert not out.exists()
