"""Help: the framework guide, CPD requirements and the keyboard shortcuts (issue 16, item 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from supervision_app.core.guide import cpd_pages, framework_pages
from supervision_app.core.regulators import default_regulators
from supervision_app.gui.help.guide_dialog import GuideDialog
from supervision_app.gui.help.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow

#: The guides' titles are filed under the dialog that shows them.
translate = QCoreApplication.translate


def _show(window: MainWindow, dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def chosen_regulators(window: MainWindow) -> tuple[str, ...]:
    """The user's regulators from the CPD settings (Social Work England by default)."""
    vault = window.vault
    if vault is None:
        return ()
    return vault.cpd_settings.load().regulators


def show_framework_guide(window: MainWindow) -> GuideDialog:
    pages = framework_pages(window.reflection.library)
    dialog = GuideDialog(translate("GuideDialog", "Framework guide"), pages, window)
    _show(window, dialog)
    return dialog


def show_cpd_guide(window: MainWindow) -> GuideDialog:
    pages = cpd_pages(window.reflection.library, default_regulators(), chosen_regulators(window))
    dialog = GuideDialog(translate("GuideDialog", "CPD requirements"), pages, window)
    _show(window, dialog)
    return dialog


def show_shortcuts(window: MainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    _show(window, dialog)
    return dialog
