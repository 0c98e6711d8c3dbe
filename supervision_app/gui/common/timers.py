"""Debounced single-shot timers: one helper and one autosave delay for the whole window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance

#: Milliseconds after the last keystroke before an edit is saved (every editor uses it).
AUTOSAVE_DELAY_MS = 800


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
