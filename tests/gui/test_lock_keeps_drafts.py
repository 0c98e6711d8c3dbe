"""Text typed in a supervision dialog survives a lock: kept in memory only, and the dialog
opens again with it after unlock.

Found by hand: a peer reflection or an addendum being written when the idle lock came (5
minutes without a key, e.g. while thinking) was thrown away with its dialog, though typing
in the editors is kept through a lock. While locked, no widget shows the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.supervision.peer_dialog import PeerReflectionDialog
from supervision_app.gui.supervision.signoff_dialog import AddendumDialog
from tests.gui.conftest import unlock
from tests.gui.test_save_failure import _answer_quit_question
from tests.gui.test_supervision import _all_text, add_partner, start

pytestmark = pytest.mark.gui
SECRET = "Plover-7712 learnt about pacing the review"


def _open(window: MainWindow, kind: type) -> object:
    return next(d for d in window.supervision.dialogs if isinstance(d, kind))


def test_a_peer_reflection_being_written_survives_the_idle_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.supervision
    controller.flows.new_peer_reflection()
    dialog = _open(window, PeerReflectionDialog)
    assert isinstance(dialog, PeerReflectionDialog)
    qtbot.keyClicks(dialog.form.peer_role, "Senior practitioner")
    qtbot.keyClicks(dialog.form.learning, SECRET)

    window.lock()  # as the idle timer does
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert SECRET not in _all_text()
    unlock(qtbot, window)

    again = _open(window, PeerReflectionDialog)
    assert isinstance(again, PeerReflectionDialog) and again.isVisible()
    assert again.form.learning.text() == SECRET
    assert again.form.peer_role.text() == "Senior practitioner"
    again.try_accept()
    assert window.vault is not None
    [kept] = window.vault.supervision.peer.list()
    assert kept.learning == SECRET


def test_an_addendum_being_written_survives_a_lock(qtbot: QtBot, window: MainWindow) -> None:
    controller, vault = window.supervision, window.vault
    assert vault is not None
    vault.supervision.owner.set_name("CD")
    session_id = start(qtbot, window, dt.date(2026, 3, 2), add_partner(window))
    for party, name in (("owner", "CD"), ("partner", "AB")):
        vault.supervision.signoff.sign(session_id, party, name)
    controller.reload_session(session_id)
    signed = vault.supervision.sessions.get(session_id)
    controller.flows.add_addendum()
    dialog = _open(window, AddendumDialog)
    assert isinstance(dialog, AddendumDialog)
    qtbot.keyClicks(dialog.text, SECRET)

    window.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert SECRET not in _all_text()
    unlock(qtbot, window)

    again = _open(window, AddendumDialog)
    assert isinstance(again, AddendumDialog) and again.isVisible()
    assert again.text.text() == SECRET and again.author.text() == "CD"
    again.try_accept()
    assert window.vault is not None
    after = window.vault.supervision.sessions.get(session_id)
    assert after.addenda[0].text == SECRET
    # The signed record itself is as it was signed: a kept addendum changes nothing in it.
    assert replace(after, addenda=signed.addenda) == signed and after.is_locked


def test_an_empty_dialog_is_not_reopened(qtbot: QtBot, window: MainWindow) -> None:
    window.supervision.flows.new_peer_reflection()
    window.lock()
    unlock(qtbot, window)
    assert not any(isinstance(d, PeerReflectionDialog) for d in window.supervision.dialogs)


def lock_and_stay(qtbot: QtBot, window: MainWindow) -> None:
    """Lock, try to quit from the lock screen and answer Stay (the default), then unlock:
    the window stays open and asked once."""
    window.lock()
    seen: list[str] = []
    said: list[str] = []
    _answer_quit_question(qtbot, window, "Stay", seen, said)
    assert not window.close()
    assert seen == ["&Stay"] and window.isVisible()
    assert len(said) == 1 and "kept in the app until you unlock" in said[0]
    assert "could not be saved" not in said[0]  # nothing failed to save: a kept draft
    unlock(qtbot, window)


def test_quitting_while_locked_with_a_kept_draft_asks(qtbot: QtBot, window: MainWindow) -> None:
    """A draft kept over a lock is in memory only: quitting from the lock screen would lose
    it, so it asks first, as for a change that could not be saved (Stay is the default)."""
    window.supervision.flows.new_peer_reflection()
    dialog = _open(window, PeerReflectionDialog)
    assert isinstance(dialog, PeerReflectionDialog)
    qtbot.keyClicks(dialog.form.learning, SECRET)
    lock_and_stay(qtbot, window)
    again = _open(window, PeerReflectionDialog)
    assert isinstance(again, PeerReflectionDialog) and again.form.learning.text() == SECRET


def test_quitting_with_a_dialog_being_written_asks(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Q with a peer reflection half written (unlocked): the dialog would go with the
    window and its text with it, so quitting asks first, and Stay keeps it open as it was."""
    window.supervision.flows.new_peer_reflection()
    dialog = _open(window, PeerReflectionDialog)
    assert isinstance(dialog, PeerReflectionDialog)
    qtbot.keyClicks(dialog.form.learning, SECRET)
    seen: list[str] = []
    said: list[str] = []
    _answer_quit_question(qtbot, window, "Stay", seen, said)
    assert not window.close()
    assert seen == ["&Stay"] and window.isVisible() and window.vault is not None
    assert len(said) == 1 and "open window" in said[0]
    assert dialog.isVisible() and dialog.form.learning.text() == SECRET
