"""Debounced single-shot timers: one helper and one autosave delay for the whole window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance

#: Milliseconds after the last keystroke before an edit is saved (every editor uses it,
#: through :func:`autosave_delay_ms`).
AUTOSAVE_DELAY_MS = 800


def autosave_delay_ms() -> int:
    """The autosave delay, read here each time an editor builds its timer rather than bound
    by name in each editor's module at import: one place decides it (the GUI tests shorten
    it there, tests/gui/conftest.py)."""
    return AUTOSAVE_DELAY_MS


def debounced(
    parent: QObject, interval_ms: int, slot: Callable[[], object] | SignalInstance
) -> QTimer:
    """A single-shot timer calling ``slot`` (or emitting a signal); each ``start()`` restarts
    the wait."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
