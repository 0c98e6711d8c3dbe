"""The app icon, from the PNGs rendered out of ``resources/icons/supervision-journal.svg``.

PNGs rather than the SVG: Qt draws an SVG icon only through its SVG icon engine plugin,
which a trimmed bundle may leave out, and the small sizes are checked by eye.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from supervision_app.paths import resource_path

ICON_NAME = "supervision-journal"


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(resource_path("icons").glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(png))
    return icon
