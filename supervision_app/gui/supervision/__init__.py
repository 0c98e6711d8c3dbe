"""Supervision in the window: session records, session mode, sign-off, exchange, actions."""

from __future__ import annotations

from supervision_app.gui.supervision.controller import SupervisionController
from supervision_app.gui.supervision.menu import SupervisionActions

__all__ = ["SupervisionActions", "SupervisionController"]
