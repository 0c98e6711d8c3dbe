"""core/gil.py: a worker thread that calls ``breathe`` between steps pauses (sleeps, so the
GIL is free) once per ``INTERVAL_S``, never more often; the main thread never pauses."""

from __future__ import annotations

import threading
import time

import pytest

from supervision_app.core import gil


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """Every ``time.sleep`` call: (when, how long); each still sleeps."""
    seen: list[tuple[float, float]] = []
    real = time.sleep

    def spy(seconds: float) -> None:
        seen.append((time.perf_counter(), seconds))
        real(seconds)

    monkeypatch.setattr(time, "sleep", spy)
    return seen


def _work_with_breathe(until: float, enough: list[tuple[float, float]]) -> None:
    while time.perf_counter() < until and len(enough) < 4:
        sum(range(2000))  # a step of work
        gil.breathe()


def test_a_worker_pauses_once_per_interval(sleeps: list[tuple[float, float]]) -> None:
    worker = threading.Thread(target=_work_with_breathe, args=(time.perf_counter() + 10, sleeps))
    worker.start()
    worker.join()
    assert len(sleeps) == 4
    assert all(seconds == gil.PAUSE_S for _, seconds in sleeps)
    starts = [at for at, _ in sleeps]
    assert all(b - a >= gil.INTERVAL_S for a, b in zip(starts, starts[1:], strict=False))


def test_the_main_thread_never_pauses(sleeps: list[tuple[float, float]]) -> None:
    assert threading.current_thread() is threading.main_thread()
    _work_with_breathe(time.perf_counter() + 4 * gil.INTERVAL_S, sleeps)
    assert sleeps == []
