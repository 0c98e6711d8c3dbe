"""Rebuild the signed-records screenshots in docs/ from two synthetic vaults.

AB (a supervisor) signs a record with CD and exports it; CD's journal opens in the real
window and imports it: the fingerprint confirmation and then the proposals awaiting CD's
sign-off are grabbed with QWidget.grab(). Made-up initials only. Runs offscreen unless
QT_QPA_PLATFORM says otherwise, e.g. under Xvfb:

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/make_screenshots_signing.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from screenshot_helpers import PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.supervision.model import Action  # noqa: E402
from supervision_app.core.supervision.people import Partner  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.gui.supervision.proposals_dialog import ProposalsDialog  # noqa: E402
from supervision_app.storage.supervision.exchange import export_session  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

DAY = dt.date(2026, 3, 2)


def supervisor_file(folder: Path) -> tuple[Path, str]:
    """AB's journal: a record signed with CD at AB's screen, exported for CD."""
    with Vault.create(folder / "ab.sjvault", PASSPHRASE) as v:
        sup = v.supervision
        sup.owner.set_name("AB")
        cd = sup.partners.add(Partner("CD", "supervisee")).id or 0
        record = sup.sessions.create(
            replace(
                sup.sessions.draft(cd, DAY),
                agenda=("Caseload review", "Lone-working plan"),
                learning="Plan visits in pairs when the risk assessment says so.",
                new_actions=(Action("Read the lone-working guidance", "CD", DAY),),
            )
        )
        sup.signoff.sign(record.id or 0, "owner", "AB")
        sup.signoff.sign(record.id or 0, "partner", "CD")
        result = export_session(v, record.id or 0, folder / "for-CD.sjexchange")
    return result.path, result.passphrase


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path, code = supervisor_file(folder)
    mine = folder / "cd.sjvault"
    with Vault.create(mine, PASSPHRASE) as v:
        v.supervision.owner.set_name("CD")
    app, _tmp = start_app()
    window = MainWindow(mine)
    window.resize(1200, 800)
    window.start()
    unlock(app, window)
    controller = window.supervision
    importer = controller.flows.import_records()
    assert importer is not None
    importer.path.setText(str(path))
    importer.code.setText(code)  # import_now checks the file first, on a worker thread

    def confirm() -> None:
        dialog = importer.fingerprint_dialog
        assert dialog is not None
        shoot(app, dialog, "fingerprint-dialog.png")
        dialog.confirm.setChecked(True)
        dialog.trust_button.click()

    QTimer.singleShot(300, confirm)
    done: list[object] = []
    importer.ended.connect(done.append)
    assert importer.import_now()  # on a worker thread: wait for it, then for the dialog
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        done and any(isinstance(d, ProposalsDialog) for d in controller.dialogs)
    ):
        app.processEvents()
        time.sleep(0.01)
    proposals = next(d for d in controller.dialogs if isinstance(d, ProposalsDialog))
    proposals.resize(700, 460)
    shoot(app, proposals, "proposals.png")
    window.close()


if __name__ == "__main__":
    main()
