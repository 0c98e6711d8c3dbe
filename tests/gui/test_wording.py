"""What the window says: counts in proper English and a title naming the app once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from supervision_app import APP_NAME
from supervision_app.core.entries import Entry
from supervision_app.core.wording import count
from supervision_app.gui.cpd.cpd_fields import CpdFieldsForm
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


def shown_title(title: str) -> str:
    """The title as Qt shows it on Windows and Linux (QPlatformWindow::formatWindowTitle)."""
    name = QGuiApplication.applicationDisplayName()
    return title if not name or title == name else f"{title} — {name}"


@pytest.fixture
def display_name() -> Iterator[None]:
    """The display name app.py sets (tests build windows without app.py)."""
    before = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    yield
    QGuiApplication.setApplicationDisplayName(before)


def test_locked_title_names_the_app_once(
    qtbot: QtBot, window: MainWindow, display_name: None
) -> None:
    assert shown_title(window.windowTitle()) == APP_NAME
    window.lock()
    assert shown_title(window.windowTitle()) == f"Locked — {APP_NAME}"


def test_one_entry_is_singular(qtbot: QtBot, vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(Entry(title="Only one", practice_date=dt.date(2026, 1, 1)))
    window = open_window(qtbot, vault_path)
    assert window.count_label.text() == "1 entry"
    assert window.trash.empty_question(1) == (
        "Permanently delete the entry in the Trash? This cannot be undone."
    )
    assert window.trash.empty_question(1200).startswith("Permanently delete 1,200 entries")
    window.close()


def test_one_hour_is_singular(qtbot: QtBot) -> None:
    form = CpdFieldsForm()
    qtbot.addWidget(form)
    form.set_minutes(60)
    assert form.time_label.text() == "1 hour, from the Time field above"
    form.set_minutes(90)
    assert form.time_label.text() == "1.5 hours, from the Time field above"


def test_count_words() -> None:
    assert count(1, "entry", "entries") == "1 entry"
    assert count(0, "entry", "entries") == "0 entries"
    assert count(2_000, "record") == "2,000 records"
    assert count(1.5, "hour") == "1.5 hours"
    assert count(1, "addendum", "addenda") == "1 addendum"
