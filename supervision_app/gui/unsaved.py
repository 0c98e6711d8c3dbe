"""What the window does with changes it could not save: keep them in memory on lock, and ask
before quitting would throw them away (see gui/saving.py for the warning bar and retries)."""

from __future__ import annotations

import copy
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from supervision_app.gui.common import tasks
from supervision_app.gui.saving import SAVE_ERRORS

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow
    from supervision_app.storage.vault import Vault

#: The quit question is the window's: its texts are filed under the window's context.
translate = QCoreApplication.translate


def stash_entry(window: MainWindow) -> None:
    """Move the entry editor's unsaved change (with its guided answers and CPD details) into
    the keeper's memory, so the editor can be cleared without losing it."""
    editor, panel = window.editor, window.cpd.panel
    entry = editor.current_entry()
    if not editor.dirty or entry is None or entry.id is None or entry.deleted_at is not None:
        return
    entry_id = entry.id
    guided = copy.deepcopy(editor.guided)
    converted = editor.guided_converted
    with_cpd = panel.dirty and panel.entry is not None and panel.entry.id == entry_id
    cpd = panel.values() if with_cpd else None

    def apply(vault: Vault) -> None:
        vault.entries.update(entry)
        if guided is not None:
            vault.guided.save(entry_id, guided)
            vault.links.add_links(entry_id, guided.links())
        elif converted:
            vault.guided.remove(entry_id)
        if with_cpd:
            if cpd is None:
                vault.cpd.remove(entry_id)
            else:
                vault.cpd.save(entry_id, cpd)

    window.saving.keep(("entry", entry_id), entry.title, apply, entry)
    editor.dirty = False
    panel.dirty = False


def stash_unsaved(window: MainWindow) -> None:
    """Keep every editor's unsaved change in memory (called on lock when saving failed)."""
    stash_entry(window)
    window.supervision.stash_unsaved()


def confirm_quit(window: MainWindow) -> bool:
    """Ask before quitting with changes that could not be saved, or with a dialog's text
    kept over a lock; "Stay" is the default."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("MainWindow", "Changes not saved"))
    if window.vault is not None and not window.saving.pending:  # only a dialog is written in
        text = translate(
            "MainWindow",
            "What you are writing in an open window is not saved yet. If you quit now, it "
            "is lost. Stay, and finish or save it there.",
        )
    elif window.vault is None and not window.saving.pending:  # only a dialog's text is kept
        text = translate(
            "MainWindow",
            "What you were writing in a window is kept in the app until you unlock the "
            "journal, and the window opens again with it. If you quit now, it is lost.",
        )
    elif window.vault is None:
        text = translate(
            "MainWindow",
            "Some changes could not be saved before the journal was locked. They are kept "
            "in the app only: unlock the journal to save them.",
        )
    else:
        text = translate(
            "MainWindow",
            "Some of your changes could not be saved. If you quit now, they are lost. Stay, "
            "and the journal keeps trying to save them.",
        )
    box.setText(text)
    box.setAccessibleName(translate("MainWindow", "Changes not saved"))
    stay = box.addButton(translate("MainWindow", "&Stay"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(
        translate("MainWindow", "&Quit and lose them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    window.quit_question = box
    try:
        box.exec()
    finally:
        window.quit_question = None
    return box.clickedButton() is not stay and box.clickedButton() is not None


def close_vault_for_quit(window: MainWindow) -> bool:
    """Save everything and close the vault; False when the user chose to stay."""
    # A worker on the window's connection stops (and rolls back) first. A backup or the
    # check is only told to stop, as on lock: closing the vault below interrupts it, and
    # quitting never waits for it (the application joins its thread on the way out).
    tasks.cancel_all(wait_private=False)
    saved = window.save_all() and window.saving.flush_pending()
    # A dialog's text kept over a lock (gui/common/drafts.py) is in memory only too.
    # So is what is being written in an open dialog, which goes with the window.
    kept = bool(window.saving.pending or window.drafts.kept or window.drafts.typed())
    if (not saved or kept) and not confirm_quit(window):
        return False
    window.cpd.close_windows()
    window.supervision.flush()
    window.save_current()
    QSettings().setValue("window/geometry", window.saveGeometry())
    window.idle.stop()
    window.saving.pending.clear()
    window.drafts.forget()
    window.saving.timer.stop()
    if window.vault is not None:
        window.editor.show_entry(None)
        window.model.attach(None)
        vault, window.vault = window.vault, None
        with suppress(*SAVE_ERRORS):
            vault.close()
    return True
