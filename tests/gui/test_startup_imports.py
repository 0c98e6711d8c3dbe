"""What the app imports before its unlock dialog paints (issue 16 item 8: launch to the
dialog on screen within 0.35 s). Everything the dialog does not need is imported while it
waits for the passphrase, behind it (``gui/startup.py``); this keeps it that way.

A real process, started as a user starts it (``supervision-journal --vault PATH``, offscreen):
the modules loaded at the dialog's first paint event are compared with those it must not
need. Qt's own (QtCore, QtGui, QtWidgets) and what PySide imports with them are expected.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_app.gui.startup import WARM_UP
from tests.gui.conftest import fill_vault

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

#: Started through the command line's own ``main`` (the app's entry point); the event loop
#: runs only until the unlock dialog's first paint, then the loaded modules are printed.
_UNTIL_THE_DIALOG_PAINTS = """
import os, sys
import supervision_app.app as app_module
from supervision_app import cli

started = []
app_module.run_gui = lambda path=None: started.append(app_module.launch(path)) or 0
assert cli.main(sys.argv[1:]) == 0 and started and started[0] is not None
dialog = started[0].dialog
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    modules = None
    def eventFilter(self, watched, event):
        if self.modules is None and event.type() == QEvent.Type.Paint:
            self.modules = sorted(sys.modules)
        return False

painted = Painted()
dialog.installEventFilter(painted)
app = QApplication.instance()
while painted.modules is None:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
print("DIALOG", type(dialog).__name__, "WINDOW", started[0].window)
print("MODULES", *painted.modules)
sys.stdout.flush()
os._exit(0)
"""

#: Not before the dialog paints: the window and everything only it uses.
DEFERRED = (
    *WARM_UP,  # the window's heaviest modules, imported one per turn after the paint
    "supervision_app.gui.main_window",
    "supervision_app.gui.i18n",  # the translation template's tooling (ast): gui/translator.py
    "supervision_app.gui.preferences",
    "supervision_app.gui.help",
    "supervision_app.gui.home",
    "supervision_app.core.settings",  # the settings registry: the theme is read directly
    "supervision_app.formats",  # exporters register once the window is built
    "supervision_app.export",
    "supervision_app.storage",  # the vault is opened on Unlock
    "sqlcipher3",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    # The command line's parser: --vault alone is read without it.
    "supervision_app.cli.common",
    "supervision_app.cli.args",
    "supervision_app.cli.parser",
    "supervision_app.cli.commands",
)


def test_the_unlock_dialog_paints_before_the_window_modules_load(
    tmp_path: Path, vault_path: Path
) -> None:
    fill_vault(vault_path, 1)
    env = {k: v for k, v in os.environ.items() if k != "SUPERVISION_JOURNAL_DEBUG"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # no remembered vault or theme
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p),
    )
    result = subprocess.run(
        [sys.executable, "-c", _UNTIL_THE_DIALOG_PAINTS, "--vault", str(vault_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "DIALOG UnlockDialog WINDOW None" in result.stdout  # painted, window not built
    modules = result.stdout.split("MODULES", 1)[1].split()
    assert "supervision_app.gui.dialogs.vault_dialogs" in modules  # the real import set
    early = sorted(m for m in modules if any(m == d or m.startswith(d + ".") for d in DEFERRED))
    assert early == []


def test_the_app_loads_the_plural_forms_the_tooling_compiles() -> None:
    """``gui/translator.py`` (loaded at start) and ``gui/i18n.py`` (which writes the file)
    name the same ``.qm``."""
    from supervision_app.gui import i18n, translator

    assert translator.ENGLISH_QM == i18n.ENGLISH_QM
    assert translator.ENGLISH_QM.is_file()
