# PyInstaller runtime hook, in place of PyInstaller's own pyi_rth_pyside6 (dropped in the spec).
#
# That hook imports PySide6.QtCore (~0.12 s of CPU: shiboken's signature loader) before the
# app's first line, in every process: the command line's `search` and `--version` too, which
# never use Qt. What it does besides is for cases this app does not have: a qt.conf for
# bindings that lack one (PySide6's wheels register their own when QtCore loads), QML import
# paths (no QML) and library paths for QtNetwork's OpenSSL (QtNetwork is left out). The one
# thing kept: Qt loads plugins only from the bundle, never from a QT_PLUGIN_PATH in the
# user's environment (another Qt's plugins would not load, or would crash this one).
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(
    sys._MEIPASS, "PySide6", *(() if sys.platform == "win32" else ("Qt",)), "plugins"
)
