"""Printing the open entry or session record through the system print dialog.

The Markdown is rendered into a :class:`SafeDocument`, the same document export uses: raw
HTML shows as text and no image or local file named in the text is ever loaded.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from supervision_app.core.render import render_markdown
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


def ask_and_print(parent: QWidget, title: str, markdown: str) -> QPrintDialog:
    """Open the system print dialog (window-modal, not blocking); print on OK."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Supervision Journal")
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            print_document(printable_document(title, markdown), printer)

    dialog.finished.connect(done)
    QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain one is enough
    return dialog
