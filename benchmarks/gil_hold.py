"""How long work on a worker QThread keeps the GIL from the main thread (the window).

The work runs on a QThread, as the app's tasks do (``gui/common/tasks.py``), while the main
thread sleeps 2 ms at a time and notes how late each wake-up got the GIL back. In the app
that lateness is how long the window cannot run a Python slot (issue 9: no stall over
100 ms). Wall-clock, so inflated by the machine's load: the worker's CPU in the longest wait
says how much of it was the worker's.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

TICK_S = 0.002


def hold_while(work: Callable[[], object]) -> dict[str, Any]:
    """Run ``work`` on a worker QThread and return the longest wait (``longest_ms``) with its
    p99, the number of ticks, the worker's CPU in the longest one and the load average."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThread

    failed: list[BaseException] = []
    late: list[float] = []
    worker_cpu: list[float] = []  # the worker's CPU seconds in each tick
    started, done = threading.Event(), threading.Event()
    ident: list[int] = []

    class Worker(QThread):
        def run(self) -> None:
            ident.append(threading.get_ident())
            started.set()
            try:
                work()
            except BaseException as error:  # reported below, not lost in the thread
                failed.append(error)
            finally:
                done.set()

    worker = Worker()
    worker.start()
    started.wait()
    clock = time.pthread_getcpuclockid(ident[0])
    while not done.is_set():
        try:
            cpu = time.clock_gettime(clock)
        except OSError:  # the worker has just ended
            break
        asked = time.perf_counter()
        time.sleep(TICK_S)
        late.append(time.perf_counter() - asked - TICK_S)
        try:
            worker_cpu.append(time.clock_gettime(clock) - cpu)
        except OSError:
            break
    worker.wait()
    if failed:
        raise failed[0]
    if not late:
        raise RuntimeError("the work ended before the first tick")
    at = late.index(max(late))
    in_longest = worker_cpu[at] if at < len(worker_cpu) else None  # None: the worker's last
    late.sort()
    return {
        "longest_ms": round(late[-1] * 1000, 1),
        "p99_ms": round(late[int(len(late) * 0.99)] * 1000, 1),
        "ticks": len(late),
        # CPU the worker used in the tick that waited longest, and in any one tick (2 ms of
        # sleep plus the wait): what the holds cost, whatever the load; a loaded machine
        # can add to it by not running the main thread when the GIL is free.
        "worker_cpu_in_longest_ms": None if in_longest is None else round(in_longest * 1000, 1),
        "worker_cpu_max_per_tick_ms": round(max(worker_cpu) * 1000, 1) if worker_cpu else None,
        "load_average": round(os.getloadavg()[0], 2),
    }
