"""The Supervision menu: its actions and shortcuts, declared in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow

#: Looked up under the context of the controller that owns these actions.
translate = QCoreApplication.translate


def build_supervision_menu(window: MainWindow, menubar: QMenuBar) -> QMenu:
    """Add the Supervision menu; its actions are enabled only while the vault is unlocked."""
    sup = window.supervision

    def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        a = QAction(text, window)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda _checked=False: slot())
        a.setEnabled(window.vault is not None)
        sup.menu_actions.append(a)
        return a

    sup.new_session_action = action(
        translate("SupervisionController", "&New supervision session…"),
        sup.new_session,
        "Ctrl+Shift+S",
    )
    sup.session_mode_action = action(
        translate("SupervisionController", "&Session mode"), sup.toggle_session_mode, "F11"
    )
    sup.actions_action = action(
        translate("SupervisionController", "Open &actions"), sup.show_actions, "Ctrl+4"
    )
    sup.partners_action = action(
        translate("SupervisionController", "&Partners and agreements…"), sup.show_partners
    )
    sup.peer_action = action(
        translate("SupervisionController", "New peer re&flection…"), sup.new_peer_reflection
    )
    sup.export_action = action(
        translate("SupervisionController", "&Export signed record…"), sup.export_signed
    )
    sup.import_action = action(
        translate("SupervisionController", "&Import a record…"), sup.import_records
    )
    sup.proposals_action = action(
        translate("SupervisionController", "Awaiting your si&gn-off…"), sup.show_proposals
    )
    sup.reevaluate_action = action(
        translate("SupervisionController", "&Re-evaluate the relationship…"), sup.reevaluate
    )
    sup.session_mode_action.setToolTip(
        translate("SupervisionController", "Enter and leave session mode (F11)")
    )

    menu = menubar.addMenu(translate("SupervisionController", "&Supervision"))
    for a in (
        sup.new_session_action,
        sup.session_mode_action,
        sup.actions_action,
        None,
        sup.partners_action,
        sup.peer_action,
        None,
        sup.export_action,
        sup.import_action,
        sup.proposals_action,
        None,
        sup.reevaluate_action,
    ):
        menu.addSeparator() if a is None else menu.addAction(a)
    return menu
