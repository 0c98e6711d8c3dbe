"""Guided reflection, framework links, coverage and templates.

Given the editor, a vault provider and save/status callbacks; it asks the window to show an
entry or a framework item through signals, never holding the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import FrameworkFileError, FrameworkLibrary, default_library
from supervision_app.core.guided import GuidedReflection, compose_markdown
from supervision_app.core.templates import TemplateSetError
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.coverage_view import CoverageView
from supervision_app.gui.dialogs.reflection_dialogs import GuidedStartDialog, LinkDialog
from supervision_app.gui.saving import SAVE_ERRORS, warn_not_added
from supervision_app.storage.reflection import library_with_templates

if TYPE_CHECKING:
    from supervision_app.gui.common.drafts import DraftKeeper
    from supervision_app.gui.dialogs.template_editor import TemplateEditor
    from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.storage.vault import Vault


class ReflectionController(QObject):
    #: A guided reflection was created: show it (its id).
    entry_created = Signal(int)
    #: The coverage view asked for an entry (its id).
    entry_chosen = Signal(int)
    #: The coverage view asked for the entries linked to a framework item (its reference).
    framework_item_chosen = Signal(str)

    def __init__(
        self,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        status: Callable[[str, int], None],
        drafts: DraftKeeper,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        #: Keeps what is typed in its dialogs through a lock (gui/common/drafts.py).
        self.drafts = drafts
        self.vault = vault
        self.save_current = save_current
        self.status = status
        #: Dialogs and the coverage view open over this widget.
        self.parent_widget = parent
        self.library: FrameworkLibrary = default_library()
        self.coverage: CoverageView | None = None
        self.dialogs: list[QDialog] = []

    # -- lifecycle -------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.reload_library()

    def reload_library(self) -> None:
        vault = self.vault()
        try:
            self.library = (
                library_with_templates(vault, QCoreApplication.translate)
                if vault
                else default_library()
            )
        except (FrameworkFileError, TemplateSetError) as exc:
            self.library = default_library()
            self.status(
                self.tr("Your own templates could not be read: {reason}").format(
                    reason=error_text(exc)
                ),
                0,
            )
        self.editor.set_library(self.library)

    def use_library(self, library: FrameworkLibrary) -> None:
        """The library as the templates dialog built it after a change."""
        self.library = library
        self.editor.set_library(library)

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
        vault = self.vault()
        if vault is None:
            return (), None
        return vault.links.links_of(entry_id), vault.guided.get(entry_id)

    def after_save(self, entry: Entry) -> None:
        vault, editor = self.vault(), self.editor
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
        if self.vault() is None:
            return
        dialog = GuidedStartDialog(self.library, self.parent_widget)
        self.dialogs.append(dialog)
        dialog.accepted.connect(lambda: self._start_guided(dialog))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _start_guided(self, dialog: GuidedStartDialog) -> None:
        vault = self.vault()
        template_id = dialog.template_id()
        if vault is None or template_id is None:
            return
        template = self.library.get(template_id)
        focus_ref = dialog.focus_ref()
        focus = self.library.item(focus_ref)[1] if focus_ref else None
        title = f"{template.name}: {focus.label}" if focus else template.name
        guided = GuidedReflection(template_id, focus_ref)
        self.save_current()
        try:
            with vault.transaction():  # the entry with its answers and links, or nothing
                entry = vault.entries.add(
                    Entry(
                        title=title,
                        body=compose_markdown(template, guided, focus),
                        kind="reflection",
                        practice_date=dt.date.today(),
                    )
                )
                assert entry.id is not None
                vault.guided.save(entry.id, guided)
                vault.links.add_links(entry.id, guided.links())
        except SAVE_ERRORS as error:
            warn_not_added(self.parent_widget, error)
            return
        self.entry_created.emit(entry.id)

    def link_current(self) -> None:
        entry = self.editor.entry
        if self.vault() is None or entry is None or entry.id is None or entry.deleted_at:
            return
        dialog = LinkDialog(self.library, list(self.editor.links), self.parent_widget)
        self.dialogs.append(dialog)

        def apply() -> None:
            vault = self.vault()
            if vault is None or entry.id is None:
                return
            vault.links.set_links(entry.id, dialog.refs())
            self.editor.set_links(vault.links.links_of(entry.id))
            self.status(self.tr("Links saved."), 4000)

        dialog.accepted.connect(apply)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def show_coverage(self) -> None:
        vault = self.vault()
        if vault is None:
            return
        if self.coverage is None:
            self.coverage = CoverageView(vault, self.library, parent=self.parent_widget)
            self.coverage.entry_chosen.connect(self.entry_chosen)
            self.coverage.item_chosen.connect(self.framework_item_chosen)
        else:
            self.coverage.refresh()
        self.coverage.show()
        self.coverage.raise_()
        self.coverage.activateWindow()

    def show_templates(self) -> TemplatesDialog | None:
        vault = self.vault()
        if vault is None:
            return None
        from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(vault, self.library, self.parent_widget)
        self.dialogs.append(dialog)
        dialog.templates_changed.connect(self.use_library)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.editing.connect(
            lambda editor, data, new: self.drafts.watch(
                editor, lambda: self._edit_template(data, new=new)
            )
        )
        dialog.open()
        return dialog

    def _edit_template(self, data: dict[str, Any], *, new: bool) -> TemplateEditor | None:
        """The template editor again, over the templates (a draft kept through a lock)."""
        templates = self.show_templates()
        return templates.edit(data, new=new) if templates is not None else None

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent_widget, title, text)
