"""The export dialog: the anonymisation check before writing, decisions, real files read back."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.gui.cpd.export_dialog import PAGE_CHOOSE, PAGE_DONE, PAGE_REVIEW, ExportDialog
from supervision_app.gui.cpd.findings_view import COL_CONTEXT, FINE, REDACT, FindingsModel
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import copy_of_vault, open_window, shortcut, wait_check

pytestmark = pytest.mark.gui
VISIT = "Visited Mrs Okafor at home; her son Tom called from 07700 900123 about the review."
NHS = "943 476 5919"  # passes the modulus 11 check


@pytest.fixture
def export_window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    copy_of_vault(vault_path, "cpd-export", _make_export_vault)  # made once per process
    w = open_window(qtbot, vault_path, cpd_today=dt.date(2026, 6, 1))
    yield w
    w.close()


def _make_export_vault(path: Path) -> None:
    with Vault.create(path, PASSPHRASE) as v:
        visit = v.entries.add(
            Entry(title="Review visit", body=VISIT, practice_date=dt.date(2026, 2, 3), minutes=60)
        )
        course = v.entries.add(
            Entry(title="Course on capacity", practice_date=dt.date(2026, 3, 4), minutes=180)
        )
        assert visit.id is not None and course.id is not None
        v.cpd.save(
            visit.id,
            CpdFields(
                description="A review with a family",
                learning=f"Keep the NHS number {NHS} out of notes",
                peer_learning="Plan the visit with the family",
            ),
        )
        v.cpd.save(course.id, CpdFields(activity_type="course_or_training", description="A day"))


def _dialog(qtbot: QtBot, window: MainWindow, fmt: str) -> ExportDialog:
    shortcut(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.selection_form.set_format(fmt)
    with qtbot.waitSignal(dialog.check_ended, timeout=30_000) as ended:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert ended.args == [True] and dialog.pages.currentIndex() == PAGE_REVIEW
    return dialog


def _kinds(dialog: ExportDialog) -> dict[str, int]:
    return {r.item.finding.kind.value: n for n, r in enumerate(dialog.findings.rows)}


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_findings_are_shown_in_context(qtbot: QtBot, export_window: MainWindow) -> None:
    dialog = _dialog(qtbot, export_window, "docx")
    kinds = _kinds(dialog)
    assert {"titled_name", "relation_name", "phone", "nhs_number"} <= set(kinds)
    assert "in 1 of 2 records" in dialog.review.heading.text()
    phone = dialog.findings.rows[kinds["phone"]]
    assert phone.item.field_label == "Text" and phone.record_label.endswith("Review visit")
    assert phone.context().endswith("son Tom called from «07700 900123» about the review.")
    assert '<span style="background-color:#ffd54f' in phone.context_html()
    assert "07700 900123</span>" in phone.context_html()
    model = dialog.findings.model
    index = model.index(kinds["nhs_number"], COL_CONTEXT)
    assert NHS in model.data(index) and model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert not dialog.review.export_button.isEnabled()  # nothing written while undecided


def test_findings_model_is_valid(
    qtmodeltester: object, qtbot: QtBot, export_window: MainWindow
) -> None:
    dialog = _dialog(qtbot, export_window, "docx")
    model = dialog.findings.model
    assert isinstance(model, FindingsModel) and model.rowCount() > 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_mark_as_fine_is_remembered(qtbot: QtBot, export_window: MainWindow) -> None:
    dialog = _dialog(qtbot, export_window, "csv")
    n = len(dialog.findings.rows)
    row = _kinds(dialog)["relation_name"]
    dialog.findings.select(row)
    qtbot.mouseClick(dialog.findings.fine_button, Qt.MouseButton.LeftButton)
    assert dialog.findings.rows[row].decision == FINE
    vault = export_window.vault
    assert vault is not None
    assert dialog.findings.rows[row].item.key in vault.dismissals.all()
    with qtbot.waitSignal(dialog.check_ended, timeout=30_000):
        qtbot.mouseClick(dialog.review.recheck_button, Qt.MouseButton.LeftButton)
    assert len(dialog.findings.rows) == n - 1
    assert "relation_name" not in _kinds(dialog)
    second = _dialog(qtbot, export_window, "docx")
    assert "relation_name" not in _kinds(second) and "titled_name" in _kinds(second)


def test_redact_writes_redacted_copy_and_leaves_the_vault(
    qtbot: QtBot, export_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, export_window, "docx")
    qtbot.mouseClick(dialog.findings.redact_all_button, Qt.MouseButton.LeftButton)
    assert all(r.decision == REDACT for r in dialog.findings.rows)
    assert dialog.review.export_button.isEnabled()
    target = tmp_path / "portfolio"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.review.export_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".docx")  # the extension is added
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=10_000)
    assert str(written) in dialog.done_page.text.text()
    text = _docx_text(written)
    assert "[redacted]" in text
    for identifier in ("Okafor", "07700 900123", NHS):
        assert identifier not in text
    assert "Course on capacity" in text
    vault = export_window.vault
    assert vault is not None
    visit = next(s for s in vault.entries.page() if s.title == "Review visit")
    assert vault.entries.get(visit.id).body == VISIT  # the vault is unchanged
    assert NHS in (vault.cpd.get(visit.id) or CpdFields()).learning


def test_undecided_findings_block_writing_until_the_user_proceeds(
    qtbot: QtBot, export_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, export_window, "csv")
    kinds = _kinds(dialog)
    dialog.findings.decide(REDACT, [kinds["phone"]])
    target = tmp_path / "records.csv"
    assert not dialog.write_to(target)
    assert not target.exists() and "Decide about every finding" in dialog.review.message.text()
    assert not dialog.review.export_button.isEnabled()
    dialog.review.allow_rest.setChecked(True)
    assert dialog.review.export_button.isEnabled()
    assert dialog.write_to(target)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    visit = next(r for r in rows if r["Title"] == "Review visit")
    joined = "\n".join(visit.values())
    assert "[redacted]" in joined and "07700 900123" not in joined  # redacted as chosen
    assert "Okafor" in joined and NHS in joined  # the rest exported as written


def test_an_edit_after_the_check_is_checked_again(
    qtbot: QtBot, export_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, export_window, "csv")
    row = _kinds(dialog)["phone"]
    dialog.findings.select(row)
    qtbot.mouseClick(dialog.findings.edit_button, Qt.MouseButton.LeftButton)
    editor = export_window.editor
    assert editor.title.text() == "Review visit"  # "Edit the record" opened it
    editor.body.setPlainText(VISIT + " Her email is a.okafor@example.org.")
    export_window.save_current()
    dialog.findings.redact_remaining()
    target = tmp_path / "after-edit.csv"
    assert dialog.write_to(target)  # checks again on the worker before writing
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert not target.exists() and dialog.pages.currentIndex() == PAGE_REVIEW
    assert "changed since the check" in dialog.review.message.text()
    assert "email" in _kinds(dialog)  # the new text was checked
    assert dialog.findings.rows[_kinds(dialog)["phone"]].decision == REDACT  # kept
    dialog.findings.redact_remaining()
    assert dialog.write_to(target)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "a.okafor@example.org" not in target.read_text(encoding="utf-8-sig")


def test_social_work_england_warns_about_identical_records(
    qtbot: QtBot, export_window: MainWindow, tmp_path: Path
) -> None:
    vault = export_window.vault
    assert vault is not None
    for day in (dt.date(2026, 4, 1), dt.date(2026, 5, 1)):
        e = vault.entries.add(Entry(title="Team learning", practice_date=day, minutes=30))
        assert e.id is not None
        vault.cpd.save(e.id, CpdFields(description="Same words", learning="Same", impact="Same"))
    dialog = _dialog(qtbot, export_window, "swe")
    dialog.findings.redact_remaining()
    assert dialog.write_to(tmp_path / "swe.txt")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "identical" in dialog.done_page.warnings.text().lower()
    assert dialog.done_page.warnings.isVisible()
    assert "[redacted]" in (tmp_path / "swe.txt").read_text(encoding="utf-8")


def test_empty_choice_and_bad_dates_say_so(qtbot: QtBot, export_window: MainWindow) -> None:
    export_window.cpd.show_export()
    dialog = export_window.cpd.windows[-1]
    assert isinstance(dialog, ExportDialog)
    form = dialog.selection_form
    form.tag.setText("no-such-tag")
    assert not wait_check(qtbot, dialog)
    assert dialog.pages.currentIndex() == PAGE_CHOOSE
    assert "No records match" in dialog.choose_message.text()
    form.tag.clear()
    form.set_dates(dt.date(2026, 5, 1), dt.date(2026, 1, 1))
    assert not dialog.run_check() and dialog.task is None  # said at once, nothing started
    assert "is after the end date" in dialog.choose_message.text()


def test_check_only_mode_finds_and_cannot_export(qtbot: QtBot, export_window: MainWindow) -> None:
    export_window.cpd.menu_actions.check.trigger()
    dialog = export_window.cpd.windows[-1]
    assert isinstance(dialog, ExportDialog) and dialog.check_only
    dialog.selection_form.cpd_only.setChecked(False)
    assert wait_check(qtbot, dialog)
    assert (
        not dialog.review.export_button.isVisible()
        and not dialog.findings.redact_button.isVisible()
    )
    assert {"phone", "nhs_number"} <= set(_kinds(dialog))
    dialog.findings.select(_kinds(dialog)["phone"])
    dialog.findings.decide(FINE)
    assert "1 still to decide" not in dialog.review.status.text()


def test_on_3_december_the_export_defaults_to_the_year_with_records(
    qtbot: QtBot, vault_path: Path
) -> None:
    """The defect: the default export covered the two-day-old year and found no records."""
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.entries.add(Entry(title="Visit", practice_date=dt.date(2026, 11, 12), minutes=60))
    window = open_window(qtbot, vault_path, cpd_today=dt.date(2026, 12, 3))
    try:
        window.cpd.show_export()
        dialog = window.cpd.windows[-1]
        assert isinstance(dialog, ExportDialog)
        selection = dialog.selection_form.selection()
        assert (selection.date_from, selection.date_to) == (
            dt.date(2025, 12, 1),
            dt.date(2026, 11, 30),
        )
        dialog.selection_form.this_year.click()  # the current year is one click away
        assert dialog.selection_form.selection().date_from == dt.date(2026, 12, 1)
    finally:
        window.close()
