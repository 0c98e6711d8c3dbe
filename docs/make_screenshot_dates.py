"""Screenshots of the date field: entry editor, its calendar, the new-session dialog.

Synthetic data only. Run from the checkout (docs/date-field.png is the calendar one, cropped):
    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/make_screenshot_dates.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.core.supervision.people import Partner  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.gui.supervision.new_session_dialog import NewSessionDialog  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"
TITLES = ("Home visit: lunch club", "Reflection on a duty call", "Course day: safeguarding adults")
CTRL = Qt.KeyboardModifier.ControlModifier


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def retype(line: QLineEdit, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    QTest.keyClick(line, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(line, text)
    QTest.keyClick(line, key)


def main(out: Path) -> None:
    app = QApplication([])
    app.setApplicationDisplayName("Supervision Journal")
    path = Path(tempfile.mkdtemp()) / "v.sjvault"
    with Vault.create(path, PASSPHRASE) as v:
        for i, title in enumerate(TITLES):
            v.entries.add(
                Entry(
                    title=title,
                    body=f"Met Person {'ABC'[i]} at the library.\n\nWhat went well: the handover.",
                    practice_date=dt.date(2026, 11, 3 + i),
                    minutes=60,
                    tags=("visit",),
                )
            )
        v.supervision.partners.add(Partner("AB", "supervisor"))
    window = MainWindow(path)
    window.resize(1300, 800)
    window.start()
    assert window.passphrase_dialog is not None
    window.passphrase_dialog.passphrase.setText(PASSPHRASE)
    window.passphrase_dialog.buttons.accepted.emit()
    settle(app, 50)
    date = window.editor.date
    date.setFocus()
    retype(date.line, "5 Nov 2026")
    settle(app)
    window.grab().save(str(out / "editor.png"))

    date.setFocus()
    QTest.keyClick(date.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(app)
    calendar = date.calendar
    assert calendar is not None
    picture = window.grab()  # the popup is its own window: paint it onto the grab
    painter = QPainter(picture)
    corner = window.mapFromGlobal(calendar.mapToGlobal(QPoint(0, 0)))
    painter.drawPixmap(corner, calendar.grab())
    painter.end()
    picture.save(str(out / "editor-calendar.png"))
    picture.copy(0, 0, 960, 260).save(str(out / "date-field.png"))
    calendar.hide()

    window.supervision.flows.new_session()
    settle(app)
    dialog = next(d for d in window.supervision.dialogs if isinstance(d, NewSessionDialog))
    dialog.date.setFocus()
    retype(dialog.date.line, "not a date", Qt.Key.Key_Return)
    settle(app)
    dialog.grab().save(str(out / "dialog-not-a-date.png"))
    retype(dialog.date.line, "5/11/2026")
    settle(app)
    dialog.grab().save(str(out / "dialog.png"))
    dialog.reject()
    window.close()
    print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()))
