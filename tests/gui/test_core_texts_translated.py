"""Text made in core and storage reaches the window translated, under the contexts it is
marked with: a pseudo-translation of the whole template (each text in ‹…›) is compiled with
``pyside6-lrelease`` and installed, then real widgets and the core functions the window
calls are read back."""

from __future__ import annotations

import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from supervision_app.core.i18n import english_forms, format_duration, month_name
from supervision_app.core.imports import ImportResult
from supervision_app.core.scan.scanner import scan_text
from supervision_app.core.strength import guess_time_text
from supervision_app.core.supervision.rules import PartnerSchedule, compute_reminders
from supervision_app.gui import i18n
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui

translate = QCoreApplication.translate


def _pseudo(target: Path) -> Path:
    """The template with every text translated as ‹text› (counts: ‹1 day›, ‹2 days›)."""
    tree = ET.parse(i18n.TEMPLATE)
    tree.getroot().set("language", "en_GB")  # English plural rules: two forms
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for empty in translation.findall("numerusform"):
                translation.remove(empty)
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = f"‹{form}›"
        else:
            translation.text = f"‹{source}›"
    ts = target.with_suffix(".ts")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = target.with_suffix(".qm")
    subprocess.run(
        [str(i18n.lrelease_path()), str(ts), "-qm", str(qm), "-silent"],
        check=True,
        capture_output=True,
    )
    return qm


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiled once for the module (0.15 CPU s each time): the tests only read it."""
    return _pseudo(tmp_path_factory.mktemp("pseudo") / "pseudo")


@pytest.fixture
def pseudo_language(pseudo_qm: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_reminders_are_translated(qtbot: QtBot, pseudo_language: None) -> None:
    from supervision_app.gui.supervision.reminders import ReminderButton

    schedule = PartnerSchedule(1, "AB", dt.date(2026, 1, 5), None, 28, dt.date(2026, 2, 1))
    button = ReminderButton()
    qtbot.addWidget(button)
    button.set_reminders(compute_reminders([schedule], dt.date(2026, 3, 2)))
    assert button.toolTip() == (
        "‹A supervision session with AB was due on 1 ‹Mar› 2026 (every ‹28 days›) and is "
        "‹1 day› overdue.›"
    )


def test_core_texts_the_window_shows_are_translated(pseudo_language: None) -> None:
    assert format_duration(90, translate) == "‹1 h 30 min›"
    assert month_name(3, translate) == "‹March›"
    assert guess_time_text(7200, translate) == "‹2 hours›"
    assert ImportResult(entries=2).summary(translate) == "‹Imported 2 entries›."
    assert ImportResult(entries=1).summary(translate, ready=True) == "‹Ready to import 1 entry›."
    finding = scan_text("Call 07700 900123 today.")[0]
    assert translate("Identifiers", finding.label) == "‹Phone number›"
    # Without the window's translate, the same functions stay English (CLI, exports).
    assert format_duration(90) == "1 h 30 min"


def test_the_findings_warning_names_the_kind_in_the_window_language(
    pseudo_language: None,
) -> None:
    from supervision_app.core.supervision.rules import TextFinding
    from supervision_app.gui.supervision.session_form import identifier_warning

    finding = scan_text("Call 07700 900123 today.")[0]
    text = identifier_warning([TextFinding("Agenda item 1", "agenda", finding.text, finding)])
    assert text.endswith("“07700 900123” (‹phone number›)")


def test_dates_in_the_window_are_translated(pseudo_language: None) -> None:
    from supervision_app.gui.common.dates import shown_date

    # The pattern "{day} {month} {year}" is translated too: a language may reorder it.
    shown = shown_date(dt.date(2026, 12, 3), long=True, weekday=True)
    assert shown == "‹Thursday› ‹3 ‹December› 2026›"


# -- error messages from core and storage, in real dialogs -----------------------------------


def test_passphrase_dialog_errors_are_translated(
    qtbot: QtBot, pseudo_language: None, vault: Vault
) -> None:
    """A rule from core (the new passphrases differ) and an error storage raises (the
    current passphrase is wrong) both reach the dialog in the window's language."""
    from supervision_app.gui.dialogs.vault_dialogs import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(vault.change_passphrase)
    qtbot.addWidget(dialog)
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("a new passphrase")
    dialog.repeat.setText("another passphrase")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "‹The two passphrases do not match.›"
    dialog.old.setText("not the passphrase")
    dialog.repeat.setText("a new passphrase")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.task is None)  # the change runs on a worker
    assert dialog.error.text() == "‹The passphrase is not correct for this vault.›"
    assert vault.is_open and dialog.result() == 0  # nothing changed


