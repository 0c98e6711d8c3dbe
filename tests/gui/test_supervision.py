"""Supervision records through the real window: session mode, carry-forward, sign-off, lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from supervision_app.core.frameworks import default_library
from supervision_app.core.supervision.model import CASE_REMINDER, REEVALUATION_REF
from supervision_app.core.supervision.people import Partner
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.new_session_dialog import NewSessionDialog
from supervision_app.gui.supervision.session_mode import TICK_MS
from supervision_app.gui.supervision.session_sections import ActionRow, CaseRow
from supervision_app.gui.supervision.session_timer import SessionTimer
from supervision_app.gui.supervision.signoff_dialog import AddendumDialog, SignOffDialog
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import shortcut, unlock

pytestmark = pytest.mark.gui
SUPPORT = "four-by-four-by-four:support"
SECRET = "Heron-5521 confidential supervision note"
CONTROLS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QListWidget,
    QTableWidget,
)


def add_partner(window: MainWindow, name: str = "AB", role: str = "supervisor") -> int:
    vault = window.vault
    assert vault is not None
    partner_id = vault.supervision.partners.add(Partner(name, role)).id
    assert partner_id is not None
    return partner_id


def new_session_via_shortcut(
    qtbot: QtBot, window: MainWindow, day: dt.date, partner_id: int
) -> NewSessionDialog:
    """Ctrl+Shift+S, choose the partner and date; returns the dialog before it is accepted."""
    controller = window.supervision
    shortcut(
        qtbot,
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: any(isinstance(d, NewSessionDialog) for d in controller.dialogs))
    dialog = next(d for d in controller.dialogs if isinstance(d, NewSessionDialog))
    dialog.partner.setCurrentIndex(dialog.partner.findData(partner_id))
    dialog.date.setDate(day)
    return dialog


def start(qtbot: QtBot, window: MainWindow, day: dt.date, partner_id: int) -> int:
    dialog = new_session_via_shortcut(qtbot, window, day, partner_id)
    dialog.buttons.accepted.emit()
    record = window.supervision.editor.record
    assert record is not None and record.id is not None
    return record.id


def test_whole_session_in_session_mode(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    controller, vault = window.supervision, window.vault
    assert vault is not None
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    assert controller.stack is not None and controller.stack.currentWidget() is controller.editor
    assert window.editor.entry is None  # the plain editor never holds a session's body

    shortcut(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: controller.in_session_mode)
    view = controller.session_mode
    assert view is not None and view.isFullScreen()
    assert view.agenda.font().pointSizeF() >= 1.4 * window.font().pointSizeF()

    qtbot.keyClicks(view.agenda, "Workload")
    qtbot.keyClick(view.agenda, Qt.Key.Key_Return)
    qtbot.keyClicks(view.agenda, "Training plan")
    view.show_section(SUPPORT)
    first_prompt = default_library().item(SUPPORT)[1].prompts[0]
    assert first_prompt in view.prompts.text()
    assert view.section_pages.stack.currentWidget() is view.section_pages.notes[SUPPORT]
    qtbot.keyClicks(view.section_pages.notes[SUPPORT], "Felt listened to about the duty rota.")

    assert view.clock_label.text() == "00:00"
    now = [100.0]
    view.timer = SessionTimer(lambda: now[0])  # its clock moves when the test says
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.timer.running
    now[0] += 65
    qtbot.waitUntil(lambda: view.clock_label.text() == "01:05", timeout=4000)  # ticks show it
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)  # pause
    now[0] += 30
    qtbot.wait(2 * TICK_MS)  # two ticks of the display: a running clock would show 01:35
    assert view.clock_label.text() == "01:05" and not view.timer.running

    shortcut(qtbot, view, Qt.Key.Key_F11)  # the same key leaves, from session mode itself
    qtbot.waitUntil(lambda: not controller.in_session_mode)

    record = vault.supervision.sessions.get(session_id)
    assert record.agenda == ("Workload", "Training plan")
    assert record.discussion[0].ref == SUPPORT
    assert record.discussion[0].text == "Felt listened to about the duty rota."
    body = vault.entries.get(session_id).body
    assert "1. Workload" in body and "Felt listened to about the duty rota." in body
    # The record editor shows what was typed in session mode.
    assert controller.editor.form.agenda.toPlainText() == "Workload\nTraining plan"
    assert controller.editor.form.discussion[SUPPORT].text.toPlainText().startswith("Felt")
    assert controller.editor.isEnabled()


def test_escape_leaves_and_autosave_keeps_typing(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    controller, vault = window.supervision, window.vault
    assert vault is not None
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    controller.toggle_session_mode()
    view = controller.session_mode
    assert view is not None
    qtbot.keyClicks(view.agenda, "Caseload")
    qtbot.waitUntil(lambda: not view.dirty, timeout=3000)  # saved while open
    assert vault.supervision.sessions.get(session_id).agenda == ("Caseload",)
    shortcut(qtbot, view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not controller.in_session_mode)


def test_carry_forward_marks_done_carried_dropped(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    controller, vault = window.supervision, window.vault
    assert vault is not None
    start(qtbot, window, dt.date(2026, 1, 5), partner_id)
    editor = controller.editor
    texts = ["Book the course", "Share the policy draft", "Plan a joint visit"]
    for text in texts:
        qtbot.mouseClick(editor.form.new_actions.add_button, Qt.MouseButton.LeftButton)
        row = editor.form.new_actions.rows[-1]
        assert isinstance(row, ActionRow)
        qtbot.keyClicks(row.text, text)
    row.owner.setText("AB")
    row.due.check.setChecked(True)
    row.due.date.setDate(dt.date(2026, 2, 1))
    qtbot.waitUntil(lambda: not editor.dirty, timeout=3000)
    assert [r.action_id for r in editor.form.new_actions.rows] != [None] * 3  # ids taken

    dialog = new_session_via_shortcut(qtbot, window, dt.date(2026, 2, 2), partner_id)
    assert "3 open actions" in dialog.info.text()
    dialog.buttons.accepted.emit()
    second = editor.record
    assert second is not None and second.id is not None
    reviews = editor.form.reviews.rows
    assert [r.text.text() for r in reviews] == texts  # shown at the start of the new session
    assert all(r.status.currentData() == "carried" for r in reviews)
    assert "Owner: AB" in reviews[2].detail.text()
    reviews[0].status.setCurrentIndex(reviews[0].status.findData("done"))
    reviews[1].status.setCurrentIndex(reviews[1].status.findData("dropped"))
    qtbot.keyClicks(reviews[2].note, "Waiting for a date")
    assert controller.save_session()

    sup = vault.supervision
    stored = {r.action.text: r.status for r in sup.sessions.get(second.id).action_reviews}  # type: ignore[union-attr]
    assert stored == {texts[0]: "done", texts[1]: "dropped", texts[2]: "carried"}
    open_now = [o.action.text for o in sup.actions.open_actions(dt.date(2026, 2, 2))]
    assert open_now == [texts[2]]
    body = vault.entries.get(second.id).body
    assert "**Carried forward:** Plan a joint visit" in body and "Waiting for a date" in body

    start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    assert [r.text.text() for r in editor.form.reviews.rows] == [texts[2]]


def test_sign_off_read_only_and_addendum_history(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    controller, vault = window.supervision, window.vault
    assert vault is not None
    vault.supervision.owner.set_name("CD")
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    editor = controller.editor
    qtbot.keyClicks(editor.form.agenda, "Workload")
    qtbot.mouseClick(editor.signoff.sign_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in controller.dialogs if isinstance(d, SignOffDialog))
    assert not editor.dirty  # saved before signing
    assert "e.g. CD" in dialog.names["owner"].placeholderText()

    assert not dialog.sign("owner")  # no name typed
    assert dialog.error.text() == "Type your name to sign."
    qtbot.keyClicks(dialog.names["owner"], "CD")
    qtbot.mouseClick(dialog.buttons_by_party["owner"], Qt.MouseButton.LeftButton)
    assert dialog.states["owner"].text().startswith("✓ Signed as “CD” on ")
    assert "UTC" in dialog.states["owner"].text()
    assert not editor.read_only and "withdraws" in editor.banner.text()
    qtbot.keyClicks(dialog.names["partner"], "AB")
    qtbot.keyClick(dialog.names["partner"], Qt.Key.Key_Return)
    assert dialog.complete and "read-only" in dialog.done_label.text()

    record = vault.supervision.sessions.get(session_id)
    assert record.is_locked
    assert editor.read_only and editor.form.agenda.isReadOnly()
    assert editor.banner.isVisible() and "read-only" in editor.banner.text()
    assert not editor.signoff.sign_button.isVisible()
    qtbot.keyClicks(editor.form.agenda, "more")  # typing does nothing
    assert editor.form.agenda.toPlainText() == "Workload" and not editor.dirty
    assert window.editor.entry is None

    qtbot.mouseClick(editor.signoff.addendum_button, Qt.MouseButton.LeftButton)
    add = next(d for d in controller.dialogs if isinstance(d, AddendumDialog))
    assert add.author.text() == "CD"
    add.text.setPlainText("The review is moved to April.")
    add.try_accept()
    sign_addendum = next(
        d for d in controller.dialogs if isinstance(d, SignOffDialog) and d is not dialog
    )
    assert "addendum 1" in sign_addendum.windowTitle()
    for party, name in (("owner", "CD"), ("partner", "AB")):
        sign_addendum.names[party].setText(name)
        assert sign_addendum.sign(party)

    history = [editor.signoff.history.item(i).text() for i in range(editor.signoff.history.count())]
    events = vault.supervision.signoff.history(session_id)
    assert [line.split(" — ", 1)[1] for line in history] == [e.text for e in events]
    assert [e.kind for e in events] == [
        "created",
        "signed",
        "signed",
        "locked",
        "addendum",
        "addendum_signed",
        "addendum_signed",
    ]
    assert "Addendum 1 added by CD." in history[4]
    boxes = editor.signoff.addenda
    assert len(boxes) == 1 and not boxes[0].sign_button.isVisible()
    assert "The review is moved to April." in vault.entries.get(session_id).body
    addendum = vault.supervision.sessions.get(session_id).addenda[0]
    assert addendum.is_locked and len(addendum.signatures) == 2


def test_case_reminder_and_inline_name_warning(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supervision_app.gui.supervision import session_editor

    # The scan waits for a pause in typing (400 ms); its length is not the point here.
    monkeypatch.setattr(session_editor, "SCAN_DELAY_MS", 50)  # read as the editor is built
    partner_id = add_partner(window)
    controller = window.supervision
    start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    form = controller.editor.form
    assert form.case_reminder.isVisible() and CASE_REMINDER in form.case_reminder.text()
    qtbot.mouseClick(form.cases.add_button, Qt.MouseButton.LeftButton)
    case = form.cases.rows[0]
    assert isinstance(case, CaseRow)
    qtbot.keyClicks(case.case_ref, "Person A")
    qtbot.keyClicks(case.text, "Visited Mrs Jane Smith at home.")
    qtbot.waitUntil(form.findings.isVisible, timeout=2000)
    assert "Case discussion 1" in form.findings.text()
    assert "Mrs Jane Smith" in form.findings.text()
    case.text.setPlainText("Visited Person A at home.")
    qtbot.waitUntil(lambda: not form.findings.isVisible(), timeout=2000)


def test_reevaluation_prompt_at_the_interval(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    vault, controller = window.vault, window.supervision
    assert vault is not None
    vault.supervision.owner.set_reevaluation_interval(2)
    start(qtbot, window, dt.date(2026, 1, 5), partner_id)
    assert not controller.editor.form.reevaluation_box.isVisible()
    start(qtbot, window, dt.date(2026, 2, 2), partner_id)
    form = controller.editor.form
    assert form.reevaluation_box.isVisible() and form.reevaluation.isChecked()
    assert "every 2 sessions" in form.reevaluation_info.text()
    prompt = default_library().item(REEVALUATION_REF)[1].prompts[0]
    assert prompt in form.reevaluation_prompts.text()

    # The third is not due, but the menu can still ask for a re-evaluation.
    start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    assert not form.reevaluation_box.isVisible()
    controller.menu_actions.reevaluate.trigger()
    assert form.reevaluation_box.isVisible() and form.reevaluation.isChecked()
    assert controller.save_session()
    record = controller.editor.record
    assert record is not None and record.reevaluation


def _all_text() -> str:
    parts: list[str] = []
    for w in QApplication.allWidgets():
        if isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            parts.append(w.text() + w.toolTip())
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            parts.extend(w.item(i).text() for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            for r in range(w.rowCount()):
                parts.extend(w.item(r, c).text() for c in range(w.columnCount()) if w.item(r, c))
    return "\n".join(parts)


def test_lock_closes_every_supervision_window_and_clears_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    partner_id = add_partner(window, name=SECRET[:5])
    controller, vault = window.supervision, window.vault
    assert vault is not None
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    form = controller.editor.form
    qtbot.mouseClick(form.new_actions.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.new_actions.rows[0].text, SECRET)  # type: ignore[attr-defined]
    qtbot.keyClicks(form.agenda, SECRET)
    controller.toggle_session_mode()
    assert controller.session_mode is not None
    qtbot.keyClicks(controller.session_mode.section_pages.notes[SUPPORT], SECRET)
    controller.flows.show_actions()
    controller.flows.show_partners()
    controller.flows.new_peer_reflection()
    assert SECRET in _all_text()

    window.lock()
    assert controller.session_mode is None and controller.actions_view is None
    assert controller.dialogs == []
    assert not any(a.isEnabled() for a in controller.menu_actions.all())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert SECRET not in _all_text()
    assert SECRET[:5] not in _all_text()  # the partner's name is gone from every combo box

    # Everything typed before the lock was saved.
    unlock(qtbot, window)
    assert any(a.isEnabled() for a in controller.menu_actions.all())
    window.open_entry(session_id)
    record = window.vault.supervision.sessions.get(session_id)  # type: ignore[union-attr]
    assert record.agenda == (SECRET,)
    assert record.new_actions[0].text == SECRET
    assert record.discussion[0].text == SECRET
    assert controller.editor.form.agenda.toPlainText() == SECRET


def test_switching_and_quitting_save_the_record(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    vault = window.vault
    assert vault is not None
    path = vault.path
    session_id = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    form = window.supervision.editor.form
    qtbot.keyClicks(form.cpd, "Read the loneliness guidance.")
    window.list.setCurrentIndex(window.model.index(1))  # another entry, at once
    assert window.editor.entry is not None and window.editor.entry.id != session_id
    assert vault.supervision.sessions.get(session_id).cpd == "Read the loneliness guidance."
    window.open_entry(session_id)
    qtbot.keyClicks(form.learning, "Name loneliness early.")
    window.close()
    with Vault.open(path, PASSPHRASE) as reopened:
        assert reopened.supervision.sessions.get(session_id).learning == "Name loneliness early."


def _unnamed_controls(root: QWidget, seen: list[QWidget]) -> list[str]:
    """Controls under ``root`` that a screen reader could not name (``seen`` collects all)."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        seen.append(w)
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or text.replace("&", "").strip() or id(w) in buddies):
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(root).__name__}")
    return missing


