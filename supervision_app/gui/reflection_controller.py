"""Guided reflection, framework links, coverage and templates, wired into the main window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import FrameworkFileError, FrameworkLibrary, default_library
from supervision_app.core.guided import GuidedReflection, compose_markdown
from supervision_app.core.templates import TemplateSetError
from supervision_app.gui.coverage_view import CoverageView
from supervision_app.gui.dialogs.reflection_dialogs import GuidedStartDialog, LinkDialog
from supervision_app.storage.reflection import library_with_templates

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow


#: Looked up under the literal context lupdate files these texts under.
translate = QCoreApplication.translate


class ReflectionController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library: FrameworkLibrary = default_library()
        self.coverage: CoverageView | None = None
        self.dialogs: list[QDialog] = []

    # -- lifecycle -------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload_library()

    def reload_library(self) -> None:
        vault = self.window.vault
        try:
            self.library = library_with_templates(vault) if vault else default_library()
        except (FrameworkFileError, TemplateSetError) as exc:
            self.library = default_library()
            self.window.statusBar().showMessage(
                translate(
                    "ReflectionController", "Your own templates could not be read: {reason}"
                ).format(reason=exc)
            )
        self.window.editor.set_library(self.library)

    def on_lock(self) -> None:
        """Close every window that shows vault content."""
        if self.coverage is not None:
            self.coverage.close()
            self.coverage.deleteLater()
            self.coverage = None
        for dialog in self.dialogs:
            dialog.reject()
            dialog.deleteLater()
        self.dialogs.clear()

    # -- per entry -------------------------------------------------------------------------

    def extras(self, entry_id: int) -> tuple[tuple[str, ...], GuidedReflection | None]:
        vault = self.window.vault
        if vault is None:
            return (), None
        return vault.links.links_of(entry_id), vault.guided.get(entry_id)

    def after_save(self, entry: Entry) -> None:
        vault, editor = self.window.vault, self.window.editor
        if vault is None or entry.id is None:
            return
        if editor.guided is not None:
            vault.guided.save(entry.id, editor.guided)
            vault.links.add_links(entry.id, editor.guided.links())
            editor.set_links(vault.links.links_of(entry.id))
        elif editor.guided_converted:
            vault.guided.remove(entry.id)

    # -- actions ---------------------------------------------------------------------------

    def new_guided(self) -> None:
        window = self.window
        if window.vault is None:
            return
        dialog = GuidedStartDialog(self.library, window)
        self.dialogs.append(dialog)
        dialog.accepted.connect(lambda: self._start_guided(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _start_guided(self, dialog: GuidedStartDialog) -> None:
        window, vault = self.window, self.window.vault
        template_id = dialog.template_id()
        if vault is None or template_id is None:
            return
        template = self.library.get(template_id)
        focus_ref = dialog.focus_ref()
        focus = self.library.item(focus_ref)[1] if focus_ref else None
        title = f"{template.name}: {focus.label}" if focus else template.name
        guided = GuidedReflection(template_id, focus_ref)
        window.save_current()
        entry = vault.entries.add(
            Entry(
                title=title,
                body=compose_markdown(template, guided, focus),
                kind="reflection",
                practice_date=dt.date.today(),
            )
        )
        assert entry.id is not None
        with vault.transaction():
            vault.guided.save(entry.id, guided)
            vault.links.add_links(entry.id, guided.links())
        window.show_new_entry(entry.id)

    def link_current(self) -> None:
        window = self.window
        entry = window.editor.entry
        if window.vault is None or entry is None or entry.id is None or entry.deleted_at:
            return
        dialog = LinkDialog(self.library, list(window.editor.links), window)
        self.dialogs.append(dialog)

        def apply() -> None:
            if window.vault is None or entry.id is None:
                return
            window.vault.links.set_links(entry.id, dialog.refs())
            window.editor.set_links(window.vault.links.links_of(entry.id))
            window.statusBar().showMessage(translate("ReflectionController", "Links saved."), 4000)

        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def show_coverage(self) -> None:
        window = self.window
        if window.vault is None:
            return
        if self.coverage is None:
            self.coverage = CoverageView(window.vault, self.library, parent=window)
            self.coverage.entry_chosen.connect(window.open_entry)
            self.coverage.item_chosen.connect(window.show_linked)
        else:
            self.coverage.refresh()
        self.coverage.show()
        self.coverage.raise_()
        self.coverage.activateWindow()

    def show_templates(self) -> None:
        window = self.window
        if window.vault is None:
            return
        from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(window.vault, self.library, window)
        self.dialogs.append(dialog)
        dialog.templates_changed.connect(self.reload_library)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
