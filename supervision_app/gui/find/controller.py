"""Wires finding and seeing into the main window: filter bar, saved searches, highlights,
and the timeline and dashboard windows (View ▸ Timeline, Ctrl+6; View ▸ Dashboard, Ctrl+7).

It is given the window and listens to its ``locked``/``unlocked`` signals, so locking clears
the chips and saved searches and closes the timeline and dashboard with everything else.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QInputDialog, QMessageBox

from supervision_app.core.errors import JournalError
from supervision_app.core.find.filters import SearchFilters
from supervision_app.core.find.text import highlight_terms
from supervision_app.gui.find.filter_bar import FilterBar
from supervision_app.gui.find.filter_dialog import FilterChoices, FilterDialog
from supervision_app.gui.find.highlight import highlight
from supervision_app.gui.find.saved_panel import SavedSearchesPanel
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.storage.find.figures import entry_years, linked_refs
from supervision_app.storage.find.saved import SavedSearch, SavedSearchRepository

if TYPE_CHECKING:
    from supervision_app.gui.find.dashboard import DashboardWindow
    from supervision_app.gui.find.timeline import TimelineWindow
    from supervision_app.gui.main_window import MainWindow


#: A plain class: its texts use their own literal context, the one lupdate files them under.
translate = QCoreApplication.translate


class FindController:
    def __init__(self, window: MainWindow, left_layout: QBoxLayout) -> None:
        self.w = window
        self.bar = FilterBar()
        self.bar.ref_label = self._ref_label
        self.bar.partner_label = self._partner_label
        self.bar.changed.connect(lambda: self.apply(self.bar.filters))
        self.bar.edit_requested.connect(self.edit_filters)
        self.saved = SavedSearchesPanel()
        self.saved.chosen.connect(self.run_saved)
        self.saved.save_requested.connect(self.save_search)
        self.saved.delete_requested.connect(self.delete_saved)
        left_layout.insertWidget(1, self.bar)
        left_layout.insertWidget(left_layout.indexOf(window.list) + 1, self.saved)
        self.save_dialog: QInputDialog | None = None
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
        menus = window.menu_actions.menus  # File, Edit, View, ...
        edit_menu, view_menu = menus[1], menus[2]
        edit_menu.insertActions(edit_menu.actions()[1], [self.filters_action, self.save_action])
        anchor = window.menu_actions.preview
        view_menu.insertActions(anchor, [self.timeline_action, self.dashboard_action])
        view_menu.insertSeparator(anchor)

        window.list.selectionModel().currentChanged.connect(self._highlight_current)
        window.editor.preview_updated.connect(self._highlight_preview)
        window.locked.connect(self.on_lock)
        window.unlocked.connect(self.on_unlocked)
        self._set_enabled(False)

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.w)
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
        vault = self.w.vault
        return vault.cpd_settings.load().year_end if vault is not None else (11, 30)

    def _ref_label(self, ref: str) -> str:
        try:
            fw, item = self.w.reflection.library.item(ref)
        except (KeyError, ValueError):
            return ref
        return f"{item.label} ({fw.name})"

    def _partner_label(self, partner_id: int) -> str:
        vault = self.w.vault
        if vault is None:
            return str(partner_id)
        try:
            return vault.supervision.partners.get(partner_id).name
        except JournalError:
            return str(partner_id)

    def choices(self) -> FilterChoices:
        vault = self.w.vault
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
        if self.w.vault is None:
            return
        dialog = FilterDialog(self.bar.filters, self.choices(), self.w)
        dialog.accepted.connect(lambda: self.apply(dialog.result_filters))
        dialog.open()

    def apply(self, filters: SearchFilters, query: str | None = None) -> None:
        """Show the list (or the search, if words are typed) narrowed to ``filters``."""
        w = self.w
        if w.vault is None:
            return
        w.home.show_list()  # from the home view too: the results are in the journal
        self.bar.set_filters(filters)
        w.model.filters = filters
        if query is not None:
            w.search.setText(query)
        w.searching.run()

    def show_dates(self, start: dt.date, end: dt.date) -> None:
        """From the timeline: the entries of a day or a month (other filters kept)."""
        from dataclasses import replace

        self.apply(replace(self.bar.filters, date_from=start, date_to=end, cpd_year=None))
        self.w.raise_()
        self.w.activateWindow()
        self.w.list.setFocus()

    # -- saved searches --------------------------------------------------------------------

    def refresh_saved(self) -> None:
        vault = self.w.vault
        if vault is not None:
            self.saved.set_searches(SavedSearchRepository(vault).list(self._year_end()))

    def run_saved(self, saved: SavedSearch) -> None:
        self.apply(saved.filters, saved.query)

    def save_search(self) -> None:
        vault = self.w.vault
        if vault is None:
            return
        query, filters = self.w.search.text(), self.bar.filters
        dialog = QInputDialog(self.w)
        dialog.setWindowTitle(translate("FindController", "Save search"))
        dialog.setLabelText(translate("FindController", "&Name for this search:"))
        dialog.setTextValue(query.strip()[:40])
        dialog.textValueSelected.connect(lambda name: self._save(name, query, filters))
        self.save_dialog = dialog
        dialog.open()

    def _save(self, name: str, query: str, filters: SearchFilters) -> None:
        vault = self.w.vault
        if vault is None:
            return
        try:
            SavedSearchRepository(vault).save(name, query, filters)
        except JournalError as error:
            QMessageBox.information(self.w, translate("FindController", "Save search"), str(error))
            return
        self.refresh_saved()
        self.w.statusBar().showMessage(translate("FindController", "Search saved."), 4000)

    def delete_saved(self, saved: SavedSearch) -> None:
        vault = self.w.vault
        if vault is not None:
            SavedSearchRepository(vault).delete(saved.id)
            self.refresh_saved()

    # -- highlights ------------------------------------------------------------------------

    def terms(self) -> list[str]:
        if self.w.model.mode is not ListMode.SEARCH:
            return []
        return highlight_terms(self.w.search.text())

    def _highlight_current(self, *_: object) -> None:
        terms = self.terms()
        highlight(self.w.editor.body, terms)
        highlight(self.w.editor.preview, terms)

    def _highlight_preview(self) -> None:
        highlight(self.w.editor.preview, self.terms())

    # -- views -----------------------------------------------------------------------------

    def show_timeline(self) -> None:
        vault = self.w.vault
        if vault is None:
            return
        if self.timeline is None:
            from supervision_app.gui.find.timeline import TimelineWindow

            self.timeline = TimelineWindow(vault, parent=self.w)
            self.timeline.dates_chosen.connect(self.show_dates)
        else:
            self.timeline.refresh()
        self.timeline.show()
        self.timeline.raise_()
        self.timeline.activateWindow()

    def show_dashboard(self) -> None:
        vault = self.w.vault
        if vault is None:
            return
        if self.dashboard is None:
            from supervision_app.gui.find.dashboard import DashboardWindow

            self.dashboard = DashboardWindow(vault, self._ref_label, parent=self.w)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
