"""HTML: one self-contained page (inline styles, no scripts, nothing loaded from anywhere).

User text is sanitised Markdown (see ``html_build``); a Content-Security-Policy in the page
forbids every resource besides its own inline styles, as a second line of defence.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from supervision_app.core.atomic import atomic_write
from supervision_app.core.cpd.model import CpdRecord
from supervision_app.export.html_build import portfolio_html
from supervision_app.export.registry import Exporter, ExportOptions, ExportResult, register


@register
class HtmlExporter(Exporter):
    name = "html"
    label = "Web page (HTML)"
    extension = "html"

    def write(
        self, records: Sequence[CpdRecord], path: Path, options: ExportOptions
    ) -> ExportResult:
        html = portfolio_html(records, options)
        atomic_write(path, html.encode("utf-8"))
        return ExportResult(path, len(records))
