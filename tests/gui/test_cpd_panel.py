"""The editor's CPD panel over a real vault: fields autosave, standards, evidence files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import MAX_ATTACHMENT_BYTES
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_window, shortcut, unlock

pytestmark = pytest.mark.gui


def _current_id(window: MainWindow) -> int:
    entry = window.editor.entry
    assert entry is not None and entry.id is not None
    return entry.id


def _add_details(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.cpd.panel
    assert panel.add_button.isVisible() and not panel.is_open  # collapsed by default
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.is_open and panel.fields.description.isVisible()


def test_cpd_fields_autosave_survive_switching_and_lock(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.cpd.panel
    first = _current_id(window)
    _add_details(qtbot, window)
    fields = panel.fields
    fields.activity.setCurrentIndex(fields.activity.findData("course_or_training"))
    qtbot.keyClicks(fields.description, "A day on strengths-based reviews")
    qtbot.keyClicks(fields.learning, "Open with what is working")
    qtbot.keyClicks(fields.impact, "Reviews are shorter and kinder")
    qtbot.keyClicks(fields.peer_role, "Senior practitioner")
    qtbot.keyClicks(fields.peer_learning, "Ask before advising")
    assert window.editor.dirty
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)  # debounced autosave
    vault = window.vault
    assert vault is not None
    saved = vault.cpd.get(first)
    assert saved is not None
    assert saved.activity_type == "course_or_training"
    assert saved.description == "A day on strengths-based reviews"
    assert saved.peer_learning == "Ask before advising" and saved.has_peer_reflection

    # Typing then switching at once (before the autosave) keeps the typing too.
    qtbot.keyClicks(fields.learning, " first")
    window.list.setCurrentIndex(window.model.index(1))
    second = _current_id(window)
    assert second != first
    assert vault.cpd.get(first).learning == "Open with what is working first"  # type: ignore[union-attr]
    assert panel.add_button.isVisible() and panel.fields.learning.toPlainText() == ""

    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and panel.fields.description.toPlainText() == ""
    unlock(qtbot, window)
    window.open_entry(first)
    assert panel.is_open
    assert panel.fields.description.toPlainText() == "A day on strengths-based reviews"
    assert panel.fields.activity.currentData() == "course_or_training"
    assert "reflected on with a peer" in panel.summary.text()


def test_time_is_the_entrys_own_minutes(qtbot: QtBot, window: MainWindow) -> None:
    _add_details(qtbot, window)
    window.editor.minutes.setValue(90)
    assert "1.5 hours" in window.cpd.panel.fields.time_label.text()
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)
    assert window.vault is not None
    assert window.vault.entries.get(_current_id(window)).minutes == 90


def test_removing_cpd_details_keeps_the_entry(qtbot: QtBot, window: MainWindow) -> None:
    _add_details(qtbot, window)
    qtbot.keyClicks(window.cpd.panel.fields.description, "To be removed")
    window.save_current()
    entry_id = _current_id(window)
    assert window.vault is not None and window.vault.cpd.get(entry_id) is not None
    window.cpd.panel.remove_details()
    window.save_current()
    assert window.vault.cpd.get(entry_id) is None
    assert window.vault.entries.get(entry_id).title == window.editor.title.text()
    assert window.cpd.panel.add_button.isVisible()


def test_standards_ticked_become_framework_links(qtbot: QtBot, window: MainWindow) -> None:
    _add_details(qtbot, window)
    panel = window.cpd.panel
    ref = next(r for r in panel.standards.items if r.startswith("pcf:"))
    other = "loneliness-capabilities:signpost"
    assert window.vault is not None
    entry_id = _current_id(window)
    window.vault.links.set_links(entry_id, [other])
    panel.standards.items[ref].setCheckState(0, Qt.CheckState.Checked)
    assert set(window.vault.links.links_of(entry_id)) == {ref, other}  # others stay
    assert ref in window.editor.links
    assert "1 standard" in panel.summary.text()
    # A change through the Link dialog's path (editor.set_links) shows in the tree.
    window.vault.links.set_links(entry_id, [other])
    window.editor.set_links(window.vault.links.links_of(entry_id))
    assert panel.standards.items[ref].checkState(0) == Qt.CheckState.Unchecked
    assert set(panel.standards.items) and all(
        r.split(":")[0] in {"swe-standards", "pcf", "hcpc-cpd-standards"}
        for r in panel.standards.items
    )


def test_evidence_file_is_stored_encrypted_and_oversize_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_details(qtbot, window)
    evidence = window.cpd.panel.evidence
    marker = b"CERTIFICATE-OF-ATTENDANCE-7Q2X " * 40
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(marker)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(certificate)], ""))
    )
    with qtbot.waitSignal(evidence.add_ended, timeout=10_000) as ended:  # on a worker thread
        qtbot.mouseClick(evidence.add_button, Qt.MouseButton.LeftButton)
    assert ended.args == [1] and evidence.list.count() == 1
    assert "certificate.pdf" in evidence.list.item(0).text()
    assert "KB" in evidence.list.item(0).text() or "bytes" in evidence.list.item(0).text()
    vault = window.vault
    assert vault is not None
    stored = vault.attachments.list(_current_id(window))
    assert [a.filename for a in stored] == ["certificate.pdf"]
    assert vault.attachments.data(stored[0].id) == marker
    raw = b"".join(
        p.read_bytes()
        for p in window.vault_path.parent.iterdir()
        if p.name.startswith(window.vault_path.name)
    )
    assert b"CERTIFICATE-OF-ATTENDANCE" not in raw and b"certificate.pdf" not in raw

    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 5 * 1024 * 1024)  # sparse: quick to make
    with qtbot.waitSignal(evidence.add_ended, timeout=10_000) as ended:
        assert evidence.add_files([big])
    assert ended.args == [0] and evidence.message.isVisible()
    assert "scan.pdf is 25 MB" in evidence.message.text()
    assert "at most 20 MB" in evidence.message.text()
    assert len(vault.attachments.list(_current_id(window))) == 1  # nothing stored

    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    with qtbot.waitSignal(evidence.save_ended, timeout=10_000) as ended:
        assert evidence.save_copy_to(stored[0], copy)
    assert ended.args == [True] and copy.read_bytes() == marker
    evidence.remove_current(confirm=False)
    assert vault.attachments.list(_current_id(window)) == []
    assert evidence.list.count() == 0


def test_trash_entries_show_cpd_details_read_only(qtbot: QtBot, window: MainWindow) -> None:
    _add_details(qtbot, window)
    qtbot.keyClicks(window.cpd.panel.fields.description, "Kept while in the Trash")
    window.save_current()
    window.trash_current()
    window.view_choice.setCurrentIndex(1)
    assert window.cpd.panel.fields.description.toPlainText() == "Kept while in the Trash"
    assert not window.cpd.panel.body.isEnabled()


def test_panel_is_named_and_keyboard_reachable(window: MainWindow) -> None:
    panel = window.cpd.panel
    f = panel.fields
    for w in (
        panel.toggle,
        panel.add_button,
        f.activity,
        f.description,
        f.learning,
        f.impact,
        f.peer_link,
        f.peer_role,
        f.peer_date,
        f.peer_learning,
        panel.standards.tree,
        panel.evidence.list,
    ):
        assert w.accessibleName() or w.text(), w  # type: ignore[attr-defined]
        assert w.focusPolicy() != Qt.FocusPolicy.NoFocus, w


def test_entry_with_cpd_details_opens_the_panel(qtbot: QtBot, vault_path: Path) -> None:
    from supervision_app.core.cpd.model import CpdFields
    from supervision_app.core.entries import Entry

    with Vault.create(vault_path, PASSPHRASE) as v:
        plain = v.entries.add(Entry(title="Plain", practice_date=dt.date(2026, 1, 2)))
        record = v.entries.add(Entry(title="Course", practice_date=dt.date(2026, 1, 1)))
        assert record.id is not None and plain.id is not None
        v.cpd.save(record.id, CpdFields(activity_type="course_or_training", description="Day"))
    w = open_window(qtbot, vault_path)
    w.open_entry(plain.id)
    assert not w.cpd.panel.is_open
    w.open_entry(record.id)
    assert w.cpd.panel.is_open and w.cpd.panel.fields.description.toPlainText() == "Day"
    w.close()


def test_imported_photos_can_be_opened_without_cpd_details(qtbot: QtBot, vault_path: Path) -> None:
    """A Day One photo becomes an evidence file of an entry that has no CPD details."""
    from supervision_app.export.importers.dayone import import_dayone

    export = Path(__file__).parent.parent / "data" / "imports" / "dayone-export" / "Journal.json"
    with Vault.create(vault_path, PASSPHRASE) as v:
        import_dayone(v, export)
        [visit] = v.entries.search("centre")
    w = open_window(qtbot, vault_path)
    try:
        w.open_entry(visit.id)
        panel = w.cpd.panel
        assert "Not a CPD record (1 evidence file kept)" in panel.summary.text()
        assert panel.toggle.isEnabled() and not panel.is_open
        panel.toggle.click()
        assert panel.is_open
        assert [a.filename for a in panel.evidence.attachments] == ["2026-03-04-photo-1.jpeg"]
        assert panel.evidence.isVisible() and not panel.fields.isVisible()
    finally:
        w.close()
