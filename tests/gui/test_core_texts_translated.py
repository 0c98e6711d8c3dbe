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


@pytest.fixture
def pseudo_language(tmp_path: Path) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(_pseudo(tmp_path / "pseudo")))
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
