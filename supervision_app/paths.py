"""Where things live: the default vault folder and bundled resources.

Resource lookup also works inside a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

from supervision_app import APP_ID

VAULT_FILENAME = "journal.sjvault"


def default_vault_path() -> Path:
    """The vault used when no ``--vault`` is given (platformdirs' user data folder)."""
    return user_data_path(APP_ID, appauthor=False) / VAULT_FILENAME


def resources_dir() -> Path:
    """``supervision_app/resources``: the same folder in a checkout, a wheel and a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
