"""The main window's actions, shortcuts and menus, declared in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from supervision_app.gui import help as help_pages

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow

#: Menu text is looked up under the window's context, the one lupdate files it under.
translate = QCoreApplication.translate


def _action(
    w: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, w)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


@dataclass(frozen=True)
class MenuActions:
    """The main window's own actions (the CPD and supervision ones belong to their
    controllers), and the menus in menu-bar order."""

    new: QAction
    guided: QAction
    link: QAction
    coverage: QAction
    templates: QAction
    lock: QAction
    passwd: QAction
    quit: QAction
    find: QAction
    trash: QAction
    restore: QAction
    empty_trash: QAction
    home: QAction
    journal_view: QAction
    trash_view: QAction
    preview: QAction
    print: QAction
    zoom: tuple[QAction, ...]
    about: QAction
    back_up: QAction
    restore_backup: QAction
    check: QAction
    menus: list[QMenu]

    def journal_actions(self) -> tuple[QAction, ...]:
        """Actions that need an unlocked journal (disabled while locked)."""
        return (
            self.new,
            self.guided,
            self.link,
            self.coverage,
            self.templates,
            self.lock,
            self.passwd,
            self.back_up,
            self.check,
            self.find,
            self.trash,
            self.restore,
            self.empty_trash,
            self.home,
            self.journal_view,
            self.trash_view,
            self.print,
        )


def build_menus(self: MainWindow) -> MenuActions:
    """Every action with its shortcut, and the menu bar (File, Edit, View, Tools, Help)."""
    new = _action(
        self, translate("MainWindow", "&New entry"), self.new_entry, QKeySequence.StandardKey.New
    )
    guided = _action(
        self,
        translate("MainWindow", "New &guided reflection…"),
        self.reflection.new_guided,
        "Ctrl+Shift+N",
    )
    link = _action(
        self,
        translate("MainWindow", "&Link to frameworks…"),
        self.reflection.link_current,
        "Ctrl+K",
    )
    coverage = _action(
        self,
        translate("MainWindow", "Capability &coverage"),
        self.reflection.show_coverage,
        "Ctrl+3",
    )
    templates = _action(
        self, translate("MainWindow", "Reflection &templates…"), self.reflection.show_templates
    )
    lock = _action(self, translate("MainWindow", "&Lock"), self.lock, "Ctrl+L")
    passwd = _action(
        self, translate("MainWindow", "&Change passphrase…"), self.locking.change_passphrase
    )
    # Locks first (a vault's file is replaced only while it is closed): gui/backups.py.
    restore_backup = _action(
        self,
        translate("MainWindow", "Restore from &backup…"),
        lambda: self.backups.show_restore(),
    )
    back_up = _action(self, translate("MainWindow", "Back &up now"), self.backups.back_up_now)
    check = _action(self, translate("MainWindow", "C&heck the journal…"), self.backups.check)
    quit = _action(self, translate("MainWindow", "&Quit"), self.close, "Ctrl+Q")
    # Both work from session mode and every other window (gui/lock_controller.py AnywhereKeys
    # covers modal dialogs, where Qt blocks even application shortcuts).
    for action in (lock, quit):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    find = _action(
        self, translate("MainWindow", "&Find"), self.focus_search, QKeySequence.StandardKey.Find
    )
    trash = _action(
        self,
        translate("MainWindow", "Move to &Trash"),
        self.trash_current,
        QKeySequence.StandardKey.Delete,
    )
    # Delete acts on the list only; in a text field it must delete text.
    trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    self.list.addAction(trash)
    restore = _action(self, translate("MainWindow", "&Restore from Trash"), self.restore_current)
    empty_trash = _action(self, translate("MainWindow", "&Empty Trash…"), self.empty_trash)
    home = _action(self, translate("MainWindow", "&Home"), self.home.show_home, "Ctrl+0")
    journal_view = _action(
        self, translate("MainWindow", "&Journal"), self.home.show_journal, "Ctrl+1"
    )

    def show_trash() -> None:
        self.home.show_list()
        self.view_choice.setCurrentIndex(1)

    trash_view = _action(self, translate("MainWindow", "T&rash"), show_trash, "Ctrl+2")
    preview = _action(
        self, translate("MainWindow", "Show &preview"), self.toggle_preview, "Ctrl+Shift+P"
    )
    preview.setCheckable(True)
    preview.setChecked(True)
    about = _action(self, translate("MainWindow", "&About"), self.about)
    guide = _action(
        self,
        translate("MainWindow", "&Framework guide"),
        lambda: help_pages.show_framework_guide(self),
    )
    cpd_guide = _action(
        self, translate("MainWindow", "&CPD requirements"), lambda: help_pages.show_cpd_guide(self)
    )
    keys = _action(
        self,
        translate("MainWindow", "&Keyboard shortcuts"),
        lambda: help_pages.show_shortcuts(self),
    )

    bar = self.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    for a in (
        new,
        guided,
        None,
        self.writing.print_action,
        None,
        lock,
        passwd,
        back_up,
        restore_backup,
        None,
        quit,
    ):
        file_menu.addSeparator() if a is None else file_menu.addAction(a)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    for a in (
        find,
        link,
        None,
        trash,
        restore,
        empty_trash,
    ):
        edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
    zoom = (self.writing.zoom_in, self.writing.zoom_out, self.writing.zoom_reset)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for a in (
        home,
        journal_view,
        trash_view,
        coverage,
        None,
        preview,
        None,
        *zoom,
    ):
        view_menu.addSeparator() if a is None else view_menu.addAction(a)
    tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
    tools_menu.addAction(templates)
    tools_menu.addAction(check)
    cpd_menu = self.cpd.menu_actions.add_menus(bar, tools_menu)
    supervision_menu = self.supervision.menu_actions.add_menu(bar)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    for a in (guide, cpd_guide, keys, None, about):
        help_menu.addSeparator() if a is None else help_menu.addAction(a)
    companion_menu = self.companion.build_menu(bar, help_menu)
    menus = [
        file_menu,
        edit_menu,
        view_menu,
        tools_menu,
        cpd_menu,
        supervision_menu,
        companion_menu,
        help_menu,
    ]
    return MenuActions(
        new=new,
        guided=guided,
        link=link,
        coverage=coverage,
        templates=templates,
        lock=lock,
        passwd=passwd,
        quit=quit,
        find=find,
        trash=trash,
        restore=restore,
        empty_trash=empty_trash,
        home=home,
        journal_view=journal_view,
        trash_view=trash_view,
        preview=preview,
        print=self.writing.print_action,
        zoom=zoom,
        about=about,
        back_up=back_up,
        restore_backup=restore_backup,
        check=check,
        menus=menus,
    )
