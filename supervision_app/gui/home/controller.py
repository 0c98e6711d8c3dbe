"""Puts the home view and the journal (list and editor) in one stack, and fills home.

Home is the page shown after unlocking (Ctrl+0); the journal is one click or Ctrl+1 away
and comes forward by itself whenever an entry is opened or created. Ctrl+0 is Home, so the
zoom goes back to normal size with Ctrl+Alt+0 (gui/writing/controller.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from supervision_app.core.entries import Entry
from supervision_app.core.find.figures import last_twelve_months
from supervision_app.core.frameworks import default_library
from supervision_app.gui.common.first_paint import after_first_paint
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.home.view import HomeView
from supervision_app.gui.saving import SAVE_ERRORS, warn_not_added
from supervision_app.storage.find.figures import year_glance

if TYPE_CHECKING:
    from supervision_app.gui.editor import EntryEditor
    from supervision_app.gui.journal.list_pane import EntryListPane
    from supervision_app.storage.vault import Vault


class HomeController(QObject):
    """Given the list pane, the journal's splitter, the editor, a vault provider and
    callbacks (never the window); the home view's buttons are its public signals
    (``view.new_reflection``…) for the window to connect."""

    #: A new entry was written about today's prompt (its id): the window shows it.
    entry_created = Signal(int)

    def __init__(
        self,
        pane: EntryListPane,
        journal: QWidget,
        editor: EntryEditor,
        vault: Callable[[], Vault | None],
        *,
        save_current: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pane = pane
        self.journal = journal
        self.editor = editor
        self.vault_provider = vault
        self.save_current = save_current
        self.today: Callable[[], dt.date] = dt.date.today
        self.view = HomeView()
        #: Home and the journal in one stack: the window's central widget.
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(journal)
        self.view.show_journal.connect(self.show_journal)
        self.view.write_prompt.connect(self.write_about)

    @property
    def vault(self) -> Vault | None:
        return self.vault_provider()

    @property
    def showing_home(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_home(self) -> None:
        """Refresh the figures (a few small queries) and bring home forward."""
        vault = self.vault
        if vault is None:
            return
        self.save_current()
        self.view.show_figures(vault.home.figures(default_library(), self.today()))
        self.stack.setCurrentWidget(self.view)
        self.view.new_button.setFocus()
        # The dashboard panel's two grouped queries (a few ms, more on a cold cache just
        # after unlocking) run once the rest of home has painted (a zero timer ran before
        # the paint on X11, where a window paints when the server's expose event arrives).
        after_first_paint(self.view, self.fill_glance)

    def fill_glance(self) -> None:
        """The last twelve months in the home view's dashboard panel."""
        vault = self.vault
        if vault is None or not self.showing_home:
            return
        today = self.today()
        start, end = last_twelve_months(today)
        self.view.glance.show_glance(year_glance(vault, start, end, today))

    def clear(self) -> None:
        """On lock: nothing of the records stays in the home view."""
        wipe(self.view)
        self.view.forget()

    def show_list(self) -> None:
        """The journal forward; the first entry opens if none is open yet."""
        self.stack.setCurrentWidget(self.journal)
        if not self.pane.list.currentIndex().isValid():
            self.pane.select_row(0)

    def show_journal(self) -> None:
        self.show_list()
        self.pane.view_choice.setCurrentIndex(0)
        self.pane.list.setFocus()

    def write_about(self, ref: str, question: str) -> None:
        """A new entry on today's prompt, linked to its framework item."""
        vault = self.vault
        if vault is None:
            return
        self.save_current()
        _framework, item = default_library().item(ref)
        try:
            with vault.transaction():  # the entry with its link, or nothing
                entry = vault.entries.add(
                    Entry(title=item.label, body=f"> {question}\n\n", practice_date=self.today())
                )
                assert entry.id is not None
                vault.links.add_links(entry.id, [ref])
        except SAVE_ERRORS as error:
            warn_not_added(self.view.window(), error)
            return
        self.entry_created.emit(entry.id)
        self.editor.body.setFocus()
