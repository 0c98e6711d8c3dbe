"""Export formats whose code sits above ``export/``, declared by the composition roots.

The PDF portfolio is laid out with Qt (QTextDocument + QPdfWriter), so its exporter lives in
``gui/``. ``export/`` must not name a GUI module, so the app (``app.py``), the command line
and the tests call :func:`register_all` instead; the module is still imported only when a PDF
is written, so listing the formats stays cheap and Qt-free.
"""

from __future__ import annotations

from supervision_app.export import registry


def register_all() -> None:
    """Declare the formats whose modules live above ``export/`` (idempotent)."""
    registry.register_lazy(
        "pdf", "supervision_app.gui.pdf_export", "PDF portfolio", "pdf", position=0
    )
