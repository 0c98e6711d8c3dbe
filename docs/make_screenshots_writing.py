"""Screenshots of writing comfort and help: a spell-checked entry, the framework guide, the
CPD requirements and the keyboard shortcuts (synthetic text only).

    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb .venv/bin/python \\
        docs/make_screenshots_writing.py
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from screenshot_helpers import PASSPHRASE, shoot, start_app, unlock  # noqa: E402

from supervision_app.core.entries import Entry  # noqa: E402
from supervision_app.gui import help as help_pages  # noqa: E402
from supervision_app.gui.main_window import MainWindow  # noqa: E402
from supervision_app.storage.vault import Vault  # noqa: E402

BODY = """## What happened

I visited Mr K at home to organise his return to the lunch club programme. He said the \
colour had gone out of his week since the bus route changed, and that he missed the \
neighbourhood chatter more than the meal.

## What I noticed

He was quiet at first; he brightened when we talked about the allotment. I felt I had \
rushed the first ten minutes and I want to slow down next time. I will recieve the \
timetable from the coordinator and we will look at it together on Thursday, definately \
before the next club day.
"""


def settle(app, seconds: float = 1.5) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    app, tmp = start_app()
    path = tmp / "writing.sjvault"
    with Vault.create(path, PASSPHRASE) as vault:
        entry = vault.entries.add(
            Entry(
                title="Home visit: getting back to the lunch club",
                body=BODY,
                practice_date=dt.date(2026, 11, 5),
                tags=("visit", "loneliness"),
                minutes=45,
            )
        )
    window = MainWindow(path)
    window.resize(1300, 760)
    window.start()
    unlock(app, window)
    window.open_entry(entry.id or 0)
    window.editor.body.setFocus()
    settle(app)
    shoot(app, window, "spell-check.png")

    guide = help_pages.show_framework_guide(window)
    guide.resize(1100, 720)
    guide.show_page("loneliness-capabilities")
    settle(app, 0.5)
    shoot(app, guide, "framework-guide.png")
    guide.close()

    cpd = help_pages.show_cpd_guide(window)
    cpd.resize(1100, 760)
    settle(app, 0.5)
    shoot(app, cpd, "cpd-requirements.png")
    cpd.close()

    keys = help_pages.show_shortcuts(window)
    keys.resize(760, 720)
    settle(app, 0.5)
    shoot(app, keys, "keyboard-shortcuts.png")
    keys.close()
    window.close()


if __name__ == "__main__":
    main()
