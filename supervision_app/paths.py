"""Where things live: the default vault folder and bundled resources.

Resource lookup also works inside a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from supervision_app import APP_ID

VAULT_FILENAME = "journal.sjvault"


def data_dir() -> Path:
    """The app's own folder for data (platformdirs' user data folder): vault, backups.

    On Linux the XDG rule is applied here directly (a test checks it agrees with
    platformdirs): importing platformdirs costs ~20 ms of every command-line run.
    """
    if sys.platform == "linux":
        xdg = os.environ.get("XDG_DATA_HOME", "").strip()
        return Path(xdg or os.path.expanduser("~/.local/share")) / APP_ID
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def default_vault_path() -> Path:
    """The vault used when no ``--vault`` is given (platformdirs' user data folder)."""
    return data_dir() / VAULT_FILENAME


def resources_dir() -> Path:
    """``supervision_app/resources``: the same folder in a checkout, a wheel and a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
