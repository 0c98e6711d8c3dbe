"""CPD evidence in the window: the CPD panel of the editor, the CPD year, exports with the
anonymisation check, the HCPC profile, imports and the CPD preferences."""

from __future__ import annotations

from supervision_app.gui.cpd.controller import CpdController
from supervision_app.gui.cpd.menu import CpdActions

__all__ = ["CpdActions", "CpdController"]
