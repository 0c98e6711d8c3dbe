"""The mouse wheel over a field that has no keyboard focus scrolls the page, never the field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from supervision_app.core.supervision.model import Action
from supervision_app.gui.common.dates import DateField
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.agreement_dialog import AgreementDialog
from tests.gui.test_supervision import add_partner, start

pytestmark = pytest.mark.gui


def wheel(widget: QWidget, steps: int) -> None:
    """A real wheel event over the middle of ``widget`` (positive: away from the user)."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def fields_of(root: QWidget) -> list[QWidget]:
    """Every combo box, date, time, number field and slider under ``root``."""
    found: list[QWidget] = list(root.findChildren(DateField))
    for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
        found += [w for w in root.findChildren(kind) if not isinstance(w, QScrollBar)]
    return found


def value_of(widget: QWidget) -> object:
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def scroll_over_every_field(root: QWidget) -> int:
    """Wheel up and down over each field without focus; assert that none changed."""
    fields = [w for w in fields_of(root) if w.isEnabled()]
    root.setFocus()
    for widget in fields:
        if not isinstance(widget, DateField):  # a line of text: the wheel never edits it
            assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget.accessibleName()
        assert not widget.hasFocus()
        before = value_of(widget)
        for steps in (1, -1, -1, 3):
            wheel(widget, steps)
            assert value_of(widget) == before, widget.accessibleName()
    return len(fields)


def test_entry_editor_and_cpd_panel_fields_ignore_the_wheel(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1200, 700)
    panel = window.cpd.panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.is_open
    # A mid-range value, so the wheel could move it either way.
    window.editor.minutes.setValue(60)
    window.editor.dirty = False
    count = scroll_over_every_field(window.editor)
    assert count >= 5  # kind, date, minutes, the CPD activity type and peer record at least
    assert not window.editor.dirty


def test_session_record_fields_ignore_the_wheel_and_the_page_scrolls(
    qtbot: QtBot, window: MainWindow
) -> None:
    partner_id = add_partner(window)
    vault = window.vault
    assert vault is not None
    first = start(qtbot, window, dt.date(2026, 3, 2), partner_id)
    record = vault.supervision.sessions.get(first)
    action = Action("Book the training", due_date=dt.date(2026, 4, 1))
    vault.supervision.sessions.save(replace(record, new_actions=(action,)))
    start(qtbot, window, dt.date(2026, 3, 30), partner_id)  # carries the open action forward
    editor = window.supervision.editor
    window.resize(1000, 500)
    editor.dirty = False
    count = scroll_over_every_field(editor)
    assert count >= 4
    assert not editor.dirty

    # The wheel over the carried-forward action's status still scrolls the record.
    area = editor.scroll_area
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    status = next(w for w in fields_of(area.widget()) if w.isVisible())
    assert isinstance(status, QComboBox)
    wheel(status, -3)
    assert bar.value() > 0

    # With focus, the field itself takes the wheel, as it should.
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    before = status.currentIndex()
    wheel(status, -1)
    assert status.currentIndex() != before


def test_agreement_dialog_fields_ignore_the_wheel(qtbot: QtBot, window: MainWindow) -> None:
    partner_id = add_partner(window)
    dialog = window.supervision.flows.show_agreement(partner_id)
    assert isinstance(dialog, AgreementDialog)
    dialog.frequency.setValue(28)
    dialog.length.setValue(60)
    assert scroll_over_every_field(dialog) >= 4
    assert dialog.findChild(QScrollArea) is not None
    dialog.reject()


def test_every_menu_window_ignores_the_wheel(
    qtbot: QtBot, window: MainWindow, dismiss_modals: None
) -> None:
    """Every field of every window and dialog the menus open, not only the ones above."""
    from tests.gui.keys import menu_windows

    changed: dict[str, str] = {}
    walked = fields = 0
    for text, new in menu_windows(qtbot, window):
        walked += 1
        try:
            fields += scroll_over_every_field(new)
        except AssertionError as error:
            changed[f"{text} → {new.windowTitle()}"] = str(error).splitlines()[0]
    assert walked >= 20
    assert fields >= 30
    assert changed == {}
