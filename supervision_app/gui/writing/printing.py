"""Printing the open entry or session record through the system print dialog.

The Markdown is rendered into a :class:`SafeDocument`, the same document export uses: raw
HTML shows as text and no image or local file named in the text is ever loaded.

Only the print dialog is on the UI thread. Rendering, laying out and painting the pages
(2.7 CPU s for a 1 MB entry, all of it a stalled window when it ran there) run on a worker
(:func:`print_work`, through ``gui/common/tasks.py``): Qt allows a QPainter on a QPrinter
off the GUI thread, and a QTextDocument made, used and dropped on one thread that never
shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from supervision_app.core.render import render_markdown
from supervision_app.gui.common.tasks import TaskControl
from supervision_app.gui.preview import SafeDocument


def printable_document(title: str, markdown: str, font: QFont | None = None) -> SafeDocument:
    doc = SafeDocument()
    if font is not None:
        doc.setDefaultFont(font)
    heading = f"<h1>{escape(title)}</h1>" if title.strip() else ""
    doc.setHtml(heading + render_markdown(markdown))
    return doc


def print_document(doc: SafeDocument, printer: QPrinter) -> None:
    doc.print_(printer)


def print_work(
    title: str, markdown: str, printer: QPrinter, font: QFont | None = None
) -> Callable[[TaskControl], None]:
    """The printing of ``markdown`` to ``printer``, as work for a worker thread.

    Cancel is looked at before the pages are laid out and before they are painted; Qt's
    ``print_`` itself is one call that cannot be stopped midway.
    """

    def work(control: TaskControl) -> None:
        control.check()
        doc = printable_document(title, markdown, font)
        control.check()
        print_document(doc, printer)

    return work


def ask_and_print(
    parent: QWidget, title: str, markdown: str, start: Callable[[QPrinter], object]
) -> QPrintDialog:
    """Open the system print dialog (window-modal, not blocking); on OK, ``start(printer)``
    starts the printing (:func:`print_work` on a worker)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Supervision Journal")
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            start(printer)

    dialog.finished.connect(done)
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain one is enough
    return dialog
