"""The session timer of session mode: start, pause, reset; elapsed time as mm:ss."""

from __future__ import annotations

import time
from collections.abc import Callable


def format_elapsed(seconds: float) -> str:
    """``mm:ss`` (minutes keep counting past an hour: ``75:02``)."""
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class SessionTimer:
    """Start, pause and reset; elapsed time from a monotonic clock (injectable for tests)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._before = 0.0
        self._started: float | None = None

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()

    def pause(self) -> None:
        if self._started is not None:
            self._before += self._clock() - self._started
            self._started = None

    def reset(self) -> None:
        self._before, self._started = 0.0, None

    def elapsed(self) -> float:
        running = self._clock() - self._started if self._started is not None else 0.0
        return self._before + running
