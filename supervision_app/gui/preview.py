"""A rendered-Markdown view that never loads a file or URL.

QTextBrowser reads local files named in ``<img src>`` or relative links by itself, and
returning ``None`` from ``loadResource`` does not stop it; returning a placeholder for every
resource does. Links open only on a click, and only for web and mail addresses.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QThread, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget
from shiboken6 import isValid

from supervision_app.core.render import render_markdown

_PLACEHOLDER = QImage(1, 1, QImage.Format.Format_ARGB32)
_PLACEHOLDER.fill(0)


def placeholder_resource(kind: int) -> object:
    if kind == QTextDocument.ResourceType.ImageResource.value:
        return _PLACEHOLDER
    return ""


class SafeDocument(QTextDocument):
    """A QTextDocument for printing and export that also loads nothing."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt API)
        return placeholder_resource(kind)


class SafePreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.requested_resources: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt API)
        self.requested_resources.append(url if isinstance(url, str) else url.toString())
        return placeholder_resource(kind)

    def show_markdown(self, text: str) -> None:
        self.setHtml(render_markdown(text))

    def adopt(self, doc: QTextDocument) -> None:
        """Show a document built elsewhere, keeping the reader's place."""
        scroll = self.verticalScrollBar().value()
        old = self.document()
        doc.setParent(self)
        self.setDocument(doc)
        if isinstance(old, SafeDocument) and old.parent() is self:
            old.deleteLater()
        self.verticalScrollBar().setValue(scroll)

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class BackgroundRenderer(QObject):
    """Turns Markdown into a laid-out document on a worker thread.

    Rendering 10,000 words (Markdown in pure Python, then Qt's layout) takes ~40 ms; done on
    the UI thread it stalls typing. The worker builds and lays out the whole document, and
    the UI thread only swaps it in. Only the newest request's result is used, and a request
    that a newer one has overtaken while it waited is skipped.

    The worker is a thread of a private one-thread QThreadPool, so a Qt thread: the layout of
    a long document starts a timer, and in a plain Python thread (it was a
    ThreadPoolExecutor's) Qt printed "QBasicTimer::start: current thread's event dispatcher
    has already been destroyed" for each. The pool is a child of this object, and waits for
    a render still running when it is deleted (with the editor).
    """

    rendered = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one render at a time, in the order asked
        self._pool.setObjectName("preview")
        self._ui_thread = QThread.currentThread()
        self._latest = 0

    def request(self, generation: int, text: str, font: QFont, width: float) -> None:
        self._latest = generation
        font = QFont(font)  # the worker's own copy
        self._pool.start(lambda: self._work(generation, text, font, width))

    def _work(self, generation: int, text: str, font: QFont, width: float) -> None:
        if generation < self._latest:
            return  # a newer request is waiting: its result is the one that will be shown
        doc = SafeDocument()
        doc.setDefaultFont(font)
        doc.setHtml(render_markdown(text))
        doc.setTextWidth(width)
        doc.documentLayout().documentSize()  # lay out here, not on the UI thread
        if not isValid(self):
            return  # the editor is being deleted (its pool waits for this render): no one to tell
        doc.moveToThread(self._ui_thread)
        with contextlib.suppress(RuntimeError):  # deleted just now: the same
            self.rendered.emit(generation, doc)

    def shutdown(self) -> None:
        """Drop the requests not yet started and wait for the one running."""
        self._pool.clear()
        self._pool.waitForDone()