def test_unlock_dialog_shows_a_storage_error_translated(
    qtbot: QtBot, pseudo_language: None, tmp_path: Path
) -> None:
    """An error class from core with the file's path in it (NotAVault, raised by Vault.open)."""
    from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog
    from supervision_app.storage.vault import Vault

    empty = tmp_path / "empty.sjvault"
    empty.touch()
    dialog = UnlockDialog(empty, lambda p: Vault.open(empty, p).close())
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == f"‹{empty} is not a Supervision Journal vault.›"


def test_nested_error_details_are_translated(pseudo_language: None, tmp_path: Path) -> None:
    """A damaged exchange file: the sentence and the detail storage marks inside it (read on
    a worker thread in the window, shown later by error_text)."""
    from supervision_app.core.supervision.errors import ExchangeFileDamaged
    from supervision_app.gui.common.errors import error_text
    from supervision_app.storage.supervision.exchange import read_exchange_file

    path = tmp_path / "partner.sjexchange"
    path.write_bytes(b"not an exchange file")
    with pytest.raises(ExchangeFileDamaged) as caught:
        read_exchange_file(path, "7KQ2-M9XD-4HTV-0BNC-Z8RE")
    assert error_text(caught.value) == (
        "‹The exchange file cannot be used: ‹it is incomplete or is not an exchange file›; "
        "nothing was imported.›"
    )
    # Any other error shows its own text (a message from the operating system, say).
    assert error_text(ValueError("February has no day 30.")) == "February has no day 30."
    # The command line prints the English: the same error, untranslated.
    assert str(caught.value).startswith("The exchange file cannot be used: it is incomplete")


def test_a_save_failure_names_the_disk_in_the_window_language(pseudo_language: None) -> None:
    from supervision_app.core.errors import DiskFull
    from supervision_app.gui.saving import reason_for

    reason = reason_for(DiskFull("/media/journal.sjvault"))
    assert reason.startswith(
        "‹The disk holding /media/journal.sjvault is full; nothing was saved. Free some space "
        "and try again.›"
    )


def test_a_failed_backup_says_the_journal_is_safe_in_the_window_language(
    pseudo_language: None,
) -> None:
    from supervision_app.core.errors import BackupDiskFull, BackupFolderReadOnly
    from supervision_app.gui.common.errors import error_text

    assert error_text(BackupDiskFull("/media/backups")) == (
        "‹The disk holding /media/backups is full, so the backup was not made; your journal "
        "is safe and unchanged. Free some space and try again.›"
    )
    assert error_text(BackupFolderReadOnly("/media/backups")).startswith(
        "‹The backup folder /media/backups is read-only, so the backup was not made; "
    )


def test_a_template_file_problem_is_translated(pseudo_language: None) -> None:
    """A template file's problem: the frame and the framework rule's problem."""
    from supervision_app.core.frameworks import FrameworkFileError
    from supervision_app.core.templates import TemplateSetError, load_template_set
    from supervision_app.gui.common.errors import error_text

    with pytest.raises(TemplateSetError) as caught:
        load_template_set('{"format": "supervision-journal-templates", "version": 1, '
                          '"templates": [[]]}', "team.json")  # fmt: skip
    assert isinstance(caught.value.reason, FrameworkFileError)
    assert error_text(caught.value) == "‹team.json: templates[0]: template: ‹must be an object››"


def test_cpd_year_texts_are_translated(pseudo_language: None) -> None:
    """The CPD year's dates and a gap (core/cpd/year.py), as the year view shows them."""
    from supervision_app.core.cpd.year import Gap, year_ending

    gap = Gap(dt.date(2025, 1, 1), dt.date(2025, 5, 1), "between")
    assert gap.label_text(translate) == "‹‹1 ‹Jan› 2025› – ‹1 ‹May› 2025› (120 days)›"
    assert year_ending(2026).label_text(translate) == "‹‹1 ‹Dec› 2025› – ‹30 ‹Nov› 2026››"
    assert year_ending(2026).label == "1 Dec 2025 – 30 Nov 2026"  # exports: English


