"""Locking with every CPD window open: all closed, nothing of the records left in any widget."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.gui.cpd.export_dialog import PAGE_REVIEW, ExportDialog
from supervision_app.gui.cpd.hcpc_profile_dialog import HcpcProfileDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, shortcut, unlock, wait_check

pytestmark = pytest.mark.gui
SECRETS = ("Zephyrine Okonkwo-Blake", "Quillon Street", "Marrowfield", "Tamsin-7731")


def _visible_text(widget: QWidget) -> list[str]:
    parts: list[str] = []
    for w in widget.findChildren(QLineEdit):
        parts += [w.text(), w.placeholderText(), w.toolTip()]
    for w in widget.findChildren(QPlainTextEdit):
        parts += [w.toPlainText(), w.placeholderText()]
    for w in widget.findChildren(QTextEdit):
        parts.append(w.toPlainText())
    for w in widget.findChildren(QLabel):
        parts += [w.text(), w.toolTip()]
    for w in widget.findChildren(QComboBox):
        parts += [w.itemText(i) for i in range(w.count())]
        parts += [str(w.itemData(i, Qt.ItemDataRole.ToolTipRole)) for i in range(w.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(model.rowCount()):
            for col in range(columns):
                parts.append(str(model.data(model.index(row, col))))
                parts.append(str(model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)))
    return parts


def _all_text() -> str:
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        parts += [top.windowTitle(), *_visible_text(top)]
    return "\n".join(parts)


def test_lock_closes_every_cpd_window_and_forgets_record_text(
    qtbot: QtBot, vault_path: Path
) -> None:
    name, street, town, code = SECRETS
    with Vault.create(vault_path, PASSPHRASE) as v:
        e = v.entries.add(
            Entry(
                title=f"Visit to {town}",
                body=f"Met Mrs {name.split()[1]} at 4 {street}.",
                practice_date=dt.date(2026, 2, 1),
                minutes=60,
            )
        )
        assert e.id is not None
        v.cpd.save(e.id, CpdFields(description=f"Visit in {town}", learning=code))
        v.attachments.add(e.id, f"{town}-letter.pdf", b"%PDF-1.4 letter")
    w = open_window(qtbot, vault_path, cpd_today=dt.date(2026, 6, 1))
    w.open_entry(e.id)
    assert w.cpd.panel.fields.learning.toPlainText() == code

    w.cpd.menu_actions.year.trigger()
    w.cpd.menu_actions.export.trigger()
    export = w.cpd.windows[-1]
    assert isinstance(export, ExportDialog)
    export.selection_form.set_format("docx")
    assert wait_check(qtbot, export) and export.pages.currentIndex() == PAGE_REVIEW
    w.cpd.menu_actions.check.trigger()
    w.cpd.menu_actions.hcpc.trigger()
    profile = next(d for d in w.cpd.windows if isinstance(d, HcpcProfileDialog))
    qtbot.keyClicks(profile.summary, f"I work in {town}")  # not yet saved
    assert profile.dirty
    w.cpd.menu_actions.imports["csv"].trigger()
    w.cpd.menu_actions.preferences.trigger()
    windows = list(w.cpd.windows)
    assert len(windows) == 6 and all(x.isVisible() for x in windows)
    text = _all_text()
    assert town in text and code in text and name.split()[1] in text  # shown before locking

    w.idle.inactive.emit()  # the idle timer locks, even with a dialog open
    assert w.is_locked
    assert w.cpd.windows == [] and w.cpd.year_view is None
    assert not any(x.isVisible() for x in windows)
    text = _all_text()
    for secret in (town, code, street, name.split()[1]):
        assert secret not in text, secret
    assert not any(a.isEnabled() for a in w.cpd.menu_actions.all())
    assert w.passphrase_dialog is not None
    w.passphrase_dialog.reject()
    # The HCPC profile typed before the lock was saved on the way out.
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.hcpc_profiles.latest().summary == f"I work in {town}"


def test_cpd_actions_are_off_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.cpd.menu_actions.all()
    assert len(actions) >= 10 and all(a.isEnabled() for a in actions)
    shortcuts = {a.shortcut().toString() for a in actions}
    assert {"Ctrl+5", "Ctrl+E"} <= shortcuts
    window.lock()
    assert not any(a.isEnabled() for a in actions)
    window.cpd.show_year()  # a stray trigger does nothing while locked
    assert window.cpd.year_view is None
    unlock(qtbot, window)
    assert all(a.isEnabled() for a in actions)


def test_quitting_saves_the_hcpc_profile(qtbot: QtBot, window: MainWindow) -> None:
    window.cpd.show_hcpc_profile()
    dialog = next(d for d in window.cpd.windows if isinstance(d, HcpcProfileDialog))
    qtbot.keyClicks(dialog.statement, "Typed just before quitting")
    shortcut(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    with Vault.open(window.vault_path, PASSPHRASE) as v:
        assert v.hcpc_profiles.latest().statement == "Typed just before quitting"
