"""CPD evidence: the editor's CPD panel and every CPD window.

Created by the main window next to the reflection controller, given the editor, a vault
provider and save/status callbacks; it asks for an entry or a fresh list with signals. It
owns its windows (year view, exports, checks, the HCPC profile, imports, preferences) and
closes them all on lock, emptying their widgets first; the HCPC profile is saved on the way
out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import default_library
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.cpd.cpd_panel import CpdPanel
from supervision_app.gui.cpd.menu import build_cpd_actions
from supervision_app.gui.cpd.widgets import cpd_library
from supervision_app.gui.saving import SAVE_ERRORS

if TYPE_CHECKING:
    from supervision_app.core.frameworks import FrameworkLibrary
    from supervision_app.gui.common.drafts import DraftKeeper
    from supervision_app.gui.cpd.hcpc_profile_dialog import HcpcProfileDialog
    from supervision_app.gui.cpd.year_view import CpdYearView
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.preferences.dialog import PreferencesDialog
    from supervision_app.gui.preferences.store import PreferencesStore
    from supervision_app.gui.saving import SaveKeeper
    from supervision_app.storage.vault import Vault


class CpdController(QObject):
    #: A CPD window asked for an entry (its id).
    entry_chosen = Signal(int)
    #: Entries were imported: the list should show the whole journal again.
    imported = Signal()

    def __init__(
        self,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        library: Callable[[], FrameworkLibrary],
        preferences: Callable[[], PreferencesStore],
        save_current: Callable[[], bool],
        status: Callable[[str, int], None],
        saving: SaveKeeper,
        drafts: DraftKeeper,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        #: Keeps what is typed in its windows through a lock (gui/common/drafts.py).
        self.drafts = drafts
        #: Where failed saves are reported (gui/saving.py).
        self.saving = saving
        self.editor = editor
        self.vault_provider = vault
        self.library = library
        #: The settings store the Preferences dialog (opened from the CPD menu) edits.
        self.preferences = preferences
        self.save_current = save_current
        self.status = status
        #: CPD windows open over this widget.
        self.parent_widget = parent
        #: Injected by tests; the year view and the HCPC profile count days from it.
        self.today: Callable[[], dt.date] = dt.date.today
        #: Its menu's actions (the window's menu builder places them); off while locked.
        self.menu_actions = build_cpd_actions(self, parent, enabled=self.vault is not None)
        self.windows: list[QWidget] = []
        self.year_view: CpdYearView | None = None
        self.panel = CpdPanel(cpd_library(default_library()), vault)
        editor.set_cpd_panel(self.panel, self.panel.changed)
        editor.links_changed.connect(lambda: self.panel.set_links(editor.links))
        editor.minutes.valueChanged.connect(self.panel.set_minutes)
        self.panel.standards_changed.connect(self._save_standards)

    @property
    def vault(self) -> Vault | None:
        return self.vault_provider()

    # -- lifecycle -------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        for action in self.menu_actions.all():
            action.setEnabled(True)

    def on_lock(self) -> None:
        """Close every CPD window (saving the HCPC profile) and forget all record text."""
        for action in self.menu_actions.all():
            action.setEnabled(False)
        self.close_windows()
        self.panel.clear()

    def close_windows(self) -> None:
        for widget in list(self.windows):
            save = getattr(widget, "save_now", None)
            if callable(save):
                save()
            self._dispose(widget)
        self.windows.clear()
        self.year_view = None

    def _dispose(self, widget: QWidget) -> None:
        widget.blockSignals(True)
        widget.hide()
        wipe(widget, all_items=True, block_signals=True)
        widget.deleteLater()

    # -- the editor's CPD panel ------------------------------------------------------------

    def show_entry(self, entry: Entry | None) -> None:
        vault = self.vault
        if vault is None or entry is None or entry.id is None:
            self.panel.clear()
            return
        try:
            fields = vault.cpd.get(entry.id)
            attachments = vault.attachments.list(entry.id)
            peers = vault.supervision.peer.list()
        except SAVE_ERRORS as error:
            self.panel.clear()
            self.status(error_text(error), 0)
            return
        self.panel.load(entry, fields, attachments, peers, read_only=entry.deleted_at is not None)
        self.panel.set_links(self.editor.links)

    def save(self) -> bool:
        """Save the panel's CPD details if they changed (called from the window's save)."""
        vault, panel = self.vault, self.panel
        if vault is None or panel.entry is None or panel.entry.id is None or not panel.dirty:
            return True
        current = self.editor.entry
        if current is None or current.id != panel.entry.id:
            return True
        fields = panel.values()
        try:
            if fields is None:
                vault.cpd.remove(panel.entry.id)
            else:
                vault.cpd.save(panel.entry.id, fields)
        except SAVE_ERRORS as error:
            self.saving.failed(error)
            self.status(
                self.tr("CPD details not saved: {reason}").format(reason=error_text(error)), 0
            )
            return False
        panel.mark_saved()
        return True

    def _save_standards(self, refs: list[str]) -> None:
        vault, entry = self.vault, self.panel.entry
        if vault is None or entry is None or entry.id is None:
            return
        try:
            vault.cpd.set_standards(entry.id, refs)
        except ValueError as error:
            self.status(error_text(error), 0)
            return
        except SAVE_ERRORS as error:
            self.saving.failed(error)
            return
        self.editor.set_links(vault.links.links_of(entry.id))
        self.status(self.tr("Standards saved."), 3000)

    # -- windows ---------------------------------------------------------------------------

    def _keep(self, widget: QWidget) -> None:
        self.windows.append(widget)
        if isinstance(widget, QDialog):
            widget.finished.connect(lambda _r: self._forget(widget))

    def _forget(self, widget: QWidget) -> None:
        if widget in self.windows:
            self.windows.remove(widget)
            if widget is self.year_view:
                self.year_view = None
            wipe(widget, all_items=True, block_signals=True)
            widget.deleteLater()

    def show_year(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.save_current()
        if self.year_view is None:
            from supervision_app.gui.cpd.year_view import CpdYearView

            self.year_view = CpdYearView(
                vault, self.library(), today=self.today, parent=self.parent_widget
            )
            self.year_view.entry_chosen.connect(self.entry_chosen)
            self.year_view.preferences_requested.connect(
                lambda: self.show_preferences("CPD and exports")
            )
            self._keep(self.year_view)
        else:
            self.year_view.fill_years()
            self.year_view.refresh()
        self.year_view.show()
        self.year_view.raise_()
        self.year_view.activateWindow()

    def show_export(self, fmt: str | None = None, *, check_only: bool = False) -> None:
        vault = self.vault
        if vault is None:
            return
        self.save_current()
        from supervision_app.gui.cpd.export_dialog import ExportDialog

        dialog = ExportDialog(
            vault,
            self.library(),
            check_only=check_only,
            today=self.today,
            parent=self.parent_widget,
        )
        if fmt is not None:
            dialog.selection_form.set_format(fmt)
        dialog.entry_chosen.connect(self.entry_chosen)
        dialog.profile_requested.connect(self.show_hcpc_profile)
        self._keep(dialog)
        dialog.show()

    def show_check(self) -> None:
        self.show_export(check_only=True)

    def show_hcpc_profile(self) -> HcpcProfileDialog | None:
        vault = self.vault
        if vault is None:
            return None
        from supervision_app.gui.cpd.hcpc_profile_dialog import HcpcProfileDialog

        existing = next((w for w in self.windows if isinstance(w, HcpcProfileDialog)), None)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        self.save_current()
        dialog = HcpcProfileDialog(vault, today=self.today, parent=self.parent_widget)
        dialog.entry_chosen.connect(self.entry_chosen)
        dialog.export_requested.connect(lambda: self.show_export("hcpc"))
        self._keep(dialog)
        self.drafts.watch(dialog, self.show_hcpc_profile)
        dialog.show()
        return dialog

    def show_import(self, fmt: str) -> None:
        vault = self.vault
        if vault is None:
            return
        self.save_current()
        from supervision_app.gui.cpd.import_dialogs import make_import_dialog

        dialog = make_import_dialog(fmt, vault, parent=self.parent_widget)
        dialog.imported.connect(self._after_import)
        self._keep(dialog)
        dialog.show()

    def _after_import(self, summary: str) -> None:
        self.imported.emit()
        self.status(summary, 8000)
        if self.year_view is not None:
            self.year_view.fill_years()
            self.year_view.refresh()

    def show_preferences(self, tab: str = "") -> PreferencesDialog | None:
        vault = self.vault
        if vault is None:
            return None
        from supervision_app.gui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences(), parent=self.parent_widget)
        if tab:
            dialog.show_tab(tab)
        dialog.accepted.connect(self._after_preferences)
        self._keep(dialog)
        self.drafts.watch(dialog, self.show_preferences)
        dialog.open()
        return dialog

    def _after_preferences(self) -> None:
        if self.year_view is not None:
            self.year_view.fill_years()
            self.year_view.refresh()
        self.status(self.tr("Preferences saved."), 4000)
