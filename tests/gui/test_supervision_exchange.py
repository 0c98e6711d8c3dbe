"""Exchange between two vaults through the dialogs; the actions view; reminders; people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from supervision_app.core.supervision.errors import ExchangeDuplicate, ExchangeWrongPassphrase
from supervision_app.core.supervision.model import Action
from supervision_app.core.supervision.people import Agreement, Partner
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.actions_view import COL_ACTION, COL_STATUS
from supervision_app.gui.supervision.agreement_dialog import AgreementDialog
from supervision_app.gui.supervision.exchange_dialogs import ExportDialog
from supervision_app.gui.supervision.import_dialog import ImportDialog
from supervision_app.gui.supervision.partners_dialog import PartnersDialog
from supervision_app.gui.supervision.peer_dialog import PeerReflectionDialog
from supervision_app.gui.supervision.proposals_dialog import ProposalsDialog
from supervision_app.storage.supervision.exchange import ExportResult
from supervision_app.storage.supervision.exchange_import import ImportResult
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, shortcut, unlock

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 3, 2)


def signed_session(vault: Vault, partner_id: int, day: dt.date, agenda: str) -> int:
    sup = vault.supervision
    draft = sup.sessions.draft(partner_id, day)
    record = sup.sessions.create(replace(draft, agenda=(agenda,), learning="Slow down."))
    assert record.id is not None
    sup.signoff.sign(record.id, "owner", "CD", confirm_name=True)
    sup.signoff.sign(record.id, "partner", "EF", confirm_name=True)
    return record.id


@pytest.fixture
def other_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The supervisee's own journal, in a second window."""
    path = tmp_path / "supervisee" / "journal.sjvault"
    path.parent.mkdir()
    Vault.create(path, PASSPHRASE).close()
    w = open_window(qtbot, path)
    yield w
    w.close()


def answer_fingerprint(
    importer: ImportDialog, *, trust: bool, then: Callable[[], object] | None = None
) -> list[str]:
    """Answer the fingerprint confirmation when it opens (after the import's worker found
    the key not yet confirmed): tick the box and trust, or cancel; then call ``then``.
    Returns the fingerprints it showed."""
    shown: list[str] = []
    timer = QTimer(importer)
    timer.setInterval(10)

    def answer() -> None:
        dialog = importer.fingerprint_dialog
        if dialog is None or not dialog.isVisible():
            return
        timer.stop()
        shown.append(dialog.key.text())
        assert not dialog.trust_button.isEnabled()  # not before the box is ticked
        if trust:
            dialog.confirm.setChecked(True)
            dialog.trust_button.click()
        else:
            dialog.reject()
        if then is not None:
            then()

    timer.timeout.connect(answer)
    timer.start()
    return shown


def export_and_wait(qtbot: QtBot, export: ExportDialog, path: Path) -> ExportResult | None:
    """``export_to`` (a worker thread), then wait for it to end: its result, or None."""
    with qtbot.waitSignal(export.export_ended, timeout=30_000) as ended:
        assert export.export_to(path)
    result = ended.args[0]
    assert result is None or isinstance(result, ExportResult)
    return result


def import_and_wait(qtbot: QtBot, importer: ImportDialog) -> ImportResult | None:
    """``import_now`` (a worker thread), then wait for it to end: its result, or None."""
    ended: list[ImportResult | None] = []

    def note(result: ImportResult | None) -> None:
        ended.append(result)

    importer.ended.connect(note)
    try:
        if importer.import_now():
            qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
        return ended[0] if ended else None
    finally:
        importer.ended.disconnect(note)


def check_and_wait(qtbot: QtBot, importer: ImportDialog) -> bool:
    """``check`` (a worker thread), then wait for it: True when it shows the file."""
    with qtbot.waitSignal(importer.checked, timeout=30_000) as checked:
        assert importer.check()
    return bool(checked.args[0])


def counts(vault: Vault) -> tuple[int, int, int]:
    sup = vault.supervision
    return len(sup.sessions.summaries()), len(sup.partners.list()), vault.entries.count()


