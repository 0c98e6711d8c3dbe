"""Screenshots of the first run, the home view (light and dark) and Preferences, with
synthetic data only. Run from the repository root:

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/make_screenshots_experience.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, os.getcwd())
os.environ["SUPERVISION_JOURNAL_TEST_KDF_ITER"] = "64"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from supervision_app.core.cpd.model import CpdFields  # noqa: E402
from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.gui.welcome.wizard import WelcomeWizard  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402
from tests.home_data import TODAY, fill_home_vault  # noqa: E402

OUT = Path("docs")
PASSPHRASE = "correct horse battery staple"
TITLES = (
    "Reflection after the transition review",
    "Carers' group: what changed",
    "Home visit with a new duty worker",
)


def pump(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def welcome(app: QApplication, tmp: Path) -> None:
    shown = MainWindow(Path("/home/user/.local/share/supervision-journal/journal.sjvault"))
    shown.start()
    wizard = shown.passphrase_dialog
    assert isinstance(wizard, WelcomeWizard)
    wizard.place_page.path.deselect()
    wizard.button(QWizard.WizardButton.NextButton).setFocus()
    pump(app)
    wizard.grab().save(str(OUT / "welcome.png"))
    wizard.reject()
    shown.close()

    window = MainWindow(tmp / "new.sjvault")
    window.start()
    wizard = window.passphrase_dialog
    assert isinstance(wizard, WelcomeWizard)
    wizard.next()
    wizard.passphrase.setText("lunchclub2024")
    wizard.repeat.setText("lunchclub2024")
    wizard.passphrase_page.show_box.setChecked(True)
    wizard.passphrase_page.rate()
    pump(app)
    wizard.grab().save(str(OUT / "welcome-passphrase.png"))
    wizard.passphrase.setText(PASSPHRASE)
    wizard.repeat.setText(PASSPHRASE)
    wizard.next()
    wizard.about_page.name.setText("A. Practitioner")
    pump(app)
    wizard.grab().save(str(OUT / "welcome-about.png"))
    wizard.reject()
    window.close()


def year_of_entries(v: Vault) -> None:
    """A year's synthetic entries for the home view's dashboard panel: a few reflections
    and notes a month, and some CPD hours."""
    for back in range(1, 330, 9):
        day = TODAY - dt.timedelta(days=back)
        kind = "note" if back % 4 == 0 else "reflection"
        entry = v.entries.add(
            Entry(title="Synthetic reflection", body="Text.", practice_date=day, kind=kind)
        )
        if (back // 9) % 3 == 0 and entry.id is not None:
            v.entries.update(replace(entry, minutes=60 + (back % 5) * 30))
            v.cpd.save(entry.id, CpdFields(description="Synthetic learning"))


def home_and_preferences(app: QApplication, tmp: Path) -> None:
    path = tmp / "home.sjvault"
    with Vault.create(path, PASSPHRASE) as v:
        fill_home_vault(v)
        for i, title in enumerate(TITLES):
            day = TODAY - dt.timedelta(days=i)
            v.entries.add(Entry(title=title, body="Synthetic text.", practice_date=day))
        year_of_entries(v)
    w = MainWindow(path)
    w.home.today = lambda: TODAY
    w.resize(1180, 1000)  # tall enough for the dashboard panel under the boxes
    w.start()
    dialog = w.passphrase_dialog
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    dialog.buttons.accepted.emit()  # type: ignore[union-attr]
    pump(app)
    w.home.view.ensureWidgetVisible(w.home.view.glance)
    pump(app)
    w.grab().save(str(OUT / "home-light.png"))
    w.preferences.set("theme", "dark")
    w.home.show_home()
    pump(app)
    w.home.view.ensureWidgetVisible(w.home.view.glance)
    pump(app)
    w.grab().save(str(OUT / "home-dark.png"))
    w.preferences.set("theme", "light")
    w.cpd.show_preferences()
    pump(app)
    prefs = w.cpd.windows[-1]
    prefs.grab().save(str(OUT / "preferences.png"))
    prefs.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    pump(app)
    prefs.grab().save(str(OUT / "preferences-security.png"))
    prefs.close()


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp))  # not the user's settings
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Supervision Journal")
    app.setOrganizationName("screenshots")
    welcome(app, tmp)
    home_and_preferences(app, tmp)


if __name__ == "__main__":
    main()
