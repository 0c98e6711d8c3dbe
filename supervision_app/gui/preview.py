"""A rendered-Markdown view that never loads a file or URL.

QTextBrowser reads local files named in ``<img src>`` or relative links by itself, and
returning ``None`` from ``loadResource`` does not stop it; returning a placeholder for every
resource does. Links open only on a click, and only for web and mail addresses.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from supervision_app.core.render import render_markdown

_PLACEHOLDER = QImage(1, 1, QImage.Format.Format_ARGB32)
_PLACEHOLDER.fill(0)


def placeholder_resource(kind: int) -> object:
    if kind == QTextDocument.ResourceType.ImageResource.value:
        return _PLACEHOLDER
    return ""


class SafeDocument(QTextDocument):
    """A QTextDocument for printing and export that also loads nothing."""

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt API)
        return placeholder_resource(kind)


class SafePreview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.requested_resources: list[str] = []

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt API)
        self.requested_resources.append(url.toString())
        return placeholder_resource(kind)

    def show_markdown(self, text: str) -> None:
        self.setHtml(render_markdown(text))

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
