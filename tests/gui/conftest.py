"""GUI fixtures: a real window over a real vault, offscreen."""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from supervision_app.core.entries import Entry
from supervision_app.gui.common import timers
from supervision_app.gui.cpd.export_dialog import ExportDialog
from supervision_app.gui.main_window import MainWindow
from supervision_app.storage.vault import Vault
from tests import find_vault
from tests.conftest import PASSPHRASE
from tests.find_vault import Known


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: object) -> None:
    """The English plural forms, loaded as the application loads them at start-up
    (``configure_application``): counted texts read "1 day", never "1 day(s)"."""
    from PySide6.QtCore import QCoreApplication

    from supervision_app.gui.translator import install_translations

    app = QCoreApplication.instance()
    assert app is not None and install_translations(app)


@pytest.fixture(autouse=True)
def own_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Each test its own QSettings folder: preferences (theme, lock delay) and geometry
    saved by one test must not reach the next, nor the user's real configuration."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


#: The autosave delay in GUI tests (the product's is 800 ms): every key of one ``keyClicks``
#: still lands inside it (they are sent without running the event loop), and a test that
#: waits for a save waits 60 ms, not 800. Tests about the delay itself are marked
#: ``real_autosave`` (tests/gui/test_autosave_delay.py).
TEST_AUTOSAVE_DELAY_MS = 60


