"""Values inside translated sentences are translated too, in real widgets under a
pseudo-translation of the whole template (each text in ‹…›): a proposal's summary and
details, the HCPC profile's checks, and the CPD year's standards count."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.entries import Entry
from supervision_app.core.frameworks import default_library
from supervision_app.core.supervision.people import Partner
from supervision_app.storage.supervision.exchange import export_session, import_exchange_file
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.test_core_texts_translated import (  # noqa: F401 (fixtures)
    pseudo_language,
    pseudo_qm,
)

pytestmark = pytest.mark.gui
DAY = dt.date(2026, 3, 2)


@pytest.mark.usefixtures("pseudo_language")
def test_a_proposal_is_shown_in_the_window_language(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    from supervision_app.gui.supervision.proposals_dialog import ProposalsDialog

    with Vault.create(tmp_path / "cd" / "journal.sjvault", PASSPHRASE) as supervisor:
        sup = supervisor.supervision
        sup.owner.set_name("CD")
        partner_id = sup.partners.add(Partner("EF", "supervisee")).id
        assert partner_id is not None
        draft = replace(sup.sessions.draft(partner_id, DAY), agenda=("Caseload",))
        record = sup.sessions.create(replace(draft, learning="Plan the review."))
        assert record.id is not None
        sup.signoff.sign(record.id, "owner", "CD")
        sup.signoff.sign(record.id, "partner", "EF")
        exported = export_session(supervisor, record.id, tmp_path / "record.sjexchange")
        key = sup.identity.fingerprint()
    vault.supervision.owner.set_name("EF")
    import_exchange_file(vault, exported.path, exported.passphrase, trust_fingerprint=key)
    dialog = ProposalsDialog(vault)
    qtbot.addWidget(dialog)
    summary = "‹The record of ‹2 ‹Mar› 2026›, awaiting your sign-off›"
    assert dialog.list.item(0).text() == f"{summary}‹ — from CD›"
    details = dialog.details.text().splitlines()
    assert details[0] == f"{summary}."
    assert "‹Agenda: Caseload›" in details and "‹Learning: Plan the review.›" in details


@pytest.mark.usefixtures("pseudo_language")
def test_the_hcpc_profile_checks_are_in_the_window_language(qtbot: QtBot, vault: Vault) -> None:
    from supervision_app.gui.cpd.hcpc_profile_dialog import HcpcProfileDialog

    dialog = HcpcProfileDialog(vault, today=lambda: DAY)
    qtbot.addWidget(dialog)
    lines = dialog.checks.text().splitlines()
    assert "‹⚠ ‹Summary of practice›: ‹0 of 500 words››" in lines
    assert "‹⚠ ‹Activities described›: ‹0 chosen; the HCPC asks for 4 to 6››" in lines


@pytest.mark.usefixtures("pseudo_language")
def test_the_cpd_years_standards_count_is_in_the_window_language(
    qtbot: QtBot, vault: Vault
) -> None:
    from supervision_app.gui.cpd.year_view import CpdYearView

    entry = vault.entries.add(Entry(title="Course", practice_date=DAY, minutes=60))
    assert entry.id is not None
    vault.cpd.save(entry.id, CpdFields(activity_type="reflection", description="Course"))
    vault.cpd.set_standards(entry.id, ("pcf:knowledge",))
    view = CpdYearView(vault, default_library(), today=lambda: DAY)
    qtbot.addWidget(view)
    assert "Professional Capabilities Framework (PCF)</b>: ‹1 of 9›" in view.covered.text()


@pytest.mark.usefixtures("pseudo_language")
def test_session_modes_headings_are_in_the_window_language(qtbot: QtBot) -> None:
    """Every label session mode shows is translated (its left pane's headings were plain
    strings in a tuple, which the static check of shown literals could not see)."""

    from supervision_app.gui.supervision.session_mode import SessionModeView

    view = SessionModeView(default_library())
    qtbot.addWidget(view)
    shown = [
        t for label in view.findChildren(QLabel) if re.search("[A-Za-z]{2}", t := label.text())
    ]
    assert shown and [text for text in shown if not text.startswith("‹")] == []


def _framework_texts() -> set[str]:
    """The frameworks' own wording, shown as written (data, not the window's text)."""
    texts: set[str] = set()
    for framework in default_library():
        texts |= {framework.name, *framework.reflective_questions}
        for item in framework.items:
            texts |= {item.label, item.explanation, *item.prompts}
    return texts


@pytest.mark.usefixtures("pseudo_language")
def test_the_main_window_shows_only_translated_text(qtbot: QtBot, vault_path: Path) -> None:
    """Every label, button, field hint, tab, tooltip, accessible name and menu action of the
    window (home, journal, CPD and supervision, shown or not) is in the window language;
    only the product's name and the frameworks' own wording stay as written."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLineEdit, QWidget

    from tests.gui.conftest import open_window

    vault_path.parent.mkdir(parents=True, exist_ok=True)
    Vault.create(vault_path, PASSPHRASE).close()
    window = open_window(qtbot, vault_path)
    texts: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        for action in widget.actions():
            texts += [action.text(), action.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    kept = {"Supervision Journal", *_framework_texts()}
    english = {
        text
        for text in texts
        if re.search("[A-Za-z]{2}", text) and not text.startswith("‹") and text not in kept
    }
    assert len(texts) > 300 and english == set()
    window.close()
