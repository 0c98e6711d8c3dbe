"""User-facing text for the window, in one place (UK English)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from supervision_app.core import i18n as core_i18n

#: Translation contexts that are not a class name: text shared by several widgets ("texts"),
#: text in the small widget-building functions of the GUI layer ("widgets"), the
#: dashboard's chart texts ("Dashboard", gui/find/chart_data.py), the spelling menu
#: ("SpellMenu", gui/writing/spell_menu.py) and the fields' help ("FieldHelp",
#: gui/help/field_help.py).
#: Text made below the GUI (core/i18n.py) has contexts of its own.
CONTEXTS = ("texts", "widgets", "Dashboard", "SpellMenu", "FieldHelp", *core_i18n.CONTEXTS)


def tr(source: object) -> str:
    """The translation of one of the texts below, looked up under the context they are
    marked with ("texts"), whichever widget shows it."""
    return QCoreApplication.translate("texts", str(source))


CREATE_TITLE = QT_TRANSLATE_NOOP("texts", "Create your journal")
CREATE_INTRO = QT_TRANSLATE_NOOP(
    "texts",
    "Your journal is stored encrypted on this computer only. Choose a passphrase of at "
    "least 10 characters.",
)
CREATE_WARNING = QT_TRANSLATE_NOOP(
    "texts",
    "If you forget this passphrase, your journal cannot be recovered by anyone, including "
    "us. Keep it somewhere safe.",
)
UNLOCK_TITLE = QT_TRANSLATE_NOOP("texts", "Unlock your journal")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "texts", "That passphrase is not correct. Check Caps Lock and try again."
)
NO_ENTRY = QT_TRANSLATE_NOOP(
    "texts", "Select an entry on the left, or press Ctrl+N to write a new one."
)
LOCKED = QT_TRANSLATE_NOOP("texts", "Locked")
IN_TRASH = QT_TRANSLATE_NOOP("texts", "This entry is in the Trash. Restore it to edit it.")
SEARCH_PLACEHOLDER = QT_TRANSLATE_NOOP("texts", "Search entries (Ctrl+F)")
NO_DISPLAY = (
    "Supervision Journal needs a display to show its window; none was found. "
    "Run it on a desktop, or try QT_QPA_PLATFORM=offscreen or xvfb-run for a virtual screen."
)
