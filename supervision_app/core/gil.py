"""Letting the UI thread in while a worker thread runs a long loop of short calls.

Why: a PDF written on a worker kept the window waiting for the GIL for 60-300 ms at a time
on a quiet machine (issue 9: no stall over 100 ms), although no single call held it for
more than about 4 ms of CPU: while the window waited, the worker ran dozens of short Qt
calls back to back. PySide6 lets the GIL go for an instant inside many calls (counted with
gdb: the ``QFont`` and ``QTextDocument`` constructors, ``QPainter.setPen`` and ``drawText``,
``QTextDocument.lastBlock``...). Each time, the waiting thread is woken, but the worker has
taken the GIL back before the OS runs it; and CPython asks the holder to hand the GIL over
only when the waiting thread's wait of one switch interval (5 ms) ends with no wake-up. So
the window waited until the worker's loop ended, and a 5 ms UI timer fired 3-7 times during
a whole export (tests/gui/test_tasks.py). A profiler hides it (it slows the worker's Python
between calls); a loaded machine mostly hides it too (the worker is preempted at random).

:func:`breathe`, called between steps of such a loop, sleeps for :data:`PAUSE_S` once
:data:`INTERVAL_S` has passed since its last pause: the GIL is then free, and the worker is
not competing for it, long enough for a woken thread to take it. It costs the worker about
6 % of its wall-clock time (no CPU), and nothing on the main thread (the command line
writes its PDF there and never pauses).
"""

from __future__ import annotations

import threading
import time

#: Longest stretch of work between two pauses (seconds).
INTERVAL_S = 0.015
#: How long each pause leaves the GIL free (seconds): well over the time the OS takes to run
#: a woken thread, even one whose core was idle.
PAUSE_S = 0.001

_last = threading.local()
_MAIN = threading.main_thread().ident


def breathe() -> None:
    """Pause briefly if this worker thread has run :data:`INTERVAL_S` since its last pause;
    on the main thread, do nothing."""
    if threading.get_ident() == _MAIN:  # cheap (~90 ns): it may be called per row
        return
    now = time.perf_counter()
    last: float | None = getattr(_last, "at", None)
    if last is not None and now - last < INTERVAL_S:
        return
    if last is not None:
        time.sleep(PAUSE_S)
        now = time.perf_counter()
    _last.at = now
