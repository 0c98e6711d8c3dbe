"""The Supervision menu: its actions and shortcuts, declared in one place.

:func:`build_supervision_actions` makes the typed :class:`SupervisionActions` the supervision
controller owns (its ``menu_actions``); the window's menu builder asks it for its menu with
:meth:`SupervisionActions.add_menu`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

if TYPE_CHECKING:
    from supervision_app.gui.supervision.controller import SupervisionController

#: Looked up under the context of the controller that owns these actions.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class SupervisionActions:
    """The supervision controller's actions, in menu order; all need an unlocked vault."""

    new_session: QAction
    session_mode: QAction
    open_actions: QAction
    partners: QAction
    peer_reflection: QAction
    export_signed: QAction
    import_records: QAction
    proposals: QAction
    reevaluate: QAction

    def all(self) -> tuple[QAction, ...]:
        return (
            self.new_session,
            self.session_mode,
            self.open_actions,
            self.partners,
            self.peer_reflection,
            self.export_signed,
            self.import_records,
            self.proposals,
            self.reevaluate,
        )

    def add_menu(self, menubar: QMenuBar) -> QMenu:
        """Add the Supervision menu to ``menubar``."""
        menu = menubar.addMenu(translate("SupervisionController", "&Supervision"))
        for a in (
            self.new_session,
            self.session_mode,
            self.open_actions,
            None,
            self.partners,
            self.peer_reflection,
            None,
            self.export_signed,
            self.import_records,
            self.proposals,
            None,
            self.reevaluate,
        ):
            menu.addSeparator() if a is None else menu.addAction(a)
        return menu


def build_supervision_actions(
    sup: SupervisionController, parent: QObject, *, enabled: bool
) -> SupervisionActions:
    """The actions with their texts and shortcuts, opening ``sup``'s dialogs (its ``flows``)."""

    def action(text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        a = QAction(text, parent)
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda _checked=False: slot())
        a.setEnabled(enabled)
        return a

    flows = sup.flows
    actions = SupervisionActions(
        new_session=action(
            translate("SupervisionController", "&New supervision session…"),
            flows.new_session,
            "Ctrl+Shift+S",
        ),
        session_mode=action(
            translate("SupervisionController", "&Session mode"), sup.toggle_session_mode, "F11"
        ),
        open_actions=action(
            translate("SupervisionController", "Open &actions"), flows.show_actions, "Ctrl+4"
        ),
        partners=action(
            translate("SupervisionController", "&Partners and agreements…"), flows.show_partners
        ),
        peer_reflection=action(
            translate("SupervisionController", "New peer re&flection…"),
            flows.new_peer_reflection,
        ),
        export_signed=action(
            translate("SupervisionController", "&Export signed record…"), flows.export_signed
        ),
        import_records=action(
            translate("SupervisionController", "&Import a record…"), flows.import_records
        ),
        proposals=action(
            translate("SupervisionController", "Awaiting your si&gn-off…"), flows.show_proposals
        ),
        reevaluate=action(
            translate("SupervisionController", "&Re-evaluate the relationship…"),
            flows.reevaluate,
        ),
    )
    actions.session_mode.setToolTip(
        translate("SupervisionController", "Enter and leave session mode (F11)")
    )
    return actions
