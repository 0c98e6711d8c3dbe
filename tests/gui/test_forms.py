"""The Qt Designer forms in ui/ and their compiled modules are in sync, and the dialogs use them."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.core.supervision.people import Partner
from supervision_app.gui.forms import compile as forms
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.agreement_dialog import TEXT_FIELDS, AgreementDialog
from supervision_app.gui.supervision.partners_dialog import PartnerDialog

pytestmark = pytest.mark.gui


def test_there_are_forms_to_check() -> None:
    names = {f.stem for f in forms.ui_files()}
    assert {"agreement", "partner", "peer_reflection"} <= names


@pytest.mark.parametrize("ui_file", forms.ui_files(), ids=lambda p: p.name)
def test_compiled_module_matches_the_ui_file(ui_file) -> None:  # type: ignore[no-untyped-def]
    module = forms.module_for(ui_file)
    assert module.exists(), f"{module.name} missing: run ./dev forms"
    committed = module.read_text(encoding="utf-8")
    assert forms.normalised(forms.compiled(ui_file)) == forms.normalised(committed), (
        f"{module.name} is out of date with {ui_file.name}: run ./dev forms"
    )


def test_the_version_comment_does_not_count() -> None:
    a = "## Created by: Qt User Interface Compiler version 6.11.3\nx = 1\n"
    b = "## Created by: Qt User Interface Compiler version 6.12.1\nx = 1\n"
    assert forms.normalised(a) == forms.normalised(b)
    assert forms.normalised(a) != forms.normalised(a.replace("x = 1", "x = 2"))


def test_partner_dialog_is_built_from_its_form(qtbot: QtBot) -> None:
    dialog = PartnerDialog(Partner("AB", "peer", notes="Met on the course"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit partner"
    assert dialog.name.text() == "AB" and dialog.role.currentData() == "peer"
    assert dialog.ui.name_label.buddy() is dialog.name
    dialog.name.setText("CD")
    assert dialog.value().name == "CD" and dialog.value().notes == "Met on the course"


def test_agreement_dialog_keeps_the_dates_built_in_code(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.vault
    assert vault is not None
    partner = vault.supervision.partners.add(Partner("AB", "supervisor"))
    dialog = AgreementDialog(vault, partner, dt.date(2026, 11, 5))
    qtbot.addWidget(dialog)
    assert dialog.ui.agreed_on_label.buddy() is dialog.agreed_on
    assert dialog.agreed_on.value() == dt.date(2026, 11, 5)
    assert set(dialog.texts) == set(TEXT_FIELDS)
    dialog.texts["purpose"].setPlainText("Reflective supervision.")  # type: ignore[attr-defined]
    dialog.texts["place"].setText("Room 2")  # type: ignore[attr-defined]
    dialog.frequency.setValue(28)
    dialog.review.set_value(dt.date(2027, 5, 1))
    saved = dialog.try_save()
    assert saved is not None
    assert (saved.purpose, saved.place, saved.frequency_days) == (
        "Reflective supervision.",
        "Room 2",
        28,
    )
    assert saved.review_date == dt.date(2027, 5, 1)


def test_peer_reflection_form_keeps_its_fixed_boxes_and_date(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QSizePolicy

    from supervision_app.core.supervision.model import MAX_MINUTES
    from supervision_app.gui.supervision.peer_dialog import PeerReflectionForm

    form = PeerReflectionForm()
    qtbot.addWidget(form)
    assert form.minutes.maximum() == MAX_MINUTES
    assert form.ui.date_label.buddy() is form.date
    policy = form.discussion.sizePolicy().verticalPolicy()
    assert policy == QSizePolicy.Policy.Expanding
    form.topic.setText("Handover")
    form.date.set_value(dt.date(2026, 11, 5))
    value = form.value()
    assert (value.topic, value.reflected_on) == ("Handover", dt.date(2026, 11, 5))
