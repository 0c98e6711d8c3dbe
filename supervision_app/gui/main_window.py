"""The main window: entry list on the left, editor on the right, one explicit locked state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from supervision_app import APP_NAME
from supervision_app.core.entries import Entry, EntrySummary
from supervision_app.gui.autosave import EntryAutosaver
from supervision_app.gui.backups import BackupController
from supervision_app.gui.common.dates import take_typed_dates
from supervision_app.gui.common.keys import enter_presses_focused_button
from supervision_app.gui.companion.controller import CompanionController
from supervision_app.gui.cpd import CpdController
from supervision_app.gui.dialogs.upgrade_progress import VaultUnlocker
from supervision_app.gui.editor import EntryEditor
from supervision_app.gui.find.controller import FindController
from supervision_app.gui.help.field_help import apply_field_help
from supervision_app.gui.home.controller import HomeController
from supervision_app.gui.idle import InactivityTimer
from supervision_app.gui.journal.list_pane import EntryListPane
from supervision_app.gui.lock_controller import LockController
from supervision_app.gui.menus import build_menus
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.gui.preferences.live import LiveSettings
from supervision_app.gui.preferences.store import PreferencesStore
from supervision_app.gui.reflection_controller import ReflectionController
from supervision_app.gui.saving import SAVE_ERRORS, SaveKeeper, SaveWarningBar
from supervision_app.gui.search_controller import SearchController
from supervision_app.gui.supervision import SupervisionController
from supervision_app.gui.trash_controller import TrashController
from supervision_app.gui.unsaved import close_vault_for_quit, stay_on_unsaved
from supervision_app.gui.wheel_guard import install_wheel_guard
from supervision_app.gui.writing import WritingController
from supervision_app.storage.vault import Vault

VaultOpener = Callable[[Path, str], Vault]


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        vault_path: Path,
        *,
        open_vault: VaultUnlocker = Vault.open,
        create_vault: VaultOpener = Vault.create,
        idle_minutes: float | None = None,
    ) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.locking = LockController(self, open_vault, create_vault)
        self.vault: Vault | None = None
        self.passphrase_dialog: QDialog | None = None  # unlock dialog or first-run welcome
        self._staying = False
        self.quit_question: QMessageBox | None = None
        self.setWindowTitle(APP_NAME)
        self.backups = BackupController(
            lambda: self.vault,
            lambda: self.vault_path,
            lock=self.lock,
            save_all=self.save_all,
            lock_screen=lambda: self.passphrase_dialog,
            status=self.show_status,
            parent=self,
        )

        self.pane = EntryListPane()
        # The pane's parts under their old names: tests, menus and the lock use them.
        self.model = self.pane.model
        self.list = self.pane.list
        self.search = self.pane.search
        self.view_choice = self.pane.view_choice
        self.count_label = self.pane.count_label
        self.filter_label = self.pane.filter_label
        self.clear_filter_button = self.pane.clear_filter_button
        self.restore_button = self.pane.restore_button
        self.empty_trash_button = self.pane.empty_trash_button
        self.pane.current_changed.connect(self._on_current_changed)
        self.pane.view_changed.connect(self._on_view_changed)
        self.pane.clear_filter_requested.connect(self.clear_filter)
        self.pane.restore_requested.connect(self.restore_current)
        self.pane.empty_trash_requested.connect(self.empty_trash)
        self.searching = SearchController(
            self.pane,
            lambda: self.vault,
            save_current=self.save_current,
            list_changed=self.after_list_change,
            parent=self,
        )

        self.editor = EntryEditor()
        self.pane.nothing_selected.connect(lambda: self.editor.show_entry(None))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 880])
        self.save_bar = SaveWarningBar()
        self.saving = SaveKeeper(self.save_bar, self.save_all, lambda: self.vault, self)
        self.reflection = ReflectionController(
            self.editor,
            lambda: self.vault,
            save_current=self.save_current,
            status=self.show_status,
            parent=self,
        )
        self.reflection.entry_created.connect(self.show_new_entry)
        self.reflection.entry_chosen.connect(self.open_entry)
        self.reflection.framework_item_chosen.connect(self.show_linked)
        self.cpd = CpdController(
            self.editor,
            lambda: self.vault,
            library=lambda: self.reflection.library,
            preferences=lambda: self.preferences,
            save_current=self.save_current,
            status=self.show_status,
            saving=self.saving,
            parent=self,
        )
        self.cpd.entry_chosen.connect(self.open_entry)
        self.cpd.imported.connect(self.clear_filter)
        self.supervision = SupervisionController(
            self.pane,
            self.editor,
            self.splitter,
            lambda: self.vault,
            save_current=self.save_current,
            show_new_entry=self.show_new_entry,
            open_entry=self.open_entry,
            status=self.show_status,
            add_status_widget=self.statusBar().addPermanentWidget,
            trash_controls_changed=self.update_trash_controls,
            saving=self.saving,
            parent=self,
        )
        self.companion = CompanionController(
            self.pane,
            self.editor,
            lambda: self.vault,
            save_current=self.save_current,
            show_new_entry=self.show_new_entry,
            status=self.show_status,
            add_status_widget=self.statusBar().addPermanentWidget,
            current_session=self.supervision.current_record,
            flush_session=self.supervision.flush,
            sessions_changed=self.supervision.refresh_reminders,
            parent=self,
        )
        self.supervision.record_edited.connect(self.companion.note_edit)
        self.locked.connect(self.companion.on_lock)
        self.unlocked.connect(self.companion.on_unlocked)
        self.trash = TrashController(
            self.pane,
            lambda: self.vault,
            save_current=self.save_current,
            counts_changed=self._refresh_counts,
            status=self.show_status,
            parent=self,
        )
        self.home = HomeController(
            self.pane,
            self.splitter,
            self.editor,
            lambda: self.vault,
            save_current=self.save_current,
            parent=self,
        )
        # Home and the journal in one stack, under the warning shown when saving fails.
        self.setCentralWidget(self.save_bar.above(self.home.stack))
        home = self.home.view
        home.new_reflection.connect(self.new_entry)
        home.guided_reflection.connect(self.reflection.new_guided)
        home.new_session.connect(self.supervision.new_session)
        home.show_actions.connect(self.supervision.show_actions)
        home.show_cpd_year.connect(self.cpd.show_year)
        home.open_entry.connect(self.open_entry)
        self.home.entry_created.connect(self.show_new_entry)
        self.writing = WritingController(
            self.editor,
            lambda: self.vault,
            language=lambda: str(self.preferences.get("spell_language")),
            current_record=self.supervision.current_record,
            flush_record=self.supervision.flush,
            record_library=lambda: self.supervision.library,
            current_summary=self.pane.current_summary,
            save_current=self.save_current,
            status=self.show_status,
            parent=self,
        )
        self.unlocked.connect(self.writing.on_unlocked)
        # The CPD and supervision views exist by the first unlock: they get their tooltips.
        self.unlocked.connect(lambda: apply_field_help(self))
        self.locked.connect(self.writing.on_lock)
        self.editor.link_requested.connect(self.reflection.link_current)
        self.autosaver = EntryAutosaver(
            self.editor,
            lambda: self.vault,
            self.saving,
            model=lambda: self.model,
            prepare=self._before_autosave,
            status=lambda text: self.statusBar().showMessage(text),
            parent=self,
        )
        self.editor.save_due.connect(self.autosave)
        self.editor.changed.connect(lambda: self.statusBar().showMessage(self.tr("Editing…")))

        #: A fixed delay (tests); otherwise the "lock_delay_minutes" preference (LiveSettings).
        self.idle = (
            InactivityTimer(parent=self)
            if idle_minutes is None
            else InactivityTimer(idle_minutes, self)
        )
        self.idle.inactive.connect(self.lock)
        self.preferences = PreferencesStore(lambda: self.vault, self)
        self.live = LiveSettings(
            self.preferences,
            editor=self.editor,
            writing=self.writing,
            idle=self.idle,
            desktop_locked=self.locking.desktop.lock_requested,
            lock=self.lock,
            idle_fixed=idle_minutes is not None,
            parent=self,
        )

        self._build_actions()
        self.finding = FindController(
            self.pane,
            self.editor,
            lambda: self.vault,
            library=lambda: self.reflection.library,
            run_search=self.searching.run,
            show_list=self.home.show_list,
            status=self.show_status,
            parent=self,
        )
        menus = self.menu_actions.menus  # File, Edit, View, ...
        self.finding.add_to_menus(menus[1], menus[2], self.menu_actions.preview)
        home.show_dashboard.connect(self.finding.show_dashboard)
        self.locked.connect(self.finding.on_lock)
        self.unlocked.connect(self.finding.on_unlocked)
        self._restore_geometry()
        self.locking.set_locked_ui(True)
        # Every widget polished, then the application-wide filters installed: the thousands
        # of events of building and polishing pass no Python filter (see gui/wheel_guard.py).
        self.ensurePolished()
        self.wheel_guard = install_wheel_guard(self)
        self.locking.listen_anywhere()

    # -- menus and shortcuts ---------------------------------------------------------------

    def _build_actions(self) -> None:
        self.menu_actions = build_menus(self)

    # -- locking ---------------------------------------------------------------------------

    def start(self) -> None:
        """Show the window and ask for the passphrase (or a new one on first run)."""
        self.show()
        self.locking.ask_passphrase()

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def lock(self) -> None:
        """Save, clear every view and the clipboard, close the database, ask again."""
        self.locking.lock()

    # -- entries ---------------------------------------------------------------------------

    def autosave(self) -> bool:
        """The editor's debounced save: a plain entry is written on a worker thread, so
        typing never waits for it (gui/autosave.py); anything else as :meth:`save_current`."""
        if self.autosaver.can_take():
            return self.autosaver.autosave()
        return self.save_current()

    def _before_autosave(self) -> bool:
        """The UI thread's part of an autosave: typed dates, older changes kept in memory
        (saved first: the newest version wins), the CPD details."""
        take_typed_dates(self)
        return self.vault is not None and self.saving.flush_pending() and self.cpd.save()

    def save_current(self) -> bool:
        """Write the editor's entry if it changed. A failure keeps the text in the editor
        and shows the warning bar (see gui/saving.py). An autosave still being written on
        the worker ends first, so nothing is written out of order."""
        self.autosaver.wait()
        take_typed_dates(self)
        if self.vault is None or not self.editor.dirty:
            return True
        entry = self.editor.current_entry()
        if entry is None or entry.deleted_at is not None:
            return True
        if not self.saving.flush_pending():
            return False
        try:
            saved = self.vault.entries.update(entry)
            self.reflection.after_save(saved)
        except SAVE_ERRORS as exc:
            self.saving.failed(exc)
            self.statusBar().showMessage(self.tr("Not saved: see the message above."))
            return False
        if not self.cpd.save():
            return False
        self.editor.mark_saved(saved)
        self.model.replace_summary(EntrySummary.from_entry(saved))
        self.saving.succeeded()
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        self.statusBar().showMessage(self.tr("Saved at {time}").format(time=stamp))
        return True

    def save_all(self) -> bool:
        """Save every editor (entry, supervision record, session mode, peer reflection)."""
        ok = self.save_current()
        return self.supervision.flush() and ok

    def new_entry(self) -> None:
        if self.vault is None:
            return
        self.save_current()
        entry = self.vault.entries.add(Entry(title="", practice_date=dt.date.today()))
        self.show_new_entry(entry.id or 0)
        self.editor.title.setFocus()

    def show_new_entry(self, entry_id: int) -> None:
        """Back to the whole journal, with ``entry_id`` selected."""
        self.search.clear()
        self.pane.show_journal_choice()
        self.model.show_journal()
        self.after_list_change()
        self.open_entry(entry_id)

    def open_entry(self, entry_id: int) -> None:
        """Select ``entry_id`` in the list, loading pages until it appears."""
        if self.vault is None:
            return
        self.save_current()
        self.home.show_list()
        row = self.model.row_of(entry_id)
        if row < 0 and self.model.mode is not ListMode.JOURNAL:
            self.clear_filter()
            row = self.model.row_of(entry_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(entry_id)
        if row >= 0:
            self._select_row(row)
            self.raise_()
            self.activateWindow()

    def show_linked(self, ref: str) -> None:
        """Filter the list to entries linked to one framework item."""
        if self.vault is None:
            return
        self.save_current()
        self.home.show_list()
        self.search.clear()
        library = self.reflection.library
        ref = library.canonical_ref(ref)
        self.model.show_linked(ref, library.aliases_to(ref))
        self.after_list_change()
        self._select_row(0)

    def clear_filter(self) -> None:
        if self.vault is None:
            return
        self.home.show_list()
        self.search.clear()
        self.model.show_journal()
        self.after_list_change()
        self._select_row(0)

    def after_list_change(self) -> None:
        self._refresh_counts()
        self.update_trash_controls()
        linked = self.model.mode is ListMode.LINKED and self.model.linked_ref
        if linked:
            try:
                fw, item = self.reflection.library.item(str(self.model.linked_ref))
                label = f"{item.label} ({fw.name})"
            except (KeyError, ValueError):
                label = str(self.model.linked_ref)
            self.pane.show_filter(label)
        else:
            self.pane.show_filter(None)

    def _on_current_changed(self) -> None:
        if self.vault is None:
            return
        if self._staying:
            return
        if not self.save_all():
            stay_on_unsaved(self)
            return
        summary = self._current_summary()
        if summary is None:
            self.editor.show_entry(None)
        else:
            try:
                entry = self.vault.entries.get(summary.id)
            except SAVE_ERRORS:
                self.model.reload()
                return
            if self.supervision.shows_entry(entry):
                return
            links, guided = self.reflection.extras(summary.id)
            unsaved = self.saving.pending_data(("entry", summary.id))
            if isinstance(unsaved, Entry):
                entry = unsaved  # its change is not saved yet: show that, not the stored one
            self.editor.show_entry(
                entry, read_only=entry.deleted_at is not None, links=links, guided=guided
            )
            if unsaved is not None:
                self.editor.dirty = True
        self.cpd.show_entry(self.editor.entry)
        self.update_trash_controls()

    def reselect(self, row: int) -> None:
        """Select ``row`` again (none when negative) without saving or loading: a save failed
        while leaving the record, so its text stays on screen (gui/unsaved.py)."""
        self._staying = True
        try:
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
            else:
                self.list.selectionModel().clearCurrentIndex()
        finally:
            self._staying = False

    def _current_summary(self) -> EntrySummary | None:
        return self.pane.current_summary()

    def _select_row(self, row: int) -> None:
        self.pane.select_row(row)

    def trash_current(self) -> None:
        self.trash.trash_current()

    def restore_current(self) -> None:
        self.trash.restore_current()

    def empty_trash(self, *, confirm: bool = True) -> bool:
        return self.trash.empty_trash(confirm=confirm)  # on a worker: ``trash.emptied``

    # -- list views and search -------------------------------------------------------------

    def focus_search(self) -> None:
        self.home.show_list()
        self.searching.focus()

    def _on_view_changed(self) -> None:
        if self.vault is None:
            return
        self.save_current()
        self.home.show_list()
        if self.view_choice.currentData() is ListMode.TRASH:
            self.search.clear()
            self.model.show_trash()
        else:
            self.model.show_search(self.search.text())
        self._select_row(0)
        self.after_list_change()
        self.update_trash_controls()

    def _refresh_counts(self) -> None:
        if self.vault is None:
            self.count_label.clear()
            return
        if self.model.mode is ListMode.SEARCH:
            n = self.model.rowCount()
            more = "+" if self.model.has_more else ""
            text = self.tr("{n}{more} found").format(n=n, more=more)
        elif self.model.mode is ListMode.TRASH:
            text = self.tr("{n} in Trash").format(n=self.vault.entries.count(trash=True))
        elif self.model.mode is ListMode.LINKED:
            text = self.tr("{n} linked").format(n=self.model.rowCount())
        else:
            n = self.vault.entries.count(filters=self.model.filters)
            text = self.tr("{count} entry(s)", "", n).format(count=f"{n:,}")
        self.count_label.setText(text)

    def update_trash_controls(self) -> None:
        in_trash = self.model.mode is ListMode.TRASH and self.vault is not None
        has_current = self._current_summary() is not None
        self.pane.set_trash_controls(in_trash=in_trash, has_current=has_current)
        self.menu_actions.restore.setEnabled(in_trash and has_current)
        self.menu_actions.trash.setEnabled(self.vault is not None and not in_trash)

    def _toggle_preview(self) -> None:
        self.editor.set_preview_visible(self.menu_actions.preview.isChecked())

    def show_status(self, text: str, timeout: int = 0) -> None:
        """The status callback handed to controllers (they do not get the window)."""
        self.statusBar().showMessage(text, timeout)

    # -- passphrase, about, closing --------------------------------------------------------

    def about(self) -> None:
        from supervision_app.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.vault_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not enter_presses_focused_button(self, event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Quitting closes the vault without locking: everything being edited is saved first,
        # and changes that cannot be saved are not thrown away without asking.
        if not close_vault_for_quit(self):
            event.ignore()
            return
        event.accept()
        # Closed: its application-wide filters go, before its thousands of widgets are
        # destroyed (each destruction event would pass them).
        if (app := QApplication.instance()) is not None:
            app.removeEventFilter(self.wheel_guard)
        self.locking.stop_listening()
        self.backups.close_restore()  # a window of its own over the lock screen
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.reject()
