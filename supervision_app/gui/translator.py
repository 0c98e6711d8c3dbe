"""The English plural forms, loaded before the unlock dialog shows.

Apart from :mod:`supervision_app.gui.i18n` (the translation template's tooling, which
imports ``ast``): the app's start needs only this (issue 16 item 8).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

#: Compiled from ``supervision_journal_en.ts`` by ``python -m supervision_app.gui.i18n``.
ENGLISH_QM = (
    Path(__file__).resolve().parent.parent
    / "resources"
    / "translations"
    / "supervision_journal_en.qm"
)


def install_translations(app: QCoreApplication) -> bool:
    """Load the English plural forms (``supervision_journal_en.qm``) into ``app``, so a count
    reads "1 day" and "2 days" rather than "1 day(s)". Returns False if the file is missing
    (the texts then show their "(s)" source form; nothing else changes)."""
    translator = QTranslator(app)  # the application owns it: it lives as long as the app
    if not translator.load(str(ENGLISH_QM)):
        return False
    return app.installTranslator(translator)
