"""Files the user saves from the app are written on a worker thread (issue 9 item 9): a copy
of an evidence file, a chart or every chart as PNG, the templates export, and the
companion's case-record extract (DOCX or text).

Each save call returns before the file exists (it would exist already had the work run on
the UI thread, which holds the GIL until the call returns), a 5 ms timer of the UI thread
keeps firing while it is written, Cancel leaves the file that was there before (and no
temporary file), and a full disk or a folder that cannot be written to gives one sentence.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import random
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import Attachment
from supervision_app.core.frameworks import default_library
from supervision_app.core.guided import TEMPLATE_KINDS
from supervision_app.core.supervision.model import Action, Decision, SessionRecord
from supervision_app.core.templates import framework_to_data
from supervision_app.gui.common import save_task
from supervision_app.gui.common.tasks import TaskControl
from supervision_app.gui.companion.extract_dialog import ExtractDialog
from supervision_app.gui.cpd.evidence_list import EvidenceList
from supervision_app.gui.dialogs.templates_dialog import TemplatesDialog
from supervision_app.gui.find.dashboard import DashboardWindow
from supervision_app.gui.main_window import MainWindow
from tests.damage_helpers import read_only
from tests.gui.conftest import unlock
from tests.gui.test_tasks import Ticks

pytestmark = pytest.mark.gui

#: A scanned certificate of 12 MB (the limit is 20 MB), not compressible.
BIG = random.Random(3).randbytes(12 * 1024 * 1024)


def _no_temporary_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".part")]


def _progress(task: object) -> QProgressDialog:
    dialog = getattr(task, "dialog", None)
    assert isinstance(dialog, QProgressDialog)
    return dialog


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for what the tests save (the vault is elsewhere in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on a 1 MB tmpfs (a real full disk) where the machine lets the tests mount
    one; elsewhere a folder whose writes fail as on a full disk (ENOSPC at the write)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)]
    if os.geteuid() == 0 and not subprocess.run(mount, capture_output=True).returncode:
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    write = save_task.write_file

    def full(control: TaskControl, path: Path, data: bytes, label: str = "") -> None:
        if path.parent == folder:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        write(control, path, data, label)

    monkeypatch.setattr(save_task, "write_file", full)
    yield folder


# -- a copy of an evidence file ------------------------------------------------------------


def _evidence(window: MainWindow, data: bytes = BIG) -> tuple[EvidenceList, Attachment]:
    vault = window.vault
    entry = window.editor.entry
    assert vault is not None and entry is not None and entry.id is not None
    attachment = vault.attachments.add(entry.id, "scan.pdf", data)
    evidence = window.cpd.panel.evidence
    evidence.load(entry.id, vault.attachments.list(entry.id))
    assert evidence.current() == attachment and evidence.save_button.isEnabled()
    return evidence, attachment


def test_saving_a_copy_of_an_evidence_file_keeps_the_window_running(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    evidence, attachment = _evidence(window)
    copy = out / "copy.pdf"
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(evidence.save_ended, timeout=60_000) as ended:
        assert evidence.save_copy_to(attachment, copy)
        assert not copy.exists() and evidence.task is not None  # it runs on its own thread
        during = ticks.count
        assert not evidence.save_button.isEnabled()  # one copy at a time
    ticks.timer.stop()
    assert ended.args == [True] and copy.read_bytes() == BIG
    assert during == 0 and ticks.count >= 1  # the event loop ran while it was written
    assert evidence.message.text() == f"Saved a copy to {copy}."
    assert _no_temporary_files(out) and copy.stat().st_mode & 0o777 == 0o600


def test_cancelling_a_copy_keeps_the_file_that_was_there(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    evidence, attachment = _evidence(window)
    copy = out / "copy.pdf"
    copy.write_bytes(b"the copy saved last week")
    with qtbot.waitSignal(evidence.save_ended, timeout=60_000) as ended:
        assert evidence.save_copy_to(attachment, copy)
        _progress(evidence.task).canceled.emit()  # the Cancel button, while it reads
    assert ended.args == [False] and evidence.task is None
    assert "Cancelled: copy.pdf was not saved." in evidence.message.text()
    assert copy.read_bytes() == b"the copy saved last week" and _no_temporary_files(out)
    assert evidence.save_button.isEnabled()


def test_a_copy_to_a_full_disk_or_a_read_only_folder_says_so(
    qtbot: QtBot, window: MainWindow, out: Path, small_disk: Path
) -> None:
    evidence, attachment = _evidence(window)
    with qtbot.waitSignal(evidence.save_ended, timeout=60_000) as ended:
        assert evidence.save_copy_to(attachment, small_disk / "copy.pdf")
    assert ended.args == [False]
    assert "because the disk is full: free some space." in evidence.message.text()
    assert list(small_disk.iterdir()) == []  # nothing half written, no temporary file

    locked = out / "locked"
    locked.mkdir()
    with read_only(locked), qtbot.waitSignal(evidence.save_ended, timeout=60_000) as ended:
        assert evidence.save_copy_to(attachment, locked / "copy.pdf")
    assert ended.args == [False]
    assert "that folder cannot be written to: choose another folder." in evidence.message.text()
    assert list(locked.iterdir()) == []


def test_locking_while_a_copy_is_saved_stops_it(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    evidence, attachment = _evidence(window)
    copy = out / "copy.pdf"
    assert evidence.save_copy_to(attachment, copy)
    task = evidence.task
    assert task is not None
    window.lock()
    assert window.is_locked and task.done and evidence.task is None
    assert QApplication.activeModalWidget() in (None, window.passphrase_dialog)
    assert _no_temporary_files(out)
    assert not copy.exists() or copy.read_bytes() == BIG  # all or nothing
    unlock(qtbot, window)


# -- charts as PNG -------------------------------------------------------------------------


@pytest.fixture
def dashboard(qtbot: QtBot, window: MainWindow) -> DashboardWindow:
    assert window.vault is not None
    dash = DashboardWindow(window.vault)
    qtbot.addWidget(dash)
    return dash


def test_saving_every_chart_runs_on_a_worker(
    qtbot: QtBot, dashboard: DashboardWindow, out: Path
) -> None:
    expected = [out / f"dashboard-{key}.png" for key in dashboard.panels]
    assert len(expected) > 3
    with qtbot.waitSignal(dashboard.pngs_ended, timeout=60_000) as ended:
        assert dashboard.write_pngs(out)
        assert not any(p.exists() for p in expected) and dashboard.task is not None
        assert not dashboard.write_pngs(out)  # one save at a time
    assert ended.args == [expected, ""] and all(p.stat().st_size > 1000 for p in expected)
    assert dashboard.message.text() == f"Saved {len(expected)} charts in {out}."  # plural form


def test_cancelling_the_charts_keeps_what_was_saved_and_says_so(
    qtbot: QtBot, dashboard: DashboardWindow, out: Path
) -> None:
    expected = [out / f"dashboard-{key}.png" for key in dashboard.panels]
    with qtbot.waitSignal(dashboard.pngs_ended, timeout=60_000) as ended:
        assert dashboard.write_pngs(out)
        _progress(dashboard.task).canceled.emit()  # the Cancel button, while the first is drawn
    written, problem = ended.args
    stopped_at = expected[len(written)]
    assert written == expected[: len(written)] and sorted(out.iterdir()) == sorted(written)
    assert problem == f"Cancelled: {stopped_at.name} was not saved."
    assert problem in dashboard.message.text() and _no_temporary_files(out)


def test_one_chart_to_a_read_only_folder_says_so_on_the_dashboard(
    qtbot: QtBot, dashboard: DashboardWindow, out: Path
) -> None:
    panel = next(iter(dashboard.panels.values()))
    folder = out / "charts"
    folder.mkdir()
    with read_only(folder), qtbot.waitSignal(panel.save_ended, timeout=60_000) as ended:
        assert panel.write_png(folder / "chart.png")
        assert not panel.save.isEnabled()
    text, saved = ended.args
    assert not saved and "cannot be written to" in text and dashboard.message.text() == text
    assert panel.save.isEnabled() and list(folder.iterdir()) == []
    with qtbot.waitSignal(panel.save_ended, timeout=60_000) as ended:
        assert panel.write_png(folder / "chart.png")
        assert not (folder / "chart.png").exists()
    assert ended.args[1] and (folder / "chart.png").read_bytes().startswith(b"\x89PNG")


# -- the templates export ------------------------------------------------------------------

TEMPLATES = 1000


def _templates(window: MainWindow) -> TemplatesDialog:
    vault = window.vault
    assert vault is not None
    base = framework_to_data(next(fw for fw in default_library() if fw.kind in TEMPLATE_KINDS))
    vault.templates.save_many(
        [{**base, "id": f"mine-{n}", "name": f"My model {n}"} for n in range(TEMPLATES)]
    )
    window.reflection.show_templates()  # Tools ▸ Templates
    dialog = window.reflection.dialogs[-1]
    assert isinstance(dialog, TemplatesDialog)
    return dialog


def test_exporting_templates_keeps_the_window_running(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = _templates(window)
    target = out / "templates.json"
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(dialog.export_ended, timeout=60_000) as ended:
        assert dialog.export_to(target)
        assert not target.exists() and dialog.task is not None
        during = ticks.count
    ticks.timer.stop()
    assert ended.args == [TEMPLATES, ""] and target.stat().st_size > 1_000_000
    assert during == 0 and ticks.count - during >= 3
    assert target.read_text(encoding="utf-8").count('"id": "mine-') == TEMPLATES


def test_cancelling_or_failing_a_templates_export_writes_nothing(
    qtbot: QtBot, window: MainWindow, out: Path
) -> None:
    dialog = _templates(window)
    target = out / "templates.json"
    with qtbot.waitSignal(dialog.export_ended, timeout=60_000) as ended:
        assert dialog.export_to(target)
        _progress(dialog.task).canceled.emit()  # the Cancel button, at once
    assert ended.args == [0, "Cancelled: templates.json was not saved."] and not target.exists()
    with read_only(out), qtbot.waitSignal(dialog.export_ended, timeout=60_000) as ended:
        assert dialog.export_to(target)
    count, problem = ended.args
    assert count == 0 and "cannot be written to" in problem and not target.exists()
    assert dialog.export_button.isEnabled() and _no_temporary_files(out)


# -- the companion's case-record extract ---------------------------------------------------

#: A long session: 400 decisions over 40 cases take the docx 0.2 s or more to write on its
#: worker (20 or more 5 ms ticks; the test needs one), none with the writing back on the UI
#: thread (checked). 1,500 took 0.5 CPU s more in each test and proved no more.
CASES, DECISIONS = 40, 400


@pytest.fixture
def extract(qtbot: QtBot) -> ExtractDialog:
    """The extract of a long session (``DECISIONS`` over ``CASES`` cases), checked and ready."""
    record = SessionRecord(
        partner_id=1,
        session_date=dt.date(2026, 3, 2),
        decisions=tuple(
            Decision(
                f"Decision {n} on weekly visits", f"Because of review {n}", f"Case {n % CASES}"
            )
            for n in range(DECISIONS)
        ),
        new_actions=(Action("Book the visits", case_ref="Case 1"),),
        id=7,
    )
    dialog = ExtractDialog(record, ())
    qtbot.addWidget(dialog)
    assert dialog.save_button.isEnabled()  # nothing found by the anonymisation check
    return dialog


def test_saving_the_extract_as_docx_keeps_the_window_running(
    qtbot: QtBot, extract: ExtractDialog, out: Path
) -> None:
    target = out / "case-extract.docx"
    ticks = Ticks()
    ticks.timer.start()
    with qtbot.waitSignal(extract.save_ended, timeout=60_000) as ended:
        assert extract.save(target)
        assert not target.exists() and extract.task is not None  # it runs on its own thread
        during = ticks.count
        assert not extract.save_button.isEnabled() and not extract.save(target)  # one at a time
    ticks.timer.stop()
    assert ended.args == [True] and during == 0 and ticks.count >= 1
    assert extract.message.text() == f"Saved the extract to {target}."
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert sum(p.startswith("Case: Case ") for p in paragraphs) == CASES
    last = DECISIONS - 1  # numbered within its case
    assert f"{last // CASES + 1}. Decision {last} on weekly visits" in paragraphs
    assert "Book the visits" in paragraphs
    assert _no_temporary_files(out) and target.stat().st_mode & 0o777 == 0o600
    assert extract.save_button.isEnabled()


def test_cancelling_the_extract_keeps_the_file_that_was_there(
    qtbot: QtBot, extract: ExtractDialog, out: Path
) -> None:
    target = out / "case-extract.docx"
    target.write_bytes(b"last week's extract")
    with qtbot.waitSignal(extract.save_ended, timeout=60_000) as ended:
        assert extract.save(target)
        _progress(extract.task).canceled.emit()  # the Cancel button, while it is made
    assert ended.args == [False] and extract.task is None
    assert "Cancelled: case-extract.docx was not saved." in extract.message.text()
    assert target.read_bytes() == b"last week's extract" and _no_temporary_files(out)


def test_the_extract_to_a_full_disk_or_a_read_only_folder_says_so(
    qtbot: QtBot, extract: ExtractDialog, out: Path, small_disk: Path
) -> None:
    filler = small_disk / "filler"
    try:  # the disk full but for a few blocks: the extract (tens of kB) cannot fit
        filler.write_bytes(bytes(1024 * 1024))
    except OSError as error:
        assert error.errno == errno.ENOSPC
    with qtbot.waitSignal(extract.save_ended, timeout=60_000) as ended:
        assert extract.save(small_disk / "case-extract.docx")
    assert ended.args == [False]
    assert "because the disk is full: free some space." in extract.message.text()
    assert list(small_disk.iterdir()) == [filler]  # nothing half written, no temporary file

    locked = out / "locked"
    locked.mkdir()
    with read_only(locked), qtbot.waitSignal(extract.save_ended, timeout=60_000) as ended:
        assert extract.save(locked / "case-extract.txt")
    assert ended.args == [False]
    assert "that folder cannot be written to: choose another folder." in extract.message.text()
    assert list(locked.iterdir()) == []
    with qtbot.waitSignal(extract.save_ended, timeout=60_000) as ended:
        assert extract.save(out / "case-extract.txt")  # plain text, anywhere else
    assert ended.args == [True]
    assert (out / "case-extract.txt").read_text(encoding="utf-8") == extract.text.toPlainText()
