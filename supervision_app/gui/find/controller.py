"""Wires finding and seeing into the main window: filter bar, saved searches, highlights,
and the timeline and dashboard windows (View ▸ Timeline, Ctrl+6; View ▸ Dashboard, Ctrl+7).

It is given the list pane, the entry editor, a vault provider and the window's callbacks (run
the search, status), never the window. The window connects its ``locked``/``unlocked`` signals
to :meth:`on_lock`/:meth:`on_unlocked`, so locking clears the chips and saved searches and
closes the timeline and dashboard with everything else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from supervision_app.core.errors import JournalError
from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.text import highlight_terms
from supervision_app.gui.common.errors import error_text
from supervision_app.gui.find.filter_bar import FilterBar
from supervision_app.gui.find.filter_dialog import FilterChoices, FilterDialog
from supervision_app.gui.find.highlight import highlight
from supervision_app.gui.find.saved_panel import SavedSearchesPanel
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.storage.find.figures import entry_years, linked_refs
from supervision_app.storage.find.saved import SavedSearch, SavedSearchRepository

if TYPE_CHECKING:
    from supervision_app.core.frameworks import FrameworkLibrary
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.find.dashboard import DashboardWindow
    from supervision_app.gui.find.timeline import TimelineWindow
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.storage.vault import Vault


#: A plain class: its texts use their own literal context, the one lupdate files them under.
translate = QCoreApplication.translate


class FindController:
    """Adds the filter bar and saved searches to the pane's column; its actions go into the
    menus it is handed (see :meth:`add_to_menus`)."""

    def __init__(
        self,
        pane: EntryListPane,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        library: Callable[[], FrameworkLibrary],
        run_search: Callable[[], None],
        show_list: Callable[[], None],
        status: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        self.pane = pane
        self.editor = editor
        self.vault = vault
        self.library = library
        self.run_search = run_search
        #: Brings the journal's list forward (from the home view too).
        self.show_list = show_list
        self.status = status
        #: Dialogs and windows open over this widget; the timeline raises it again.
        self.parent_widget = parent
        self.bar = FilterBar()
        self.bar.ref_label = self._ref_label
        self.bar.partner_label = self._partner_label
        self.bar.changed.connect(lambda: self.apply(self.bar.filters))
        self.bar.edit_requested.connect(self.edit_filters)
        self.saved = SavedSearchesPanel()
        self.saved.chosen.connect(self.run_saved)
        self.saved.save_requested.connect(self.save_search)
        self.saved.delete_requested.connect(self.delete_saved)
        self.saved.rename_requested.connect(self.rename_saved)
        column = pane.column
        column.insertWidget(1, self.bar)
        column.insertWidget(column.indexOf(pane.list) + 1, self.saved)
        self.save_dialog: QInputDialog | None = None
        self.rename_dialog: QInputDialog | None = None
        #: The last refusal shown (a duplicate or empty name), kept for tests.
        self.message: QMessageBox | None = None
        self.timeline: TimelineWindow | None = None
        self.dashboard: DashboardWindow | None = None

        self.filters_action = self._action(
            translate("FindController", "F&ilters…"), self.edit_filters, "Ctrl+Shift+F"
        )
        self.save_action = self._action(
            translate("FindController", "&Save this search…"), self.save_search
        )
        self.timeline_action = self._action(
            translate("FindController", "T&imeline"), self.show_timeline, "Ctrl+6"
        )
        self.dashboard_action = self._action(
            translate("FindController", "&Dashboard"), self.show_dashboard, "Ctrl+7"
        )
        pane.list.selectionModel().currentChanged.connect(self._highlight_current)
        editor.preview_updated.connect(self._highlight_preview)
        self._set_enabled(False)

    def add_to_menus(self, edit_menu: QMenu, view_menu: QMenu, view_anchor: QAction) -> None:
        """Filters and Save this search after Edit's first action; Timeline and Dashboard
        before ``view_anchor`` in View."""
        edit_menu.insertActions(edit_menu.actions()[1], [self.filters_action, self.save_action])
        view_menu.insertActions(view_anchor, [self.timeline_action, self.dashboard_action])
        view_menu.insertSeparator(view_anchor)

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.parent_widget)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _set_enabled(self, enabled: bool) -> None:
        for a in (
            self.filters_action,
            self.save_action,
            self.timeline_action,
            self.dashboard_action,
        ):
            a.setEnabled(enabled)
        self.bar.setVisible(enabled)
        self.saved.setVisible(enabled)

    # -- lock ------------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._set_enabled(True)
        self.bar.set_filters(SearchFilters())
        self.refresh_saved()

    def on_lock(self) -> None:
        self._set_enabled(False)
        self.bar.set_filters(SearchFilters())
        self.saved.set_searches([])
        for view in (self.timeline, self.dashboard):
            if view is not None:
                view.close()
                view.deleteLater()
        self.timeline = self.dashboard = None

    # -- filters ---------------------------------------------------------------------------

    def _year_end(self) -> tuple[int, int]:
        vault = self.vault()
        return vault.cpd_settings.load().year_end if vault is not None else (11, 30)

    def _ref_label(self, ref: str) -> str:
        try:
            fw, item = self.library().item(ref)
        except (KeyError, ValueError):
            return ref
        return f"{item.label} ({fw.name})"

    def _partner_label(self, partner_id: int) -> str:
        vault = self.vault()
        if vault is None:
            return str(partner_id)
        try:
            return vault.supervision.partners.get(partner_id).name
        except JournalError:
            return str(partner_id)

    def choices(self) -> FilterChoices:
        vault = self.vault()
        if vault is None:
            return FilterChoices()
        years = entry_years(vault)
        year_end = self._year_end()
        span = range(years[0], years[1] + 2) if years else range(0)
        return FilterChoices(
            tags=[tag for tag, _n in vault.entries.all_tags()],
            items=[(ref, f"{self._ref_label(ref)} — {n}") for ref, n in linked_refs(vault)],
            partners=[(p.id or 0, p.name) for p in vault.supervision.partners.list()],
            years=list(span),
            year_end=year_end,
        )

    def edit_filters(self) -> None:
        if self.vault() is None:
            return
        dialog = FilterDialog(self.bar.filters, self.choices(), self.parent_widget)
        dialog.accepted.connect(lambda: self.apply(dialog.result_filters))
        dialog.open()

    def apply(self, filters: SearchFilters, query: str | None = None) -> None:
        """Show the list (or the search, if words are typed) narrowed to ``filters``."""
        if self.vault() is None:
            return
        self.show_list()  # from the home view too: the results are in the journal
        self.bar.set_filters(filters)
        self.pane.model.filters = filters
        if query is not None:
            self.pane.search.setText(query)
        self.run_search()

    def show_dates(self, start: dt.date, end: dt.date) -> None:
        """From the timeline: the entries of a day or a month (other filters kept)."""
        from dataclasses import replace

        self.apply(replace(self.bar.filters, date_from=start, date_to=end, cpd_year=None))
        self.parent_widget.raise_()
        self.parent_widget.activateWindow()
        self.pane.list.setFocus()

    # -- saved searches --------------------------------------------------------------------

    def refresh_saved(self) -> None:
        vault = self.vault()
        if vault is not None:
            self.saved.set_searches(SavedSearchRepository(vault).list(self._year_end()))

    def run_saved(self, saved: SavedSearch) -> None:
        self.apply(saved.filters, saved.query)

    def save_search(self) -> None:
        vault = self.vault()
        if vault is None:
            return
        query, filters = self.pane.search.text(), self.bar.filters
        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle(translate("FindController", "Save search"))
        dialog.setLabelText(translate("FindController", "&Name for this search:"))
        dialog.setTextValue(query.strip()[:40])
        dialog.textValueSelected.connect(lambda name: self._save(name, query, filters))
        self.save_dialog = dialog
        dialog.open()

    def _save(self, name: str, query: str, filters: SearchFilters) -> None:
        vault = self.vault()
        if vault is None:
            return
        try:
            SavedSearchRepository(vault).save(name, query, filters)
        except JournalError as error:
            QMessageBox.information(
                self.parent_widget, translate("FindController", "Save search"), error_text(error)
            )
            return
        self.refresh_saved()
        self.status(translate("FindController", "Search saved."), 4000)

    def rename_saved(self, saved: SavedSearch) -> None:
        """Ask for a new name; a refused name changes nothing and says why."""
        if self.vault() is None:
            return
        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle(translate("FindController", "Rename saved search"))
        dialog.setLabelText(
            translate("FindController", "&New name for “%1”:").replace("%1", saved.name)
        )
        dialog.setTextValue(saved.name)
        dialog.textValueSelected.connect(lambda name: self._rename(saved, name))
        self.rename_dialog = dialog
        dialog.open()

    def _rename(self, saved: SavedSearch, name: str) -> None:
        vault = self.vault()
        if vault is None:
            return
        try:
            renamed = SavedSearchRepository(vault).rename(saved.id, name)
        except JournalError as error:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("FindController", "Rename saved search"),
                error_text(error),
                QMessageBox.StandardButton.Ok,
                self.parent_widget,
            )
            self.message = box
            box.open()
            return
        self.refresh_saved()
        self.saved.select(renamed.id)
        self.status(translate("FindController", "Saved search renamed."), 4000)

    def delete_saved(self, saved: SavedSearch) -> None:
        vault = self.vault()
        if vault is not None:
            SavedSearchRepository(vault).delete(saved.id)
            self.refresh_saved()

    # -- highlights ------------------------------------------------------------------------

    def terms(self) -> list[str]:
        if self.pane.model.mode is not ListMode.SEARCH:
            return []
        return highlight_terms(self.pane.search.text())

    def _highlight_current(self, *_: object) -> None:
        terms = self.terms()
        highlight(self.editor.body, terms)
        highlight(self.editor.preview, terms)

    def _highlight_preview(self) -> None:
        highlight(self.editor.preview, self.terms())

    # -- views -----------------------------------------------------------------------------

    def show_timeline(self) -> None:
        vault = self.vault()
        if vault is None:
            return
        if self.timeline is None:
            from supervision_app.gui.find.timeline import TimelineWindow

            self.timeline = TimelineWindow(vault, parent=self.parent_widget)
            self.timeline.dates_chosen.connect(self.show_dates)
        else:
            self.timeline.refresh()
        self.timeline.show()
        self.timeline.raise_()
        self.timeline.activateWindow()

    def show_dashboard(self) -> None:
        vault = self.vault()
        if vault is None:
            return
        if self.dashboard is None:
            from supervision_app.gui.find.dashboard import DashboardWindow

            self.dashboard = DashboardWindow(vault, self._ref_label, parent=self.parent_widget)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