def test_export_import_round_trip_between_two_vaults(
    qtbot: QtBot, window: MainWindow, other_window: MainWindow, tmp_path: Path
) -> None:
    vault, theirs = window.vault, other_window.vault
    assert vault is not None and theirs is not None
    vault.supervision.owner.set_name("CD")
    partner_id = vault.supervision.partners.add(Partner("EF", "supervisee")).id or 0
    session_id = signed_session(vault, partner_id, TODAY, "Caseload review")
    window.model.reload()
    window.open_entry(session_id)
    controller = window.supervision
    assert controller.editor.export_button.isVisible()

    export = controller.flows.export_signed()
    assert isinstance(export, ExportDialog)
    out = tmp_path / "for-EF.sjexchange"
    result = export_and_wait(qtbot, export, out)
    assert result is not None and out.is_file()
    assert export.passphrase.text() == result.passphrase
    assert "never in the same email" in export.pass_on.text()
    assert vault.supervision.identity.fingerprint() in export.fingerprint.text()
    assert export.copy_passphrase() == result.passphrase
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == result.passphrase
    assert b"Caseload review" not in out.read_bytes()  # encrypted

    before = counts(theirs)
    theirs.supervision.owner.set_name("EF")
    importer = other_window.supervision.flows.import_records()
    assert isinstance(importer, ImportDialog)
    importer.path.setText(str(out))
    importer.code.setText(result.passphrase.lower().replace("-", " "))  # as typed by hand
    assert check_and_wait(qtbot, importer)
    assert "From CD (your supervisor): 1 signed record" in importer.preview_label.text()
    assert "a key you have not confirmed yet" in importer.preview_label.text()
    assert (
        importer.preview.count() == 1 and "Supervision with CD" in importer.preview.item(0).text()
    )
    assert counts(theirs) == before  # the preview imports nothing
    shown = answer_fingerprint(importer, trust=True)
    imported = import_and_wait(qtbot, importer)
    assert shown == [vault.supervision.identity.fingerprint()]
    assert imported is not None and imported.proposals_added == 1 and imported.key_pinned
    assert importer.done_label.text() == imported.summary()
    assert counts(theirs) == (0, 1, 0)  # waiting for EF's own sign-off

    proposals = next(d for d in other_window.supervision.dialogs if isinstance(d, ProposalsDialog))
    assert proposals.list.count() == 1 and proposals.name.text() == "EF"
    assert proposals.accept_current()
    [summary] = theirs.supervision.sessions.summaries()
    record = theirs.supervision.sessions.get(summary.id)
    assert record.agenda == ("Caseload review",) and record.is_locked
    assert record.partner_name == "CD" and record.partner_role == "supervisor"
    assert {s.party: s.name for s in record.signatures} == {"owner": "EF", "partner": "CD"}
    # The imported record is shown, read-only.
    other = other_window.supervision
    assert other.editor.record is not None and other.editor.record.id == record.id
    assert other.editor.read_only and "imported" in other.editor.banner.text()

    # The same file again: a duplicate, nothing imported.
    again = other.flows.import_records()
    assert again is not None
    again.path.setText(str(out))
    again.code.setText(result.passphrase)
    assert import_and_wait(qtbot, again) is None
    assert again.error.text() == str(ExchangeDuplicate())
    assert counts(theirs) == (1, 1, 1)
    assert "the key you confirmed for CD" in again.preview_label.text()

    # The partner's whole history: the record already there is skipped, the new one added.
    second = signed_session(vault, partner_id, TODAY + dt.timedelta(days=28), "Training plan")
    window.model.reload()
    window.open_entry(second)
    history_export = controller.flows.export_signed()
    assert history_export is not None
    history_export.history.setChecked(True)
    both = export_and_wait(qtbot, history_export, tmp_path / "history.sjexchange")
    assert both is not None and set(both.session_ids) == {session_id, second}
    history_import = other.flows.import_records()
    assert history_import is not None
    history_import.path.setText(str(tmp_path / "history.sjexchange"))
    history_import.code.setText(both.passphrase)
    added = import_and_wait(qtbot, history_import)
    assert added is not None and added.proposals_added == 1
    assert added.sessions_already_present == 1
    assert theirs.supervision.proposals.accept(theirs.supervision.proposals.list()[0].id)
    assert counts(theirs) == (2, 1, 2)

    # Locking clears the one-time passphrase from the clipboard.
    window.lock()
    assert clipboard.text() != result.passphrase