@pytest.fixture(autouse=True)
def short_autosave(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shorter autosave delay, read by each editor as it builds its timer (autouse:
    set before the window fixture builds the window)."""
    if request.node.get_closest_marker("real_autosave") is None:
        monkeypatch.setattr(timers, "AUTOSAVE_DELAY_MS", TEST_AUTOSAVE_DELAY_MS)


@pytest.fixture(autouse=True)
def delete_closed_windows(qapp: object) -> Iterator[None]:
    """Delete the windows a test made once it ends.

    pytest-qt closes them and calls ``deleteLater``, but outside an event loop Qt deletes
    nothing until asked: every earlier test's window (about 20 top-level widgets each) stayed
    alive with its application-wide event filters, so each event, and each new window, cost
    more the later a test ran in its file (the sixth window of a file took twice the CPU of
    the first to build). Torn down after the test's own fixtures (autouse: set up first).
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    yield
    from supervision_app.gui.common import tasks

    # A backup that closing a window told to stop ends here, as at the app's way out, and
    # not in the next test's unlock.
    tasks.finish_cancelled()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


#: Made once per process for each maker and key derivation: see copy_of_vault.
_TEMPLATES: dict[tuple[str, str | None], Path] = {}


def copy_of_vault(path: Path, name: str, make: Callable[[Path], None]) -> None:
    """A vault at ``path``: a copy of the one ``make`` made once per process under ``name``
    (making one runs every schema migration, ~40 ms of CPU, and filling a large one takes
    0.3-0.7 s). Each copy is a whole vault of its own, closed and checkpointed; copies share
    their salt and key pair, and no test opens two of them together (tests with two vaults
    make the other with ``Vault.create``)."""
    key = (name, os.environ.get("SUPERVISION_JOURNAL_TEST_KDF_ITER"))
    template = _TEMPLATES.get(key)
    if template is None:
        folder = Path(tempfile.mkdtemp(prefix="sj-test-template-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "journal.sjvault"
        make(template)
        _TEMPLATES[key] = template
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    shutil.copymode(template, path)


def copy_of_find_vault(path: Path) -> Known:
    """A copy of tests/find_vault.py's vault (see copy_of_vault), and what it holds."""

    def make(template: Path) -> None:
        with Vault.create(template, PASSPHRASE) as vault:
            _KNOWN["find"] = find_vault.build(vault)

    copy_of_vault(path, "find-vault", make)
    return _KNOWN["find"]


_KNOWN: dict[str, Known] = {}


def fill_vault(path: Path, n: int = 5) -> None:
    """A vault at ``path`` with ``n`` entries (a copy: see copy_of_vault)."""
    copy_of_vault(path, f"entries-{n}", lambda template: _make_vault(template, n))


def _make_vault(path: Path, n: int) -> None:
    with Vault.create(path, PASSPHRASE) as v:
        for i in range(n):
            v.entries.add(
                Entry(
                    title=f"Reflection {i}",
                    body=f"Body of reflection {i} about the lunch club.",
                    practice_date=dt.date(2026, 1, 1) + dt.timedelta(days=i),
                    tags=("visit",),
                )
            )


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    dialog = window.passphrase_dialog
    assert dialog is not None
    dialog.passphrase.setText(passphrase)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not window.is_locked)


def todays_backup_made(path: Path) -> bool:
    """Put today's backup of the closed vault at ``path`` in its backup folder, as the daily
    backup's fast path makes it (a byte copy of the checkpointed file, which the vault's
    passphrase opens: storage/backup_copy.py), so that no daily backup is due at unlock.
    False, doing nothing, where the file may not be whole on its own (a log beside it)."""
    from supervision_app.storage.backup import _name_for
    from supervision_app.storage.backup_folder import backup_folder

    if Path(f"{path}-wal").exists() or not path.exists():
        return False
    folder = backup_folder(path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / _name_for("daily")
    shutil.copyfile(path, target)
    target.chmod(0o600)
    return True


def open_window(
    qtbot: QtBot, path: Path, *, cpd_today: dt.date | None = None, daily_backup: bool = False
) -> MainWindow:
    """A started window, unlocked, over the vault at ``path``; ``cpd_today`` fixes the CPD
    views' idea of today. Today's backup is already made unless ``daily_backup``: then the
    window makes it on a worker after unlock, as on a user's first unlock of the day (the
    tests about backups; test_backup_daily.py covers the daily backup itself)."""
    if not daily_backup:
        daily_backup = not todays_backup_made(path)
    w = MainWindow(path)
    qtbot.addWidget(w)
    if cpd_today is not None:
        fixed: dt.date = cpd_today
        w.cpd.today = lambda: fixed
    w.start()
    unlock(qtbot, w)
    w.home.show_list()  # these tests start from the journal; test_home.py covers home
    # Today's backup runs on a worker after unlock, beside what the user does; these tests
    # start once it is made, so that it never competes with their timing (the daily
    # backup's own tests build their windows themselves).
    if daily_backup:
        qtbot.waitUntil(lambda: w.backups.daily is None, timeout=30_000)
    assert w.backups.daily is None
    return w


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes a test's windows: a dialog the test left written in would
    make closing the main window ask (gui/unsaved.py) with nobody to answer. The test is
    over, so its text goes."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.drafts.forget()
    return (yield)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "daily_backup: the window fixture's window makes today's backup itself"
    )
    config.addinivalue_line(
        "markers", "real_autosave: the editors keep the product's autosave delay (800 ms)"
    )


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    fill_vault(vault_path)
    daily = request.node.get_closest_marker("daily_backup") is not None
    w = open_window(qtbot, vault_path, daily_backup=daily)
    yield w
    w.close()


def shortcut(qtbot: QtBot, window: MainWindow, key: object, modifier: object = None) -> None:
    """Press a key as a user would: on the focused widget of the active window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)  # type: ignore[arg-type]


@pytest.fixture
def dismiss_modals(qtbot: QtBot) -> Iterator[None]:
    """Closes the blocking file choosers and questions a menu action may open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    timer = QTimer()
    timer.setInterval(50)

    def dismiss() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog | QMessageBox):
            modal.reject()

    timer.timeout.connect(dismiss)
    timer.start()
    yield
    timer.stop()


def wait_check(qtbot: QtBot, dialog: ExportDialog, *, timeout: int = 30_000) -> bool:
    """Run the export dialog's check (a worker thread) and wait for it to end: True when
    the review page shows its findings, False when it did not start or found no records."""
    ended: list[bool] = []

    def note(shown: bool) -> None:
        ended.append(shown)

    dialog.check_ended.connect(note)
    try:
        if not dialog.run_check():
            return False
        qtbot.waitUntil(lambda: bool(ended), timeout=timeout)
        return ended[0]
    finally:
        dialog.check_ended.disconnect(note)
