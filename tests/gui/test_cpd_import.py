"""Import dialogs over a real vault: CSV column mapping, the other formats, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from supervision_app.gui.cpd.csv_import_dialog import CsvImportDialog
from supervision_app.gui.cpd.import_dialogs import ImportDialog
from supervision_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
CSV_TEXT = (
    "Topic,Notes,When,Hours,Area\n"
    "Capacity course,Two-stage test in practice,03/02/2026,1.5,training\n"
    '"Reading: loneliness","Notes on\nbefriending",2026-02-10,0.5,reading\n'
    "Peer discussion,What I learnt from a colleague,10 February 2026,1,peer\n"
)


def _open(window: MainWindow, fmt: str) -> ImportDialog:
    window.cpd.menu_actions.imports[fmt].trigger()
    dialog = window.cpd.windows[-1]
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return dialog


def _titles(window: MainWindow) -> list[str]:
    assert window.vault is not None
    return [s.title for s in window.vault.entries.page(limit=100)]


def test_csv_mapping_preview_and_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cpd-log.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    dialog = _open(window, "csv")
    assert isinstance(dialog, CsvImportDialog)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    # The first rows are shown, and the guess maps the columns it recognises.
    assert dialog.table.columnCount() == 5 and dialog.table.rowCount() == 3
    assert dialog.table.horizontalHeaderItem(0).text() == "Topic"
    assert dialog.mapping() == {"body": "Notes", "date": "When", "hours": "Hours"}
    # 03/02/2026 could be 3 February or 2 March: nothing is ready until the user says.
    assert dialog.order_box.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.day_first.text() == "Day first, as in the UK: 03/02/2026 is 3 February 2026"
    assert dialog.month_first.text() == "Month first, as in the US: 03/02/2026 is 2 March 2026"
    dialog.day_first.click()
    assert dialog.preview.text() == "Ready to import 3 entries."
    dialog.set_column("title", "Topic")
    dialog.set_column("tags", "Area")
    assert dialog.preview.text() == "Ready to import 3 entries."
    before = len(_titles(window))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Imported 3 entries" in dialog.preview.text()
    titles = _titles(window)
    assert len(titles) == before + 3
    assert {"Capacity course", "Reading: loneliness", "Peer discussion"} <= set(titles)
    assert window.model.rowCount() == before + 3  # the list shows them
    vault = window.vault
    assert vault is not None
    course = next(s for s in vault.entries.page(limit=100) if s.title == "Capacity course")
    entry = vault.entries.get(course.id)
    assert entry.minutes == 90 and entry.tags == ("training",)
    assert entry.practice_date.isoformat() == "2026-02-03"  # day first, as in the UK
    assert not dialog.import_button.isEnabled()  # not twice


def test_malformed_csv_names_row_and_column_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(CSV_TEXT.replace("10 February 2026", "sometime in spring"), encoding="utf-8")
    dialog = _open(window, "csv")
    before = _titles(window)
    dialog.choose(path)
    dialog.day_first.click()
    message = dialog.message.text()
    assert "Row 4, column 'When'" in message and "sometime in spring" in message
    assert "Nothing was imported" in message
    assert not dialog.import_button.isEnabled()
    assert not dialog.run_import()
    assert _titles(window) == before
    dialog.set_column("date", None)  # without the date column every row is fine
    assert dialog.import_button.isEnabled() and not dialog.message.isVisible()


def test_jrnl_import_and_a_broken_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    good = tmp_path / "journal.json"
    entries = [
        {
            "title": "Duty day",
            "body": "Busy",
            "date": "2026-02-01",
            "time": "09:00",
            "tags": ["@duty"],
            "starred": True,
        },
        {
            "title": "Team meeting",
            "body": "",
            "date": "2026-02-02",
            "time": "10:00",
            "tags": [],
            "starred": False,
        },
    ]
    good.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": [\n{"title": "x",\n"body": }\n]}', encoding="utf-8")
    dialog = _open(window, "jrnl")
    before = _titles(window)
    dialog.choose(broken)
    assert "broken.json, line 3" in dialog.message.text()
    assert not dialog.import_button.isEnabled() and _titles(window) == before
    dialog.choose(good)
    assert dialog.preview.text() == "Ready to import 2 entries."
    assert dialog.run_import()
    assert {"Duty day", "Team meeting"} <= set(_titles(window))
    assert window.vault is not None
    duty = next(s for s in window.vault.entries.page(limit=100) if s.title == "Duty day")
    assert set(window.vault.entries.get(duty.id).tags) == {"duty", "starred"}


def test_markdown_folder_and_jsonl_lines(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-02-05 Supervision.md").write_text("Talked about workload.\n", encoding="utf-8")
    (folder / "visit.md").write_text(
        "---\ntitle: A first visit\ndate: 2026-02-06\ntags: [visit]\n---\nIt went well.\n",
        encoding="utf-8",
    )
    dialog = _open(window, "markdown")
    dialog.choose(tmp_path / "missing")
    assert "There is no folder" in dialog.message.text()
    dialog.choose(folder)
    assert dialog.preview.text() == "Ready to import 2 entries."
    assert dialog.run_import()
    assert {"2026-02-05 Supervision", "A first visit"} <= set(_titles(window))

    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        '{"title": "From a script", "body": "Hello", "date": "2026-02-07"}\n'
        '{"title": "Another", "minutes": 30}\n',
        encoding="utf-8",
    )
    jsonl = _open(window, "jsonl")
    jsonl.choose(lines)
    assert "Ready to import 2 entries" in jsonl.preview.text()
    assert jsonl.run_import()
    assert {"From a script", "Another"} <= set(_titles(window))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "Fine"}\n{"title": 5}\n', encoding="utf-8")
    before = _titles(window)
    jsonl2 = _open(window, "jsonl")
    jsonl2.choose(bad)
    assert (
        "Line 2, field 'title'" in jsonl2.message.text()
        and "Nothing was imported" in jsonl2.message.text()
    )
    assert _titles(window) == before


DATA = Path(__file__).parent.parent / "data" / "imports"


def test_markdown_folder_offers_to_import_the_valid_notes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import shutil

    folder = tmp_path / "vault"
    shutil.copytree(DATA / "obsidian-vault", folder)
    dialog = _open(window, "markdown")
    before = _titles(window)
    dialog.choose(folder)
    message = dialog.message.text()
    assert "Supervision/Session notes.md, line 5, field 'minutes'" in message
    assert "Supervision/Unclosed.md, line 1" in message
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_button.isVisible()
    assert dialog.skip_button.text() == "Import the 3 valid notes and list the others"
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.text().startswith("Ready to import 3 entries")
    assert dialog.dropped.isVisible()
    assert "Supervision/Unclosed.md" in dialog.dropped.toPlainText()
    assert dialog.run_import()
    assert len(_titles(window)) == len(before) + 3


def test_our_own_csv_export_needs_no_mapping(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from supervision_app.export.service import run_export

    vault = window.vault
    assert vault is not None
    path = tmp_path / "export.csv"
    run_export(vault, "csv", path, allow_identifiers=True)
    count = vault.entries.count()
    dialog = _open(window, "csv")
    dialog.choose(path)
    assert isinstance(dialog, CsvImportDialog)
    assert dialog.own_note.isVisible() and not dialog.mapping_box.isVisible()
    assert dialog.preview.text().startswith(f"Ready to import {count} entries")


def test_day_one_lists_what_is_left_out(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(window, "dayone")
    dialog.choose(DATA / "dayone-export" / "Journal.json")
    assert "with 3 evidence files" in dialog.preview.text()
    assert "video 1" in dialog.dropped.toPlainText()
