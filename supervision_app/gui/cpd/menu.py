"""The C&PD menu, and Preferences in the Tools menu; every action off while locked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from supervision_app.export.importers import FORMATS

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow

#: Looked up under the context of the controller that owns these actions.
translate = QCoreApplication.translate

#: Import menu entries (the dialogs name the format in full).
IMPORT_LABELS = {
    "jsonl": QT_TRANSLATE_NOOP("CpdController", "Supervision Journal &backup (JSON Lines)…"),
    "jrnl": QT_TRANSLATE_NOOP("CpdController", "&jrnl export (JSON)…"),
    "dayone": QT_TRANSLATE_NOOP("CpdController", "&Day One export (JSON or zip)…"),
    "markdown": QT_TRANSLATE_NOOP("CpdController", "Folder of &Markdown files…"),
    "csv": QT_TRANSLATE_NOOP("CpdController", "&CSV spreadsheet…"),
}


def build_cpd_menu(window: MainWindow, menubar: QMenuBar, tools_menu: QMenu | None = None) -> QMenu:
    cpd = window.cpd

    def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        a = QAction(text, window)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda _checked=False: slot())
        a.setEnabled(not window.is_locked)
        cpd.actions.append(a)
        return a

    cpd.year_action = action(translate("CpdController", "CPD &year"), cpd.show_year, "Ctrl+5")
    cpd.export_action = action(translate("CpdController", "&Export…"), cpd.show_export, "Ctrl+E")
    cpd.hcpc_action = action(
        translate("CpdController", "&HCPC CPD profile…"), cpd.show_hcpc_profile
    )
    cpd.check_action = action(
        translate("CpdController", "&Check for identifying details…"), cpd.show_check
    )
    cpd.preferences_action = action(
        translate("CpdController", "&Preferences…"), cpd.show_preferences, "Ctrl+,"
    )

    menu = menubar.addMenu(translate("CpdController", "C&PD"))
    menu.addAction(cpd.year_action)
    menu.addSeparator()
    menu.addAction(cpd.export_action)
    menu.addAction(cpd.hcpc_action)
    menu.addAction(cpd.check_action)
    menu.addSeparator()
    import_menu = menu.addMenu(translate("CpdController", "&Import"))
    cpd.import_actions = {}
    for name in FORMATS:

        def show(n: str = name) -> None:
            cpd.show_import(n)

        a = action(
            translate("CpdController", str(IMPORT_LABELS.get(name, FORMATS[name].label))), show
        )
        cpd.import_actions[name] = a
        import_menu.addAction(a)
    if tools_menu is not None:
        tools_menu.addSeparator()
        tools_menu.addAction(cpd.preferences_action)
    else:
        menu.addAction(cpd.preferences_action)
    return menu