def test_wrong_passphrase_or_damaged_file_imports_nothing(
    qtbot: QtBot, window: MainWindow, other_window: MainWindow, tmp_path: Path
) -> None:
    vault, theirs = window.vault, other_window.vault
    assert vault is not None and theirs is not None
    partner_id = vault.supervision.partners.add(Partner("EF", "supervisee")).id or 0
    session_id = signed_session(vault, partner_id, TODAY, "Caseload review")
    window.model.reload()
    window.open_entry(session_id)
    export = window.supervision.flows.export_signed()
    assert export is not None
    out = tmp_path / "for-EF.sjexchange"
    result = export_and_wait(qtbot, export, out)
    assert result is not None
    wrong = "0000-0000-0000-0000-0000"
    assert wrong != result.passphrase

    before = counts(theirs)
    importer = other_window.supervision.flows.import_records()
    assert importer is not None
    importer.path.setText(str(out))
    importer.code.setText(wrong)
    with qtbot.waitSignal(importer.checked, timeout=30_000) as checked:
        qtbot.mouseClick(importer.check_button, Qt.MouseButton.LeftButton)
    assert checked.args == [False] and importer.error.isVisible()
    assert importer.error.text() == str(ExchangeWrongPassphrase())
    assert not importer.import_button.isEnabled() and importer.preview.count() == 0
    assert import_and_wait(qtbot, importer) is None
    assert counts(theirs) == before

    importer.code.setText("not a code")
    assert not importer.check()
    assert importer.error.text().startswith("A one-time passphrase has 20 letters and digits")

    damaged = tmp_path / "damaged.sjexchange"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    importer.path.setText(str(damaged))
    importer.code.setText(result.passphrase)
    assert import_and_wait(qtbot, importer) is None
    assert importer.error.text().startswith("The exchange file cannot be used")
    assert counts(theirs) == before


def test_actions_view_overdue_first_and_opens_the_session(qtbot: QtBot, window: MainWindow) -> None:
    vault, controller = window.vault, window.supervision
    assert vault is not None
    controller.today = lambda: TODAY
    sup = vault.supervision
    ab = sup.partners.add(Partner("AB", "supervisor")).id or 0
    ef = sup.partners.add(Partner("EF", "supervisee")).id or 0
    # (partner, session date, action, days from today to its due date or None)
    plan = [
        (ab, dt.date(2026, 1, 5), "Due in a week", 7),
        (ab, dt.date(2026, 1, 5), "Two weeks late", -14),
        (ef, dt.date(2026, 2, 2), "No due date", None),
        (ef, dt.date(2026, 2, 2), "Three days late", -3),
        (ef, dt.date(2026, 2, 2), "Due tomorrow", 1),
    ]
    sessions: dict[str, int] = {}
    for partner_id, day in sorted({(p, d) for p, d, _t, _o in plan}):
        actions = tuple(
            Action(text, due_date=TODAY + dt.timedelta(days=off) if off is not None else None)
            for p, d, text, off in plan
            if (p, d) == (partner_id, day)
        )
        draft = sup.sessions.draft(partner_id, day)
        record = sup.sessions.create(replace(draft, new_actions=actions))
        for action in actions:
            sessions[action.text] = record.id or 0
    window.model.reload()

    shortcut(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.actions_view is not None)
    view = controller.actions_view
    assert view is not None
    shown = [view.table.item(r, COL_ACTION).text() for r in range(view.table.rowCount())]
    overdue = sorted((off, t) for _p, _d, t, off in plan if off is not None and off < 0)
    due = sorted((off, t) for _p, _d, t, off in plan if off is not None and off >= 0)
    assert shown == [t for _o, t in overdue] + [t for _o, t in due] + ["No due date"]
    assert view.table.item(0, COL_STATUS).text() == "⚠ Overdue by 14 days"
    assert view.table.item(1, COL_STATUS).text() == "⚠ Overdue by 3 days"
    assert not view.table.item(2, COL_STATUS).text().startswith("⚠")
    assert "5 open actions, 2 overdue" == view.summary.text()

    # Enter on a row opens its session in the main window.
    view.table.setFocus()
    view.table.setCurrentCell(1, COL_ACTION)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert controller.editor.record is not None
    assert controller.editor.record.id == sessions["Three days late"]
    assert (
        window.model.summary_at(window.list.currentIndex().row()).id
        == sessions[  # type: ignore[union-attr]
            "Three days late"
        ]
    )
    # Double-click does the same.
    rect = view.table.visualItemRect(view.table.item(0, COL_ACTION))
    # As a real double-click arrives: a click, then the double-click event.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.editor.record.id == sessions["Two weeks late"]

    view.table.setCurrentCell(0, COL_ACTION)
    marked = view.rows[0].action
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 4
    assert marked.text not in [row.action.text for row in view.rows]
    history = sup.actions.history(marked.id or 0)
    assert [(e.status, e.on, e.session_id) for e in history] == [("done", TODAY, None)]
    view.partner.setCurrentIndex(view.partner.findData(ab))
    assert [view.table.item(r, COL_ACTION).text() for r in range(view.table.rowCount())] == [
        "Due in a week"
    ]