# -- an importer's problems, notes and lines left out, in the import dialog -----------------

IMPORTS = Path(__file__).parent.parent / "data" / "imports"


def test_an_importers_problems_reach_the_dialog_translated(
    qtbot: QtBot, pseudo_language: None, vault: Vault, tmp_path: Path
) -> None:
    """A problem that nests reasons made further down ("a.md, line 2, field 'date': '…' is
    not a date") is translated at every level, and so are the notes and the lines left out."""
    from supervision_app.gui.cpd.import_dialogs import ImportDialog

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("---\ndate: sometime\n---\nText\n", encoding="utf-8")
    (folder / "b.md").write_text("Fine\n", encoding="utf-8")
    dialog = ImportDialog("markdown", vault)
    qtbot.addWidget(dialog)
    dialog.choose(folder)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.message.text() == (
        "⚠ ‹Nothing was imported. ‹a.md, ‹line 2, field 'date': ‹'sometime' is not a date "
        "(use 2026-03-01 or 01/03/2026)›››.›"
    )
    dialog.import_valid_only()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.preview.text() == (
        "‹Ready to import 1 entry›; ‹left out 1 note with problems (listed below)›."
    )
    assert dialog.dropped.toPlainText().startswith("‹a.md, ‹line 2, field 'date': ‹'sometime'")


def test_day_one_files_left_out_are_listed_translated(
    qtbot: QtBot, pseudo_language: None, vault: Vault
) -> None:
    from supervision_app.gui.cpd.import_dialogs import ImportDialog

    dialog = ImportDialog("dayone", vault)
    qtbot.addWidget(dialog)
    dialog.choose(IMPORTS / "dayone-export" / "Journal.json")
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "‹%n media file(s) was not imported" not in dialog.preview.text()
    assert "‹1 media file was not imported (listed below)›" in dialog.preview.text()
    lines = dialog.dropped.toPlainText().splitlines()
    assert lines and all(line.startswith("‹‹Journal.json, entry ") for line in lines)
    assert "‹video› 1" in dialog.dropped.toPlainText()


# -- the home page's dates and parser messages, in the window's language --------------------


def test_the_home_pages_dates_are_translated(
    qtbot: QtBot, pseudo_language: None, vault_path: Path
) -> None:
    """Month and weekday names on the home page follow the window's language, as the date
    field's do (they were built in English by core.dates.display_date)."""
    from supervision_app.core.frameworks import default_library
    from supervision_app.gui.home.view import HomeView
    from tests.home_data import TODAY, fill_home_vault

    with Vault.create(vault_path, PASSPHRASE) as v:
        fill_home_vault(v)
        figures = v.home.figures(default_library(), TODAY)
    view = HomeView()
    qtbot.addWidget(view)
    view.show_figures(figures)
    assert view.next_session.text() == "‹Next supervision: ‹Fri› ‹20 ‹Mar› 2026›.›"
    assert "‹Fri› ‹20 ‹Feb› 2026›‹ (overdue)›" in view.actions_list.text()
    assert view.cpd_deadline.text().endswith("‹Mon› ‹30 ‹Nov› 2026›.›")
    assert view.recent.item(0).text().startswith("‹")


def test_the_cpd_years_deadline_is_translated(pseudo_language: None) -> None:
    """The CPD year view's deadline line (core/cpd/year.py) was an English property."""
    from supervision_app.core.cpd.year import summarise_year, year_ending

    year = year_ending(2026)
    summary = summarise_year([], year, today=dt.date(2026, 11, 29))
    assert summary.deadline(translate) == "‹2 days left (until 23:59 on ‹30 ‹Nov› 2026›)›"
    assert summary.deadline_text == "2 days left (until 23:59 on 30 Nov 2026)"  # CLI
    closed = summarise_year([], year, today=dt.date(2026, 12, 5))
    assert closed.deadline(translate) == "‹The year closed on ‹30 ‹Nov› 2026››"
