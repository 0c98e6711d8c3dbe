"""Screenshots of backups in the app: the unlock dialog of a damaged journal with Restore from
backup, the restore dialog listing backups, and the check's report (synthetic data only).
Run from the repository root:

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/make_screenshots_backups.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.getcwd())
os.environ["SUPERVISION_JOURNAL_TEST_KDF_ITER"] = "64"
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # backups go to a throwaway data folder

from PySide6.QtWidgets import QApplication  # noqa: E402

from docs.screenshot_helpers import PASSPHRASE, shoot, start_app  # noqa: E402
from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.gui.common import tasks  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.paths import default_vault_path  # noqa: E402
from supervision_app.storage.backup import list_backups, make_backup  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402


def pump(app: QApplication, until: object = None, rounds: int = 400) -> None:
    for _ in range(rounds):
        app.processEvents()
        if until is not None and until():  # type: ignore[operator]
            return
        QApplication.instance().thread().msleep(10)  # type: ignore[union-attr]


def make_vault(path: Path) -> None:
    """A journal with a week of daily backups and one made before a passphrase change."""
    with Vault.create(path, PASSPHRASE) as v:
        for day in range(12):
            v.entries.add(
                Entry(
                    title=f"Reflection {day + 1} on the carers' group",
                    body="What went well, what I would change, what I learnt.",
                    practice_date=dt.date(2026, 11, 20) + dt.timedelta(days=day),
                )
            )
            if day in (3, 5, 6, 8, 9, 10):
                make_backup(v, reason="before-passphrase-change" if day == 5 else "daily")
    backups = list_backups(path)
    for age, info in enumerate(backups):  # newest first: spread them over the past days
        when = info.created - dt.timedelta(days=age, hours=age * 3)
        stamp = when.strftime("%Y%m%dT%H%M%S%f")
        info.path.rename(info.path.with_name(stamp + "Z" + info.path.name.split("Z", 1)[1]))


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 100] ^= 0xFF
    path.write_bytes(bytes(data))


def main() -> None:
    app, _settings = start_app()
    vault_path = default_vault_path()
    vault_path.parent.mkdir(parents=True)
    make_vault(vault_path)

    # The check's report, on the intact journal.
    window = MainWindow(vault_path)
    window.resize(1100, 700)
    window.start()
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    pump(app, lambda: not tasks.any_running())
    window.menu_actions.check.trigger()
    pump(app, lambda: window.backups.report is not None)
    assert window.backups.report is not None
    # Looked at, not kept in docs/ (a plain message box).
    window.backups.report.grab().save(str(Path(tempfile.gettempdir()) / "backups-check.png"))
    window.backups.report.accept()
    window.close()
    pump(app, rounds=5)

    # A damaged journal: the unlock dialog says so and the restore dialog opens by itself.
    damage(vault_path)
    window = MainWindow(vault_path)
    window.start()
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[attr-defined]
    dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
    restore = window.backups.restore_dialog
    assert restore is not None
    pump(app, lambda: restore.task is None and restore.backups[0].entries is not None)
    restore.hide()
    shoot(app, dialog, "backups-unlock-damaged.png")
    restore.show()
    restore.table.setFocus()
    restore.passphrase.deselect()
    shoot(app, restore, "backups.png")
    # Restore the newest, then the unlock dialog says what happened (looked at, not kept).
    restore.restore(restore.backups[0], PASSPHRASE)
    pump(app, lambda: restore.aside is not None)
    pump(app, rounds=5)
    restore.grab().save(str(Path(tempfile.gettempdir()) / "backups-restored.png"))
    restore.reject()
    pump(app, rounds=5)
    dialog.grab().save(str(Path(tempfile.gettempdir()) / "backups-unlock-restored.png"))
    window.close()


if __name__ == "__main__":
    main()
