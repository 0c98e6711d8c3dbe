"""The window end to end over a real encrypted vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.gui.models.entry_list import ListMode
from supervision_app.gui.preview import SafePreview
from supervision_app.gui.welcome.wizard import WelcomeWizard
from supervision_app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import shortcut, unlock

pytestmark = pytest.mark.gui
SECRET = "Kestrel-4417 private reflection text"


def _all_widget_text(window: MainWindow) -> str:
    parts: list[str] = []
    for w in window.findChildren(QLineEdit):
        parts.append(w.text())
    for w in window.findChildren(QPlainTextEdit):
        parts.append(w.toPlainText())
    for w in window.findChildren(QTextEdit):
        parts.append(w.toPlainText())
    for w in window.findChildren(QLabel):
        parts.append(w.text())
    for w in window.findChildren(QComboBox):
        parts.extend(w.itemText(i) for i in range(w.count()))
    for row in range(window.model.rowCount()):
        parts.append(str(window.model.data(window.model.index(row))))
    return "\n".join(parts)


def test_first_run_create_write_autosave_lock_unlock(qtbot: QtBot, vault_path: Path) -> None:
    window = MainWindow(vault_path)
    qtbot.addWidget(window)
    window.start()
    dialog = window.passphrase_dialog
    assert isinstance(dialog, WelcomeWizard)  # first run: the welcome creates the journal
    dialog.next()  # from "where it lives" to the passphrase
    assert "cannot be recovered" in dialog.warning.text()

    dialog.passphrase.setText("too short")
    dialog.repeat.setText("too short")
    dialog.next()
    assert dialog.error.isVisible() and "at least 10" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    dialog.next()
    assert "do not match" in dialog.error.text()
    assert not vault_path.exists()
    dialog.repeat.setText(PASSPHRASE)
    dialog.next()
    assert window.vault is not None
    dialog.next()  # about you: left as it is
    dialog.finish_page.guided.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(lambda: not window.is_locked)
    assert vault_path.exists()

    shortcut(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.entry is not None)
    qtbot.keyClicks(window.editor.title, "After the home visit")
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, SECRET)
    # Autosave fires on its own once typing stops.
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=3000)
    assert window.statusBar().currentMessage().startswith("Saved at")

    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert isinstance(window.passphrase_dialog, UnlockDialog)
    unlock(qtbot, window)
    assert window.home.showing_home  # home after unlocking; the journal is Ctrl+1 away
    shortcut(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.model.data(window.model.index(0)) == "After the home visit"
    assert window.editor.body.toPlainText() == SECRET


def test_lock_saves_unsaved_typing_and_clears_every_widget(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, SECRET)
    assert window.editor.dirty  # not yet autosaved
    shortcut(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    text = _all_widget_text(window)
    assert SECRET not in text
    assert "Reflection 4" not in text and "lunch club" not in text
    assert window.model.rowCount() == 0
    assert not window.editor.body.document().isUndoAvailable()
    # The unsaved typing was saved on the way out.
    window.passphrase_dialog.reject() if window.passphrase_dialog else None
    with Vault.open(window.vault_path, PASSPHRASE) as v:
        assert any(SECRET in v.entries.get(s.id).body for s in v.entries.page())


def test_wrong_passphrase_says_so_and_leaves_vault_untouched(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.lock()
    before = window.vault_path.read_bytes()
    dialog = window.passphrase_dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText("definitely not it")
    dialog.buttons.accepted.emit()
    assert window.is_locked and dialog.isVisible()
    assert "not correct" in dialog.error.text()
    assert window.vault_path.read_bytes() == before
    unlock(qtbot, window)
    assert window.model.rowCount() == 5


def test_search_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    window.vault.entries.add(  # type: ignore[union-attr]
        window.editor.current_entry().__class__(title="Befriending scheme", body="A warm handover")  # type: ignore[union-attr]
    )
    shortcut(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "handov")
    qtbot.waitUntil(lambda: window.model.mode is ListMode.SEARCH)
    assert window.model.rowCount() == 1
    assert window.editor.title.text() == "Befriending scheme"
    window.search.clear()
    qtbot.keyClicks(window.search, '"((')  # FTS syntax nonsense: no error, no dialog
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)  # searched (a dialog would block)
    window.search.clear()
    window.search.returnPressed.emit()
    assert window.model.mode is ListMode.JOURNAL and window.model.rowCount() == 6


def test_delete_key_moves_to_trash_and_restore(qtbot: QtBot, window: MainWindow) -> None:
    title = window.editor.title.text()
    window.list.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 4
    assert window.vault.entries.count(trash=True) == 1  # type: ignore[union-attr]
    # Delete inside the body edits text, it does not trash the entry.
    window.editor.body.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 4

    shortcut(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.model.mode is ListMode.TRASH and window.model.rowCount() == 1
    assert window.editor.banner.isVisible() and window.editor.body.isReadOnly()
    assert window.restore_button.isVisible()
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    shortcut(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 5
    assert title in [window.model.data(window.model.index(r)) for r in range(5)]


def test_empty_trash(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    shortcut(qtbot, window, Qt.Key.Key_Delete)
    with qtbot.waitSignal(window.trash.emptied, timeout=10_000) as emptied:
        assert window.empty_trash(confirm=False)  # on a worker thread
    assert emptied.args == [1]
    assert window.vault.entries.count(trash=True) == 0  # type: ignore[union-attr]
    assert window.vault.entries.count() == 4  # type: ignore[union-attr]


def test_editing_fields_is_saved(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.tags.setFocus()
    window.editor.tags.selectAll()
    qtbot.keyClicks(window.editor.tags, "supervision, Loneliness, supervision")
    window.editor.minutes.setValue(90)
    idx = window.editor.kind.findData("cpd_activity")
    window.editor.kind.setCurrentIndex(idx)
    entry_id = window.editor.entry.id  # type: ignore[union-attr]
    # Switching entry saves at once.
    window.list.setCurrentIndex(window.model.index(1))
    got = window.vault.entries.get(entry_id)  # type: ignore[union-attr]
    assert got.tags == ("supervision", "Loneliness")
    assert got.minutes == 90 and got.kind == "cpd_activity"


def test_list_model_is_lazy_and_valid(
    qtbot: QtBot, qtmodeltester: object, vault_path: Path
) -> None:
    from supervision_app.core.entries import Entry
    from supervision_app.gui.models.entry_list import PAGE_SIZE, EntryListModel

    with Vault.create(vault_path, PASSPHRASE) as v:
        with v.transaction():
            for i in range(PAGE_SIZE * 2 + 7):
                v.entries.add(Entry(title=f"E{i}"))
        model = EntryListModel()
        model.attach(v.entries)
        assert model.rowCount() == PAGE_SIZE
        assert model.canFetchMore()
        qtmodeltester.check(model)  # type: ignore[attr-defined]
        while model.canFetchMore():
            model.fetchMore()
        assert model.rowCount() == PAGE_SIZE * 2 + 7
        ids = [
            model.data(model.index(r), Qt.ItemDataRole.UserRole + 1)
            for r in range(model.rowCount())
        ]
        assert len(set(ids)) == len(ids)


def test_preview_shows_script_as_text_and_loads_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    secret_image = tmp_path / "secret.png"
    img = QImage(40, 40, QImage.Format.Format_RGB32)
    img.fill(QColor(255, 0, 255))
    assert img.save(str(secret_image))

    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.show_markdown(
        "<script>alert('x')</script>\n\n"
        f'<img src="file://{secret_image}">\n\n'
        f"![pic]({secret_image})\n\n![rel](secret.png)"
    )
    assert "<script>alert('x')</script>" in preview.toPlainText()
    # Even HTML set directly (bypassing the Markdown cleaner) gets only the placeholder.
    preview.setSearchPaths([str(tmp_path)])
    preview.setHtml(
        f'<p>x</p><img src="file://{secret_image}" width=40 height=40><img src="secret.png">'
    )
    preview.show()
    qtbot.waitExposed(preview)
    shot = preview.grab().toImage()
    magenta = QColor(255, 0, 255).rgb()
    assert not any(
        shot.pixel(x, y) == magenta
        for x in range(0, shot.width(), 2)
        for y in range(0, shot.height(), 2)
    )
    assert preview.requested_resources  # Qt asked, and got the placeholder


def test_no_display_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from supervision_app import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.run_gui(Path("unused")) == 1
    err = capsys.readouterr().err
    assert "needs a display" in err and "xvfb-run" in err and err.count("\n") == 1


def test_keyboard_reachable_and_named(window: MainWindow) -> None:
    for w in (
        window.search,
        window.list,
        window.editor.title,
        window.editor.body,
        window.editor.tags,
        window.editor.kind,
        window.editor.date,
        window.editor.minutes,
    ):
        assert w.accessibleName(), w
        assert w.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert isinstance(window.editor.minutes, QAbstractSpinBox)
    shortcuts = {
        a.shortcut().toString() for a in window.findChildren(type(window.menu_actions.lock))
    }
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+Q", "Del"} <= shortcuts
    assert QApplication.instance() is not None


def test_quitting_saves_unsaved_typing(qtbot: QtBot, window: MainWindow) -> None:
    entry_id = window.editor.entry.id  # type: ignore[union-attr]
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, SECRET)
    assert window.editor.dirty
    shortcut(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None  # closed, and the lock released
    with Vault.open(window.vault_path, PASSPHRASE) as v:
        assert SECRET in v.entries.get(entry_id).body


def test_vault_in_use_is_reported_in_the_unlock_dialog(qtbot: QtBot, vault_path: Path) -> None:
    from tests.gui.conftest import fill_vault

    fill_vault(vault_path, 1)
    other = Vault.open(vault_path, PASSPHRASE)
    try:
        w = MainWindow(vault_path)
        qtbot.addWidget(w)
        w.start()
        dialog = w.passphrase_dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.buttons.accepted.emit()
        assert w.is_locked and "open in another" in dialog.error.text()
    finally:
        other.close()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not w.is_locked)
    w.close()


def test_typing_ranks_the_newest_then_everything_when_typing_stops(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supervision_app.gui import search_controller as mw
    from supervision_app.storage import entries as entries_module

    monkeypatch.setattr(entries_module, "QUICK_CANDIDATES", 2)
    settle = window.searching._settle_timer
    window.search.setFocus()
    qtbot.keyClicks(window.search, "lunch")
    # Typing armed the settle timer. It is held while the quick search is checked: on a
    # loaded machine the event loop could wake only once both timers were due, and the
    # full ranking ran before the quick result was seen.
    assert settle.isActive() and settle.interval() == mw.SEARCH_SETTLE_MS
    settle.stop()
    qtbot.waitUntil(lambda: window.model.mode is ListMode.SEARCH)
    assert window.model.search_capped and window.model.rowCount() == 2
    # Typing has stopped: its wait runs out (shortened: the wait's length is checked above).
    settle.start(50)
    qtbot.waitUntil(lambda: not window.model.search_capped, timeout=3000)
    assert window.model.rowCount() == 5
    assert window.count_label.text() == "5 found"


def test_search_results_load_page_by_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from supervision_app.gui.models import entry_list

    monkeypatch.setattr(entry_list, "SEARCH_PAGE", 2)
    window.search.setText("lunch")
    window.search.returnPressed.emit()
    assert window.model.rowCount() == 2 and window.count_label.text() == "2+ found"
    while window.model.canFetchMore():
        window.model.fetchMore()
    assert (
        len(
            {
                window.model.data(window.model.index(r), Qt.ItemDataRole.UserRole + 1)
                for r in range(window.model.rowCount())
            }
        )
        == 5
    )


def test_preview_follows_typing_from_a_background_render(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.body.setPlainText("# Heading\n\nSome **bold** words <script>x</script>")
    qtbot.waitUntil(lambda: "Some bold words" in window.editor.preview.toPlainText(), timeout=3000)
    assert "<script>x</script>" in window.editor.preview.toPlainText()
    assert "Heading" in window.editor.preview.toPlainText()
    # Switching entry shows the other entry's text, never a late render of the first.
    window.list.setCurrentIndex(window.model.index(1))
    qtbot.wait(400)
    assert "Some bold words" not in window.editor.preview.toPlainText()
