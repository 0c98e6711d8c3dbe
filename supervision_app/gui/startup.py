"""Start-up: the unlock dialog on screen first, the main window built just behind it.

Importing and building the main window (editor, CPD, supervision, menus) takes longer than
everything else before the first dialog. So when a journal exists, :class:`Startup` shows
the unlock dialog as soon as Qt is up (it needs only the dialog and the theme) and builds
the hidden window once the dialog has painted, while the user types. (Building it on the
next turn of the event loop, as first done, came before the dialog's first paint under X11:
the dialog was mapped but blank for the whole build, about a second.) The window
then adopts the dialog as its own, so unlocking, a wrong passphrase and Quit behave exactly
as when the window asks itself (after a lock). A first run goes straight to the window,
whose welcome creates the journal.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from supervision_app.gui import theme
from supervision_app.gui.common.first_paint import after_first_paint
from supervision_app.gui.dialogs.vault_dialogs import UnlockDialog

if TYPE_CHECKING:
    from supervision_app.gui.main_window import MainWindow


#: QSettings key of a journal created somewhere other than the default place (a path, never
#: anything from inside the journal).
VAULT_PATH_KEY = "vault/path"

#: The window's heaviest imports, one per turn of the event loop before it is built, so a
#: key typed into the dialog meanwhile shows at once rather than after the whole build
#: (its imports are ~0.6 s of CPU). Ordered so that each step finds most of what it needs
#: already imported and costs at most ~30 ms (measured with ``python -X importtime``).
#: Only a speed-up: a module missing here is imported with the window.
WARM_UP = (
    "supervision_app.core.entries",
    "supervision_app.storage.vault",
    "supervision_app.core.frameworks_schema",
    "supervision_app.core.supervision.model",
    "supervision_app.core.settings",
    "supervision_app.storage.backup",
    "supervision_app.gui.dialogs.backup_dialogs",
    "supervision_app.gui.backups",
    "supervision_app.core.companion.depth",
    "supervision_app.core.supervision.views",
    "supervision_app.core.scan.patterns",
    "supervision_app.export.case_extract",
    "supervision_app.gui.cpd",
    "supervision_app.gui.companion.extract_dialog",
    "supervision_app.storage.companion.prep",
    "supervision_app.gui.companion.controller",
    "markdown",
    "supervision_app.gui.editor",
    "supervision_app.core.regulators",
    "supervision_app.gui.find.controller",
    "supervision_app.gui.home.controller",
    "supervision_app.gui.models.entry_delegate",
    "supervision_app.gui.journal.list_pane",
    "supervision_app.gui.menus",
    "supervision_app.gui.preferences.live",
    "supervision_app.gui.reflection_controller",
    # No module of gui.supervision (nor the forms, which import it) before the package
    # itself: its __init__ imports it all, and a form entered first is a circular import.
    "supervision_app.core.supervision.rules",
    "supervision_app.core.supervision.people",
    "cryptography.hazmat.bindings._rust",
    "cryptography.hazmat.primitives.ciphers",
    "cryptography.hazmat.primitives.serialization",
    "supervision_app.core.supervision.signing",
    "supervision_app.storage.supervision.exchange",
    "supervision_app.storage.supervision.exchange_import",
    "supervision_app.gui.writing",
    "supervision_app.gui.supervision",
    "supervision_app.gui.writing",
    "supervision_app.gui.main_window",
    "PySide6.QtDBus",  # the desktop's lock and suspend signals, watched once it is built
    "supervision_app.formats",  # exporters, registered once it is built
)

#: Bundled framework files parsed per turn after the imports (the window's library).
FRAMEWORKS_PER_TURN = 4


def remember_vault_path(path: Path) -> None:
    QSettings().setValue(VAULT_PATH_KEY, str(path))


def remembered_vault_path() -> Path | None:
    value = QSettings().value(VAULT_PATH_KEY)
    return Path(value) if isinstance(value, str) and value else None


def _warm_up_steps() -> Iterator[None]:
    """Imports the window's modules, then parses its framework library, a step per yield."""
    for name in WARM_UP:
        # A module this build lacks (QtDBus is optional) is left to the window, which copes.
        with suppress(ImportError):
            importlib.import_module(name)
        yield
    from supervision_app.core import frameworks

    files = frameworks.bundled_framework_files()
    for start in range(0, len(files), FRAMEWORKS_PER_TURN):
        frameworks.preload_bundled(files[start : start + FRAMEWORKS_PER_TURN])
        yield


class Startup(QObject):
    #: The main window exists (built behind the dialog, or at once on a first run).
    window_built = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None

    def begin(self) -> None:
        # The stored theme, read without the settings registry (not needed this early).
        choice = QSettings().value("preferences/theme")
        theme.apply(choice if choice in ("system", "light", "dark") else "system")
        if not self.vault_path.exists():
            self.build_window().start()
            return
        self.dialog = UnlockDialog(self.vault_path, self._unlock)
        self.dialog.restore_requested.connect(self._restore_before_window)
        self.dialog.open()
        # Owned by this object, not the dialog: the window is built even if the dialog goes.
        steps = _warm_up_steps()
        after_first_paint(self.dialog, lambda: self._warm_up(steps), owner=self)

    def _warm_up(self, steps: Iterator[None]) -> None:
        """One step of the window's preparation per turn of the event loop, then build it."""
        if self.window is not None:
            return
        if next(steps, StopIteration) is None:
            # A timer (1 ms), not a posted call (0 ms), so input and paints come between.
            QTimer.singleShot(1, self, lambda: self._warm_up(steps))
            return
        self.build_window()

    def build_window(self) -> MainWindow:
        if self.window is None:
            from supervision_app.gui.main_window import MainWindow

            self.window = MainWindow(self.vault_path)
            # Lock with the desktop's screen lock and on suspend (D-Bus, best effort).
            self.window.locking.desktop.watch()
            if self.dialog is not None:
                self.window.locking.adopt(self.dialog)
            self.window_built.emit()
        return self.window

    def _restore_before_window(self, note: str) -> None:
        # Once the window exists it has adopted the dialog and answers the request itself.
        if self.window is None:
            self.build_window().backups.show_restore(note)

    def _unlock(self, passphrase: str) -> None:
        # Typed before the window was built (a very fast typist, or a script): build it now.
        self.build_window().locking.unlock_with(passphrase)
