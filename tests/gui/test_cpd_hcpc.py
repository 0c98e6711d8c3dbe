"""The HCPC CPD profile dialog: live word counts, evidence, gaps, saved in the vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.gui.cpd.export_dialog import ExportDialog
from supervision_app.gui.cpd.hcpc_pages import ENTRY_ROLE
from supervision_app.gui.cpd.hcpc_profile_dialog import HcpcProfileDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 6, 1)
# Two years up to today: 1 Jun 2024 - 1 Jun 2026; nothing between Feb and Sep 2025.
DATES = [
    dt.date(2024, 7, 1),
    dt.date(2024, 9, 15),
    dt.date(2024, 12, 1),
    dt.date(2025, 2, 1),
    dt.date(2025, 9, 1),
    dt.date(2025, 11, 1),
    dt.date(2026, 1, 5),
    dt.date(2026, 3, 1),
    dt.date(2026, 5, 1),
]


@pytest.fixture
def hcpc_window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    with Vault.create(vault_path, PASSPHRASE) as v:
        for n, day in enumerate(DATES):
            e = v.entries.add(Entry(title=f"Activity {n}", practice_date=day, minutes=60))
            assert e.id is not None
            v.cpd.save(e.id, CpdFields(description=f"Activity {n}"))
    w = open_window(qtbot, vault_path, cpd_today=TODAY)
    yield w
    w.close()


def _open(window: MainWindow) -> HcpcProfileDialog:
    window.cpd.menu_actions.hcpc.trigger()
    dialog = next(d for d in window.cpd.windows if isinstance(d, HcpcProfileDialog))
    assert dialog.isVisible()
    return dialog


def test_word_counts_update_live(qtbot: QtBot, hcpc_window: MainWindow) -> None:
    dialog = _open(hcpc_window)
    assert dialog.summary_count.text() == "0 of 500 words"
    qtbot.keyClicks(dialog.summary, "I work in a hospital discharge team")
    assert dialog.summary_count.text() == "7 of 500 words"
    qtbot.keyClicks(dialog.summary, " - well-being matters")
    assert dialog.summary_count.text() == "9 of 500 words"  # a lone dash is not a word
    dialog.summary.setPlainText("word " * 512)
    assert dialog.summary_count.text() == "⚠ 512 of 500 words: 12 over the limit"
    dialog.statement.setPlainText("word " * 1500)
    assert dialog.statement_count.text() == "1,500 of 1,500 words"
    dialog.statement.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.statement, "more")
    assert "1 over the limit" in dialog.statement_count.text()
    assert "⚠ Summary of practice" in dialog.checks.text()


def test_profile_is_saved_with_evidence_and_gap_notes(
    qtbot: QtBot, hcpc_window: MainWindow
) -> None:
    dialog = _open(hcpc_window)
    assert dialog.evidence.list.count() == len(DATES)
    assert "⚠ 0 chosen" in dialog.evidence.count.text()
    vault = hcpc_window.vault
    assert vault is not None
    chosen = [r.id for r in dialog.records[-4:]]
    dialog.evidence.set_chosen(chosen)
    assert "✓ 4 chosen" in dialog.evidence.count.text()
    # One gap of three months or more: 1 Feb 2025 to 1 Sep 2025.
    assert list(dialog.activities.gap_edits) == ["2025-02-01/2025-09-01"]
    assert dialog.activities.table.rowCount() == len(DATES)
    edit = dialog.activities.gap_edits["2025-02-01/2025-09-01"]
    qtbot.keyClicks(edit, "Parental leave")
    qtbot.keyClicks(dialog.summary, "Social worker in a hospital team")
    qtbot.waitUntil(lambda: not dialog.dirty, timeout=3000)  # saved as you go
    saved = vault.hcpc_profiles.latest()
    assert saved.summary == "Social worker in a hospital team"
    assert list(saved.evidence_ids) == chosen
    assert saved.gap_notes == {"2025-02-01/2025-09-01": "Parental leave"}
    assert "✓ Gaps of three months or more explained" in dialog.checks.text()

    # Reopened: everything is back, in the statement's order.
    rows = [dialog.evidence.list.item(n).data(ENTRY_ROLE) for n in range(len(DATES))]
    dialog.evidence.list.setCurrentRow(rows.index(chosen[1]))
    dialog.evidence.move_current(-1)
    dialog.close()
    again = _open(hcpc_window)
    assert again.summary.toPlainText() == "Social worker in a hospital team"
    assert again.evidence.chosen_ids() == [chosen[1], chosen[0], *chosen[2:]]
    assert again.activities.gap_edits["2025-02-01/2025-09-01"].text() == "Parental leave"


def test_export_opens_the_export_dialog_with_hcpc(qtbot: QtBot, hcpc_window: MainWindow) -> None:
    dialog = _open(hcpc_window)
    qtbot.keyClicks(dialog.statement, "I chose four activities")
    dialog.export_button.click()
    assert hcpc_window.vault is not None
    assert hcpc_window.vault.hcpc_profiles.latest().statement == "I chose four activities"
    export = next(d for d in hcpc_window.cpd.windows if isinstance(d, ExportDialog))
    assert export.selection_form.format_name() == "hcpc"
    assert not export.selection_form.cpd_only.isEnabled()


def test_a_profile_the_database_refuses_says_so_and_stays(
    qtbot: QtBot, hcpc_window: MainWindow
) -> None:
    """Another connection holds the vault's write lock (SQLite's "database is locked", an
    error the journal has no sentence of its own for): the save says so in the dialog and
    keeps the text, instead of raising out of the autosave or the lock."""
    vault = hcpc_window.vault
    assert vault is not None
    dialog = _open(hcpc_window)
    qtbot.keyClicks(dialog.summary, "Social worker in a hospital team")
    other = vault.private_connection()
    waited = vault.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        other.execute("BEGIN IMMEDIATE")
        vault.conn.execute("PRAGMA busy_timeout = 0")
        assert not dialog.save_now()
        assert "locked" in dialog.message.text() and dialog.dirty
    finally:
        other.execute("ROLLBACK")
        other.close()
        vault.conn.execute(f"PRAGMA busy_timeout = {int(waited)}")
    assert dialog.save_now() and not dialog.dirty
    assert vault.hcpc_profiles.latest().summary == "Social worker in a hospital team"
