"""An error the window shows, in the window's language.

Errors from ``core`` and ``storage`` carry an English sentence (``error_text(error)``, which the
command line prints); :meth:`JournalError.message` builds the same sentence through
``QCoreApplication.translate``. Every dialog and status line shows :func:`error_text`,
never ``error_text(error)`` (tests/unit/test_translatable.py walks the GUI for that).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supervision_app.core.errors import Explained


def error_text(error: BaseException) -> str:
    """The sentence for ``error`` in the window's language (a journal error's own message;
    any other error's text as it was raised)."""
    if isinstance(error, Explained):
        return error.message(QCoreApplication.translate)
    return str(error)
