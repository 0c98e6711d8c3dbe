"""Work that used to stall the window now runs on a worker thread (issue 9 item 9): the
export dialog's identifier check, the supervision exchange import and the templates import.
Each keeps a 5 ms timer ticking while it runs (the UI thread's event loop runs), and
Cancel (or locking) changes nothing in the vault."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import default_library
from supervision_app.core.guided import TEMPLATE_KINDS
from supervision_app.core.imports import ReadEntries
from supervision_app.core.supervision.people import Partner
from supervision_app.core.templates import dump_template_set, framework_to_data, parse_template
from supervision_app.gui.cpd.export_dialog import PAGE_CHOOSE, PAGE_REVIEW, ExportDialog
from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.exchange_dialogs import ExportDialog as ExchangeExportDialog
from supervision_app.gui.supervision.import_dialog import ImportDialog
from supervision_app.storage.bulk import write_entries
from supervision_app.storage.supervision.exchange import export_partner_history
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.blocked import HeldAtFirstReport, ticked
from tests.gui.conftest import open_window, unlock
from tests.gui.test_supervision_exchange import (
    answer_fingerprint,
    export_and_wait,
    import_and_wait,
)
from tests.gui.test_tasks import Ticks

pytestmark = pytest.mark.gui
#: Sizes of the work below: each long enough for the 5 ms timer to tick 20-60 times while
#: it runs on its worker (the tests need 5 or 10), and 1-5 times with the work moved back
#: onto the UI thread (checked: each test then fails). 3-5 times larger they took 5 CPU s
#: more and proved less: the check of 3,000 entries passed with the check on the UI thread
#: (its modal progress dialog runs the event loop at each report: 29 ticks).
MANY = 600
VISIT = (
    "Visited the family at home; her son called from 07700 900123 about the review. "
    "We talked about the lunch club and the plans for the summer holidays. "
)


def bulk_vault(path: Path, n: int = MANY) -> None:
    """``n`` entries through storage's bulk insert (the importers' path), not the GUI."""
    start = dt.date(2020, 1, 1)
    entries = [
        Entry(
            title=f"Visit {i}",
            body=VISIT,
            practice_date=start + dt.timedelta(days=i % 2000),
            tags=("visit",),
        )
        for i in range(n)
    ]
    with Vault.create(path, PASSPHRASE) as vault:
        write_entries(vault, ReadEntries(entries=entries))


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sjvault"
    bulk_vault(path)
    return path


@pytest.fixture
def big_window(qtbot: QtBot, vault_path: Path, big_vault: Path) -> Iterator[MainWindow]:
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(big_vault, vault_path)  # a fresh copy: the test may write to it
    w = open_window(qtbot, vault_path)
    yield w
    w.close()


def _check_dialog(window: MainWindow) -> ExportDialog:
    window.cpd.show_check()
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, ExportDialog) and dialog.check_only
    dialog.selection_form.cpd_only.setChecked(False)
    dialog.selection_form.choose_all_dates()
    return dialog


def _progress(task: object) -> QProgressDialog:
    dialog = getattr(task, "dialog", None)
    assert isinstance(dialog, QProgressDialog)
    return dialog


def test_the_check_of_many_entries_keeps_the_window_running(
    qtbot: QtBot, big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _check_dialog(big_window)
    ticks = Ticks()
    held = HeldAtFirstReport(monkeypatch, until=ticked(ticks, 10))
    ticks.timer.start()
    with qtbot.waitSignal(dialog.check_ended, timeout=60_000) as ended:
        assert dialog.run_check()
        during = ticks.count  # run_check returned at once: the check is on its own thread
        assert dialog.task is not None
    ticks.timer.stop()
    assert ended.args == [True] and dialog.pages.currentIndex() == PAGE_REVIEW
    assert dialog.checked == MANY and len({r.entry_id for r in dialog.findings.rows}) == MANY
    assert during <= 2 and held.waited  # the event loop ran with the check partway


def test_cancelling_the_check_shows_nothing_and_changes_nothing(
    qtbot: QtBot, big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    HeldAtFirstReport(monkeypatch)  # Cancel comes before the work ends
    vault = big_window.vault
    assert vault is not None
    dialog = _check_dialog(big_window)
    before = (vault.entries.count(), vault.dismissals.all(), vault.conn.total_changes)
    with qtbot.waitSignal(dialog.check_ended, timeout=60_000) as ended:
        assert dialog.run_check()
        progress = _progress(dialog.task)
        qtbot.waitUntil(lambda: progress.value() > 0, timeout=30_000)  # determinate: n of MANY
        assert progress.maximum() == MANY
        progress.canceled.emit()  # the Cancel button
    assert ended.args == [False] and dialog.pages.currentIndex() == PAGE_CHOOSE
    assert "cancelled" in dialog.choose_message.text() and dialog.task is None
    assert not dialog.findings.rows
    assert (vault.entries.count(), vault.dismissals.all(), vault.conn.total_changes) == before


def test_locking_during_the_check_stops_it(qtbot: QtBot, big_window: MainWindow) -> None:
    dialog = _check_dialog(big_window)
    assert dialog.run_check()
    task = dialog.task
    assert task is not None
    big_window.lock()
    assert big_window.is_locked and task.done and dialog.task is None
    assert QApplication.activeModalWidget() in (None, big_window.passphrase_dialog)
    unlock(qtbot, big_window)
    assert big_window.vault is not None and big_window.vault.entries.count() == MANY


# -- the supervision exchange import ------------------------------------------------------------

RECORDS = 100  # see MANY


@pytest.fixture(scope="module")
def supervisor_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CD's journal: ``RECORDS`` records signed by CD and EF (the first names a phone)."""
    path = tmp_path_factory.mktemp("exchange") / "cd.sjvault"
    with Vault.create(path, PASSPHRASE) as vault:
        sup = vault.supervision
        sup.owner.set_name("CD")
        partner_id = sup.partners.add(Partner("EF", "supervisee")).id or 0
        with vault.transaction():
            for n in range(RECORDS):
                draft = sup.sessions.draft(partner_id, dt.date(2020, 1, 1) + dt.timedelta(days=n))
                agenda = "Call the family on 07700 900123" if n == 0 else f"Caseload {n}"
                record = sup.sessions.create(replace(draft, agenda=(agenda,)))
                assert record.id is not None
                sup.signoff.sign(record.id, "owner", "CD")
                sup.signoff.sign(record.id, "partner", "EF")
    return path


