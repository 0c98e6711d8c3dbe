"""The main window's actions, shortcuts and menus, declared in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from supervision_app.gui.cpd import build_cpd_menu
from supervision_app.gui.supervision import build_supervision_menu

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow


def _action(
    w: MainWindow, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
) -> QAction:
    action = QAction(w.tr(text), w)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(self: MainWindow) -> None:
    """Every action with its shortcut, and the menu bar (File, Edit, View, Tools, Help)."""
    self.new_action = _action(self, "&New entry", self.new_entry, QKeySequence.StandardKey.New)
    self.guided_action = _action(
        self, "New &guided reflection…", self.reflection.new_guided, "Ctrl+Shift+N"
    )
    self.link_action = _action(self, "&Link to frameworks…", self.reflection.link_current, "Ctrl+K")
    self.coverage_action = _action(
        self, "Capability &coverage", self.reflection.show_coverage, "Ctrl+3"
    )
    self.templates_action = _action(self, "Reflection &templates…", self.reflection.show_templates)
    self.lock_action = _action(self, "&Lock", self.lock, "Ctrl+L")
    self.passwd_action = _action(self, "&Change passphrase…", self.change_passphrase)
    self.quit_action = _action(self, "&Quit", self.close, "Ctrl+Q")
    # Both work from session mode and every other window (gui/lock_controller.py AnywhereKeys
    # covers modal dialogs, where Qt blocks even application shortcuts).
    for action in (self.lock_action, self.quit_action):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    self.find_action = _action(self, "&Find", self.focus_search, QKeySequence.StandardKey.Find)
    self.trash_action = _action(
        self, "Move to &Trash", self.trash_current, QKeySequence.StandardKey.Delete
    )
    # Delete acts on the list only; in a text field it must delete text.
    self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    self.list.addAction(self.trash_action)
    self.restore_action = _action(self, "&Restore from Trash", self.restore_current)
    self.empty_trash_action = _action(self, "&Empty Trash…", self.empty_trash)
    self.journal_view_action = _action(
        self, "&Journal", lambda: self.view_choice.setCurrentIndex(0), "Ctrl+1"
    )
    self.trash_view_action = _action(
        self, "T&rash", lambda: self.view_choice.setCurrentIndex(1), "Ctrl+2"
    )
    self.preview_action = _action(self, "Show &preview", self._toggle_preview, "Ctrl+P")
    self.preview_action.setCheckable(True)
    self.preview_action.setChecked(True)
    self.about_action = _action(self, "&About", self.about)

    bar = self.menuBar()
    file_menu = bar.addMenu(self.tr("&File"))
    for a in (
        self.new_action,
        self.guided_action,
        None,
        self.lock_action,
        self.passwd_action,
        None,
        self.quit_action,
    ):
        file_menu.addSeparator() if a is None else file_menu.addAction(a)
    edit_menu = bar.addMenu(self.tr("&Edit"))
    for a in (
        self.find_action,
        self.link_action,
        None,
        self.trash_action,
        self.restore_action,
        self.empty_trash_action,
    ):
        edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
    view_menu = bar.addMenu(self.tr("&View"))
    for a in (
        self.journal_view_action,
        self.trash_view_action,
        self.coverage_action,
        None,
        self.preview_action,
    ):
        view_menu.addSeparator() if a is None else view_menu.addAction(a)
    tools_menu = bar.addMenu(self.tr("&Tools"))
    tools_menu.addAction(self.templates_action)
    cpd_menu = build_cpd_menu(self, bar, tools_menu)
    supervision_menu = build_supervision_menu(self, bar)
    help_menu = bar.addMenu(self.tr("&Help"))
    help_menu.addAction(self.about_action)
    menus = [file_menu, edit_menu, view_menu, tools_menu, cpd_menu, supervision_menu, help_menu]
    self.menus = menus
