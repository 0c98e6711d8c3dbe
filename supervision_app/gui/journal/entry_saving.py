"""Writing the editor's entry: the debounced autosave (on a worker for a plain entry) and
the saves on the UI thread before switching entry, locking, quitting, printing or exporting.

The window owns one :class:`EntrySaving` and hands its ``save_current`` and ``save_all`` to
the controllers; it gets the editor, the list's model, a vault provider, the save keeper
(gui/saving.py) and callbacks for what other controllers save alongside (guided answers and
links, CPD details, supervision records), never the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from supervision_app.core.entries import Entry, EntrySummary
from supervision_app.gui.autosave import EntryAutosaver
from supervision_app.gui.common.dates import take_typed_dates
from supervision_app.gui.editor import EntryEditor
from supervision_app.gui.models.entry_list import EntryListModel
from supervision_app.gui.saving import SAVE_ERRORS, SaveKeeper
from supervision_app.storage.vault import Vault


class EntrySaving(QObject):
    def __init__(
        self,
        editor: EntryEditor,
        model: EntryListModel,
        vault: Callable[[], Vault | None],
        saving: SaveKeeper,
        *,
        forms: QWidget,
        after_save: Callable[[Entry], None],
        save_cpd: Callable[[], bool],
        flush_records: Callable[[], bool],
        status: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        """``forms``: the widget whose date fields are read before a save (typed but not yet
        entered); ``after_save``: the guided answers and links of the saved entry;
        ``save_cpd``: its CPD details; ``flush_records``: every supervision editor."""
        super().__init__(parent)
        self.editor, self.model, self.vault, self.saving = editor, model, vault, saving
        self.forms = forms
        self.after_save, self.save_cpd, self.flush_records = after_save, save_cpd, flush_records
        self.status = status
        self.autosaver = EntryAutosaver(
            editor,
            vault,
            saving,
            model=lambda: model,
            prepare=self._before_autosave,
            status=status,
            parent=parent,
        )

    def autosave(self) -> bool:
        """The editor's debounced save: a plain entry is written on a worker thread, so
        typing never waits for it (gui/autosave.py); anything else as :meth:`save_current`."""
        if self.autosaver.can_take():
            return self.autosaver.autosave()
        return self.save_current()

    def _before_autosave(self) -> bool:
        """The UI thread's part of an autosave: typed dates, older changes kept in memory
        (saved first: the newest version wins), the CPD details."""
        take_typed_dates(self.forms)
        return self.vault() is not None and self.saving.flush_pending() and self.save_cpd()

    def save_current(self) -> bool:
        """Write the editor's entry if it changed. A failure keeps the text in the editor
        and shows the warning bar (see gui/saving.py). An autosave still being written on
        the worker ends first, so nothing is written out of order."""
        self.autosaver.wait()
        take_typed_dates(self.forms)
        vault = self.vault()
        if vault is None or not self.editor.dirty:
            return True
        entry = self.editor.current_entry()
        if entry is None or entry.deleted_at is not None:
            return True
        if not self.saving.flush_pending():
            return False
        try:
            saved = vault.entries.update(entry)
            self.after_save(saved)
        except SAVE_ERRORS as exc:
            self.saving.failed(exc)
            self.status(self.tr("Not saved: see the message above."))
            return False
        if not self.save_cpd():
            return False
        self.editor.mark_saved(saved)
        self.model.replace_summary(EntrySummary.from_entry(saved))
        self.saving.succeeded()
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        self.status(self.tr("Saved at {time}").format(time=stamp))
        return True

    def save_all(self) -> bool:
        """Save every editor (entry, supervision record, session mode, peer reflection)."""
        ok = self.save_current()
        return self.flush_records() and ok