@pytest.fixture(scope="module")
def exchange_file(supervisor_vault: Path) -> tuple[Path, str]:
    """The partner's whole history as an exchange file, and its one-time passphrase."""
    with Vault.open(supervisor_vault, PASSPHRASE) as vault:
        [partner] = vault.supervision.partners.list()
        assert partner.id is not None
        out = supervisor_vault.parent / "history.sjexchange"
        result = export_partner_history(vault, partner.id, out, overwrite=True)
    return result.path, result.passphrase


def _importer(window: MainWindow, exchange_file: tuple[Path, str]) -> ImportDialog:
    vault = window.vault
    assert vault is not None
    vault.supervision.owner.set_name("EF")
    importer = window.supervision.flows.import_records()
    assert importer is not None
    importer.path.setText(str(exchange_file[0]))
    importer.code.setText(exchange_file[1])
    return importer


def _supervision_state(vault: Vault) -> tuple[object, ...]:
    sup = vault.supervision
    return (
        len(sup.sessions.summaries()),
        [p.name for p in sup.partners.list()],
        len(sup.proposals.list()),
        vault.entries.count(),
    )


def test_exchange_import_keeps_the_window_running(
    qtbot: QtBot,
    window: MainWindow,
    exchange_file: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    importer = _importer(window, exchange_file)
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(importer.checked, timeout=30_000) as checked:
        assert importer.check()
        assert importer.task is not None and ticks.count <= 2  # reading on its own thread
    assert checked.args == [True] and importer.preview.count() == RECORDS
    answer_fingerprint(importer, trust=True)
    held = HeldAtFirstReport(monkeypatch, until=ticked(ticks, 5))
    result = import_and_wait(qtbot, importer)
    ticks.timer.stop()
    assert result is not None and result.proposals_added == RECORDS
    assert held.waited  # the event loop ran while it was written
    assert importer.done_label.text() == result.summary()


def test_cancelling_the_exchange_import_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    exchange_file: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    HeldAtFirstReport(monkeypatch)  # Cancel comes before the work ends
    vault = window.vault
    assert vault is not None
    importer = _importer(window, exchange_file)
    before = _supervision_state(vault)

    def cancel_at_first_progress() -> None:
        task = importer.task  # the import, started by trusting the key
        progress = _progress(task)
        assert task is not None
        task.progressed.connect(lambda *_: progress.canceled.emit())  # the Cancel button

    answer_fingerprint(importer, trust=True, then=cancel_at_first_progress)
    assert import_and_wait(qtbot, importer) is None
    assert importer.error.text() == "Cancelled: nothing was imported."
    assert _supervision_state(vault) == before  # no partner, no key, no proposal
    assert importer.import_button.isEnabled()  # and it can be imported again
    shown = answer_fingerprint(importer, trust=True)  # the key was not kept either
    result = import_and_wait(qtbot, importer)
    assert shown and result is not None and result.proposals_added == RECORDS


# -- the templates import ---------------------------------------------------------------------

TEMPLATES = 300  # see MANY


@pytest.fixture(scope="module")
def template_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``TEMPLATES`` templates of the user's own, copies of a built-in model (about 2 MB)."""
    base = framework_to_data(next(fw for fw in default_library() if fw.kind in TEMPLATE_KINDS))
    templates = [
        parse_template({**base, "id": f"mine-{n}", "name": f"My model {n}"}, "test")
        for n in range(TEMPLATES)
    ]
    path = tmp_path_factory.mktemp("templates") / "many.json"
    path.write_text(dump_template_set(templates), encoding="utf-8")
    return path


def _templates_dialog(window: MainWindow) -> TemplatesDialog:
    window.reflection.show_templates()  # Tools ▸ Templates
    dialog = window.reflection.dialogs[-1]
    assert isinstance(dialog, TemplatesDialog)
    return dialog


def test_templates_import_keeps_the_window_running(
    qtbot: QtBot, window: MainWindow, template_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _templates_dialog(window)
    ticks = Ticks()
    held = HeldAtFirstReport(monkeypatch, until=ticked(ticks, 10))
    ticks.timer.start()
    with qtbot.waitSignal(dialog.import_ended, timeout=60_000) as ended:
        assert dialog.import_from(template_file)
        during = ticks.count
        assert dialog.task is not None
    ticks.timer.stop()
    assert ended.args == [TEMPLATES, ""]
    assert during <= 2 and held.waited
    assert window.vault is not None and len(window.vault.templates.ids()) == TEMPLATES
    # Offered for a guided reflection:
    assert f"mine-{TEMPLATES - 1}" in window.reflection.library.ids()


def test_cancelling_the_templates_import_saves_none(
    qtbot: QtBot, window: MainWindow, template_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    HeldAtFirstReport(monkeypatch)  # Cancel comes before the work ends
    vault = window.vault
    assert vault is not None
    dialog = _templates_dialog(window)
    items = dialog.list.count()
    with qtbot.waitSignal(dialog.import_ended, timeout=60_000) as ended:
        assert dialog.import_from(template_file)
        task = dialog.task
        progress = _progress(task)
        assert task is not None
        task.progressed.connect(lambda *_: progress.canceled.emit())  # Cancel at the first
    assert ended.args == [0, "Cancelled: no template was imported."]
    assert vault.templates.ids() == [] and dialog.list.count() == items
    assert "mine-0" not in window.reflection.library.ids()


def test_locking_during_the_templates_import_stops_it(
    qtbot: QtBot, window: MainWindow, template_file: Path
) -> None:
    dialog = _templates_dialog(window)
    assert dialog.import_from(template_file)
    task = dialog.task
    assert task is not None
    window.lock()
    assert window.is_locked and task.done and not dialog.isVisible()
    unlock(qtbot, window)
    assert window.vault is not None
    assert len(window.vault.templates.ids()) in (0, TEMPLATES)  # all or nothing


# -- the supervision exchange export ------------------------------------------------------------


@pytest.fixture
def supervisor_window(
    qtbot: QtBot, vault_path: Path, supervisor_vault: Path
) -> Iterator[MainWindow]:
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(supervisor_vault, vault_path)
    w = open_window(qtbot, vault_path)
    yield w
    w.close()


def _history_export(window: MainWindow) -> ExchangeExportDialog:
    vault = window.vault
    assert vault is not None
    newest = vault.supervision.sessions.summaries()[0]
    window.model.reload()
    window.open_entry(newest.id)
    export = window.supervision.flows.export_signed()
    assert isinstance(export, ExchangeExportDialog)
    export.history.setChecked(True)
    return export


def test_exchange_export_checks_and_writes_while_the_window_runs(
    qtbot: QtBot, supervisor_window: MainWindow, tmp_path: Path
) -> None:
    export = _history_export(supervisor_window)
    out = tmp_path / "history.sjexchange"
    ticks = Ticks()
    ticks.timer.start()
    assert export_and_wait(qtbot, export, out) is None  # a phone number: asked first
    assert "07700 900123" in export.findings.text() and export.anyway.isVisible()
    assert not out.exists()
    export.anyway.setChecked(True)
    before = ticks.count
    result = export_and_wait(qtbot, export, out)
    ticks.timer.stop()
    assert result is not None and len(result.session_ids) == RECORDS and out.is_file()
    assert export.passphrase.text() == result.passphrase
    assert ticks.count - before >= 5


def test_cancelling_the_exchange_export_writes_nothing(
    qtbot: QtBot, supervisor_window: MainWindow, tmp_path: Path
) -> None:
    export = _history_export(supervisor_window)
    export.anyway.setChecked(True)
    out = tmp_path / "history.sjexchange"
    with qtbot.waitSignal(export.export_ended, timeout=30_000) as ended:
        assert export.export_to(out)
        _progress(export.task).canceled.emit()  # the Cancel button
    assert ended.args == [None] and export.error.text() == "Cancelled: nothing was written."
    assert not out.exists() and not list(tmp_path.glob("*.part"))
