"""Writing comfort: spell checking, zoom and printing (issue 16, item 4)."""

from supervision_app.gui.writing.controller import WritingController

__all__ = ["WritingController"]
