"""The reflective companion in a real window over a real vault (offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from supervision_app.core.supervision.model import Decision
from supervision_app.core.supervision.people import Partner
from supervision_app.gui.companion.depth_dialog import DepthDialog, RulesDialog, rules_html
from supervision_app.gui.companion.extract_dialog import ExtractDialog
from supervision_app.gui.companion.prep_dialog import PrepDialog
from supervision_app.gui.companion.wellbeing_dialogs import CheckInDialog, WellbeingDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.session_sections import ActionRow, CaseRow, DecisionRow
from tests.gui.conftest import shortcut
from tests.unit.test_companion_depth import DESCRIPTIVE, DIALOGIC

pytestmark = pytest.mark.gui


def _type_body(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.editor.body.selectAll()
    window.editor.body.insertPlainText(text)
    assert window.save_current()


def test_depth_dialog_shows_prompts_not_a_level(qtbot: QtBot, window: MainWindow) -> None:
    _type_body(qtbot, window, DESCRIPTIVE)
    window.editor.body.setFocus()
    shortcut(
        qtbot,
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    controller = window.companion
    qtbot.waitUntil(lambda: any(isinstance(d, DepthDialog) for d in controller.dialogs))
    dialog = next(d for d in controller.dialogs if isinstance(d, DepthDialog))
    prompts = [dialog.prompts.item(i).text() for i in range(dialog.prompts.count())]
    assert any("whose view is missing" in p for p in prompts)
    segment = dialog.bar.segments["describes"]
    assert segment.text() == "Describes\nmuch" and segment.accessibleName() == "Describes: much"
    assert dialog.bar.segments["perspectives"].text().endswith("not yet")
    shown = " ".join([*prompts, dialog.stages.text()])
    assert "Descriptive writing" not in shown and "level" not in shown.lower()
    dialog.reject()
    _type_body(qtbot, window, DIALOGIC)
    deeper = controller.show_depth()
    assert deeper is not None
    assert deeper.bar.segments["perspectives"].text().split("\n")[1] != "not yet"


def test_rules_page_lists_cues_and_sources(qtbot: QtBot, window: MainWindow) -> None:
    html = rules_html()
    for words in ("Hatton", "Moon", "Kember", "on the other hand", "next time", "never"):
        assert words in html
    help_menu = window.menu_actions.menus[-1]
    action = next(a for a in help_menu.actions() if "reflection prompts" in a.text())
    action.trigger()
    assert any(isinstance(d, RulesDialog) for d in window.companion.dialogs)


def test_flag_a_passage_then_prepare_and_start(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    partner = vault.supervision.partners.add(Partner("AB", "supervisor")).id
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    cursor = window.editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 3)
    window.editor.body.setTextCursor(cursor)
    window.companion.flag_action.trigger()
    flags = vault.companion.flags.open_flags(partner)
    assert [f.passage for f in flags] == ["Body of reflection"]
    vault.companion.wellbeing.add(5, 1, "flat")
    dialog = window.companion.prepare()
    assert isinstance(dialog, PrepDialog)
    lines = dialog.agenda.toPlainText().splitlines()
    assert lines[0].startswith("Bring: Reflection 4") and "“Body of reflection”" in lines[0]
    assert any(line.startswith("Wellbeing since") for line in lines)
    dialog.agenda.setPlainText("Bring: the lunch club visit\nMy own item")
    dialog.date.setDate(dt.date(2026, 3, 2))
    dialog.buttons.accepted.emit()
    record = window.supervision.current_record()
    assert record is not None
    assert record.agenda == ("Bring: the lunch club visit", "My own item")
    assert vault.companion.flags.open_flags(partner) == []  # brought to this session


def test_decisions_choose_a_case_and_extract(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    partner = vault.supervision.partners.add(Partner("AB", "supervisor")).id
    assert partner is not None
    session_id = window.companion.start_prepared(_prep(window, partner))
    assert session_id is not None
    form = window.supervision.editor.form
    qtbot.mouseClick(form.cases.add_button, Qt.MouseButton.LeftButton)
    case_row = form.cases.rows[-1]
    assert isinstance(case_row, CaseRow)
    qtbot.keyClicks(case_row.case_ref, "Person K")
    qtbot.keyClicks(case_row.text, "Reflective zebrafinchnote about the visit")
    qtbot.mouseClick(form.decisions.add_button, Qt.MouseButton.LeftButton)
    decision = form.decisions.rows[-1]
    assert isinstance(decision, DecisionRow)
    assert [decision.case.itemText(i) for i in range(decision.case.count())] == ["", "Person K"]
    qtbot.keyClicks(decision.decision, "Weekly visits")
    decision.case.setCurrentIndex(1)
    qtbot.mouseClick(form.new_actions.add_button, Qt.MouseButton.LeftButton)
    action = form.new_actions.rows[-1]
    assert isinstance(action, ActionRow)
    qtbot.keyClicks(action.text, "Book the visits")
    action.case.setEditText("Person K")
    window.supervision.flush()
    record = vault.supervision.sessions.get(session_id)
    assert record.decisions == (Decision("Weekly visits", "", "Person K"),)
    assert record.new_actions[0].case_ref == "Person K"
    dialog = window.companion.extract_action.trigger() or next(
        d for d in window.companion.dialogs if isinstance(d, ExtractDialog)
    )
    text = dialog.text.toPlainText()
    assert "Case: Person K" in text and "Weekly visits" in text and "Book the visits" in text
    assert "zebrafinchnote" not in text
    saved = tmp_path / "k.docx"
    with qtbot.waitSignal(dialog.save_ended, timeout=30_000) as ended:
        assert dialog.save(saved)  # on a worker thread: tests/gui/test_offthread_saves.py
    assert ended.args == [True]
    written = "\n".join(p.text for p in docx.Document(str(saved)).paragraphs)
    assert "Weekly visits" in written and "zebrafinchnote" not in written


def _prep(window: MainWindow, partner: int) -> PrepDialog:
    vault = window.vault
    assert vault is not None
    dialog = PrepDialog(vault, dt.date(2026, 3, 2), window, partner_id=partner)
    dialog.agenda.setPlainText("Cases")
    return dialog


def test_wellbeing_check_in_suggestion_and_trend(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    dialog = window.companion.check_in()
    assert isinstance(dialog, CheckInDialog)
    dialog.buttons.accepted.emit()  # nothing chosen: one sentence, nothing saved
    assert "1 to 5" in dialog.error.text() and vault.companion.wellbeing.history() == []
    dialog.impact.set_value(4)
    dialog.energy.set_value(2)
    dialog.word.setText("stretched")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1 and not dialog.suggestion.isVisible()
    [saved] = vault.companion.wellbeing.history()
    assert (saved.impact, saved.energy, saved.word, saved.entry_id) == (4, 2, "stretched", 5)
    trend = window.companion.show_wellbeing()
    assert isinstance(trend, WellbeingDialog)
    assert trend.table.rowCount() == 1 and trend.table.item(0, 3).text() == "stretched"
    assert trend.suggestion.isHidden()
    trend.period.setValue(3)
    assert vault.companion.wellbeing.period_days() == 3


def test_check_in_is_offered_after_writing(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    entry = window.editor.entry
    assert entry is not None
    controller = window.companion
    window.list.setCurrentIndex(window.model.index(1, 0))  # moving without writing: no offer
    assert controller.offer.isHidden()
    window.list.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClicks(window.editor.body, " It was a hard visit.")
    window.list.setCurrentIndex(window.model.index(1, 0))
    assert controller.offer.isVisible() and controller.offer_entry == entry.id
    qtbot.mouseClick(controller.offer, Qt.MouseButton.LeftButton)
    dialog = next(d for d in controller.dialogs if isinstance(d, CheckInDialog))
    assert dialog.entry_id == entry.id and controller.offer.isHidden()
    dialog.reject()
    vault.companion.wellbeing.set_offer_checkin(False)  # the setting turns it off
    qtbot.keyClicks(window.editor.body, " More.")
    window.list.setCurrentIndex(window.model.index(0, 0))
    assert controller.offer.isHidden()


def _every_text() -> str:
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTableWidget,
        QTextEdit,
    )

    parts: list[str] = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            parts.append(w.text())
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            parts.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            parts.extend(
                w.item(r, c).text()
                for r in range(w.rowCount())
                for c in range(w.columnCount())
                if w.item(r, c) is not None
            )
    return "\n".join(parts)


def test_lock_closes_and_wipes_every_companion_window(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from supervision_app.core.companion.wellbeing import SupportContact

    secret = "Kestrelwood"
    vault = window.vault
    assert vault is not None
    partner = vault.supervision.partners.add(Partner("AB", "supervisor")).id
    assert partner is not None
    vault.companion.wellbeing.add(5, 1, secret)
    vault.companion.support.replace_all([SupportContact("Peer support", f"{secret} group")])
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    vault.companion.flags.add(entry.id, partner_id=partner, passage=f"{secret} passage")
    controller = window.companion
    controller.show_wellbeing()
    controller.edit_support()
    controller.prepare()
    controller.show_depth()
    assert secret in _every_text()
    window.lock()
    assert controller.dialogs == []
    assert not any(a.isEnabled() for a in controller.menu_actions)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert secret not in _every_text()


def test_bring_to_one_partner_from_the_submenu(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    ab = vault.supervision.partners.add(Partner("AB", "supervisor")).id
    cd = vault.supervision.partners.add(Partner("CD", "peer")).id
    submenu = window.companion.flag_action.menu()
    assert submenu is not None
    submenu.aboutToShow.emit()
    labels = [a.text() for a in submenu.actions()]
    assert labels == [
        "At my next session, with anyone",
        "With AB (Supervisor)",
        "With CD (Peer)",
    ]
    submenu.actions()[2].trigger()
    [flag] = vault.companion.flags.open_flags()
    assert flag.partner_id == cd
    assert vault.companion.flags.open_flags(ab) == []
    submenu.actions()[0].trigger()
    assert [f.partner_id for f in vault.companion.flags.open_flags()] == [cd, None]


def test_new_session_dialog_mentions_flagged_items(qtbot: QtBot, window: MainWindow) -> None:
    from supervision_app.gui.supervision.new_session_dialog import NewSessionDialog

    vault = window.vault
    assert vault is not None
    ab = vault.supervision.partners.add(Partner("AB", "supervisor")).id
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    dialog = NewSessionDialog(vault, dt.date(2026, 3, 2), window)
    assert "flagged" not in dialog.info.text()
    vault.companion.flags.add(entry.id, partner_id=ab)
    dialog.refresh()
    assert "1 item flagged to bring" in dialog.info.text()
    dialog.reject()
