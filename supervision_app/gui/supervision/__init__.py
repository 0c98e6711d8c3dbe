"""Supervision in the window: session records, session mode, sign-off, exchange, actions."""

from __future__ import annotations

from supervision_app.gui.supervision.controller import SupervisionController
from supervision_app.gui.supervision.menu import build_supervision_menu

__all__ = ["SupervisionController", "build_supervision_menu"]
