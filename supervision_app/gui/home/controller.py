"""Puts the home view and the journal (list and editor) in one stack, and fills home.

Home is the page shown after unlocking (Ctrl+0); the journal is one click or Ctrl+1 away
and comes forward by itself whenever an entry is opened or created. Ctrl+0 is Home rather
than "reset zoom": zoom reset will get a shortcut limited to the editor when zoom exists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import default_library
from supervision_app.gui.common.wipe import wipe
from supervision_app.gui.home.view import HomeView

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow


class HomeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.today: Callable[[], dt.date] = dt.date.today
        self.view = HomeView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(window.splitter)
        window.setCentralWidget(self.stack)
        v = self.view
        v.new_reflection.connect(window.new_entry)
        v.guided_reflection.connect(window.reflection.new_guided)
        v.new_session.connect(window.supervision.new_session)
        v.show_actions.connect(window.supervision.show_actions)
        v.show_cpd_year.connect(window.cpd.show_year)
        v.show_journal.connect(self.show_journal)
        v.open_entry.connect(window.open_entry)
        v.write_prompt.connect(self.write_about)

    @property
    def showing_home(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_home(self) -> None:
        """Refresh the figures (a few small queries) and bring home forward."""
        vault = self.w.vault
        if vault is None:
            return
        self.w.save_current()
        self.view.show_figures(vault.home.figures(default_library(), self.today()))
        self.stack.setCurrentWidget(self.view)
        self.view.new_button.setFocus()

    def clear(self) -> None:
        """On lock: nothing of the records stays in the home view."""
        wipe(self.view)
        self.view.forget()

    def show_list(self) -> None:
        """The journal forward; the first entry opens if none is open yet."""
        self.stack.setCurrentWidget(self.w.splitter)
        if not self.w.list.currentIndex().isValid():
            self.w._select_row(0)

    def show_journal(self) -> None:
        self.show_list()
        self.w.view_choice.setCurrentIndex(0)
        self.w.list.setFocus()

    def write_about(self, ref: str, question: str) -> None:
        """A new entry on today's prompt, linked to its framework item."""
        vault = self.w.vault
        if vault is None:
            return
        self.w.save_current()
        _framework, item = default_library().item(ref)
        entry = vault.entries.add(
            Entry(title=item.label, body=f"> {question}\n\n", practice_date=self.today())
        )
        assert entry.id is not None
        vault.links.add_links(entry.id, [ref])
        self.w.show_new_entry(entry.id)
        self.w.editor.body.setFocus()
