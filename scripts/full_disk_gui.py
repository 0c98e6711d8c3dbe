"""A save in the app on a really full disk (not part of the test run: it needs root to mount).

``sudo .venv/bin/python scripts/full_disk_gui.py``: mounts a 4 MB tmpfs, puts a vault on
it, opens the window offscreen, fills the disk to the last byte, types, and checks that the
warning bar shows, the text stays, Ctrl+L locks with the change kept in memory only, and
that once space is freed the change is saved after unlock. The tests use SQLite's
``max_page_count`` for the same fault without root (tests/gui/test_save_failure.py).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SUPERVISION_JOURNAL_TEST_KDF_ITER"] = "64"
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="sj-full-disk-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="sj-full-disk-config-")

PASSPHRASE = "correct horse battery staple"
CANARY = "Lapwing-2290 typed on a full disk. "


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):  # to the last byte
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def main() -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from supervision_app.core.entries import Entry
    from supervision_app.gui.main_window import MainWindow
    from supervision_app.storage.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    mount = Path(tempfile.mkdtemp(prefix="sj-full-disk-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], check=True)
    results: dict[str, bool] = {}
    try:
        path = mount / "journal.sjvault"
        with Vault.create(path, PASSPHRASE) as v:
            entry = v.entries.add(Entry(title="Visit", body="", practice_date=dt.date(2026, 3, 2)))
        window = MainWindow(path)
        window.start()
        dialog = window.passphrase_dialog
        assert dialog is not None
        dialog.passphrase.setText(PASSPHRASE)
        dialog.buttons.accepted.emit()
        filler = fill(mount)

        def wait(condition: object, ms: int = 5000) -> bool:
            for _ in range(ms // 20):
                if condition():  # type: ignore[operator]
                    return True
                QCoreApplication.processEvents()
                QTest.qWait(20)
            return bool(condition())  # type: ignore[operator]

        window.editor.body.setFocus()
        window.editor.body.insertPlainText(CANARY * 300)
        results["warning bar shown"] = wait(window.save_bar.isVisible)
        results["text kept in the editor"] = window.editor.body.toPlainText().startswith(CANARY)
        print("bar:", window.save_bar.label.text())
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        results["Ctrl+L locked"] = wait(lambda: window.is_locked)
        results["kept in memory"] = ("entry", entry.id) in window.saving.pending
        on_disk = any(CANARY.encode() in f.read_bytes() for f in mount.iterdir() if f.is_file())
        results["no plaintext on disk"] = not on_disk
        filler.unlink()
        dialog = window.passphrase_dialog
        assert dialog is not None
        dialog.passphrase.setText(PASSPHRASE)
        dialog.buttons.accepted.emit()
        results["saved after unlock"] = wait(lambda: not window.saving.has_unsaved)
        window.close()
        with Vault.open(path, PASSPHRASE) as v:
            results["stored"] = v.entries.get(entry.id or 0).body.startswith(CANARY)
        app.processEvents()
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        mount.rmdir()
    for name, ok in results.items():
        print(("ok  " if ok else "FAIL"), name)
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
