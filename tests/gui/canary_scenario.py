"""A whole session in the real window, run in its own process by test_canary.py.

Writes an entry holding a canary word, searches for it, adds it to the personal dictionary,
exports the journal in every format through the export dialog, locks and quits. The test
points HOME, the XDG folders and TMPDIR at one temporary folder first, then looks for the
canary in every file left there.

Usage: python -m tests.gui.canary_scenario VAULT EXPORT_DIR CANARY
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

PASSPHRASE = "canary scenario passphrase"


def wait_until(app: QApplication, ready: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def main(vault_path: Path, export_dir: Path, canary: str) -> None:
    app = QApplication(sys.argv[:1])
    from supervision_app.core.cpd.model import CpdFields
    from supervision_app.formats import register_all
    from supervision_app.gui.cpd.export_dialog import PAGE_DONE, PAGE_REVIEW, ExportDialog
    from supervision_app.gui.main_window import MainWindow
    from supervision_app.storage.cpd.repository import CpdRepository
    from supervision_app.storage.vault import Vault

    register_all()
    from supervision_app.export import registry

    Vault.create(vault_path, PASSPHRASE).close()
    window = MainWindow(vault_path)
    window.start()
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    wait_until(app, lambda: not window.is_locked)

    # Write: a new entry, typed into the editor and saved by autosave's path.
    window.new_entry()
    editor = window.editor
    QTest.keyClicks(editor.title, f"Visit about {canary}")
    QTest.keyClicks(editor.body, f"We talked with {canary} about the move. {canary} chose.")
    assert window.save_current()
    assert window.vault is not None and editor.entry is not None and editor.entry.id
    assert canary in window.vault.entries.get(editor.entry.id).body
    # And a CPD record of it (the regulators' formats export CPD records only).
    CpdRepository(window.vault).save(
        editor.entry.id,
        CpdFields(description=f"Met {canary}.", learning=f"{canary} taught me.", impact="Change."),
    )

    # Spelling: the canary is not a word; add it to "my dictionary" (kept in the vault).
    window.writing.remember_word(canary)

    # Search for it as the user types.
    window.focus_search()
    window.search.setText(canary)
    wait_until(app, lambda: window.model.rowCount() >= 1)

    # Export in every format, through the dialog and its identifier check.
    for fmt in registry.names():
        window.cpd.show_export(fmt)
        export = next(w for w in reversed(window.cpd.windows) if isinstance(w, ExportDialog))
        export.selection_form.cpd_only.setChecked(False)
        if not export.run_check() and export.pages.currentIndex() != PAGE_REVIEW:
            # run on a worker: wait below; a refusal says why
            message = export.choose_message.text()
            assert not message, f"{fmt}: {message}"
        wait_until(app, lambda e=export: e.pages.currentIndex() == PAGE_REVIEW)  # type: ignore[misc]
        export.review.allow_rest.setChecked(True)
        target = export_dir / f"export-{fmt}.{registry.info(fmt).extension}"
        assert export.write_to(target), fmt
        wait_until(app, lambda e=export: e.task is None)  # type: ignore[misc]
        assert export.pages.currentIndex() == PAGE_DONE, fmt
        assert target.exists(), fmt
        export.close()

    window.lock()
    wait_until(app, lambda: window.is_locked)
    window.close()
    app.processEvents()
    print("scenario done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
