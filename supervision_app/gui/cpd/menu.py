"""The C&PD menu, and Preferences in the Tools menu; every action off while locked.

:func:`build_cpd_actions` makes the typed :class:`CpdActions` the CPD controller owns (its
``menu_actions``); the window's menu builder asks it for its menu with
:meth:`CpdActions.add_menus`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from supervision_app.export.importers import FORMATS

if TYPE_CHECKING:
    from supervision_app.gui.cpd.controller import CpdController

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


@dataclass(frozen=True)
class CpdActions:
    """The CPD controller's actions: one per importer format in ``imports``."""

    year: QAction
    export: QAction
    hcpc: QAction
    check: QAction
    preferences: QAction
    imports: dict[str, QAction]

    def all(self) -> tuple[QAction, ...]:
        """Every action (all need an unlocked vault)."""
        own = (self.year, self.export, self.hcpc, self.check, self.preferences)
        return own + tuple(self.imports.values())

    def add_menus(self, menubar: QMenuBar, tools_menu: QMenu | None = None) -> QMenu:
        """Add the C&PD menu to ``menubar``, and Preferences to ``tools_menu`` (to the CPD
        menu when there is none)."""
        menu = menubar.addMenu(translate("CpdController", "C&PD"))
        menu.addAction(self.year)
        menu.addSeparator()
        menu.addAction(self.export)
        menu.addAction(self.hcpc)
        menu.addAction(self.check)
        menu.addSeparator()
        import_menu = menu.addMenu(translate("CpdController", "&Import"))
        for a in self.imports.values():
            import_menu.addAction(a)
        if tools_menu is not None:
            tools_menu.addSeparator()
            tools_menu.addAction(self.preferences)
        else:
            menu.addAction(self.preferences)
        return menu


def build_cpd_actions(cpd: CpdController, parent: QObject, *, enabled: bool) -> CpdActions:
    """The actions with their texts and shortcuts, triggering ``cpd``'s methods."""

    def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        a = QAction(text, parent)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda _checked=False: slot())
        a.setEnabled(enabled)
        return a

    year = action(translate("CpdController", "CPD &year"), cpd.show_year, "Ctrl+5")
    export = action(translate("CpdController", "&Export…"), cpd.show_export, "Ctrl+E")
    hcpc = action(translate("CpdController", "&HCPC CPD profile…"), cpd.show_hcpc_profile)
    check = action(translate("CpdController", "&Check for identifying details…"), cpd.show_check)
    preferences = action(
        translate("CpdController", "&Preferences…"), cpd.show_preferences, "Ctrl+,"
    )
    imports = {}
    for name in FORMATS:

        def show(n: str = name) -> None:
            cpd.show_import(n)

        label = str(IMPORT_LABELS.get(name, FORMATS[name].label))
        imports[name] = action(translate("CpdController", label), show)
    return CpdActions(year, export, hcpc, check, preferences, imports)
