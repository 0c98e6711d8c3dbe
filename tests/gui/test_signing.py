"""Signed records in the app (issue 11): the fingerprint confirmation, the proposals list
and the sign-off name check, with real widgets on real vaults."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supervision_app.core.supervision.people import Partner
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.import_dialog import ImportDialog
from supervision_app.gui.supervision.partners_dialog import PartnersDialog
from supervision_app.gui.supervision.proposals_dialog import ProposalsDialog
from supervision_app.gui.supervision.signoff_dialog import SignOffDialog
from supervision_app.storage.supervision.exchange import export_session
from supervision_app.storage.supervision.exchange_import import ImportResult
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.test_supervision import add_partner, start
from tests.gui.test_supervision_exchange import answer_fingerprint, import_and_wait

pytestmark = pytest.mark.gui
DAY = dt.date(2026, 3, 2)


@pytest.fixture
def supervisor(tmp_path: Path) -> Iterator[Vault]:
    """CD's journal (the supervisor), with EF as supervisee."""
    with Vault.create(tmp_path / "cd" / "journal.sjvault", PASSPHRASE) as vault:
        vault.supervision.owner.set_name("CD")
        yield vault


def signed_for(supervisor: Vault, agenda: str, day: dt.date = DAY) -> int:
    sup = supervisor.supervision
    partners = {p.name: p.id for p in sup.partners.list()}
    pid = partners.get("EF") or sup.partners.add(Partner("EF", "supervisee")).id or 0
    record = sup.sessions.create(replace(sup.sessions.draft(pid, day), agenda=(agenda,)))
    assert record.id is not None
    sup.signoff.sign(record.id, "owner", "CD")
    sup.signoff.sign(record.id, "partner", "EF")
    return record.id


def import_into(
    qtbot: QtBot,
    window: MainWindow,
    supervisor: Vault,
    session_id: int,
    tmp: Path,
    *,
    trust: bool | None,
) -> tuple[ImportDialog, ImportResult | None, list[str]]:
    """Export a record from the supervisor's journal and import it through the dialog;
    ``trust`` answers the fingerprint confirmation (None: it is not expected)."""
    out = tmp / f"record-{session_id}-{len(list(tmp.glob('*.sjexchange')))}.sjexchange"
    result = export_session(supervisor, session_id, out)
    importer = window.supervision.flows.import_records()
    assert importer is not None
    importer.path.setText(str(out))
    importer.code.setText(result.passphrase)
    shown = answer_fingerprint(importer, trust=trust) if trust is not None else []
    return importer, import_and_wait(qtbot, importer), shown


def test_the_first_file_needs_its_fingerprint_confirmed(
    qtbot: QtBot, window: MainWindow, supervisor: Vault, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    session_id = signed_for(supervisor, "Caseload")
    # Cancelled: nothing is imported and the key is not confirmed.
    importer, result, shown = import_into(
        qtbot, window, supervisor, session_id, tmp_path, trust=False
    )
    assert shown == [supervisor.supervision.identity.fingerprint()]
    assert result is None and importer.error.isVisible()
    assert "key was not confirmed" in importer.error.text()
    assert vault.supervision.partners.list() == [] and vault.supervision.proposals.list() == []
    # Confirmed: the partner and their key are recorded, the record waits for sign-off.
    _importer, result, _shown = import_into(
        qtbot, window, supervisor, session_id, tmp_path, trust=True
    )
    assert result is not None and result.key_pinned and result.proposals_added == 1
    [partner] = vault.supervision.partners.list()
    dialog = window.supervision.flows.show_partners()
    assert isinstance(dialog, PartnersDialog)
    assert supervisor.supervision.identity.fingerprint() in dialog.partner_key.text()
    assert dialog.own_fingerprint.text() == vault.supervision.identity.fingerprint()
    assert partner.name == "CD"
    # A partner with a new journal: their key is forgotten, to be compared again.
    assert dialog.forget_key_button.isVisible()
    assert dialog.forget_key(ask=False)
    assert "No key confirmed yet" in dialog.partner_key.text()
    assert not dialog.forget_key_button.isVisible()


def test_proposals_are_accepted_or_rejected(
    qtbot: QtBot, window: MainWindow, supervisor: Vault, tmp_path: Path
) -> None:
    vault = window.vault
    assert vault is not None
    vault.supervision.owner.set_name("EF")
    first = signed_for(supervisor, "Caseload")
    second = signed_for(supervisor, "Training plan", DAY + dt.timedelta(days=28))
    import_into(qtbot, window, supervisor, first, tmp_path, trust=True)
    import_into(qtbot, window, supervisor, second, tmp_path, trust=None)
    window.supervision.flows.show_proposals()
    dialogs = [d for d in window.supervision.dialogs if isinstance(d, ProposalsDialog)]
    dialog = dialogs[-1]
    assert dialog.list.count() == 2
    assert "awaiting your sign-off" in dialog.list.item(0).text()
    assert "Caseload" in dialog.details.text() and "typed your name as “EF”" in (
        dialog.details.text()
    )
    assert vault.supervision.sessions.summaries() == []

    # Reject the first: nothing is added.
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and vault.supervision.sessions.summaries() == []
    # Accept the second with another name: refused until confirmed.
    dialog.name.setText("Someone Else")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "not your name" in dialog.error.text()
    assert dialog.confirm_name.isVisible() and vault.supervision.sessions.summaries() == []
    dialog.name.setText("EF")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and "Nothing is waiting" in dialog.details.text()
    [summary] = vault.supervision.sessions.summaries()
    record = vault.supervision.sessions.get(summary.id)
    assert record.is_locked and record.agenda == ("Training plan",)
    statuses = [e.status for e in vault.supervision.signoff.history(summary.id) if e.status]
    assert sorted(statuses) == ["made_here", "verified"]
    assert window.supervision.editor.record is not None  # the accepted record is shown
    assert window.supervision.editor.record.id == summary.id


def test_sign_off_checks_the_names(qtbot: QtBot, window: MainWindow) -> None:
    vault, controller = window.vault, window.supervision
    assert vault is not None
    vault.supervision.owner.set_name("CD")
    partner_id = add_partner(window)
    session_id = start(qtbot, window, DAY, partner_id)
    qtbot.mouseClick(controller.editor.signoff.sign_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in controller.dialogs if isinstance(d, SignOffDialog))
    partner_name = vault.supervision.partners.get(partner_id).name

    qtbot.keyClicks(dialog.names["owner"], "Someone Else")
    qtbot.mouseClick(dialog.buttons_by_party["owner"], Qt.MouseButton.LeftButton)
    assert "“Someone Else” is not your name (“CD”)" in dialog.error.text()
    assert dialog.confirms["owner"].isVisible()
    assert vault.supervision.sessions.get(session_id).signatures == ()
    dialog.confirms["owner"].setChecked(True)
    qtbot.mouseClick(dialog.buttons_by_party["owner"], Qt.MouseButton.LeftButton)
    assert dialog.states["owner"].text().startswith("✓ Signed as “Someone Else”")
    assert "your journal's key" in dialog.states["owner"].text()

    qtbot.keyClicks(dialog.names["partner"], "Not " + partner_name)
    qtbot.keyClick(dialog.names["partner"], Qt.Key.Key_Return)
    assert "recorded name" in dialog.error.text() and not dialog.complete
    dialog.names["partner"].setText(partner_name)
    qtbot.keyClick(dialog.names["partner"], Qt.Key.Key_Return)
    assert dialog.complete
    assert "typed here" in dialog.states["partner"].text()
