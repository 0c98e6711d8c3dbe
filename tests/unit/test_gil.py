"""core/gil.py: a worker thread that calls ``breathe`` between steps pauses every
``INTERVAL_S`` (so a waiting UI thread gets the GIL); the main thread never pauses."""

from __future__ import annotations

import threading
import time

from supervision_app.core import gil


def _pauses(seconds: float) -> list[float]:
    """Busy work for ``seconds`` with ``breathe()`` between steps; each call's duration."""
    calls: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(2000))  # a step of work
        start = time.perf_counter()
        gil.breathe()
        calls.append(time.perf_counter() - start)
    return calls


def test_a_worker_pauses_every_interval_and_the_main_thread_never() -> None:
    seconds = 12 * gil.INTERVAL_S
    seen: list[float] = []
    worker = threading.Thread(target=lambda: seen.extend(_pauses(seconds)))
    worker.start()
    worker.join()
    pauses = [d for d in seen if d >= gil.PAUSE_S]
    # One pause per interval of work (fewer if the machine is busy and steps are slow).
    assert 3 <= len(pauses) <= 12
    assert len(seen) > 10 * len(pauses)  # between pauses, breathe returns at once

    assert threading.current_thread() is threading.main_thread()
    assert not [d for d in _pauses(4 * gil.INTERVAL_S) if d >= gil.PAUSE_S]
