"""Moving about the journal: which entry the editor shows as the list's selection changes,
opening an entry by id, the Journal/Trash choice, the "linked to" filter and the count.

The window owns one :class:`EntryNavigator`; it gets the list pane, the editor, a vault
provider and callbacks for what other controllers do on the way (save, show a supervision
record or the CPD details, the framework library), never the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import FrameworkLibrary
from supervision_app.core.guided import GuidedReflection
from supervision_app.core.supervision.model import SessionRecord
from supervision_app.gui.editor import EntryEditor
from supervision_app.gui.journal.list_pane import EntryListPane
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.gui.saving import SAVE_ERRORS, warn_not_added
from supervision_app.storage.vault import Vault


class EntryNavigator(QObject):
    def __init__(
        self,
        pane: EntryListPane,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        library: Callable[[], FrameworkLibrary],
        save_current: Callable[[], bool],
        save_all: Callable[[], bool],
        show_list: Callable[[], None],
        shows_record: Callable[[Entry], bool],
        current_record: Callable[[], SessionRecord | None],
        extras: Callable[[int], tuple[tuple[str, ...], GuidedReflection | None]],
        unsaved: Callable[[Hashable], object],
        show_cpd: Callable[[Entry | None], None],
        bring_to_front: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """``shows_record``: whether the supervision controller shows ``entry`` (a record's
        entry) itself; ``current_record``: the record it shows; ``extras``: an entry's links
        and guided answers; ``unsaved``: a change kept in memory (gui/saving.py)."""
        super().__init__(parent)
        self.pane, self.model, self.editor, self.vault = pane, pane.model, editor, vault
        self.library, self.save_current, self.save_all = library, save_current, save_all
        self.show_list = show_list
        self.shows_record, self.current_record = shows_record, current_record
        self.extras, self.unsaved, self.show_cpd = extras, unsaved, show_cpd
        self.bring_to_front = bring_to_front
        #: The menu's Move to Trash and Restore from Trash (built after this).
        self.trash_actions: tuple[QAction, QAction] | None = None
        self._staying = False
        pane.current_changed.connect(self.on_current_changed)
        pane.view_changed.connect(self.on_view_changed)
        pane.clear_filter_requested.connect(self.clear_filter)

    def set_trash_actions(self, trash: QAction, restore: QAction) -> None:
        self.trash_actions = (trash, restore)

    def new_entry(self) -> None:
        vault = self.vault()
        if vault is None:
            return
        self.save_current()
        try:
            entry = vault.entries.add(Entry(title="", practice_date=dt.date.today()))
        except SAVE_ERRORS as error:
            warn_not_added(self.editor.window(), error)
            return
        self.show_new_entry(entry.id or 0)
        self.editor.title.setFocus()

    def show_new_entry(self, entry_id: int) -> None:
        """Back to the whole journal, with ``entry_id`` selected."""
        self.pane.search.clear()
        self.pane.show_journal_choice()
        self.model.show_journal()
        self.after_list_change()
        self.open_entry(entry_id)

    def open_entry(self, entry_id: int) -> None:
        """Select ``entry_id`` in the list, loading pages until it appears."""
        if self.vault() is None:
            return
        self.save_current()
        self.show_list()
        row = self.model.row_of(entry_id)
        if row < 0 and self.model.mode is not ListMode.JOURNAL:
            self.clear_filter()
            row = self.model.row_of(entry_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(entry_id)
        if row >= 0:
            self.pane.select_row(row)
            self.bring_to_front()

    def show_linked(self, ref: str) -> None:
        """Filter the list to entries linked to one framework item."""
        if self.vault() is None:
            return
        self.save_current()
        self.show_list()
        self.pane.search.clear()
        library = self.library()
        ref = library.canonical_ref(ref)
        self.model.show_linked(ref, library.aliases_to(ref))
        self.after_list_change()
        self.pane.select_row(0)

    def clear_filter(self) -> None:
        if self.vault() is None:
            return
        self.show_list()
        self.pane.search.clear()
        self.model.show_journal()
        self.after_list_change()
        self.pane.select_row(0)

    def after_list_change(self) -> None:
        self.refresh_counts()
        self.update_trash_controls()
        linked = self.model.mode is ListMode.LINKED and self.model.linked_ref
        if linked:
            try:
                fw, item = self.library().item(str(self.model.linked_ref))
                label = f"{item.label} ({fw.name})"
            except (KeyError, ValueError):
                label = str(self.model.linked_ref)
            self.pane.show_filter(label)
        else:
            self.pane.show_filter(None)

    def on_current_changed(self) -> None:
        vault = self.vault()
        if vault is None or self._staying:
            return
        if not self.save_all():
            self._stay_on_unsaved()
            return
        summary = self.pane.current_summary()
        if summary is None:
            self.editor.show_entry(None)
        else:
            try:
                entry = vault.entries.get(summary.id)
            except SAVE_ERRORS:
                self.model.reload()
                return
            if self.shows_record(entry):
                return
            links, guided = self.extras(summary.id)
            unsaved = self.unsaved(("entry", summary.id))
            if isinstance(unsaved, Entry):
                entry = unsaved  # its change is not saved yet: show that, not the stored one
            self.editor.show_entry(
                entry, read_only=entry.deleted_at is not None, links=links, guided=guided
            )
            if unsaved is not None:
                self.editor.dirty = True
        self.show_cpd(self.editor.entry)
        self.update_trash_controls()

    def _stay_on_unsaved(self) -> None:
        """A save failed while leaving a record: select it again without saving or loading,
        so its text stays on screen."""
        shown = self.editor.entry or self.current_record()
        row = self.model.row_of(shown.id) if shown is not None and shown.id else -1
        self._staying = True
        try:
            if row >= 0:
                self.pane.list.setCurrentIndex(self.model.index(row))
            else:
                self.pane.list.selectionModel().clearCurrentIndex()
        finally:
            self._staying = False

    def on_view_changed(self) -> None:
        if self.vault() is None:
            return
        self.save_current()
        self.show_list()
        if self.pane.view_choice.currentData() is ListMode.TRASH:
            self.pane.search.clear()
            self.model.show_trash()
        else:
            self.model.show_search(self.pane.search.text())
        self.pane.select_row(0)
        self.after_list_change()
        self.update_trash_controls()

    def refresh_counts(self) -> None:
        vault = self.vault()
        if vault is None:
            self.pane.count_label.clear()
            return
        if self.model.mode is ListMode.SEARCH:
            n = self.model.rowCount()
            more = "+" if self.model.has_more else ""
            text = self.tr("{n}{more} found").format(n=n, more=more)
        elif self.model.mode is ListMode.TRASH:
            text = self.tr("{n} in Trash").format(n=vault.entries.count(trash=True))
        elif self.model.mode is ListMode.LINKED:
            text = self.tr("{n} linked").format(n=self.model.rowCount())
        else:
            n = vault.entries.count(filters=self.model.filters)
            text = self.tr("{count} entry(s)", "", n).format(count=f"{n:,}")
        self.pane.count_label.setText(text)

    def update_trash_controls(self) -> None:
        vault = self.vault()
        in_trash = self.model.mode is ListMode.TRASH and vault is not None
        has_current = self.pane.current_summary() is not None
        self.pane.set_trash_controls(in_trash=in_trash, has_current=has_current)
        if self.trash_actions is not None:
            trash, restore = self.trash_actions
            restore.setEnabled(in_trash and has_current)
            trash.setEnabled(vault is not None and not in_trash)
