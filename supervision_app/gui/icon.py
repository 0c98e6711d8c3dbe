"""The app icon, from the PNGs rendered out of ``resources/icons/supervision-journal.svg``.

PNGs rather than the SVG: Qt draws an SVG icon only through its SVG icon engine plugin,
which a trimmed bundle may leave out, and the small sizes are checked by eye.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from supervision_app.paths import resource_path

ICON_NAME = "supervision-journal"

#: The largest PNG in the window icon. On X11 Qt decodes every size and sends it to the X
#: server (``_NET_WM_ICON``) before the first window maps: the 512 px image alone was 1 MB
#: of 1.4 MB and about half the icon's CPU before the unlock dialog painted (issue 16 item
#: 8). 256 px covers a 128 px icon at double scale; desktops take larger ones from the
#: installed icon theme (packaging/linux), installers from the .ico and .icns.
WINDOW_ICON_MAX_PX = 256


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(resource_path("icons").glob(f"{ICON_NAME}-*.png")):
        if int(png.stem.rsplit("-", 1)[1]) <= WINDOW_ICON_MAX_PX:
            icon.addFile(str(png))
    return icon