def test_reminders_on_unlock_with_an_injected_today(qtbot: QtBot, window: MainWindow) -> None:
    vault, controller = window.vault, window.supervision
    assert vault is not None
    sup = vault.supervision
    ab = sup.partners.add(Partner("AB", "supervisor")).id or 0
    sup.agreements.save(
        Agreement(ab, dt.date(2026, 1, 1), frequency_days=28, review_date=dt.date(2026, 2, 1))
    )
    controller.today = lambda: dt.date(2026, 1, 10)
    window.lock()
    unlock(qtbot, window)
    assert controller.reminder_button is not None and not controller.reminder_button.isVisible()

    controller.today = lambda: TODAY
    window.lock()
    unlock(qtbot, window)
    button = controller.reminder_button
    assert button is not None and button.isVisible()
    assert "2 supervision reminders" in button.text()
    assert "due for review on 1 Feb 2026" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = controller.actions_view
    assert view is not None and view.reminders.count() == 2
    messages = [view.reminders.item(i).text() for i in range(2)]
    assert any("was due on 29 Jan 2026" in m for m in messages)


def test_partners_agreement_and_history(qtbot: QtBot, window: MainWindow) -> None:
    vault, controller = window.vault, window.supervision
    assert vault is not None
    controller.today = lambda: TODAY
    dialog = controller.flows.show_partners()
    assert isinstance(dialog, PartnersDialog)
    dialog.owner_role.setCurrentIndex(dialog.owner_role.findData("both"))
    dialog.owner_name.setText("CD")
    dialog.owner_name.editingFinished.emit()
    assert vault.supervision.owner.role() == "both" and vault.supervision.owner.name() == "CD"
    assert dialog.save_partner(Partner(" ", "peer")) is None
    assert dialog.error.text() == "A supervision partner needs a name or initials."
    saved = dialog.save_partner(Partner("AB", "supervisor"))
    assert saved is not None and dialog.current_id() == saved.id

    dialog.agreement_button.click()
    agreement = next(d for d in controller.dialogs if isinstance(d, AgreementDialog))
    agreement.frequency.setValue(28)
    agreement.length.setValue(90)
    agreement.texts["purpose"].setPlainText("Reflective supervision.")  # type: ignore[attr-defined]
    agreement.texts["place"].setText("Room 2")  # type: ignore[attr-defined]
    agreement.review.set_value(dt.date(2026, 9, 1))
    assert agreement.try_save() is not None
    current = vault.supervision.agreements.current(saved.id or 0)
    assert current is not None and current.version == 1
    assert (current.frequency_days, current.length_minutes, current.place) == (28, 90, "Room 2")
    assert "every 28 days" in dialog.agreement.text()

    for day in (dt.date(2026, 1, 5), dt.date(2026, 2, 2)):
        controller.flows.start_session(saved.id, day, "one_to_one", reevaluate=False)
    assert controller.editor.form.reviews.rows == []
    assert controller.editor.minutes.value() == 90  # the agreed length
    dialog.refresh()
    assert dialog.history.item(0).text().startswith("2 Feb 2026")
    assert dialog.history.item(1).text().startswith("5 Jan 2026")
    dialog.toggle_active()
    assert not vault.supervision.partners.get(saved.id or 0).active


def test_peer_reflection_dialog_and_page(qtbot: QtBot, window: MainWindow) -> None:
    vault, controller = window.vault, window.supervision
    assert vault is not None
    controller.today = lambda: TODAY
    dialog = controller.flows.new_peer_reflection()
    assert isinstance(dialog, PeerReflectionDialog)
    assert dialog.try_accept() is None
    assert "role the peer has" in dialog.error.text()
    dialog.form.peer_role.setText("social worker in the hospital team")
    dialog.form.learning.setPlainText("Ask about loneliness early.")
    saved = dialog.try_accept()
    assert saved is not None and saved.entry_id is not None
    assert controller.stack is not None
    assert controller.stack.currentWidget() is controller.peer_page
    page = controller.peer_page
    assert page.form.peer_role.text() == "social worker in the hospital team"
    qtbot.keyClicks(page.form.topic, "Duty calls")
    qtbot.waitUntil(lambda: not page.dirty, timeout=4000)
    assert vault.supervision.peer.get(saved.id or 0).topic == "Duty calls"
    assert "Duty calls" in vault.entries.get(saved.entry_id).body

    window.open_entry(window.model.summary_at(1).id)  # type: ignore[union-attr]
    assert controller.stack.currentWidget() is window.editor and page.reflection is None