def test_every_supervision_control_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    controller = window.supervision
    start(qtbot, window, dt.date(2026, 1, 5), partner_id)
    form = controller.editor.form
    for rows in (form.cases, form.decisions, form.new_actions):
        qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.new_actions.rows[0].text, "Read the policy")  # type: ignore[attr-defined]
    assert controller.save_session()
    start(qtbot, window, dt.date(2026, 2, 2), partner_id)  # reviews the action
    roots: list[QWidget] = [controller.editor]
    controller.toggle_session_mode()
    assert controller.session_mode is not None
    roots.append(controller.session_mode)
    controller.toggle_session_mode()
    roots.append(controller.flows.show_actions())  # type: ignore[arg-type]
    controller.flows.new_session()
    partners = controller.flows.show_partners()
    assert partners is not None
    controller.flows.show_agreement(partner_id)
    controller.flows.new_peer_reflection()
    controller.flows.import_records()
    controller.flows.sign_current()
    roots += controller.dialogs
    seen: list[QWidget] = []
    missing = [m for root in roots for m in _unnamed_controls(root, seen)]
    assert missing == []
    assert len(roots) >= 8 and len(seen) > 100


def test_a_view_failing_at_lock_does_not_keep_the_others_from_clearing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a view holds can stop a lock: when one controller fails while locking (here
    the CPD windows'), the others still close and clear theirs, the vault is closed, and the
    failure is passed on to be reported."""
    controller = window.supervision
    start(qtbot, window, dt.date(2026, 3, 2), add_partner(window))
    controller.toggle_session_mode()
    assert controller.session_mode is not None
    qtbot.keyClicks(controller.session_mode.section_pages.notes[SUPPORT], SECRET)

    def fails() -> None:
        raise RuntimeError("a CPD window failed while locking")

    monkeypatch.setattr(window.cpd, "on_lock", fails)
    with pytest.raises(RuntimeError, match="CPD window"):
        window.lock()
    assert window.is_locked and window.vault is None and controller.session_mode is None
    assert not any(a.isEnabled() for a in controller.menu_actions.all())
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert SECRET not in _all_text()
