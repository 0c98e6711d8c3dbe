"""CPD evidence in the window: the CPD panel of the editor, the CPD year, exports with the
anonymisation check, the HCPC profile, imports and the CPD preferences."""

from __future__ import annotations

from supervision_app.gui.cpd.controller import CpdController
from supervision_app.gui.cpd.menu import build_cpd_menu

__all__ = ["CpdController", "build_cpd_menu"]
